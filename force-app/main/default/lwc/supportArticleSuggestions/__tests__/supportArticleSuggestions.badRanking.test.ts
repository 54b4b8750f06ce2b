import { createElement } from 'lwc';
import { shadow } from 'test-helpers';
import SupportArticleSuggestions, { PAUSE_MS } from 'c/supportArticleSuggestions';
import { rankArticles } from 'c/supportKnowledge';
import { graphql } from 'lightning/graphql';
import suggestions from './data/suggestions.json';

// A bug in the ranking (c/supportKnowledge) must not break the page the suggestions sit on: the
// customer sees that the search failed and goes on with the case.
jest.mock('c/supportKnowledge', () => ({ ...jest.requireActual('c/supportKnowledge'), rankArticles: jest.fn() }));
jest.mock('lightning/graphql', () => jest.requireActual('test-helpers').graphqlWithQueryText());

interface WireConfig {
    query?: string;
}
const graphqlAdapter = graphql as unknown as { emit(data: unknown, filter?: (config: WireConfig) => boolean): void };
const isSuggestions = (config: WireConfig) => Boolean(config.query?.includes('supportArticleSuggestions'));
const mockRank = rankArticles as jest.MockedFunction<typeof rankArticles>;
const $ = (element: HTMLElement, selector: string) => shadow(element).querySelector(selector) as HTMLElement | null;

async function settle(): Promise<void> {
    const tick = () => Promise.resolve();
    await tick().then(tick).then(tick).then(tick).then(tick);
}

async function suggestionsAnswered(): Promise<HTMLElement> {
    const element = createElement('c-support-article-suggestions', { is: SupportArticleSuggestions });
    Object.assign(element, { text: 'rotate password heartbeat', product: 'Secret Server' });
    document.body.appendChild(element);
    jest.advanceTimersByTime(PAUSE_MS);
    await settle();
    graphqlAdapter.emit(suggestions, isSuggestions);
    await settle();
    return element;
}

describe('c-support-article-suggestions when the ranking answers badly', () => {
    beforeEach(() => jest.useFakeTimers());

    afterEach(() => {
        document.body.replaceChildren();
        jest.useRealTimers();
        mockRank.mockReset();
    });

    it.each([
        ['nothing', () => undefined],
        ['a list without articles', () => [undefined]],
        [
            'an error',
            () => {
                throw new TypeError("Cannot read properties of undefined (reading 'normalize')");
            }
        ]
    ])('says the search failed when the ranking answers %s, and shows no suggestions', async (_answer, answer) => {
        mockRank.mockImplementation(answer as unknown as typeof rankArticles);
        const element = await suggestionsAnswered();
        expect($(element, '.search-error')?.textContent).toBe(
            'Articles could not be searched just now. You can still go on with your case.'
        );
        expect($(element, '.found')).toBeNull();
        expect($(element, '.status')?.textContent).toBe('');
    });

    it('shows the ranked articles when the ranking answers a list of them', async () => {
        mockRank.mockImplementation(jest.requireActual('c/supportKnowledge').rankArticles);
        const element = await suggestionsAnswered();
        expect($(element, '.search-error')).toBeNull();
        expect($(element, '.found')).not.toBeNull();
    });
});
