import { createElement } from 'lwc';
import { clickTryAgain, deepText, flushPromises, shadow } from 'test-helpers';
import { noteCasesChanged } from 'c/supportCaseChanges';
import SupportCaseList, { SEARCH_PAUSE_MS } from 'c/supportCaseList';
import { graphql } from 'lightning/graphql';
import * as navigation from 'lightning/navigation';
import { MessageContext, subscribe } from 'lightning/messageService';
import cases from './data/cases.json';
import noCases from './data/noCases.json';

const graphqlAdapter = graphql as unknown as {
    emit(data: unknown, filter?: unknown, refresh?: () => Promise<void>): void;
    emitErrors(errors: unknown[], filter?: unknown, refresh?: () => Promise<void>): void;
    getLastConfig(): { variables: Record<string, unknown> };
};
const messageContextAdapter = MessageContext as unknown as { emit(value: unknown): void };
const mockSubscribe = subscribe as jest.MockedFunction<typeof subscribe>;
const { navigate } = navigation as unknown as { navigate: jest.Mock };

function renderList(props: Record<string, unknown> = {}): HTMLElement {
    const element = createElement('c-support-case-list', { is: SupportCaseList });
    Object.assign(element, props);
    document.body.appendChild(element);
    return element;
}

async function renderWith(data: unknown, refresh = jest.fn()): Promise<HTMLElement> {
    const element = renderList();
    graphqlAdapter.emit(data, undefined, refresh);
    await flushPromises();
    return element;
}

function tableRows(element: HTMLElement): string[][] {
    return Array.from(shadow(element).querySelectorAll('tbody tr')).map((tr) =>
        Array.from(tr.children).map((cell) => (cell.textContent ?? '').trim())
    );
}

/** The status radios as a customer meets them: each one's label and whether it is checked. */
function statusRadios(element: HTMLElement): { label: string; checked: boolean }[] {
    return Array.from(shadow(element).querySelectorAll('.status-filter input[type="radio"]')).map((input) => {
        const radio = input as HTMLInputElement;
        return { label: (radio.labels?.[0]?.textContent ?? '').trim(), checked: radio.checked };
    });
}

/** The label a customer clicks to choose a status. */
function statusLabel(element: HTMLElement, text: string): HTMLLabelElement {
    const labels = Array.from(shadow(element).querySelectorAll('.status-filter label')) as HTMLLabelElement[];
    const label = labels.find((candidate) => candidate.textContent?.trim() === text);
    if (!label) {
        throw new Error(`No status choice “${text}”`);
    }
    return label;
}

describe('c-support-case-list', () => {
    afterEach(() => {
        document.body.replaceChildren();
        window.sessionStorage.clear();
        jest.clearAllMocks();
    });

    it('shows that it is loading', () => {
        const element = renderList();
        expect(shadow(element).querySelector('[role="status"]')?.textContent).toBe('Loading your cases…');
    });

    it('asks for open cases, most recently updated first', async () => {
        renderList();
        await flushPromises();
        // One page of 25, from the start; the case number breaks ties so that pages never overlap.
        expect(graphqlAdapter.getLastConfig().variables).toEqual({
            where: { IsClosed: { eq: false } },
            orderBy: { LastModifiedDate: { order: 'DESC' }, CaseNumber: { order: 'DESC' } },
            first: 25,
            after: null,
            // The viewer's own read rows come in the same query: no second request (docs/performance.md).
            userId: '005000000000000000'
        });
    });

    it('lists each case: number, subject, status, severity, product and last update', async () => {
        const element = await renderWith(cases);
        const rows = tableRows(element);
        expect(rows.map((row) => row.slice(0, 5))).toEqual([
            ['00001031', 'Workflow stopped unexpectedly', 'New', 'Severity 2', 'Secret Server'],
            ['00001026', 'Discovery scan stops at 40%', 'Working', 'Severity 3', 'Secret Server'],
            ['00001029', 'Question about SAML setup', 'Waiting on Customer', '', 'Secret Server Cloud']
        ]);
        expect(rows[0][5]).toMatch(/^Nov 21, 2026, 8:45\sAM$/);
        expect(shadow(element).querySelector('.count')?.textContent).toBe('3 cases');
    });

    it('names each value for the narrow list, where a card per case has no header row above it', async () => {
        const element = await renderWith(cases);
        const firstRow = shadow(element).querySelector('tbody tr') as HTMLElement;
        const named = Array.from(firstRow.querySelectorAll('td[data-label]')).map((td) => [
            td.getAttribute('data-label'),
            td.className
        ]);
        expect(named).toEqual([
            ['Status', 'status'],
            ['Severity', 'severity'],
            ['Product', 'product'],
            ['Last updated', 'updated']
        ]);
    });

    it('links each case number to its case page', async () => {
        const element = await renderWith(cases);
        await flushPromises();
        const links = Array.from(shadow(element).querySelectorAll<HTMLAnchorElement>('a.case-link'));
        expect(links.map((a) => a.getAttribute('href'))).toEqual([
            '/s/detail/500DEMO0000000003AAA',
            '/s/detail/500DEMO0000000001AAA',
            '/s/detail/500DEMO0000000004AAA'
        ]);

        const click = new MouseEvent('click', { bubbles: true, cancelable: true });
        links[1].dispatchEvent(click);
        expect(click.defaultPrevented).toBe(true);
        expect(navigate).toHaveBeenCalledWith(
            {
                type: 'standard__recordPage',
                attributes: { recordId: '500DEMO0000000001AAA', objectApiName: 'Case', actionName: 'view' }
            },
            undefined
        );
    });

    it('filters open, closed or all cases with three radio buttons, one click each, and keeps it in the URL', async () => {
        const element = renderList();
        pageReferenceAdapter.emit(CASES_PAGE_REFERENCE);
        graphqlAdapter.emit(cases);
        await flushPromises();
        const group = shadow(element).querySelector('fieldset.status-filter') as HTMLFieldSetElement;
        expect(group.querySelector('legend')?.textContent).toBe('Show');
        expect(statusRadios(element)).toEqual([
            { label: 'Open', checked: true },
            { label: 'Closed', checked: false },
            { label: 'All', checked: false }
        ]);
        // No menu to open: the status is not a combobox.
        expect(shadow(element).querySelectorAll('lightning-combobox')).toHaveLength(3);

        statusLabel(element, 'Closed').click();
        await flushPromises();
        expect(graphqlAdapter.getLastConfig().variables.where).toEqual({ IsClosed: { eq: true } });
        expect(statusRadios(element).map((radio) => radio.checked)).toEqual([false, true, false]);
        expect(navigate).toHaveBeenLastCalledWith(
            { ...CASES_PAGE_REFERENCE, state: expect.objectContaining({ c__status: 'closed' }) },
            true
        );

        // All: the empty Case_Filter, never undefined (LDS refuses an undefined variable).
        statusLabel(element, 'All').click();
        await flushPromises();
        expect(graphqlAdapter.getLastConfig().variables).toEqual({
            where: {},
            orderBy: { LastModifiedDate: { order: 'DESC' }, CaseNumber: { order: 'DESC' } },
            first: 25,
            after: null,
            // The viewer's own read rows come in the same query: no second request (docs/performance.md).
            userId: '005000000000000000'
        });
        expect(statusRadios(element).map((radio) => radio.checked)).toEqual([false, false, true]);
        expect(navigate).toHaveBeenLastCalledWith(
            { ...CASES_PAGE_REFERENCE, state: expect.objectContaining({ c__status: 'all' }) },
            true
        );
    });

    it('starts a new status on its first page', async () => {
        const element = await renderWith(pageOf(25, 667, true, 'c1'));
        button(element, '.next-page').click();
        await flushPromises();
        expect(graphqlAdapter.getLastConfig().variables.after).toBe('c1');

        statusLabel(element, 'All').click();
        await flushPromises();
        expect(graphqlAdapter.getLastConfig().variables).toMatchObject({ where: {}, after: null });
    });

    it('filtering gives every menu the same choices again, so none is patched', async () => {
        const element = await renderWith(cases);
        const comboboxes = () =>
            Array.from(shadow(element).querySelectorAll('lightning-combobox')) as (HTMLElement & {
                options: unknown[];
            })[];
        const optionsBefore = comboboxes().map((combobox) => combobox.options);
        statusLabel(element, 'All').click();
        await flushPromises();
        expect(graphqlAdapter.getLastConfig().variables.where).toEqual({});
        // The same option arrays: LWC does not set a property to the value it already has.
        expect(comboboxes().map((combobox) => combobox.options)).toEqual(optionsBefore);
        comboboxes().forEach((combobox, index) => expect(combobox.options).toBe(optionsBefore[index]));
    });

    it('gives each list its own group of status radios', async () => {
        const first = renderList();
        const second = renderList();
        await flushPromises();
        const names = [first, second].map((element) =>
            Array.from(shadow(element).querySelectorAll('input[type="radio"]')).map(
                (radio) => (radio as HTMLInputElement).name
            )
        );
        expect(new Set(names[0]).size).toBe(1);
        expect(new Set(names[1]).size).toBe(1);
        expect(names[0][0]).not.toBe(names[1][0]);
    });

    it('starts on the filter the builder chose', async () => {
        const element = renderList({ initialFilter: 'closed' });
        await flushPromises();
        expect(graphqlAdapter.getLastConfig().variables.where).toEqual({ IsClosed: { eq: true } });
        expect(statusRadios(element).map((radio) => radio.checked)).toEqual([false, true, false]);
    });

    it('sorts by a column, and reverses on a second click', async () => {
        const element = await renderWith(cases);
        const subjectHeader = () =>
            shadow(element).querySelector('button.sort[data-field="Subject"]') as HTMLButtonElement;
        expect(subjectHeader().closest('th')?.getAttribute('aria-sort')).toBe('none');
        expect(
            shadow(element)
                .querySelector('button.sort[data-field="LastModifiedDate"]')
                ?.closest('th')
                ?.getAttribute('aria-sort')
        ).toBe('descending');

        subjectHeader().click();
        await flushPromises();
        expect(graphqlAdapter.getLastConfig().variables.orderBy).toEqual({
            Subject: { order: 'ASC' },
            CaseNumber: { order: 'ASC' }
        });
        expect(subjectHeader().closest('th')?.getAttribute('aria-sort')).toBe('ascending');

        subjectHeader().click();
        await flushPromises();
        expect(graphqlAdapter.getLastConfig().variables.orderBy).toEqual({
            Subject: { order: 'DESC' },
            CaseNumber: { order: 'DESC' }
        });
        expect(subjectHeader().closest('th')?.getAttribute('aria-sort')).toBe('descending');
    });

    it('marks a case Thycotic answered since the viewer last opened it, in words, not colour alone', async () => {
        const reply = '2026-11-21T10:00:00.000Z';
        const data = JSON.parse(JSON.stringify(cases));
        const [never, readBefore, readAfter] = data.uiapi.query.Case.edges.map((e: { node: unknown }) => e.node);
        // Never opened since Thycotic wrote; read before the reply; read after it.
        Object.assign(never, { Last_Support_Reply_At__c: { value: reply }, Case_Reads__r: { edges: [] } });
        Object.assign(readBefore, {
            Last_Support_Reply_At__c: { value: reply },
            Case_Reads__r: { edges: [{ node: { Read_At__c: { value: '2026-11-21T09:59:59.000Z' } } }] }
        });
        Object.assign(readAfter, {
            Last_Support_Reply_At__c: { value: reply },
            Case_Reads__r: { edges: [{ node: { Read_At__c: { value: reply } } }] }
        });
        const element = await renderWith(data);
        const badges = Array.from(shadow(element).querySelectorAll('tbody tr')).map(
            (tr) => tr.querySelector('.new-reply')?.textContent ?? ''
        );
        expect(badges).toEqual(['New reply from Thycotic', 'New reply from Thycotic', '']);
    });

    it('marks nothing on cases Thycotic never answered', async () => {
        const element = await renderWith(cases);
        expect(shadow(element).querySelectorAll('.new-reply')).toHaveLength(0);
    });

    it('shows “Updated by Thycotic first” on request, in the URL, and back to the default order', async () => {
        const element = renderList();
        (navigation.CurrentPageReference as unknown as { emit(value: unknown): void }).emit({
            type: 'standard__namedPage',
            attributes: { name: 'cases' },
            state: {}
        });
        graphqlAdapter.emit(cases);
        await flushPromises();
        const box = shadow(element).querySelector('lightning-input.support-first') as HTMLInputElement & {
            label: string;
        };
        expect(box.label).toBe('Updated by Thycotic first');
        expect(box.checked).toBe(false);
        box.checked = true;
        box.dispatchEvent(new CustomEvent('change'));
        await flushPromises();
        expect(graphqlAdapter.getLastConfig().variables).toMatchObject({
            orderBy: { Last_Support_Reply_At__c: { order: 'DESC' }, CaseNumber: { order: 'DESC' } },
            after: null
        });
        expect(navigate).toHaveBeenLastCalledWith(
            expect.objectContaining({ state: expect.objectContaining({ c__sort: 'Last_Support_Reply_At__c.desc' }) }),
            true
        );
        box.checked = false;
        box.dispatchEvent(new CustomEvent('change'));
        await flushPromises();
        expect(graphqlAdapter.getLastConfig().variables).toMatchObject({
            orderBy: { LastModifiedDate: { order: 'DESC' }, CaseNumber: { order: 'DESC' } }
        });
    });

    it('opens “Updated by Thycotic first” from a link', async () => {
        const element = renderList();
        (navigation.CurrentPageReference as unknown as { emit(value: unknown): void }).emit({
            type: 'standard__namedPage',
            attributes: { name: 'cases' },
            state: { c__sort: 'Last_Support_Reply_At__c.desc' }
        });
        await flushPromises();
        expect((shadow(element).querySelector('lightning-input.support-first') as HTMLInputElement).checked).toBe(true);
        expect(graphqlAdapter.getLastConfig().variables).toMatchObject({
            orderBy: { Last_Support_Reply_At__c: { order: 'DESC' } }
        });
    });

    it('points an empty list to Create a Case', async () => {
        const element = await renderWith(noCases);
        expect(shadow(element).querySelector('.empty')?.textContent).toContain('You have no open cases.');
        expect(shadow(element).querySelector('.empty')?.textContent).toContain('Create a Case');
        expect(shadow(element).querySelector('table')).toBeNull();

        shadow(element).querySelector<HTMLElement>('lightning-button.empty-create')?.click();
        expect(navigate).toHaveBeenCalledWith(
            { type: 'comm__namedPage', attributes: { name: 'Create_a_Case__c' } },
            undefined
        );
    });

    it('says “No cases to show.” for an empty closed list', async () => {
        const element = renderList({ initialFilter: 'CLOSED' });
        graphqlAdapter.emit(noCases);
        await flushPromises();
        expect(shadow(element).querySelector('.empty')?.textContent).toContain('No cases to show.');
    });

    it('opens the Create a Case page the builder chose', async () => {
        const element = renderList({ createCasePage: 'New_Case__c' });
        shadow(element).querySelector<HTMLElement>('lightning-button.create-case')?.click();
        expect(navigate).toHaveBeenCalledWith(
            { type: 'comm__namedPage', attributes: { name: 'New_Case__c' } },
            undefined
        );
    });

    it('shows a load error in words and tries again', async () => {
        const refresh = jest.fn().mockResolvedValue(undefined);
        const element = renderList();
        graphqlAdapter.emitErrors([{ message: 'Unable to reach the server.' }], undefined, refresh);
        await flushPromises();
        const alert = shadow(element).querySelector('.load-error');
        expect(deepText(alert)).toContain('We could not load your cases.');
        expect(deepText(alert)).toContain('Something went wrong on our side.');
        clickTryAgain(alert);
        expect(refresh).toHaveBeenCalledTimes(1);
    });

    it('refreshes, without a reload, when a case is filed', async () => {
        const refresh = jest.fn().mockResolvedValue(undefined);
        await renderWith(cases, refresh);
        messageContextAdapter.emit({});
        expect(mockSubscribe).toHaveBeenCalledTimes(1);
        const [, , onCaseCreated] = mockSubscribe.mock.calls[0];
        onCaseCreated({ recordId: '500NEW000000000001AA' });
        expect(refresh).toHaveBeenCalledTimes(1);
    });

    it('refreshes once when it loads after a case was filed on another page', async () => {
        noteCasesChanged();
        const refresh = jest.fn().mockResolvedValue(undefined);
        const element = await renderWith(cases, refresh);
        expect(refresh).toHaveBeenCalledTimes(1);
        // The refreshed result arrives: no second refresh.
        graphqlAdapter.emit(cases, undefined, refresh);
        await flushPromises();
        expect(refresh).toHaveBeenCalledTimes(1);
        expect(shadow(element).querySelectorAll('tbody tr').length).toBeGreaterThan(0);
    });

    it('answers from the data it has when no case was filed since', async () => {
        const refresh = jest.fn().mockResolvedValue(undefined);
        await renderWith(cases, refresh);
        expect(refresh).not.toHaveBeenCalled();
    });

    it('is accessible with cases, empty and in error', async () => {
        const withCases = await renderWith(cases);
        await expect(withCases).toBeAccessible();
        document.body.replaceChildren();
        await expect(await renderWith(noCases)).toBeAccessible();
        document.body.replaceChildren();
        const failed = renderList();
        graphqlAdapter.emitErrors([{ message: 'Unable to reach the server.' }]);
        await flushPromises();
        await expect(failed).toBeAccessible();
    });
});

/** A page of a large account's cases: `rows` copies of a case, out of `total`. */
function pageOf(rows: number, total: number, hasNextPage: boolean, endCursor: string | null) {
    const [first] = cases.uiapi.query.Case.edges;
    const edges = Array.from({ length: rows }, (_, index) => ({
        node: {
            ...first.node,
            Id: `500DEMO${String(index).padStart(10, '0')}AAA`,
            CaseNumber: { value: String(20001 + index).padStart(8, '0') }
        }
    }));
    return { uiapi: { query: { Case: { edges, totalCount: total, pageInfo: { hasNextPage, endCursor } } } } };
}

const pageReferenceAdapter = navigation.CurrentPageReference as unknown as { emit(value: unknown): void };
const CASES_PAGE_REFERENCE = { type: 'comm__namedPage', attributes: { name: 'Cases__c' }, state: {} };

function button(element: HTMLElement, selector: string): HTMLElement & { disabled: boolean } {
    return shadow(element).querySelector(selector) as HTMLElement & { disabled: boolean };
}

describe('c-support-case-list at scale', () => {
    afterEach(() => {
        document.body.replaceChildren();
        window.sessionStorage.clear();
        jest.clearAllMocks();
    });

    it('shows one page with the true total, and pages forward and back with cursors', async () => {
        const element = await renderWith(pageOf(25, 667, true, 'c1'));
        expect(tableRows(element)).toHaveLength(25);
        expect(shadow(element).querySelector('.count')?.textContent).toBe('667 cases');
        expect(shadow(element).querySelector('.range')?.textContent).toBe('Cases 1–25 of 667');
        expect(shadow(element).querySelector('.page-number')?.textContent).toBe('Page 1 of 27');
        expect(button(element, '.previous-page').disabled).toBe(true);
        expect(button(element, '.first-page').disabled).toBe(true);

        button(element, '.next-page').click();
        await flushPromises();
        expect(graphqlAdapter.getLastConfig().variables).toMatchObject({ first: 25, after: 'c1' });
        graphqlAdapter.emit(pageOf(25, 667, true, 'c2'));
        await flushPromises();
        expect(shadow(element).querySelector('.range')?.textContent).toBe('Cases 26–50 of 667');
        expect(button(element, '.previous-page').disabled).toBe(false);

        button(element, '.previous-page').click();
        await flushPromises();
        expect(graphqlAdapter.getLastConfig().variables).toMatchObject({ after: null });
    });

    it('goes to the last page through the reversed order, showing its cases in the list’s order', async () => {
        const element = await renderWith(pageOf(25, 667, true, 'c1'));
        button(element, '.last-page').click();
        await flushPromises();
        expect(graphqlAdapter.getLastConfig().variables).toMatchObject({
            orderBy: { LastModifiedDate: { order: 'ASC' }, CaseNumber: { order: 'ASC' } },
            first: 17,
            after: null
        });
        graphqlAdapter.emit(pageOf(17, 667, true, 'r1'));
        await flushPromises();
        expect(shadow(element).querySelector('.range')?.textContent).toBe('Cases 651–667 of 667');
        expect(shadow(element).querySelector('.page-number')?.textContent).toBe('Page 27 of 27');
        expect(button(element, '.next-page').disabled).toBe(true);
        // Read back to front: the answer's last case is the list's first on this page.
        expect(tableRows(element)[0][0]).toBe('00020017');

        button(element, '.previous-page').click();
        await flushPromises();
        expect(graphqlAdapter.getLastConfig().variables).toMatchObject({ first: 25, after: 'r1' });
    });

    it('counts in the customer’s plural rule and writes numbers as their locale does', async () => {
        const one = await renderWith(pageOf(1, 1, false, null));
        expect(shadow(one).querySelector('.count')?.textContent).toBe('1 case');
        document.body.replaceChildren();
        const many = await renderWith(pageOf(25, 6668, true, 'c1'));
        expect(shadow(many).querySelector('.count')?.textContent).toBe('6,668 cases');
        expect(shadow(many).querySelector('.range')?.textContent).toBe('Cases 1–25 of 6,668');
        expect(shadow(many).querySelector('.page-number')?.textContent).toBe('Page 1 of 267');
    });

    it('says when paging stops at the platform’s 2,000 records, and how to find the rest', async () => {
        const element = await renderWith(pageOf(25, 10000, true, 'c1'));
        expect(shadow(element).querySelector('.beyond-reach')).toBeNull();
        graphqlAdapter.emit(pageOf(25, 10000, false, 'c80'));
        await flushPromises();
        expect(shadow(element).querySelector('.beyond-reach')?.textContent).toBe(
            'Paging reaches the first and last 2,000 cases of a list. Search or filter to find the others.'
        );
    });

    it('searches by case number or subject once the customer pauses, in one request', async () => {
        const element = renderList();
        graphqlAdapter.emit(pageOf(25, 667, true, 'c1'));
        await flushPromises();
        const search = shadow(element).querySelector('lightning-input.search') as HTMLElement;
        for (const value of ['h', 'he', 'heartbeat']) {
            search.dispatchEvent(new CustomEvent('change', { detail: { value } }));
        }
        await flushPromises();
        expect(graphqlAdapter.getLastConfig().variables.where).toEqual({ IsClosed: { eq: false } });
        await new Promise((resolve) => setTimeout(resolve, SEARCH_PAUSE_MS + 50));
        await flushPromises();
        expect(graphqlAdapter.getLastConfig().variables).toMatchObject({
            where: {
                and: [
                    { IsClosed: { eq: false } },
                    { or: [{ CaseNumber: { eq: 'heartbeat' } }, { Subject: { like: '%heartbeat%' } }] }
                ]
            },
            after: null
        });
        graphqlAdapter.emit(noCases);
        await flushPromises();
        expect(deepText(element)).toContain('No case matches your search and filters.');
    });

    it('narrows to the customer’s own cases, a severity or a product, and keeps the view in the URL', async () => {
        const element = renderList();
        pageReferenceAdapter.emit(CASES_PAGE_REFERENCE);
        graphqlAdapter.emit(pageOf(25, 667, true, 'c1'));
        await flushPromises();
        const combobox = (name: string) => shadow(element).querySelector(`lightning-combobox.${name}`) as HTMLElement;

        combobox('scope').dispatchEvent(new CustomEvent('change', { detail: { value: 'MINE' } }));
        await flushPromises();
        expect(graphqlAdapter.getLastConfig().variables.where).toEqual({
            and: [
                { IsClosed: { eq: false } },
                { ContactId: { inq: { User: { Id: { eq: '005000000000000000' } }, ApiName: 'ContactId' } } }
            ]
        });
        expect(navigate).toHaveBeenLastCalledWith(
            { ...CASES_PAGE_REFERENCE, state: expect.objectContaining({ c__scope: 'mine' }) },
            true
        );

        combobox('severity-filter').dispatchEvent(new CustomEvent('change', { detail: { value: 'Severity 2' } }));
        combobox('product-filter').dispatchEvent(new CustomEvent('change', { detail: { value: 'Secret Server' } }));
        await flushPromises();
        expect(graphqlAdapter.getLastConfig().variables.where).toMatchObject({
            and: expect.arrayContaining([
                { Severity__c: { eq: 'Severity 2' } },
                { Product__c: { eq: 'Secret Server' } }
            ])
        });
    });

    it('offers “Cases I follow” and asks for the cases the customer follows, the choice in the URL', async () => {
        const element = renderList();
        pageReferenceAdapter.emit(CASES_PAGE_REFERENCE);
        graphqlAdapter.emit(pageOf(25, 667, true, 'c1'));
        await flushPromises();
        const scope = shadow(element).querySelector('lightning-combobox.scope') as HTMLElement & {
            options: { label: string; value: string }[];
        };
        expect(scope.options).toEqual([
            { label: "My company's cases", value: 'COMPANY' },
            { label: 'My cases', value: 'MINE' },
            { label: 'Cases I follow', value: 'FOLLOWING' }
        ]);
        scope.dispatchEvent(new CustomEvent('change', { detail: { value: 'FOLLOWING' } }));
        await flushPromises();
        expect(graphqlAdapter.getLastConfig().variables.where).toEqual({
            and: [
                { IsClosed: { eq: false } },
                {
                    Id: {
                        inq: {
                            Case_Follower__c: { Follower__c: { eq: '005000000000000000' } },
                            ApiName: 'Case__c'
                        }
                    }
                }
            ]
        });
        expect(navigate).toHaveBeenLastCalledWith(
            { ...CASES_PAGE_REFERENCE, state: expect.objectContaining({ c__scope: 'following' }) },
            true
        );
        graphqlAdapter.emit(noCases);
        await flushPromises();
        expect(deepText(element)).toContain("You follow no case here. A case's contact can add you as a follower.");
    });

    it('opens on the view a link carries', async () => {
        const element = renderList();
        pageReferenceAdapter.emit({
            ...CASES_PAGE_REFERENCE,
            state: { c__status: 'all', c__sort: 'CaseNumber.asc', c__severity: 'Severity 3' }
        });
        await flushPromises();
        expect(graphqlAdapter.getLastConfig().variables).toMatchObject({
            where: { Severity__c: { eq: 'Severity 3' } },
            orderBy: { CaseNumber: { order: 'ASC' } }
        });
        expect(statusRadios(element).map((radio) => radio.checked)).toEqual([false, false, true]);
    });

    it('is accessible with its filters and pages', async () => {
        const element = await renderWith(pageOf(25, 667, true, 'c1'));
        await expect(element).toBeAccessible();
    });
});

describe('c-support-case-list remembers whose cases', () => {
    afterEach(() => {
        document.body.replaceChildren();
        window.sessionStorage.clear();
        jest.clearAllMocks();
    });

    it('opens on “My cases” next time, after the customer chose it', async () => {
        const first = renderList();
        pageReferenceAdapter.emit(CASES_PAGE_REFERENCE);
        await flushPromises();
        (shadow(first).querySelector('lightning-combobox.scope') as HTMLElement).dispatchEvent(
            new CustomEvent('change', { detail: { value: 'MINE' } })
        );
        await flushPromises();
        document.body.replaceChildren();

        const again = renderList();
        await flushPromises();
        expect(JSON.stringify(graphqlAdapter.getLastConfig().variables.where)).toContain('ContactId');
        expect((shadow(again).querySelector('lightning-combobox.scope') as HTMLElement & { value: string }).value).toBe(
            'MINE'
        );
    });

    it('opens on “Cases I follow” next time, after the customer chose it', async () => {
        const first = renderList();
        pageReferenceAdapter.emit(CASES_PAGE_REFERENCE);
        await flushPromises();
        (shadow(first).querySelector('lightning-combobox.scope') as HTMLElement).dispatchEvent(
            new CustomEvent('change', { detail: { value: 'FOLLOWING' } })
        );
        await flushPromises();
        document.body.replaceChildren();

        const again = renderList();
        await flushPromises();
        expect(JSON.stringify(graphqlAdapter.getLastConfig().variables.where)).toContain('Case_Follower__c');
        expect((shadow(again).querySelector('lightning-combobox.scope') as HTMLElement & { value: string }).value).toBe(
            'FOLLOWING'
        );
    });
});
