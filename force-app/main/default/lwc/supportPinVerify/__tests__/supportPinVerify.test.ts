import { createElement } from 'lwc';
import { deepText, flushPromises, freezeTime, NOW, shadow } from 'test-helpers';
import SupportPinVerify from 'c/supportPinVerify';
import { pinFromInput, relativeTime } from '../verifyQuery';
import { graphql } from 'lightning/graphql';
import { createRecord, updateRecord } from 'lightning/uiRecordApi';
import validPin from './data/validPin.json';

jest.mock('lightning/graphql', () => jest.requireActual('test-helpers').graphqlWithQueryText());

const graphqlAdapter = graphql as unknown as {
    emit(data: unknown, filter?: unknown, refresh?: () => Promise<void>): void;
    emitErrors(errors: unknown[], filter?: unknown, refresh?: () => Promise<void>): void;
    getLastConfig(): { query?: string; variables?: Record<string, unknown> } | undefined;
};
const mockCreateRecord = createRecord as jest.MockedFunction<typeof createRecord>;
const mockUpdateRecord = updateRecord as jest.MockedFunction<typeof updateRecord>;

type Data = typeof validPin;
type PinNode = NonNullable<Data['uiapi']['query']['Support_PIN_Verification__c']['edges'][0]['node']['Support_PIN__r']>;

/** What the verification found: the valid PIN, changed. */
function withPin(changes: Partial<Record<keyof PinNode, unknown>>): Data {
    const copy = JSON.parse(JSON.stringify(validPin)) as Data;
    Object.assign(copy.uiapi.query.Support_PIN_Verification__c.edges[0].node.Support_PIN__r as PinNode, changes);
    return copy;
}

/** The verification found no PIN with the value. */
function noPin(): Data {
    const copy = JSON.parse(JSON.stringify(validPin)) as Data;
    (copy.uiapi.query.Support_PIN_Verification__c.edges[0].node as { Support_PIN__r: unknown }).Support_PIN__r = null;
    copy.uiapi.query.Support_License__c.edges = [];
    copy.uiapi.query.Case.edges = [];
    copy.uiapi.query.Case.totalCount = 0;
    return copy;
}

const $ = (element: HTMLElement, selector: string) => shadow(element).querySelector(selector) as HTMLElement;

function render(): HTMLElement {
    const element = createElement('c-support-pin-verify', { is: SupportPinVerify });
    document.body.appendChild(element);
    return element;
}

async function type(element: HTMLElement, text: string): Promise<void> {
    const input = $(element, 'lightning-input.pin-input') as HTMLElement & { value: string };
    input.value = text;
    input.dispatchEvent(new CustomEvent('change', { detail: { value: text } }));
    await flushPromises();
}

async function verify(element: HTMLElement, text: string): Promise<void> {
    await type(element, text);
    $(element, 'lightning-button.verify-button').click();
    await flushPromises();
}

async function verifyAndAnswer(
    text: string,
    data: unknown = validPin,
    refresh = jest.fn().mockResolvedValue(undefined)
): Promise<{ element: HTMLElement; refresh: jest.Mock }> {
    const element = render();
    await verify(element, text);
    graphqlAdapter.emit(data, undefined, refresh);
    await flushPromises();
    return { element, refresh };
}

describe('c-support-pin-verify', () => {
    beforeEach(() => {
        freezeTime();
        mockCreateRecord.mockResolvedValue({ id: 'a04NEW' } as never);
    });

    afterEach(() => {
        document.body.replaceChildren();
        jest.clearAllMocks();
        jest.useRealTimers();
    });

    it.each([
        ['48210937', '48210937'],
        [' PIN 4821 0937 ', '48210937'],
        ['pin: 4821-0937', '48210937'],
        ['PIN#P7K2 M9XQ 4RTV W', 'p7k2m9xq4rtvw'],
        ['P7K2M9XQ4RTVW', 'p7k2m9xq4rtvw']
    ])('reads %j as the PIN %s', (typed, pin) => {
        expect(pinFromInput(typed)).toBe(pin);
    });

    it('looks nothing up before the engineer asks, and shows no verdict on an empty box', async () => {
        const element = render();
        await flushPromises();
        expect(graphqlAdapter.getLastConfig()?.query).toBeUndefined();
        // Even an answer arriving for no question shows nothing (the preview once showed VALID here).
        graphqlAdapter.emit(validPin);
        await flushPromises();
        expect($(element, '.verdict')).toBeNull();
        expect(mockCreateRecord).not.toHaveBeenCalled();
    });

    it('names the PIN its verdict is for', async () => {
        const { element } = await verifyAndAnswer(' PIN 4821 0937 ');
        expect(graphqlAdapter.getLastConfig()?.query).toContain('query supportPinVerify');
        expect($(element, '.verdict').textContent).toBe('VALID');
        expect($(element, '.checked-pin').textContent).toBe('for PIN 48210937');
    });

    it('clears the verdict when the box changes, and says why; the same PIN typed back shows it again', async () => {
        const { element } = await verifyAndAnswer('48210937');
        $(element, 'lightning-button.revoke').click();
        await flushPromises();
        await type(element, '48210938');
        expect($(element, '.verdict')).toBeNull();
        expect($(element, '.confirm-revoke')).toBeNull();
        expect($(element, '.changed').textContent).toBe(
            'The PIN in the box changed since the last check. Press Verify to check it.'
        );
        await type(element, 'PIN 4821-0937');
        expect($(element, '.verdict').textContent).toBe('VALID');
        expect($(element, '.changed')).toBeNull();
        // Emptied, the box shows neither a verdict nor the hint.
        await type(element, '');
        expect($(element, '.verdict')).toBeNull();
        expect($(element, '.changed')).toBeNull();
    });

    it('keeps an answer about text that is no PIN when the last PIN’s result comes again', async () => {
        const { element } = await verifyAndAnswer('48210937');
        await verify(element, 'hello');
        expect(graphqlAdapter.getLastConfig()?.query).toBeUndefined();
        graphqlAdapter.emit(validPin);
        await flushPromises();
        expect($(element, '.verdict').textContent).toBe('NO SUCH PIN');
        expect($(element, '.checked-pin').textContent).toBe('for PIN hello');
    });

    it('sends the case number the engineer typed beside the PIN, trimmed, for the server to link', async () => {
        const element = render();
        const caseInput = $(element, 'lightning-input.case-input') as HTMLElement & { label: string };
        expect(caseInput.label).toBe('Case number (optional)');
        caseInput.dispatchEvent(new CustomEvent('change', { detail: { value: ' 00001026 ' } }));
        await verify(element, '48210937');
        expect(mockCreateRecord).toHaveBeenCalledWith({
            apiName: 'Support_PIN_Verification__c',
            fields: { PIN_Entered__c: '48210937', Case_Number__c: '00001026' }
        });
        await expect(element).toBeAccessible();
    });

    it('records the lookup first, then reads what that verification found, in one query', async () => {
        let finish: (value: unknown) => void = () => undefined;
        mockCreateRecord.mockReturnValue(new Promise((resolve) => (finish = resolve)) as never);
        const element = render();
        await verify(element, ' PIN 4821 0937 ');
        // The browser sends only what was typed; nothing is read before the server has the audit record.
        expect(mockCreateRecord).toHaveBeenCalledTimes(1);
        expect(mockCreateRecord).toHaveBeenCalledWith({
            apiName: 'Support_PIN_Verification__c',
            fields: { PIN_Entered__c: '48210937' }
        });
        expect(graphqlAdapter.getLastConfig()?.query).toBeUndefined();
        expect(($(element, 'lightning-button.verify-button') as HTMLElement & { label: string }).label).toBe(
            'Checking…'
        );
        finish({ id: 'a04NEW' });
        await flushPromises();
        expect(graphqlAdapter.getLastConfig()?.variables).toEqual({ verification: 'a04NEW', openCases: 10 });
        // The PIN value is never asked of the server by the engineer's browser.
        expect(graphqlAdapter.getLastConfig()?.query).not.toContain('PIN__c');
    });

    it('shows a valid PIN: kind, times, account, contact, product, coverage and open cases', async () => {
        const { element } = await verifyAndAnswer('48210937');
        expect($(element, '.verdict').textContent).toBe('VALID');
        expect($(element, '.verdict').className).toContain('verdict_valid');
        expect($(element, '.kind').textContent).toContain('Standard PIN: identifies the customer');
        expect($(element, '.issued').textContent).toBe('Nov 20, 2026, 10:00 AM');
        expect($(element, '.expiry').textContent).toBe('Nov 27, 2026, 10:00 AM (in 5 days)');
        expect($(element, '.account').textContent).toBe('Acme Corp');
        expect(deepText($(element, '.contact'))).toBe('Dana Scully dana.scully@acme.example +1 202 555 0142');
        expect($(element, '.product').textContent).toBe('Secret Server');
        expect($(element, '.coverage-verdict').textContent).toBe('Covered');
        const link = $(element, '.open-cases a') as HTMLAnchorElement;
        expect(link.textContent).toBe('00001026');
        expect($(element, '.case-subject').textContent).toBe('Discovery scan stops at 40%');
        expect($(element, 'lightning-button.revoke')).not.toBeNull();
        await expect(element).toBeAccessible();
    });

    it('says what a privileged PIN allows', async () => {
        const { element } = await verifyAndAnswer(
            'P7K2 M9XQ 4RTV W',
            withPin({
                Kind__c: { value: 'Privileged' },
                Expires_At__c: { value: '2026-11-23T06:00:00.000Z' }
            })
        );
        expect(mockCreateRecord).toHaveBeenCalledWith({
            apiName: 'Support_PIN_Verification__c',
            fields: { PIN_Entered__c: 'p7k2m9xq4rtvw' }
        });
        expect($(element, '.checked-pin').textContent).toBe('for PIN p7k2m9xq4rtvw');
        expect($(element, '.kind').textContent).toContain('Privileged PIN');
        expect($(element, '.kind').textContent).toContain('at most 24 hours');
        expect($(element, '.expiry').textContent).toBe('Nov 22, 2026, 10:00 PM (in 12 hours)');
    });

    it('shows an expired PIN in large words, and offers no revoke', async () => {
        const { element } = await verifyAndAnswer(
            '48210937',
            withPin({ Expires_At__c: { value: '2026-11-22T17:30:00.000Z' } })
        );
        expect($(element, '.verdict').textContent).toBe('EXPIRED');
        expect($(element, '.expiry').textContent).toBe('Nov 22, 2026, 9:30 AM (30 minutes ago)');
        expect($(element, 'lightning-button.revoke')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('shows a revoked PIN with when it was revoked', async () => {
        const { element } = await verifyAndAnswer(
            '48210937',
            withPin({
                Expires_At__c: { value: '2026-11-21T18:00:00.000Z' },
                Revoked_At__c: { value: '2026-11-21T18:00:00.000Z' }
            })
        );
        expect($(element, '.verdict').textContent).toBe('REVOKED');
        expect($(element, '.revoked-at').textContent).toBe('Nov 21, 2026, 10:00 AM');
        expect($(element, '.revoked-by')).toBeNull();
        expect($(element, 'lightning-button.revoke')).toBeNull();
    });

    it('says when the customer ended the PIN themselves, and when Thycotic did', async () => {
        const revoked = (customer: boolean) =>
            withPin({
                Expires_At__c: { value: '2026-11-22T17:00:00.000Z' },
                Revoked_At__c: { value: '2026-11-22T17:00:00.000Z' },
                Revoked_By_Name__c: { value: customer ? 'Dana Scully' : 'Fox Mulder' },
                Revoked_By_Customer__c: { value: customer }
            });
        const { element } = await verifyAndAnswer('48210937', revoked(true));
        expect($(element, '.verdict').textContent).toBe('REVOKED');
        expect($(element, '.revoked-by').textContent).toBe('Dana Scully, the customer (End access on the portal)');
        await expect(element).toBeAccessible();
        const { element: byThycotic } = await verifyAndAnswer('48210937', revoked(false));
        expect($(byThycotic, '.revoked-by').textContent).toBe('Fox Mulder, Thycotic Support');
    });

    it('answers an unknown PIN with "no such PIN" and nothing about near matches', async () => {
        const { element } = await verifyAndAnswer('48210938', noPin());
        expect($(element, '.verdict').textContent).toBe('NO SUCH PIN');
        expect($(element, '.unknown-hint').textContent).toContain('No PIN has this value.');
        expect($(element, '.details')).toBeNull();
        expect($(element, '.open-cases')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('shows no one when two companies hold the PIN, and asks for a new one', async () => {
        const twoCompanies = noPin();
        (twoCompanies.uiapi.query.Support_PIN_Verification__c.edges[0].node as { Verdict__c?: unknown }).Verdict__c = {
            value: 'Ambiguous'
        };
        const { element } = await verifyAndAnswer('48210938', twoCompanies);
        expect($(element, '.verdict').textContent).toBe('TWO COMPANIES');
        expect($(element, '.unknown-hint').textContent).toContain('Ask the customer to get a new PIN');
        expect($(element, '.details')).toBeNull();
        expect($(element, 'lightning-button.revoke')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('does not ask the server about text that cannot be a PIN, but records the lookup', async () => {
        const element = render();
        await verify(element, 'hello');
        expect(graphqlAdapter.getLastConfig()?.variables).toBeUndefined();
        expect($(element, '.verdict').textContent).toBe('NO SUCH PIN');
        expect(mockCreateRecord).toHaveBeenCalledWith({
            apiName: 'Support_PIN_Verification__c',
            fields: { PIN_Entered__c: 'hello' }
        });
    });

    it('shows when the account is not covered now, and why', async () => {
        const data = withPin({});
        data.uiapi.query.Support_License__c.edges = [data.uiapi.query.Support_License__c.edges[0]];
        const { element } = await verifyAndAnswer('48210937', data);
        expect($(element, '.coverage-verdict').textContent).toBe('Not covered');
        expect($(element, '.coverage-text').textContent).toContain('5 user licenses');
    });

    it('records and reads again when the same PIN is verified again: every lookup is on record', async () => {
        const { element } = await verifyAndAnswer('48210937');
        mockCreateRecord.mockResolvedValue({ id: 'a04AGAIN' } as never);
        await verify(element, '4821 0937');
        expect(mockCreateRecord).toHaveBeenCalledTimes(2);
        expect(graphqlAdapter.getLastConfig()?.variables).toEqual({ verification: 'a04AGAIN', openCases: 10 });
    });

    it('revokes a valid PIN after an inline confirmation that says what it ends', async () => {
        const { element, refresh } = await verifyAndAnswer('48210937');
        $(element, 'lightning-button.revoke').click();
        await flushPromises();
        expect($(element, '.revoke-question').textContent).toContain('Revoke 48210937? It stops working at once');
        await expect(element).toBeAccessible();
        mockUpdateRecord.mockResolvedValue({} as never);
        $(element, 'lightning-button.confirm-revoke-button').click();
        await flushPromises();
        expect(mockUpdateRecord).toHaveBeenCalledWith({
            fields: { Id: 'a02DEMO0000000001AAA', Expires_At__c: NOW.toISOString(), Revoked_At__c: NOW.toISOString() }
        });
        expect(refresh).toHaveBeenCalled();
        expect($(element, '.announcement').textContent).toBe('The PIN is revoked.');
    });

    it('puts the question away on Cancel', async () => {
        const { element } = await verifyAndAnswer('48210937');
        $(element, 'lightning-button.revoke').click();
        await flushPromises();
        $(element, 'lightning-button.cancel-revoke').click();
        await flushPromises();
        expect($(element, '.confirm-revoke')).toBeNull();
        expect(mockUpdateRecord).not.toHaveBeenCalled();
    });

    it('says in words when the org refuses the revocation', async () => {
        const { element } = await verifyAndAnswer('48210937');
        $(element, 'lightning-button.revoke').click();
        await flushPromises();
        mockUpdateRecord.mockRejectedValue({
            status: 403,
            body: [{ errorCode: 'INSUFFICIENT_ACCESS', message: "You don't have permission to edit this Support PIN." }]
        });
        $(element, 'lightning-button.confirm-revoke-button').click();
        await flushPromises();
        const panel = $(element, 'c-support-error-panel.revoke-error');
        expect(deepText(panel)).toContain('The PIN was not revoked');
        expect(deepText(panel)).toContain('You do not have access to do this.');
    });

    it('shows a failed lookup in words', async () => {
        const element = render();
        await verify(element, '48210937');
        graphqlAdapter.emitErrors([{ message: 'Network down' }]);
        await flushPromises();
        const panel = $(element, 'c-support-error-panel.load-error');
        expect(deepText(panel)).toContain('The PIN could not be checked');
        expect(deepText(panel)).toContain('Something went wrong on our side.');
        expect(deepText(panel)).not.toContain('Network down');
        expect($(element, '.verdict')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('shows no verdict when the lookup could not be recorded', async () => {
        mockCreateRecord.mockRejectedValue({ status: 503, body: { message: 'Service Unavailable' } });
        const { element } = await verifyAndAnswer('48210937');
        expect(deepText($(element, 'c-support-error-panel.load-error'))).toContain(
            "The portal's server could not be reached"
        );
        expect($(element, '.verdict')).toBeNull();
    });

    it('writes how far a time is, in the engineer language', () => {
        expect(relativeTime('2026-11-22T18:20:00.000Z', NOW, 'en-US')).toBe('in 20 minutes');
        expect(relativeTime('2026-11-22T12:00:00.000Z', NOW, 'de')).toBe('vor 6 Stunden');
    });
});
