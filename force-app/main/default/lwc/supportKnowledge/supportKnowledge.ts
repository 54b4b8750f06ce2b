/**
 * supportKnowledge — finding published Knowledge articles for what a customer describes: the
 * words worth searching for (searchTerms.ts), the GraphQL queries and their variables
 * (articles.ts) and the order to show what comes back (ranking.ts). Pure, so the same code runs
 * in the components, their tests and the preview.
 */
export { MAX_TERMS, searchTerms, stem } from './searchTerms';
export { SUGGESTION_LIMIT, rankArticles } from './ranking';
export {
    ARTICLE_QUERY,
    ARTICLE_SUGGESTIONS_QUERY,
    CANDIDATE_LIMIT,
    articleFrom,
    articlePage,
    articlesFrom,
    knowledgeLanguage,
    suggestionVariables,
    termLanguage
} from './articles';
export type { Article, ArticleOrigin, ArticleSummary } from './articles';
