import { caseRowOf } from '../casesQuery';
import {
    DEFAULT_VIEW,
    FIRST_PAGE,
    LAST_PAGE,
    nextPaging,
    pageMoves,
    pageVariables,
    pagingAfter,
    previousPaging,
    sortedBy,
    stateFromView,
    viewFromState
} from '../casesView';
import type { CasesView } from '../casesView';
import { columnHeaders, emptyMessage, filterChoices, pagerOf, statusChoices } from '../labels';

// The Cases tab's logic called directly, beside casesView.test.ts: a row with fields empty, the
// sort's clicks, the URL without a state or with only the sort's direction, and the page moves
// at the first and last page, where the server's "more" must not override the count.

const view = (changes: Partial<CasesView> = {}): CasesView => ({ ...DEFAULT_VIEW, ...changes });
const answer = { total: 60, rows: 25, hasNextPage: true, endCursor: 'c2' };

describe('a row of the table', () => {
    it('shows a value by its display value, else its value, else nothing', () => {
        const row = caseRowOf(
            {
                Id: '500X',
                CaseNumber: { value: null },
                Subject: { value: null },
                Status: { value: 'New', displayValue: null },
                Severity__c: { value: 'Severity 2', displayValue: 'Sev 2' },
                Product__c: undefined as never,
                LastModifiedDate: { value: null },
                Last_Support_Reply_At__c: { value: null },
                Case_Reads__r: { edges: [] }
            },
            'en-US',
            'UTC'
        );
        expect(row).toEqual({
            id: '500X',
            caseNumber: '',
            subject: '',
            status: 'New',
            severity: 'Sev 2',
            product: '',
            updated: '',
            href: '',
            unread: false
        });
    });
});

describe('the view', () => {
    it('sorts a new column in its own default direction, and turns the sorted column around', () => {
        expect(sortedBy(view(), 'Subject')).toEqual({ sortField: 'Subject', sortDirection: 'ASC' });
        expect(sortedBy(view({ sortField: 'Subject' }), 'LastModifiedDate')).toEqual({
            sortField: 'LastModifiedDate',
            sortDirection: 'DESC'
        });
        expect(sortedBy(view(), 'LastModifiedDate')).toEqual({ sortField: 'LastModifiedDate', sortDirection: 'ASC' });
        expect(sortedBy(view({ sortField: 'Subject', sortDirection: 'ASC' }), 'Subject')).toEqual({
            sortField: 'Subject',
            sortDirection: 'DESC'
        });
    });

    it('reads no state as the base view, and each part of a state on its own', () => {
        const base = view({ scope: 'MINE', status: 'ALL', severity: 'Severity 2' });
        expect(viewFromState(undefined, base)).toEqual(base);
        expect(viewFromState({ c__scope: 'company' }, base).scope).toBe('COMPANY');
        expect(viewFromState({ c__sort: 'Subject.desc' }, base)).toMatchObject({
            sortField: 'Subject',
            sortDirection: 'DESC'
        });
        expect(viewFromState({ c__sort: 'Subject' }, base)).toMatchObject({
            sortField: 'Subject',
            sortDirection: 'ASC'
        });
    });

    it('keeps the sort of the base view when the URL has none', () => {
        const base = view({ sortField: 'Subject', sortDirection: 'DESC' });
        expect(viewFromState({}, base)).toMatchObject({ sortField: 'Subject', sortDirection: 'DESC' });
    });

    it('offers each menu with "any" first, the same array for the same values', () => {
        const severities = [{ label: 'Severity 2', value: 'Severity 2' }];
        const products = [{ label: 'Secret Server', value: 'Secret Server' }];
        const [, severity, product] = filterChoices(view(), severities, products);
        expect(severity.options.slice(1)).toEqual(severities);
        expect(severity.options[0].value).toBe('');
        expect(product.options[0].value).toBe('');
        expect(filterChoices(view(), severities, products)[1].options).toBe(severity.options);
        expect(statusChoices('NONE' as never)).toEqual([]);
    });

    it('writes the sort into the URL when either its column or its direction differs', () => {
        expect(stateFromView(view({ sortDirection: 'ASC' })).c__sort).toBe('LastModifiedDate.asc');
        expect(stateFromView(view({ sortField: 'Subject' })).c__sort).toBe('Subject.desc');
        expect(stateFromView(view()).c__sort).toBeUndefined();
    });

    it('says an empty list matches nothing only when the customer narrowed it', () => {
        const noMatch = emptyMessage(view({ search: 'vpn' }));
        expect(emptyMessage(view({ search: '   ' }))).not.toBe(noMatch);
        expect(
            [view({ severity: 'Severity 2' }), view({ product: 'Secret Server' }), view({ scope: 'MINE' })].map(
                emptyMessage
            )
        ).toEqual([noMatch, noMatch, noMatch]);
        expect(emptyMessage(view({ scope: 'FOLLOWING' }))).toBe(
            "You follow no case here. A case's contact can add you as a follower."
        );
        expect(emptyMessage(view({ scope: 'FOLLOWING', search: 'vpn' }))).toBe(noMatch);
        expect(emptyMessage(view())).not.toBe(emptyMessage(view({ status: 'ALL' })));
        expect(emptyMessage(view({ status: 'CLOSED' }))).toBe(emptyMessage(view({ status: 'ALL' })));
    });

    it('marks the sorted column and its direction, the others not', () => {
        const [number, , , , , updated] = columnHeaders(view());
        expect([updated.ariaSort, updated.icon, number.ariaSort, number.icon]).toEqual(['descending', '▼', 'none', '']);
        const [ascending] = columnHeaders(view({ sortField: 'CaseNumber', sortDirection: 'ASC' }));
        expect([ascending.ariaSort, ascending.icon]).toEqual(['ascending', '▲']);
    });
});

describe('page moves', () => {
    it('offers no Next on the last page, even when the server says there is more', () => {
        expect(pageMoves({ fromEnd: false, cursors: [null, 'c1', 'c2'] }, 60, 10, true)).toMatchObject({
            hasNext: false,
            hasPrevious: true
        });
        expect(pageMoves(LAST_PAGE, 60, 10, true)).toMatchObject({ hasNext: false, hasPrevious: true });
    });

    it('offers no Previous on the first page, even when the server says there is more', () => {
        expect(pageMoves(FIRST_PAGE, 60, 25, true)).toMatchObject({ hasNext: true, hasPrevious: false });
        expect(pageMoves({ fromEnd: true, cursors: [null, 'c1', 'c2'] }, 60, 25, true)).toMatchObject({
            hasNext: true,
            hasPrevious: false
        });
    });

    it('reads the last pages in the reversed order, either way round', () => {
        const order = (sortDirection: 'ASC' | 'DESC') =>
            (pageVariables(view({ sortDirection }), LAST_PAGE, '005X', 60).orderBy as Record<string, unknown>)
                .LastModifiedDate;
        expect([order('ASC'), order('DESC')]).toEqual([{ order: 'DESC' }, { order: 'ASC' }]);
    });

    it('says when cursors stopped short from the end: no Previous, and why', () => {
        expect(pageMoves({ fromEnd: true, cursors: [null, 'c1'] }, 3000, 25, false)).toEqual({
            hasNext: true,
            hasPrevious: false,
            beyondReach: true
        });
    });

    it('steps one cursor at a time, either way', () => {
        expect(nextPaging({ fromEnd: true, cursors: [null, 'c1', 'c2'] }, 'c3')).toEqual({
            fromEnd: true,
            cursors: [null, 'c1']
        });
    });

    it('steps back one cursor at a time', () => {
        expect(previousPaging({ fromEnd: false, cursors: [null, 'c1', 'c2'] }, 'c3')).toEqual({
            fromEnd: false,
            cursors: [null, 'c1']
        });
    });

    it('goes to the first or last page from anywhere, and moves only where a move is offered', () => {
        const middle = { fromEnd: false, cursors: [null, 'c1'] };
        expect(pagingAfter('first-page', middle, answer)).toBe(FIRST_PAGE);
        expect(pagingAfter('last-page', middle, answer)).toBe(LAST_PAGE);
        expect(pagingAfter('previous-page', FIRST_PAGE, answer)).toBe(FIRST_PAGE);
        expect(pagingAfter('previous-page', middle, answer)).toEqual(FIRST_PAGE);
        expect(pagingAfter('next-page', FIRST_PAGE, answer)).toEqual({ fromEnd: false, cursors: [null, 'c2'] });
        expect(pagingAfter(undefined, middle, answer)).toBe(middle);
    });

    it('enables First and Last except on the first and the last page', () => {
        const disabled = (paging: typeof FIRST_PAGE, rows: number) =>
            pagerOf(paging, 60, rows, true, 'en-US').buttons.map((button) => button.disabled);
        expect(disabled(FIRST_PAGE, 25)).toEqual([true, true, false, false]);
        expect(disabled({ fromEnd: false, cursors: [null, 'c1'] }, 25)).toEqual([false, false, false, false]);
        expect(disabled(LAST_PAGE, 10)).toEqual([false, false, true, true]);
    });
});
