import { createElement } from 'lwc';
import SupportSiteNav from 'c/supportSiteNav';
import * as navigation from 'lightning/navigation';

// A guest: the site's login and other public pages.
jest.mock('@salesforce/user/isGuest', () => ({ __esModule: true, default: true }), { virtual: true });

const { generateUrl } = navigation as unknown as { generateUrl: jest.Mock };

describe('c-support-site-nav for a guest', () => {
    afterEach(() => {
        document.body.replaceChildren();
        jest.clearAllMocks();
    });

    it('shows no navigation and asks the router for no links', async () => {
        const element = createElement('c-support-site-nav', { is: SupportSiteNav });
        document.body.appendChild(element);
        await Promise.resolve();
        expect((element.shadowRoot as ShadowRoot).querySelector('nav')).toBeNull();
        expect((element.shadowRoot as ShadowRoot).querySelectorAll('a')).toHaveLength(0);
        expect(generateUrl).not.toHaveBeenCalled();
    });

    it('is accessible', async () => {
        const element = createElement('c-support-site-nav', { is: SupportSiteNav });
        document.body.appendChild(element);
        await expect(element).toBeAccessible();
    });
});
