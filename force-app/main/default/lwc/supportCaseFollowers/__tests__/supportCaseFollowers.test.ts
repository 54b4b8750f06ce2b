import { createElement } from 'lwc';
import { clickTryAgain, deepText, flushPromises, shadow } from 'test-helpers';
import SupportCaseFollowers from 'c/supportCaseFollowers';
import { graphql } from 'lightning/graphql';
import { createRecord, deleteRecord } from 'lightning/uiRecordApi';
import followers from './data/followers.json';

jest.mock('lightning/graphql', () => jest.requireActual('test-helpers').graphqlWithQueryText());

type Config = { query?: string; variables?: Record<string, unknown> };
const graphqlAdapter = graphql as unknown as {
    emit(data: unknown, filter?: (config: Config) => boolean, refresh?: () => Promise<void>): void;
    emitErrors(errors: unknown[], filter?: (config: Config) => boolean, refresh?: () => Promise<void>): void;
};
const mockCreateRecord = createRecord as jest.MockedFunction<typeof createRecord>;
const mockDeleteRecord = deleteRecord as jest.MockedFunction<typeof deleteRecord>;
const isFollowers = (config: Config) => Boolean(config.query?.includes('query supportCaseFollowers'));

const CASE_ID = '500DEMO0000000001AAA';
const DANA = '003DEMO0000000001AAA';
const MONICA = '003DEMO0000000003AAA';
const WALTER_ROW = 'a0FDEMO0000000001AAA';
const USERS: Record<string, string> = {
    [DANA]: '005DEMO0000000001AAA',
    '003DEMO0000000002AAA': '005DEMO0000000002AAA',
    [MONICA]: '005DEMO0000000003AAA'
};

/** The demo data as another contact reads it, or with other followers. */
function asViewer(contactId: string, changes: (data: typeof followers) => void = () => undefined): typeof followers {
    const data = JSON.parse(JSON.stringify(followers)) as typeof followers;
    data.uiapi.query.User.edges[0].node = { Id: USERS[contactId], ContactId: { value: contactId } };
    changes(data);
    return data;
}
const noFollowers = (data: typeof followers) => {
    data.uiapi.query.Case_Follower__c.edges = [];
};

async function renderWith(data: unknown = followers, refresh = jest.fn(() => Promise.resolve())): Promise<HTMLElement> {
    const element = createElement('c-support-case-followers', { is: SupportCaseFollowers });
    Object.assign(element, { caseId: CASE_ID, caseContactId: DANA });
    document.body.appendChild(element);
    await flushPromises();
    graphqlAdapter.emit(data, isFollowers, refresh);
    await flushPromises();
    return element;
}

const $ = (element: HTMLElement, selector: string) => shadow(element).querySelector(selector) as HTMLElement;
const $$ = (element: HTMLElement, selector: string) =>
    Array.from(shadow(element).querySelectorAll<HTMLElement>(selector));
const names = (element: HTMLElement) => $$(element, '.follower-name').map((name) => name.textContent);
const choice = (element: HTMLElement) =>
    $(element, 'lightning-combobox.add-choice') as HTMLElement & {
        label: string;
        value: string;
        options: { label: string; value: string }[];
    };

async function choose(element: HTMLElement, contactId: string): Promise<void> {
    choice(element).dispatchEvent(new CustomEvent('change', { detail: { value: contactId } }));
    await flushPromises();
}

/** A refusal as the org words it (a validation rule fails the save with its message). */
const REFUSAL = {
    status: 400,
    body: {
        message: 'An error occurred while trying to update the record. Please try again.',
        output: {
            errors: [],
            fieldErrors: {
                Contact__c: [
                    {
                        errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION',
                        message: 'This colleague does not sign in to the Support Portal, so they cannot follow a case.'
                    }
                ]
            }
        }
    }
};

describe('c-support-case-followers', () => {
    afterEach(() => {
        document.body.replaceChildren();
        jest.clearAllMocks();
    });

    it('asks one query: the case’s followers, the viewer and the company’s contacts', async () => {
        const updates = jest.spyOn(graphql.prototype as { update(config: Config): void }, 'update');
        await renderWith();
        const configs = updates.mock.calls.map(([config]) => config as Config).filter(isFollowers);
        expect(configs[configs.length - 1].variables).toEqual({
            caseId: CASE_ID,
            userId: expect.any(String),
            first: 200
        });
        expect(configs[0].query).toContain('Case_Follower__c(where: { Case__c: { eq: $caseId } }');
        updates.mockRestore();
    });

    it('shows the case’s contact the followers, Remove on each, and whom she may add', async () => {
        const element = await renderWith();
        expect($(element, 'h3').textContent?.trim()).toBe('Colleagues following this case');
        expect(names(element)).toEqual(['Walter Skinner']);
        const remove = $(element, `button.remove[data-id="${WALTER_ROW}"]`);
        expect(remove.textContent?.trim()).toBe('Remove');
        expect(remove.getAttribute('aria-label')).toBe('Remove Walter Skinner');
        expect($(element, 'button.stop')).toBeNull();
        // Not herself (the case's contact), not Walter (following already).
        expect(choice(element).label).toBe('Add a colleague');
        expect(choice(element).options).toEqual([{ label: 'Monica Reyes', value: MONICA }]);
        expect(($(element, 'button.add-button') as HTMLButtonElement).disabled).toBe(true);
    });

    it('says so when no one follows the case, and when no colleague is left to add', async () => {
        const element = await renderWith(
            asViewer(DANA, (data) => {
                data.uiapi.query.Contact.edges = data.uiapi.query.Contact.edges.filter(({ node }) => node.Id === DANA);
            })
        );
        expect(names(element)).toEqual(['Walter Skinner']);
        expect($(element, '.no-colleagues').textContent).toBe('No other colleague at your company can be added.');
        expect(choice(element)).toBeNull();
        document.body.replaceChildren();
        const none = await renderWith(asViewer(MONICA, noFollowers));
        expect($(none, '.none').textContent).toBe('No colleague follows this case.');
        expect($(none, '.follower-list')).toBeNull();
    });

    it('adds the chosen colleague: one record for a double click, announced, the list asked again', async () => {
        let resolve: (value: unknown) => void = () => undefined;
        mockCreateRecord.mockReturnValue(new Promise((done) => (resolve = done)) as never);
        const refresh = jest.fn(() => {
            graphqlAdapter.emit(
                asViewer(DANA, (data) => {
                    data.uiapi.query.Case_Follower__c.edges.push({
                        node: {
                            Id: 'a0FDEMO0000000002AAA',
                            Contact__c: { value: MONICA },
                            Follower__c: { value: USERS[MONICA] },
                            Follower_Name__c: { value: 'Monica Reyes' }
                        }
                    });
                }),
                isFollowers,
                refresh
            );
            return Promise.resolve();
        });
        const element = await renderWith(followers, refresh);
        await choose(element, MONICA);
        const add = $(element, 'button.add-button') as HTMLButtonElement;
        expect(add.disabled).toBe(false);
        add.click();
        add.click();
        await flushPromises();
        expect(add.disabled).toBe(true);
        expect($(element, '.saving').textContent).toBe('Saving the change…');
        resolve({ id: 'a0FDEMO0000000002AAA' });
        await flushPromises();
        expect(mockCreateRecord).toHaveBeenCalledTimes(1);
        expect(mockCreateRecord).toHaveBeenCalledWith({
            apiName: 'Case_Follower__c',
            fields: { Case__c: CASE_ID, Contact__c: MONICA }
        });
        expect(refresh).toHaveBeenCalledTimes(1);
        expect(names(element)).toEqual(['Monica Reyes', 'Walter Skinner']);
        expect($(element, '.announcement').textContent).toBe('Monica Reyes now follows this case.');
        // No one is left to add: focus goes to the list's heading.
        expect(choice(element)).toBeNull();
        expect(shadow(element).activeElement).toBe($(element, 'h3.followers-heading'));
    });

    it('moves focus to the colleague choice when one is left to add', async () => {
        mockDeleteRecord.mockResolvedValue(undefined as never);
        const element = await renderWith();
        const focus = jest.spyOn(choice(element), 'focus');
        $(element, `button.remove[data-id="${WALTER_ROW}"]`).click();
        await flushPromises();
        expect(focus).toHaveBeenCalled();
    });

    it('shows a refused addition in the org’s words and keeps the choice', async () => {
        mockCreateRecord.mockRejectedValue(REFUSAL);
        const refresh = jest.fn(() => Promise.resolve());
        const element = await renderWith(followers, refresh);
        await choose(element, MONICA);
        $(element, 'button.add-button').click();
        await flushPromises();
        const panel = $(element, 'c-support-error-panel.change-error');
        expect(deepText(panel)).toContain('The change was not made');
        expect(deepText(panel)).toContain(
            'This colleague does not sign in to the Support Portal, so they cannot follow a case.'
        );
        expect(choice(element).value).toBe(MONICA);
        expect(($(element, 'button.add-button') as HTMLButtonElement).disabled).toBe(false);
        expect(refresh).not.toHaveBeenCalled();
        expect($(element, '.announcement').textContent).toBe('');
        // Another choice clears the refusal.
        await choose(element, MONICA);
        expect($(element, 'c-support-error-panel.change-error')).toBeNull();
    });

    it('removes a follower for the case’s contact and says so', async () => {
        mockDeleteRecord.mockResolvedValue(undefined as never);
        const refresh = jest.fn(() => {
            graphqlAdapter.emit(asViewer(DANA, noFollowers), isFollowers, refresh);
            return Promise.resolve();
        });
        const element = await renderWith(followers, refresh);
        $(element, `button.remove[data-id="${WALTER_ROW}"]`).click();
        await flushPromises();
        expect(mockDeleteRecord).toHaveBeenCalledWith(WALTER_ROW);
        expect(refresh).toHaveBeenCalledTimes(1);
        expect($(element, '.announcement').textContent).toBe('Walter Skinner no longer follows this case.');
        expect($(element, '.none').textContent).toBe('No colleague follows this case.');
        expect(choice(element).options.map((option) => option.label)).toEqual(['Monica Reyes', 'Walter Skinner']);
        expect($(element, '.stopped')).toBeNull();
    });

    it('offers a follower Stop following on their own row only, and then tells them', async () => {
        mockDeleteRecord.mockResolvedValue(undefined as never);
        const walter = '003DEMO0000000002AAA';
        const refresh = jest.fn(() => {
            graphqlAdapter.emit(asViewer(walter, noFollowers), isFollowers, refresh);
            return Promise.resolve();
        });
        const element = await renderWith(
            asViewer(walter, (data) => {
                data.uiapi.query.Case_Follower__c.edges.push({
                    node: {
                        Id: 'a0FDEMO0000000002AAA',
                        Contact__c: { value: MONICA },
                        Follower__c: { value: USERS[MONICA] },
                        Follower_Name__c: { value: 'Monica Reyes' }
                    }
                });
            }),
            refresh
        );
        expect(choice(element)).toBeNull();
        expect($(element, 'button.remove')).toBeNull();
        const stops = $$(element, 'button.stop');
        expect(stops).toHaveLength(1);
        expect(stops[0].dataset.id).toBe(WALTER_ROW);
        expect(stops[0].textContent?.trim()).toBe('Stop following');
        stops[0].click();
        await flushPromises();
        expect(mockDeleteRecord).toHaveBeenCalledTimes(1);
        expect(mockDeleteRecord).toHaveBeenCalledWith(WALTER_ROW);
        const stopped = $(element, 'p.stopped');
        expect(stopped.textContent).toBe('You no longer follow this case.');
        expect(shadow(element).activeElement).toBe(stopped);
        expect($(element, '.announcement').textContent).toBe('You no longer follow this case.');
    });

    it('shows a refused removal in words', async () => {
        mockDeleteRecord.mockRejectedValue({
            status: 400,
            body: [
                {
                    errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION',
                    message: 'Only the case’s contact or the follower can remove a follower.'
                }
            ]
        });
        const element = await renderWith();
        $(element, `button.remove[data-id="${WALTER_ROW}"]`).click();
        await flushPromises();
        expect(deepText($(element, 'c-support-error-panel.change-error'))).toContain(
            'Only the case’s contact or the follower can remove a follower.'
        );
        expect(names(element)).toEqual(['Walter Skinner']);
    });

    it('shows anyone else the names only', async () => {
        const element = await renderWith(asViewer(MONICA));
        expect(names(element)).toEqual(['Walter Skinner']);
        expect($$(element, 'button')).toHaveLength(0);
        expect(choice(element)).toBeNull();
        expect($(element, '.no-colleagues')).toBeNull();
    });

    it('says when the followers could not be loaded, and tries again', async () => {
        const element = createElement('c-support-case-followers', { is: SupportCaseFollowers });
        Object.assign(element, { caseId: CASE_ID, caseContactId: DANA });
        document.body.appendChild(element);
        await flushPromises();
        expect($(element, '.loading').textContent).toBe('Loading the followers…');
        const refresh = jest.fn(() => Promise.resolve());
        graphqlAdapter.emitErrors([{ message: 'Server down' }], isFollowers, refresh);
        await flushPromises();
        const panel = $(element, 'c-support-error-panel.load-error');
        expect(deepText(panel)).toContain('The followers could not be loaded');
        expect($(element, '.loading')).toBeNull();
        await clickTryAgain(panel);
        expect(refresh).toHaveBeenCalledTimes(1);
    });

    it('is accessible: for the case’s contact, after a refusal, for a follower and for anyone else', async () => {
        mockCreateRecord.mockRejectedValue(REFUSAL);
        const element = await renderWith();
        await expect(element).toBeAccessible();
        await choose(element, MONICA);
        $(element, 'button.add-button').click();
        await flushPromises();
        await expect(element).toBeAccessible();
        document.body.replaceChildren();
        await expect(await renderWith(asViewer('003DEMO0000000002AAA'))).toBeAccessible();
        document.body.replaceChildren();
        await expect(await renderWith(asViewer(MONICA, noFollowers))).toBeAccessible();
    });
});
