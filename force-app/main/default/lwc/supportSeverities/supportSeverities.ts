/**
 * supportSeverities — the four severities of Thycotic's support policy, their definitions, and
 * the one rule on how each may reach support: Severity 1 by phone only, the rest by any method.
 */
import SEVERITY_1 from '@salesforce/label/c.Support_Severity_1';
import SEVERITY_1_DEFINITION from '@salesforce/label/c.Support_Severity_1_Definition';
import SEVERITY_2 from '@salesforce/label/c.Support_Severity_2';
import SEVERITY_2_DEFINITION from '@salesforce/label/c.Support_Severity_2_Definition';
import SEVERITY_3 from '@salesforce/label/c.Support_Severity_3';
import SEVERITY_3_DEFINITION from '@salesforce/label/c.Support_Severity_3_Definition';
import SEVERITY_4 from '@salesforce/label/c.Support_Severity_4';
import SEVERITY_4_DEFINITION from '@salesforce/label/c.Support_Severity_4_Definition';

export type SeverityLevel = 1 | 2 | 3 | 4;

export interface Severity {
    level: SeverityLevel;
    /** The Case.Severity__c picklist's API value: what is stored, shared and compared. Never translated. */
    value: string;
    /** The translated name (a label), for display only. */
    name: string;
    definition: string;
    /** Reported by phone only: no email, no case (the Case validation rule Severity_1_By_Phone holds it on the server). */
    phoneOnly: boolean;
}

/**
 * Severity 1 (complete loss of service) must be reported by phone; the rest may use any method.
 * Routing goes by `value` (the picklist API value, which a metadata check keeps in the field's
 * value set), never by the translated `name`.
 */
export const SEVERITIES: readonly Severity[] = Object.freeze([
    { level: 1, value: 'Severity 1', name: SEVERITY_1, definition: SEVERITY_1_DEFINITION, phoneOnly: true },
    { level: 2, value: 'Severity 2', name: SEVERITY_2, definition: SEVERITY_2_DEFINITION, phoneOnly: false },
    { level: 3, value: 'Severity 3', name: SEVERITY_3, definition: SEVERITY_3_DEFINITION, phoneOnly: false },
    { level: 4, value: 'Severity 4', name: SEVERITY_4, definition: SEVERITY_4_DEFINITION, phoneOnly: false }
]);

/** The severity of a picklist API value ('Severity 1') or a level (1 or '1'); anything else, a label included, is undefined. */
export function severityOf(value: unknown): Severity | undefined {
    const text = String(value ?? '').trim();
    return SEVERITIES.find((severity) => severity.value === text || String(severity.level) === text);
}

/**
 * Whether a severity goes to support by phone only (Severity 1): then neither email nor a case
 * is offered. Without a known severity nothing is refused: the customer chooses.
 */
export function isPhoneOnly(severity: unknown): boolean {
    return severityOf(severity)?.phoneOnly === true;
}
