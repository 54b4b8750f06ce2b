// The cloud actions and the inline panel under them: a question before a privileged PIN, or a new PIN. Inline,
// because LWR sites do not support panels or modals ("Base Lightning Component Limitations in LWR Sites", Experience
// Cloud Developer Guide): nothing here uses lightning/modal. Focus goes to the panel when it opens and back to its
// action when it closes.
import type { LightningElement } from 'lwc';
import { offersCloudPins } from 'c/supportPins';
import type { IssuedPin } from 'c/supportCustomer';
import { expiryText } from './pinList';

export type PinPanel = { kind: 'pin'; heading: string; pin: string; expires: string; privileged: boolean };

/** What the inline panel under the cloud actions shows: a question, or a new PIN. */
export type Panel = { kind: 'confirm' } | PinPanel;

/** The action button that opened a panel gets focus back when the panel closes. */
export type Opener = 'tech-pin' | 'privileged-pin';

/** The builder's mode: CLOUD always shows the cloud actions, STANDARD never, AUTO for Secret Server Cloud. */
export function showsCloudActions(mode: unknown, product: unknown): boolean {
    // No mode set reads as "UNDEFINED": neither CLOUD nor STANDARD, so AUTO.
    const upper = String(mode).toUpperCase();
    return upper === 'CLOUD' || (upper !== 'STANDARD' && offersCloudPins(product));
}

export function pinPanel(issued: IssuedPin, heading: string): PinPanel {
    const { pin, kind, expiresAt } = issued;
    return { kind: 'pin', heading, pin, expires: expiryText(expiresAt), privileged: kind === 'privileged' };
}

/** Focus to the open panel, else back to its action (the privileged one is gone while its PIN is valid). */
export function focusPanelOrOpener(root: LightningElement['template'], opener: Opener | undefined): void {
    const target =
        root?.querySelector<HTMLElement>('c-support-pin-confirm, c-support-pin-dialog') ??
        root?.querySelector<HTMLElement>(`button.${opener ?? 'tech-pin'}`) ??
        root?.querySelector<HTMLElement>('button.tech-pin');
    target?.focus();
}
