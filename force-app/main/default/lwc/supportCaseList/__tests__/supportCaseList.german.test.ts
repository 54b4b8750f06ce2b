// A customer whose language is German and whose locale is Germany's: German plural forms, German numbers.
import 'test-language/de';
import { createElement } from 'lwc';
import { flushPromises, shadow } from 'test-helpers';
import SupportCaseList from 'c/supportCaseList';
import { graphql } from 'lightning/graphql';
import cases from './data/cases.json';

jest.mock('@salesforce/i18n/locale', () => ({ __esModule: true, default: 'de-DE' }), { virtual: true });

const graphqlAdapter = graphql as unknown as { emit(data: unknown): void };

/** `rows` copies of a case, out of `total`. */
function pageOf(rows: number, total: number) {
    const [first] = cases.uiapi.query.Case.edges;
    const edges = Array.from({ length: rows }, (_, index) => ({
        node: { ...first.node, Id: `500DEMO${String(index).padStart(10, '0')}AAA` }
    }));
    const pageInfo = { hasNextPage: rows < total, endCursor: rows < total ? 'c1' : null };
    return { uiapi: { query: { Case: { edges, totalCount: total, pageInfo } } } };
}

async function renderWith(data: unknown): Promise<HTMLElement> {
    const element = createElement('c-support-case-list', { is: SupportCaseList });
    document.body.appendChild(element);
    graphqlAdapter.emit(data);
    await flushPromises();
    return element;
}

describe('c-support-case-list in German', () => {
    afterEach(() => {
        document.body.replaceChildren();
        window.sessionStorage.clear();
    });

    it('says "1 Fall" and "6.668 Fälle", numbers as Germany writes them', async () => {
        const one = await renderWith(pageOf(1, 1));
        expect(shadow(one).querySelector('.count')?.textContent).toBe('1 Fall');
        document.body.replaceChildren();
        const many = await renderWith(pageOf(25, 6668));
        expect(shadow(many).querySelector('.count')?.textContent).toBe('6.668 Fälle');
        expect(shadow(many).querySelector('.range')?.textContent).toBe('Fälle 1–25 von 6.668');
        expect(shadow(many).querySelector('.page-number')?.textContent).toBe('Seite 1 von 267');
    });

    it('names the status filter and its three choices in German', async () => {
        const element = await renderWith(pageOf(1, 1));
        const group = shadow(element).querySelector('.status-filter') as HTMLFieldSetElement;
        expect(group.querySelector('legend')?.textContent).toBe('Anzeigen');
        expect(Array.from(group.querySelectorAll('label')).map((label) => label.textContent?.trim())).toEqual([
            'Offen',
            'Geschlossen',
            'Alle'
        ]);
    });
});
