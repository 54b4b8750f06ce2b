/**
 * supportCaseRules — a case as the customer files it: the draft, what stops each step of Create a
 * Case, where a case stands, and how a customer names a case (its number).
 */
import CASE_PRODUCT from '@salesforce/label/c.Support_Case_Product';
import CASE_SEVERITY from '@salesforce/label/c.Support_Case_Severity';
import CASE_SUBJECT from '@salesforce/label/c.Support_Case_Subject';
import CASE_DESCRIPTION from '@salesforce/label/c.Support_Case_Description';
import CASE_REQUIRED from '@salesforce/label/c.Support_Case_Required';
import CASE_TOO_LONG from '@salesforce/label/c.Support_Case_Too_Long';
import DESCRIPTION_TOO_LONG from '@salesforce/label/c.Support_Case_Description_Too_Long';
import LOCALE from '@salesforce/i18n/locale';
import { formatLabel, formatNumber } from 'c/supportFormat';

export interface CaseDraft {
    product: string;
    severity: string;
    subject: string;
    description: string;
    contactName: string;
    contactPhone: string;
    contactHours: string;
}

export type CaseDraftField = keyof CaseDraft;

/** How many characters each Case field holds, as the org's object info says (no copy of the metadata here). */
export type CaseFieldLimits = Partial<Record<CaseDraftField, number>>;

/**
 * The lengths of the draft's fields from `getObjectInfo`'s fields: `fieldNames` maps each draft
 * field to its Case field. Fields the object info does not give a length for have no limit here
 * (the org still holds them to theirs).
 */
export function caseFieldLimits(
    objectFields: Record<string, { length?: number } | undefined> | undefined,
    fieldNames: Record<CaseDraftField, string>
): CaseFieldLimits {
    const limits: CaseFieldLimits = {};
    for (const [draftField, fieldName] of Object.entries(fieldNames) as [CaseDraftField, string][]) {
        const length = objectFields?.[fieldName]?.length;
        if (length && length > 0) {
            limits[draftField] = length;
        }
    }
    return limits;
}

export interface CaseProblem {
    field: CaseDraftField;
    message: string;
}

export const EMPTY_CASE_DRAFT: Readonly<CaseDraft> = Object.freeze({
    product: '',
    severity: '',
    subject: '',
    description: '',
    contactName: '',
    contactPhone: '',
    contactHours: ''
});

function required(draft: CaseDraft, field: CaseDraftField, label: string): CaseProblem[] {
    return draft[field].trim() ? [] : [{ field, message: formatLabel(CASE_REQUIRED, label) }];
}

function atMost(draft: CaseDraft, field: CaseDraftField, label: string, max: number): CaseProblem[] {
    const length = draft[field].length;
    // A description too long is mostly a pasted log: it goes on the case as a file instead.
    const words = field === 'description' ? DESCRIPTION_TOO_LONG : CASE_TOO_LONG;
    return length > max
        ? [{ field, message: formatLabel(words, label, formatNumber(max, LOCALE), formatNumber(length, LOCALE)) }]
        : [];
}

/** What stops step one (product and severity) from going on. Severity 1 is not a problem here: it ends the flow. */
export function productAndSeverityProblems(draft: CaseDraft): CaseProblem[] {
    return [...required(draft, 'product', CASE_PRODUCT), ...required(draft, 'severity', CASE_SEVERITY)];
}

const DETAIL_FIELDS: CaseDraftField[] = ['subject', 'description', 'contactName', 'contactPhone', 'contactHours'];

/**
 * What stops step two (the details) from going on: a subject and a description, and every field
 * within its Case field's length (`limits`, from object info). `labels` names the fields in messages.
 */
export function caseDetailProblems(
    draft: CaseDraft,
    limits: CaseFieldLimits = {},
    labels: Partial<Record<CaseDraftField, string>> = {}
): CaseProblem[] {
    return [
        ...required(draft, 'subject', CASE_SUBJECT),
        ...required(draft, 'description', CASE_DESCRIPTION),
        ...tooLongProblems(draft, limits, DETAIL_FIELDS, labels)
    ];
}

/** The `fields` longer than their Case field holds (`limits`, from object info), each said with its name. */
export function tooLongProblems(
    draft: CaseDraft,
    limits: CaseFieldLimits,
    fields: readonly CaseDraftField[],
    labels: Partial<Record<CaseDraftField, string>> = {}
): CaseProblem[] {
    const names: Partial<Record<CaseDraftField, string>> = {
        subject: CASE_SUBJECT,
        description: CASE_DESCRIPTION,
        ...labels
    };
    return fields.flatMap((field) => {
        const max = limits[field];
        return max ? atMost(draft, field, names[field] ?? field, max) : [];
    });
}

export type CaseStage = 'open' | 'waiting' | 'closed';

/** Where a case stands for the customer: closed, waiting for them, or with support. */
export function caseStage(status: unknown, isClosed: unknown): CaseStage {
    if (isClosed === true || /^closed$/i.test(String(status ?? '').trim())) {
        return 'closed';
    }
    return /wait/i.test(String(status ?? '')) ? 'waiting' : 'open';
}

/**
 * A case number as a customer knows it ("00001026", digits, shorter than any record Id) rather
 * than the case's record Id: the case page finds its case by it (`/case/00001026`).
 */
export function isCaseNumber(value: unknown): boolean {
    return /^\d{1,14}$/.test(String(value ?? ''));
}
