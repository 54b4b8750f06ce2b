import 'test-language/de';
import { createElement } from 'lwc';
import { shadow } from 'test-helpers';
import SupportArticleSuggestions, { PAUSE_MS } from 'c/supportArticleSuggestions';
import { graphql } from 'lightning/graphql';

// A customer whose language is German: German articles, German stop words and endings, German words.
jest.mock('@salesforce/i18n/lang', () => ({ __esModule: true, default: 'de' }), { virtual: true });
jest.mock('lightning/graphql', () => jest.requireActual('test-helpers').graphqlWithQueryText());

interface WireConfig {
    query?: string;
    variables?: Record<string, unknown>;
}
const graphqlAdapter = graphql as unknown as {
    emit(data: unknown, filter?: (config: WireConfig) => boolean): void;
    prototype: { update(config: WireConfig): void };
};
const isSuggestions = (config: WireConfig) => Boolean(config.query?.includes('supportArticleSuggestions'));

const GERMAN_ARTICLE = {
    uiapi: {
        query: {
            Knowledge__kav: {
                edges: [
                    {
                        node: {
                            Id: 'ka0DEMODE00000001AAA',
                            Title: { value: 'Heartbeat schlägt nach dem Rotieren eines Passworts fehl' },
                            Summary: { value: 'Nach der Passwortänderung kann der Heartbeat fehlschlagen.' },
                            UrlName: { value: 'heartbeat-fails-after-password-rotation' },
                            ArticleNumber: { value: '000001001' },
                            LastPublishedDate: { value: '2026-11-20T09:00:00.000Z' }
                        }
                    }
                ]
            }
        }
    }
};

describe('c-support-article-suggestions in German', () => {
    afterEach(() => {
        document.body.replaceChildren();
        jest.useRealTimers();
        jest.restoreAllMocks();
    });

    it('asks for German articles with the German words that matter, and speaks German', async () => {
        jest.useFakeTimers();
        const requests: WireConfig[] = [];
        const update = graphqlAdapter.prototype.update;
        jest.spyOn(graphqlAdapter.prototype, 'update').mockImplementation(function (this: unknown, config) {
            if (isSuggestions(config)) {
                requests.push(config);
            }
            update.call(this, config);
        });
        const element = createElement('c-support-article-suggestions', { is: SupportArticleSuggestions });
        Object.assign(element, { text: 'Der Heartbeat schlägt nach dem Rotieren fehl', product: 'Secret Server' });
        document.body.appendChild(element);
        jest.advanceTimersByTime(PAUSE_MS);
        await Promise.resolve();
        jest.useRealTimers();
        expect(requests).toHaveLength(1);
        const where = JSON.stringify(requests[0].variables);
        expect(where).toContain('"Language":{"eq":"de"}');
        expect(where).toContain('%rotier%');
        expect(where).not.toContain('%dem%');
        graphqlAdapter.emit(GERMAN_ARTICLE, isSuggestions);
        await new Promise((resolve) => setTimeout(resolve, 0));
        const root = shadow(element);
        expect(root.querySelector('h3')?.textContent).toBe('Artikel, die helfen könnten');
        expect(root.querySelector('legend')?.textContent).toBe('Hat einer dieser Artikel Ihre Frage beantwortet?');
        expect(root.querySelector('.status')?.textContent).toBe('Artikel, die helfen könnten: 1');
        await expect(element).toBeAccessible();
    });
});
