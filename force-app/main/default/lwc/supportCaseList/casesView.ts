// What the Cases tab shows and which page of it: the view (status, whose cases, severity, product,
// search, sort), its filter and order as the UI API takes them, its place in the URL, and paging
// with the UI API's cursors. Pure, so every rule is tested on its own.
//
// Paging: "Backward pagination using last and before isn't currently supported" and "GraphQL
// queries can return up to 2000 records" (LWC Developer Guide, "Paginate Your Results"). So
// forward pages follow `endCursor`; the last pages are the first pages of the reversed order, read
// back to front; a view reaches its first and last 2,000 cases, and search and filters find the rest.

import type { PageReference } from 'lightning/navigation';

export type StatusFilter = 'OPEN' | 'CLOSED' | 'ALL';
export type Scope = 'MINE' | 'COMPANY' | 'FOLLOWING';
/** Whose cases: the company's, the customer's own, or those they follow (Case_Follower__c). */
export const SCOPES: readonly Scope[] = ['MINE', 'COMPANY', 'FOLLOWING'];
export type SortField =
    | 'CaseNumber'
    | 'Subject'
    | 'Status'
    | 'Severity__c'
    | 'Product__c'
    | 'LastModifiedDate'
    | 'Last_Support_Reply_At__c';
export type Direction = 'ASC' | 'DESC';

export interface CasesView {
    status: StatusFilter;
    scope: Scope;
    severity: string;
    product: string;
    search: string;
    sortField: SortField;
    sortDirection: Direction;
}

export const PAGE_SIZE = 25;
/** The most records a query pages through with cursors (see above). */
export const MAX_REACHABLE = 2000;

export const SORT_FIELDS: readonly SortField[] = [
    'CaseNumber',
    'Subject',
    'Status',
    'Severity__c',
    'Product__c',
    'LastModifiedDate',
    // "Updated by Thycotic first": not a column, a choice of its own (SUPPORT_FIRST).
    'Last_Support_Reply_At__c'
];

/** The sort "Updated by Thycotic first": Thycotic's latest reply first; cases it never answered last (SOQL sorts nulls last descending). */
export const SUPPORT_FIRST: Pick<CasesView, 'sortField' | 'sortDirection'> = Object.freeze({
    sortField: 'Last_Support_Reply_At__c',
    sortDirection: 'DESC'
});

export const DEFAULT_VIEW: CasesView = Object.freeze({
    status: 'OPEN',
    scope: 'COMPANY',
    severity: '',
    product: '',
    search: '',
    sortField: 'LastModifiedDate',
    sortDirection: 'DESC'
});

/** The default direction of a column: newest activity first, everything else A to Z. */
export function defaultDirection(field: SortField): Direction {
    return field === 'LastModifiedDate' || field === SUPPORT_FIRST.sortField ? 'DESC' : 'ASC';
}

/** The sort after a click on a column: the sorted column turns around, another starts in its default direction. */
export function sortedBy(view: CasesView, field: SortField): Pick<CasesView, 'sortField' | 'sortDirection'> {
    if (field !== view.sortField) {
        return { sortField: field, sortDirection: defaultDirection(field) };
    }
    return { sortField: field, sortDirection: view.sortDirection === 'ASC' ? 'DESC' : 'ASC' };
}

// The URL's query parameters: page state must be namespaced (`c__`) ("Add Query Parameters", LWC
// Developer Guide). The search text stays out of the URL: what a customer types may be personal.
const STATE_KEYS = {
    status: 'c__status',
    scope: 'c__scope',
    severity: 'c__severity',
    product: 'c__product',
    sort: 'c__sort'
} as const;

function oneOf<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
    const upper = String(value ?? '').toUpperCase() as T;
    return allowed.includes(upper) ? upper : fallback;
}

/** The view a URL's page state describes; anything unknown falls back to `base`. */
export function viewFromState(state: Record<string, string | undefined> | undefined, base: CasesView): CasesView {
    const [field, direction] = String(state?.[STATE_KEYS.sort] ?? '').split('.');
    const sortField = (SORT_FIELDS as readonly string[]).includes(field) ? (field as SortField) : base.sortField;
    return {
        ...base,
        status: oneOf(state?.[STATE_KEYS.status], ['OPEN', 'CLOSED', 'ALL'], base.status),
        scope: oneOf(state?.[STATE_KEYS.scope], SCOPES, base.scope),
        severity: state?.[STATE_KEYS.severity] ?? base.severity,
        product: state?.[STATE_KEYS.product] ?? base.product,
        sortField,
        sortDirection: oneOf(direction, ['ASC', 'DESC'], field ? defaultDirection(sortField) : base.sortDirection)
    };
}

/** The page state for a view: only what differs from the default, so a plain link stays plain. */
export function stateFromView(view: CasesView): Record<string, string | undefined> {
    const differs = (key: keyof CasesView) => view[key] !== DEFAULT_VIEW[key];
    const sorted = differs('sortField') || differs('sortDirection');
    return {
        [STATE_KEYS.status]: differs('status') ? view.status.toLowerCase() : undefined,
        [STATE_KEYS.scope]: differs('scope') ? view.scope.toLowerCase() : undefined,
        [STATE_KEYS.severity]: view.severity || undefined,
        [STATE_KEYS.product]: view.product || undefined,
        [STATE_KEYS.sort]: sorted ? `${view.sortField}.${view.sortDirection.toLowerCase()}` : undefined
    };
}

/** `reference` with `view` in its page state: a parameter set to undefined leaves the URL ("Add Query Parameters"). */
export function withView(reference: PageReference, view: CasesView): PageReference {
    return { ...reference, state: { ...(reference.state ?? {}), ...stateFromView(view) } as Record<string, string> };
}

/** `like` treats % and _ as wildcards: a customer's text matches as typed. */
export function escapeLike(text: string): string {
    return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

/**
 * The view's filter as the UI API's Case_Filter; every case the customer sees is the empty filter
 * `{}`, never `undefined`: LDS refuses a variable whose value is undefined ("The value passed to
 * variables must be a map containing values for all the variables in the query that don't have a
 * default value specified", LWC Developer Guide, lightning/graphql).
 */
export function casesWhere(view: CasesView, userId: string): Record<string, unknown> {
    const conditions: Record<string, unknown>[] = [];
    if (view.status !== 'ALL') {
        conditions.push({ IsClosed: { eq: view.status === 'CLOSED' } });
    }
    if (view.scope === 'MINE') {
        // The cases whose contact is the customer: a semi-join on the user's ContactId.
        conditions.push({ ContactId: { inq: { User: { Id: { eq: userId } }, ApiName: 'ContactId' } } });
    }
    if (view.scope === 'FOLLOWING') {
        // The cases the customer follows (the org stamps Follower__c with the follower's user). A scope
        // of its own, not part of "My cases": SOQL refuses a semi-join inside an OR ("Semi join
        // sub-selects are not allowed with the 'OR' operator"; SOQL and SOSL Reference, Comparison
        // Operators, semi-join and anti-join restrictions:
        // https://developer.salesforce.com/docs/platform/salesforce-soql-sosl/guide/sforce-api-calls-soql-select-comparisonoperators.html)
        // and "GraphQL has the same limitations as SOQL" (GraphQL API Developer Guide, GraphQL API Query
        // Limitations: https://developer.salesforce.com/docs/platform/graphql/guide/query-limits.html).
        // Zendesk's help center lists "Requests I'm CC'd on" beside "My requests" likewise.
        conditions.push({ Id: { inq: { Case_Follower__c: { Follower__c: { eq: userId } }, ApiName: 'Case__c' } } });
    }
    if (view.severity) {
        conditions.push({ Severity__c: { eq: view.severity } });
    }
    if (view.product) {
        conditions.push({ Product__c: { eq: view.product } });
    }
    const search = view.search.trim();
    if (search) {
        conditions.push({
            or: [{ CaseNumber: { eq: search } }, { Subject: { like: `%${escapeLike(search)}%` } }]
        });
    }
    if (conditions.length === 0) {
        return {};
    }
    return conditions.length === 1 ? conditions[0] : { and: conditions };
}

/**
 * Where the customer is: pages read from the start (`fromEnd` false) or from the end, and the
 * cursor each page after the first was asked with (the first is null).
 */
export interface Paging {
    fromEnd: boolean;
    cursors: (string | null)[];
}

export const FIRST_PAGE: Paging = Object.freeze({ fromEnd: false, cursors: [null] });
export const LAST_PAGE: Paging = Object.freeze({ fromEnd: true, cursors: [null] });

export function pageCount(total: number): number {
    return Math.max(1, Math.ceil(total / PAGE_SIZE));
}

/** How many cases the last page holds. */
export function lastPageSize(total: number): number {
    return total % PAGE_SIZE || PAGE_SIZE;
}

const flip = (direction: Direction): Direction => (direction === 'ASC' ? 'DESC' : 'ASC');

/** The query's variables for a view and a page. `total` sizes the last page when reading from the end. */
export function pageVariables(view: CasesView, paging: Paging, userId: string, total = 0): Record<string, unknown> {
    const direction = paging.fromEnd ? flip(view.sortDirection) : view.sortDirection;
    const first = paging.fromEnd && paging.cursors.length === 1 && total ? lastPageSize(total) : PAGE_SIZE;
    return {
        where: casesWhere(view, userId),
        // The case number breaks ties, so that pages never overlap or skip a case (sorted by the
        // case number itself, the key is written once).
        orderBy: { [view.sortField]: { order: direction }, CaseNumber: { order: direction } },
        first,
        after: paging.cursors[paging.cursors.length - 1],
        // Selects the viewer's own read row of each case (casesQuery.ts): no second request.
        userId
    };
}

/** The page's number (1-based) and the range of cases it shows. */
export function pagePosition(paging: Paging, total: number, rows: number): { page: number; from: number; to: number } {
    const steps = paging.cursors.length - 1;
    if (!paging.fromEnd) {
        const from = steps * PAGE_SIZE + (rows ? 1 : 0);
        return { page: steps + 1, from, to: steps * PAGE_SIZE + rows };
    }
    const page = pageCount(total) - steps;
    const from = (page - 1) * PAGE_SIZE + 1;
    return { page, from, to: from + rows - 1 };
}

/** Toward the end of the list: the next cursor from the start, or one step back toward the last page. */
export function nextPaging(paging: Paging, endCursor: string | null | undefined): Paging {
    if (paging.fromEnd) {
        return { fromEnd: true, cursors: paging.cursors.slice(0, -1) };
    }
    return { fromEnd: false, cursors: [...paging.cursors, endCursor ?? null] };
}

/** Toward the start of the list. */
export function previousPaging(paging: Paging, endCursor: string | null | undefined): Paging {
    if (paging.fromEnd) {
        return { fromEnd: true, cursors: [...paging.cursors, endCursor ?? null] };
    }
    return { fromEnd: false, cursors: paging.cursors.slice(0, -1) };
}

/**
 * Whether a page lies toward the end (`hasNext`) or the start (`hasPrevious`), from the page the
 * server answered: `hasNextPage` is "more in the order asked", which from the end is backward.
 * Past MAX_REACHABLE cases from either end, cursors stop: `beyondReach` says so.
 */
export function pageMoves(
    paging: Paging,
    total: number,
    rows: number,
    hasNextPage: boolean
): { hasNext: boolean; hasPrevious: boolean; beyondReach: boolean } {
    const { page } = pagePosition(paging, total, rows);
    const pages = pageCount(total);
    const onLast = page >= pages;
    const onFirst = page <= 1;
    // A page before the last (from the start) or after the first (from the end) has cases beyond
    // it; when the server has no more in the order asked, cursors stopped short of them.
    const beyondReach = (paging.fromEnd ? !onFirst : !onLast) && !hasNextPage;
    // From the end, a page before the last was reached by cursors, so one can step back toward it;
    // from the start, a page after the first likewise.
    return {
        hasNext: !onLast && (paging.fromEnd || hasNextPage),
        hasPrevious: !onFirst && (!paging.fromEnd || hasNextPage),
        beyondReach
    };
}

/** The paging after a page button: the first or last page, or a step the way the page moves (pageMoves) allow. */
export function pagingAfter(
    move: string | undefined,
    paging: Paging,
    answer: { total: number; rows: number; hasNextPage: boolean; endCursor: string | null }
): Paging {
    const { hasNext, hasPrevious } = pageMoves(paging, answer.total, answer.rows, answer.hasNextPage);
    if (move === 'first-page') {
        return FIRST_PAGE;
    }
    if (move === 'last-page') {
        return LAST_PAGE;
    }
    if (move === 'next-page' && hasNext) {
        return nextPaging(paging, answer.endCursor);
    }
    if (move === 'previous-page' && hasPrevious) {
        return previousPaging(paging, answer.endCursor);
    }
    return paging;
}
