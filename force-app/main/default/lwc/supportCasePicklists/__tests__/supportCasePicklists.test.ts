import { MASTER_RECORD_TYPE_ID, casePicklists, picklistOptions } from 'c/supportCasePicklists';
import type { PicklistValuesCollection } from 'lightning/uiObjectInfoApi';
import englishAnswer from '@metadata/picklists/Case';
import germanAnswer from '@metadata/de/picklists/Case';

// What getPicklistValuesByRecordType answers the customer, from the metadata (only the parts read here).
const picklists = englishAnswer as unknown as PicklistValuesCollection;
const germanPicklists = germanAnswer as unknown as PicklistValuesCollection;

const valuesOf = (field: string, data = picklists) =>
    data.picklistFieldValues[field].values.map(({ label, value }) => ({ label, value }));

describe('Case picklists', () => {
    it('asks for the master record type, the same Id in every org', () => {
        expect(MASTER_RECORD_TYPE_ID).toBe('012000000000000AAA');
    });

    it('reads the products and the severities by name, each from its own field', () => {
        const { products, severities } = casePicklists(picklists);
        expect(products).toEqual(valuesOf('Product__c'));
        expect(severities).toEqual(valuesOf('Severity__c'));
        expect(products.map((option) => option.value)).toContain('Secret Server Cloud');
        expect(severities.map((option) => option.value)).toEqual([
            'Severity 1',
            'Severity 2',
            'Severity 3',
            'Severity 4'
        ]);
    });

    it('keeps the org’s labels beside the API values', () => {
        const { severities } = casePicklists(germanPicklists);
        expect(severities[0]).toEqual({
            label: valuesOf('Severity__c', germanPicklists)[0].label,
            value: 'Severity 1'
        });
        expect(severities[0].label).not.toBe('Severity 1');
    });

    it('offers nothing before the org answers, or for a field it does not send', () => {
        expect(casePicklists(undefined)).toEqual({ products: [], severities: [] });
        expect(picklistOptions(picklists, 'No_Such_Field__c')).toEqual([]);
        expect(picklistOptions(picklists, 'Status').length).toBeGreaterThan(0);
    });
});
