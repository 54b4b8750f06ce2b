import {
    MAX_TERMS,
    articleFrom,
    articlePage,
    articlesFrom,
    knowledgeLanguage,
    rankArticles,
    searchTerms,
    stem,
    suggestionVariables,
    termLanguage
} from 'c/supportKnowledge';
import type { ArticleSummary } from 'c/supportKnowledge';
import candidates from './data/candidates.json';
// The demo org's articles (the install loads the same file into an org).
import demoArticles from '../../../../../../data/knowledge-articles.json';

const article = (title: string, summary = '', id = title): ArticleSummary => ({
    id,
    articleNumber: id,
    title,
    summary,
    urlName: id,
    lastPublished: '2026-11-01T00:00:00.000Z'
});

describe('searchTerms', () => {
    it('keeps the meaningful words of a subject, lightly stemmed, in the order typed', () => {
        expect(searchTerms('rotate password heartbeat', 'en')).toEqual(['rotat', 'password', 'heartbeat']);
        expect(searchTerms('The heartbeat is failing after we rotated the passwords!', 'en')).toEqual([
            'heartbeat',
            'rotat',
            'password'
        ]);
    });

    it('drops English and German stop words, short words and bare numbers, whatever the portal language', () => {
        expect(searchTerms('Please help: it does not work since 2026', 'en')).toEqual([]);
        expect(searchTerms('Bitte helfen Sie mir, es geht nicht', 'de')).toEqual([]);
        expect(searchTerms('a an to of in', 'de')).toEqual([]);
    });

    it('stems German words by their endings', () => {
        expect(searchTerms('Passwortänderung schlägt fehl, Heartbeat rotieren', 'de')).toEqual([
            'passwortänder',
            'heartbeat',
            'rotier'
        ]);
    });

    it('asks for at most MAX_TERMS words, each once', () => {
        const terms = searchTerms('engine engine engines site discovery launcher backup upgrade saml duo', 'en');
        expect(terms).toHaveLength(MAX_TERMS);
        expect(terms.slice(0, 3)).toEqual(['engin', 'site', 'discovery']);
    });

    it('leaves nothing a LIKE pattern would read as a wildcard', () => {
        expect(searchTerms('100% cpu_usage on the_engine', 'en')).toEqual(['cpu', 'usag', 'engin']);
        expect(searchTerms(undefined, 'en')).toEqual([]);
    });

    it('stems only while four letters remain', () => {
        expect(stem('rings', 'en')).toBe('ring');
        expect(stem('policies', 'en')).toBe('policy');
        expect(stem('sing', 'en')).toBe('sing');
        expect(stem('einstellungen', 'de')).toBe('einstell');
    });
});

describe('suggestionVariables', () => {
    it('asks for published articles in the language and product whose title holds a word', () => {
        expect(suggestionVariables(['rotat', 'heartbeat'], 'en_US', 'Secret Server')).toEqual({
            where: {
                and: [
                    { PublishStatus: { eq: 'Online' } },
                    { Language: { eq: 'en_US' } },
                    { Product__c: { eq: 'Secret Server' } },
                    { or: [{ Title: { like: '%rotat%' } }, { Title: { like: '%heartbeat%' } }] }
                ]
            },
            first: 20
        });
    });

    it('leaves the product out when none is known, and asks nothing without words', () => {
        expect(suggestionVariables(['engin'], 'de')?.where).toEqual({
            and: [
                { PublishStatus: { eq: 'Online' } },
                { Language: { eq: 'de' } },
                { or: [{ Title: { like: '%engin%' } }] }
            ]
        });
        expect(suggestionVariables([], 'de')).toBeUndefined();
    });

    it('names the articles by the viewer language', () => {
        expect(knowledgeLanguage('de-AT')).toBe('de');
        expect(knowledgeLanguage('en-GB')).toBe('en_US');
        expect(knowledgeLanguage(undefined)).toBe('en_US');
        expect(termLanguage('de')).toBe('de');
        expect(termLanguage('fr')).toBe('en');
    });
});

describe('rankArticles', () => {
    it('puts the article whose title holds most of the words first', () => {
        const ranked = rankArticles(articlesFrom(candidates), searchTerms('rotate password heartbeat', 'en'));
        expect(ranked.map((a) => a.title)).toEqual([
            'Heartbeat fails after rotating a password',
            "Rotate a secret's password on a schedule",
            'Reset a password that an engine cannot reach'
        ]);
    });

    it('counts the summary for less than the title, keeps the query order on ties and drops what matches nothing', () => {
        const ranked = rankArticles(
            [
                article('Engine offline', '', 'A'),
                article('Backups', 'When the engine is offline', 'B'),
                article('Engine status', '', 'C'),
                article('Duo enrolment', 'Nothing to do with it', 'D')
            ],
            ['engin', 'offlin']
        );
        expect(ranked.map((a) => a.id)).toEqual(['A', 'B', 'C']);
    });

    it('puts a word in the title before the same word in the summary, wherever the query put them', () => {
        const ranked = rankArticles(
            [
                article('Backups', 'When the engine stops', 'summary'),
                article('Distributed engine', '', 'title'),
                article('Engine stops', 'The engine stops and restarts', 'both')
            ],
            ['engin']
        );
        expect(ranked.map((a) => a.id)).toEqual(['both', 'title', 'summary']);
    });

    it('keeps the query order (latest published first) among articles that match as well', () => {
        const ids = ['1', '2', '3', '4', '5', '6'];
        const ranked = rankArticles(
            ids.map((id) => article(`Engine ${id}`, '', id)),
            ['engin'],
            ids.length
        );
        expect(ranked.map((a) => a.id)).toEqual(ids);
    });

    it('shows at most five', () => {
        const many = Array.from({ length: 9 }, (_, i) => article(`Engine ${i}`, '', String(i)));
        expect(rankArticles(many, ['engin'])).toHaveLength(5);
        expect(rankArticles(many, ['engin'], 2).map((a) => a.id)).toEqual(['0', '1']);
    });
});

describe('suggestions share a word that says what the problem is about', () => {
    /** The demo articles in one language, as the query returns them (latest published first). */
    const demo = (language: 'en' | 'de'): ArticleSummary[] =>
        demoArticles.map(({ urlName, [language]: text }) => article(text.title, text.summary, urlName));
    const suggested = (typed: string, language: 'en' | 'de'): string[] =>
        rankArticles(demo(language), searchTerms(typed, language)).map((a) => a.urlName);

    it('leaves out the words that say only that something went wrong', () => {
        expect(searchTerms('Active Directory discovery fails…', 'en')).toEqual(['activ', 'directory', 'discovery']);
        expect(searchTerms('Error: the upgrade stopped and crashed', 'en')).toEqual(['upgrad']);
        expect(searchTerms('Die Erkennung schlägt mit einem Fehler fehl', 'de')).toEqual(['erkenn']);
    });

    it('suggests neither Heartbeat nor Upgrade for "Active Directory discovery fails…"', () => {
        expect(suggested('Active Directory discovery fails…', 'en')).toEqual([]);
        expect(suggested('Active-Directory-Erkennung schlägt fehl', 'de')).toEqual([]);
        expect(suggestionVariables(searchTerms('Active Directory discovery fails…', 'en'), 'en_US')?.where).toEqual({
            and: [
                { PublishStatus: { eq: 'Online' } },
                { Language: { eq: 'en_US' } },
                {
                    or: [
                        { Title: { like: '%activ%' } },
                        { Title: { like: '%directory%' } },
                        { Title: { like: '%discovery%' } }
                    ]
                }
            ]
        });
    });

    it('still suggests the article that shares the topic', () => {
        expect(suggested('Heartbeat fails', 'en')).toEqual(['heartbeat-fails-after-password-rotation']);
        expect(suggested('Upgrade fails', 'en')).toEqual(['upgrade-fails-database-permissions']);
        expect(suggested('Heartbeat schlägt fehl', 'de')).toEqual(['heartbeat-fails-after-password-rotation']);
        expect(suggestionVariables(searchTerms('It fails with an error', 'en'), 'en_US')).toBeUndefined();
    });
});

describe('articles from the UI API', () => {
    it('reads each article, missing values as empty', () => {
        expect(articlesFrom(candidates)[0]).toEqual({
            id: 'ka0DEMO0000000001AAA',
            articleNumber: '000001001',
            title: "Rotate a secret's password on a schedule",
            summary: 'Turn on automatic password changing for a secret so Secret Server rotates it on a schedule.',
            urlName: 'rotate-password-on-schedule',
            lastPublished: '2026-11-20T09:00:00.000Z'
        });
        expect(articlesFrom({ uiapi: { query: { Knowledge__kav: { edges: [{ node: { Id: 'x' } }] } } } })).toEqual([
            { id: 'x', articleNumber: '', title: '', summary: '', urlName: '', lastPublished: '' }
        ]);
        expect(articlesFrom(undefined)).toEqual([]);
    });

    it('reads one article with its body, or null', () => {
        const data = {
            uiapi: {
                query: {
                    Knowledge__kav: {
                        edges: [{ node: { Id: 'k', Title: { value: 'T' }, Body__c: { value: '<p>B</p>' } } }]
                    }
                }
            }
        };
        expect(articleFrom(data)).toMatchObject({ id: 'k', title: 'T', body: '<p>B</p>' });
        expect(articleFrom({ uiapi: { query: { Knowledge__kav: { edges: [] } } } })).toBeNull();
    });

    it('opens an article on the site page by its URL name, never by anything about the customer', () => {
        expect(articlePage('saml-sso-login-loop', 'home')).toEqual({
            type: 'comm__namedPage',
            attributes: { name: 'Article__c' },
            state: { c__urlName: 'saml-sso-login-loop', c__from: 'home' }
        });
    });
});
