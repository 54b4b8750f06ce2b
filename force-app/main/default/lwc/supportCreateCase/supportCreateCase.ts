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
import { caseFieldLimits, EMPTY_CASE_DRAFT, tooLongProblems } from 'c/supportCaseRules';
import type { CaseDraft, CaseDraftField, CaseFieldLimits, CaseProblem } from 'c/supportCaseRules';
import { formatLabel } from 'c/supportFormat';
import { CUSTOMER_QUERY, customerOnFile, customerVariables } from 'c/supportCustomer';
import type { CustomerOnFile } from 'c/supportCustomer';
import { readContext } from 'c/supportContext';
import { FIELD_LABELS, LABELS, PIN_ATTACHED, PIN_MISSING, SUBMIT, SUBMITTING, CREATED, VIEW_CASE } from './labels';
import { CASE_FIELDS, FIELD_STEP, draftProblems, forgetDraft, readStoredDraft, saveDraft, stepOf } from './draft';
import type { Step } from './draft';
import { caseRecordPage } from 'c/supportPages';
import { MASTER_RECORD_TYPE_ID, casePicklists } from 'c/supportCasePicklists';
import { isPhoneOnly } from 'c/supportSeverities';
import { severityChoices } from './choices';
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

type Option = { label: string; value: string };

/**
 * The form's fields, in order, each rendered from this list: its kind of input, whether it is required (the
 * rules in supportCaseRules say so too; a test holds them equal), its help, whether the box holds it to the
 * Case field's length (`cut`; otherwise the customer is told at once when it is too long, as for a pasted log)
 * and whether it warns of a secret typed into it.
 */
export const FORM_FIELDS: readonly {
    name: CaseDraftField;
    kind: 'choice' | 'radio' | 'text' | 'tel' | 'textarea';
    required: boolean;
    help?: string;
    placeholder?: string;
    cut?: boolean;
    warnsOfSecrets?: boolean;
}[] = [
    { name: 'product', kind: 'choice', required: true, placeholder: LABELS.productPlaceholder },
    { name: 'severity', kind: 'radio', required: true },
    { name: 'subject', kind: 'text', required: true, help: LABELS.subjectHelp, cut: true, warnsOfSecrets: true },
    { name: 'description', kind: 'textarea', required: true, help: LABELS.descriptionHelp, warnsOfSecrets: true },
    { name: 'contactName', kind: 'text', required: false, cut: true },
    { name: 'contactPhone', kind: 'tel', required: false, cut: true },
    { name: 'contactHours', kind: 'text', required: false, cut: true }
];

/** A field as the template shows it: the descriptor with its label, value, choices, limit and message. */
export interface FieldView {
    name: CaseDraftField;
    label: string;
    value: string;
    required: boolean;
    help?: string;
    placeholder?: string;
    options?: Option[];
    inputType: string;
    maxLength?: number;
    error: string;
    /** Said as it is typed (the too-long message of a box that does not cut): a polite live region. */
    live?: string;
    isRadio: boolean;
    isTextarea: boolean;
    warnsOfSecrets: boolean;
}

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
    productOptions: Option[] = [];
    severityValues: Option[] = [];
    severityOptions: Option[] = [];
    /** Set when Next or Submit finds problems: the next render moves focus to that field. */
    focusField?: CaseDraftField;

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
        const { products, severities } = casePicklists(data);
        this.productOptions = products;
        this.severityValues = severities;
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
        return isPhoneOnly(this.draft.severity);
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

    /** Every field as the template shows it, by step (FIELD_STEP). */
    get fields(): { choose: FieldView[]; details: FieldView[] } {
        const messages = fieldMessages(this.problems);
        const options: Partial<Record<CaseDraftField, Option[]>> = {
            product: this.productOptions,
            severity: this.severityOptions
        };
        const views = FORM_FIELDS.map((field): FieldView => {
            // A box that does not cut says at once when it holds too much, and how to send it instead.
            const tooLong = field.cut ? '' : (tooLongProblems(this.draft, this.limits, [field.name])[0]?.message ?? '');
            return {
                name: field.name,
                label: FIELD_LABELS[field.name],
                value: this.draft[field.name],
                required: field.required,
                help: field.help,
                placeholder: field.placeholder,
                options: options[field.name],
                inputType: field.kind === 'tel' ? 'tel' : 'text',
                maxLength: field.cut ? this.limits[field.name] : undefined,
                error: messages[field.name] || tooLong,
                live: field.cut ? undefined : 'polite',
                isRadio: field.kind === 'radio',
                isTextarea: field.kind === 'textarea',
                warnsOfSecrets: Boolean(field.warnsOfSecrets)
            };
        });
        return {
            choose: views.filter((view) => FIELD_STEP[view.name] === 1),
            details: views.filter((view) => FIELD_STEP[view.name] === 2)
        };
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
        this.focusField = this.problems[0]?.field;
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
            this.focusField = problems[0]?.field;
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
            this.focusField = fieldProblems[0]?.field;
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

    /** After Next or Submit found problems: focus on the first field to correct (its label and message are read). */
    renderedCallback(): void {
        if (this.focusField) {
            const field = this.template?.querySelector<HTMLElement>(
                `[data-field="${this.focusField}"]:not(c-support-secret-warning)`
            );
            this.focusField = undefined;
            field?.focus();
        }
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
