import { createElement } from 'lwc';
import { flushPromises } from 'test-helpers';
import SupportSiteNav from 'c/supportSiteNav';
import * as navigation from 'lightning/navigation';

const { navigate, CurrentPageReference } = navigation as unknown as {
    navigate: jest.Mock;
    CurrentPageReference: { emit(value: unknown): void };
};

async function renderNav(props: Record<string, unknown> = {}): Promise<HTMLElement> {
    const element = createElement('c-support-site-nav', { is: SupportSiteNav });
    Object.assign(element, props);
    document.body.appendChild(element);
    await flushPromises();
    return element;
}

function links(element: HTMLElement): HTMLAnchorElement[] {
    return Array.from((element.shadowRoot as ShadowRoot).querySelectorAll('a'));
}

describe('c-support-site-nav', () => {
    afterEach(() => {
        document.body.replaceChildren();
        jest.clearAllMocks();
    });

    it('links Home, Cases, Create a Case, Support access and Email notifications to their site pages', async () => {
        const element = await renderNav();
        expect((element.shadowRoot as ShadowRoot).querySelector('nav')?.getAttribute('aria-label')).toBe(
            'Support Portal'
        );
        expect(links(element).map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
            ['Home', '/s/Home'],
            ['Cases', '/s/Cases__c'],
            ['Create a Case', '/s/Create_a_Case__c'],
            ['Support access', '/s/Support_Access__c'],
            ['Email notifications', '/s/Email_Notifications__c']
        ]);
    });

    it('follows a link through the site router', async () => {
        const element = await renderNav();
        const click = new MouseEvent('click', { bubbles: true, cancelable: true });
        links(element)[2].dispatchEvent(click);
        expect(click.defaultPrevented).toBe(true);
        expect(navigate).toHaveBeenCalledWith(
            { type: 'comm__namedPage', attributes: { name: 'Create_a_Case__c' } },
            undefined
        );
    });

    it('marks the page the customer is on', async () => {
        const element = await renderNav();
        CurrentPageReference.emit({ type: 'comm__namedPage', attributes: { name: 'Cases__c' } });
        await flushPromises();
        expect(links(element).map((a) => a.getAttribute('aria-current'))).toEqual([null, 'page', null, null, null]);
        CurrentPageReference.emit({ type: 'standard__recordPage', attributes: { recordId: '500x' } });
        await flushPromises();
        expect(links(element).map((a) => a.getAttribute('aria-current'))).toEqual([null, null, null, null, null]);
    });

    it('uses the page names the builder chose', async () => {
        const element = await renderNav({
            casesPage: 'My_Cases__c',
            createCasePage: 'New_Case__c',
            supportAccessPage: 'Access__c',
            emailNotificationsPage: 'Emails__c'
        });
        expect(links(element).map((a) => a.getAttribute('href'))).toEqual([
            '/s/Home',
            '/s/My_Cases__c',
            '/s/New_Case__c',
            '/s/Access__c',
            '/s/Emails__c'
        ]);
    });

    it('is accessible', async () => {
        await expect(await renderNav()).toBeAccessible();
    });
});
