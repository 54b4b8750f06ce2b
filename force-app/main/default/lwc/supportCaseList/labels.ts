// The Cases tab's words: every label it shows, its columns and its filters' choices.
import { pageCount, pageMoves, pagePosition } from './casesView';
import type { CasesView, Paging, SortField, StatusFilter } from './casesView';
import { formatCount, formatLabel, formatNumber } from 'c/supportFormat';
import type { PicklistOption as Option } from 'c/supportCasePicklists';
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
import COUNT_ONE from '@salesforce/label/c.Support_Cases_Count_One';
import SCOPE_LABEL from '@salesforce/label/c.Support_Cases_Scope_Label';
import SCOPE_MINE from '@salesforce/label/c.Support_Cases_Scope_Mine';
import SCOPE_COMPANY from '@salesforce/label/c.Support_Cases_Scope_Company';
import SCOPE_FOLLOWING from '@salesforce/label/c.Support_Cases_Scope_Following';
import EMPTY_FOLLOWING from '@salesforce/label/c.Support_Cases_Empty_Following';
import SEVERITY_LABEL from '@salesforce/label/c.Support_Cases_Severity_Label';
import PRODUCT_LABEL from '@salesforce/label/c.Support_Cases_Product_Label';
import ANY_SEVERITY from '@salesforce/label/c.Support_Cases_Any_Severity';
import ANY_PRODUCT from '@salesforce/label/c.Support_Cases_Any_Product';
import SEARCH_LABEL from '@salesforce/label/c.Support_Cases_Search_Label';
import RANGE from '@salesforce/label/c.Support_Cases_Range';
import PAGE_OF from '@salesforce/label/c.Support_Cases_Page_Of';
import PAGES_LABEL from '@salesforce/label/c.Support_Cases_Pages_Label';
import FIRST_PAGE_LABEL from '@salesforce/label/c.Support_Cases_First';
import PREVIOUS_PAGE_LABEL from '@salesforce/label/c.Support_Cases_Previous';
import NEXT_PAGE_LABEL from '@salesforce/label/c.Support_Cases_Next';
import LAST_PAGE_LABEL from '@salesforce/label/c.Support_Cases_Last';
import BEYOND_REACH from '@salesforce/label/c.Support_Cases_Beyond_Reach';
import NO_MATCH from '@salesforce/label/c.Support_Cases_No_Match';
import NEW_REPLY from '@salesforce/label/c.Support_Cases_New_Reply';
import SUPPORT_FIRST_LABEL from '@salesforce/label/c.Support_Cases_Support_First';

export {
    BEYOND_REACH,
    CAPTION,
    COUNT,
    CREATE,
    EMPTY_ANY,
    EMPTY_HINT,
    EMPTY_OPEN,
    FIRST_PAGE_LABEL,
    LAST_PAGE_LABEL,
    LOADING,
    LOAD_ERROR,
    NEXT_PAGE_LABEL,
    NO_MATCH,
    PAGES_LABEL,
    PAGE_OF,
    PREVIOUS_PAGE_LABEL,
    RANGE,
    SEARCH_LABEL,
    SORT_BY,
    TITLE
};

/** The words the template shows as they are. */
export const LABELS = {
    title: TITLE,
    create: CREATE,
    caption: CAPTION,
    searchLabel: SEARCH_LABEL,
    pagesLabel: PAGES_LABEL,
    beyondReach: BEYOND_REACH,
    loading: LOADING,
    emptyHint: EMPTY_HINT,
    loadError: LOAD_ERROR,
    newReply: NEW_REPLY,
    supportFirst: SUPPORT_FIRST_LABEL,
    statusLabel: FILTER_LABEL,
    /** Each value's name on a narrow list's cards, where the table's header row is not above it. */
    columns: { status: COLUMN_STATUS, severity: COLUMN_SEVERITY, product: COLUMN_PRODUCT, updated: COLUMN_UPDATED }
};

export type { Option };

/** An empty list's words: no match when the customer narrowed it (search, severity, product, mine), else no cases. */
export function emptyMessage(view: CasesView): string {
    if (view.search.trim() || view.severity || view.product || view.scope === 'MINE') {
        return NO_MATCH;
    }
    if (view.scope === 'FOLLOWING') {
        return EMPTY_FOLLOWING;
    }
    return view.status === 'OPEN' ? EMPTY_OPEN : EMPTY_ANY;
}

export const COLUMNS: { field: SortField; label: string }[] = [
    { field: 'CaseNumber', label: COLUMN_NUMBER },
    { field: 'Subject', label: COLUMN_SUBJECT },
    { field: 'Status', label: COLUMN_STATUS },
    { field: 'Severity__c', label: COLUMN_SEVERITY },
    { field: 'Product__c', label: COLUMN_PRODUCT },
    { field: 'LastModifiedDate', label: COLUMN_UPDATED }
];

export interface FilterChoice {
    key: keyof CasesView;
    label: string;
    options: Option[];
    value: string;
    className: string;
}

export interface StatusChoice {
    value: StatusFilter;
    label: string;
    checked: boolean;
}

/**
 * The status filter's three choices, the one shown checked: one array per status, built once, so a
 * filter change gives the template the next ready array and nothing is derived while filtering.
 */
const STATUS_CHOICES = new Map<StatusFilter, StatusChoice[]>(
    (['OPEN', 'CLOSED', 'ALL'] as const).map((status) => [
        status,
        [
            { value: 'OPEN', label: FILTER_OPEN, checked: status === 'OPEN' },
            { value: 'CLOSED', label: FILTER_CLOSED, checked: status === 'CLOSED' },
            { value: 'ALL', label: FILTER_ALL, checked: status === 'ALL' }
        ]
    ])
);

export function statusChoices(status: StatusFilter): StatusChoice[] {
    return STATUS_CHOICES.get(status) ?? [];
}

const SCOPE_OPTIONS: Option[] = [
    { label: SCOPE_COMPANY, value: 'COMPANY' },
    { label: SCOPE_MINE, value: 'MINE' },
    { label: SCOPE_FOLLOWING, value: 'FOLLOWING' }
];
/** A filter's choices, the same array for the same values: a combobox given it again is not patched. */
const withAny = new WeakMap<Option[], Option[]>();
function anyOf(label: string, values: Option[]): Option[] {
    let options = withAny.get(values);
    if (!options) {
        options = [{ label, value: '' }, ...values];
        withAny.set(values, options);
    }
    return options;
}

/**
 * The list's menus: whose cases, severity and product (the org's values, as it labels them). The
 * status is not a menu: three radio buttons (statusChoices), one click away.
 */
export function filterChoices(view: CasesView, severities: Option[], products: Option[]): FilterChoice[] {
    return [
        {
            key: 'scope',
            label: SCOPE_LABEL,
            options: SCOPE_OPTIONS,
            value: view.scope,
            className: 'scope slds-col'
        },
        {
            key: 'severity',
            label: SEVERITY_LABEL,
            options: anyOf(ANY_SEVERITY, severities),
            value: view.severity,
            className: 'severity-filter slds-col'
        },
        {
            key: 'product',
            label: PRODUCT_LABEL,
            options: anyOf(ANY_PRODUCT, products),
            value: view.product,
            className: 'product-filter slds-col'
        }
    ];
}

export interface ColumnHeader {
    field: SortField;
    label: string;
    sortLabel: string;
    ariaSort: string;
    icon: string;
}

/** The table's column headers, the sorted one marked for screen readers and the eye. */
export function columnHeaders(view: CasesView): ColumnHeader[] {
    const ascending = view.sortDirection === 'ASC';
    return COLUMNS.map((column) => {
        const sorted = column.field === view.sortField;
        return {
            ...column,
            sortLabel: formatLabel(SORT_BY, column.label),
            ariaSort: sorted ? (ascending ? 'ascending' : 'descending') : 'none',
            icon: sorted ? (ascending ? '▲' : '▼') : ''
        };
    });
}

export interface Pager {
    countText: string;
    rangeText: string;
    pageText: string;
    buttons: { key: string; label: string; disabled: boolean }[];
    beyondReach: boolean;
}

/** What the list says about the page it shows, its numbers as `locale` writes them, and which page buttons work. */
export function pagerOf(paging: Paging, total: number, rows: number, hasNextPage: boolean, locale?: string): Pager {
    const { page, from, to } = pagePosition(paging, total, rows);
    const pages = pageCount(total);
    const { hasNext, hasPrevious, beyondReach } = pageMoves(paging, total, rows, hasNextPage);
    const number = (value: number): string => formatNumber(value, locale);
    return {
        countText: formatCount(total, { one: COUNT_ONE, other: COUNT }, locale),
        rangeText: formatLabel(RANGE, number(from), number(to), number(total)),
        pageText: formatLabel(PAGE_OF, number(page), number(pages)),
        buttons: [
            { key: 'first-page', label: FIRST_PAGE_LABEL, disabled: page <= 1 },
            { key: 'previous-page', label: PREVIOUS_PAGE_LABEL, disabled: !hasPrevious },
            { key: 'next-page', label: NEXT_PAGE_LABEL, disabled: !hasNext },
            { key: 'last-page', label: LAST_PAGE_LABEL, disabled: page >= pages }
        ],
        beyondReach
    };
}
