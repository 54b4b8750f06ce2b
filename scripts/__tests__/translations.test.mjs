// The data model in German, as the preview's demo org and the checks read it: labels, picklist
// labels and messages translated, values (what is stored and routed by) unchanged.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readProjectMetadata } from '../../org-model/projectMetadata.mjs';
import { labelsByLanguage, translationLanguages } from '../../org-model/labels.mjs';

test('German is a translation the project has, and every label has German text', () => {
    assert.ok(translationLanguages().includes('de'));
    const { en_US: english, de } = labelsByLanguage();
    assert.deepEqual(Object.keys(de), Object.keys(english));
    assert.equal(de.Support_Nav_Create_Case, 'Fall erstellen');
});

test('picklists in German keep their values; only the labels change', () => {
    const english = readProjectMetadata();
    const german = readProjectMetadata(undefined, { language: 'de' });
    const severity = (metadata) => metadata.objects.Case.fields.Severity__c.picklistValues;
    assert.deepEqual(
        severity(german).map((option) => option.value),
        severity(english).map((option) => option.value)
    );
    assert.equal(severity(german)[0].label, 'Schweregrad 1');
    // Standard values the platform translates itself; product names (trademarks) stay.
    assert.equal(german.objects.Case.fields.Status.picklistValues.find((o) => o.value === 'New').label, 'Neu');
    // A status the org adds is translated by org-settings (CaseStatus-de), its value unchanged.
    const waiting = (metadata) =>
        metadata.objects.Case.fields.Status.picklistValues.find((o) => o.value === 'Waiting on Customer');
    assert.equal(waiting(english).label, 'Waiting on Customer');
    assert.equal(waiting(german).label, 'Wartet auf Kunden');
    assert.deepEqual(
        german.objects.Account.fields.Support_Product__c.picklistValues,
        english.objects.Account.fields.Support_Product__c.picklistValues
    );
});

test('validation and flow messages reach a German customer in German', () => {
    const english = readProjectMetadata();
    const german = readProjectMetadata(undefined, { language: 'de' });
    const rule = (metadata) =>
        metadata.objects.Case.validationRules.find((r) => r.name === 'Severity_1_By_Phone').errorMessage;
    assert.notEqual(rule(german), rule(english));
    assert.match(rule(german), /Schweregrad 1/);
    const flowMessages = (metadata) =>
        Object.values(metadata.flows.Support_PIN_Policy.customErrors).map((error) => error.message);
    assert.notDeepEqual(flowMessages(german), flowMessages(english));
    assert.ok(flowMessages(german).every((message) => !message.includes('{!$Label')));
});
