// Filing the draft: one createRecord for the Case. Then the draft is forgotten and the case lists
// hear of it: on this page through the Support_Case_Created message, on the next through supportCaseChanges.
import { createRecord } from 'lightning/uiRecordApi';
import { publish } from 'lightning/messageService';
import type { MessageContextType } from 'lightning/messageService';
import CASE_CREATED from '@salesforce/messageChannel/Support_Case_Created__c';
import CASE_OBJECT from '@salesforce/schema/Case';
import { noteCasesChanged } from 'c/supportCaseChanges';
import type { CaseDraft } from 'c/supportCaseRules';
import { caseRecordFields, forgetDraft } from './draft';

/** Files the case and answers its Id; a refusal is thrown with the draft kept. */
export async function fileCase(
    draft: CaseDraft,
    pin: string,
    contactId: string,
    messageContext: MessageContextType | undefined
): Promise<string> {
    const fields = caseRecordFields(draft, pin, contactId);
    const record = await createRecord({ apiName: CASE_OBJECT.objectApiName, fields });
    forgetDraft();
    noteCasesChanged();
    if (messageContext) {
        publish(messageContext, CASE_CREATED, { recordId: record.id });
    }
    return record.id;
}
