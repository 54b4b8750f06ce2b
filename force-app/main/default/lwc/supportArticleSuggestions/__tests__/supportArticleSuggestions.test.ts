import { createElement } from 'lwc';
import { shadow } from 'test-helpers';
import SupportArticleSuggestions, { PAUSE_MS } from 'c/supportArticleSuggestions';
import { graphql } from 'lightning/graphql';
import { createRecord } from 'lightning/uiRecordApi';
import * as navigation from 'lightning/navigation';
import { MessageContext, subscribe } from 'lightning/messageService';
import { writeOwn } from 'c/supportSessionStore';
import { readContext } from 'c/supportContext';
import suggestions from './data/suggestions.json';
import customer from './data/customer.json';

// The queries as their text, so a test can tell which one a wire runs (the stub's gql returns nothing).
jest.mock('lightning/graphql', () => jest.requireActual('test-helpers').graphqlWithQueryText());

interface WireConfig {
    query?: string;
    variables?: Record<string, unknown>;
}
const graphqlAdapter = graphql as unknown as {
    emit(data: unknown, filter?: (config: WireConfig) => boolean): void;
    emitErrors(errors: unknown[], filter?: (config: WireConfig) => boolean): void;
    prototype: { update(config: WireConfig): void };
};
const mockCreateRecord = createRecord as jest.MockedFunction<typeof createRecord>;
const { navigate: mockNavigate } = navigation as unknown as { navigate: jest.Mock };

const isSuggestions = (config: WireConfig) => Boolean(config.query?.includes('supportArticleSuggestions'));
const isCustomer = (config: WireConfig) => Boolean(config.query?.includes('supportCustomer'));

type Suggestions = HTMLElement & { text: string; product?: string; where: string; skip(): Promise<void> };
const $ = (element: HTMLElement, selector: string) => shadow(element).querySelector(selector) as HTMLElement | null;
const $$ = (element: HTMLElement, selector: string) => Array.from(shadow(element).querySelectorAll(selector));

/** Lets re-renders and wire updates settle without letting time pass (the pause is under test). */
async function settle(): Promise<void> {
    const tick = () => Promise.resolve();
    await tick().then(tick).then(tick).then(tick).then(tick);
}

async function pause(ms = PAUSE_MS): Promise<void> {
    jest.advanceTimersByTime(ms);
    await settle();
}

let suggestionRequests: WireConfig[] = [];

function render(props: Partial<Suggestions> = {}): Suggestions {
    const element = createElement('c-support-article-suggestions', { is: SupportArticleSuggestions }) as Suggestions;
    Object.assign(element, props);
    document.body.appendChild(element);
    return element;
}

async function renderWithSuggestions(props: Partial<Suggestions> = {}): Promise<Suggestions> {
    const element = render({ text: 'rotate password heartbeat', product: 'Secret Server', ...props });
    await pause();
    graphqlAdapter.emit(suggestions, isSuggestions);
    await settle();
    return element;
}

const titles = (element: HTMLElement) => $$(element, '.article-title strong').map((node) => node.textContent);

async function accessible(element: HTMLElement): Promise<void> {
    jest.useRealTimers();
    await expect(element).toBeAccessible();
}

describe('c-support-article-suggestions', () => {
    beforeEach(() => {
        jest.useFakeTimers();
        suggestionRequests = [];
        const update = graphqlAdapter.prototype.update;
        jest.spyOn(graphqlAdapter.prototype, 'update').mockImplementation(function (this: unknown, config) {
            if (isSuggestions(config)) {
                suggestionRequests.push(config);
            }
            update.call(this, config);
        });
        mockCreateRecord.mockResolvedValue({ id: 'a0XDEMO0000000001AAA' } as never);
    });

    afterEach(() => {
        document.body.replaceChildren();
        window.sessionStorage.clear();
        jest.useRealTimers();
        jest.restoreAllMocks();
        jest.clearAllMocks();
    });

    it('asks once, after the customer pauses, for published articles in their language and product', async () => {
        const element = render({ product: 'Secret Server' });
        element.text = 'rot';
        await pause(PAUSE_MS / 2);
        element.text = 'rotate password';
        await pause(PAUSE_MS / 2);
        element.text = 'rotate password heartbeat';
        await pause(PAUSE_MS - 1);
        expect(suggestionRequests).toHaveLength(0);
        await pause(1);
        expect(suggestionRequests).toHaveLength(1);
        expect(suggestionRequests[0].variables).toEqual({
            where: {
                and: [
                    { PublishStatus: { eq: 'Online' } },
                    { Language: { eq: 'en_US' } },
                    { Product__c: { eq: 'Secret Server' } },
                    {
                        or: [
                            { Title: { like: '%rotat%' } },
                            { Title: { like: '%password%' } },
                            { Title: { like: '%heartbeat%' } }
                        ]
                    }
                ]
            },
            first: 20
        });
        expect($(element, '.searching')?.textContent).toBe('Looking for articles…');
        // Typing that changes no search word (a stop word, punctuation) asks nothing new.
        element.text = 'rotate password heartbeat, please!';
        await pause();
        expect(suggestionRequests).toHaveLength(1);
    });

    it('shows the best five, titles and summaries, and says how many in the live region', async () => {
        const element = await renderWithSuggestions();
        expect(titles(element)).toEqual([
            'Heartbeat fails after rotating a password',
            "Rotate a secret's password on a schedule",
            'Reset a password that an engine cannot reach'
        ]);
        expect($$(element, '.summary')[0].textContent).toBe(
            'After Remote Password Changing rotates a password, the heartbeat can fail.'
        );
        expect($(element, '.status')?.textContent).toBe('Articles that may help: 3');
        expect($(element, 'legend')?.textContent).toBe('Did one of these articles answer your question?');
        await accessible(element);
    });

    it('uses the account product when the page gives none', async () => {
        const element = render();
        await settle();
        graphqlAdapter.emit(customer, isCustomer);
        await settle();
        element.text = 'engine offline';
        await pause();
        expect(JSON.stringify(suggestionRequests[0].variables)).toContain('"Product__c":{"eq":"Secret Server"}');
    });

    it('opens an article inline and closes it again, the button saying which', async () => {
        const element = await renderWithSuggestions();
        const toggle = $$(element, 'button.toggle')[0] as HTMLButtonElement;
        expect(toggle.getAttribute('aria-expanded')).toBe('false');
        expect(toggle.textContent?.trim()).toBe('Read');
        expect(toggle.getAttribute('aria-label')).toBe('Read: Heartbeat fails after rotating a password');
        toggle.click();
        await settle();
        expect(toggle.getAttribute('aria-expanded')).toBe('true');
        const inline = $(element, 'c-support-article') as HTMLElement & { urlName: string; embedded: boolean };
        expect(inline.urlName).toBe('heartbeat-fails-after-password-rotation');
        expect(inline.embedded).toBe(true);
        expect(toggle.getAttribute('aria-label')).toBe('Hide: Heartbeat fails after rotating a password');
        toggle.click();
        await settle();
        expect($(element, 'c-support-article')).toBeNull();
    });

    it('Yes: records the answer once, with the article the customer opened, and files no case', async () => {
        const element = await renderWithSuggestions();
        const answered = jest.fn();
        element.addEventListener('answered', answered);
        ($$(element, 'button.toggle')[1] as HTMLButtonElement).click();
        ($$(element, 'button.toggle')[0] as HTMLButtonElement).click();
        await settle();
        const yes = $(element, 'lightning-button.yes') as HTMLElement;
        yes.click();
        yes.click();
        await settle();
        expect(mockCreateRecord).toHaveBeenCalledTimes(1);
        expect(mockCreateRecord).toHaveBeenCalledWith({
            apiName: 'Article_Suggestion__c',
            fields: {
                Outcome__c: 'Answered',
                Where__c: 'Create_a_Case',
                Suggested_Articles__c: '000001003 000001001 000001002',
                Suggestions_Shown__c: 3,
                Articles_Opened__c: 2,
                Answering_Article__c: '000001003',
                Product__c: 'Secret Server'
            }
        });
        expect(answered).toHaveBeenCalledTimes(1);
        expect(answered.mock.calls[0][0].detail).toEqual({ articleNumber: '000001003' });
        expect($(element, '.answered h3')?.textContent).toBe('Glad it helped');
        expect($(element, '.answered-body')?.textContent).toBe(
            'No case was created. If the problem comes back, create a case and mention article 000001003. For a Severity 1 problem, call us.'
        );
        expect($(element, '.found')).toBeNull();
        // No more suggestions once answered.
        element.text = 'saml login loop';
        await pause();
        expect(suggestionRequests).toHaveLength(1);
        await accessible(element);
    });

    it('Yes without opening an article says to name the article tried; the answer stands if the record fails', async () => {
        mockCreateRecord.mockRejectedValue(new Error('INSUFFICIENT_ACCESS'));
        const element = await renderWithSuggestions();
        ($(element, 'lightning-button.yes') as HTMLElement).click();
        await settle();
        expect(mockCreateRecord.mock.calls[0][0].fields).not.toHaveProperty('Answering_Article__c');
        expect($(element, '.answered-body')?.textContent).toBe(
            'No case was created. If the problem comes back, create a case and say which article you tried. For a Severity 1 problem, call us.'
        );
    });

    it('No: records it and lets the customer go on with the case', async () => {
        const element = await renderWithSuggestions();
        const declined = jest.fn();
        const createCase = jest.fn((event: Event) => event.preventDefault());
        element.addEventListener('declined', declined);
        element.addEventListener('createcase', createCase);
        ($(element, 'lightning-button.no') as HTMLElement).click();
        await settle();
        expect(mockCreateRecord.mock.calls[0][0].fields).toMatchObject({
            Outcome__c: 'Not_Answered',
            Articles_Opened__c: 0
        });
        expect(declined).toHaveBeenCalledTimes(1);
        expect(createCase).toHaveBeenCalledTimes(1);
        expect(mockNavigate).not.toHaveBeenCalled();
        expect($(element, '.found')).toBeNull();
        expect($(element, '.answered')).toBeNull();
    });

    it('says when no article matches, and stays quiet when there is nothing to search for', async () => {
        const element = render({ text: 'heartbeat' });
        await pause();
        graphqlAdapter.emit({ uiapi: { query: { Knowledge__kav: { edges: [] } } } }, isSuggestions);
        await settle();
        expect($(element, '.no-match')?.textContent).toBe(
            'No article matches yet. Keep describing the problem, or go on with your case.'
        );
        element.text = 'it does not work';
        await pause();
        expect($(element, '.no-match')).toBeNull();
        expect($(element, '.status')?.textContent).toBe('');
        await accessible(element);
    });

    it('says the search failed without standing in the way of the case', async () => {
        const element = render({ text: 'heartbeat' });
        await pause();
        graphqlAdapter.emitErrors([{ message: 'No such column Product__c' }], isSuggestions);
        await settle();
        expect($(element, '.search-error')?.textContent).toBe(
            'Articles could not be searched just now. You can still go on with your case.'
        );
        expect($(element, '.found')).toBeNull();
    });

    it('skip(): going on with suggestions on screen records Skipped; with none, nothing', async () => {
        const quiet = render({ text: 'it does not work' });
        await pause();
        await quiet.skip();
        expect(mockCreateRecord).not.toHaveBeenCalled();

        const element = await renderWithSuggestions();
        await element.skip();
        expect(mockCreateRecord.mock.calls[0][0].fields).toMatchObject({ Outcome__c: 'Skipped' });
        await settle();
        expect($(element, '.found')).toBeNull();
    });

    describe('on the Contact support tab, with its own search box', () => {
        async function renderTab(): Promise<Suggestions> {
            const element = render({ where: 'Contact_Support', withSearchBox: true } as Partial<Suggestions>);
            await settle();
            const box = $(element, 'lightning-input.search-box') as HTMLElement & { value: string };
            expect(box.getAttribute('type') ?? (box as unknown as { type: string }).type).toBe('search');
            box.value = 'SAML login loop';
            box.dispatchEvent(new CustomEvent('change', { detail: { value: 'SAML login loop' } }));
            await pause();
            graphqlAdapter.emit(suggestions, isSuggestions);
            await settle();
            return element;
        }

        it('searches what the customer types into it', async () => {
            const element = await renderTab();
            expect(JSON.stringify(suggestionRequests[0].variables)).toContain('%saml%');
            expect(titles(element)[0]).toBe('SAML single sign-on login loop');
            await accessible(element);
        });

        it('No opens Create a Case with what was typed as the summary', async () => {
            const element = await renderTab();
            ($(element, 'lightning-button.no') as HTMLElement).click();
            await settle();
            expect(mockCreateRecord.mock.calls[0][0].fields).toMatchObject({ Where__c: 'Contact_Support' });
            expect(readContext().summary).toBe('SAML login loop');
            expect(mockNavigate).toHaveBeenCalledWith(
                { type: 'comm__namedPage', attributes: { name: 'Create_a_Case__c' } },
                undefined
            );
        });

        it('gives way to the phone when the customer says Severity 1, there or elsewhere on the page', async () => {
            writeOwn('c-support-context', { severity: 'Severity 1' });
            const element = render({ where: 'Contact_Support', withSearchBox: true } as Partial<Suggestions>);
            (MessageContext as unknown as { emit(value: unknown): void }).emit({});
            await settle();
            expect($(element, '.suggestions')).toBeNull();
            const [, , onMessage] = (subscribe as jest.Mock).mock.calls.at(-1) as [
                unknown,
                unknown,
                (m: unknown) => void
            ];
            onMessage({ context: { severity: 'Severity 3' } });
            await settle();
            expect($(element, 'lightning-input.search-box')).not.toBeNull();
            onMessage({ context: { severity: 'Severity 1' } });
            element.text = 'heartbeat';
            await pause();
            expect($(element, '.suggestions')).toBeNull();
            expect(suggestionRequests).toHaveLength(0);
        });

        it('after Yes, "Create a case after all" still opens Create a Case', async () => {
            const element = await renderTab();
            ($(element, 'lightning-button.yes') as HTMLElement).click();
            await settle();
            ($(element, 'lightning-button.create-anyway') as HTMLElement).click();
            await settle();
            expect(mockNavigate).toHaveBeenCalledTimes(1);
            expect($(element, '.answered')).toBeNull();
        });
    });

    it('is accessible with an article open inline, and after Yes', async () => {
        const element = await renderWithSuggestions();
        ($$(element, 'button.toggle')[0] as HTMLButtonElement).click();
        await settle();
        graphqlAdapter.emit(
            { uiapi: { query: { Knowledge__kav: { edges: [suggestions.uiapi.query.Knowledge__kav.edges[2]] } } } },
            (config) => Boolean(config.query?.includes('query supportArticle('))
        );
        await settle();
        await accessible(element);
        ($(element, 'lightning-button.yes') as HTMLElement).click();
        await Promise.resolve();
        await new Promise((resolve) => setTimeout(resolve, 0));
        await expect(element).toBeAccessible();
    });
});
