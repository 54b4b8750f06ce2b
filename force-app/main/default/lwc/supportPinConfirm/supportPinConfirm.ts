/**
 * supportPinConfirm — an inline panel that asks before a privileged PIN is
 * issued, saying what it grants. Inline rather than lightning/modal: LWR sites
 * do not support panels or modals ("Base Lightning Component Limitations in LWR
 * Sites", Experience Cloud Developer Guide).
 *
 * Public surface: `heading` (the panel's title), `busy` (the PIN is being
 * stored: both buttons wait); `focus()` moves focus into the panel. Events: `confirm` when the customer confirms; `cancel` on Cancel or Escape.
 */
import { LightningElement, api } from 'lwc';
import BODY from '@salesforce/label/c.Support_PIN_Privileged_Confirm_Body';
import ADVICE from '@salesforce/label/c.Support_PIN_Privileged_Confirm_Advice';
import CONFIRM from '@salesforce/label/c.Support_PIN_Generate_Privileged';
import CANCEL from '@salesforce/label/c.Support_Cancel';

export default class SupportPinConfirm extends LightningElement {
    @api heading = '';
    @api busy = false;

    labels = { body: BODY, advice: ADVICE, confirm: CONFIRM, cancel: CANCEL };

    /** Focus goes to the panel's title, so a screen reader reads the question first. */
    @api
    focus(): void {
        this.template?.querySelector<HTMLElement>('.panel-heading')?.focus();
    }

    handleKeydown(event: KeyboardEvent): void {
        if (event.key === 'Escape' && !this.busy) {
            event.stopPropagation();
            this.handleCancel();
        }
    }

    handleCancel(): void {
        this.dispatchEvent(new CustomEvent('cancel'));
    }

    handleConfirm(): void {
        this.dispatchEvent(new CustomEvent('confirm'));
    }
}
