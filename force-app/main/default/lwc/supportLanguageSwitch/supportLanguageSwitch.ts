/**
 * supportLanguageSwitch — the signed-in customer's language, in the site header: English or
 * Deutsch. A signed-in user sees an LWR site "in the language that's set in their user profile"
 * ("Automatic Language Detection for Multilingual LWR Sites"), and Salesforce's Language
 * Selector component is shown to guests only ("Language Selector", Experience Cloud help). So
 * this sets the user's own language (User.LanguageLocaleKey, through Lightning Data Service)
 * and reloads the page in it. What the customer typed is kept: drafts and the checklist live in
 * the tab's session storage (supportSessionStore). Guests see nothing: the site's Language
 * Selector serves them.
 *
 * Public surface: none.
 */
import { LightningElement } from 'lwc';
import { updateRecord } from 'lightning/uiRecordApi';
import USER_ID from '@salesforce/user/Id';
import IS_GUEST from '@salesforce/user/isGuest';
import LANG from '@salesforce/i18n/lang';
import LANGUAGE from '@salesforce/label/c.Support_Language_Label';
import LANGUAGE_ERROR from '@salesforce/label/c.Support_Language_Error';
import { SUPPORT_LANGUAGES, languageOf } from 'c/supportLanguages';

/** Reloads the page (a seam for tests: jsdom cannot reload). */
export const page = {
    reload: (): void => window.location.reload()
};

export default class SupportLanguageSwitch extends LightningElement {
    labels = { language: LANGUAGE, error: LANGUAGE_ERROR };
    isSignedIn = !IS_GUEST;
    current = languageOf(LANG).code;
    saving = false;
    error: unknown;

    get options(): { code: string; tag: string; name: string; selected: boolean }[] {
        return SUPPORT_LANGUAGES.map((language) => ({ ...language, selected: language.code === this.current }));
    }

    async handleChange(event: Event): Promise<void> {
        const select = event.target as HTMLSelectElement;
        const code = select.value;
        if (code === this.current || this.saving) {
            return;
        }
        this.saving = true;
        this.error = undefined;
        try {
            await updateRecord({ fields: { Id: USER_ID, LanguageLocaleKey: code } });
            page.reload();
        } catch (error) {
            this.error = error;
            this.saving = false;
            select.value = this.current;
        }
    }
}
