// The Create a Case draft: where each of its fields goes on the Case and on which step, and its
// copy in session storage, so a failed save or a reload loses nothing (the signed-in user's only).
import SUBJECT_FIELD from '@salesforce/schema/Case.Subject';
import DESCRIPTION_FIELD from '@salesforce/schema/Case.Description';
import PRODUCT_FIELD from '@salesforce/schema/Case.Product__c';
import SEVERITY_FIELD from '@salesforce/schema/Case.Severity__c';
import CONTACT_NAME_FIELD from '@salesforce/schema/Case.Technical_Contact_Name__c';
import CONTACT_PHONE_FIELD from '@salesforce/schema/Case.Technical_Contact_Phone__c';
import CONTACT_HOURS_FIELD from '@salesforce/schema/Case.Technical_Contact_Hours__c';
import { EMPTY_CASE_DRAFT } from 'c/supportCaseRules';
import type { CaseDraft, CaseDraftField } from 'c/supportCaseRules';
import { readOwn, removeOwn, writeOwn } from 'c/supportSessionStore';

/** Session storage key of the draft: it stays in this browser tab only. */
export const DRAFT_KEY = 'c-support-create-case:draft';

export type Step = 1 | 2 | 3;

export interface StoredDraft {
    step: Step;
    draft: CaseDraft;
}

/** Where each draft field goes on the Case, and back: server field errors find their field. */
export const CASE_FIELDS: Record<CaseDraftField, string> = {
    product: PRODUCT_FIELD.fieldApiName,
    severity: SEVERITY_FIELD.fieldApiName,
    subject: SUBJECT_FIELD.fieldApiName,
    description: DESCRIPTION_FIELD.fieldApiName,
    contactName: CONTACT_NAME_FIELD.fieldApiName,
    contactPhone: CONTACT_PHONE_FIELD.fieldApiName,
    contactHours: CONTACT_HOURS_FIELD.fieldApiName
};

export const FIELD_STEP: Record<CaseDraftField, Step> = {
    product: 1,
    severity: 1,
    subject: 2,
    description: 2,
    contactName: 2,
    contactPhone: 2,
    contactHours: 2
};

/** The signed-in user's draft in this tab (another user's is discarded unread). */
export function readStoredDraft(): StoredDraft | undefined {
    const stored = readOwn(DRAFT_KEY) as Partial<StoredDraft> | undefined;
    return stored && typeof stored === 'object' && stored.draft
        ? { step: stored.step ?? 1, draft: { ...EMPTY_CASE_DRAFT, ...stored.draft } }
        : undefined;
}

export function saveDraft(stored: StoredDraft): void {
    // Storage full or disabled: the draft still lives in the page.
    writeOwn(DRAFT_KEY, stored);
}

export function forgetDraft(): void {
    removeOwn(DRAFT_KEY);
}
