// The Create a Case draft: where each of its fields goes on the Case, on which step and what is checked
// there, and its copy in session storage, so a failed save or a reload loses nothing (the signed-in user's only).
import SUBJECT_FIELD from '@salesforce/schema/Case.Subject';
import DESCRIPTION_FIELD from '@salesforce/schema/Case.Description';
import PRODUCT_FIELD from '@salesforce/schema/Case.Product__c';
import SEVERITY_FIELD from '@salesforce/schema/Case.Severity__c';
import CONTACT_NAME_FIELD from '@salesforce/schema/Case.Technical_Contact_Name__c';
import CONTACT_PHONE_FIELD from '@salesforce/schema/Case.Technical_Contact_Phone__c';
import CONTACT_HOURS_FIELD from '@salesforce/schema/Case.Technical_Contact_Hours__c';
import CONTACT_FIELD from '@salesforce/schema/Case.ContactId';
import PIN_FIELD from '@salesforce/schema/Case.PIN_Entered__c';
import { caseDetailProblems, EMPTY_CASE_DRAFT, productAndSeverityProblems } from 'c/supportCaseRules';
import type { CaseDraft, CaseDraftField, CaseFieldLimits, CaseProblem } from 'c/supportCaseRules';
import { readOwn, removeOwn, writeOwn } from 'c/supportSessionStore';
import { FIELD_LABELS } from './labels';

/** Session storage key of the draft: it stays in this browser tab only. */
export const DRAFT_KEY = 'c-support-create-case:draft';

export type Step = 1 | 2 | 3;

/** A step from the page state or storage (a string in the URL), or undefined when it is none. */
export function stepOf(value: unknown): Step | undefined {
    const step = Number(value);
    return step === 1 || step === 2 || step === 3 ? step : undefined;
}

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

/** The Case createRecord files: each draft field (empty ones as null), the PIN, and the contact when known. */
export function caseRecordFields(draft: CaseDraft, pin: string, contactId: string): Record<string, unknown> {
    const fields: Record<string, unknown> = Object.fromEntries(
        (Object.keys(CASE_FIELDS) as CaseDraftField[]).map((field) => [CASE_FIELDS[field], draft[field].trim() || null])
    );
    fields[PIN_FIELD.fieldApiName] = pin || null;
    if (contactId) {
        fields[CONTACT_FIELD.fieldApiName] = contactId;
    }
    return fields;
}

export const FIELD_STEP: Record<CaseDraftField, Step> = {
    product: 1,
    severity: 1,
    subject: 2,
    description: 2,
    contactName: 2,
    contactPhone: 2,
    contactHours: 2
};

/** The draft's problems: on step one its product and severity, on a later step its details; with no step, all. */
export function draftProblems(draft: CaseDraft, limits: CaseFieldLimits, step?: Step): CaseProblem[] {
    if (step === 1) {
        return productAndSeverityProblems(draft);
    }
    const details = caseDetailProblems(draft, limits, FIELD_LABELS);
    return step ? details : [...productAndSeverityProblems(draft), ...details];
}

/** The signed-in user's draft in this tab (another user's is discarded unread). */
export function readStoredDraft(): StoredDraft | undefined {
    const stored = readOwn(DRAFT_KEY) as Partial<StoredDraft> | undefined;
    // Anything stored that is not a draft (null, text, a number) has no `draft`.
    return stored?.draft
        ? { step: stepOf(stored.step) ?? 1, draft: { ...EMPTY_CASE_DRAFT, ...stored.draft } }
        : undefined;
}

export function saveDraft(stored: StoredDraft): void {
    // Storage full or disabled: the draft still lives in the page.
    writeOwn(DRAFT_KEY, stored);
}

export function forgetDraft(): void {
    removeOwn(DRAFT_KEY);
}
