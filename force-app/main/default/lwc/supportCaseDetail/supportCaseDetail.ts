/**
 * supportCaseDetail — following a case: its status as a path through the
 * org's own Status values, its severity, product, PIN and last update, and
 * what happens next, in one voice with the conversation below it (answers come there), and,
 * while it is open, the region's phone number with its Severity 1 rule: said once on the page.
 *
 * A case that does not exist, or is not the customer's, is said so, with a way on
 * (supportNotFound). Opened by a case number (/case/00001026), the page finds the
 * case and goes on to its own page.
 *
 * The colleagues following the case (c/supportCaseFollowers, issue 28 item 3) load when the customer
 * asks for them, so the page is ready without them (its fixed size budget, scripts/lib/budget.mjs):
 * `<lwc:component lwc:is>` and a dynamic import (LWC Developer Guide, Dynamically Instantiate
 * Components), as Support access's people.
 *
 * Public surface: `recordId`, set by the case record page.
 */
import { LightningElement, api, wire } from 'lwc';
import { NavigationMixin } from 'lightning/navigation';
import { graphql } from 'lightning/graphql';
import type { GraphQLResult } from 'lightning/graphql';
import { getRecord, getFieldDisplayValue, getFieldValue } from 'lightning/uiRecordApi';
import type { RecordRepresentation } from 'lightning/uiRecordApi';
import { getPicklistValuesByRecordType } from 'lightning/uiObjectInfoApi';
import type { PicklistValuesCollection } from 'lightning/uiObjectInfoApi';
import LOCALE from '@salesforce/i18n/locale';
import TIME_ZONE from '@salesforce/i18n/timeZone';
import CASE_OBJECT from '@salesforce/schema/Case';
import CASE_NUMBER_FIELD from '@salesforce/schema/Case.CaseNumber';
import SUBJECT_FIELD from '@salesforce/schema/Case.Subject';
import STATUS_FIELD from '@salesforce/schema/Case.Status';
import IS_CLOSED_FIELD from '@salesforce/schema/Case.IsClosed';
import SEVERITY_FIELD from '@salesforce/schema/Case.Severity__c';
import PRODUCT_FIELD from '@salesforce/schema/Case.Product__c';
// Whether a PIN was given and valid, never the PIN: customers cannot read Case.PIN__c (a colleague may read the case).
import PIN_CHECK_FIELD from '@salesforce/schema/Case.PIN_Check__c';
// Its contact adds and removes followers (c/supportCaseFollowers).
import CONTACT_ID_FIELD from '@salesforce/schema/Case.ContactId';
import LAST_MODIFIED_FIELD from '@salesforce/schema/Case.LastModifiedDate';
import STATUS_CHANGED_FIELD from '@salesforce/schema/Case.Status_Changed_At__c';
import TITLE from '@salesforce/label/c.Support_Case_Detail_Title';
import PROGRESS from '@salesforce/label/c.Support_Case_Detail_Progress';
import STATUS from '@salesforce/label/c.Support_Case_Detail_Status';
import SEVERITY from '@salesforce/label/c.Support_Case_Detail_Severity';
import PRODUCT from '@salesforce/label/c.Support_Case_Detail_Product';
import PIN from '@salesforce/label/c.Support_Case_Detail_PIN';
import UPDATED from '@salesforce/label/c.Support_Case_Detail_Updated';
import NEXT_TITLE from '@salesforce/label/c.Support_Case_Detail_Next';
import NEXT_OPEN from '@salesforce/label/c.Support_Case_Next_Open';
import NEXT_WAITING from '@salesforce/label/c.Support_Case_Next_Waiting';
import NEXT_CLOSED from '@salesforce/label/c.Support_Case_Next_Closed';
import WAITING_ON_YOU from '@salesforce/label/c.Support_Case_Waiting_On_You';
import WAITING_ON_SUPPORT from '@salesforce/label/c.Support_Case_Waiting_On_Support';
import NOT_SET from '@salesforce/label/c.Support_Case_Not_Set';
import LOAD_ERROR from '@salesforce/label/c.Support_Case_Load_Error';
import FOLLOWERS_SHOW from '@salesforce/label/c.Support_Case_Followers_Show';
import { caseStage, isCaseNumber } from 'c/supportCaseRules';
import { caseRecordPage } from 'c/supportPages';
import { MASTER_RECORD_TYPE_ID, picklistOptions } from 'c/supportCasePicklists';
import { isNotFound } from 'c/ldsUtils';
import { CASE_BY_NUMBER_QUERY, caseIdFrom } from './caseByNumber';
import { formatDateTime, formatLabel } from 'c/supportFormat';

const FIELDS = [
    CASE_NUMBER_FIELD,
    SUBJECT_FIELD,
    STATUS_FIELD,
    IS_CLOSED_FIELD,
    SEVERITY_FIELD,
    PRODUCT_FIELD,
    PIN_CHECK_FIELD,
    LAST_MODIFIED_FIELD,
    STATUS_CHANGED_FIELD
];

const NEXT_STEP = { open: NEXT_OPEN, waiting: NEXT_WAITING, closed: NEXT_CLOSED };
/** Who is waiting, and since when (the time the case entered its status). */
const WAITING_SINCE = { open: WAITING_ON_SUPPORT, waiting: WAITING_ON_YOU };

export default class SupportCaseDetail extends NavigationMixin(LightningElement) {
    @api recordId?: string;

    /** A case number the customer has no case of. */
    missingNumber?: string;

    labels = { progress: PROGRESS, nextTitle: NEXT_TITLE, loadError: LOAD_ERROR, followersShow: FOLLOWERS_SHOW };

    /** The colleagues following the case, once imported (c/supportCaseFollowers). */
    followersConstructor?: typeof LightningElement;
    followersLoading = false;

    /** The org's Status values in order: each API value (what is compared) and its label (what is shown). */
    statusValues: { value: string; label: string }[] = [];

    /** The case's record Id: none while the page holds a case number. */
    get caseId(): string | undefined {
        return isCaseNumber(this.recordId) ? undefined : this.recordId;
    }

    // The case's contact is optional: a field the customer cannot read would fail the whole request
    // ("fields" versus "optionalFields", getRecord, LWC Developer Guide), and without it the page only
    // offers no follower changes.
    @wire(getRecord, { recordId: '$caseId', fields: FIELDS, optionalFields: [CONTACT_ID_FIELD] })
    caseRecord?: { data?: RecordRepresentation; error?: unknown };

    /** Asked only for a case number: no query, no request. */
    get numberQuery(): unknown {
        return isCaseNumber(this.recordId) ? CASE_BY_NUMBER_QUERY : undefined;
    }

    get numberVariables(): Record<string, unknown> {
        return { caseNumber: this.recordId ?? null };
    }

    @wire(graphql, { query: '$numberQuery', variables: '$numberVariables' })
    wiredCaseByNumber({ data }: GraphQLResult): void {
        if (data && isCaseNumber(this.recordId)) {
            const id = caseIdFrom(data);
            this.missingNumber = id ? undefined : this.recordId;
            if (id) {
                this[NavigationMixin.Navigate](caseRecordPage(id), true);
            }
        }
    }

    /** Case's picklists by the master record type: asked with the record, not after object info. */
    @wire(getPicklistValuesByRecordType, { objectApiName: CASE_OBJECT, recordTypeId: MASTER_RECORD_TYPE_ID })
    wiredPicklists({ data }: { data?: PicklistValuesCollection }): void {
        this.statusValues = picklistOptions(data, STATUS_FIELD.fieldApiName);
    }

    get record(): RecordRepresentation | undefined {
        return this.caseRecord?.data;
    }

    get isLoaded(): boolean {
        return Boolean(this.record);
    }

    /** Not there, or not the customer's: the UI API does not say which, and neither does the page. */
    get notFound(): boolean {
        return (Boolean(this.recordId) && this.missingNumber === this.recordId) || isNotFound(this.caseRecord?.error);
    }

    get loadError(): unknown {
        return this.notFound ? undefined : this.caseRecord?.error;
    }

    value(field: { objectApiName: string; fieldApiName: string }): string {
        const value = getFieldValue(this.record, field);
        return value === null || value === undefined ? '' : String(value);
    }

    /** What the customer reads for a picklist: its label in their language, else the value. */
    shown(field: { objectApiName: string; fieldApiName: string }): string {
        const label = getFieldDisplayValue(this.record, field);
        return label === null || label === undefined ? this.value(field) : String(label);
    }

    get title(): string {
        return formatLabel(TITLE, this.value(CASE_NUMBER_FIELD));
    }

    get subject(): string {
        return this.value(SUBJECT_FIELD);
    }

    get status(): string {
        return this.value(STATUS_FIELD);
    }

    get stage(): 'open' | 'waiting' | 'closed' {
        return caseStage(this.status, getFieldValue(this.record, IS_CLOSED_FIELD));
    }

    get isOpen(): boolean {
        return this.stage !== 'closed';
    }

    /**
     * The org's Status values in order, each by its label in the customer's language, the case's own
     * marked current (by value). None is marked done: which statuses a case went through is its
     * history (CaseHistory, only where the org tracks Status), which this page does not read, and
     * the order of the values is not a route every case takes (a closed case need never have waited
     * on the customer or been escalated).
     */
    get path(): { value: string; label: string; current: string | null }[] {
        const known = this.statusValues.some((status) => status.value === this.status);
        const values = known
            ? this.statusValues
            : [...this.statusValues, { value: this.status, label: this.shown(STATUS_FIELD) }];
        return values
            .filter((status) => Boolean(status.value))
            .map(({ value, label }) => ({ value, label, current: value === this.status ? 'step' : null }));
    }

    get details(): { label: string; value: string }[] {
        const updated = this.value(LAST_MODIFIED_FIELD);
        return [
            { label: STATUS, value: this.shown(STATUS_FIELD) },
            { label: SEVERITY, value: this.shown(SEVERITY_FIELD) },
            { label: PRODUCT, value: this.shown(PRODUCT_FIELD) },
            { label: PIN, value: this.shown(PIN_CHECK_FIELD) },
            { label: UPDATED, value: updated ? formatDateTime(updated, LOCALE, TIME_ZONE) : '' }
        ].map((item) => ({ ...item, value: item.value || NOT_SET }));
    }

    get nextStep(): string {
        const since = this.value(STATUS_CHANGED_FIELD);
        if (this.stage !== 'closed' && since) {
            return formatLabel(WAITING_SINCE[this.stage], formatDateTime(since, LOCALE, TIME_ZONE));
        }
        return NEXT_STEP[this.stage];
    }

    get contactId(): string {
        return this.value(CONTACT_ID_FIELD);
    }

    get followersShown(): boolean {
        return Boolean(this.followersConstructor);
    }

    /** Imports the list once; a failed import (the network) leaves the button to ask again. */
    handleShowFollowers(): void {
        if (this.followersLoading) {
            return;
        }
        this.followersLoading = true;
        import('c/supportCaseFollowers').then(
            ({ default: ctor }) => {
                this.followersConstructor = ctor;
                this.followersLoading = false;
            },
            () => {
                this.followersLoading = false;
            }
        );
    }
}
