// The draft seen from outside: prefilled from what the portal and the records already know (never
// over what the customer typed), and reviewed before it is filed.
import type { CaseDraft, CaseDraftField } from 'c/supportCaseRules';
import type { SupportContext } from 'c/supportContext';
import { FIELD_LABELS, LABELS, NOT_SET } from './labels';

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

/** What the customer told the checklist, the email composer and the PIN bar, as draft fields. */
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
