// What the suggestions show, from their state: pure, so the component stays a wiring of events.
import LANG from '@salesforce/i18n/lang';
import { knowledgeLanguage, searchTerms, suggestionVariables, termLanguage } from 'c/supportKnowledge';
import type { ArticleSummary } from 'c/supportKnowledge';
import { formatLabel } from 'c/supportFormat';
import { LABELS, COUNT, READ, HIDE, ANSWERED_BODY, ANSWERED_ARTICLE } from './labels';

export interface SuggestionItem extends ArticleSummary {
    expanded: boolean;
    toggleLabel: string;
    /** The Read/Hide button's name: its visible word first (for voice control), then the article. */
    toggleName: string;
    panelId: string;
}

/** The words to search for in what was typed, and the query's variables (undefined: nothing to ask). */
export function searchFor(
    typed: string,
    product: string | undefined
): { terms: string[]; variables?: Record<string, unknown> } {
    const terms = searchTerms(typed, termLanguage(LANG));
    return { terms, variables: suggestionVariables(terms, knowledgeLanguage(LANG), product) };
}

export function suggestionItems(suggestions: readonly ArticleSummary[], openUrlName: string): SuggestionItem[] {
    return suggestions.map((article) => {
        const expanded = article.urlName === openUrlName;
        const toggleLabel = expanded ? HIDE : READ;
        return {
            ...article,
            expanded,
            toggleLabel,
            toggleName: `${toggleLabel}: ${article.title}`,
            panelId: `article-${article.id}`
        };
    });
}

export type Stage = 'open' | 'answered' | 'declined';

export interface ResultsView {
    searching: boolean;
    found: boolean;
    noMatch: boolean;
    failed: boolean;
    answered: boolean;
    /** For the live region: searching, how many were found, or that none matches; once per search. */
    status: string;
}

export function resultsView(state: {
    stage: Stage;
    asked: boolean;
    searched: boolean;
    failed: boolean;
    count: number;
}): ResultsView {
    const open = state.stage === 'open' && state.asked;
    const results = open && state.searched;
    const found = results && !state.failed && state.count > 0;
    const noMatch = results && !state.failed && state.count === 0;
    const searching = open && !state.searched;
    let status = '';
    if (searching) {
        status = LABELS.searching;
    } else if (found) {
        status = formatLabel(COUNT, String(state.count));
    } else if (noMatch) {
        status = LABELS.none;
    }
    return { searching, found, noMatch, failed: results && state.failed, answered: state.stage === 'answered', status };
}

/** After Yes: what to do if the problem comes back, naming the article that answered when there is one. */
export function answeredText(articleNumber: string): string {
    return articleNumber ? formatLabel(ANSWERED_ARTICLE, articleNumber) : ANSWERED_BODY;
}
