import { createElement } from 'lwc';
import { flushPromises, shadow, deepText } from 'test-helpers';
import SupportLanguageSwitch, { page } from 'c/supportLanguageSwitch';
import { updateRecord } from 'lightning/uiRecordApi';
import USER_ID from '@salesforce/user/Id';
import errors from '../../ldsUtils/__tests__/data/errors.json';

const mockUpdateRecord = updateRecord as jest.MockedFunction<typeof updateRecord>;

function render(): HTMLElement {
    const element = createElement('c-support-language-switch', { is: SupportLanguageSwitch });
    document.body.appendChild(element);
    return element;
}

function select(element: HTMLElement): HTMLSelectElement {
    return shadow(element).querySelector('select') as HTMLSelectElement;
}

function choose(element: HTMLElement, code: string): void {
    const field = select(element);
    field.value = code;
    field.dispatchEvent(new CustomEvent('change'));
}

describe('c-support-language-switch', () => {
    let reload: jest.SpyInstance;

    beforeEach(() => {
        reload = jest.spyOn(page, 'reload').mockImplementation(() => undefined);
    });

    afterEach(() => {
        document.body.replaceChildren();
        jest.clearAllMocks();
        reload.mockRestore();
    });

    it('offers English and Deutsch, each marked with its language, the viewer’s chosen', () => {
        const element = render();
        const options = [...select(element).options];
        expect(options.map((option) => [option.value, option.textContent?.trim(), option.lang])).toEqual([
            ['en_US', 'English', 'en-US'],
            ['de', 'Deutsch', 'de']
        ]);
        expect(select(element).value).toBe('en_US');
        expect(deepText(element)).toContain('Language');
    });

    it('sets the customer’s own language through LDS once, then reloads the page in it', async () => {
        let saved: (value: never) => void = () => undefined;
        mockUpdateRecord.mockReturnValue(new Promise((resolve) => (saved = resolve)));
        const element = render();
        choose(element, 'de');
        choose(element, 'de');
        await Promise.resolve();
        expect(select(element).disabled).toBe(true);
        expect(reload).not.toHaveBeenCalled();
        saved({} as never);
        await flushPromises();
        expect(mockUpdateRecord).toHaveBeenCalledTimes(1);
        expect(mockUpdateRecord).toHaveBeenCalledWith({ fields: { Id: USER_ID, LanguageLocaleKey: 'de' } });
        expect(reload).toHaveBeenCalledTimes(1);
    });

    it('does nothing when the language chosen is the current one', async () => {
        const element = render();
        choose(element, 'en_US');
        await flushPromises();
        expect(mockUpdateRecord).not.toHaveBeenCalled();
        expect(reload).not.toHaveBeenCalled();
    });

    it('says in words when the language cannot be changed, and keeps the current one', async () => {
        mockUpdateRecord.mockRejectedValue(errors.networkError);
        const element = render();
        choose(element, 'de');
        await flushPromises();
        expect(reload).not.toHaveBeenCalled();
        expect(select(element).value).toBe('en_US');
        expect(select(element).disabled).toBe(false);
        const panel = shadow(element).querySelector('c-support-error-panel') as HTMLElement & { title: string };
        expect(panel.title).toBe('Your language could not be changed. Try again, or change it in your user settings.');
        expect(deepText(element)).toContain('Your language could not be changed.');
    });

    it('is accessible', async () => {
        const element = render();
        await expect(element).toBeAccessible();
    });
});
