/**
 * supportCaseList — the Cases tab: one page of the customer's cases at a time, newest activity first, with the true
 * total; filters (open/closed, mine or my company's, severity, product), search, sort and paging, all on the server
 * (casesView.ts) and kept in the URL, so a link or Back returns to the same view. A case filed on this page
 * (Support_Case_Created) or elsewhere (supportCaseChanges) refreshes the query: LDS never adds it to a cached result.
 *
 * Public surface (also Experience Builder properties): `createCasePage` (the Create a Case page), `initialFilter`.
 */
import { LightningElement, api, wire } from 'lwc';
import { CurrentPageReference, NavigationMixin } from 'lightning/navigation';
import type { PageReference } from 'lightning/navigation';
import { getPicklistValuesByRecordType } from 'lightning/uiObjectInfoApi';
import type { PicklistValuesCollection } from 'lightning/uiObjectInfoApi';
import USER_ID from '@salesforce/user/Id';
import CASE_OBJECT from '@salesforce/schema/Case';
import { graphql } from 'lightning/graphql';
import type { GraphQLResult } from 'lightning/graphql';
import { MessageContext, subscribe, unsubscribe, APPLICATION_SCOPE } from 'lightning/messageService';
import type { MessageContextType, Subscription } from 'lightning/messageService';
import CASE_CREATED from '@salesforce/messageChannel/Support_Case_Created__c';
import { takeCasesChanged } from 'c/supportCaseChanges';
import LOCALE from '@salesforce/i18n/locale';
import TIME_ZONE from '@salesforce/i18n/timeZone';
import { reduceErrors } from 'c/ldsUtils';
import { caseRecordPage, CREATE_CASE_PAGE } from 'c/supportPages';
import { MASTER_RECORD_TYPE_ID, casePicklists } from 'c/supportCasePicklists';
import { CASES_QUERY, pageFrom } from './casesQuery';
import type { CaseRow } from './casesQuery';
import { LABELS, columnHeaders, emptyMessage, filterChoices, pagerOf, statusChoices } from './labels';
import type { ColumnHeader, FilterChoice, Option, Pager, StatusChoice } from './labels';
import {
    DEFAULT_VIEW,
    FIRST_PAGE,
    SUPPORT_FIRST,
    pageVariables,
    pagingAfter,
    sortedBy,
    viewFromState,
    withView
} from './casesView';
import type { CasesView, Paging, SortField, StatusFilter } from './casesView';
import { rememberScope, startView } from './scopeStore';

/** Each list's status radios are one group of their own (the name groups them, page-wide under synthetic shadow). */
let lists = 0;

/** How long the search waits after the last keystroke before it asks the server. */
export const SEARCH_PAUSE_MS = 300;

/**
 * `derive` computed again only when one of its inputs changed (compared by identity: the component
 * replaces its fields, it never mutates them). A getter the template reads several times per render
 * then builds its objects once, and a child given the same object is not patched: filtering the list
 * re-renders no filter whose choices did not change (docs/performance.md).
 */
function memo<A extends unknown[], R>(derive: (...inputs: A) => R): (...inputs: A) => R {
    let last: A | undefined;
    let value: R;
    return (...inputs: A): R => {
        if (!last || inputs.length !== last.length || inputs.some((input, index) => input !== last?.[index])) {
            last = inputs;
            value = derive(...inputs);
        }
        return value;
    };
}

export default class SupportCaseList extends NavigationMixin(LightningElement) {
    @api createCasePage = CREATE_CASE_PAGE;

    /** The status the list opens with when the URL names none: OPEN (default), CLOSED or ALL. */
    @api
    get initialFilter(): string {
        return this.baseView.status;
    }
    set initialFilter(value: string) {
        const status = String(value ?? '').toUpperCase();
        this.baseView = { ...DEFAULT_VIEW, status: status === 'CLOSED' || status === 'ALL' ? status : 'OPEN' };
        this.view = { ...this.view, status: this.baseView.status };
    }

    labels = LABELS;
    statusGroup = `case-status-${++lists}`;

    baseView: CasesView = { ...DEFAULT_VIEW };
    view: CasesView = { ...DEFAULT_VIEW };
    paging: Paging = FIRST_PAGE;
    /** The view's total, known from the last answer: it sizes the last page. */
    total = 0;
    hasNextPage = false;
    endCursor: string | null = null;
    searchText = '';
    searchTimer?: ReturnType<typeof setTimeout>;
    pageReference?: PageReference;
    wiredResult?: GraphQLResult;
    cases?: CaseRow[];
    loadErrors: string[] = [];
    hrefs: Record<string, string> = {};
    severityValues: Option[] = [];
    productValues: Option[] = [];
    subscription?: Subscription;
    messageContext?: MessageContextType;

    private filtersOf = memo(filterChoices);
    private rowsOf = memo((cases: CaseRow[] | undefined, hrefs: Record<string, string>) =>
        (cases ?? []).map((row) => ({ ...row, href: hrefs[row.id] ?? '' }))
    );
    private pagerFor = memo(pagerOf);
    private columnsOf = memo((sortField: SortField, sortDirection: CasesView['sortDirection']) =>
        columnHeaders({ ...DEFAULT_VIEW, sortField, sortDirection })
    );

    /** Subscribes as soon as the page's message context arrives. */
    @wire(MessageContext)
    wiredMessageContext(context: MessageContextType): void {
        this.messageContext = context;
        this.subscribeToNewCases();
    }

    /** The view in the URL: a link, a reload or Back shows the same cases. */
    @wire(CurrentPageReference)
    wiredPageReference(reference?: PageReference): void {
        this.pageReference = reference;
        const base = { ...startView(this.baseView), search: this.view.search };
        const view = viewFromState(reference?.state as Record<string, string>, base);
        if (JSON.stringify(view) !== JSON.stringify(this.view)) {
            this.view = view;
            this.paging = FIRST_PAGE;
        }
    }

    /** Severity and product choices: the field's values, as the org labels them for the customer. */
    @wire(getPicklistValuesByRecordType, { objectApiName: CASE_OBJECT, recordTypeId: MASTER_RECORD_TYPE_ID })
    wiredPicklists({ data }: { data?: PicklistValuesCollection }): void {
        const { products, severities } = casePicklists(data);
        this.productValues = products;
        this.severityValues = severities;
    }

    get variables(): Record<string, unknown> {
        return pageVariables(this.view, this.paging, USER_ID, this.total);
    }

    @wire(graphql, { query: CASES_QUERY, variables: '$variables' })
    wiredCases(result: GraphQLResult): void {
        this.wiredResult = result;
        if (result.errors?.length) {
            this.loadErrors = reduceErrors(result.errors);
        } else if (result.data) {
            this.loadErrors = [];
            if (takeCasesChanged()) {
                this.refresh();
            }
            const page = pageFrom(result.data, this.paging.fromEnd, LOCALE, TIME_ZONE);
            this.total = page.total;
            this.hasNextPage = page.hasNextPage;
            this.endCursor = page.endCursor;
            this.cases = page.rows;
            this.generateLinks(this.cases);
        }
    }

    connectedCallback(): void {
        // The remembered scope, unless the URL names one: the page reference may already have come
        // (a wire can be given its value before connectedCallback runs).
        this.wiredPageReference(this.pageReference);
        this.subscribeToNewCases();
    }

    subscribeToNewCases(): void {
        if (this.messageContext && !this.subscription) {
            this.subscription = subscribe(this.messageContext, CASE_CREATED, () => this.refresh(), {
                scope: APPLICATION_SCOPE
            });
        }
    }

    disconnectedCallback(): void {
        clearTimeout(this.searchTimer);
        if (this.subscription) {
            unsubscribe(this.subscription);
            this.subscription = undefined;
        }
    }

    async generateLinks(cases: CaseRow[]): Promise<void> {
        const urls = await Promise.all(cases.map((c) => this[NavigationMixin.GenerateUrl](caseRecordPage(c.id))));
        // A case's link does not change: when every row already has its own, the rows stay as they are.
        if (cases.some((c, index) => this.hrefs[c.id] !== urls[index])) {
            this.hrefs = Object.fromEntries(cases.map((c, index) => [c.id, urls[index]]));
        }
    }

    get filters(): FilterChoice[] {
        return this.filtersOf(this.view, this.severityValues, this.productValues);
    }

    get statusChoices(): StatusChoice[] {
        return statusChoices(this.view.status);
    }

    get isLoading(): boolean {
        return this.cases === undefined && !this.loadErrors.length;
    }

    get hasLoadError(): boolean {
        return this.loadErrors.length > 0;
    }

    get rows(): CaseRow[] {
        return this.rowsOf(this.cases, this.hrefs);
    }

    get hasCases(): boolean {
        return !this.hasLoadError && this.rows.length > 0;
    }

    get isEmpty(): boolean {
        return !this.hasLoadError && this.cases !== undefined && this.cases.length === 0;
    }

    get emptyMessage(): string {
        return emptyMessage(this.view);
    }

    /** The page's place in the list, its words and its buttons (pagerOf, labels.ts). */
    get pager(): Pager {
        return this.pagerFor(this.paging, this.total, this.rows.length, this.hasNextPage, LOCALE);
    }

    get hasPages(): boolean {
        return this.total > this.rows.length;
    }

    get columns(): ColumnHeader[] {
        return this.columnsOf(this.view.sortField, this.view.sortDirection);
    }

    /** A new view starts at its first page, and goes into the URL (replacing, not adding, a history entry). */
    showView(changes: Partial<CasesView>): void {
        this.view = { ...this.view, ...changes };
        if (changes.scope) {
            rememberScope(changes.scope);
        }
        this.paging = FIRST_PAGE;
        if (this.pageReference) {
            this[NavigationMixin.Navigate](withView(this.pageReference, this.view), true);
        }
    }

    handleFilterChange(event: CustomEvent<{ value: string }>): void {
        const key = (event.target as HTMLElement).dataset.key as keyof CasesView;
        this.showView({ [key]: event.detail.value });
    }

    handleStatusChange(event: Event): void {
        this.showView({ status: (event.target as HTMLInputElement).value as StatusFilter });
    }

    /** One request per pause in typing, not per keystroke. */
    handleSearchInput(event: CustomEvent<{ value?: string }>): void {
        this.searchText = event.detail?.value ?? '';
        clearTimeout(this.searchTimer);
        // eslint-disable-next-line @lwc/lwc/no-async-operation
        this.searchTimer = setTimeout(() => {
            if (this.searchText.trim() !== this.view.search.trim()) {
                this.view = { ...this.view, search: this.searchText };
                this.paging = FIRST_PAGE;
            }
        }, SEARCH_PAUSE_MS);
    }

    get isSupportFirst(): boolean {
        return this.view.sortField === SUPPORT_FIRST.sortField;
    }

    /** "Updated by Thycotic first", or back to the default order; in the URL like any sort. */
    handleSupportFirst(event: Event): void {
        const { checked } = event.target as HTMLInputElement;
        this.showView(checked ? SUPPORT_FIRST : { sortField: 'LastModifiedDate', sortDirection: 'DESC' });
    }

    handleSort(event: Event): void {
        const field = (event.currentTarget as HTMLElement).dataset.field as SortField;
        this.showView(sortedBy(this.view, field));
    }

    handlePageChange(event: Event): void {
        const move = (event.currentTarget as HTMLElement).dataset.move;
        const { total, hasNextPage, endCursor } = this;
        this.paging = pagingAfter(move, this.paging, { total, rows: this.rows.length, hasNextPage, endCursor });
    }

    handleOpenCase(event: Event): void {
        event.preventDefault();
        const recordId = (event.currentTarget as HTMLElement).dataset.id as string;
        this[NavigationMixin.Navigate](caseRecordPage(recordId));
    }

    handleCreateCase(): void {
        this[NavigationMixin.Navigate]({ type: 'comm__namedPage', attributes: { name: this.createCasePage } });
    }

    handleTryAgain(): void {
        this.loadErrors = [];
        this.cases = undefined;
        this.refresh();
    }

    refresh(): void {
        this.wiredResult?.refresh?.();
    }
}
