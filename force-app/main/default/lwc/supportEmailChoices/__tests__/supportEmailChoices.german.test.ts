import 'test-language/de';
import { createElement } from 'lwc';
import { deepText, flushPromises, shadow } from 'test-helpers';
import SupportEmailChoices from 'c/supportEmailChoices';
import { getRecord } from 'lightning/uiRecordApi';

jest.mock('@salesforce/i18n/lang', () => ({ __esModule: true, default: 'de' }), { virtual: true });

const userAdapter = getRecord as unknown as { emit(value: unknown): void };

describe('c-support-email-choices in German', () => {
    afterEach(() => {
        document.body.replaceChildren();
    });

    it('speaks German', async () => {
        const element = createElement('c-support-email-choices', { is: SupportEmailChoices });
        document.body.appendChild(element);
        userAdapter.emit({ apiName: 'User', id: '005x', fields: {} });
        await flushPromises();
        expect(deepText(element)).toContain('Mir eine E-Mail senden, wenn');
        expect(shadow(element).querySelector('button.save')?.textContent?.trim()).toBe('Meine Auswahl speichern');
        await expect(element).toBeAccessible();
    });
});
