import { createElement } from 'lwc';
import { flushPromises, shadow } from 'test-helpers';
import SupportContactOptions from 'c/supportContactOptions';
import { MessageContext, publish, subscribe } from 'lightning/messageService';
import * as navigation from 'lightning/navigation';
import { readContext } from 'c/supportContext';

const messageContextAdapter = MessageContext as unknown as { emit(value: unknown): void };
const mockSubscribe = subscribe as jest.MockedFunction<typeof subscribe>;
const mockPublish = publish as jest.MockedFunction<typeof publish>;
const { navigate } = navigation as unknown as { navigate: jest.Mock };

function renderOptions(props: Record<string, unknown> = {}): HTMLElement {
    const element = createElement('c-support-contact-options', { is: SupportContactOptions });
    Object.assign(element, props);
    document.body.appendChild(element);
    messageContextAdapter.emit({});
    return element;
}

async function chooseSeverity(element: HTMLElement, value: string): Promise<void> {
    shadow(element)
        .querySelector('lightning-radio-group')
        ?.dispatchEvent(new CustomEvent('change', { detail: { value } }));
    await flushPromises();
}

function methods(element: HTMLElement): { title: string; blocked: boolean; action: string }[] {
    return Array.from(shadow(element).querySelectorAll('.method')).map((li) => ({
        title: li.querySelector('h3')?.textContent ?? '',
        blocked: li.classList.contains('method_blocked'),
        action:
            (li.querySelector('lightning-button') as (HTMLElement & { label: string }) | null)?.label ??
            li.querySelector('.blocked')?.textContent ??
            ''
    }));
}

describe('c-support-contact-options', () => {
    afterEach(() => {
        document.body.replaceChildren();
        window.sessionStorage.clear();
        jest.clearAllMocks();
    });

    it('puts phone, email and a support case side by side, with when to use each', () => {
        const element = renderOptions();
        expect(methods(element)).toEqual([
            { title: 'Phone', blocked: false, action: 'See phone numbers' },
            { title: 'Email', blocked: false, action: 'Write the email' },
            { title: 'Support case', blocked: false, action: 'Create a Case' }
        ]);
        const text = shadow(element).textContent ?? '';
        expect(text).toContain('Best for tracking your issue to resolution.');
        expect(text).toContain('In all cases, get your support PIN first.');
    });

    it('defines Severity 1 in the customer’s words', () => {
        const element = renderOptions();
        const options = (
            shadow(element).querySelector('lightning-radio-group') as HTMLElement & { options: { label: string }[] }
        ).options;
        expect(options).toHaveLength(4);
        expect(options[0].label).toContain('complete loss of service');
    });

    it('leaves only phone for Severity 1, shows the numbers and tells the rest of the portal', async () => {
        const element = renderOptions();
        await chooseSeverity(element, 'Severity 1');
        expect(methods(element)).toEqual([
            { title: 'Phone', blocked: false, action: '' },
            { title: 'Email', blocked: true, action: 'Not for Severity 1' },
            { title: 'Support case', blocked: true, action: 'Not for Severity 1' }
        ]);
        expect(shadow(element).querySelector('[role="alert"]')?.textContent).toContain(
            'Severity 1 issues must be reported by phone'
        );
        expect(shadow(element).querySelector('c-support-phone-table')).not.toBeNull();
        expect(readContext().severity).toBe('Severity 1');
        expect(mockPublish).toHaveBeenCalledTimes(1);
    });

    it('follows a Severity 1 chosen elsewhere on the page', async () => {
        const element = renderOptions();
        const [, , onMessage] = mockSubscribe.mock.calls[0];
        onMessage({ context: { severity: 'Severity 1' } });
        await flushPromises();
        expect(shadow(element).querySelector('c-support-phone-table')).not.toBeNull();
        onMessage({ context: { severity: 'Severity 3' } });
        await flushPromises();
        expect(shadow(element).querySelector('c-support-phone-table')).toBeNull();
    });

    it('shows and hides the numbers on request when no parent shows them', async () => {
        const element = renderOptions();
        const toggle = shadow(element).querySelector('lightning-button.show-numbers') as HTMLElement;
        expect(toggle.getAttribute('aria-expanded')).toBe('false');
        toggle.click();
        await flushPromises();
        expect(shadow(element).querySelector('c-support-phone-table')).not.toBeNull();
        expect(toggle.getAttribute('aria-expanded')).toBe('true');
    });

    it('lets a parent show the section instead', async () => {
        const element = renderOptions();
        const onRequest = jest.fn((event: Event) => event.preventDefault());
        element.addEventListener('sectionrequest', onRequest);
        shadow(element).querySelector<HTMLElement>('lightning-button.show-numbers')?.click();
        shadow(element).querySelector<HTMLElement>('lightning-button.write-email')?.click();
        await flushPromises();
        expect(onRequest.mock.calls.map(([event]) => (event as CustomEvent).detail.section)).toEqual([
            'phone',
            'email'
        ]);
        expect(shadow(element).querySelector('c-support-phone-table')).toBeNull();
        expect(navigate).not.toHaveBeenCalled();
    });

    it('opens the email page and the Create a Case page the builder chose', () => {
        const element = renderOptions({ emailPage: 'Email_Support__c', createCasePage: 'New_Case__c' });
        shadow(element).querySelector<HTMLElement>('lightning-button.write-email')?.click();
        shadow(element).querySelector<HTMLElement>('lightning-button.open-case')?.click();
        expect(navigate.mock.calls.map(([ref]) => ref.attributes.name)).toEqual(['Email_Support__c', 'New_Case__c']);
    });

    it('is accessible, also at Severity 1', async () => {
        const element = renderOptions();
        await expect(element).toBeAccessible();
        await chooseSeverity(element, 'Severity 1');
        await expect(element).toBeAccessible();
    });
});
