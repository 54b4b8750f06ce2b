/**
 * supportCaseList — the Cases tab: one page of the customer's cases at a time, newest activity
 * first, with the true total; filters (open/closed, mine or my company's, severity, product), a
 * search by case number or subject, sorting, paging, a link to each case and a Create a Case
 * button. Filter, sort and scope live in the URL (page state), so a link or Back returns to the
 * same view. Filtering, searching, sorting and counting happen on the server (casesView.ts). It refreshes its query when a case is filed on the same page (the
 * Support_Case_Created message channel) and, once, when it loads after a case was
 * filed elsewhere (supportCaseChanges): Lightning Data Service answers a new list from
 * its cache and never adds a new case to a result on its own.
 *
 * Public surface (also Experience Builder properties):
 * - `createCasePage`: API name of the site page with the Create a Case flow.
 * - `initialFilter`: OPEN (default), CLOSED or ALL.
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
import { readOwn, writeOwn } from 'c/supportSessionStore';
import LOCALE from '@salesforce/i18n/locale';
import TIME_ZONE from '@salesforce/i18n/timeZone';
import { reduceErrors } from 'c/ldsUtils';
import { caseRecordPage, CREATE_CASE_PAGE, MASTER_RECORD_TYPE_ID } from 'c/supportCaseRules';
import { CASES_QUERY, caseRowOf } from './casesQuery';
import {
    filterChoices,
    BEYOND_REACH,
    CAPTION,
    CREATE,
    EMPTY_ANY,
    EMPTY_HINT,
    EMPTY_OPEN,
    LOADING,
    LOAD_ERROR,
    NO_MATCH,
    PAGES_LABEL,
    SEARCH_LABEL,
    TITLE,
    TRY_AGAIN,
    columnHeaders,
    pagerOf
} from './labels';
import type { ColumnHeader, FilterChoice, Pager } from './labels';
import type { CasesPage, CaseRow } from './casesQuery';
import {
    DEFAULT_VIEW,
    FIRST_PAGE,
    LAST_PAGE,
    defaultDirection,
    nextPaging,
    pageMoves,
    pageVariables,
    previousPaging,
    stateFromView,
    viewFromState
} from './casesView';
import type { CasesView, Paging, SortField } from './casesView';

/** "My cases" or "My company's cases": remembered for the signed-in customer (supportSessionStore). */
const SCOPE_KEY = 'supportCases.scope';

/** How long the search waits after the last keystroke before it asks the server. */
export const SEARCH_PAUSE_MS = 300;

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

    labels = {
        title: TITLE,
        create: CREATE,
        caption: CAPTION,
        searchLabel: SEARCH_LABEL,
        pagesLabel: PAGES_LABEL,
        beyondReach: BEYOND_REACH,
        loading: LOADING,
        emptyHint: EMPTY_HINT,
        loadError: LOAD_ERROR,
        tryAgain: TRY_AGAIN
    };

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
    severityValues: { label: string; value: string }[] = [];
    productValues: { label: string; value: string }[] = [];
    subscription?: Subscription;
    messageContext?: MessageContextType;

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
        const view = {
            ...viewFromState(reference?.state as Record<string, string>, this.startView),
            search: this.view.search
        };
        if (JSON.stringify(view) !== JSON.stringify(this.view)) {
            this.view = view;
            this.paging = FIRST_PAGE;
        }
    }

    /** Severity and product choices: the field's values, as the org labels them for the customer. */
    @wire(getPicklistValuesByRecordType, { objectApiName: CASE_OBJECT, recordTypeId: MASTER_RECORD_TYPE_ID })
    wiredPicklists({ data }: { data?: PicklistValuesCollection }): void {
        const values = (field: string) =>
            (data?.picklistFieldValues[field]?.values ?? []).map(({ label, value }) => ({ label, value }));
        this.severityValues = values('Severity__c');
        this.productValues = values('Product__c');
    }

    get variables(): Record<string, unknown> {
        return pageVariables(this.view, this.paging, USER_ID, this.total);
    }

    @wire(graphql, { query: CASES_QUERY, variables: '$variables' })
    wiredCases(result: GraphQLResult): void {
        this.wiredResult = result;
        if (result.errors?.length) {
            this.loadErrors = reduceErrors(result.errors);
            return;
        }
        if (result.data) {
            this.loadErrors = [];
            if (takeCasesChanged()) {
                this.refresh();
            }
            const page = (result.data as { uiapi: { query: { Case: CasesPage } } }).uiapi.query.Case;
            const nodes = page.edges.map(({ node }) => node);
            // Pages read from the end come in reverse order.
            const ordered = this.paging.fromEnd ? nodes.reverse() : nodes;
            this.total = page.totalCount;
            this.hasNextPage = page.pageInfo.hasNextPage;
            this.endCursor = page.pageInfo.endCursor;
            this.cases = ordered.map((node) => caseRowOf(node, LOCALE, TIME_ZONE));
            this.generateLinks(this.cases);
        }
    }

    connectedCallback(): void {
        this.view = { ...this.view, scope: this.startView.scope };
        this.subscribeToNewCases();
    }

    /** Where the list starts when the URL says nothing: the builder's status, the customer's last scope. */
    get startView(): CasesView {
        return { ...this.baseView, scope: readOwn(SCOPE_KEY) === 'MINE' ? 'MINE' : this.baseView.scope };
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
        this.hrefs = Object.fromEntries(cases.map((c, index) => [c.id, urls[index]]));
    }

    // ----- what the customer sees -----------------------------------------------------

    get filters(): FilterChoice[] {
        return filterChoices(this.view, this.severityValues, this.productValues);
    }

    get isLoading(): boolean {
        return this.cases === undefined && !this.loadErrors.length;
    }

    get hasLoadError(): boolean {
        return this.loadErrors.length > 0;
    }

    get rows(): CaseRow[] {
        return (this.cases ?? []).map((row) => ({ ...row, href: this.hrefs[row.id] ?? '' }));
    }

    get hasCases(): boolean {
        return !this.hasLoadError && this.rows.length > 0;
    }

    get isEmpty(): boolean {
        return !this.hasLoadError && this.cases !== undefined && this.cases.length === 0;
    }

    /** Narrowed by the customer (search, severity, product, scope): no match, rather than no cases. */
    get isNarrowed(): boolean {
        const { view } = this;
        return Boolean(view.search.trim() || view.severity || view.product || view.scope === 'MINE');
    }

    get emptyMessage(): string {
        if (this.isNarrowed) {
            return NO_MATCH;
        }
        return this.view.status === 'OPEN' ? EMPTY_OPEN : EMPTY_ANY;
    }

    /** The page's place in the list, its words and its buttons (pagerOf, labels.ts). */
    get pager(): Pager {
        return pagerOf(this.paging, this.total, this.rows.length, this.hasNextPage);
    }

    get moves(): { hasNext: boolean; hasPrevious: boolean } {
        return pageMoves(this.paging, this.total, this.rows.length, this.hasNextPage);
    }

    get hasPages(): boolean {
        return this.total > this.rows.length;
    }

    get columns(): ColumnHeader[] {
        return columnHeaders(this.view);
    }

    // ----- what the customer does -----------------------------------------------------

    /** A new view starts at its first page, and goes into the URL (replacing, not adding, a history entry). */
    showView(changes: Partial<CasesView>): void {
        this.view = { ...this.view, ...changes };
        if (changes.scope) {
            writeOwn(SCOPE_KEY, changes.scope);
        }
        this.paging = FIRST_PAGE;
        if (this.pageReference) {
            // A parameter set to undefined leaves the URL ("Add Query Parameters", LWC Developer Guide).
            const state = { ...(this.pageReference.state ?? {}), ...stateFromView(this.view) } as Record<
                string,
                string
            >;
            this[NavigationMixin.Navigate]({ ...this.pageReference, state }, true);
        }
    }

    handleFilterChange(event: CustomEvent<{ value: string }>): void {
        const key = (event.target as HTMLElement).dataset.key as keyof CasesView;
        this.showView({ [key]: event.detail.value });
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

    handleSort(event: Event): void {
        const field = (event.currentTarget as HTMLElement).dataset.field as SortField;
        const sortDirection =
            field === this.view.sortField
                ? this.view.sortDirection === 'ASC'
                    ? 'DESC'
                    : 'ASC'
                : defaultDirection(field);
        this.showView({ sortField: field, sortDirection });
    }

    handlePageChange(event: Event): void {
        const move = (event.currentTarget as HTMLElement).dataset.move;
        const { hasNext, hasPrevious } = this.moves;
        if (move === 'first-page') {
            this.paging = FIRST_PAGE;
        } else if (move === 'last-page') {
            this.paging = LAST_PAGE;
        } else if (move === 'next-page' && hasNext) {
            this.paging = nextPaging(this.paging, this.endCursor);
        } else if (move === 'previous-page' && hasPrevious) {
            this.paging = previousPaging(this.paging, this.endCursor);
        }
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
