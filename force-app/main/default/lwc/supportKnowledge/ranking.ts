/**
 * The order suggestions are shown in: articles whose title holds more of the customer's words
 * first, the summary counting for less; the query's order (latest published first) breaks ties.
 */
import type { ArticleSummary } from './articles';

/** How many suggestions the customer sees. */
export const SUGGESTION_LIMIT = 5;
const TITLE_WEIGHT = 3;
const SUMMARY_WEIGHT = 1;

function matches(text: string, term: string): boolean {
    return text.normalize('NFKC').toLowerCase().includes(term);
}

export function rankArticles(
    articles: readonly ArticleSummary[],
    terms: readonly string[],
    limit = SUGGESTION_LIMIT
): ArticleSummary[] {
    return articles
        .map((article, index) => {
            let score = 0;
            let matched = 0;
            for (const term of terms) {
                const inTitle = matches(article.title, term);
                const inSummary = matches(article.summary, term);
                score += (inTitle ? TITLE_WEIGHT : 0) + (inSummary ? SUMMARY_WEIGHT : 0);
                matched += inTitle || inSummary ? 1 : 0;
            }
            return { article, index, score, matched };
        })
        .filter(({ score }) => score > 0)
        .sort((a, b) => b.matched - a.matched || b.score - a.score || a.index - b.index)
        .slice(0, limit)
        .map(({ article }) => article);
}
