import { createElement } from 'lwc';
import { shadow } from 'test-helpers';
import SupportLanguageSwitch from 'c/supportLanguageSwitch';

// A customer whose profile language is German (Austria), and a guest: the site's own Language Selector serves guests.
jest.mock('@salesforce/i18n/lang', () => ({ __esModule: true, default: 'de-AT' }), { virtual: true });

describe('c-support-language-switch in German', () => {
    afterEach(() => {
        document.body.replaceChildren();
    });

    it('shows Deutsch as the current language', () => {
        const element = createElement('c-support-language-switch', { is: SupportLanguageSwitch });
        document.body.appendChild(element);
        expect((shadow(element).querySelector('select') as HTMLSelectElement).value).toBe('de');
    });
});
