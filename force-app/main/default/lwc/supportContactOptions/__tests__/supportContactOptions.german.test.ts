// A customer whose language is German: every label in German, and routing still by the picklist's
// API value ("Severity 1"), never by the translated name.
import 'test-language/de';
import { createElement } from 'lwc';
import { flushPromises, shadow } from 'test-helpers';
import SupportContactOptions from 'c/supportContactOptions';
import { MessageContext } from 'lightning/messageService';
import { readContext } from 'c/supportContext';
import SEVERITY_1 from '@salesforce/label/c.Support_Severity_1';
import SEVERITY_1_TITLE from '@salesforce/label/c.Support_Case_Severity_1_Title';
import PHONE_TITLE from '@salesforce/label/c.Support_Contact_Phone_Title';

const messageContextAdapter = MessageContext as unknown as { emit(value: unknown): void };

describe('c-support-contact-options in German', () => {
    afterEach(() => {
        document.body.replaceChildren();
        window.sessionStorage.clear();
    });

    it('names the severities in German and routes Severity 1 to the phone by its API value', async () => {
        expect(SEVERITY_1).toBe('Schweregrad 1');
        const element = createElement('c-support-contact-options', { is: SupportContactOptions });
        document.body.appendChild(element);
        messageContextAdapter.emit({});
        const group = shadow(element).querySelector('lightning-radio-group') as HTMLElement & {
            options: { label: string; value: string }[];
        };
        expect(group.options[0].label.startsWith('Schweregrad 1: ')).toBe(true);
        expect(group.options.map((option) => option.value)).toEqual([
            'Severity 1',
            'Severity 2',
            'Severity 3',
            'Severity 4'
        ]);

        group.dispatchEvent(new CustomEvent('change', { detail: { value: group.options[0].value } }));
        await flushPromises();
        expect(readContext().severity).toBe('Severity 1');
        expect(shadow(element).querySelector('[role="alert"]')?.textContent).toContain(SEVERITY_1_TITLE);
        expect(shadow(element).querySelectorAll('.method_blocked')).toHaveLength(2);
        expect(shadow(element).querySelector('.method h3')?.textContent).toBe(PHONE_TITLE);
        await expect(element).toBeAccessible();
    });
});
