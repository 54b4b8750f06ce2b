/**
 * supportEmailChoices — the signed-in customer chooses which case emails they get (issue 28):
 * Thycotic's replies, a case waiting on them, a case closed. Each is an opt-out on their own User
 * record (No_Reply_Emails__c, No_Waiting_Emails__c, No_Closed_Emails__c, off by default, so "every
 * email" needs no backfill), read with getRecord and saved with updateRecord: a user edits their
 * own User record and no one else's, and the customer permission set grants these three fields.
 * The notify flows read the same fields (docs/security-model.md). A failed save keeps the boxes as
 * the customer left them; a second click while saving sends nothing.
 *
 * Public surface: none.
 */
import { LightningElement, wire } from 'lwc';
import { getRecord, getFieldValue, updateRecord } from 'lightning/uiRecordApi';
import USER_ID from '@salesforce/user/Id';
import NO_REPLY_FIELD from '@salesforce/schema/User.No_Reply_Emails__c';
import NO_WAITING_FIELD from '@salesforce/schema/User.No_Waiting_Emails__c';
import NO_CLOSED_FIELD from '@salesforce/schema/User.No_Closed_Emails__c';
import TITLE from '@salesforce/label/c.Support_Email_Choices_Title';
import INTRO from '@salesforce/label/c.Support_Email_Choices_Intro';
import LEGEND from '@salesforce/label/c.Support_Email_Choices_Legend';
import REPLIES from '@salesforce/label/c.Support_Email_Choices_Replies';
import WAITING from '@salesforce/label/c.Support_Email_Choices_Waiting';
import CLOSED from '@salesforce/label/c.Support_Email_Choices_Closed';
import SAVE from '@salesforce/label/c.Support_Email_Choices_Save';
import SAVED from '@salesforce/label/c.Support_Email_Choices_Saved';
import SAVE_ERROR from '@salesforce/label/c.Support_Email_Choices_Error';
import LOAD_ERROR from '@salesforce/label/c.Support_Email_Choices_Load_Error';
import LOADING from '@salesforce/label/c.Support_Email_Choices_Loading';

/** Each choice: the checkbox (checked = the customer wants the email) and the opt-out field behind it. */
const CHOICES = [
    { key: 'replies', label: REPLIES, field: NO_REPLY_FIELD },
    { key: 'waiting', label: WAITING, field: NO_WAITING_FIELD },
    { key: 'closed', label: CLOSED, field: NO_CLOSED_FIELD }
];

type Wanted = Record<string, boolean>;

export default class SupportEmailChoices extends LightningElement {
    labels = { title: TITLE, intro: INTRO, legend: LEGEND, save: SAVE, saveError: SAVE_ERROR, loadError: LOAD_ERROR };
    loading = LOADING;
    userId = USER_ID;
    fields = CHOICES.map((choice) => choice.field);
    /** What the boxes show: loaded from the record, then as the customer changes them. */
    wanted: Wanted | undefined;
    saving = false;
    announcement = '';
    loadError: unknown;
    saveError: unknown;

    @wire(getRecord, { recordId: '$userId', fields: '$fields' })
    wiredUser({ data, error }: { data?: unknown; error?: unknown }): void {
        if (data) {
            this.loadError = undefined;
            // A save in progress or a failed one keeps what the customer checked.
            if (!this.wanted || (!this.saving && !this.saveError)) {
                this.wanted = Object.fromEntries(
                    CHOICES.map((choice) => [choice.key, getFieldValue(data as never, choice.field) !== true])
                );
            }
        } else if (error) {
            this.loadError = error;
        }
    }

    get choices(): { key: string; id: string; label: string; checked: boolean }[] {
        return CHOICES.map((choice) => ({
            key: choice.key,
            id: `choice-${choice.key}`,
            label: choice.label,
            checked: Boolean(this.wanted?.[choice.key])
        }));
    }

    get isLoading(): boolean {
        return !this.wanted && !this.loadError;
    }

    handleChange(event: Event): void {
        const box = event.target as HTMLInputElement;
        this.wanted = { ...this.wanted, [box.dataset.key as string]: box.checked };
        this.announcement = '';
    }

    async handleSave(event: Event): Promise<void> {
        event.preventDefault();
        if (this.saving || !this.wanted) {
            return;
        }
        const wanted = this.wanted;
        this.saving = true;
        this.saveError = undefined;
        this.announcement = '';
        try {
            await updateRecord({
                fields: {
                    Id: USER_ID,
                    ...Object.fromEntries(CHOICES.map((choice) => [choice.field.fieldApiName, !wanted[choice.key]]))
                }
            });
            this.announcement = SAVED;
        } catch (error) {
            this.saveError = error;
        } finally {
            this.saving = false;
        }
    }
}
