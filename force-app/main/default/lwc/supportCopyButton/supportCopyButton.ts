/**
 * supportCopyButton — copies a value (a PIN, an email subject) to the clipboard
 * and says, to sighted and screen-reader users alike, whether it worked.
 *
 * Public surface: `value` (what to copy), `label` (the button's text),
 * `copiedMessage` and `failedMessage` (what to say afterwards).
 */
import { LightningElement, api } from 'lwc';

export default class SupportCopyButton extends LightningElement {
    @api value = '';
    @api label = '';
    @api copiedMessage = '';
    @api failedMessage = '';

    status = '';
    failed = false;
    /** The value the status speaks of: given a new value (a new PIN), the button says nothing. */
    statusValue = '';

    get shownStatus(): string {
        return this.statusValue === this.value ? this.status : '';
    }

    get statusClass(): string {
        return this.failed ? 'status slds-text-color_error' : 'status slds-text-color_success';
    }

    async handleCopy(): Promise<void> {
        const copied = this.value;
        try {
            await navigator.clipboard.writeText(copied);
            this.failed = false;
            this.status = this.copiedMessage;
        } catch {
            // No clipboard (an insecure page, a denied permission): the value stays on screen to copy by hand.
            this.failed = true;
            this.status = this.failedMessage;
        }
        this.statusValue = copied;
    }
}
