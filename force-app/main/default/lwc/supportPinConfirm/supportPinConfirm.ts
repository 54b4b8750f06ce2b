/**
 * supportPinConfirm — asks before a privileged PIN is issued, saying what it
 * grants. Opened with `SupportPinConfirm.open({ size, label })`; resolves to
 * true only when the customer confirms (Cancel, Escape or the close button give
 * false or undefined).
 */
import LightningModal from 'lightning/modal';
import BODY from '@salesforce/label/c.Support_PIN_Privileged_Confirm_Body';
import ADVICE from '@salesforce/label/c.Support_PIN_Privileged_Confirm_Advice';
import CONFIRM from '@salesforce/label/c.Support_PIN_Generate_Privileged';
import CANCEL from '@salesforce/label/c.Support_Cancel';

export default class SupportPinConfirm extends LightningModal {
    labels = { body: BODY, advice: ADVICE, confirm: CONFIRM, cancel: CANCEL };

    handleCancel(): void {
        this.close(false);
    }

    handleConfirm(): void {
        this.close(true);
    }
}
