/**
 * supportCreateCase — Create a Case, in three steps:
 * 1. product and severity (Severity 1 stops here and shows the phone numbers),
 * 2. the details support needs, prefilled from the customer's records,
 * 3. review and submit: one createRecord for the Case.
 *
 * The draft is kept in session storage, so it survives a failed save and a
 * reload, and is cleared once the case is filed. A filed case is announced on
 * the Support_Case_Created message channel so case lists refresh.
 *
 * Public surface: none; Experience Builder places it on the Create a Case page.
 */
import { LightningElement, wire } from 'lwc';
import { NavigationMixin } from 'lightning/navigation';
import { graphql } from 'lightning/graphql';
import type { GraphQLResult } from 'lightning/graphql';
import { createRecord, getRecord, getFieldValue } from 'lightning/uiRecordApi';
import type { RecordRepresentation } from 'lightning/uiRecordApi';
import { getObjectInfo, getPicklistValuesByRecordType } from 'lightning/uiObjectInfoApi';
import type { ObjectInfo, PicklistValuesCollection } from 'lightning/uiObjectInfoApi';
import { MessageContext, publish } from 'lightning/messageService';
import type { MessageContextType } from 'lightning/messageService';
import CASE_CREATED from '@salesforce/messageChannel/Support_Case_Created__c';
import { noteCasesChanged } from 'c/supportCaseChanges';
import CASE_OBJECT from '@salesforce/schema/Case';
import CASE_NUMBER_FIELD from '@salesforce/schema/Case.CaseNumber';
import CONTACT_FIELD from '@salesforce/schema/Case.ContactId';
import PRODUCT_FIELD from '@salesforce/schema/Case.Product__c';
import SEVERITY_FIELD from '@salesforce/schema/Case.Severity__c';
import PIN_FIELD from '@salesforce/schema/Case.PIN__c';
import {
    caseDetailProblems,
    caseFieldLimits,
    caseRecordPage,
    EMPTY_CASE_DRAFT,
    MASTER_RECORD_TYPE_ID,
    productAndSeverityProblems
} from 'c/supportCaseRules';
import { formatLabel } from 'c/supportFormat';
import { severityOf } from 'c/supportDirectory';
import type { CaseDraft, CaseDraftField, CaseFieldLimits, CaseProblem } from 'c/supportCaseRules';
import { CUSTOMER_QUERY, customerOnFile, customerVariables } from 'c/supportCustomer';
import type { CustomerOnFile } from 'c/supportCustomer';
import { readContext } from 'c/supportContext';
import {
    FIELD_LABELS,
    LABELS,
    STEP_1,
    STEP_2,
    STEP_3,
    STEP_OF,
    PIN_ATTACHED,
    PIN_MISSING,
    SUBMIT,
    SUBMITTING,
    CREATED,
    VIEW_CASE
} from './labels';
import { CASE_FIELDS, FIELD_STEP, forgetDraft, readStoredDraft, saveDraft } from './draft';
import type { Step } from './draft';
import { serverProblems } from './serverProblems';
import { draftFromContext, prefilled, reviewItems } from './draftViews';

export { DRAFT_KEY } from './draft';

export default class SupportCreateCase extends NavigationMixin(LightningElement) {
    labels = LABELS;
    /** Each field's length, from the org's object info for Case: the metadata is the one source. */
    limits: CaseFieldLimits = {};

    step: Step = 1;
    draft: CaseDraft = { ...EMPTY_CASE_DRAFT };
    draftRestored = false;
    problems: CaseProblem[] = [];
    saveFailed = false;
    saveErrors: string[] = [];
    saving = false;
    currentPin = '';
    contactId = '';
    createdCaseId?: string;
    createdCaseUrl = '';
    customerVariables = customerVariables();
    onFile?: CustomerOnFile;
    productOptions: { label: string; value: string }[] = [];
    severityValues: { label: string; value: string }[] = [];

    @wire(MessageContext)
    messageContext?: MessageContextType;

    /** Field lengths, for the details step; the first step does not wait for them. */
    @wire(getObjectInfo, { objectApiName: CASE_OBJECT })
    wiredCaseInfo({ data }: { data?: ObjectInfo }): void {
        this.limits = caseFieldLimits(data?.fields as Record<string, { length?: number }> | undefined, CASE_FIELDS);
    }

    /** Case's picklists by the master record type: in the first wave of requests, with object info. */
    @wire(getPicklistValuesByRecordType, { objectApiName: CASE_OBJECT, recordTypeId: MASTER_RECORD_TYPE_ID })
    wiredPicklists({ data }: { data?: PicklistValuesCollection }): void {
        const options = (field: string): { label: string; value: string }[] =>
            (data?.picklistFieldValues[field]?.values ?? []).map(({ label, value }) => ({ label, value }));
        this.productOptions = options(PRODUCT_FIELD.fieldApiName);
        this.severityValues = options(SEVERITY_FIELD.fieldApiName);
    }

    /** The customer's details on file: the same question the checklist and email composer ask. */
    @wire(graphql, { query: CUSTOMER_QUERY, variables: '$customerVariables' })
    wiredCustomer({ data }: GraphQLResult): void {
        if (!data) {
            return;
        }
        this.onFile = customerOnFile(data);
        this.contactId = this.onFile.contactId;
        this.currentPin ||= this.onFile.pin;
        this.prefillFromFile();
    }

    prefillFromFile(): void {
        if (this.onFile) {
            const { product, contactName, contactPhone } = this.onFile;
            this.prefill({ product, contactName, contactPhone });
        }
    }

    prefill(values: Partial<CaseDraft>): void {
        this.draft = prefilled(this.draft, values);
    }

    @wire(getRecord, { recordId: '$createdCaseId', fields: [CASE_NUMBER_FIELD] })
    createdCase?: { data?: RecordRepresentation; error?: unknown };

    connectedCallback(): void {
        const stored = readStoredDraft();
        if (stored) {
            this.draft = stored.draft;
            this.step = stored.step;
            this.draftRestored = true;
        }
        this.prefillFromPortal();
    }

    /** What the customer already told the portal (checklist, email composer, PIN bar). */
    prefillFromPortal(): void {
        const shared = readContext();
        this.currentPin ||= shared.pin;
        this.prefill(draftFromContext(shared));
    }

    // ----- what the template shows -------------------------------------------------

    get isStep1(): boolean {
        return this.step === 1 && !this.isCreated;
    }

    get isStep2(): boolean {
        return this.step === 2 && !this.isCreated;
    }

    /**
     * The details step is rendered from the start and hidden until it is the step: its base
     * components are built while the customer reads step one, so Next only shows them.
     */
    get rendersDetails(): boolean {
        return !this.isCreated && this.step !== 3;
    }

    get detailsHidden(): boolean {
        return !this.isStep2;
    }

    get isStep3(): boolean {
        return this.step === 3 && !this.isCreated;
    }

    get isCreated(): boolean {
        return Boolean(this.createdCaseId);
    }

    get stepText(): string {
        if (this.isCreated) {
            return '';
        }
        const names = [STEP_1, STEP_2, STEP_3];
        return formatLabel(STEP_OF, this.step, names.length, names[this.step - 1]);
    }

    get severityOptions(): { label: string; value: string }[] {
        return this.severityValues.map(({ label, value }) => {
            const definition = severityOf(value)?.definition;
            return { label: definition ? `${label}: ${definition}` : label, value };
        });
    }

    get isSeverity1(): boolean {
        return severityOf(this.draft.severity)?.level === 1;
    }

    get showNextFromStep1(): boolean {
        return !this.isSeverity1;
    }

    /**
     * The summary names the fields to correct; each message is shown once, under its field
     * (not again in the summary, nor in the base component's own validity message).
     */
    get problemFields(): string[] {
        return [...new Set(this.problems.map((problem) => FIELD_LABELS[problem.field]))];
    }

    get hasProblems(): boolean {
        return this.problems.length > 0;
    }

    get fieldError(): Record<CaseDraftField, string> {
        const errors = Object.fromEntries(Object.keys(FIELD_LABELS).map((field) => [field, ''])) as Record<
            CaseDraftField,
            string
        >;
        for (const problem of this.problems) {
            errors[problem.field] ||= problem.message;
        }
        return errors;
    }

    get pinText(): string {
        return this.currentPin ? formatLabel(PIN_ATTACHED, this.currentPin) : PIN_MISSING;
    }

    get submitLabel(): string {
        return this.saving ? SUBMITTING : SUBMIT;
    }

    get review(): { key: string; label: string; value: string }[] {
        return reviewItems(this.draft, this.currentPin, this.productOptions, this.severityValues);
    }

    get createdCaseNumber(): string {
        return String(getFieldValue(this.createdCase?.data, CASE_NUMBER_FIELD) ?? '');
    }

    get createdText(): string {
        return formatLabel(CREATED, this.createdCaseNumber);
    }

    get viewCaseText(): string {
        return formatLabel(VIEW_CASE, this.createdCaseNumber);
    }

    // ----- what the customer does --------------------------------------------------

    handleFieldChange(event: CustomEvent<{ value?: string }>): void {
        const field = (event.target as HTMLElement).dataset.field as CaseDraftField;
        const value = event.detail?.value ?? (event.target as HTMLInputElement).value ?? '';
        this.draft = { ...this.draft, [field]: value };
        this.problems = this.problems.filter((problem) => problem.field !== field);
        this.saveDraft();
    }

    handleNext(): void {
        const problems =
            this.step === 1
                ? productAndSeverityProblems(this.draft)
                : caseDetailProblems(this.draft, this.limits, FIELD_LABELS);
        this.showProblems(problems);
        if (!problems.length && !(this.step === 1 && this.isSeverity1)) {
            this.goTo((this.step + 1) as Step);
        }
    }

    handleBack(): void {
        this.problems = [];
        this.goTo((this.step - 1) as Step);
    }

    handleDiscardDraft(): void {
        forgetDraft();
        this.draftRestored = false;
        this.problems = [];
        this.saveFailed = false;
        this.saveErrors = [];
        this.draft = { ...EMPTY_CASE_DRAFT };
        this.step = 1;
        // Prefill again from what the portal and the org know.
        this.prefillFromPortal();
        this.prefillFromFile();
    }

    async handleSubmit(): Promise<void> {
        if (this.saving) {
            return;
        }
        const problems = [
            ...productAndSeverityProblems(this.draft),
            ...caseDetailProblems(this.draft, this.limits, FIELD_LABELS)
        ];
        if (problems.length || this.isSeverity1) {
            this.showProblems(problems);
            this.goTo(problems.length ? FIELD_STEP[problems[0].field] : 1);
            return;
        }
        this.saving = true;
        this.saveFailed = false;
        this.saveErrors = [];
        try {
            const fields: Record<string, unknown> = Object.fromEntries(
                (Object.keys(CASE_FIELDS) as CaseDraftField[]).map((field) => [
                    CASE_FIELDS[field],
                    this.draft[field].trim() || null
                ])
            );
            fields[PIN_FIELD.fieldApiName] = this.currentPin || null;
            if (this.contactId) {
                fields[CONTACT_FIELD.fieldApiName] = this.contactId;
            }
            const record = await createRecord({ apiName: CASE_OBJECT.objectApiName, fields });
            this.createdCaseId = record.id;
            forgetDraft();
            noteCasesChanged();
            if (this.messageContext) {
                publish(this.messageContext, CASE_CREATED, { recordId: record.id });
            }
            this.createdCaseUrl = await this[NavigationMixin.GenerateUrl](caseRecordPage(record.id));
        } catch (error) {
            this.showServerErrors(error);
        } finally {
            this.saving = false;
        }
    }

    handleViewCase(event: Event): void {
        event.preventDefault();
        if (this.createdCaseId) {
            this[NavigationMixin.Navigate](caseRecordPage(this.createdCaseId));
        }
    }

    handleAnother(): void {
        this.createdCaseId = undefined;
        this.createdCaseUrl = '';
        this.handleDiscardDraft();
    }

    // ----- helpers -----------------------------------------------------------------

    goTo(step: Step): void {
        this.step = step;
        this.saveDraft();
    }

    saveDraft(): void {
        saveDraft({ step: this.step, draft: this.draft });
    }

    showProblems(problems: CaseProblem[]): void {
        this.problems = problems;
    }

    /** Server errors in words; those that belong to a field go to that field, on its step. */
    showServerErrors(error: unknown): void {
        const { problems, pageErrors } = serverProblems(error);
        this.saveFailed = true;
        this.saveErrors = pageErrors;
        if (problems.length) {
            this.goTo(FIELD_STEP[problems[0].field]);
        }
        this.problems = problems;
    }
}
