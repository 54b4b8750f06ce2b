/**
 * supportCasePicklists — Case's picklists as the org labels them for the customer: the record
 * type they are asked for, and the product and severity choices read from the UI API's answer.
 */
import PRODUCT_FIELD from '@salesforce/schema/Case.Product__c';
import SEVERITY_FIELD from '@salesforce/schema/Case.Severity__c';
import type { PicklistValuesCollection } from 'lightning/uiObjectInfoApi';

/**
 * The master record type's Id, the same in every org. Picklists are asked for by it directly, so
 * they arrive with the first wave of requests instead of after object info: "If there isn't a
 * default record type, this value is the master record type, which is 012000000000000AAA"
 * (getPicklistValues, LWC Developer Guide). The package defines no Case record types; in an org
 * with some, the master record type offers every value.
 */
export const MASTER_RECORD_TYPE_ID = '012000000000000AAA';

export type PicklistOption = { label: string; value: string };

/** One field's values from getPicklistValuesByRecordType's answer, as the org labels them; none before it answers. */
export function picklistOptions(data: PicklistValuesCollection | undefined, fieldApiName: string): PicklistOption[] {
    return (data?.picklistFieldValues[fieldApiName]?.values ?? []).map(({ label, value }) => ({ label, value }));
}

/** The product and the severity values of Case, by name so neither can be taken for the other. */
export function casePicklists(data: PicklistValuesCollection | undefined): {
    products: PicklistOption[];
    severities: PicklistOption[];
} {
    return {
        products: picklistOptions(data, PRODUCT_FIELD.fieldApiName),
        severities: picklistOptions(data, SEVERITY_FIELD.fieldApiName)
    };
}
