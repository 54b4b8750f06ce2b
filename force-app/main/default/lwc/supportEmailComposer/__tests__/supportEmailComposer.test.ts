import { createElement } from 'lwc';
import { flushPromises, freezeTime, shadow } from 'test-helpers';
import { writeOwn } from 'c/supportSessionStore';
import SupportEmailComposer from 'c/supportEmailComposer';
import { graphql } from 'lightning/graphql';
import { MessageContext, subscribe } from 'lightning/messageService';
import { readContext } from 'c/supportContext';
import customerOnFile from './data/customerOnFile.json';

const graphqlAdapter = graphql as unknown as { emit(value: unknown): void };
const messageContextAdapter = MessageContext as unknown as { emit(value: unknown): void };
const mockSubscribe = subscribe as jest.MockedFunction<typeof subscribe>;

const withoutPin = JSON.parse(JSON.stringify(customerOnFile));
withoutPin.uiapi.query.Support_PIN__c.edges = [];

async function renderComposer(data: unknown = customerOnFile): Promise<HTMLElement> {
    const element = createElement('c-support-email-composer', { is: SupportEmailComposer });
    document.body.appendChild(element);
    messageContextAdapter.emit({});
    graphqlAdapter.emit(data);
    await flushPromises();
    return element;
}

async function type(element: HTMLElement, key: 'summary' | 'details', value: string): Promise<void> {
    shadow(element)
        .querySelector(`[data-key="${key}"]`)
        ?.dispatchEvent(new CustomEvent('change', { detail: { value } }));
    await flushPromises();
}

function text(element: HTMLElement, selector: string): string {
    return shadow(element).querySelector(selector)?.textContent ?? '';
}

describe('c-support-email-composer', () => {
    beforeEach(() => {
        Object.defineProperty(navigator, 'clipboard', {
            value: { writeText: jest.fn().mockResolvedValue(undefined) },
            configurable: true
        });
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

    it('says where the mail goes and which address it must come from', async () => {
        const element = await renderComposer();
        expect(text(element, '.to')).toBe('To: support@thycotic.com');
        expect(text(element, '.from')).toBe('Send it from dana.scully@acme.example, the address on file.');
        expect(text(element, '.other-address')).toBe('Mail from another address may delay our response.');
    });

    it('builds the subject with the PIN and the body with company, contact, phone, product and details', async () => {
        const element = await renderComposer();
        await type(element, 'summary', 'Workflow Stopped Unexpectedly');
        await type(element, 'details', 'Since 09:00 no workflow runs.');
        expect(text(element, '.subject')).toBe('PIN 80412765 Workflow Stopped Unexpectedly');
        expect(text(element, '.body')).toBe(
            'Company: Acme Corp\nContact name: Dana Scully\nContact phone: +1 202 555 0142\nProduct: Secret Server\n\nDetails of the issue:\nSince 09:00 no workflow runs.'
        );
    });

    it('opens the mail app with an exactly encoded mailto: link', async () => {
        const element = await renderComposer();
        await type(element, 'summary', 'Workflow Stopped Unexpectedly');
        await type(element, 'details', 'Line one\nLine two & more');
        const link = shadow(element).querySelector('a.open-mail') as HTMLAnchorElement;
        expect(link.textContent).toBe('Open in your email app');
        expect(link.getAttribute('href')).toBe(
            'mailto:support@thycotic.com?subject=PIN%2080412765%20Workflow%20Stopped%20Unexpectedly&body=' +
                encodeURIComponent(
                    'Company: Acme Corp\r\nContact name: Dana Scully\r\nContact phone: +1 202 555 0142\r\nProduct: Secret Server\r\n\r\nDetails of the issue:\r\nLine one\r\nLine two & more'
                )
        );
    });

    it('offers the subject and the message to copy for webmail', async () => {
        const element = await renderComposer();
        await type(element, 'summary', 'Workflow Stopped Unexpectedly');
        const subjectCopy = shadow(element).querySelector('c-support-copy-button.copy-subject') as HTMLElement & {
            value: string;
        };
        const bodyCopy = shadow(element).querySelector('c-support-copy-button.copy-body') as HTMLElement & {
            value: string;
        };
        expect(subjectCopy.value).toBe('PIN 80412765 Workflow Stopped Unexpectedly');
        expect(bodyCopy.value).toContain('Company: Acme Corp');
        (subjectCopy.shadowRoot as ShadowRoot).querySelector<HTMLElement>('lightning-button')?.click();
        await flushPromises();
        expect(navigator.clipboard.writeText).toHaveBeenCalledWith('PIN 80412765 Workflow Stopped Unexpectedly');
    });

    it('asks for a summary before offering the link', async () => {
        const element = await renderComposer();
        expect(shadow(element).querySelector('a.open-mail')).toBeNull();
        expect(text(element, '.summary-required')).toBe('Add a summary for the subject line.');
    });

    it('shares what the customer types with the rest of the portal', async () => {
        const element = await renderComposer();
        await type(element, 'details', 'Shared details');
        expect(readContext().details).toBe('Shared details');
    });

    it('uses the summary and the contact the rest of the portal shared, but never a PIN from it', async () => {
        const element = await renderComposer(withoutPin);
        const [, , onMessage] = mockSubscribe.mock.calls[0];
        onMessage({ context: { pin: '11112222', summary: 'Login fails', contactName: 'Fox Mulder' } });
        await flushPromises();
        expect(text(element, '.no-pin')).toContain('Get one from the PIN bar first.');
        expect(shadow(element).textContent).not.toContain('11112222');
    });

    it('puts a PIN just issued on the PIN bar into the subject once the customer query answers again', async () => {
        writeOwn('c-support-context', { summary: 'Login fails', contactName: 'Fox Mulder' });
        const element = await renderComposer(withoutPin);
        expect(shadow(element).querySelector('.no-pin')).not.toBeNull();
        // The PIN bar stored a PIN and refreshed the query every component wires: LDS answers them all.
        graphqlAdapter.emit(customerOnFile);
        await flushPromises();
        expect(text(element, '.subject')).toBe('PIN 80412765 Login fails');
        expect(text(element, '.body')).toContain('Contact name: Fox Mulder');
    });

    it('without a valid PIN, says so and points to the PIN bar', async () => {
        const element = await renderComposer(withoutPin);
        expect(text(element, '.no-pin')).toContain('Get one from the PIN bar first.');
        expect(shadow(element).querySelector('a.open-mail')).toBeNull();
        expect(shadow(element).querySelector('[data-key="summary"]')).toBeNull();
    });

    it('refuses Severity 1 and shows the phone numbers', async () => {
        writeOwn('c-support-context', { severity: 'Severity 1', summary: 'Down' });
        const element = await renderComposer();
        expect(text(element, '.severity-1')).toContain('Severity 1 issues must be reported by phone, not by email.');
        expect(shadow(element).querySelector('c-support-phone-table')).not.toBeNull();
        expect(shadow(element).querySelector('a.open-mail')).toBeNull();
    });

    it('says when the details are too long for a mail link', async () => {
        const element = await renderComposer();
        await type(element, 'summary', 'Long');
        await type(element, 'details', 'ü'.repeat(3000));
        expect(text(element, '.truncated')).toContain('Copy the full message instead.');
        expect(
            (shadow(element).querySelector('a.open-mail') as HTMLAnchorElement).getAttribute('href')?.length
        ).toBeLessThanOrEqual(2000);
    });

    it('is accessible composing, without a PIN and at Severity 1', async () => {
        const composing = await renderComposer();
        await type(composing, 'summary', 'Workflow Stopped Unexpectedly');
        await expect(composing).toBeAccessible();
        document.body.replaceChildren();
        await expect(await renderComposer(withoutPin)).toBeAccessible();
        document.body.replaceChildren();
        writeOwn('c-support-context', { severity: 'Severity 1' });
        await expect(await renderComposer()).toBeAccessible();
    });
});
