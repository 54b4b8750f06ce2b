import { createElement } from 'lwc';
import { clickTryAgain, deepActiveElement, deepQueryAll, deepText, flushPromises, shadow } from 'test-helpers';
import SupportPinBar from 'c/supportPinBar';
import { graphql } from 'lightning/graphql';
import { createRecord } from 'lightning/uiRecordApi';
import { publish } from 'lightning/messageService';
import coveredCustomer from './data/coveredCustomer.json';
import coveredCustomerWithPin from './data/coveredCustomerWithPin.json';
import shortCustomer from './data/shortCustomer.json';
import expiredCustomer from './data/expiredCustomer.json';
import noSupportLicensesCustomer from './data/noSupportLicensesCustomer.json';
import noUserLicensesCustomer from './data/noUserLicensesCustomer.json';
import noAccountUser from './data/noAccountUser.json';
import cloudCustomer from './data/cloudCustomer.json';
import cloudCustomerWithoutPins from './data/cloudCustomerWithoutPins.json';
import errors from '../../ldsUtils/__tests__/data/errors.json';

// The test adapter sfdx-lwc-jest puts behind lightning/uiGraphQLApi.
const graphqlAdapter = graphql as unknown as {
    emit(data: unknown, filter?: (config: Record<string, unknown>) => boolean, refresh?: () => Promise<void>): void;
    emitErrors(errors: unknown[], filter?: unknown, refresh?: () => Promise<void>): void;
};
const mockCreateRecord = createRecord as jest.MockedFunction<typeof createRecord>;
const mockPublish = publish as jest.MockedFunction<typeof publish>;

// Now: 2026-11-22 10:00 in Los Angeles, the time zone sfdx-lwc-jest gives every test.
const NOW = new Date('2026-11-22T18:00:00.000Z');
const SAVED = { id: 'a02NEW000000000001AA', apiName: 'Support_PIN__c', fields: {} };

/** Makes crypto.getRandomValues fill every call with `byte`, then byte + 1, ...: PINs 11111111, 22222222, ... */
function scriptRandomBytes(firstByte = 1): jest.SpyInstance {
    let byte = firstByte;
    return jest
        .spyOn(globalThis.crypto, 'getRandomValues')
        .mockImplementation(<T extends ArrayBufferView | null>(array: T): T => {
            (array as unknown as Uint8Array).fill(byte++);
            return array;
        });
}

function renderBar(props: Record<string, unknown> = {}): HTMLElement {
    const element = createElement('c-support-pin-bar', { is: SupportPinBar });
    Object.assign(element, props);
    document.body.appendChild(element);
    return element;
}

/** Everything the tab keeps in session storage, as one text. */
function storedText(): string {
    const storage = window.sessionStorage;
    return Array.from({ length: storage.length }, (_, index) => storage.getItem(storage.key(index) ?? '')).join('\n');
}

function text(element: HTMLElement): string {
    return (shadow(element).textContent ?? '').replace(/\s+/g, ' ');
}

async function renderWith(data: unknown, props: Record<string, unknown> = {}): Promise<HTMLElement> {
    const element = renderBar(props);
    graphqlAdapter.emit(data);
    await flushPromises();
    return element;
}

function pinBarButton(element: HTMLElement): HTMLButtonElement {
    return shadow(element).querySelector('button.get-pin') as HTMLButtonElement;
}

type PinPanel = HTMLElement & { heading: string; pin: string; expires: string; privileged: boolean };

function pinPanel(element: HTMLElement): PinPanel {
    return shadow(element).querySelector('c-support-pin-dialog') as PinPanel;
}

type ConfirmPanel = HTMLElement & { heading: string; busy: boolean };

function confirmPanel(element: HTMLElement): ConfirmPanel {
    return shadow(element).querySelector('c-support-pin-confirm') as ConfirmPanel;
}

function savedFields(call = 0): Record<string, unknown> {
    return mockCreateRecord.mock.calls[call][0].fields;
}

/** The customer query's answer with a privileged PIN a colleague (Walter Skinner) issued for the company. */
function withCompanyPrivileged(data: unknown, expiresAt: string): unknown {
    const copy = JSON.parse(JSON.stringify(data));
    copy.uiapi.query.CompanyPrivilegedPin = {
        edges: [
            {
                node: {
                    Id: 'a02DEMO0000000009AAA',
                    Expires_At__c: { value: expiresAt },
                    PIN__c: { value: 'p9x8w7v6t5s4r' },
                    Issued_By_Name__c: { value: 'Walter Skinner' }
                }
            }
        ]
    };
    return copy;
}

describe('c-support-pin-bar', () => {
    beforeEach(() => {
        jest.useFakeTimers({
            now: NOW,
            doNotFake: [
                'setTimeout',
                'clearTimeout',
                'setImmediate',
                'clearImmediate',
                'setInterval',
                'clearInterval',
                'nextTick',
                'queueMicrotask'
            ]
        });
        mockCreateRecord.mockResolvedValue(SAVED as never);
        Object.defineProperty(navigator, 'clipboard', {
            value: { writeText: jest.fn().mockResolvedValue(undefined) },
            configurable: true
        });
    });

    afterEach(() => {
        mockCreateRecord.mockReset();
        document.body.replaceChildren();
        window.sessionStorage.clear();
        jest.useRealTimers();
        jest.restoreAllMocks();
        jest.clearAllMocks();
    });

    describe('while coverage loads', () => {
        it('shows a busy bar that says what it is doing', () => {
            const element = renderBar();
            const bar = shadow(element).querySelector('.pin-bar') as HTMLElement;
            expect(bar.getAttribute('aria-busy')).toBe('true');
            expect(text(element)).toContain('Checking your support coverage…');
            expect(pinBarButton(element)).toBeNull();
        });

        it('is accessible', async () => {
            await expect(renderBar()).toBeAccessible();
        });
    });

    describe('a covered customer', () => {
        it('says for the whole company while Thycotic can write to the cloud database, and not after', async () => {
            const element = await renderWith(withCompanyPrivileged(coveredCustomer, '2026-11-22T18:00:30.000Z'));
            expect(shadow(element).querySelector('.privileged-notice')?.textContent).toMatch(
                /until Nov 22, 2026, 10:00\sAM PST, 1 min from now\..*issued by Walter Skinner/
            );
            await expect(element).toBeAccessible();
            const expired = await renderWith(withCompanyPrivileged(coveredCustomer, '2026-11-22T17:59:59.000Z'));
            expect(shadow(expired).querySelector('.privileged-notice')).toBeNull();
        });

        it('sees the large PIN bar, asks for a PIN with one click and sees it on the bar', async () => {
            scriptRandomBytes(1);
            const element = await renderWith(coveredCustomer);
            const button = pinBarButton(element);
            expect(button.textContent).toContain('PIN');
            expect(button.textContent).toContain('Get your support PIN');

            button.click();
            await flushPromises();

            expect(mockCreateRecord).toHaveBeenCalledTimes(1);
            expect(shadow(element).querySelector('[data-pin]')?.textContent).toBe('Your PIN: 11111111');
            expect(text(element)).toMatch(/Valid until Nov 29, 2026, 10:00\sAM PST/);
            expect(pinBarButton(element)).toBeNull();
        });

        it('sends only the PIN and its kind: the org stamps account, contact, product and times', async () => {
            scriptRandomBytes(4);
            const element = await renderWith(coveredCustomer);
            pinBarButton(element).click();
            await flushPromises();

            expect(mockCreateRecord.mock.calls[0][0].apiName).toBe('Support_PIN__c');
            expect(savedFields()).toEqual({ PIN__c: '44444444', Kind__c: 'Standard' });
        });

        it('shows the expiry the org stamped', async () => {
            mockCreateRecord.mockResolvedValueOnce({
                ...SAVED,
                fields: { Expires_At__c: { value: '2026-11-29T17:59:00.000Z', displayValue: null } }
            } as never);
            const element = await renderWith(coveredCustomer);
            pinBarButton(element).click();
            await flushPromises();
            expect(text(element)).toMatch(/Valid until Nov 29, 2026, 9:59\sAM PST/);
        });

        it('tries a fresh PIN when the org refuses the value (taken or too easy), and never says why', async () => {
            scriptRandomBytes(1);
            mockCreateRecord
                .mockRejectedValueOnce(errors.pinTakenError)
                .mockRejectedValueOnce(errors.duplicatePinError)
                .mockRejectedValueOnce(errors.pinTakenError);
            const element = await renderWith(coveredCustomer);
            pinBarButton(element).click();
            await flushPromises();
            expect(mockCreateRecord).toHaveBeenCalledTimes(3);
            const shown = deepText(shadow(element).querySelector('.save-error'));
            expect(shown).toContain('That PIN cannot be used. Try again for a new one.');
            expect(shown).not.toContain('a02');
        });

        it('shows the org’s refusal in words and stays usable (not covered on the server)', async () => {
            mockCreateRecord.mockRejectedValueOnce(errors.notCoveredError);
            const element = await renderWith(coveredCustomer);
            pinBarButton(element).click();
            await flushPromises();
            expect(deepText(shadow(element).querySelector('.save-error'))).toContain(
                'No PIN: your support licenses do not cover your user licenses.'
            );
            expect(pinBarButton(element).disabled).toBe(false);
        });

        it('takes the PIN’s randomness from crypto.getRandomValues', async () => {
            const random = jest.spyOn(globalThis.crypto, 'getRandomValues');
            const element = await renderWith(coveredCustomer);
            pinBarButton(element).click();
            await flushPromises();
            expect(random).toHaveBeenCalled();
            expect(savedFields().PIN__c).toMatch(/^\d{8}$/);
        });

        it('announces the new PIN to screen readers', async () => {
            scriptRandomBytes(2);
            const element = await renderWith(coveredCustomer);
            const live = shadow(element).querySelector('[aria-live="polite"]') as HTMLElement;
            expect(live.textContent).toBe('');
            pinBarButton(element).click();
            await flushPromises();
            expect(live.textContent).toMatch(
                /^Your support PIN is 22222222\. Valid until Nov 29, 2026, 10:00\sAM PST\.$/
            );
        });

        it('offers to copy the PIN', async () => {
            scriptRandomBytes(3);
            const element = await renderWith(coveredCustomer);
            pinBarButton(element).click();
            await flushPromises();
            const copy = shadow(element).querySelector('c-support-copy-button') as HTMLElement & { value: string };
            expect(copy.value).toBe('33333333');
            (copy.shadowRoot as ShadowRoot).querySelector<HTMLElement>('lightning-button')?.click();
            await flushPromises();
            expect(navigator.clipboard.writeText).toHaveBeenCalledWith('33333333');
        });

        it('shows “Getting your PIN…” and disables the bar while the PIN is saved', async () => {
            let finishSave: (value: unknown) => void = () => undefined;
            mockCreateRecord.mockReturnValue(new Promise((resolve) => (finishSave = resolve)) as never);
            const element = await renderWith(coveredCustomer);
            pinBarButton(element).click();
            await Promise.resolve();
            expect(pinBarButton(element).disabled).toBe(true);
            expect(pinBarButton(element).textContent).toContain('Getting your PIN…');
            finishSave(SAVED);
            await flushPromises();
            expect(shadow(element).querySelector('[data-pin]')).not.toBeNull();
        });

        it('files one record when the bar is double-clicked', async () => {
            const element = await renderWith(coveredCustomer);
            const button = pinBarButton(element);
            button.click();
            button.click();
            button.dispatchEvent(new MouseEvent('click'));
            await flushPromises();
            expect(mockCreateRecord).toHaveBeenCalledTimes(1);
        });

        it('is accessible with the PIN bar and with a PIN on it', async () => {
            const element = await renderWith(coveredCustomer);
            await expect(element).toBeAccessible();
            pinBarButton(element).click();
            await flushPromises();
            await expect(element).toBeAccessible();
        });
    });

    describe('the rest of the portal learns of a new PIN through the customer query alone', () => {
        it('asks the query again once the PIN is stored, and keeps the PIN out of the shared context', async () => {
            scriptRandomBytes(8);
            const refresh = jest.fn().mockResolvedValue(undefined);
            const element = renderBar();
            graphqlAdapter.emit(coveredCustomer, undefined, refresh);
            await flushPromises();
            pinBarButton(element).click();
            await flushPromises();
            expect(shadow(element).querySelector('[data-pin]')?.textContent).toBe('Your PIN: 88888888');
            expect(refresh).toHaveBeenCalledTimes(1);
            expect(storedText()).not.toContain('88888888');
            expect(mockPublish).not.toHaveBeenCalled();
        });

        it('shares no PIN held from before either', async () => {
            await renderWith(coveredCustomerWithPin);
            expect(storedText()).not.toContain('80412765');
            expect(mockPublish).not.toHaveBeenCalled();
        });
    });

    describe('a customer who already has a valid PIN', () => {
        it('sees that PIN again instead of a new one', async () => {
            const element = await renderWith(coveredCustomerWithPin);
            expect(shadow(element).querySelector('[data-pin]')?.textContent).toBe('Your PIN: 80412765');
            expect(text(element)).toMatch(/Valid until Nov 25, 2026, 1:30\sAM PST/);
            expect(mockCreateRecord).not.toHaveBeenCalled();
        });

        it('can ask for a new one', async () => {
            scriptRandomBytes(5);
            const element = await renderWith(coveredCustomerWithPin);
            const newPin = shadow(element).querySelector('lightning-button.new-pin') as HTMLElement & { label: string };
            expect(newPin.label).toBe('Get a new PIN');
            newPin.click();
            await flushPromises();
            expect(mockCreateRecord).toHaveBeenCalledTimes(1);
            expect(shadow(element).querySelector('[data-pin]')?.textContent).toBe('Your PIN: 55555555');
        });
    });

    describe('a customer who is not covered', () => {
        it.each([
            [
                'fewer unexpired support licenses than user licenses',
                shortCustomer,
                '5 user licenses, 3 unexpired support licenses. The last one expired on Oct 1, 2026.'
            ],
            [
                'only expired support licenses',
                expiredCustomer,
                '5 user licenses, 0 unexpired support licenses. The last one expired on Oct 1, 2026.'
            ],
            ['no support licenses', noSupportLicensesCustomer, 'Your account has no support licenses on file.'],
            ['no user licenses', noUserLicensesCustomer, 'Your account has no user licenses on file.']
        ])('is told why (%s), what to do, and gets no PIN', async (_reason, data, why) => {
            const element = await renderWith(data);
            expect(text(element)).toContain('No PIN: your support licenses do not cover your user licenses');
            expect(shadow(element).querySelector('.coverage')?.textContent).toBe(why);
            expect(text(element)).toContain('Renew your support licenses with your Thycotic account manager');
            expect(pinBarButton(element)).toBeNull();
            expect(shadow(element).querySelector('.tech-pin')).toBeNull();
            expect(mockCreateRecord).not.toHaveBeenCalled();
        });

        it('is told when their user has no customer account', async () => {
            const element = await renderWith(noAccountUser);
            expect(text(element)).toContain('Your user is not linked to a customer account');
            expect(pinBarButton(element)).toBeNull();
        });

        it('is accessible', async () => {
            await expect(await renderWith(shortCustomer)).toBeAccessible();
        });
    });

    describe('when coverage cannot be read', () => {
        it('says so in words and can try again', async () => {
            const refresh = jest.fn().mockResolvedValue(undefined);
            const element = renderBar();
            graphqlAdapter.emitErrors(
                [{ message: 'Unable to reach the server. Check your connection and try again.' }],
                undefined,
                refresh
            );
            await flushPromises();
            const alert = shadow(element).querySelector('.load-error');
            expect(deepText(alert)).toContain('We could not check your support coverage.');
            expect(deepText(alert)).toContain('Something went wrong on our side.');

            clickTryAgain(alert);
            await flushPromises();
            expect(refresh).toHaveBeenCalledTimes(1);
            expect(text(element)).toContain('Checking your support coverage…');

            graphqlAdapter.emit(coveredCustomer);
            await flushPromises();
            expect(pinBarButton(element)).not.toBeNull();
        });

        it('is accessible', async () => {
            const element = renderBar();
            graphqlAdapter.emitErrors([{ message: 'Unable to reach the server.' }]);
            await flushPromises();
            await expect(element).toBeAccessible();
        });
    });

    describe('when the PIN cannot be stored', () => {
        it('shows the server’s reason and leaves the bar usable', async () => {
            mockCreateRecord.mockRejectedValueOnce(errors.validationError);
            const element = await renderWith(coveredCustomer);
            pinBarButton(element).click();
            await flushPromises();

            const alert = shadow(element).querySelector('.save-error') as HTMLElement;
            expect(alert.shadowRoot?.querySelector('[role="alert"]')).not.toBeNull();
            expect(deepText(alert)).toContain('We could not get you a PIN.');
            expect(deepText(alert)).toContain('Privileged PINs are for Secret Server Cloud only.');
            expect(pinBarButton(element).disabled).toBe(false);

            pinBarButton(element).click();
            await flushPromises();
            expect(mockCreateRecord).toHaveBeenCalledTimes(2);
            expect(shadow(element).querySelector('.save-error')).toBeNull();
            expect(shadow(element).querySelector('[data-pin]')).not.toBeNull();
        });

        it('shows a network failure in words', async () => {
            mockCreateRecord.mockRejectedValueOnce(errors.networkError);
            const element = await renderWith(coveredCustomer);
            pinBarButton(element).click();
            await flushPromises();
            expect(deepText(shadow(element).querySelector('.save-error'))).toContain(
                "The portal's server could not be reached or could not answer. Check your connection and try again."
            );
        });

        it('retries a PIN that collides with an existing one, with a fresh PIN', async () => {
            scriptRandomBytes(1);
            mockCreateRecord
                .mockRejectedValueOnce(errors.duplicatePinError)
                .mockRejectedValueOnce(errors.duplicatePinError);
            const element = await renderWith(coveredCustomer);
            pinBarButton(element).click();
            await flushPromises();

            expect(mockCreateRecord).toHaveBeenCalledTimes(3);
            expect([0, 1, 2].map((call) => savedFields(call).PIN__c)).toEqual(['11111111', '22222222', '33333333']);
            expect(shadow(element).querySelector('[data-pin]')?.textContent).toBe('Your PIN: 33333333');
        });

        it('gives up after three collisions and says so', async () => {
            mockCreateRecord.mockRejectedValue(errors.duplicatePinError);
            const element = await renderWith(coveredCustomer);
            pinBarButton(element).click();
            await flushPromises();
            expect(mockCreateRecord).toHaveBeenCalledTimes(3);
            expect(deepText(shadow(element).querySelector('.save-error'))).toContain('We could not get you a PIN.');
            expect(pinBarButton(element).disabled).toBe(false);
        });

        it('is accessible with the error showing', async () => {
            mockCreateRecord.mockRejectedValueOnce(errors.networkError);
            const element = await renderWith(coveredCustomer);
            pinBarButton(element).click();
            await flushPromises();
            await expect(element).toBeAccessible();
        });
    });

    describe('a Secret Server Cloud customer', () => {
        it('gets Generate Tech Support PIN and Generate Privilege PIN instead of the single bar', async () => {
            const element = await renderWith(cloudCustomerWithoutPins);
            expect(pinBarButton(element)).toBeNull();
            expect(shadow(element).querySelector('.tech-pin')?.textContent?.trim()).toBe('Generate Tech Support PIN');
            expect(shadow(element).querySelector('.privileged-pin')?.textContent?.trim()).toBe(
                'Generate Privilege PIN'
            );
        });

        it('is not offered a privileged PIN unless the company authorized them, and is told who can', async () => {
            const notAuthorized = JSON.parse(JSON.stringify(cloudCustomerWithoutPins));
            notAuthorized.uiapi.query.User.edges[0].node.Contact.Privileged_Access__c = { value: false };
            const element = await renderWith(notAuthorized);
            expect(shadow(element).querySelector('.tech-pin')).not.toBeNull();
            expect(shadow(element).querySelector('.privileged-pin')).toBeNull();
            expect(shadow(element).querySelector('.privileged-not-authorized')?.textContent).toBe(
                'Privileged PINs give Thycotic write access to your cloud database; only the people your company authorized can issue one. Ask one of them, or ask Thycotic Support who they are.'
            );
            await expect(element).toBeAccessible();
            // Authorized (the control): the action is there and the sentence is not.
            document.body.replaceChildren();
            const authorized = await renderWith(cloudCustomerWithoutPins);
            expect(shadow(authorized).querySelector('.privileged-pin')).not.toBeNull();
            expect(shadow(authorized).querySelector('.privileged-not-authorized')).toBeNull();
        });

        it('sees a Tech Support PIN in an inline panel with copy, focused and announced', async () => {
            scriptRandomBytes(6);
            const element = await renderWith(cloudCustomerWithoutPins);
            shadow(element).querySelector<HTMLButtonElement>('.tech-pin')?.click();
            await flushPromises();

            expect(savedFields()).toEqual({ PIN__c: '66666666', Kind__c: 'Standard' });
            const panel = pinPanel(element);
            expect(panel).toMatchObject({ heading: 'Tech Support PIN', pin: '66666666', privileged: false });
            expect(panel.expires).toMatch(/^Nov 29, 2026, 10:00\sAM PST$/);
            expect(shadow(element).activeElement).toBe(panel);
            expect(shadow(element).querySelector('.announcement')?.textContent).toMatch(
                /^Your support PIN is 66666666\. Valid until Nov 29, 2026, 10:00\sAM PST\.$/
            );
        });

        it('closes the PIN panel and gives focus back to the action that opened it', async () => {
            const element = await renderWith(cloudCustomerWithoutPins);
            shadow(element).querySelector<HTMLButtonElement>('.tech-pin')?.click();
            await flushPromises();
            pinPanel(element).dispatchEvent(new CustomEvent('close'));
            await flushPromises();
            expect(shadow(element).querySelector('c-support-pin-dialog')).toBeNull();
            expect(shadow(element).activeElement).toBe(shadow(element).querySelector('button.tech-pin'));
        });

        it('confirms what a privileged PIN grants inline, then shows a p PIN that expires in 24 hours', async () => {
            const element = await renderWith(cloudCustomerWithoutPins);
            const action = shadow(element).querySelector('button.privileged-pin') as HTMLButtonElement;
            action.click();
            await flushPromises();

            const confirm = confirmPanel(element);
            expect(confirm.heading).toBe('Give support write access for one day?');
            expect(shadow(element).activeElement).toBe(confirm);
            expect(action.getAttribute('aria-expanded')).toBe('true');
            expect(mockCreateRecord).not.toHaveBeenCalled();

            confirm.dispatchEvent(new CustomEvent('confirm'));
            await Promise.resolve();
            expect(confirm.busy).toBe(true);
            await flushPromises();
            const fields = savedFields();
            expect(fields.PIN__c).toMatch(/^p[0-9a-hjkmnp-tv-z]{12}$/);
            expect(fields).toEqual({ PIN__c: fields.PIN__c, Kind__c: 'Privileged' });
            expect(shadow(element).querySelector('c-support-pin-confirm')).toBeNull();
            const panel = pinPanel(element);
            expect(panel).toMatchObject({ heading: 'Privileged PIN', pin: fields.PIN__c, privileged: true });
            expect(panel.expires).toMatch(/^Nov 23, 2026, 10:00\sAM PST$/);
            expect(shadow(element).activeElement).toBe(panel);
            // One privileged PIN at a time: the action gives way to when this one ends.
            expect(shadow(element).querySelector('button.privileged-pin')).toBeNull();
            expect(shadow(element).querySelector('.privileged-active')?.textContent).toMatch(
                /^Thycotic can write to your cloud database until Nov 23, 2026, 10:00\sAM PST, 24 hr from now\.$/
            );
        });

        it('issues nothing when the privileged PIN is cancelled, and focus returns to the action', async () => {
            const element = await renderWith(cloudCustomerWithoutPins);
            shadow(element).querySelector<HTMLButtonElement>('.privileged-pin')?.click();
            await flushPromises();
            confirmPanel(element).dispatchEvent(new CustomEvent('cancel'));
            await flushPromises();
            expect(mockCreateRecord).not.toHaveBeenCalled();
            expect(shadow(element).querySelector('c-support-pin-confirm')).toBeNull();
            expect(shadow(element).querySelector('c-support-pin-dialog')).toBeNull();
            expect(shadow(element).activeElement).toBe(shadow(element).querySelector('button.privileged-pin'));
        });

        it('closes the question and shows the error when a confirmed privileged PIN fails', async () => {
            mockCreateRecord.mockRejectedValueOnce(errors.networkError);
            const element = await renderWith(cloudCustomerWithoutPins);
            shadow(element).querySelector<HTMLButtonElement>('.privileged-pin')?.click();
            await flushPromises();
            confirmPanel(element).dispatchEvent(new CustomEvent('confirm'));
            await flushPromises();
            expect(shadow(element).querySelector('c-support-pin-confirm')).toBeNull();
            expect(shadow(element).querySelector('c-support-pin-dialog')).toBeNull();
            expect(deepText(shadow(element).querySelector('.save-error'))).toContain(
                "The portal's server could not be reached"
            );
            expect(shadow(element).activeElement).toBe(shadow(element).querySelector('button.privileged-pin'));
        });

        it('is accessible with the question open', async () => {
            const element = await renderWith(cloudCustomer);
            shadow(element).querySelector<HTMLButtonElement>('.privileged-pin')?.click();
            await flushPromises();
            await expect(element).toBeAccessible();
        });

        it('does not offer a second privileged PIN while one is valid, and says until when', async () => {
            const element = await renderWith(cloudCustomer);
            expect(shadow(element).querySelector('.privileged-pin')).toBeNull();
            expect(shadow(element).querySelector('.privileged-active')?.textContent).toMatch(
                /^Thycotic can write to your cloud database until Nov 22, 2026, 10:00\sPM PST, 12 hr from now\.$/
            );
            expect(shadow(element).querySelector('.privileged-issued-by')?.textContent).toBe(
                'Privileged PIN issued by Dana Scully. No new one can be issued until it ends.'
            );
            expect(shadow(element).querySelector('.tech-pin')).not.toBeNull();
        });

        it('tells a colleague who did not issue it, and offers no second privileged PIN', async () => {
            const element = await renderWith(
                withCompanyPrivileged(cloudCustomerWithoutPins, '2026-11-22T23:12:00.000Z')
            );
            expect(shadow(element).querySelector('.privileged-active')?.textContent).toMatch(
                /^Thycotic can write to your cloud database until Nov 22, 2026, 3:12\sPM PST, 5 hr 12 min from now\.$/
            );
            expect(shadow(element).querySelector('.privileged-issued-by')?.textContent).toContain('Walter Skinner');
            expect(shadow(element).querySelector('.privileged-pin')).toBeNull();
        });

        describe('End access in the notice', () => {
            /** The notice's End access as the customer sees it: the bar and the c-support-end-access in it. */
            const $ = (element: HTMLElement, selector: string) =>
                deepQueryAll(element, selector, 'c-support-end-access')[0] ?? null;

            it('is offered to an authorized contact; ending it refreshes the query, announces it and focuses the bar', async () => {
                const refresh = jest.fn().mockResolvedValue(undefined);
                const element = renderBar();
                graphqlAdapter.emit(cloudCustomer, undefined, refresh);
                await flushPromises();
                // In the notice, after its words; named for the PIN (this contact's own: p7k3m9q2xa0bc).
                expect(shadow(element).querySelector('.privileged-notice > c-support-end-access')).not.toBeNull();
                const end = $(element, 'button.end-access');
                expect(end?.getAttribute('aria-label')).toBe('End access with PIN ending a0bc');
                end?.click();
                await flushPromises();
                expect(deepActiveElement(element)).toBe($(element, 'button.keep-access'));
                $(element, 'button.confirm-end')?.click();
                $(element, 'button.confirm-end')?.click();
                await flushPromises();
                expect(mockCreateRecord).toHaveBeenCalledTimes(1);
                expect(mockCreateRecord).toHaveBeenCalledWith({
                    apiName: 'Support_PIN_Revocation__c',
                    fields: { Support_PIN__c: 'a02DEMO0000000008AAA' }
                });
                expect(refresh).toHaveBeenCalledTimes(1);
                expect(shadow(element).querySelector('.announcement')?.textContent).toBe(
                    'Access with PIN •••• a0bc has ended.'
                );
                expect(shadow(element).querySelector('.privileged-notice')).toBeNull();
                expect(shadow(element).activeElement).toBe(shadow(element).querySelector('section.pin'));
            });

            it("keeps the notice and shows the org's words when ending fails", async () => {
                mockCreateRecord.mockRejectedValueOnce(errors.networkError);
                const refresh = jest.fn().mockResolvedValue(undefined);
                const element = renderBar();
                graphqlAdapter.emit(cloudCustomer, undefined, refresh);
                await flushPromises();
                $(element, 'button.end-access')?.click();
                await flushPromises();
                $(element, 'button.confirm-end')?.click();
                await flushPromises();
                expect(deepText($(element, 'c-support-error-panel.end-error'))).toContain(
                    "The portal's server could not be reached"
                );
                expect(shadow(element).querySelector('.privileged-notice')).not.toBeNull();
                expect(refresh).not.toHaveBeenCalled();
                expect(shadow(element).querySelector('.announcement')?.textContent).toBe('');
                await expect(element).toBeAccessible();
            });

            it("is offered on a colleague's privileged PIN too, named by its last four", async () => {
                const element = await renderWith(
                    withCompanyPrivileged(cloudCustomerWithoutPins, '2026-11-22T23:12:00.000Z')
                );
                expect($(element, 'button.end-access')?.getAttribute('aria-label')).toBe(
                    'End access with PIN ending 5s4r'
                );
                await expect(element).toBeAccessible();
            });

            it('is not offered to a colleague the company did not authorize', async () => {
                const notAuthorized = JSON.parse(
                    JSON.stringify(withCompanyPrivileged(cloudCustomerWithoutPins, '2026-11-22T23:12:00.000Z'))
                );
                notAuthorized.uiapi.query.User.edges[0].node.Contact.Privileged_Access__c = { value: false };
                const element = await renderWith(notAuthorized);
                expect(shadow(element).querySelector('.privileged-active')).not.toBeNull();
                expect(shadow(element).querySelector('c-support-end-access')).toBeNull();
                expect($(element, 'button.end-access')).toBeNull();
            });
        });

        it('lists the PINs that are still valid', async () => {
            const element = await renderWith(cloudCustomer);
            const items = Array.from(shadow(element).querySelectorAll('.current-pins li')).map((li) =>
                Array.from(li.children).map((part) => part.textContent)
            );
            expect(items).toHaveLength(1);
            expect(items[0].slice(0, 2)).toEqual(['Privileged PIN:', 'p7k3m9q2xa0bc']);
            expect(items[0][2]).toMatch(/^Valid until Nov 22, 2026, 10:00\sPM PST$/);
        });

        it('shows a failed save in words and opens no PIN panel', async () => {
            mockCreateRecord.mockRejectedValueOnce(errors.networkError);
            const element = await renderWith(cloudCustomerWithoutPins);
            shadow(element).querySelector<HTMLButtonElement>('.tech-pin')?.click();
            await flushPromises();
            expect(shadow(element).querySelector('c-support-pin-dialog')).toBeNull();
            expect(deepText(shadow(element).querySelector('.save-error'))).toContain(
                "The portal's server could not be reached"
            );
            expect(shadow(element).querySelector<HTMLButtonElement>('.tech-pin')?.disabled).toBe(false);
        });

        it('is accessible', async () => {
            await expect(await renderWith(cloudCustomerWithoutPins)).toBeAccessible();
        });
    });

    describe('the builder property', () => {
        it('CLOUD shows the cloud layout whatever the product on file, but never the privileged action', async () => {
            const element = await renderWith(coveredCustomer, { mode: 'CLOUD' });
            expect(shadow(element).querySelector('.tech-pin')).not.toBeNull();
            expect(shadow(element).querySelector('.privileged-pin')).toBeNull();
            expect(pinBarButton(element)).toBeNull();
        });

        it('STANDARD shows the single bar even for Secret Server Cloud', async () => {
            const element = await renderWith(cloudCustomer, { mode: 'STANDARD' });
            expect(pinBarButton(element)).not.toBeNull();
            expect(shadow(element).querySelector('.tech-pin')).toBeNull();
        });
    });

    it('asks its query again after storing a PIN, so the PIN is there when the customer comes back', async () => {
        const refresh = jest.fn().mockResolvedValue(undefined);
        const element = renderBar();
        graphqlAdapter.emit(coveredCustomer, undefined, refresh);
        await flushPromises();
        expect(refresh).not.toHaveBeenCalled();
        pinBarButton(element).click();
        await flushPromises();
        expect(mockCreateRecord).toHaveBeenCalledTimes(1);
        expect(refresh).toHaveBeenCalledTimes(1);
    });

    it('writes no PIN to the console', async () => {
        const consoleSpies = (['log', 'info', 'debug', 'warn', 'error'] as const).map((method) =>
            jest.spyOn(console, method).mockImplementation(() => undefined)
        );
        scriptRandomBytes(7);
        const element = await renderWith(coveredCustomer);
        pinBarButton(element).click();
        await flushPromises();
        const logged = consoleSpies.flatMap((spy) => spy.mock.calls.flat().map(String)).join('\n');
        expect(logged).not.toContain('77777777');
    });
});
