// The draft seen from outside: prefilled from what the portal and the records already know (never
// over what the customer typed), its problems shown, and reviewed before it is filed.
import type { CaseDraft, CaseDraftField, CaseProblem } from 'c/supportCaseRules';
import type { SupportContext } from 'c/supportContext';
import type { CustomerOnFile } from 'c/supportCustomer';
import { FIELD_LABELS, LABELS, NOT_SET, stepText } from './labels';
import type { Step } from './draft';

type Option = { label: string; value: string };

/** `draft` with its empty fields filled from `values`. */
export function prefilled(draft: CaseDraft, values: Partial<CaseDraft>): CaseDraft {
    const next = { ...draft };
    for (const [field, value] of Object.entries(values) as [CaseDraftField, string][]) {
        if (!next[field] && value) {
            next[field] = value;
        }
    }
    return next;
}

/** `draft` prefilled from the customer's records, once they have arrived: their product, name and phone. */
export function prefilledFromFile(draft: CaseDraft, onFile: CustomerOnFile | undefined): CaseDraft {
    if (!onFile) {
        return draft;
    }
    const { product, contactName, contactPhone } = onFile;
    return prefilled(draft, { product, contactName, contactPhone });
}

/** What the customer told the checklist and the email composer, as draft fields. */
export function draftFromContext(shared: SupportContext): Partial<CaseDraft> {
    return {
        product: shared.product,
        severity: shared.severity,
        subject: shared.summary,
        description: shared.details,
        contactName: shared.contactName,
        contactPhone: shared.contactPhone,
        contactHours: shared.contactHours
    };
}

/** `draft` prefilled from what the customer told the portal. */
export function prefilledFromContext(draft: CaseDraft, shared: SupportContext): CaseDraft {
    return prefilled(draft, draftFromContext(shared));
}

/** The summary of problems names the fields to correct, each once; the messages are shown under the fields. */
export function problemFieldNames(problems: CaseProblem[]): string[] {
    return [...new Set(problems.map((problem) => FIELD_LABELS[problem.field]))];
}

/** Each field's first message, '' for a field without a problem. */
export function fieldMessages(problems: CaseProblem[]): Record<CaseDraftField, string> {
    const messages = Object.fromEntries(Object.keys(FIELD_LABELS).map((field) => [field, ''])) as Record<
        CaseDraftField,
        string
    >;
    for (const problem of problems) {
        messages[problem.field] ||= problem.message;
    }
    return messages;
}

/** Step three: everything that will be sent, each picklist by its label, empty ones said so. */
export function reviewItems(
    draft: CaseDraft,
    pin: string,
    products: Option[],
    severities: Option[]
): { key: string; label: string; value: string }[] {
    const labelOf = (options: Option[], value: string): string =>
        options.find((o) => o.value === value)?.label ?? value;
    return [
        { key: 'product', label: FIELD_LABELS.product, value: labelOf(products, draft.product) },
        { key: 'severity', label: FIELD_LABELS.severity, value: labelOf(severities, draft.severity) },
        { key: 'subject', label: FIELD_LABELS.subject, value: draft.subject },
        { key: 'description', label: FIELD_LABELS.description, value: draft.description },
        { key: 'contactName', label: FIELD_LABELS.contactName, value: draft.contactName },
        { key: 'contactPhone', label: FIELD_LABELS.contactPhone, value: draft.contactPhone },
        { key: 'contactHours', label: FIELD_LABELS.contactHours, value: draft.contactHours },
        { key: 'pin', label: LABELS.pin, value: pin }
    ].map((item) => ({ ...item, value: item.value.trim() || NOT_SET }));
}

export interface StepView {
    isStep1: boolean;
    /** The details step is rendered, hidden, with the first: Next only shows its base components. */
    rendersDetails: boolean;
    detailsHidden: boolean;
    isStep3: boolean;
    /** "Step 2 of 3: Details", for the live region; nothing once the case is filed. */
    text: string;
}

export function stepView(step: Step, isCreated: boolean): StepView {
    return {
        isStep1: step === 1 && !isCreated,
        rendersDetails: !isCreated && step !== 3,
        detailsHidden: step !== 2 || isCreated,
        isStep3: step === 3 && !isCreated,
        text: isCreated ? '' : stepText(step)
    };
}
