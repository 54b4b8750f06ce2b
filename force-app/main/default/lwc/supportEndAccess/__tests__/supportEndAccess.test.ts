import { createElement } from 'lwc';
import { deepText, flushPromises, shadow } from 'test-helpers';
import SupportEndAccess from 'c/supportEndAccess';
import { createRecord } from 'lightning/uiRecordApi';

const mockCreateRecord = createRecord as jest.MockedFunction<typeof createRecord>;
const PIN_ID = 'a0PDEMO0000000001AAA';

function render(): HTMLElement {
    const element = createElement('c-support-end-access', { is: SupportEndAccess });
    Object.assign(element, { pinId: PIN_ID, lastFour: 'jkmn' });
    document.body.appendChild(element);
    return element;
}

const $ = (element: HTMLElement, selector: string) => shadow(element).querySelector(selector) as HTMLElement;

async function open(element: HTMLElement): Promise<void> {
    $(element, 'button.end-access').click();
    await flushPromises();
}

function listen(element: HTMLElement): jest.Mock {
    const heard = jest.fn();
    element.addEventListener('ended', (event) => heard((event as CustomEvent).detail));
    return heard;
}

/** A refusal as the flow words it (a Custom Error fails the save with its message). */
const REFUSAL = {
    status: 400,
    body: {
        message: 'An error occurred while trying to update the record. Please try again.',
        output: {
            errors: [
                {
                    errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION',
                    message: 'Only a contact your company authorized can end access.'
                }
            ],
            fieldErrors: {}
        }
    }
};

describe('c-support-end-access', () => {
    afterEach(() => {
        document.body.replaceChildren();
        jest.clearAllMocks();
    });

    it('is a button named for the PIN it ends', () => {
        const element = render();
        const button = $(element, 'button.end-access');
        expect(button.textContent?.trim()).toBe('End access');
        expect(button.getAttribute('aria-label')).toBe('End access with PIN ending jkmn');
        expect($(element, '.confirm')).toBeNull();
    });

    it('asks first, in place, named by its question, focus on Keep access; Keep access goes back', async () => {
        const element = render();
        await open(element);
        const group = $(element, '[role="group"].confirm');
        const question = $(element, '.confirm-text');
        expect(group.getAttribute('aria-labelledby')).toBe(question.getAttribute('id'));
        expect(question.textContent).toBe(
            'End access with PIN •••• jkmn? Thycotic can then no longer use it to identify your company or to reach your cloud database. This cannot be undone.'
        );
        expect($(element, 'button.end-access')).toBeNull();
        expect(shadow(element).activeElement).toBe($(element, 'button.keep-access'));
        $(element, 'button.keep-access').click();
        await flushPromises();
        expect($(element, '.confirm')).toBeNull();
        expect(shadow(element).activeElement).toBe($(element, 'button.end-access'));
        expect(mockCreateRecord).not.toHaveBeenCalled();
    });

    it('keeps access on Escape, and only on Escape, focus back on the button', async () => {
        const element = render();
        await open(element);
        $(element, '.confirm').dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
        await flushPromises();
        expect($(element, '.confirm')).not.toBeNull();
        $(element, 'button.keep-access').dispatchEvent(
            new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true })
        );
        await flushPromises();
        expect($(element, '.confirm')).toBeNull();
        expect(shadow(element).activeElement).toBe($(element, 'button.end-access'));
        expect(mockCreateRecord).not.toHaveBeenCalled();
    });

    it('files one revocation for a double click, then says it ended', async () => {
        let resolve: (value: unknown) => void = () => undefined;
        mockCreateRecord.mockReturnValue(new Promise((done) => (resolve = done)) as never);
        const element = render();
        const ended = listen(element);
        await open(element);
        $(element, 'button.confirm-end').click();
        $(element, 'button.confirm-end').click();
        await flushPromises();
        expect(($(element, 'button.confirm-end') as HTMLButtonElement).disabled).toBe(true);
        expect(($(element, 'button.keep-access') as HTMLButtonElement).disabled).toBe(true);
        expect($(element, '.ending').textContent).toBe('Ending access…');
        // Escape while the request is under way does not close what is being filed.
        $(element, '.confirm').dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
        await flushPromises();
        expect($(element, '.confirm')).not.toBeNull();
        expect(ended).not.toHaveBeenCalled();
        resolve({ id: 'a0RDEMO0000000001AAA' });
        await flushPromises();
        expect(mockCreateRecord).toHaveBeenCalledTimes(1);
        expect(mockCreateRecord).toHaveBeenCalledWith({
            apiName: 'Support_PIN_Revocation__c',
            fields: { Support_PIN__c: PIN_ID }
        });
        expect(ended).toHaveBeenCalledTimes(1);
        expect(ended).toHaveBeenCalledWith({ lastFour: 'jkmn' });
        expect($(element, '.confirm')).toBeNull();
        expect($(element, '.ending')).toBeNull();
    });

    it("shows the org's refusal in words and keeps the confirmation open", async () => {
        mockCreateRecord.mockRejectedValue(REFUSAL);
        const element = render();
        const ended = listen(element);
        await open(element);
        $(element, 'button.confirm-end').click();
        await flushPromises();
        const panel = $(element, 'c-support-error-panel.end-error');
        expect(deepText(panel)).toContain('Access was not ended.');
        expect(deepText(panel)).toContain('Only a contact your company authorized can end access.');
        expect($(element, '.confirm')).not.toBeNull();
        expect(($(element, 'button.confirm-end') as HTMLButtonElement).disabled).toBe(false);
        expect(ended).not.toHaveBeenCalled();
        // Keep access clears the words; asking again starts clean.
        $(element, 'button.keep-access').click();
        await flushPromises();
        await open(element);
        expect($(element, 'c-support-error-panel.end-error')).toBeNull();
    });

    it('is accessible as a button, a confirmation and a refusal', async () => {
        mockCreateRecord.mockRejectedValue(REFUSAL);
        const element = render();
        await expect(element).toBeAccessible();
        await open(element);
        await expect(element).toBeAccessible();
        $(element, 'button.confirm-end').click();
        await flushPromises();
        await expect(element).toBeAccessible();
    });
});
