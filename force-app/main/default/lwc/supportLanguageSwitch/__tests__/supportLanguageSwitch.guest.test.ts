import { createElement } from 'lwc';
import { shadow } from 'test-helpers';
import SupportLanguageSwitch from 'c/supportLanguageSwitch';

// A guest (the login pages): Salesforce's Language Selector component is for guests.
jest.mock('@salesforce/user/isGuest', () => ({ __esModule: true, default: true }), { virtual: true });

describe('c-support-language-switch for a guest', () => {
    afterEach(() => {
        document.body.replaceChildren();
    });

    it('shows nothing', async () => {
        const element = createElement('c-support-language-switch', { is: SupportLanguageSwitch });
        document.body.appendChild(element);
        await Promise.resolve();
        expect(shadow(element).querySelector('select')).toBeNull();
        await expect(element).toBeAccessible();
    });
});
