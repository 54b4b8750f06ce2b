import { createElement } from 'lwc';
import { clickTryAgain, deepText, flushPromises, shadow } from 'test-helpers';
import SupportAccessPeople from 'c/supportAccessPeople';
import { graphql } from 'lightning/graphql';
import { createRecord } from 'lightning/uiRecordApi';
import people from './data/people.json';

jest.mock('lightning/graphql', () => jest.requireActual('test-helpers').graphqlWithQueryText());

type Config = { query?: string; variables?: Record<string, unknown> };
const graphqlAdapter = graphql as unknown as {
    emit(data: unknown, filter?: (config: Config) => boolean, refresh?: () => Promise<void>): void;
    emitErrors(errors: unknown[], filter?: (config: Config) => boolean, refresh?: () => Promise<void>): void;
};
const mockCreateRecord = createRecord as jest.MockedFunction<typeof createRecord>;
const isPeople = (config: Config) => Boolean(config.query?.includes('query supportAccessPeople'));
const DANA = '003DEMO0000000001AAA';
const WALTER = '003DEMO0000000002AAA';

/** The demo data as Walter reads it (signed in as him), or with more support admins. */
function asViewer(contactId: string, changes: (data: typeof people) => void = () => undefined): typeof people {
    const data = JSON.parse(JSON.stringify(people)) as typeof people;
    data.uiapi.query.User.edges[0].node.ContactId.value = contactId;
    changes(data);
    return data;
}

async function renderWith(data: unknown = people, refresh = jest.fn(() => Promise.resolve())): Promise<HTMLElement> {
    const element = createElement('c-support-access-people', { is: SupportAccessPeople });
    document.body.appendChild(element);
    await flushPromises();
    graphqlAdapter.emit(data, isPeople, refresh);
    await flushPromises();
    return element;
}

const $ = (element: HTMLElement, selector: string) => shadow(element).querySelector(selector) as HTMLElement;
const $$ = (element: HTMLElement, selector: string) =>
    Array.from(shadow(element).querySelectorAll<HTMLElement>(selector));
const row = (element: HTMLElement, id: string) => $(element, `tr[data-id="${id}"]`);
const cells = (tr: HTMLElement) =>
    Array.from(tr.children).map((cell) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim());

/** A refusal as the flow words it (a Custom Error fails the save with its message). */
const REFUSAL = {
    status: 400,
    body: {
        message: 'An error occurred while trying to update the record. Please try again.',
        output: {
            errors: [
                {
                    errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION',
                    message: "Only your company's support admin can change who may grant privileged access."
                }
            ],
            fieldErrors: {}
        }
    }
};

describe('c-support-access-people', () => {
    afterEach(() => {
        document.body.replaceChildren();
        jest.clearAllMocks();
    });

    it('asks one query: the viewer and the company’s people, at most 200', async () => {
        const updates = jest.spyOn(graphql.prototype as { update(config: Config): void }, 'update');
        await renderWith();
        const configs = updates.mock.calls.map(([config]) => config as Config).filter(isPeople);
        expect(configs).toHaveLength(1);
        expect(configs[0].variables).toEqual({ userId: expect.any(String), first: 200 });
        updates.mockRestore();
    });

    it('lists the people: name, email, the flag in words, the support admin marked', async () => {
        const element = await renderWith();
        expect($(element, 'h3').textContent).toBe('Who may grant privileged access');
        expect(row(element, DANA).querySelector('.person-name')?.textContent).toBe('Dana Scully');
        expect(row(element, DANA).querySelector('.admin')?.textContent).toBe('Support admin');
        expect(cells(row(element, DANA)).slice(0, 3)).toEqual([
            'Dana ScullySupport admin',
            'dana.scully@acme.example',
            'May grant privileged access'
        ]);
        expect(cells(row(element, WALTER)).slice(0, 3)).toEqual([
            'Walter Skinner',
            'walter.skinner@acme.example',
            'May not'
        ]);
        expect($$(element, '.admin')).toHaveLength(1);
        expect(row(element, WALTER).querySelector('.email')?.getAttribute('data-label')).toBe('Email');
    });

    it('offers the support admin Allow or Withdraw on each row, named for the person, and no ask line', async () => {
        const element = await renderWith();
        const walter = row(element, WALTER).querySelector('button.change') as HTMLElement;
        expect(walter.textContent?.trim()).toBe('Allow');
        expect(walter.getAttribute('aria-label')).toBe('Allow Walter Skinner to grant privileged access');
        const dana = row(element, DANA).querySelector('button.change') as HTMLElement;
        expect(dana.textContent?.trim()).toBe('Withdraw');
        expect(dana.getAttribute('aria-label')).toBe("Withdraw Dana Scully's right to grant privileged access");
        expect($(element, '.ask')).toBeNull();
    });

    it('shows others the list read-only and whom to ask, by name', async () => {
        const element = await renderWith(asViewer(WALTER));
        expect($$(element, 'button')).toHaveLength(0);
        expect($$(element, 'th').length).toBe(3 + 2);
        expect($(element, '.ask').textContent).toBe('To change this, ask Dana Scully or Thycotic Support.');
    });

    it('names every support admin, or Thycotic alone when the company has none', async () => {
        const two = await renderWith(
            asViewer(WALTER, (data) => {
                data.uiapi.query.Contact.edges[1].node.Support_Admin__c.value = true;
                data.uiapi.query.User.edges[0].node.ContactId.value = '003DEMO0000000009AAA';
            })
        );
        expect($(two, '.ask').textContent).toBe(
            'To change this, ask Dana Scully or Walter Skinner or Thycotic Support.'
        );
        document.body.replaceChildren();
        const none = await renderWith(
            asViewer(WALTER, (data) => {
                data.uiapi.query.Contact.edges[0].node.Support_Admin__c.value = false;
            })
        );
        expect($(none, '.ask').textContent).toBe('To change this, ask Thycotic Support.');
        expect($$(none, 'button')).toHaveLength(0);
    });

    it('asks first, in place, focus on Keep as is; Keep as is and Escape go back to the button', async () => {
        const element = await renderWith();
        (row(element, WALTER).querySelector('button.change') as HTMLElement).click();
        await flushPromises();
        const group = $(element, '[role="group"].confirm');
        const question = $(element, '.question');
        expect(group.getAttribute('aria-labelledby')).toBe(question.getAttribute('id'));
        expect(question.textContent).toBe('Allow Walter Skinner to grant Thycotic privileged access and to end PINs?');
        expect(shadow(element).activeElement).toBe($(element, 'button.keep'));
        $(element, 'button.keep').click();
        await flushPromises();
        expect($(element, '.confirm')).toBeNull();
        expect(shadow(element).activeElement).toBe(row(element, WALTER).querySelector('button.change'));
        (row(element, DANA).querySelector('button.change') as HTMLElement).click();
        await flushPromises();
        expect($(element, '.question').textContent).toBe(
            "Withdraw Dana Scully's right to grant Thycotic privileged access and to end PINs?"
        );
        $(element, '.confirm').dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
        await flushPromises();
        expect($(element, '.confirm')).not.toBeNull();
        $(element, 'button.keep').dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
        await flushPromises();
        expect($(element, '.confirm')).toBeNull();
        expect(shadow(element).activeElement).toBe(row(element, DANA).querySelector('button.change'));
        expect(mockCreateRecord).not.toHaveBeenCalled();
    });

    it('files one change for a double click, announces it and asks the list again', async () => {
        let resolve: (value: unknown) => void = () => undefined;
        mockCreateRecord.mockReturnValue(new Promise((done) => (resolve = done)) as never);
        const refresh = jest.fn(() => Promise.resolve());
        const element = await renderWith(people, refresh);
        (row(element, WALTER).querySelector('button.change') as HTMLElement).click();
        await flushPromises();
        $(element, 'button.confirm-change').click();
        $(element, 'button.confirm-change').click();
        await flushPromises();
        expect(($(element, 'button.confirm-change') as HTMLButtonElement).disabled).toBe(true);
        expect(($(element, 'button.keep') as HTMLButtonElement).disabled).toBe(true);
        expect($(element, '.saving').textContent).toBe('Saving the change…');
        $(element, '.confirm').dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
        await flushPromises();
        expect($(element, '.confirm')).not.toBeNull();
        resolve({ id: 'a0ZNEW000000000001AAA' });
        await flushPromises();
        expect(mockCreateRecord).toHaveBeenCalledTimes(1);
        expect(mockCreateRecord).toHaveBeenCalledWith({
            apiName: 'Privileged_Access_Change__c',
            fields: { Contact__c: WALTER, Grant__c: true }
        });
        expect(refresh).toHaveBeenCalledTimes(1);
        expect($(element, '.confirm')).toBeNull();
        expect($(element, '.announcement').textContent).toBe('Walter Skinner may now grant privileged access.');
        expect(shadow(element).activeElement).toBe(row(element, WALTER).querySelector('button.change'));
    });

    it('withdraws: a change granting false', async () => {
        mockCreateRecord.mockResolvedValue({ id: 'a0ZNEW000000000002AAA' } as never);
        const element = await renderWith();
        (row(element, DANA).querySelector('button.change') as HTMLElement).click();
        await flushPromises();
        expect($(element, 'button.confirm-change').className).toContain('slds-button_destructive');
        $(element, 'button.confirm-change').click();
        await flushPromises();
        expect(mockCreateRecord).toHaveBeenCalledWith({
            apiName: 'Privileged_Access_Change__c',
            fields: { Contact__c: DANA, Grant__c: false }
        });
        expect($(element, '.announcement').textContent).toBe('Dana Scully may no longer grant privileged access.');
    });

    it("shows the org's refusal in words and keeps the confirmation open", async () => {
        mockCreateRecord.mockRejectedValue(REFUSAL);
        const refresh = jest.fn(() => Promise.resolve());
        const element = await renderWith(people, refresh);
        (row(element, WALTER).querySelector('button.change') as HTMLElement).click();
        await flushPromises();
        $(element, 'button.confirm-change').click();
        await flushPromises();
        const panel = $(element, 'c-support-error-panel.change-error');
        expect(deepText(panel)).toContain('The change was not made');
        expect(deepText(panel)).toContain(
            "Only your company's support admin can change who may grant privileged access."
        );
        expect($(element, '.confirm')).not.toBeNull();
        expect(($(element, 'button.confirm-change') as HTMLButtonElement).disabled).toBe(false);
        expect(refresh).not.toHaveBeenCalled();
        $(element, 'button.keep').click();
        await flushPromises();
        (row(element, WALTER).querySelector('button.change') as HTMLElement).click();
        await flushPromises();
        expect($(element, 'c-support-error-panel.change-error')).toBeNull();
    });

    it('says when the people could not be loaded, and tries again', async () => {
        const element = createElement('c-support-access-people', { is: SupportAccessPeople });
        document.body.appendChild(element);
        await flushPromises();
        expect($(element, '.loading').textContent).toBe('Loading the people at your company…');
        const refresh = jest.fn(() => Promise.resolve());
        graphqlAdapter.emitErrors([{ message: 'Server down' }], isPeople, refresh);
        await flushPromises();
        const panel = $(element, 'c-support-error-panel.load-error');
        expect(deepText(panel)).toContain('The people at your company could not be loaded');
        expect($(element, '.loading')).toBeNull();
        await clickTryAgain(panel);
        expect(refresh).toHaveBeenCalledTimes(1);
    });

    it('is accessible: the list, the confirmation and a refusal; read-only too', async () => {
        mockCreateRecord.mockRejectedValue(REFUSAL);
        const element = await renderWith();
        await expect(element).toBeAccessible();
        (row(element, WALTER).querySelector('button.change') as HTMLElement).click();
        await flushPromises();
        await expect(element).toBeAccessible();
        $(element, 'button.confirm-change').click();
        await flushPromises();
        await expect(element).toBeAccessible();
        document.body.replaceChildren();
        await expect(await renderWith(asViewer(WALTER))).toBeAccessible();
    });
});
