/**
 * supportPinDialog — an inline panel that shows a newly issued Secret Server
 * Cloud PIN, with its expiry and a copy action. Inline rather than
 * lightning/modal: LWR sites do not support panels or modals ("Base Lightning
 * Component Limitations in LWR Sites", Experience Cloud Developer Guide).
 *
 * A privileged PIN (write access) comes with the one rule the question before it
 * gave (supportPinConfirm: the same label), and how to end access sooner; the
 * portal has no page of its own to end support access yet.
 *
 * Public surface: `heading` (the panel's title), `pin`, `expires` (already in
 * the viewer's words), `privileged`; `focus()` moves focus into the panel.
 * Event: `close` on Close or Escape.
 */
import { LightningElement, api } from 'lwc';
import EXPIRES from '@salesforce/label/c.Support_PIN_Expires';
import RECORD_IT from '@salesforce/label/c.Support_PIN_Record_It';
import STARTS_WITH_P from '@salesforce/label/c.Support_PIN_Privileged_Starts_With_P';
import GIVE_PRIVILEGED from '@salesforce/label/c.Support_PIN_Privileged_Confirm_Advice';
import END_PRIVILEGED from '@salesforce/label/c.Support_PIN_Privileged_End';
import COPY from '@salesforce/label/c.Support_PIN_Copy';
import COPIED from '@salesforce/label/c.Support_PIN_Copied';
import COPY_FAILED from '@salesforce/label/c.Support_PIN_Copy_Failed';
import CLOSE from '@salesforce/label/c.Support_Close';
import { formatLabel } from 'c/supportFormat';

export default class SupportPinDialog extends LightningElement {
    @api heading = '';
    @api pin = '';
    @api expires = '';
    @api privileged = false;

    labels = {
        recordIt: RECORD_IT,
        startsWithP: STARTS_WITH_P,
        givePrivileged: GIVE_PRIVILEGED,
        endPrivileged: END_PRIVILEGED,
        copy: COPY,
        copied: COPIED,
        copyFailed: COPY_FAILED,
        close: CLOSE
    };

    get expiresText(): string {
        return formatLabel(EXPIRES, this.expires);
    }

    /** Focus goes to the panel's title, so a screen reader reads the title and the PIN next. */
    @api
    focus(): void {
        this.template?.querySelector<HTMLElement>('.panel-heading')?.focus();
    }

    handleKeydown(event: KeyboardEvent): void {
        if (event.key === 'Escape') {
            event.stopPropagation();
            this.handleClose();
        }
    }

    handleClose(): void {
        this.dispatchEvent(new CustomEvent('close'));
    }
}
