import { createElement } from 'lwc';
import { deepText, flushPromises, shadow } from 'test-helpers';
import SupportEmailChoices from 'c/supportEmailChoices';
import { getRecord, updateRecord } from 'lightning/uiRecordApi';
import USER_ID from '@salesforce/user/Id';
import errors from '../../ldsUtils/__tests__/data/errors.json';

interface LdsTestAdapter {
    emit(value: unknown): void;
    error(body?: unknown, status?: number, statusText?: string): void;
    getLastConfig(): Record<string, unknown>;
}
const userAdapter = getRecord as unknown as LdsTestAdapter;
const mockUpdateRecord = updateRecord as jest.MockedFunction<typeof updateRecord>;

/** The customer's User as LDS answers it: their three opt-outs. */
function user(fields: { reply?: boolean; waiting?: boolean; closed?: boolean } = {}): unknown {
    const value = (v: boolean | undefined) => ({ value: v ?? false, displayValue: null });
    return {
        apiName: 'User',
        id: USER_ID,
        fields: {
            No_Reply_Emails__c: value(fields.reply),
            No_Waiting_Emails__c: value(fields.waiting),
            No_Closed_Emails__c: value(fields.closed)
        }
    };
}

function render(): HTMLElement {
    const element = createElement('c-support-email-choices', { is: SupportEmailChoices });
    document.body.appendChild(element);
    return element;
}

const boxes = (element: HTMLElement) =>
    [...shadow(element).querySelectorAll('input[type="checkbox"]')] as HTMLInputElement[];
const labelOf = (element: HTMLElement, box: HTMLInputElement) =>
    shadow(element).querySelector(`label[for="${box.id}"]`)?.textContent?.trim();
const save = (element: HTMLElement) => shadow(element).querySelector('button.save') as HTMLButtonElement;

function toggle(box: HTMLInputElement): void {
    box.checked = !box.checked;
    box.dispatchEvent(new CustomEvent('change'));
}

describe('c-support-email-choices', () => {
    afterEach(() => {
        document.body.replaceChildren();
        jest.clearAllMocks();
    });

    it('reads the customer’s own choices: every email on by default, in plain words', async () => {
        const element = render();
        expect(deepText(element)).toContain('Loading your email choices…');
        await flushPromises();
        expect(userAdapter.getLastConfig()).toEqual({
            recordId: USER_ID,
            fields: [
                { objectApiName: 'User', fieldApiName: 'No_Reply_Emails__c' },
                { objectApiName: 'User', fieldApiName: 'No_Waiting_Emails__c' },
                { objectApiName: 'User', fieldApiName: 'No_Closed_Emails__c' }
            ]
        });
        userAdapter.emit(user());
        await flushPromises();
        expect(boxes(element).map((box) => [labelOf(element, box), box.checked])).toEqual([
            ['Thycotic replies on a case', true],
            ['A case is waiting for my answer', true],
            ['Thycotic closes a case', true]
        ]);
        expect(shadow(element).querySelector('legend')?.textContent).toBe('Email me when');
        await expect(element).toBeAccessible();
    });

    it('shows an email turned off as unchecked', async () => {
        const element = render();
        userAdapter.emit(user({ waiting: true }));
        await flushPromises();
        expect(boxes(element).map((box) => box.checked)).toEqual([true, false, true]);
    });

    it('saves the three choices on the customer’s own User once, however often they click, and says so', async () => {
        let saved: (value: never) => void = () => undefined;
        mockUpdateRecord.mockReturnValue(new Promise((resolve) => (saved = resolve)));
        const element = render();
        userAdapter.emit(user());
        await flushPromises();
        toggle(boxes(element)[0]);
        await flushPromises();
        save(element).click();
        save(element).click();
        await flushPromises();
        expect(save(element).disabled).toBe(true);
        saved({} as never);
        await flushPromises();
        expect(mockUpdateRecord).toHaveBeenCalledTimes(1);
        expect(mockUpdateRecord).toHaveBeenCalledWith({
            fields: { Id: USER_ID, No_Reply_Emails__c: true, No_Waiting_Emails__c: false, No_Closed_Emails__c: false }
        });
        expect(save(element).disabled).toBe(false);
        expect(shadow(element).querySelector('.announcement')?.textContent).toBe('Your email choices are saved.');
        await expect(element).toBeAccessible();
    });

    it('says in words when the save fails, and keeps the boxes as the customer left them', async () => {
        mockUpdateRecord.mockRejectedValue(errors.networkError);
        const element = render();
        userAdapter.emit(user());
        await flushPromises();
        toggle(boxes(element)[1]);
        toggle(boxes(element)[2]);
        await flushPromises();
        save(element).click();
        await flushPromises();
        // LDS answers the stored record again: the customer's unsaved choices stay.
        userAdapter.emit(user());
        await flushPromises();
        expect(boxes(element).map((box) => box.checked)).toEqual([true, false, false]);
        const panel = shadow(element).querySelector('c-support-error-panel.save-error') as HTMLElement & {
            title: string;
            errors: unknown;
        };
        expect(panel.title).toBe(
            'Your email choices could not be saved. They are still checked as you left them: try again.'
        );
        expect(panel.errors).toEqual(errors.networkError);
        expect(shadow(element).querySelector('.announcement')?.textContent).toBe('');
        // Trying again sends the same choices, and clears the error.
        mockUpdateRecord.mockResolvedValue({} as never);
        save(element).click();
        await flushPromises();
        expect(mockUpdateRecord).toHaveBeenLastCalledWith({
            fields: { Id: USER_ID, No_Reply_Emails__c: false, No_Waiting_Emails__c: true, No_Closed_Emails__c: true }
        });
        expect(shadow(element).querySelector('c-support-error-panel.save-error')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('says in words when the choices cannot be read, and offers no form to save blind', async () => {
        const element = render();
        userAdapter.error({ message: 'An unexpected error occurred.' }, 500, 'Server Error');
        await flushPromises();
        const panel = shadow(element).querySelector('c-support-error-panel.load-error') as HTMLElement & {
            title: string;
        };
        expect(panel.title).toBe('Your email choices could not be loaded. Reload the page to try again.');
        expect(boxes(element)).toEqual([]);
        expect(save(element)).toBeNull();
        await expect(element).toBeAccessible();
    });
});
