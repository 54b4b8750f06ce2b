/**
 * supportPinDialog — shows a newly issued Secret Server Cloud PIN in a dialog
 * (lightning/modal), with a copy action and its expiry.
 *
 * Opened with `SupportPinDialog.open({ size, label, pin, expires, privileged })`:
 * `label` is the dialog title, `expires` the expiry already in the viewer's words.
 */
import { api } from 'lwc';
import LightningModal from 'lightning/modal';
import EXPIRES from '@salesforce/label/c.Support_PIN_Expires';
import RECORD_IT from '@salesforce/label/c.Support_PIN_Record_It';
import STARTS_WITH_P from '@salesforce/label/c.Support_PIN_Privileged_Starts_With_P';
import COPY from '@salesforce/label/c.Support_PIN_Copy';
import COPIED from '@salesforce/label/c.Support_PIN_Copied';
import COPY_FAILED from '@salesforce/label/c.Support_PIN_Copy_Failed';
import CLOSE from '@salesforce/label/c.Support_Close';
import { formatLabel } from 'c/supportData';

export default class SupportPinDialog extends LightningModal {
    @api pin = '';
    @api expires = '';
    @api privileged = false;

    labels = {
        recordIt: RECORD_IT,
        startsWithP: STARTS_WITH_P,
        copy: COPY,
        copied: COPIED,
        copyFailed: COPY_FAILED,
        close: CLOSE
    };

    get expiresText(): string {
        return formatLabel(EXPIRES, this.expires);
    }

    handleClose(): void {
        this.close('closed');
    }
}
