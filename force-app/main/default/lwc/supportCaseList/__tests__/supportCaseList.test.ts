import { createElement } from 'lwc';
import { clickTryAgain, deepText, flushPromises, shadow } from 'test-helpers';
import { noteCasesChanged } from 'c/supportCaseChanges';
import SupportCaseList from 'c/supportCaseList';
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
        expect(graphqlAdapter.getLastConfig().variables).toEqual({
            where: { IsClosed: { eq: false } },
            orderBy: { LastModifiedDate: { order: 'DESC' } }
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

    it('filters open, closed or all cases', async () => {
        const element = await renderWith(cases);
        const filter = shadow(element).querySelector('lightning-combobox') as HTMLElement & {
            value: string;
            options: unknown[];
        };
        expect(filter.value).toBe('OPEN');
        expect(filter.options).toHaveLength(3);

        filter.dispatchEvent(new CustomEvent('change', { detail: { value: 'CLOSED' } }));
        await flushPromises();
        expect(graphqlAdapter.getLastConfig().variables.where).toEqual({ IsClosed: { eq: true } });

        filter.dispatchEvent(new CustomEvent('change', { detail: { value: 'ALL' } }));
        await flushPromises();
        expect(graphqlAdapter.getLastConfig().variables.where).toBeUndefined();
    });

    it('starts on the filter the builder chose', async () => {
        renderList({ initialFilter: 'closed' });
        await flushPromises();
        expect(graphqlAdapter.getLastConfig().variables.where).toEqual({ IsClosed: { eq: true } });
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
        expect(graphqlAdapter.getLastConfig().variables.orderBy).toEqual({ Subject: { order: 'ASC' } });
        expect(subjectHeader().closest('th')?.getAttribute('aria-sort')).toBe('ascending');

        subjectHeader().click();
        await flushPromises();
        expect(graphqlAdapter.getLastConfig().variables.orderBy).toEqual({ Subject: { order: 'DESC' } });
        expect(subjectHeader().closest('th')?.getAttribute('aria-sort')).toBe('descending');
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
        expect(deepText(alert)).toContain('Unable to reach the server.');
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
