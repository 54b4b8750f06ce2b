import { createElement } from 'lwc';
import { flushPromises, shadow } from 'test-helpers';
import SupportPortal from 'c/supportPortal';

function renderPortal(props: Record<string, unknown> = {}): HTMLElement {
    const element = createElement('c-support-portal', { is: SupportPortal });
    Object.assign(element, props);
    document.body.appendChild(element);
    return element;
}

function tabset(element: HTMLElement): HTMLElement & { activeTabValue: string } {
    return shadow(element).querySelector('lightning-tabset') as HTMLElement & { activeTabValue: string };
}

describe('c-support-portal', () => {
    afterEach(() => {
        document.body.replaceChildren();
        window.sessionStorage.clear();
    });

    it('puts the PIN bar first, then the tabs a customer needs', () => {
        const element = renderPortal();
        expect(shadow(element).querySelector('h1')?.textContent).toBe('Thycotic Support');
        expect(shadow(element).querySelector('c-support-pin-bar')).not.toBeNull();
        const tabs = Array.from(shadow(element).querySelectorAll('lightning-tab')) as (HTMLElement & {
            label: string;
            value: string;
        })[];
        expect(tabs.map((tab) => [tab.label, tab.value])).toEqual([
            ['Contact support', 'contact'],
            ['Email support', 'email'],
            ['Phone numbers', 'phone'],
            ['Cases', 'cases']
        ]);
        expect(tabset(element).activeTabValue).toBe('contact');
    });

    it('holds every part of the portal', () => {
        const element = renderPortal();
        for (const part of [
            'c-support-contact-options',
            'c-support-article-suggestions',
            'c-support-checklist',
            'c-support-email-composer',
            'c-support-phone-table',
            'c-support-case-list'
        ]) {
            expect(shadow(element).querySelector(part)).not.toBeNull();
        }
    });

    it('offers article suggestions on the Contact support tab, with their own search box', () => {
        const element = renderPortal();
        const suggestions = shadow(element).querySelector('c-support-article-suggestions') as HTMLElement & {
            where: string;
            withSearchBox: boolean;
        };
        expect((suggestions.closest('lightning-tab') as HTMLElement & { value: string }).value).toBe('contact');
        expect(suggestions.where).toBe('Contact_Support');
        expect(suggestions.withSearchBox).toBe(true);
    });

    it('passes the builder’s choices to its parts', () => {
        const element = renderPortal({ pinMode: 'CLOUD', createCasePage: 'New_Case__c', initialTab: 'cases' });
        expect((shadow(element).querySelector('c-support-pin-bar') as HTMLElement & { mode: string }).mode).toBe(
            'CLOUD'
        );
        expect(
            (shadow(element).querySelector('c-support-case-list') as HTMLElement & { createCasePage: string })
                .createCasePage
        ).toBe('New_Case__c');
        expect(
            (shadow(element).querySelector('c-support-contact-options') as HTMLElement & { createCasePage: string })
                .createCasePage
        ).toBe('New_Case__c');
        expect(tabset(element).activeTabValue).toBe('cases');
    });

    it('ignores a tab it does not have', () => {
        expect(tabset(renderPortal({ initialTab: 'billing' })).activeTabValue).toBe('contact');
    });

    it('switches to the email or phone tab when the contact options ask for it', async () => {
        const element = renderPortal();
        const options = shadow(element).querySelector('c-support-contact-options') as HTMLElement;
        const request = new CustomEvent('sectionrequest', {
            detail: { section: 'email' },
            bubbles: true,
            composed: true,
            cancelable: true
        });
        options.dispatchEvent(request);
        await flushPromises();
        expect(request.defaultPrevented).toBe(true);
        expect(tabset(element).activeTabValue).toBe('email');

        options.dispatchEvent(new CustomEvent('sectionrequest', { detail: { section: 'phone' }, cancelable: true }));
        await flushPromises();
        expect(tabset(element).activeTabValue).toBe('phone');
    });

    it('remembers the tab the customer opened', async () => {
        const element = renderPortal();
        const casesTab = (
            Array.from(shadow(element).querySelectorAll('lightning-tab')) as (HTMLElement & { value: string })[]
        ).find((tab) => tab.value === 'cases') as HTMLElement;
        casesTab.dispatchEvent(new CustomEvent('active'));
        await flushPromises();
        expect(tabset(element).activeTabValue).toBe('cases');
    });

    it('links to upgrades, feature requests and the services guide, in a new window', () => {
        const element = renderPortal();
        const links = Array.from(shadow(element).querySelectorAll<HTMLAnchorElement>('.links a'));
        expect(links.map((a) => a.getAttribute('href'))).toEqual([
            'https://docs.thycotic.com/ss/current/secret-server-setup/index.md',
            'https://feedback.thycotic.com',
            'https://docs.thycotic.com/bulletins/current/support/servicesguide.md'
        ]);
        expect(links[1].textContent).toBe('Request and vote on new features (opens in a new window)');
        for (const link of links) {
            expect(link.getAttribute('rel')).toBe('noopener noreferrer');
        }
    });

    it('is accessible', async () => {
        await expect(renderPortal()).toBeAccessible();
    });
});
