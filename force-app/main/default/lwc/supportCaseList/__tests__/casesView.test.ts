import {
    DEFAULT_VIEW,
    FIRST_PAGE,
    LAST_PAGE,
    PAGE_SIZE,
    casesWhere,
    escapeLike,
    lastPageSize,
    nextPaging,
    pageCount,
    pageMoves,
    pagePosition,
    pageVariables,
    previousPaging,
    stateFromView,
    viewFromState
} from '../casesView';
import type { CasesView } from '../casesView';

const USER = '005DEMO0000000001AAA';
const view = (changes: Partial<CasesView> = {}): CasesView => ({ ...DEFAULT_VIEW, ...changes });

describe('the Cases view', () => {
    it('filters on the server: status, whose cases, severity, product and the search, all together', () => {
        expect(casesWhere(view(), USER)).toEqual({ IsClosed: { eq: false } });
        expect(casesWhere(view({ status: 'ALL' }), USER)).toEqual({});
        expect(
            casesWhere(
                view({
                    status: 'CLOSED',
                    scope: 'MINE',
                    severity: 'Severity 2',
                    product: 'Secret Server',
                    search: ' 50% '
                }),
                USER
            )
        ).toEqual({
            and: [
                { IsClosed: { eq: true } },
                { ContactId: { inq: { User: { Id: { eq: USER } }, ApiName: 'ContactId' } } },
                { Severity__c: { eq: 'Severity 2' } },
                { Product__c: { eq: 'Secret Server' } },
                { or: [{ CaseNumber: { eq: '50%' } }, { Subject: { like: '%50\\%%' } }] }
            ]
        });
    });

    it('narrows to the cases the customer follows: a semi-join on Case_Follower__c, never inside an OR', () => {
        const following = { Id: { inq: { Case_Follower__c: { Follower__c: { eq: USER } }, ApiName: 'Case__c' } } };
        expect(casesWhere(view({ scope: 'FOLLOWING', status: 'ALL' }), USER)).toEqual(following);
        const where = casesWhere(view({ scope: 'FOLLOWING', search: 'scan' }), USER);
        expect(where).toEqual({
            and: [
                { IsClosed: { eq: false } },
                following,
                { or: [{ CaseNumber: { eq: 'scan' } }, { Subject: { like: '%scan%' } }] }
            ]
        });
        expect(JSON.stringify(casesWhere(view({ scope: 'FOLLOWING' }), USER))).not.toContain('ContactId');
    });

    it('keeps “Cases I follow” in the URL as c__scope=following', () => {
        const following = view({ scope: 'FOLLOWING' });
        expect(stateFromView(following).c__scope).toBe('following');
        expect(viewFromState({ c__scope: 'following' }, DEFAULT_VIEW)).toEqual(following);
        expect(viewFromState({ c__scope: 'FOLLOWING' }, DEFAULT_VIEW).scope).toBe('FOLLOWING');
    });

    it('matches a search as typed: LIKE wildcards in it are literal', () => {
        expect(escapeLike('100%_done\\')).toBe('100\\%\\_done\\\\');
    });

    it('keeps filters and sort in the URL, namespaced, leaving out defaults and the search text', () => {
        expect(stateFromView(view())).toEqual({
            c__status: undefined,
            c__scope: undefined,
            c__severity: undefined,
            c__product: undefined,
            c__sort: undefined
        });
        const custom = view({
            status: 'ALL',
            scope: 'MINE',
            severity: 'Severity 3',
            search: 'secret words',
            sortField: 'Subject',
            sortDirection: 'ASC'
        });
        const state = stateFromView(custom);
        expect(state).toEqual({
            c__status: 'all',
            c__scope: 'mine',
            c__severity: 'Severity 3',
            c__product: undefined,
            c__sort: 'Subject.asc'
        });
        expect(JSON.stringify(state)).not.toContain('secret words');
        expect(viewFromState(state as Record<string, string>, DEFAULT_VIEW)).toEqual({ ...custom, search: '' });
    });

    it('ignores what it does not know in the URL', () => {
        expect(
            viewFromState({ c__status: 'nonsense', c__sort: 'Owner.sideways', c__scope: 'everyone' }, DEFAULT_VIEW)
        ).toEqual(DEFAULT_VIEW);
        expect(viewFromState({ c__sort: 'Subject' }, DEFAULT_VIEW)).toMatchObject({
            sortField: 'Subject',
            sortDirection: 'ASC'
        });
    });
});

describe('paging with the UI API’s cursors', () => {
    it('asks for 25 after the last cursor; from the end, the reversed order and the last page’s size', () => {
        expect(pageVariables(view(), FIRST_PAGE, USER)).toMatchObject({ first: PAGE_SIZE, after: null });
        expect(pageVariables(view(), { fromEnd: false, cursors: [null, 'c1'] }, USER)).toMatchObject({ after: 'c1' });
        expect(pageVariables(view(), LAST_PAGE, USER, 667)).toEqual({
            where: { IsClosed: { eq: false } },
            orderBy: { LastModifiedDate: { order: 'ASC' }, CaseNumber: { order: 'ASC' } },
            first: 17,
            after: null,
            userId: USER
        });
        expect(
            pageVariables(view({ sortField: 'CaseNumber', sortDirection: 'ASC' }), FIRST_PAGE, USER).orderBy
        ).toEqual({
            CaseNumber: { order: 'ASC' }
        });
        expect(lastPageSize(50)).toBe(25);
        expect(pageCount(0)).toBe(1);
    });

    it('walks forward and back from the start', () => {
        const second = nextPaging(FIRST_PAGE, 'c1');
        expect(second).toEqual({ fromEnd: false, cursors: [null, 'c1'] });
        expect(pagePosition(second, 667, 25)).toEqual({ page: 2, from: 26, to: 50 });
        expect(previousPaging(second, 'c2')).toEqual(FIRST_PAGE);
        expect(pageMoves(second, 667, 25, true)).toEqual({ hasNext: true, hasPrevious: true, beyondReach: false });
        expect(pageMoves(FIRST_PAGE, 667, 25, true)).toEqual({ hasNext: true, hasPrevious: false, beyondReach: false });
    });

    it('walks back from the end: the last page, then the one before it', () => {
        expect(pagePosition(LAST_PAGE, 667, 17)).toEqual({ page: 27, from: 651, to: 667 });
        expect(pageMoves(LAST_PAGE, 667, 17, true)).toEqual({ hasNext: false, hasPrevious: true, beyondReach: false });
        const beforeLast = previousPaging(LAST_PAGE, 'r1');
        expect(pagePosition(beforeLast, 667, 25)).toEqual({ page: 26, from: 626, to: 650 });
        expect(nextPaging(beforeLast, 'r2')).toEqual(LAST_PAGE);
    });

    it('says when cursors stop short of the rest: 2,000 cases from either end', () => {
        const page80 = { fromEnd: false, cursors: [null, ...Array.from({ length: 79 }, (_, i) => `c${i}`)] };
        expect(pagePosition(page80, 10000, 25)).toMatchObject({ page: 80, to: 2000 });
        expect(pageMoves(page80, 10000, 25, false)).toEqual({ hasNext: false, hasPrevious: true, beyondReach: true });
        expect(pageMoves({ fromEnd: false, cursors: [null, 'c'] }, 50, 25, false).beyondReach).toBe(false);
    });
});
