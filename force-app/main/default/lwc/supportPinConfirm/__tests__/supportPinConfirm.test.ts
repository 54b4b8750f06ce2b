import { createElement } from 'lwc';
import { shadow } from 'test-helpers';
import SupportPinConfirm from 'c/supportPinConfirm';

const HEADING = 'Give support write access for one day?';

function renderConfirm(): HTMLElement & { focus(): void } {
    const element = createElement('c-support-pin-confirm', { is: SupportPinConfirm });
    Object.assign(element, { heading: HEADING });
    document.body.appendChild(element);
    return element as HTMLElement & { focus(): void };
}

function listen(element: HTMLElement, type: string): jest.Mock {
    const heard = jest.fn();
    element.addEventListener(type, heard);
    return heard;
}

describe('c-support-pin-confirm', () => {
    afterEach(() => {
        document.body.replaceChildren();
    });

    it('is an inline panel named by its question that says what a privileged PIN grants', () => {
        const element = renderConfirm();
        const panel = shadow(element).querySelector('[role="dialog"]') as HTMLElement;
        const heading = shadow(element).querySelector('h2') as HTMLElement;
        expect(panel.getAttribute('aria-labelledby')).toBe(heading.getAttribute('id'));
        expect(heading.textContent).toBe(HEADING);
        expect(panel.getAttribute('aria-modal')).toBeNull();
        expect(panel.textContent).toContain('write access to your Secret Server Cloud database for one day');
        expect(panel.textContent).toContain('Secrets and other sensitive data remain encrypted and unreadable.');
        // The one rule for a write-access credential, the same words the PIN comes with (supportPinDialog).
        expect(shadow(element).querySelector('.advice')?.textContent).toBe(
            'Read it out only to the Thycotic support engineer working on your case, on the phone. Never write it in an email or on a case.'
        );
    });

    it('moves focus to its question when asked', () => {
        const element = renderConfirm();
        element.focus();
        expect(shadow(element).activeElement?.textContent).toBe(HEADING);
    });

    it('fires confirm when the customer confirms', () => {
        const element = renderConfirm();
        const confirmed = listen(element, 'confirm');
        const cancelled = listen(element, 'cancel');
        const confirm = shadow(element).querySelector('lightning-button.confirm') as HTMLElement & { label: string };
        expect(confirm.label).toBe('Generate Privilege PIN');
        confirm.click();
        expect(confirmed).toHaveBeenCalledTimes(1);
        expect(cancelled).not.toHaveBeenCalled();
    });

    it('fires cancel on Cancel and on Escape, and nothing on other keys', () => {
        const element = renderConfirm();
        const confirmed = listen(element, 'confirm');
        const cancelled = listen(element, 'cancel');
        shadow(element).querySelector<HTMLElement>('lightning-button.cancel')?.click();
        const heading = shadow(element).querySelector('h2') as HTMLElement;
        heading.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
        heading.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
        expect(cancelled).toHaveBeenCalledTimes(2);
        expect(confirmed).not.toHaveBeenCalled();
    });

    it('waits while the PIN is stored: both buttons disabled, Escape ignored', () => {
        const element = renderConfirm();
        Object.assign(element, { busy: true });
        return Promise.resolve().then(() => {
            const cancelled = listen(element, 'cancel');
            const buttons = Array.from(shadow(element).querySelectorAll('lightning-button')) as (HTMLElement & {
                disabled: boolean;
            })[];
            expect(buttons.map((button) => button.disabled)).toEqual([true, true]);
            shadow(element)
                .querySelector('h2')
                ?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
            expect(cancelled).not.toHaveBeenCalled();
        });
    });

    it('is accessible', async () => {
        await expect(renderConfirm()).toBeAccessible();
    });
});
