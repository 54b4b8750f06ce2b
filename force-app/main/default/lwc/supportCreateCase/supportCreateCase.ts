/**
 * supportCreateCase — Create a Case in three steps: product and severity (Severity 1 stops there and shows the phone
 * numbers); the details, prefilled from what the portal and the customer's records know; review and submit
 * (fileCase.ts). The draft is kept in session storage until the case is filed (draft.ts). The step is page state
 * (c__step), so the browser's Back goes one step back rather than out of the flow. Public surface: none.
 */
import { LightningElement, wire } from 'lwc';
import { CurrentPageReference, NavigationMixin } from 'lightning/navigation';
import type { PageReference } from 'lightning/navigation';
import { graphql } from 'lightning/graphql';
import type { GraphQLResult } from 'lightning/graphql';
import { getRecord, getFieldValue } from 'lightning/uiRecordApi';
import type { RecordRepresentation } from 'lightning/uiRecordApi';
import { getObjectInfo, getPicklistValuesByRecordType } from 'lightning/uiObjectInfoApi';
import type { ObjectInfo, PicklistValuesCollection } from 'lightning/uiObjectInfoApi';
import { MessageContext } from 'lightning/messageService';
import type { MessageContextType } from 'lightning/messageService';
import CASE_OBJECT from '@salesforce/schema/Case';
import CASE_NUMBER_FIELD from '@salesforce/schema/Case.CaseNumber';
import {
    caseFieldLimits,
    caseRecordPage,
    EMPTY_CASE_DRAFT,
    MASTER_RECORD_TYPE_ID,
    tooLongProblems
} from 'c/supportCaseRules';
import type { CaseDraft, CaseDraftField, CaseFieldLimits, CaseProblem } from 'c/supportCaseRules';
import { formatLabel } from 'c/supportFormat';
import { CUSTOMER_QUERY, customerOnFile, customerVariables } from 'c/supportCustomer';
import type { CustomerOnFile } from 'c/supportCustomer';
import { readContext } from 'c/supportContext';
import { LABELS, PIN_ATTACHED, PIN_MISSING, SUBMIT, SUBMITTING, CREATED, VIEW_CASE } from './labels';
import { CASE_FIELDS, FIELD_STEP, draftProblems, forgetDraft, readStoredDraft, saveDraft, stepOf } from './draft';
import type { Step } from './draft';
import { casePicklists, isSeverity1, severityChoices } from './choices';
import {
    fieldMessages,
    prefilledFromContext,
    prefilledFromFile,
    problemFieldNames,
    reviewItems,
    stepView
} from './draftViews';
import type { StepView } from './draftViews';
import { serverProblems } from './serverProblems';
import { fileCase } from './fileCase';

export { DRAFT_KEY } from './draft';

export default class SupportCreateCase extends NavigationMixin(LightningElement) {
    labels = LABELS;
    limits: CaseFieldLimits = {};
    step: Step = 1;
    draft: CaseDraft = { ...EMPTY_CASE_DRAFT };
    draftRestored = false;
    problems: CaseProblem[] = [];
    saveFailed = false;
    saveErrors: string[] = [];
    saving = false;
    /** An article answered the question: no case unless the customer asks for one after all. */
    answered = false;
    contactId = '';
    createdCaseId?: string;
    createdCaseUrl = '';
    customerVariables = customerVariables();
    onFile?: CustomerOnFile;
    productOptions: { label: string; value: string }[] = [];
    severityValues: { label: string; value: string }[] = [];
    severityOptions: { label: string; value: string }[] = [];

    @wire(MessageContext)
    messageContext?: MessageContextType;

    pageRef?: PageReference;

    /** The step in the page's state: the browser's Back and Forward move through the steps. */
    @wire(CurrentPageReference)
    wiredPageRef(pageRef?: PageReference): void {
        this.pageRef = pageRef;
        const step = stepOf(pageRef?.state?.c__step);
        if (step && step !== this.step) {
            this.problems = [];
            this.step = step;
        }
    }

    /** Field lengths from Case's object info (the metadata is the one source); step one does not wait for them. */
    @wire(getObjectInfo, { objectApiName: CASE_OBJECT })
    wiredCaseInfo({ data }: { data?: ObjectInfo }): void {
        this.limits = caseFieldLimits(data?.fields as Record<string, { length?: number }> | undefined, CASE_FIELDS);
    }

    /** Case's picklists by the master record type: in the first wave of requests, with object info. */
    @wire(getPicklistValuesByRecordType, { objectApiName: CASE_OBJECT, recordTypeId: MASTER_RECORD_TYPE_ID })
    wiredPicklists({ data }: { data?: PicklistValuesCollection }): void {
        [this.productOptions, this.severityValues] = casePicklists(data);
        this.severityOptions = severityChoices(this.severityValues);
    }

    /** The customer's details on file: the same question the checklist and email composer ask. */
    @wire(graphql, { query: CUSTOMER_QUERY, variables: '$customerVariables' })
    wiredCustomer({ data }: GraphQLResult): void {
        if (data) {
            this.onFile = customerOnFile(data);
            this.contactId = this.onFile.contactId;
            this.draft = prefilledFromFile(this.draft, this.onFile);
        }
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

    /** What the customer already told the portal (checklist, email composer). */
    prefillFromPortal(): void {
        this.draft = prefilledFromContext(this.draft, readContext());
    }

    /** Which step shows (details are rendered, hidden, with the first: Next only shows their base components). */
    get steps(): StepView {
        return stepView(this.step, this.isCreated);
    }

    get isCreated(): boolean {
        return Boolean(this.createdCaseId);
    }

    get isSeverity1(): boolean {
        return isSeverity1(this.draft.severity);
    }

    get showSuggestions(): boolean {
        return this.step === 2 && !this.isSeverity1;
    }

    get suggestionText(): string {
        return `${this.draft.subject}\n${this.draft.description}`;
    }

    get problemFields(): string[] {
        return problemFieldNames(this.problems);
    }

    get hasProblems(): boolean {
        return this.problems.length > 0;
    }

    get fieldError(): Record<CaseDraftField, string> {
        return fieldMessages(this.problems);
    }

    /** Said as soon as a pasted log makes the description too long (the box does not cut it), and how to send it instead. */
    get descriptionError(): string {
        return (
            this.fieldError.description || (tooLongProblems(this.draft, this.limits, ['description'])[0]?.message ?? '')
        );
    }

    /** The customer's current PIN on file, the one source (supportCustomer): the PIN bar's refresh brings a new one. */
    get currentPin(): string {
        return this.onFile?.pin ?? '';
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

    get created(): { text: string; link: string } {
        return {
            text: formatLabel(CREATED, this.createdCaseNumber),
            link: formatLabel(VIEW_CASE, this.createdCaseNumber)
        };
    }

    handleFieldChange(event: CustomEvent<{ value?: string }>): void {
        const field = (event.target as HTMLElement).dataset.field as CaseDraftField;
        const value = event.detail?.value ?? (event.target as HTMLInputElement).value ?? '';
        this.draft = { ...this.draft, [field]: value };
        this.problems = this.problems.filter((problem) => problem.field !== field);
        saveDraft({ step: this.step, draft: this.draft });
    }

    /** The customer chose to take a secret out of the subject or the description (c-support-secret-warning). */
    handleRemoveSecret(event: CustomEvent<{ text: string }>): void {
        const field = (event.target as HTMLElement).dataset.field as CaseDraftField;
        this.draft = { ...this.draft, [field]: event.detail.text };
        saveDraft({ step: this.step, draft: this.draft });
    }

    handleNext(): void {
        this.problems = draftProblems(this.draft, this.limits, this.step);
        if (!this.problems.length && !(this.step === 1 && this.isSeverity1)) {
            // Going on past suggestions without answering is an answer too; Next does not wait for its record.
            this.template?.querySelector<HTMLElement & { skip(): Promise<void> }>('.article-suggestions')?.skip();
            this.goTo((this.step + 1) as Step);
        }
    }

    handleBack(): void {
        this.problems = [];
        this.goTo((this.step - 1) as Step);
    }

    /** An article answered: no case; the draft stays on screen (for "Create a case after all"), not in storage. */
    handleAnswered(): void {
        this.answered = true;
        forgetDraft();
    }

    handleCreateCaseAfterAll(event: Event): void {
        event.preventDefault();
        this.answered = false;
        saveDraft({ step: this.step, draft: this.draft });
    }

    handleDiscardDraft(): void {
        forgetDraft();
        this.answered = false;
        this.draftRestored = false;
        this.problems = [];
        this.saveFailed = false;
        this.saveErrors = [];
        this.draft = { ...EMPTY_CASE_DRAFT };
        this.step = 1;
        this.showStep(1);
        this.prefillFromPortal();
        this.draft = prefilledFromFile(this.draft, this.onFile);
    }

    async handleSubmit(): Promise<void> {
        if (this.saving) {
            return;
        }
        const problems = draftProblems(this.draft, this.limits);
        if (problems.length || this.isSeverity1) {
            this.problems = problems;
            this.goTo(problems.length ? FIELD_STEP[problems[0].field] : 1);
            return;
        }
        this.saving = true;
        this.saveFailed = false;
        this.saveErrors = [];
        try {
            this.createdCaseId = await fileCase(this.draft, this.currentPin, this.contactId, this.messageContext);
            // Filed: the draft that was restored is gone, and so is the offer to start it over.
            this.draftRestored = false;
            this.createdCaseUrl = await this[NavigationMixin.GenerateUrl](caseRecordPage(this.createdCaseId));
        } catch (error) {
            // The org's errors on a field go to that field, on its step.
            const { problems: fieldProblems, pageErrors } = serverProblems(error);
            this.saveFailed = true;
            this.saveErrors = pageErrors;
            if (fieldProblems.length) {
                this.goTo(FIELD_STEP[fieldProblems[0].field]);
            }
            this.problems = fieldProblems;
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

    goTo(step: Step): void {
        this.step = step;
        saveDraft({ step: this.step, draft: this.draft });
        this.showStep(step);
    }

    /** A new step is a new entry in the browser's history (page state keys need the c__ namespace). */
    showStep(step: Step): void {
        if (this.pageRef && stepOf(this.pageRef.state?.c__step) !== step) {
            this[NavigationMixin.Navigate]({
                ...this.pageRef,
                state: { ...this.pageRef.state, c__step: String(step) }
            });
        }
    }
}
