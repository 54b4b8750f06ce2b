import { createElement } from 'lwc';
import { clickTryAgain, deepText, flushPromises, shadow } from 'test-helpers';
import SupportCaseConversation from 'c/supportCaseConversation';
import { graphql } from 'lightning/graphql';
import { createRecord, notifyRecordUpdateAvailable, updateRecord } from 'lightning/uiRecordApi';
import { takeCasesChanged } from 'c/supportCaseChanges';
import conversation from './data/conversation.json';

// gql answers the query's text, so a test can tell whether the wire asks at all.
jest.mock('lightning/graphql', () => jest.requireActual('test-helpers').graphqlWithQueryText());

const graphqlAdapter = graphql as unknown as {
    emit(data: unknown, filter?: unknown, refresh?: () => Promise<void>): void;
    emitErrors(errors: unknown[], filter?: unknown, refresh?: () => Promise<void>): void;
    getLastConfig(): { query?: string; variables: Record<string, unknown> };
};
const mockCreateRecord = createRecord as jest.MockedFunction<typeof createRecord>;
const mockUpdateRecord = updateRecord as jest.MockedFunction<typeof updateRecord>;
/** The messages filed (the page also files the reader's read, a Case_Read__c). */
const messageCreates = () =>
    mockCreateRecord.mock.calls.filter(([input]) => (input as { apiName: string }).apiName === 'Case_Message__c');
const mockNotify = notifyRecordUpdateAvailable as jest.MockedFunction<typeof notifyRecordUpdateAvailable>;

const CASE_ID = '500DEMO0000000001AAA';

type Data = typeof conversation;

function withCase(isClosed: boolean, data: Data = conversation): Data {
    const copy = JSON.parse(JSON.stringify(data)) as Data;
    copy.uiapi.query.Case.edges[0].node.IsClosed.value = isClosed;
    return copy;
}

/** The same thread read by a Thycotic engineer (a user without a contact) on the app's case page. */
function forEngineer(data: Data = conversation): Data {
    const copy = JSON.parse(JSON.stringify(data)) as Data;
    (copy.uiapi.query.User.edges[0].node.ContactId as { value: string | null }).value = null;
    // The oldest message is the customer's, not the engineer's.
    const oldest = copy.uiapi.query.Case_Message__c.edges.at(-1);
    if (oldest) {
        oldest.node.CreatedById.value = '005DEMO0000000001AAA';
    }
    return copy;
}

function withoutMessages(): Data {
    const copy = JSON.parse(JSON.stringify(conversation)) as Data;
    copy.uiapi.query.Case_Message__c.edges = [];
    copy.uiapi.query.Case_Message__c.totalCount = 0;
    return copy;
}

/** A second reply from Thycotic, newest, and the reader's read row read at `readAt` (none: never opened). */
function withRead(readAt: string | null): Data {
    const copy = JSON.parse(JSON.stringify(conversation)) as Data & {
        uiapi: { query: { Case_Read__c?: unknown } };
    };
    const newest = JSON.parse(
        JSON.stringify(copy.uiapi.query.Case_Message__c.edges[1])
    ) as (typeof copy.uiapi.query.Case_Message__c.edges)[0];
    newest.node.Id = 'a03DEMO0000000004AAA';
    newest.node.CreatedDate.value = '2026-11-21T10:00:00.000Z';
    newest.node.Body__c.value = 'Fixed in the next build.';
    copy.uiapi.query.Case_Message__c.edges.unshift(newest);
    copy.uiapi.query.Case_Read__c = {
        edges: readAt ? [{ node: { Id: 'a05READ000000001AAA', Read_At__c: { value: readAt } } }] : []
    };
    return copy;
}

async function render(data: unknown = conversation, refresh = jest.fn().mockResolvedValue(undefined)) {
    const element = createElement('c-support-case-conversation', { is: SupportCaseConversation });
    Object.assign(element, { recordId: CASE_ID });
    document.body.appendChild(element);
    graphqlAdapter.emit(data, undefined, refresh);
    await flushPromises();
    return { element, refresh };
}

const $ = (element: HTMLElement, selector: string) =>
    shadow(element).querySelector(selector) as HTMLElement & {
        label?: string;
        disabled?: boolean;
        value?: string;
    };

async function type(element: HTMLElement, text: string): Promise<void> {
    const box = $(element, 'lightning-textarea.draft');
    box.value = text;
    box.dispatchEvent(new CustomEvent('change', { detail: { value: text } }));
    await flushPromises();
}

async function click(element: HTMLElement, selector: string): Promise<void> {
    $(element, selector).click();
    await flushPromises();
}

describe('c-support-case-conversation', () => {
    afterEach(() => {
        document.body.replaceChildren();
        jest.clearAllMocks();
    });

    describe('what is new since the reader last looked', () => {
        const newBodies = (element: HTMLElement) =>
            Array.from(shadow(element).querySelectorAll('.thread li'))
                .filter((li) => li.querySelector('.new-message'))
                .map((li) => li.querySelector('.body')?.textContent);

        it('marks Thycotic’s messages after the last read “New”, focuses the first, and updates the one read row', async () => {
            mockUpdateRecord.mockResolvedValue({} as never);
            const { element } = await render(withRead('2026-11-20T18:00:00.000Z'));
            expect(newBodies(element)).toEqual(['Fixed in the next build.']);
            expect(shadow(element).querySelector('.new-message')?.textContent).toBe('New');
            // Focus is on the new message itself, not on the first message of the thread.
            const focused = shadow(element).activeElement as HTMLElement;
            expect(focused.querySelector('.body')?.textContent).toBe('Fixed in the next build.');
            expect(focused.querySelector('.new-message')?.textContent).toBe('New');
            expect(shadow(element).querySelectorAll('.thread li[data-new="true"]')).toHaveLength(1);
            expect(mockUpdateRecord).toHaveBeenCalledTimes(1);
            expect(mockUpdateRecord).toHaveBeenCalledWith({
                fields: { Id: 'a05READ000000001AAA', Read_At__c: expect.any(String) }
            });
            expect(mockCreateRecord).not.toHaveBeenCalled();
            // The Cases tab asks again once, and its badge is gone.
            expect(takeCasesChanged()).toBe(true);
        });

        it('marks a reply read just before it new, and one read at the same time not', async () => {
            mockUpdateRecord.mockResolvedValue({} as never);
            const before = await render(withRead('2026-11-21T09:59:59.000Z'));
            expect(newBodies(before.element)).toEqual(['Fixed in the next build.']);
            document.body.replaceChildren();
            const same = await render(withRead('2026-11-21T10:00:00.000Z'));
            expect(newBodies(same.element)).toEqual([]);
        });

        it('files one read row for a first reader, however often the page renders', async () => {
            mockCreateRecord.mockResolvedValue({ id: 'a05NEW' } as never);
            const { element } = await render(withRead(null));
            expect(newBodies(element)).toHaveLength(2);
            graphqlAdapter.emit(withRead(null));
            await flushPromises();
            expect(mockCreateRecord).toHaveBeenCalledTimes(1);
            expect(mockCreateRecord).toHaveBeenCalledWith({
                apiName: 'Case_Read__c',
                fields: { Case__c: CASE_ID, Read_At__c: expect.any(String) }
            });
        });

        it('keeps the marks it opened with when LDS sends the answer again with the read just filed', async () => {
            mockUpdateRecord.mockResolvedValue({} as never);
            const { element } = await render(withRead('2026-11-20T18:00:00.000Z'));
            expect(newBodies(element)).toEqual(['Fixed in the next build.']);
            // The read row changed: LDS emits the same query's answer with the new read time.
            graphqlAdapter.emit(withRead('2026-12-04T20:00:00.000Z'));
            await flushPromises();
            expect(newBodies(element)).toEqual(['Fixed in the next build.']);
            expect(mockUpdateRecord).toHaveBeenCalledTimes(1);
        });

        it('keeps the page working, and logs nothing, when the read cannot be filed', async () => {
            const log = jest.spyOn(console, 'error').mockImplementation(() => undefined);
            mockUpdateRecord.mockRejectedValue({ body: { message: 'insufficient access' } });
            const { element } = await render(withRead('2026-11-20T18:00:00.000Z'));
            expect(shadow(element).querySelectorAll('.thread li')).toHaveLength(4);
            expect(shadow(element).querySelector('.load-error')).toBeNull();
            expect(log).not.toHaveBeenCalled();
            log.mockRestore();
        });

        it('files no read and marks nothing for an engineer', async () => {
            const { element } = await render(forEngineer(withRead(null)));
            expect(newBodies(element)).toEqual([]);
            expect(mockCreateRecord).not.toHaveBeenCalled();
            expect(mockUpdateRecord).not.toHaveBeenCalled();
        });

        it('is accessible with new messages marked', async () => {
            mockUpdateRecord.mockResolvedValue({} as never);
            const { element } = await render(withRead('2026-11-20T12:00:00.000Z'));
            await expect(element).toBeAccessible();
        });
    });

    it('asks for the case, its latest 50 messages and who is reading in one query', async () => {
        await render();
        expect(graphqlAdapter.getLastConfig().query).toContain('query supportCaseConversation');
        expect(graphqlAdapter.getLastConfig().variables).toEqual({
            caseId: CASE_ID,
            first: 50,
            userId: '005000000000000000'
        });
    });

    it('shows nothing to reply to, close or reopen on a case that is not there or not the reader’s', async () => {
        const missing = JSON.parse(JSON.stringify(conversation)) as Data;
        missing.uiapi.query.Case.edges = [];
        missing.uiapi.query.Case_Message__c.edges = [];
        missing.uiapi.query.Case_Message__c.totalCount = 0;
        const { element } = await render(missing);
        expect($(element, '.conversation')).toBeNull();
        expect($(element, 'lightning-textarea')).toBeNull();
        expect($(element, 'lightning-button')).toBeNull();
    });

    it('leaves the Severity 1 advice to the case’s details: the page says it once', async () => {
        const { element } = await render(withCase(false));
        expect(deepText(element)).not.toContain('Severity 1');
    });

    it('asks nothing for a case number: the case page finds the case first', async () => {
        const element = createElement('c-support-case-conversation', { is: SupportCaseConversation });
        Object.assign(element, { recordId: '00001026' });
        document.body.appendChild(element);
        await flushPromises();
        expect(graphqlAdapter.getLastConfig().query).toBeUndefined();
        expect($(element, '.conversation')).toBeNull();
    });

    it('shows the messages oldest first, each with who wrote it and when', async () => {
        const { element } = await render();
        const messages = Array.from(shadow(element).querySelectorAll('.thread li'));
        expect(messages.map((li) => li.querySelector('.author')?.textContent)).toEqual([
            'You',
            'Fox Mulder (Thycotic Support)',
            'Walter Skinner'
        ]);
        expect(messages[1].className).toContain('from-support');
        expect(messages[0].querySelector('.when')?.textContent).toBe('Nov 13, 2026, 7:00 AM');
        expect(messages[2].querySelector('.body')?.textContent).toBe(
            'Attached the log.\nIt stops at the same host every night.'
        );
        expect($(element, '.latest')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('says when only the latest messages are shown', async () => {
        const data = JSON.parse(JSON.stringify(conversation)) as Data;
        data.uiapi.query.Case_Message__c.totalCount = 120;
        const { element } = await render(data);
        expect($(element, '.latest').textContent).toBe('Showing the latest 3 of 120 messages.');
    });

    it('invites the first message on a case without any', async () => {
        const { element } = await render(withoutMessages());
        expect($(element, '.empty').textContent).toBe(
            'No messages yet. Write to Thycotic Support below; their answers appear here.'
        );
        expect($(element, '.thread')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('shows a closing or reopening message as what it did', async () => {
        const data = JSON.parse(JSON.stringify(conversation)) as Data;
        data.uiapi.query.Case_Message__c.edges[0].node.Action__c.value = 'Close';
        data.uiapi.query.Case_Message__c.edges[1].node.Action__c.value = 'Reopen';
        const { element } = await render(data);
        const notes = Array.from(shadow(element).querySelectorAll('.thread li')).map(
            (li) => li.querySelector('.note')?.textContent ?? ''
        );
        expect(notes).toEqual(['', 'Reopened the case', 'Closed the case']);
    });

    it('sends a reply once, clears the box and asks again for the thread and the case', async () => {
        const { element, refresh } = await render();
        expect($(element, 'lightning-button.send').disabled).toBe(true);
        await type(element, '  Here is the log you asked for.  ');
        expect($(element, 'lightning-button.send').disabled).toBe(false);
        let finish: (value: unknown) => void = () => undefined;
        mockCreateRecord.mockReturnValue(new Promise((resolve) => (finish = resolve)) as never);
        $(element, 'lightning-button.send').click();
        $(element, 'lightning-button.send').click();
        await flushPromises();
        expect($(element, 'lightning-button.send').label).toBe('Sending…');
        finish({ id: 'a03NEW' });
        await flushPromises();
        expect(messageCreates()).toHaveLength(1);
        expect(mockCreateRecord).toHaveBeenCalledWith({
            apiName: 'Case_Message__c',
            fields: { Case__c: CASE_ID, Action__c: 'Reply', Body__c: 'Here is the log you asked for.' }
        });
        expect($(element, 'lightning-textarea.draft').value).toBe('');
        expect($(element, '.announcement').textContent).toBe('Your reply was sent to Thycotic Support.');
        expect(refresh).toHaveBeenCalled();
        expect(mockNotify).toHaveBeenCalledWith([{ recordId: CASE_ID }]);
    });

    it('warns of a secret in the reply and takes it out when asked, before anything is sent', async () => {
        const { element } = await render();
        await type(element, 'Still failing. Log in as svc_admin, password: Winter2026!');
        const warning = $(element, 'c-support-secret-warning');
        expect(deepText(warning)).toContain('This looks like a password.');
        shadow(warning).querySelector<HTMLElement>('lightning-button.remove')?.click();
        await flushPromises();
        expect($(element, 'lightning-textarea.draft').value).toBe(
            'Still failing. Log in as svc_admin, password: [removed]'
        );
        expect(shadow(warning).querySelector('.secret-warning')).toBeNull();
        expect(messageCreates()).toHaveLength(0);
    });

    it('keeps the text and says why when the org refuses the reply', async () => {
        const { element } = await render();
        await type(element, 'Still broken.');
        mockCreateRecord.mockRejectedValue({
            body: {
                output: {
                    errors: [
                        {
                            errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION',
                            message: 'This case is closed. Reopen it to reply, or create a new case.'
                        }
                    ]
                }
            }
        });
        await click(element, 'lightning-button.send');
        const panel = $(element, 'c-support-error-panel.save-error');
        expect(deepText(panel)).toContain('Nothing was sent, and your text is kept');
        expect(deepText(panel)).toContain('This case is closed. Reopen it to reply, or create a new case.');
        expect($(element, 'lightning-textarea.draft').value).toBe('Still broken.');
        await expect(element).toBeAccessible();
    });

    it('closes a solved case with an optional note after asking', async () => {
        const { element } = await render();
        await click(element, 'lightning-button.close');
        expect(deepText($(element, '.confirm-close'))).toContain('Is your issue solved?');
        expect($(element, 'lightning-textarea.draft').label).toBe('Note for Thycotic Support (optional)');
        expect($(element, 'lightning-button.send')).toBeNull();
        await expect(element).toBeAccessible();
        mockCreateRecord.mockResolvedValue({ id: 'a03NEW' } as never);
        await click(element, 'lightning-button.confirm');
        expect(mockCreateRecord).toHaveBeenCalledWith({
            apiName: 'Case_Message__c',
            fields: { Case__c: CASE_ID, Action__c: 'Close', Body__c: null }
        });
        expect($(element, '.announcement').textContent).toBe('The case is closed.');
        expect($(element, '.confirm-close')).toBeNull();
    });

    it('puts the question away on Cancel and keeps what was typed', async () => {
        const { element } = await render();
        await type(element, 'Thanks!');
        await click(element, 'lightning-button.close');
        await click(element, 'lightning-button.cancel');
        expect($(element, '.confirm-close')).toBeNull();
        expect($(element, 'lightning-textarea.draft').value).toBe('Thanks!');
        expect($(element, 'lightning-textarea.draft').label).toBe('Your reply');
        expect(messageCreates()).toHaveLength(0);
    });

    it('offers to reopen a closed case, with the note typed', async () => {
        const { element } = await render(withCase(true));
        // Reopening is the one way back the page offers: never "create a new case" beside it.
        expect($(element, '.closed-hint').textContent).toBe(
            'Reopening gives the case back to Thycotic Support, with your note if you write one.'
        );
        expect($(element, 'lightning-button.send')).toBeNull();
        expect($(element, 'lightning-button.close')).toBeNull();
        await expect(element).toBeAccessible();
        await type(element, 'It came back after the upgrade.');
        mockCreateRecord.mockResolvedValue({ id: 'a03NEW' } as never);
        await click(element, 'lightning-button.reopen');
        expect(mockCreateRecord).toHaveBeenCalledWith({
            apiName: 'Case_Message__c',
            fields: { Case__c: CASE_ID, Action__c: 'Reopen', Body__c: 'It came back after the upgrade.' }
        });
        expect($(element, '.announcement').textContent).toBe('The case is open again and back with Thycotic Support.');
    });

    it('says in words when the window to reopen has passed', async () => {
        const { element } = await render(withCase(true));
        mockCreateRecord.mockRejectedValue({
            body: {
                output: {
                    errors: [
                        {
                            errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION',
                            message:
                                'This case was closed too long ago to reopen. Create a new case and mention this case number.'
                        }
                    ]
                }
            }
        });
        await click(element, 'lightning-button.reopen');
        expect(deepText($(element, 'c-support-error-panel.save-error'))).toContain('closed too long ago to reopen');
        expect($(element, 'lightning-button.reopen').disabled).toBe(false);
    });

    it('shows a load error in words and asks again on Try again', async () => {
        const element = createElement('c-support-case-conversation', { is: SupportCaseConversation });
        Object.assign(element, { recordId: CASE_ID });
        document.body.appendChild(element);
        const refresh = jest.fn().mockResolvedValue(undefined);
        graphqlAdapter.emitErrors([{ message: 'Network down' }], undefined, refresh);
        await flushPromises();
        const panel = $(element, 'c-support-error-panel.load-error');
        expect(deepText(panel)).toContain('The conversation could not be loaded');
        expect(deepText(panel)).toContain('Something went wrong on our side.');
        await expect(element).toBeAccessible();
        clickTryAgain(panel);
        expect(refresh).toHaveBeenCalled();
    });

    describe('read by a Thycotic engineer on the app’s case page', () => {
        it('shows the thread with the customer by name and support’s replies as Thycotic Support, and only a reply box', async () => {
            const { element } = await render(forEngineer());
            expect($(element, 'h2').textContent).toBe('Conversation with the customer');
            const authors = Array.from(shadow(element).querySelectorAll('.thread .author')).map((a) => a.textContent);
            expect(authors).toEqual(['Dana Scully', 'Fox Mulder (Thycotic Support)', 'Walter Skinner']);
            expect($(element, 'lightning-textarea.draft').label).toBe('Your reply');
            expect($(element, 'lightning-button.send')).not.toBeNull();
            // Closing is the customer's word that the issue is solved; the Severity 1 advice is the customer's too.
            expect($(element, 'lightning-button.close')).toBeNull();
            expect($(element, '.severity-1')).toBeNull();
            await expect(element).toBeAccessible();
        });

        it('sends the engineer’s reply as a Case Message and says it went to the customer', async () => {
            const { element, refresh } = await render(forEngineer());
            await type(element, 'We found the cause: the scan account lost its rights on dc02.');
            mockCreateRecord.mockResolvedValue({ id: 'a03NEW' } as never);
            await click(element, 'lightning-button.send');
            expect(mockCreateRecord).toHaveBeenCalledWith({
                apiName: 'Case_Message__c',
                fields: {
                    Case__c: CASE_ID,
                    Action__c: 'Reply',
                    Body__c: 'We found the cause: the scan account lost its rights on dc02.'
                }
            });
            expect($(element, '.announcement').textContent).toBe('Your reply was sent to the customer.');
            expect($(element, 'lightning-textarea.draft').value).toBe('');
            expect(refresh).toHaveBeenCalled();
            expect(mockNotify).toHaveBeenCalledWith([{ recordId: CASE_ID }]);
        });

        it('lets the engineer add a note to a closed case and offers no reopening', async () => {
            const { element } = await render(forEngineer(withCase(true)));
            expect($(element, '.closed-hint').textContent).toBe(
                'This case is closed. The customer sees what you write here; the case stays closed.'
            );
            expect($(element, 'lightning-textarea.draft').label).toBe('Your reply');
            expect($(element, 'lightning-button.reopen')).toBeNull();
            await type(element, 'Fixed in 11.7.1, for the record.');
            mockCreateRecord.mockResolvedValue({ id: 'a03NEW' } as never);
            await click(element, 'lightning-button.send');
            expect(mockCreateRecord).toHaveBeenCalledWith({
                apiName: 'Case_Message__c',
                fields: { Case__c: CASE_ID, Action__c: 'Reply', Body__c: 'Fixed in 11.7.1, for the record.' }
            });
            await expect(element).toBeAccessible();
        });

        it('tells the engineer where the first message goes', async () => {
            const { element } = await render(forEngineer(withoutMessages()));
            expect($(element, '.empty').textContent).toBe(
                "No messages yet. What you write here appears on the customer's case page."
            );
        });

        it('treats a reader the query does not return as a customer: the org still decides', async () => {
            const data = JSON.parse(JSON.stringify(conversation)) as Data;
            data.uiapi.query.User.edges = [];
            const { element } = await render(data);
            expect($(element, 'lightning-button.close')).not.toBeNull();
            expect($(element, 'h2').textContent).toBe('Conversation with Thycotic Support');
        });
    });
});
