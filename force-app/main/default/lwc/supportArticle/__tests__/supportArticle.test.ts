import { createElement } from 'lwc';
import { flushPromises, shadow } from 'test-helpers';
import SupportArticle from 'c/supportArticle';
import { graphql } from 'lightning/graphql';
import * as navigation from 'lightning/navigation';
import article from './data/article.json';

// The queries as their text, so a test can tell which one a wire runs (the stub's gql returns nothing).
jest.mock('lightning/graphql', () => jest.requireActual('test-helpers').graphqlWithQueryText());

const graphqlAdapter = graphql as unknown as {
    emit(data: unknown): void;
    emitErrors(errors: unknown[]): void;
    getLastConfig(): { query: unknown; variables: Record<string, unknown> };
};
const {
    CurrentPageReference: pageAdapter,
    navigate: mockNavigate,
    generateUrl: mockGenerateUrl
} = navigation as unknown as {
    CurrentPageReference: { emit(value: unknown): void };
    navigate: jest.Mock;
    generateUrl: jest.Mock;
};

const URL_NAME = 'heartbeat-fails-after-password-rotation';
const $ = (element: HTMLElement, selector: string) => shadow(element).querySelector(selector) as HTMLElement | null;

async function renderPage(state: Record<string, string>): Promise<HTMLElement> {
    const element = createElement('c-support-article', { is: SupportArticle });
    document.body.appendChild(element);
    pageAdapter.emit({ type: 'comm__namedPage', attributes: { name: 'Article__c' }, state });
    await flushPromises();
    return element;
}

describe('c-support-article', () => {
    afterEach(() => {
        document.body.replaceChildren();
        jest.clearAllMocks();
    });

    it('shows the article the page names: title, number, last update and its rich text body, safely', async () => {
        const element = await renderPage({ c__urlName: URL_NAME, c__from: 'case' });
        expect(graphqlAdapter.getLastConfig().query).toContain('query supportArticle(');
        expect(graphqlAdapter.getLastConfig().variables).toEqual({ urlName: URL_NAME, language: 'en_US' });
        expect($(element, '.loading')?.textContent).toBe('Loading the article…');
        graphqlAdapter.emit(article);
        await flushPromises();

        expect($(element, 'h1')?.textContent).toBe('Heartbeat fails after rotating a password');
        expect($(element, '.number')?.textContent).toBe('Article 000001003');
        // The words and the date with a space between them (not "Last updatedNovember 10").
        expect($(element, '.updated')?.textContent).toBe('Last updated November 10, 2026');
        // lightning-formatted-rich-text sanitizes the body; the component never sets innerHTML.
        const body = $(element, 'lightning-formatted-rich-text') as HTMLElement & { value: string };
        expect(body.value).toContain('<h2>Cause</h2>');
        expect($(element, '.loading')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('leads back to the case the customer was writing, the draft kept by Create a Case', async () => {
        const element = await renderPage({ c__urlName: URL_NAME, c__from: 'case' });
        graphqlAdapter.emit(article);
        await flushPromises();
        const back = $(element, 'a.back') as HTMLAnchorElement;
        expect(back.textContent).toBe('Back to your case');
        expect(back.getAttribute('href')).toBe('/s/Create_a_Case__c');
        back.click();
        expect(mockNavigate).toHaveBeenCalledWith(
            { type: 'comm__namedPage', attributes: { name: 'Create_a_Case__c' } },
            undefined
        );
    });

    it('leads back to Support when opened from the portal page', async () => {
        const element = await renderPage({ c__urlName: URL_NAME, c__from: 'home' });
        expect(($(element, 'a.back') as HTMLAnchorElement).textContent).toBe('Back to Support');
        expect(($(element, 'a.back') as HTMLAnchorElement).getAttribute('href')).toBe('/s/Home');
    });

    it('says so when the article is not published in the customer language', async () => {
        const element = await renderPage({ c__urlName: 'withdrawn-article' });
        graphqlAdapter.emit({ uiapi: { query: { Knowledge__kav: { edges: [] } } } });
        await flushPromises();
        expect($(element, '.not-found')?.textContent).toBe(
            'This article is not available. It may have been withdrawn, or it is not published in your language.'
        );
        expect($(element, 'h1')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('asks nothing when the page names no article', async () => {
        const element = await renderPage({});
        expect(graphqlAdapter.getLastConfig().query).toBeUndefined();
        expect($(element, '.not-found')).not.toBeNull();
        expect($(element, '.loading')).toBeNull();
    });

    it('says in words when the article cannot be loaded', async () => {
        const element = await renderPage({ c__urlName: URL_NAME });
        graphqlAdapter.emitErrors([{ message: 'Request failed' }]);
        await flushPromises();
        const panel = $(element, 'c-support-error-panel') as HTMLElement & { title: string; errors: unknown };
        expect(panel.title).toBe('The article could not be loaded');
        expect(panel.errors).toEqual([{ message: 'Request failed' }]);
    });

    it('embedded in suggestions, shows the body with a link to the article page instead of a title and a way back', async () => {
        const element = createElement('c-support-article', { is: SupportArticle });
        Object.assign(element, { urlName: URL_NAME, embedded: true, openedFrom: 'home' });
        document.body.appendChild(element);
        graphqlAdapter.emit(article);
        await flushPromises();
        expect($(element, 'h1')).toBeNull();
        expect($(element, 'a.back')).toBeNull();
        expect(mockGenerateUrl).toHaveBeenCalledWith({
            type: 'comm__namedPage',
            attributes: { name: 'Article__c' },
            state: { c__urlName: URL_NAME, c__from: 'home' }
        });
        expect(($(element, 'a.own-page') as HTMLAnchorElement).textContent).toBe('Open the article on its own page');
        await expect(element).toBeAccessible();
    });

    it('is accessible while it loads and once loaded', async () => {
        const element = await renderPage({ c__urlName: URL_NAME, c__from: 'case' });
        await expect(element).toBeAccessible();
        graphqlAdapter.emit(article);
        await flushPromises();
        await expect(element).toBeAccessible();
    });
});
