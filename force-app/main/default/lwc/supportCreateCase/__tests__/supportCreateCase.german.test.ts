// A customer whose language is German: every field of the list is labelled, and its message worded, in German.
import 'test-language/de';
import { createElement } from 'lwc';
import { flushPromises, shadow } from 'test-helpers';
import SupportCreateCase from 'c/supportCreateCase';
import { graphql } from 'lightning/graphql';
import { getObjectInfo, getPicklistValuesByRecordType } from 'lightning/uiObjectInfoApi';
import caseObjectInfo from '@metadata/objectInfo/Case';
import casePicklists from '@metadata/de/picklists/Case';
import customerWithoutPin from './data/customerWithoutPin.json';

interface TestAdapter {
    emit(value: unknown): void;
}

describe('c-support-create-case in German', () => {
    afterEach(() => {
        document.body.replaceChildren();
        window.sessionStorage.clear();
    });

    it('labels every field in German and says what is missing in German', async () => {
        const element = createElement('c-support-create-case', { is: SupportCreateCase });
        document.body.appendChild(element);
        (getObjectInfo as unknown as TestAdapter).emit(caseObjectInfo);
        (getPicklistValuesByRecordType as unknown as TestAdapter).emit(casePicklists);
        (graphql as unknown as TestAdapter).emit(customerWithoutPin);
        await flushPromises();

        const labels = Array.from(
            shadow(element).querySelectorAll<HTMLElement & { label: string }>(
                '[data-field]:not(c-support-secret-warning)'
            )
        ).map((input) => input.label);
        expect(labels).toEqual([
            'Produkt',
            'Schweregrad',
            'Betreff',
            'Symptome und Details',
            'Name des technischen Ansprechpartners',
            'Telefonnummer des technischen Ansprechpartners',
            'Anwesenheitszeiten des technischen Ansprechpartners'
        ]);
        shadow(element).querySelector<HTMLElement>('lightning-button.next')?.click();
        await flushPromises();
        expect(shadow(element).querySelector('[data-error-for="product"]')?.textContent).toContain('Produkt');
        expect(shadow(element).querySelector('[data-error-for="product"]')?.textContent).not.toContain('required');
    });
});
