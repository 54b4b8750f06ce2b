import { createElement } from 'lwc';
import { deepText, flushPromises, freezeTime, shadow } from 'test-helpers';
import { writeOwn } from 'c/supportSessionStore';
import SupportChecklist from 'c/supportChecklist';
import { graphql } from 'lightning/graphql';
import { getPicklistValuesByRecordType } from 'lightning/uiObjectInfoApi';
import { MessageContext, publish, subscribe } from 'lightning/messageService';
import { readContext } from 'c/supportContext';
import customerOnFile from './data/customerOnFile.json';
import casePicklists from '@metadata/picklists/Case';

interface TestAdapter {
    emit(value: unknown): void;
    emitErrors?(errors: unknown[]): void;
}
const graphqlAdapter = graphql as unknown as Required<TestAdapter>;
const picklistsAdapter = getPicklistValuesByRecordType as unknown as TestAdapter;
const messageContextAdapter = MessageContext as unknown as TestAdapter;
const mockSubscribe = subscribe as jest.MockedFunction<typeof subscribe>;
const mockPublish = publish as jest.MockedFunction<typeof publish>;

async function renderChecklist(): Promise<HTMLElement> {
    const element = createElement('c-support-checklist', { is: SupportChecklist });
    document.body.appendChild(element);
    messageContextAdapter.emit({});
    // Picklists and the customer arrive together: one wave of requests.
    picklistsAdapter.emit(casePicklists);
    graphqlAdapter.emit(customerOnFile);
    await flushPromises();
    return element;
}

function item(element: HTMLElement, key: string): HTMLElement {
    return shadow(element).querySelector(`[data-item="${key}"]`) as HTMLElement;
}

function input(element: HTMLElement, key: string): HTMLElement & { value: string; label: string } {
    return shadow(element).querySelector(`[data-key="${key}"]`) as HTMLElement & { value: string; label: string };
}

describe('c-support-checklist', () => {
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

    it('lists what support will ask for, in the policy’s order', async () => {
        const element = await renderChecklist();
        const labels = Array.from(shadow(element).querySelectorAll('.item')).map(
            (li) =>
                li.querySelector('.item-label')?.textContent ??
                (li.querySelector('[data-key]') as HTMLElement & { label: string }).label
        );
        expect(labels).toEqual([
            'Your Thycotic Support username',
            'The email address already associated with your account',
            'Your company name',
            'The technical contact name',
            'The technical contact phone number',
            'The product name',
            'Issue symptoms and details',
            'Other relevant details, such as the hours the technical contact is present'
        ]);
    });

    it('fills in what the org has on file', async () => {
        const element = await renderChecklist();
        expect(item(element, 'username').querySelector('.item-value')?.textContent).toBe(
            'dana.scully@acme.example.portal'
        );
        expect(item(element, 'email').querySelector('.item-value')?.textContent).toBe('dana.scully@acme.example');
        expect(item(element, 'company').querySelector('.item-value')?.textContent).toBe('Acme Corp');
        expect(input(element, 'contactName').value).toBe('Dana Scully');
        expect(input(element, 'contactPhone').value).toBe('+1 202 555 0142');
        expect(input(element, 'product').value).toBe('Secret Server');
        expect(shadow(element).querySelector('.progress')?.textContent).toBe('6 of 8 ready');
    });

    it('shares what the customer adds, for the email and the case', async () => {
        const element = await renderChecklist();
        input(element, 'details').dispatchEvent(
            new CustomEvent('change', { detail: { value: 'Workflow stops at 09:00' } })
        );
        input(element, 'other').dispatchEvent(new CustomEvent('change', { detail: { value: 'Weekdays 8-17 ET' } }));
        await flushPromises();
        expect(readContext()).toMatchObject({ details: 'Workflow stops at 09:00', contactHours: 'Weekdays 8-17 ET' });
        expect(mockPublish).toHaveBeenCalledTimes(2);
        expect(shadow(element).querySelector('.progress')?.textContent).toBe('8 of 8 ready');
    });

    it('lets the customer name a different technical contact', async () => {
        const element = await renderChecklist();
        input(element, 'contactName').dispatchEvent(new CustomEvent('change', { detail: { value: 'Fox Mulder' } }));
        await flushPromises();
        expect(input(element, 'contactName').value).toBe('Fox Mulder');
        expect(readContext().contactName).toBe('Fox Mulder');
    });

    it('shows what another component shared', async () => {
        const element = await renderChecklist();
        const [, , onMessage] = mockSubscribe.mock.calls[0];
        onMessage({ context: { details: 'Typed in the email composer' } });
        await flushPromises();
        expect(input(element, 'details').value).toBe('Typed in the email composer');
    });

    it('starts from what was shared earlier in this browser tab', async () => {
        writeOwn('c-support-context', { contactPhone: '+44 20 7946 0000' });
        const element = await renderChecklist();
        expect(input(element, 'contactPhone').value).toBe('+44 20 7946 0000');
    });

    it('says when the account cannot be read and still lets the customer fill in the rest', async () => {
        const element = createElement('c-support-checklist', { is: SupportChecklist });
        document.body.appendChild(element);
        graphqlAdapter.emitErrors([{ message: 'Unable to reach the server.' }]);
        await flushPromises();
        expect(deepText(shadow(element).querySelector('.load-error'))).toContain(
            'We could not read your account details.'
        );
        // Not "Not on file": nobody knows what is on file.
        const values = ['username', 'email', 'company'].map(
            (key) => item(element, key).querySelector('.item-value')?.textContent
        );
        expect(values).toEqual(['Could not be read', 'Could not be read', 'Could not be read']);
        expect(input(element, 'details')).not.toBeNull();
    });

    it('says "Not on file" only for a value the org answered without, and nothing before it answers', async () => {
        const element = createElement('c-support-checklist', { is: SupportChecklist });
        document.body.appendChild(element);
        await flushPromises();
        expect(item(element, 'company').querySelector('.item-value')?.textContent).toBe('');

        const noCompany = JSON.parse(JSON.stringify(customerOnFile)) as typeof customerOnFile;
        noCompany.uiapi.query.User.edges[0].node.Contact.Account.Name.value = '';
        graphqlAdapter.emit(noCompany);
        await flushPromises();
        expect(item(element, 'company').querySelector('.item-value')?.textContent).toBe('Not on file');
        expect(item(element, 'username').querySelector('.item-value')?.textContent).toBe(
            'dana.scully@acme.example.portal'
        );
    });

    it('is accessible', async () => {
        await expect(await renderChecklist()).toBeAccessible();
    });
});
