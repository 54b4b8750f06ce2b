import { answeringArticle, outcomeRecord } from '../outcome';
import type { SuggestionSession } from '../outcome';
import { answeredText, resultsView, searchFor, suggestionItems } from '../view';

// What the suggestions record and show, called directly: every stage of a search, the articles
// opened in any order, and a session with nothing on screen.

const article = (n: number) => ({
    id: `ka0${n}`,
    articleNumber: `00000${n}`,
    title: `Article ${n}`,
    summary: '',
    urlName: `article-${n}`,
    lastPublished: '2026-11-01'
});

describe('outcomeRecord', () => {
    const session = (changes: Partial<SuggestionSession> = {}): SuggestionSession => ({
        where: 'Create_a_Case',
        shown: ['000001', '000002', '000003'],
        opened: [],
        ...changes
    });

    it('records what was shown and opened, the answer, where and for which product', () => {
        expect(outcomeRecord(session({ opened: ['000002', '000001'], product: 'Secret Server' }), 'Answered')).toEqual({
            apiName: 'Article_Suggestion__c',
            fields: {
                Outcome__c: 'Answered',
                Where__c: 'Create_a_Case',
                Suggested_Articles__c: '000001 000002 000003',
                Suggestions_Shown__c: 3,
                Articles_Opened__c: 2,
                Answering_Article__c: '000001',
                Product__c: 'Secret Server'
            }
        });
    });

    it('names no answering article unless the answer is yes and an article was opened', () => {
        const opened = session({ opened: ['000002'], where: 'Contact_Support' });
        expect(outcomeRecord(opened, 'Not_Answered').fields).toStrictEqual({
            Outcome__c: 'Not_Answered',
            Where__c: 'Contact_Support',
            Suggested_Articles__c: '000001 000002 000003',
            Suggestions_Shown__c: 3,
            Articles_Opened__c: 1
        });
        expect(outcomeRecord(session(), 'Answered').fields).not.toHaveProperty('Answering_Article__c');
        expect(outcomeRecord(session(), 'Skipped').fields).not.toHaveProperty('Product__c');
    });

    it('counts only opened articles that were shown, and the last of them answers', () => {
        const later = session({ shown: ['000001'], opened: ['000001', '000009'] });
        expect(outcomeRecord(later, 'Answered').fields).toMatchObject({
            Articles_Opened__c: 1,
            Answering_Article__c: '000001'
        });
        expect(answeringArticle(session({ opened: ['000003', '000001', '000002'] }))).toBe('000002');
        expect(answeringArticle(session({ opened: ['000009'] }))).toBe('');
        // The opened list is read, not reordered.
        const opened = ['000001', '000002'];
        answeringArticle(session({ opened }));
        expect(opened).toEqual(['000001', '000002']);
    });
});

describe('suggestionItems', () => {
    it('opens the one article asked for, its button named Hide; the others Read', () => {
        expect(suggestionItems([article(1), article(2)], 'article-2')).toEqual([
            {
                ...article(1),
                expanded: false,
                toggleLabel: 'Read',
                toggleName: 'Read: Article 1',
                panelId: 'article-ka01'
            },
            {
                ...article(2),
                expanded: true,
                toggleLabel: 'Hide',
                toggleName: 'Hide: Article 2',
                panelId: 'article-ka02'
            }
        ]);
    });
});

describe('resultsView', () => {
    const state = { stage: 'open' as const, asked: true, searched: true, failed: false, count: 2 };
    const nothing = { searching: false, found: false, noMatch: false, failed: false, answered: false, status: '' };

    it('shows nothing before the customer has typed, or once they answered', () => {
        expect(resultsView({ ...state, asked: false })).toEqual(nothing);
        expect(resultsView({ ...state, stage: 'declined' })).toEqual(nothing);
        expect(resultsView({ ...state, stage: 'answered' })).toEqual({ ...nothing, answered: true });
    });

    it('says it is searching, then how many it found, or that none matches', () => {
        expect(resultsView({ ...state, searched: false })).toEqual({
            ...nothing,
            searching: true,
            status: 'Looking for articles…'
        });
        expect(resultsView(state)).toEqual({ ...nothing, found: true, status: 'Articles that may help: 2' });
        expect(resultsView({ ...state, count: 1 })).toEqual({
            ...nothing,
            found: true,
            status: 'Articles that may help: 1'
        });
        expect(resultsView({ ...state, count: 0 })).toMatchObject({
            found: false,
            noMatch: true,
            status: expect.stringContaining('No article matches yet')
        });
    });

    it('shows a failed search as failed, with neither results nor "none"', () => {
        expect(resultsView({ ...state, failed: true })).toEqual({ ...nothing, failed: true });
        expect(resultsView({ ...state, failed: true, count: 0 })).toEqual({ ...nothing, failed: true });
        expect(resultsView({ ...state, failed: true, searched: false })).toEqual({
            ...nothing,
            searching: true,
            status: 'Looking for articles…'
        });
    });
});

describe('answeredText and searchFor', () => {
    it('names the article that answered, when there is one', () => {
        expect(answeredText('000002')).toContain('mention article 000002.');
        expect(answeredText('')).toContain('say which article you tried');
    });

    it('asks nothing for text without words to search', () => {
        expect(searchFor('', undefined)).toEqual({ terms: [], variables: undefined });
        const { terms, variables } = searchFor('Discovery scan stops', 'Secret Server');
        expect(terms.length).toBeGreaterThan(0);
        expect(JSON.stringify(variables)).toContain('Secret Server');
    });
});
