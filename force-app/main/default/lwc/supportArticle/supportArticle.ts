/**
 * supportArticle — one published Knowledge article: title, body, when it was last updated and the
 * way back. LWR sites have no standard Knowledge article page, so the site's Article page
 * (route Article__c) holds this component, which reads the article's URL name from the page
 * state; suggestions also embed it to open an article inline. The body is rich text and is shown
 * by lightning-formatted-rich-text, which sanitizes it; it is never written into the page as raw HTML.
 *
 * Public surface: `urlName` (embedded use; on the page it comes from the URL), `embedded` (inline
 * in suggestions: no title or way back, a link to the article's own page instead), `openedFrom`
 * (embedded: 'case' or 'home', where that page's way back leads).
 */
import { LightningElement, api, wire } from 'lwc';
import { NavigationMixin, CurrentPageReference } from 'lightning/navigation';
import type { PageReference } from 'lightning/navigation';
import { graphql } from 'lightning/graphql';
import type { GraphQLResult } from 'lightning/graphql';
import LANG from '@salesforce/i18n/lang';
import LOCALE from '@salesforce/i18n/locale';
import TIME_ZONE from '@salesforce/i18n/timeZone';
import { ARTICLE_QUERY, articleFrom, articlePage, knowledgeLanguage } from 'c/supportKnowledge';
import type { Article, ArticleOrigin } from 'c/supportKnowledge';
import { CREATE_CASE_PAGE } from 'c/supportPages';
import { formatLabel, formatLongDate } from 'c/supportFormat';
import { LABELS, ARTICLE_NUMBER, BACK_TO_CASE, BACK_TO_SUPPORT, UPDATED } from './labels';

export default class SupportArticle extends NavigationMixin(LightningElement) {
    @api urlName?: string;
    @api embedded = false;
    /** Embedded: the page the suggestions are on, for the article page's way back. */
    @api openedFrom: ArticleOrigin = 'case';

    labels = LABELS;
    pageUrlName?: string;
    origin: ArticleOrigin = 'home';
    article: Article | null = null;
    loaded = false;
    errors: unknown;
    backUrl = '';
    ownPageUrl = '';

    @wire(CurrentPageReference)
    wiredPage(pageReference?: PageReference): void {
        this.pageUrlName = pageReference?.state?.c__urlName;
        this.origin = pageReference?.state?.c__from === 'case' ? 'case' : 'home';
        this.generateBackUrl();
    }

    get currentUrlName(): string | undefined {
        return (this.embedded ? this.urlName : this.urlName || this.pageUrlName) || undefined;
    }

    /** No query until the article is known (the GraphQL adapter runs nothing without one). */
    get articleQuery(): unknown {
        return this.currentUrlName ? ARTICLE_QUERY : undefined;
    }

    /** Never an undefined value, which LDS refuses even beside a missing query. */
    get variables(): { urlName: string; language: string } {
        return { urlName: this.currentUrlName ?? '', language: knowledgeLanguage(LANG) };
    }

    @wire(graphql, { query: '$articleQuery', variables: '$variables' })
    wiredArticle({ data, errors }: GraphQLResult): void {
        if (errors) {
            this.errors = errors;
            this.loaded = true;
        } else if (data) {
            this.errors = undefined;
            this.article = articleFrom(data);
            this.loaded = true;
            this.generateOwnPageUrl();
        }
    }

    get isLoading(): boolean {
        return !this.loaded && Boolean(this.currentUrlName);
    }

    get hasError(): boolean {
        return Boolean(this.errors);
    }

    get isMissing(): boolean {
        return (this.loaded && !this.errors && !this.article) || (!this.currentUrlName && !this.embedded);
    }

    get articleClass(): string {
        return this.embedded ? 'article article-inline' : 'article article-page slds-card slds-p-around_medium';
    }

    get showTitle(): boolean {
        return !this.embedded;
    }

    get showBack(): boolean {
        return !this.embedded;
    }

    get numberText(): string {
        return formatLabel(ARTICLE_NUMBER, this.article?.articleNumber ?? '');
    }

    /**
     * One label with the date in it: the words and the date keep their space and each language's
     * order. Side by side in the template they lost it ("Template compiler removes whitespace
     * before/after elements", https://github.com/salesforce/lwc/issues/2607).
     */
    get updatedText(): string {
        const published = this.article?.lastPublished;
        return published ? formatLabel(UPDATED, formatLongDate(published, LOCALE, TIME_ZONE)) : '';
    }

    get backLabel(): string {
        return this.origin === 'case' ? BACK_TO_CASE : BACK_TO_SUPPORT;
    }

    get backPage(): PageReference {
        return this.origin === 'case'
            ? { type: 'comm__namedPage', attributes: { name: CREATE_CASE_PAGE } }
            : { type: 'comm__namedPage', attributes: { name: 'Home' } };
    }

    async generateBackUrl(): Promise<void> {
        this.backUrl = await this[NavigationMixin.GenerateUrl](this.backPage);
    }

    async generateOwnPageUrl(): Promise<void> {
        if (this.embedded && this.article) {
            this.ownPageUrl = await this[NavigationMixin.GenerateUrl](
                articlePage(this.article.urlName, this.openedFrom)
            );
        }
    }

    handleBack(event: Event): void {
        event.preventDefault();
        this[NavigationMixin.Navigate](this.backPage);
    }
}
