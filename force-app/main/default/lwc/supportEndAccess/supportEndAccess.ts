/**
 * supportEndAccess — End access for one PIN, wherever a PIN's access can be ended (a row of the Support
 * access page, the PIN bar's privileged notice): the button, named for the PIN; an inline confirmation
 * (LWR sites have no modals) that takes focus on its safe choice, Keep access, and closes on Keep access
 * or Escape with focus back on the button; then one Support_PIN_Revocation__c record, which the org
 * applies or refuses in words (flow Support_PIN_Revocation_Apply). The refusal stays beside the open
 * confirmation. The parent shows this only to a contact its company authorized (the org holds it too).
 *
 * Public surface: `pinId` (the Support_PIN__c), `lastFour` (the PIN's last four, for its name). Event:
 * `ended` ({ lastFour }) once the record is filed: the parent asks its query again, announces it and
 * moves focus (this button goes with the PIN's access).
 */
import { LightningElement, api } from 'lwc';
import { createRecord } from 'lightning/uiRecordApi';
import REVOCATION_OBJECT from '@salesforce/schema/Support_PIN_Revocation__c';
import REVOCATION_PIN_FIELD from '@salesforce/schema/Support_PIN_Revocation__c.Support_PIN__c';
import END from '@salesforce/label/c.Support_Access_End';
import END_LABEL from '@salesforce/label/c.Support_Access_End_Label';
import END_CONFIRM from '@salesforce/label/c.Support_Access_End_Confirm';
import KEEP from '@salesforce/label/c.Support_Access_Keep';
import ENDING from '@salesforce/label/c.Support_Access_Ending';
import END_ERROR from '@salesforce/label/c.Support_Access_End_Error';
import { reduceErrors } from 'c/ldsUtils';
import { formatLabel } from 'c/supportFormat';

export default class SupportEndAccess extends LightningElement {
    @api pinId = '';
    @api lastFour = '';

    labels = { end: END, keep: KEEP, ending: ENDING, endError: END_ERROR };
    confirming = false;
    ending = false;
    endErrors: string[] = [];
    /** Set by an action: the next render moves focus there. */
    focusTarget?: string;

    /** Which PIN it ends; without its last four (a colleague's PIN on the PIN bar), the button's words. */
    get endLabel(): string {
        return this.lastFour ? formatLabel(END_LABEL, this.lastFour) : END;
    }

    get confirmText(): string {
        return formatLabel(END_CONFIRM, this.lastFour);
    }

    get hasEndErrors(): boolean {
        return this.endErrors.length > 0;
    }

    /** The confirmation opens in place of the button, focus on its safe choice. */
    handleEnd(): void {
        this.confirming = true;
        this.endErrors = [];
        this.focusTarget = 'button.keep-access';
    }

    handleKeep(): void {
        this.confirming = false;
        this.endErrors = [];
        this.focusTarget = 'button.end-access';
    }

    /** Escape in the confirmation is Keep access. */
    handleConfirmKey(event: KeyboardEvent): void {
        if (event.key === 'Escape' && !this.ending) {
            event.stopPropagation();
            this.handleKeep();
        }
    }

    /**
     * Files the request to end access. Calls while one is under way are ignored: a double click files one
     * record. LDS adds no revocation to a PIN a query holds: the parent asks its query again on `ended`.
     */
    async handleConfirmEnd(): Promise<void> {
        if (this.ending || !this.pinId) {
            return;
        }
        this.ending = true;
        this.endErrors = [];
        try {
            await createRecord({
                apiName: REVOCATION_OBJECT.objectApiName,
                fields: { [REVOCATION_PIN_FIELD.fieldApiName]: this.pinId }
            });
            this.confirming = false;
            this.dispatchEvent(new CustomEvent('ended', { detail: { lastFour: this.lastFour } }));
        } catch (error) {
            this.endErrors = reduceErrors(error);
        } finally {
            this.ending = false;
        }
    }

    renderedCallback(): void {
        if (this.focusTarget) {
            const target = this.template?.querySelector<HTMLElement>(this.focusTarget);
            if (target) {
                this.focusTarget = undefined;
                target.focus();
            }
        }
    }
}
