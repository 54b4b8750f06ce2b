/**
 * supportCaseList — the Cases tab: the customer's cases, newest activity first,
 * with an open/closed filter, sorting, a link to each case and a Create a Case
 * button. It refreshes its query when a case is filed on the same page (the
 * Support_Case_Created message channel) and, once, when it loads after a case was
 * filed elsewhere (supportCaseChanges): Lightning Data Service answers a new list from
 * its cache and never adds a new case to a result on its own.
 *
 * Public surface (also Experience Builder properties):
 * - `createCasePage`: API name of the site page with the Create a Case flow.
 * - `initialFilter`: OPEN (default), CLOSED or ALL.
 */
import { LightningElement, api, wire } from 'lwc';
import { NavigationMixin } from 'lightning/navigation';
import { graphql } from 'lightning/graphql';
import type { GraphQLResult } from 'lightning/graphql';
import { MessageContext, subscribe, unsubscribe, APPLICATION_SCOPE } from 'lightning/messageService';
import type { MessageContextType, Subscription } from 'lightning/messageService';
import CASE_CREATED from '@salesforce/messageChannel/Support_Case_Created__c';
import { takeCasesChanged } from 'c/supportCaseChanges';
import LOCALE from '@salesforce/i18n/locale';
import TIME_ZONE from '@salesforce/i18n/timeZone';
import TITLE from '@salesforce/label/c.Support_Cases_Title';
import CREATE from '@salesforce/label/c.Support_Cases_Create';
import CAPTION from '@salesforce/label/c.Support_Cases_Caption';
import FILTER_LABEL from '@salesforce/label/c.Support_Cases_Filter_Label';
import FILTER_OPEN from '@salesforce/label/c.Support_Cases_Filter_Open';
import FILTER_CLOSED from '@salesforce/label/c.Support_Cases_Filter_Closed';
import FILTER_ALL from '@salesforce/label/c.Support_Cases_Filter_All';
import COLUMN_NUMBER from '@salesforce/label/c.Support_Cases_Column_Number';
import COLUMN_SUBJECT from '@salesforce/label/c.Support_Cases_Column_Subject';
import COLUMN_STATUS from '@salesforce/label/c.Support_Cases_Column_Status';
import COLUMN_SEVERITY from '@salesforce/label/c.Support_Cases_Column_Severity';
import COLUMN_PRODUCT from '@salesforce/label/c.Support_Cases_Column_Product';
import COLUMN_UPDATED from '@salesforce/label/c.Support_Cases_Column_Updated';
import SORT_BY from '@salesforce/label/c.Support_Cases_Sort_By';
import LOADING from '@salesforce/label/c.Support_Cases_Loading';
import EMPTY_OPEN from '@salesforce/label/c.Support_Cases_Empty_Open';
import EMPTY_ANY from '@salesforce/label/c.Support_Cases_Empty_Any';
import EMPTY_HINT from '@salesforce/label/c.Support_Cases_Empty_Hint';
import LOAD_ERROR from '@salesforce/label/c.Support_Cases_Load_Error';
import COUNT from '@salesforce/label/c.Support_Cases_Count';
import TRY_AGAIN from '@salesforce/label/c.Support_Try_Again';
import { formatLabel } from 'c/supportFormat';
import { reduceErrors } from 'c/ldsUtils';
import { caseRecordPage, CREATE_CASE_PAGE } from 'c/supportCaseRules';
import { CASES_QUERY, caseRowOf } from './casesQuery';
import type { CaseNode, CaseRow } from './casesQuery';

type Filter = 'OPEN' | 'CLOSED' | 'ALL';
type SortField = 'CaseNumber' | 'Subject' | 'Status' | 'Severity__c' | 'Product__c' | 'LastModifiedDate';
type Direction = 'ASC' | 'DESC';

const COLUMNS: { field: SortField; label: string }[] = [
    { field: 'CaseNumber', label: COLUMN_NUMBER },
    { field: 'Subject', label: COLUMN_SUBJECT },
    { field: 'Status', label: COLUMN_STATUS },
    { field: 'Severity__c', label: COLUMN_SEVERITY },
    { field: 'Product__c', label: COLUMN_PRODUCT },
    { field: 'LastModifiedDate', label: COLUMN_UPDATED }
];

export default class SupportCaseList extends NavigationMixin(LightningElement) {
    @api createCasePage = CREATE_CASE_PAGE;

    @api
    get initialFilter(): string {
        return this.filter;
    }
    set initialFilter(value: string) {
        const filter = String(value ?? '').toUpperCase();
        this.filter = filter === 'CLOSED' || filter === 'ALL' ? filter : 'OPEN';
    }

    labels = {
        title: TITLE,
        create: CREATE,
        caption: CAPTION,
        filterLabel: FILTER_LABEL,
        loading: LOADING,
        emptyHint: EMPTY_HINT,
        loadError: LOAD_ERROR,
        tryAgain: TRY_AGAIN
    };

    filter: Filter = 'OPEN';
    sortField: SortField = 'LastModifiedDate';
    sortDirection: Direction = 'DESC';
    wiredResult?: GraphQLResult;
    cases?: CaseRow[];
    loadErrors: string[] = [];
    hrefs: Record<string, string> = {};
    subscription?: Subscription;

    /** Subscribes as soon as the page's message context arrives. */
    @wire(MessageContext)
    wiredMessageContext(context: MessageContextType): void {
        this.messageContext = context;
        this.subscribeToNewCases();
    }

    messageContext?: MessageContextType;

    get variables(): Record<string, unknown> {
        const where = this.filter === 'ALL' ? undefined : { IsClosed: { eq: this.filter === 'CLOSED' } };
        return { where, orderBy: { [this.sortField]: { order: this.sortDirection } } };
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
            const edges = (result.data as { uiapi: { query: { Case: { edges: { node: CaseNode }[] } } } }).uiapi.query
                .Case.edges;
            this.cases = edges.map(({ node }) => caseRowOf(node, LOCALE, TIME_ZONE));
            this.generateLinks(this.cases);
        }
    }

    connectedCallback(): void {
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
        if (this.subscription) {
            unsubscribe(this.subscription);
            this.subscription = undefined;
        }
    }

    async generateLinks(cases: CaseRow[]): Promise<void> {
        const urls = await Promise.all(cases.map((c) => this[NavigationMixin.GenerateUrl](caseRecordPage(c.id))));
        this.hrefs = Object.fromEntries(cases.map((c, index) => [c.id, urls[index]]));
    }

    get filterOptions(): { label: string; value: Filter }[] {
        return [
            { label: FILTER_OPEN, value: 'OPEN' },
            { label: FILTER_CLOSED, value: 'CLOSED' },
            { label: FILTER_ALL, value: 'ALL' }
        ];
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

    get emptyMessage(): string {
        return this.filter === 'OPEN' ? EMPTY_OPEN : EMPTY_ANY;
    }

    get countText(): string {
        return formatLabel(COUNT, this.rows.length);
    }

    get columns(): { field: SortField; label: string; sortLabel: string; ariaSort: string; icon: string }[] {
        return COLUMNS.map((column) => {
            const sorted = column.field === this.sortField;
            return {
                ...column,
                sortLabel: formatLabel(SORT_BY, column.label),
                ariaSort: sorted ? (this.sortDirection === 'ASC' ? 'ascending' : 'descending') : 'none',
                icon: sorted ? (this.sortDirection === 'ASC' ? '▲' : '▼') : ''
            };
        });
    }

    handleFilterChange(event: CustomEvent<{ value: Filter }>): void {
        this.filter = event.detail.value;
    }

    handleSort(event: Event): void {
        const field = (event.currentTarget as HTMLElement).dataset.field as SortField;
        if (field === this.sortField) {
            this.sortDirection = this.sortDirection === 'ASC' ? 'DESC' : 'ASC';
        } else {
            this.sortField = field;
            this.sortDirection = field === 'LastModifiedDate' ? 'DESC' : 'ASC';
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
