// The form's choices: Case's picklists as the org labels them, each severity with its definition.
import PRODUCT_FIELD from '@salesforce/schema/Case.Product__c';
import SEVERITY_FIELD from '@salesforce/schema/Case.Severity__c';
import type { PicklistValuesCollection } from 'lightning/uiObjectInfoApi';
import { severityOf } from 'c/supportDirectory';

type Option = { label: string; value: string };

/** The product and the severity values, from the UI API's picklists for Case. */
export function casePicklists(data: PicklistValuesCollection | undefined): [products: Option[], severities: Option[]] {
    const options = (field: string): Option[] =>
        (data?.picklistFieldValues[field]?.values ?? []).map(({ label, value }) => ({ label, value }));
    return [options(PRODUCT_FIELD.fieldApiName), options(SEVERITY_FIELD.fieldApiName)];
}

/** The severities as the form offers them: each label followed by its definition, when there is one. */
export function severityChoices(values: Option[]): Option[] {
    return values.map(({ label, value }) => {
        const definition = severityOf(value)?.definition;
        return { label: definition ? `${label}: ${definition}` : label, value };
    });
}

export function isSeverity1(severity: string): boolean {
    return severityOf(severity)?.level === 1;
}
