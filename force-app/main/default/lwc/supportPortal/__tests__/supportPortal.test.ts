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

/** A tab's part, rendered by `<lwc:component>` once imported (its tag is the imported component's). */
const part = (name: string): string => `[data-part="${name}"]`;

function tabNamed(element: HTMLElement, value: string): HTMLElement {
    return (Array.from(shadow(element).querySelectorAll('lightning-tab')) as (HTMLElement & { value: string })[]).find(
        (tab) => tab.value === value
    ) as HTMLElement;
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

    it('is ready with the PIN bar, and imports a tab’s parts when the tab is first shown', async () => {
        const element = renderPortal();
        // The PIN bar comes with the page; the Contact support tab's parts follow once imported.
        expect(shadow(element).querySelector('c-support-pin-bar')).not.toBeNull();
        expect(shadow(element).querySelector(part('contactOptions'))).toBeNull();
        await flushPromises();
        expect(shadow(element).querySelector('c-support-checklist')).not.toBeNull();
        for (const selector of [part('contactOptions'), part('articleSuggestions')]) {
            expect(shadow(element).querySelector(selector)).not.toBeNull();
        }
        // The other tabs' parts are not imported until their tab is shown.
        for (const selector of [part('emailComposer'), part('phoneTable'), part('caseList')]) {
            expect(shadow(element).querySelector(selector)).toBeNull();
        }
        tabNamed(element, 'email').dispatchEvent(new CustomEvent('active'));
        await flushPromises();
        expect(shadow(element).querySelector(part('emailComposer'))?.closest('lightning-tab')).toBe(
            tabNamed(element, 'email')
        );
        expect(shadow(element).querySelector(part('caseList'))).toBeNull();
        tabNamed(element, 'phone').dispatchEvent(new CustomEvent('active'));
        tabNamed(element, 'cases').dispatchEvent(new CustomEvent('active'));
        await flushPromises();
        expect(shadow(element).querySelector(part('phoneTable'))?.closest('lightning-tab')).toBe(
            tabNamed(element, 'phone')
        );
        expect(shadow(element).querySelector(part('caseList'))?.closest('lightning-tab')).toBe(
            tabNamed(element, 'cases')
        );
    });

    it('offers article suggestions on the Contact support tab, with their own search box', async () => {
        const element = renderPortal();
        await flushPromises();
        const suggestions = shadow(element).querySelector(part('articleSuggestions')) as HTMLElement & {
            where: string;
            withSearchBox: boolean;
        };
        expect((suggestions.closest('lightning-tab') as HTMLElement & { value: string }).value).toBe('contact');
        expect(suggestions.where).toBe('Contact_Support');
        expect(suggestions.withSearchBox).toBe(true);
    });

    it('passes the builder’s choices to its parts', async () => {
        const element = renderPortal({ pinMode: 'CLOUD', createCasePage: 'New_Case__c', initialTab: 'cases' });
        await flushPromises();
        expect((shadow(element).querySelector('c-support-pin-bar') as HTMLElement & { mode: string }).mode).toBe(
            'CLOUD'
        );
        expect(
            (shadow(element).querySelector(part('caseList')) as HTMLElement & { createCasePage: string }).createCasePage
        ).toBe('New_Case__c');
        expect(tabset(element).activeTabValue).toBe('cases');
        tabNamed(element, 'contact').dispatchEvent(new CustomEvent('active'));
        await flushPromises();
        expect(
            (shadow(element).querySelector(part('contactOptions')) as HTMLElement & { createCasePage: string })
                .createCasePage
        ).toBe('New_Case__c');
    });

    it('ignores a tab it does not have', () => {
        expect(tabset(renderPortal({ initialTab: 'billing' })).activeTabValue).toBe('contact');
    });

    it('switches to the email or phone tab when the contact options ask for it', async () => {
        const element = renderPortal();
        await flushPromises();
        const options = shadow(element).querySelector(part('contactOptions')) as HTMLElement;
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
        expect(shadow(element).querySelector(part('emailComposer'))).not.toBeNull();

        options.dispatchEvent(new CustomEvent('sectionrequest', { detail: { section: 'phone' }, cancelable: true }));
        await flushPromises();
        expect(tabset(element).activeTabValue).toBe('phone');
    });

    it('remembers the tab the customer opened', async () => {
        const element = renderPortal();
        tabNamed(element, 'cases').dispatchEvent(new CustomEvent('active'));
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
        const element = renderPortal();
        await flushPromises();
        await expect(element).toBeAccessible();
    });
});
