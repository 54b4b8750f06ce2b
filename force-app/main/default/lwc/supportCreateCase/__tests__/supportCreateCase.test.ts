import { createElement } from 'lwc';
import { deepText, flushPromises, freezeTime, shadow } from 'test-helpers';
import { readOwn, writeOwn } from 'c/supportSessionStore';
import { takeCasesChanged } from 'c/supportCaseChanges';
import SupportCreateCase, { DRAFT_KEY } from 'c/supportCreateCase';
import { graphql } from 'lightning/graphql';
import { createRecord, getRecord } from 'lightning/uiRecordApi';
import { getObjectInfo, getPicklistValuesByRecordType } from 'lightning/uiObjectInfoApi';
import { MessageContext, publish } from 'lightning/messageService';
import * as navigation from 'lightning/navigation';
import caseObjectInfo from '@metadata/objectInfo/Case';
import casePicklists from '@metadata/picklists/Case';
import customer from './data/customer.json';
import customerWithoutPin from './data/customerWithoutPin.json';
import createdCase from './data/createdCase.json';
import errors from '../../ldsUtils/__tests__/data/errors.json';
import suggestions from '../../supportKnowledge/__tests__/data/candidates.json';
import { PAUSE_MS } from 'c/supportArticleSuggestions';

// The queries as their text, so a test can answer the article suggestions alone (the stub's gql returns nothing).
jest.mock('lightning/graphql', () => jest.requireActual('test-helpers').graphqlWithQueryText());

interface TestAdapter {
    emit(value: unknown, filter?: (config: Record<string, unknown>) => boolean): void;
}
const graphqlAdapter = graphql as unknown as TestAdapter;
const objectInfoAdapter = getObjectInfo as unknown as TestAdapter;
const picklistsAdapter = getPicklistValuesByRecordType as unknown as TestAdapter;
const recordAdapter = getRecord as unknown as TestAdapter;
const messageContextAdapter = MessageContext as unknown as TestAdapter;
const mockCreateRecord = createRecord as jest.MockedFunction<typeof createRecord>;
const mockPublish = publish as jest.MockedFunction<typeof publish>;
const { navigate } = navigation as unknown as { navigate: jest.Mock };

type Field = 'product' | 'severity' | 'subject' | 'description' | 'contactName' | 'contactPhone' | 'contactHours';

/** Renders the flow with the org's metadata and the customer's records delivered. */
async function renderFlow(customerData: unknown = customer): Promise<HTMLElement> {
    const element = createElement('c-support-create-case', { is: SupportCreateCase });
    document.body.appendChild(element);
    messageContextAdapter.emit({});
    // Object info, picklists and the customer arrive together: one wave of requests.
    objectInfoAdapter.emit(caseObjectInfo);
    picklistsAdapter.emit(casePicklists);
    graphqlAdapter.emit(customerData);
    await flushPromises();
    return element;
}

function field(
    element: HTMLElement,
    name: Field
): HTMLElement & { value: string; options?: { label: string; value: string }[] } {
    return shadow(element).querySelector(`[data-field="${name}"]`) as HTMLElement & { value: string };
}

/** Types into a field the way a lightning input reports it: a change event with the new value. */
async function enter(element: HTMLElement, name: Field, value: string): Promise<void> {
    field(element, name).dispatchEvent(new CustomEvent('change', { detail: { value } }));
    await flushPromises();
}

async function click(element: HTMLElement, selector: string): Promise<void> {
    shadow(element).querySelector<HTMLElement>(selector)?.click();
    await flushPromises();
}

/** The detail fields on screen (not hidden), and the PIN line with them. */
function detailsShown(element: HTMLElement): string[] {
    const shown = Array.from(shadow(element).querySelectorAll<HTMLElement>('.step-2 .field, .step-2 .pin')).filter(
        (node) => !node.hidden
    );
    return shown.map((node) => node.querySelector<HTMLElement>('[data-field]')?.dataset.field ?? 'pin');
}

function textOf(element: HTMLElement, selector: string): string {
    return deepText(shadow(element).querySelector(selector));
}

function stepText(element: HTMLElement): string {
    return textOf(element, '.step-text');
}

async function fillToReview(element: HTMLElement): Promise<void> {
    await enter(element, 'severity', 'Severity 2');
    await click(element, 'lightning-button.next');
    await enter(element, 'subject', 'Workflow stopped unexpectedly');
    await enter(element, 'description', 'Since 09:00 no workflow runs.\nError: timeout.');
    await enter(element, 'contactHours', 'Weekdays 08:00-17:00 ET');
    await click(element, 'lightning-button.next');
}

describe('c-support-create-case', () => {
    beforeEach(() => {
        mockCreateRecord.mockResolvedValue({ id: '500NEW000000000001AA', apiName: 'Case', fields: {} } as never);
    });

    beforeEach(() => {
        // The fixtures' PIN is valid until Nov 25, 2026: read them on Nov 22.
        freezeTime();
    });

    afterEach(() => {
        jest.useRealTimers();
        document.body.replaceChildren();
        window.sessionStorage.clear();
        jest.clearAllMocks();
    });

    describe('the form, rendered from one list of fields', () => {
        const FIELDS: Field[] = [
            'product',
            'severity',
            'subject',
            'description',
            'contactName',
            'contactPhone',
            'contactHours'
        ];

        function inputs(element: HTMLElement): (HTMLElement & { label: string; required: boolean; type?: string })[] {
            return Array.from(shadow(element).querySelectorAll('[data-field]:not(c-support-secret-warning)'));
        }

        it('shows each field once, in order, with its label, kind and message place', async () => {
            const element = await renderFlow();
            expect(inputs(element).map((input) => input.dataset.field)).toEqual(FIELDS);
            expect(inputs(element).map((input) => [input.tagName.toLowerCase(), input.label])).toEqual([
                ['lightning-combobox', 'Product'],
                ['lightning-radio-group', 'Severity'],
                ['lightning-input', 'Subject'],
                ['lightning-textarea', 'Symptoms and details'],
                ['lightning-input', 'Technical contact name'],
                ['lightning-input', 'Technical contact phone'],
                ['lightning-input', 'Hours the technical contact is present']
            ]);
            expect((field(element, 'contactPhone') as unknown as { type: string }).type).toBe('tel');
            expect(
                Array.from(shadow(element).querySelectorAll<HTMLElement>('[data-error-for]')).map(
                    (error) => error.dataset.errorFor
                )
            ).toEqual(FIELDS);
            // The secret warning watches the two fields a customer writes freely in.
            expect(
                Array.from(shadow(element).querySelectorAll<HTMLElement>('c-support-secret-warning')).map(
                    (warning) => warning.dataset.field
                )
            ).toEqual(['subject', 'description']);
        });

        it('marks as required exactly the fields the rules refuse empty', async () => {
            const element = await renderFlow(customerWithoutPin);
            const required = () =>
                inputs(element)
                    .filter((input) => input.required)
                    .map((i) => i.dataset.field);
            const refused = () =>
                Array.from(shadow(element).querySelectorAll<HTMLElement>('[data-error-for]'))
                    .filter((error) => error.textContent?.trim())
                    .map((error) => error.dataset.errorFor);
            await click(element, 'lightning-button.next');
            expect(refused()).toEqual(['product', 'severity']);
            expect(required()).toEqual(['product', 'severity', 'subject', 'description']);
            await enter(element, 'product', 'Secret Server');
            await enter(element, 'severity', 'Severity 3');
            await click(element, 'lightning-button.next');
            await click(element, '.step-2 lightning-button.next');
            expect(refused()).toEqual(['subject', 'description']);
        });

        it('moves focus to the first field to correct after Next, on each step', async () => {
            const element = await renderFlow(customerWithoutPin);
            const product = jest.spyOn(field(element, 'product'), 'focus');
            await click(element, 'lightning-button.next');
            expect(product).toHaveBeenCalledTimes(1);

            await enter(element, 'product', 'Secret Server');
            await enter(element, 'severity', 'Severity 3');
            await click(element, 'lightning-button.next');
            await enter(element, 'subject', 'Workflow stopped');
            const description = jest.spyOn(field(element, 'description'), 'focus');
            const subject = jest.spyOn(field(element, 'subject'), 'focus');
            await click(element, '.step-2 lightning-button.next');
            expect(description).toHaveBeenCalledTimes(1);
            expect(subject).not.toHaveBeenCalled();
            // Typing does not move focus.
            await enter(element, 'description', 'Since 09:00');
            expect(description).toHaveBeenCalledTimes(1);
        });

        it('moves focus to the field the org refused, back on its step', async () => {
            mockCreateRecord.mockRejectedValueOnce(errors.fieldError);
            const element = await renderFlow();
            await fillToReview(element);
            // The details are rendered again on the way back: watch every element's focus.
            const focus = jest.spyOn(HTMLElement.prototype, 'focus');
            await click(element, 'lightning-button.submit');
            expect(stepText(element)).toBe('Step 2 of 3: Details');
            expect(focus.mock.contexts).toEqual([field(element, 'subject')]);
            focus.mockRestore();
        });
    });

    describe('step 1: product and severity', () => {
        it('offers the org’s products and severities, with what each severity means', async () => {
            const element = await renderFlow();
            expect(stepText(element)).toBe('Step 1 of 3: Product and severity');
            const products = field(element, 'product').options?.map((o) => o.value);
            // Exactly the Support_Products value set, which holds the seeds' three products.
            expect(products).toEqual(casePicklists.picklistFieldValues.Product__c.values.map((v) => v.value));
            expect(products).toEqual(
                expect.arrayContaining(['Secret Server', 'Secret Server Cloud', 'Account Lifecycle Manager'])
            );
            const severities = field(element, 'severity').options ?? [];
            expect(severities.map((o) => o.value)).toEqual(['Severity 1', 'Severity 2', 'Severity 3', 'Severity 4']);
            expect(severities[0].label).toContain(
                'Severity 1: A critical problem that has caused complete loss of service'
            );
        });

        it('prefills the product on file', async () => {
            const element = await renderFlow();
            expect(field(element, 'product').value).toBe('Secret Server');
        });

        it('stops at Severity 1 and shows the phone numbers instead', async () => {
            const element = await renderFlow();
            await enter(element, 'severity', 'Severity 1');
            expect(textOf(element, '.severity-1')).toContain('Severity 1 issues must be reported by phone');
            expect(textOf(element, '.severity-1')).toContain('Do not open a case for it.');
            expect(shadow(element).querySelector('c-support-phone-table')).not.toBeNull();
            // No way on from step one; the details step waits, hidden.
            expect(shadow(element).querySelector('.step-1 lightning-button.next')).toBeNull();
            expect((shadow(element).querySelector('.step-2') as HTMLElement).hidden).toBe(true);
            expect(mockCreateRecord).not.toHaveBeenCalled();
        });

        it('lets the customer change their mind after Severity 1', async () => {
            const element = await renderFlow();
            await enter(element, 'severity', 'Severity 1');
            await enter(element, 'severity', 'Severity 3');
            expect(shadow(element).querySelector('c-support-phone-table')).toBeNull();
            await click(element, 'lightning-button.next');
            expect(stepText(element)).toBe('Step 2 of 3: Details');
        });

        it('says what is missing before going on', async () => {
            const element = await renderFlow(customerWithoutPin);
            await click(element, 'lightning-button.next');
            // The summary names the fields; each message is shown once, under its field.
            expect(textOf(element, '.problems')).toBe('Please correct these fields before you go on: Product Severity');
            expect(textOf(element, '[data-error-for="product"]')).toBe('Product: this field is required.');
            expect(textOf(element, '[data-error-for="severity"]')).toBe('Severity: this field is required.');
            const everything = deepText(element);
            expect(everything.split('Severity: this field is required.').length - 1).toBe(1);
            expect(everything.split('Product: this field is required.').length - 1).toBe(1);
            expect(stepText(element)).toBe('Step 1 of 3: Product and severity');
        });

        it('is accessible, also at the Severity 1 stop', async () => {
            const element = await renderFlow();
            await expect(element).toBeAccessible();
            await enter(element, 'severity', 'Severity 1');
            await expect(element).toBeAccessible();
        });
    });

    describe('step 2: details', () => {
        it('prefills the technical contact from the customer’s records and attaches the current PIN', async () => {
            const element = await renderFlow();
            await enter(element, 'severity', 'Severity 2');
            await click(element, 'lightning-button.next');
            expect(stepText(element)).toBe('Step 2 of 3: Details');
            expect(field(element, 'contactName').value).toBe('Dana Scully');
            expect(field(element, 'contactPhone').value).toBe('+1 202 555 0142');
            expect(textOf(element, '.pin')).toBe('Your current PIN 80412765 will be attached to the case.');
        });

        it('points to the PIN bar when there is no valid PIN', async () => {
            const element = await renderFlow(customerWithoutPin);
            await enter(element, 'product', 'Secret Server');
            await enter(element, 'severity', 'Severity 4');
            await click(element, 'lightning-button.next');
            expect(textOf(element, '.pin')).toContain('You have no valid support PIN. Get one from the PIN bar');
        });

        it('requires a subject and a description before any request', async () => {
            const element = await renderFlow();
            await enter(element, 'severity', 'Severity 2');
            await click(element, 'lightning-button.next');
            await click(element, 'lightning-button.next');
            expect(textOf(element, '.problems')).toBe(
                'Please correct these fields before you go on: Subject Symptoms and details'
            );
            expect(textOf(element, '[data-error-for="subject"]')).toBe('Subject: this field is required.');
            expect(textOf(element, '[data-error-for="description"]')).toBe(
                'Symptoms and details: this field is required.'
            );
            expect(stepText(element)).toBe('Step 2 of 3: Details');
            expect(mockCreateRecord).not.toHaveBeenCalled();
        });

        it('holds the subject to 255 characters and the description to 32,000', async () => {
            const element = await renderFlow();
            await enter(element, 'severity', 'Severity 2');
            await click(element, 'lightning-button.next');
            await enter(element, 'subject', 'x'.repeat(256));
            await enter(element, 'description', 'y'.repeat(32001));
            await click(element, 'lightning-button.next');
            expect(textOf(element, '[data-error-for="subject"]')).toBe(
                'Subject: use at most 255 characters (now 256).'
            );
            expect(textOf(element, '[data-error-for="description"]')).toBe(
                'Symptoms and details: use at most 32,000 characters (now 32,001). Paste a short excerpt of a log here, and attach the whole log as a file on the case page once the case is created.'
            );
            expect((field(element, 'subject') as unknown as { maxLength: number }).maxLength).toBe(255);
        });

        it('warns of a private key in the description and takes it out when asked, keeping the rest', async () => {
            const element = await renderFlow();
            await enter(element, 'severity', 'Severity 2');
            await click(element, 'lightning-button.next');
            const key = '-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA7x\n-----END RSA PRIVATE KEY-----';
            await enter(element, 'description', `SSH to the engine fails. Our key:\n${key}`);
            const warning = shadow(element).querySelector(
                'c-support-secret-warning[data-field="description"]'
            ) as HTMLElement;
            expect(deepText(warning)).toContain('This looks like a private key.');
            expect(deepText(shadow(element).querySelector('c-support-secret-warning[data-field="subject"]'))).toBe('');
            shadow(warning).querySelector<HTMLElement>('lightning-button.remove')?.click();
            await flushPromises();
            expect(field(element, 'description').value).toBe('SSH to the engine fails. Our key:\n[removed]');
            expect((readOwn(DRAFT_KEY) as { draft: { description: string } }).draft.description).toBe(
                'SSH to the engine fails. Our key:\n[removed]'
            );
            expect(deepText(warning)).toBe('');
        });

        it('keeps a pasted log whole, says at once it is too long, and how to send it instead', async () => {
            const element = await renderFlow();
            await enter(element, 'severity', 'Severity 2');
            await click(element, 'lightning-button.next');
            // The box does not cut what is pasted: no maximum length on it; the customer is told instead.
            expect((field(element, 'description') as unknown as { maxLength?: number }).maxLength).toBeUndefined();
            expect(textOf(element, '[data-error-for="description"]')).toBe('');
            await enter(element, 'description', 'log line\n'.repeat(4000));
            expect(field(element, 'description').value).toHaveLength(36000);
            expect(textOf(element, '[data-error-for="description"]')).toBe(
                'Symptoms and details: use at most 32,000 characters (now 36,000). Paste a short excerpt of a log here, and attach the whole log as a file on the case page once the case is created.'
            );
            expect(textOf(element, '[data-error-for="description"]')).toContain('attach the whole log as a file');
        });

        it('clears a field’s problem once the customer fixes it', async () => {
            const element = await renderFlow();
            await enter(element, 'severity', 'Severity 2');
            await click(element, 'lightning-button.next');
            await click(element, 'lightning-button.next');
            await enter(element, 'subject', 'Workflow stopped');
            expect(textOf(element, '.problems')).toBe(
                'Please correct these fields before you go on: Symptoms and details'
            );
            expect(textOf(element, '[data-error-for="subject"]')).toBe('');
        });

        it('goes back to step 1 and keeps what was entered', async () => {
            const element = await renderFlow();
            await enter(element, 'severity', 'Severity 2');
            await click(element, 'lightning-button.next');
            await enter(element, 'subject', 'Workflow stopped');
            await click(element, 'lightning-button.back');
            expect(field(element, 'severity').value).toBe('Severity 2');
            await click(element, 'lightning-button.next');
            expect(field(element, 'subject').value).toBe('Workflow stopped');
        });

        it('is accessible with problems showing', async () => {
            const element = await renderFlow();
            await enter(element, 'severity', 'Severity 2');
            await click(element, 'lightning-button.next');
            await click(element, 'lightning-button.next');
            await expect(element).toBeAccessible();
        });
    });

    describe('step 3: review and submit', () => {
        it('shows everything that will be sent', async () => {
            const element = await renderFlow();
            await fillToReview(element);
            expect(stepText(element)).toBe('Step 3 of 3: Review and submit');
            const review = Object.fromEntries(
                Array.from(shadow(element).querySelectorAll<HTMLElement>('[data-review]')).map((item) => [
                    item.dataset.review,
                    item.querySelector('dd')?.textContent
                ])
            );
            expect(review).toEqual({
                product: 'Secret Server',
                severity: 'Severity 2',
                subject: 'Workflow stopped unexpectedly',
                description: 'Since 09:00 no workflow runs.\nError: timeout.',
                contactName: 'Dana Scully',
                contactPhone: '+1 202 555 0142',
                contactHours: 'Weekdays 08:00-17:00 ET',
                pin: '80412765'
            });
        });

        it('files one Case with every field, then shows its number and a link to it', async () => {
            const element = await renderFlow();
            await fillToReview(element);
            await click(element, 'lightning-button.submit');

            expect(mockCreateRecord).toHaveBeenCalledTimes(1);
            expect(mockCreateRecord).toHaveBeenCalledWith({
                apiName: 'Case',
                fields: {
                    Product__c: 'Secret Server',
                    Severity__c: 'Severity 2',
                    Subject: 'Workflow stopped unexpectedly',
                    Description: 'Since 09:00 no workflow runs.\nError: timeout.',
                    Technical_Contact_Name__c: 'Dana Scully',
                    Technical_Contact_Phone__c: '+1 202 555 0142',
                    Technical_Contact_Hours__c: 'Weekdays 08:00-17:00 ET',
                    PIN_Entered__c: '80412765',
                    ContactId: '003DEMO0000000001AAA'
                }
            });

            recordAdapter.emit(createdCase);
            await flushPromises();
            expect(textOf(element, '.created-title')).toBe('Case 00001032 was created.');
            const link = shadow(element).querySelector('a.view-case') as HTMLAnchorElement;
            expect(link.textContent).toBe('View case 00001032');
            expect(link.getAttribute('href')).toBe('/s/detail/500NEW000000000001AA');
            link.click();
            expect(navigate).toHaveBeenCalledWith(
                {
                    type: 'standard__recordPage',
                    attributes: { recordId: '500NEW000000000001AA', objectApiName: 'Case', actionName: 'view' }
                },
                undefined
            );
        });

        it('tells case lists on the page and on other pages, and forgets the draft', async () => {
            const element = await renderFlow();
            await fillToReview(element);
            expect(window.sessionStorage.getItem(DRAFT_KEY)).not.toBeNull();
            expect(takeCasesChanged()).toBe(false);
            await click(element, 'lightning-button.submit');
            expect(mockPublish).toHaveBeenCalledWith({}, expect.anything(), { recordId: '500NEW000000000001AA' });
            expect(takeCasesChanged()).toBe(true);
            expect(window.sessionStorage.getItem(DRAFT_KEY)).toBeNull();
        });

        it('shows progress on the submit button and files one case on a double click', async () => {
            let finishSave: (value: unknown) => void = () => undefined;
            mockCreateRecord.mockReturnValue(new Promise((resolve) => (finishSave = resolve)) as never);
            const element = await renderFlow();
            await fillToReview(element);
            const submit = shadow(element).querySelector('lightning-button.submit') as HTMLElement & {
                label: string;
                disabled: boolean;
            };
            submit.click();
            submit.click();
            await flushPromises();
            expect(submit.label).toBe('Submitting…');
            expect(submit.disabled).toBe(true);
            expect(mockCreateRecord).toHaveBeenCalledTimes(1);
            finishSave({ id: '500NEW000000000001AA' });
            await flushPromises();
            expect(shadow(element).querySelector('.created')).not.toBeNull();
        });

        it('shows a server error at the field it belongs to and keeps the draft', async () => {
            mockCreateRecord.mockRejectedValueOnce(errors.fieldError);
            const element = await renderFlow();
            await fillToReview(element);
            await click(element, 'lightning-button.submit');

            expect(textOf(element, '.save-error')).toContain(
                'Your case was not submitted. Nothing you entered is lost.'
            );
            expect(stepText(element)).toBe('Step 2 of 3: Details');
            // The field's name, then the UI API's error in words: never the platform's wording.
            expect(textOf(element, '[data-error-for="subject"]')).toBe('Subject: This text is too long.');
            expect(field(element, 'subject').value).toBe('Workflow stopped unexpectedly');
            expect((readOwn(DRAFT_KEY) as { draft: { subject: string } }).draft.subject).toBe(
                'Workflow stopped unexpectedly'
            );
        });

        it('shows the org refusing the attached PIN in words, and keeps everything', async () => {
            mockCreateRecord.mockRejectedValueOnce(errors.casePinNotValidError);
            const element = await renderFlow();
            await fillToReview(element);
            await click(element, 'lightning-button.submit');
            expect(textOf(element, '.save-error')).toContain(
                'This PIN is not an active support PIN of your company. Get a new PIN on the portal page, or leave the PIN empty.'
            );
            expect(stepText(element)).toBe('Step 3 of 3: Review and submit');
            expect((readOwn(DRAFT_KEY) as { draft: { subject: string } }).draft.subject).toBe(
                'Workflow stopped unexpectedly'
            );
        });

        it('shows a network error in words, keeps everything, and can submit again', async () => {
            mockCreateRecord.mockRejectedValueOnce(errors.networkError);
            const element = await renderFlow();
            await fillToReview(element);
            await click(element, 'lightning-button.submit');
            expect(textOf(element, '.save-error')).toContain(
                "The portal's server could not be reached or could not answer. Check your connection and try again."
            );
            expect(stepText(element)).toBe('Step 3 of 3: Review and submit');

            await click(element, 'lightning-button.submit');
            expect(mockCreateRecord).toHaveBeenCalledTimes(2);
            expect(shadow(element).querySelector('.save-error')).toBeNull();
            expect(shadow(element).querySelector('.created')).not.toBeNull();
        });

        it('is accessible in review, after an error and after success', async () => {
            mockCreateRecord.mockRejectedValueOnce(errors.validationError);
            const element = await renderFlow();
            await fillToReview(element);
            await expect(element).toBeAccessible();
            await click(element, 'lightning-button.submit');
            await expect(element).toBeAccessible();
            await click(element, 'lightning-button.submit');
            recordAdapter.emit(createdCase);
            await flushPromises();
            await expect(element).toBeAccessible();
        });
    });

    describe('what the customer told the portal', () => {
        it('fills the case from the checklist and the email composer, but takes no PIN from them', async () => {
            writeOwn('c-support-context', {
                // An older portal kept the PIN here: the customer query is its one source now.
                pin: '11112222',
                severity: 'Severity 3',
                summary: 'Workflow stopped',
                details: 'Since 09:00',
                contactHours: 'Weekdays 8-17 ET'
            });
            const element = await renderFlow(customerWithoutPin);
            expect(field(element, 'severity').value).toBe('Severity 3');
            await enter(element, 'product', 'Secret Server');
            await click(element, 'lightning-button.next');
            expect(field(element, 'subject').value).toBe('Workflow stopped');
            expect(field(element, 'description').value).toBe('Since 09:00');
            expect(field(element, 'contactHours').value).toBe('Weekdays 8-17 ET');
            expect(textOf(element, '.pin')).toContain('You have no valid support PIN.');
        });

        it('attaches a PIN just issued on the PIN bar once the customer query answers again, and files it', async () => {
            const element = await renderFlow(customerWithoutPin);
            await enter(element, 'product', 'Secret Server');
            await enter(element, 'severity', 'Severity 2');
            await click(element, 'lightning-button.next');
            expect(textOf(element, '.pin')).toContain('You have no valid support PIN.');
            // The PIN bar stored a PIN and refreshed the query every component wires: LDS answers them all.
            graphqlAdapter.emit(customer);
            await flushPromises();
            expect(textOf(element, '.pin')).toBe('Your current PIN 80412765 will be attached to the case.');
            await enter(element, 'subject', 'Workflow stopped');
            await enter(element, 'description', 'Since 09:00');
            await click(element, 'lightning-button.next');
            await click(element, 'lightning-button.submit');
            expect(mockCreateRecord).toHaveBeenCalledWith(
                expect.objectContaining({ fields: expect.objectContaining({ PIN_Entered__c: '80412765' }) })
            );
        });
    });

    describe('the draft', () => {
        it('comes back after a reload, at the step the customer left', async () => {
            writeOwn(DRAFT_KEY, {
                step: 2,
                draft: { product: 'Secret Server Cloud', severity: 'Severity 3', subject: 'Half-written' }
            });
            const element = await renderFlow();
            expect(textOf(element, '.restored')).toContain('We restored the case you had started.');
            expect(stepText(element)).toBe('Step 2 of 3: Details');
            expect(field(element, 'subject').value).toBe('Half-written');
            // Prefill fills only what the draft left empty.
            expect(field(element, 'contactName').value).toBe('Dana Scully');
            await click(element, 'lightning-button.back');
            expect(field(element, 'product').value).toBe('Secret Server Cloud');
        });

        it('can be thrown away to start over', async () => {
            writeOwn(DRAFT_KEY, { step: 2, draft: { severity: 'Severity 3', subject: 'Old' } });
            const element = await renderFlow();
            await click(element, 'lightning-button.discard');
            expect(window.sessionStorage.getItem(DRAFT_KEY)).toBeNull();
            expect(stepText(element)).toBe('Step 1 of 3: Product and severity');
            expect(field(element, 'severity').value).toBe('');
        });

        it("discards another user's draft unread (the tab outlived a logout)", async () => {
            window.sessionStorage.setItem(
                DRAFT_KEY,
                JSON.stringify({ owner: '005PREVIOUSUSER00', value: { step: 2, draft: { subject: 'Their case' } } })
            );
            const element = await renderFlow();
            expect(shadow(element).querySelector('.restored')).toBeNull();
            expect(stepText(element)).toBe('Step 1 of 3: Product and severity');
            expect(window.sessionStorage.getItem(DRAFT_KEY)).toBeNull();
        });

        it('ignores a draft it cannot read', async () => {
            window.sessionStorage.setItem(DRAFT_KEY, '{not json');
            const element = await renderFlow();
            expect(shadow(element).querySelector('.restored')).toBeNull();
            expect(stepText(element)).toBe('Step 1 of 3: Product and severity');
        });

        it('starts a new case after one is filed', async () => {
            const element = await renderFlow();
            await fillToReview(element);
            await click(element, 'lightning-button.submit');
            await click(element, 'lightning-button.another');
            expect(stepText(element)).toBe('Step 1 of 3: Product and severity');
            expect(field(element, 'severity').value).toBe('');
        });
    });
    describe('article suggestions in step 2', () => {
        type Suggestions = HTMLElement & { text: string; product: string; where: string };
        const suggestionsOf = (element: HTMLElement) =>
            shadow(element).querySelector('c-support-article-suggestions') as Suggestions | null;

        async function toDetails(element: HTMLElement): Promise<void> {
            await enter(element, 'product', 'Secret Server');
            await enter(element, 'severity', 'Severity 2');
            await click(element, 'lightning-button.next');
            await enter(element, 'subject', 'Heartbeat fails after we rotate the password');
            await enter(element, 'description', 'Since Monday the heartbeat fails.');
        }

        it('searches what the customer types, for the product chosen; Severity 1 never reaches them', async () => {
            const element = await renderFlow();
            expect(suggestionsOf(element)).toBeNull();
            await toDetails(element);
            const panel = suggestionsOf(element) as Suggestions;
            expect(panel.text).toBe('Heartbeat fails after we rotate the password\nSince Monday the heartbeat fails.');
            expect(panel.product).toBe('Secret Server');
            expect(panel.where).toBe('Create_a_Case');
            await click(element, 'lightning-button.back');
            await enter(element, 'severity', 'Severity 1');
            expect(suggestionsOf(element)).toBeNull();
        });

        it('Yes ends the flow without a case; "Create a case after all" brings back what was typed', async () => {
            const element = await renderFlow();
            await toDetails(element);
            suggestionsOf(element)?.dispatchEvent(
                new CustomEvent('answered', { detail: { articleNumber: '000001003' } })
            );
            await flushPromises();
            expect(detailsShown(element)).toEqual([]);
            expect(window.sessionStorage.getItem(DRAFT_KEY)).toBeNull();
            expect(mockCreateRecord).not.toHaveBeenCalled();

            const again = new CustomEvent('createcase', { cancelable: true });
            suggestionsOf(element)?.dispatchEvent(again);
            await flushPromises();
            expect(again.defaultPrevented).toBe(true);
            expect(detailsShown(element)).toEqual([
                'subject',
                'description',
                'contactName',
                'contactPhone',
                'contactHours',
                'pin'
            ]);
            expect(field(element, 'subject').value).toBe('Heartbeat fails after we rotate the password');
            expect(window.sessionStorage.getItem(DRAFT_KEY)).not.toBeNull();
        });

        it('Next with suggestions on screen records that the customer went on, and does not wait for it', async () => {
            const element = await renderFlow();
            await toDetails(element);
            await new Promise((resolve) => setTimeout(resolve, PAUSE_MS + 50));
            graphqlAdapter.emit(suggestions, (config) => String(config.query).includes('supportArticleSuggestions'));
            await flushPromises();
            expect(deepText(suggestionsOf(element))).toContain('Heartbeat fails after rotating a password');
            let recordSaved: (value: unknown) => void = () => undefined;
            mockCreateRecord.mockReturnValueOnce(new Promise((resolve) => (recordSaved = resolve)) as never);
            await click(element, '.step-2 lightning-button.next');
            expect(stepText(element)).toBe('Step 3 of 3: Review and submit');
            expect(mockCreateRecord).toHaveBeenCalledWith(
                expect.objectContaining({
                    apiName: 'Article_Suggestion__c',
                    fields: expect.objectContaining({ Outcome__c: 'Skipped', Where__c: 'Create_a_Case' })
                })
            );
            recordSaved({ id: 'a0X' });
        });
    });
});
