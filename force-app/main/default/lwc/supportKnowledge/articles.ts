/**
 * Published Knowledge articles through the UI API GraphQL wire adapter. Lightning Knowledge is a
 * prerequisite of the package: the platform validates a component's GraphQL against the org's
 * schema when it deploys (https://github.com/forcedotcom/cli/issues/2419), so Knowledge__kav and
 * its Body__c and Product__c deploy with these queries, in force-app. A component that still gets
 * an error back (say, the customer lacks access) shows no suggestions and never blocks a case. The
 * UI API serves custom and new standard objects ("All Supported Objects", User Interface API
 * Developer Guide: check one with /ui-api/object-info/{objectApiName}); `npm run scratch:verify`
 * checks Knowledge__kav there and runs these queries in the org.
 *
 * No full-text search: UI API GraphQL has SOQL's filters, not SOSL ("GraphQL has the same
 * limitations as SOQL", GraphQL API Developer Guide), so the query asks for titles LIKE each
 * word and ranking.ts orders what comes back.
 */
import { gql } from 'lightning/graphql';
import { languageOf } from 'c/supportLanguages';

export const ARTICLE_SUGGESTIONS_QUERY = gql`
    query supportArticleSuggestions($where: Knowledge__kav_Filter, $first: Int) {
        uiapi {
            query {
                Knowledge__kav(where: $where, first: $first, orderBy: { LastPublishedDate: { order: DESC } }) {
                    edges {
                        node {
                            Id
                            Title {
                                value
                            }
                            Summary {
                                value
                            }
                            UrlName {
                                value
                            }
                            ArticleNumber {
                                value
                            }
                            LastPublishedDate {
                                value
                            }
                        }
                    }
                }
            }
        }
    }
`;

export const ARTICLE_QUERY = gql`
    query supportArticle($urlName: String, $language: Picklist) {
        uiapi {
            query {
                Knowledge__kav(
                    where: {
                        and: [
                            { UrlName: { eq: $urlName } }
                            { Language: { eq: $language } }
                            { PublishStatus: { eq: "Online" } }
                        ]
                    }
                    first: 1
                ) {
                    edges {
                        node {
                            Id
                            Title {
                                value
                            }
                            Summary {
                                value
                            }
                            UrlName {
                                value
                            }
                            ArticleNumber {
                                value
                            }
                            LastPublishedDate {
                                value
                            }
                            Body__c {
                                value
                            }
                        }
                    }
                }
            }
        }
    }
`;

/** Articles the ranking chooses from: more than are shown, as the query cannot rank. */
export const CANDIDATE_LIMIT = 20;

export interface ArticleSummary {
    id: string;
    articleNumber: string;
    title: string;
    summary: string;
    urlName: string;
    lastPublished: string;
}

export interface Article extends ArticleSummary {
    /** Rich text, for lightning-formatted-rich-text. */
    body: string;
}

/** Knowledge's language for the viewer (Knowledge__kav.Language: en_US, de). */
export function knowledgeLanguage(lang: string | undefined): string {
    return languageOf(lang).code;
}

/** The language whose stop words and suffixes searchTerms uses. */
export function termLanguage(lang: string | undefined): 'en' | 'de' {
    return knowledgeLanguage(lang) === 'de' ? 'de' : 'en';
}

/** Variables for ARTICLE_SUGGESTIONS_QUERY: published articles in the language (and product) whose title has a term. */
export function suggestionVariables(
    terms: readonly string[],
    language: string,
    product?: string
): { where: Record<string, unknown>; first: number } | undefined {
    if (!terms.length) {
        return undefined;
    }
    return {
        where: {
            and: [
                { PublishStatus: { eq: 'Online' } },
                { Language: { eq: language } },
                ...(product ? [{ Product__c: { eq: product } }] : []),
                { or: terms.map((term) => ({ Title: { like: `%${term}%` } })) }
            ]
        },
        first: CANDIDATE_LIMIT
    };
}

interface Value<T> {
    value: T | null;
}

interface ArticleNode {
    Id: string;
    Title?: Value<string>;
    Summary?: Value<string>;
    UrlName?: Value<string>;
    ArticleNumber?: Value<string>;
    LastPublishedDate?: Value<string>;
    Body__c?: Value<string>;
}

function nodes(data: unknown): ArticleNode[] {
    const edges = (data as { uiapi?: { query?: { Knowledge__kav?: { edges?: { node: ArticleNode }[] } } } })?.uiapi
        ?.query?.Knowledge__kav?.edges;
    return (edges ?? []).map(({ node }) => node);
}

function summaryOf(node: ArticleNode): ArticleSummary {
    return {
        id: node.Id,
        articleNumber: node.ArticleNumber?.value ?? '',
        title: node.Title?.value ?? '',
        summary: node.Summary?.value ?? '',
        urlName: node.UrlName?.value ?? '',
        lastPublished: node.LastPublishedDate?.value ?? ''
    };
}

export function articlesFrom(data: unknown): ArticleSummary[] {
    return nodes(data).map(summaryOf);
}

/** The article the page asked for, or null when it is not (or no longer) published in this language. */
export function articleFrom(data: unknown): Article | null {
    const node = nodes(data)[0];
    return node ? { ...summaryOf(node), body: node.Body__c?.value ?? '' } : null;
}

/** Where an article page was opened from, for its way back. */
export type ArticleOrigin = 'case' | 'home';

/**
 * The site's article page (LWR sites have no standard Knowledge article page: a custom page,
 * route Article__c, holds c-support-article). The article goes in the page state, so the URL
 * names only a public article, never the customer; state keys carry the c__ namespace ("state
 * properties must use a namespace prefix followed by two underscores", LWC Developer Guide, Add
 * Query Parameters).
 */
export function articlePage(
    urlName: string,
    from: ArticleOrigin
): {
    type: string;
    attributes: { name: string };
    state: Record<string, string>;
} {
    return {
        type: 'comm__namedPage',
        attributes: { name: 'Article__c' },
        state: { c__urlName: urlName, c__from: from }
    };
}
