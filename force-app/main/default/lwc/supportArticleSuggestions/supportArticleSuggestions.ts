/**
 * supportArticleSuggestions — answers before a case: while the customer describes the problem,
 * after a short pause it asks once for published articles in their language and product whose
 * titles hold the words they typed (c/supportKnowledge), shows up to five with their summaries,
 * opens one inline, and asks whether one answered the question. Yes ends there, without a case;
 * No lets the customer go on with what they typed. Each answer is recorded for the admin's
 * reports (outcome.ts), by the customer's own click only. Nothing here ever holds up a case:
 * Create a Case's buttons never wait for suggestions, and Severity 1 never reaches them.
 *
 * Public surface: `text` (the subject and symptoms typed so far), `product` (else the account's),
 * `where` (Create_a_Case or Contact_Support), `withSearchBox` (its own box, for the Contact support
 * tab). Method `skip()`: the customer went on without answering. Events: `answered`
 * (detail { articleNumber }), `declined`, `createcase` (cancelable; not cancelled, it opens the
 * Create a Case page with what was typed as the summary).
 */
import { LightningElement, api, wire } from 'lwc';
import { NavigationMixin } from 'lightning/navigation';
import { graphql } from 'lightning/graphql';
import type { GraphQLResult } from 'lightning/graphql';
import { createRecord } from 'lightning/uiRecordApi';
import { MessageContext } from 'lightning/messageService';
import type { MessageContextType, Subscription } from 'lightning/messageService';
import { ARTICLE_SUGGESTIONS_QUERY, articlesFrom, rankArticles } from 'c/supportKnowledge';
import type { ArticleSummary } from 'c/supportKnowledge';
import { CUSTOMER_QUERY, customerOnFile, customerVariables } from 'c/supportCustomer';
import { CREATE_CASE_PAGE } from 'c/supportPages';
import { followContext, readContext, shareContext, unsubscribeFromContext } from 'c/supportContext';
import { isPhoneOnly } from 'c/supportSeverities';
import { LABELS } from './labels';
import { answeringArticle, outcomeRecord } from './outcome';
import { answeredText, resultsView, searchFor, suggestionItems } from './view';
import type { ResultsView, Stage, SuggestionItem } from './view';
import type { Outcome, SuggestionSession, Where } from './outcome';

function isArticleList(value: unknown): value is ArticleSummary[] {
    return (
        Array.isArray(value) &&
        value.every((article) => typeof (article as Partial<ArticleSummary> | null)?.urlName === 'string')
    );
}

/** How long typing must stop before the search: long enough for a word, short enough to feel live. */
export const PAUSE_MS = 600;

export default class SupportArticleSuggestions extends NavigationMixin(LightningElement) {
    @api
    get text(): string {
        return this.typed;
    }
    set text(value: string) {
        this.type(value);
    }

    @api product?: string;
    @api where: Where = 'Create_a_Case';
    @api withSearchBox = false;

    labels = LABELS;
    typed = '';
    terms: string[] = [];
    suggestionsQuery?: unknown;
    variables?: Record<string, unknown>;
    suggestions: ArticleSummary[] = [];
    searched = false;
    failed = false;
    openUrlName = '';
    opened: string[] = [];
    stage: Stage = 'open';
    answeredArticle = '';
    recording = false;
    recorded = false;
    productOnFile = '';
    customerVariables = customerVariables();
    timer?: ReturnType<typeof setTimeout>;

    /** The severity the customer chose on the page (contact options): a Severity 1 goes by phone, not a case. */
    severity = readContext().severity;
    messageContext?: MessageContextType;
    subscription?: Subscription;

    @wire(MessageContext)
    wiredMessageContext(context: MessageContextType): void {
        this.messageContext = context;
        this.subscription = followContext(context, this.subscription, (shared) => {
            this.severity = shared.severity;
        });
    }

    /** The account's product when the page gives none: the same question the portal's other components ask. */
    @wire(graphql, { query: CUSTOMER_QUERY, variables: '$customerVariables' })
    wiredCustomer({ data }: GraphQLResult): void {
        if (data) {
            this.productOnFile = customerOnFile(data).product;
        }
    }

    /** Runs only once a pause gives words to search for: no query, no request. */
    @wire(graphql, { query: '$suggestionsQuery', variables: '$variables' })
    wiredSuggestions({ data, errors }: GraphQLResult): void {
        if (errors) {
            this.failed = true;
            this.suggestions = [];
            this.searched = true;
        } else if (data) {
            const ranked = this.rank(data);
            this.failed = !ranked;
            this.suggestions = ranked ?? [];
            this.searched = true;
        }
    }

    /**
     * The answer ranked, or undefined when c/supportKnowledge throws or answers something that is
     * not a list of articles: a bug there shows the search's error, never a broken page.
     */
    rank(data: unknown): ArticleSummary[] | undefined {
        try {
            const ranked: unknown = rankArticles(articlesFrom(data), this.terms);
            return isArticleList(ranked) ? ranked : undefined;
        } catch {
            return undefined;
        }
    }

    disconnectedCallback(): void {
        clearTimeout(this.timer);
        unsubscribeFromContext(this.subscription);
        this.subscription = undefined;
    }

    /** Severity 1 never waits for suggestions: on the Contact support tab they give way to the phone. */
    get available(): boolean {
        return this.where !== 'Contact_Support' || !isPhoneOnly(this.severity);
    }

    /** What the customer has typed so far: searched for once they pause. */
    type(value: string | undefined): void {
        this.typed = value ?? '';
        clearTimeout(this.timer);
        if (this.stage === 'open') {
            // A debounce: the platform has no other way to wait for a pause in typing.
            // eslint-disable-next-line @lwc/lwc/no-async-operation
            this.timer = setTimeout(() => this.search(), PAUSE_MS);
        }
    }

    /** One request per pause, and none when the words to search for have not changed. */
    search(): void {
        if (!this.available) {
            return;
        }
        const { terms, variables } = searchFor(this.typed, this.product || this.productOnFile || undefined);
        if (JSON.stringify(variables) === JSON.stringify(this.variables)) {
            return;
        }
        this.terms = terms;
        this.variables = variables;
        this.suggestionsQuery = variables ? ARTICLE_SUGGESTIONS_QUERY : undefined;
        this.searched = false;
        if (!variables) {
            this.suggestions = [];
        }
    }

    get view(): ResultsView {
        return resultsView({
            stage: this.stage,
            asked: Boolean(this.variables),
            searched: this.searched,
            failed: this.failed,
            count: this.suggestions.length
        });
    }

    get items(): SuggestionItem[] {
        return suggestionItems(this.suggestions, this.openUrlName);
    }

    get answeredText(): string {
        return answeredText(this.answeredArticle);
    }

    get articleOrigin(): string {
        return this.where === 'Contact_Support' ? 'home' : 'case';
    }

    get session(): SuggestionSession {
        return {
            where: this.where,
            product: this.product || this.productOnFile || undefined,
            shown: this.suggestions.map((article) => article.articleNumber).filter(Boolean),
            opened: this.opened
        };
    }

    handleSearchInput(event: CustomEvent<{ value?: string }>): void {
        this.type(event.detail?.value);
    }

    handleToggle(event: Event): void {
        const { urlName, number } = (event.currentTarget as HTMLElement).dataset;
        if (!urlName) {
            return;
        }
        if (this.openUrlName === urlName) {
            this.openUrlName = '';
            return;
        }
        this.openUrlName = urlName;
        if (number) {
            this.opened = [...this.opened.filter((opened) => opened !== number), number];
        }
    }

    async handleYes(): Promise<void> {
        if (this.recording) {
            return;
        }
        this.answeredArticle = answeringArticle(this.session);
        await this.record('Answered');
        this.stage = 'answered';
        this.dispatchEvent(new CustomEvent('answered', { detail: { articleNumber: this.answeredArticle } }));
    }

    async handleNo(): Promise<void> {
        if (this.recording) {
            return;
        }
        await this.record('Not_Answered');
        this.stage = 'declined';
        this.dispatchEvent(new CustomEvent('declined'));
        this.openCreateCase();
    }

    handleCreateAnyway(): void {
        this.stage = 'declined';
        this.openCreateCase();
    }

    /** Create a Case handles this itself; elsewhere the Create a Case page opens with what was typed. */
    openCreateCase(): void {
        const event = new CustomEvent('createcase', { cancelable: true });
        this.dispatchEvent(event);
        if (!event.defaultPrevented && this.where === 'Contact_Support') {
            shareContext(this.messageContext, { summary: this.typed });
            this[NavigationMixin.Navigate]({ type: 'comm__namedPage', attributes: { name: CREATE_CASE_PAGE } });
        }
    }

    /** The customer went on (Create a Case's Next) with suggestions on screen and no answer. */
    @api
    async skip(): Promise<void> {
        if (this.view.found) {
            await this.record('Skipped');
            this.stage = 'declined';
        }
    }

    /**
     * One record per suggestion session, whatever is clicked twice. The record serves the admin's
     * reports only: when it cannot be saved the customer still gets their answer or their case.
     */
    async record(outcome: Outcome): Promise<void> {
        const session = this.session;
        if (this.recorded || !session.shown.length) {
            return;
        }
        this.recording = true;
        this.recorded = true;
        try {
            await createRecord(outcomeRecord(session, outcome));
        } catch {
            this.recorded = false;
        } finally {
            this.recording = false;
        }
    }
}
