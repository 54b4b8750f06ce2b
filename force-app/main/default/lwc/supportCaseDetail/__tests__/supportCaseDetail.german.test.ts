// A customer whose language is German: the org answers picklists with German labels and a
// record's picklist fields with German display values; the path compares by value, shows labels.
import 'test-language/de';
import { createElement } from 'lwc';
import { flushPromises, shadow } from 'test-helpers';
import SupportCaseDetail from 'c/supportCaseDetail';
import { getRecord } from 'lightning/uiRecordApi';
import { getPicklistValuesByRecordType } from 'lightning/uiObjectInfoApi';
import casePicklists from '@metadata/de/picklists/Case';
import workingCase from './data/workingCase.json';
import waitingCase from './data/waitingCase.json';

interface LdsTestAdapter {
    emit(value: unknown): void;
}
const recordAdapter = getRecord as unknown as LdsTestAdapter;
const picklistsAdapter = getPicklistValuesByRecordType as unknown as LdsTestAdapter;

type CaseRecord = { fields: Record<string, { value: unknown; displayValue: string | null }> };

/** The record as the UI API answers a German user: picklists with their German displayValue. */
function inGerman<T extends CaseRecord>(record: T): T {
    const labelOf = (field: string, value: string | null | boolean) =>
        casePicklists.picklistFieldValues[field].values.find((option) => option.value === value)?.label ?? null;
    const fields = JSON.parse(JSON.stringify(record.fields)) as CaseRecord['fields'];
    for (const field of ['Status', 'Severity__c', 'Product__c']) {
        fields[field].displayValue = labelOf(field, fields[field].value as string);
    }
    return { ...record, fields };
}

describe('c-support-case-detail in German', () => {
    afterEach(() => {
        document.body.replaceChildren();
    });

    it('shows the status path and the severity in German, marking the current status by its value', async () => {
        const element = createElement('c-support-case-detail', { is: SupportCaseDetail });
        Object.assign(element, { recordId: '500DEMO0000000001AAA' });
        document.body.appendChild(element);
        picklistsAdapter.emit(casePicklists);
        recordAdapter.emit(inGerman(workingCase));
        await flushPromises();
        const steps = Array.from(shadow(element).querySelectorAll('.path li'));
        expect(steps.map((li) => li.textContent?.trim())).toEqual(
            expect.arrayContaining(['Neu', 'In Bearbeitung', 'Geschlossen'])
        );
        expect(shadow(element).querySelector('.path li[aria-current="step"]')?.textContent?.trim()).toBe(
            'In Bearbeitung'
        );
        const details = Array.from(shadow(element).querySelectorAll('.detail dd')).map((dd) => dd.textContent);
        expect(details).toContain('Schweregrad 3');
        expect(shadow(element).querySelector('.title')?.textContent).toBe('Fall 00001026');
        await expect(element).toBeAccessible();
    });

    it('says "Wartet auf Kunden" on the path of a case waiting on the customer: the org-settings translation', async () => {
        const element = createElement('c-support-case-detail', { is: SupportCaseDetail });
        Object.assign(element, { recordId: '500DEMO0000000001AAA' });
        document.body.appendChild(element);
        picklistsAdapter.emit(casePicklists);
        recordAdapter.emit(inGerman(waitingCase));
        await flushPromises();
        const steps = Array.from(shadow(element).querySelectorAll('.path li')).map((li) => li.textContent?.trim());
        expect(steps).toEqual(['Neu', 'In Bearbeitung', 'Wartet auf Kunden', 'Eskaliert', 'Geschlossen']);
        expect(shadow(element).querySelector('.path li[aria-current="step"]')?.textContent?.trim()).toBe(
            'Wartet auf Kunden'
        );
    });
});
