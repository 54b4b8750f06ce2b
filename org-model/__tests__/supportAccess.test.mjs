// The support access ledger (issue 27) held by the org, not the browser: who reads a company's
// PINs and Thycotic's verifications of them (the sharing set), who may end a PIN (the flow
// Support_PIN_Revocation_Apply, from its XML), and that nobody un-revokes a PIN or edits the audit.
// Each refusal has its positive control: the same request without its hostile part goes through,
// so the refusal comes from the rule named.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readProjectMetadata } from '../projectMetadata.mjs';
import { readLabels } from '../labels.mjs';
import { createOrg } from '../org.mjs';
import { createRecordStore } from '../recordStore.mjs';
import { CUSTOMER_PERMISSION_SETS, ENGINEER_PERMISSION_SETS } from '../access.mjs';
import {
    AUTOMATED_CASE_USER_ID,
    COLLEAGUE_PIN_ID,
    COLLEAGUE_PIN_VERIFICATION_ID,
    COLLEAGUE_USER_ID,
    DEMO_USER_ID,
    SUPPORT_ENGINEER_ID,
    seedRecords
} from '../demoData.mjs';

const root = new URL('../..', import.meta.url).pathname;
const metadata = readProjectMetadata(root);
const labels = readLabels(`${root}force-app/main/default/labels/CustomLabels.labels-meta.xml`);
const HOUR = 3600000;
const ACME = '001DEMO0000000001AAA';
const GLOBEX = '001OTHER000000001AAA';
const ACTIVE_PIN = 'a02ACTIVE00000001AAA';
const GLOBEX_PIN = 'a02OTHER000000001AAA';
const GLOBEX_VERIFICATION = 'a0VOTHER000000001AAA';

/** The demo data with an active PIN of Dana's and Globex's own PIN and verification. */
function data(now) {
    const at = (hours) => new Date(now.getTime() + hours * HOUR).toISOString();
    const seed = seedRecords(now);
    seed.Account.push({ Id: GLOBEX, Name: 'Globex', Support_Product__c: 'Secret Server', User_Licenses__c: 1 });
    seed.Support_PIN__c.push(
        {
            Id: ACTIVE_PIN,
            PIN__c: '48213907',
            Kind__c: 'Standard',
            Product__c: 'Secret Server',
            Issued_At__c: at(-1),
            Expires_At__c: at(24 * 7 - 1),
            Account__c: ACME,
            Contact__c: '003DEMO0000000001AAA',
            OwnerId: DEMO_USER_ID,
            CreatedById: DEMO_USER_ID,
            CreatedDate: at(-1)
        },
        {
            Id: GLOBEX_PIN,
            PIN__c: '55501234',
            Kind__c: 'Standard',
            Product__c: 'Secret Server',
            Issued_At__c: at(-1),
            Expires_At__c: at(24),
            Account__c: GLOBEX,
            OwnerId: '005OTHER000000001AAA',
            CreatedById: '005OTHER000000001AAA',
            CreatedDate: at(-1)
        }
    );
    seed.Support_PIN_Verification__c.push({
        Id: GLOBEX_VERIFICATION,
        PIN_Entered__c: '55501234',
        Verdict__c: 'Valid',
        Support_PIN__c: GLOBEX_PIN,
        Account__c: GLOBEX,
        OwnerId: SUPPORT_ENGINEER_ID,
        CreatedById: SUPPORT_ENGINEER_ID,
        CreatedDate: at(-0.5)
    });
    return seed;
}

/** One org over one store, signed in as each user: what the customer, the colleague and the engineer do to the same records. */
function orgs() {
    const now = new Date();
    const store = createRecordStore({ records: data(now), nextId: 1 }, { currentUserId: () => DEMO_USER_ID });
    const as = (userId, permissionSets) =>
        createOrg({
            metadata,
            store,
            userId,
            permissionSets,
            label: (name) => labels.get(name),
            emailToCase: { caseOwnerId: SUPPORT_ENGINEER_ID, automatedUserId: AUTOMATED_CASE_USER_ID }
        });
    return {
        store,
        dana: as(DEMO_USER_ID, CUSTOMER_PERMISSION_SETS),
        walter: as(COLLEAGUE_USER_ID, CUSTOMER_PERMISSION_SETS),
        engineer: as(SUPPORT_ENGINEER_ID, ENGINEER_PERMISSION_SETS)
    };
}

/** The words a refused call answers with, or [] when it went through. */
function refusal(call) {
    try {
        call();
        return [];
    } catch (error) {
        if (Array.isArray(error.body)) {
            return error.body.map((e) => e.message);
        }
        const output = error.body?.output;
        const messages = [
            ...(output?.errors ?? []).map((e) => e.message),
            ...Object.values(output?.fieldErrors ?? {}).flatMap((list) => list.map((e) => e.message))
        ];
        return messages.length ? messages : [error.body?.message ?? error.message];
    }
}

const endAccess = (org, pinId) => () => org.createAs('Support_PIN_Revocation__c', { Support_PIN__c: pinId });
const ids = (records) => records.map((record) => record.Id).sort();

test("a customer reads their company's PINs and verifications, a colleague's included, never another company's", () => {
    const { dana, walter, engineer } = orgs();
    for (const customer of [dana, walter]) {
        assert.deepEqual(ids(customer.visibleRecords('Support_PIN__c')), [COLLEAGUE_PIN_ID, ACTIVE_PIN].sort());
        assert.deepEqual(ids(customer.visibleRecords('Support_PIN_Verification__c')), [COLLEAGUE_PIN_VERIFICATION_ID]);
        assert.equal(customer.findVisible(GLOBEX_PIN), undefined);
        assert.equal(customer.findVisible(GLOBEX_VERIFICATION), undefined);
    }
    // Control: the records are there; Thycotic reads them all.
    assert.ok(engineer.findVisible(GLOBEX_PIN));
    assert.ok(engineer.findVisible(GLOBEX_VERIFICATION));
    // The ledger's names, read as the customer reads them.
    const verification = dana.findVisible(COLLEAGUE_PIN_VERIFICATION_ID).record;
    assert.equal(dana.fieldValue('Support_PIN_Verification__c', verification, 'Engineer_Name__c'), 'Fox Mulder');
    const pin = dana.findVisible(COLLEAGUE_PIN_ID).record;
    assert.equal(dana.fieldValue('Support_PIN__c', pin, 'Issued_By_Name__c'), 'Walter Skinner');
});

test('an authorized customer ends a PIN: revoked now, by her, shown as ended by the customer', () => {
    const { dana, store } = orgs();
    const before = Date.now();
    assert.deepEqual(refusal(endAccess(dana, ACTIVE_PIN)), []);
    const pin = store.findRecord(ACTIVE_PIN).record;
    assert.ok(Date.parse(pin.Revoked_At__c) >= before - 1000);
    assert.equal(pin.Expires_At__c, pin.Revoked_At__c);
    assert.equal(pin.Revoked_By__c, DEMO_USER_ID);
    assert.equal(dana.fieldValue('Support_PIN__c', pin, 'Revoked_By_Customer__c'), true);
    assert.equal(dana.fieldValue('Support_PIN__c', pin, 'Revoked_By_Name__c'), 'Dana Scully');
    assert.equal(store.allRecords('Support_PIN_Revocation__c').length, 1);
});

test('a colleague without the flag is refused in words and nothing is written; Dana, authorized, is not', () => {
    const { walter, dana, store } = orgs();
    const snapshot = JSON.stringify(store.allRecords('Support_PIN__c'));
    assert.deepEqual(refusal(endAccess(walter, ACTIVE_PIN)), [labels.get('Support_Policy_Revoke_Not_Authorized')]);
    assert.match(
        labels.get('Support_Policy_Revoke_Not_Authorized'),
        /^Only the people your company authorized can end support access\./
    );
    assert.equal(JSON.stringify(store.allRecords('Support_PIN__c')), snapshot);
    assert.equal(store.allRecords('Support_PIN_Revocation__c').length, 0);
    // Control: the same request from the authorized customer goes through.
    assert.deepEqual(refusal(endAccess(dana, ACTIVE_PIN)), []);
});

test("another company's PIN is refused in the words of one that does not exist, and nothing is written", () => {
    const { dana, store } = orgs();
    const words = (pinId) => refusal(endAccess(dana, pinId)).map((m) => m.replace(pinId, '<id>'));
    const other = words(GLOBEX_PIN);
    assert.deepEqual(other, words('a02NOSUCH00000001AAA'));
    assert.equal(other.length, 1);
    assert.equal(store.findRecord(GLOBEX_PIN).record.Revoked_At__c ?? null, null);
    assert.equal(store.allRecords('Support_PIN_Revocation__c').length, 0);
    // Control: a PIN of her own company, by the same request, goes through.
    assert.deepEqual(refusal(endAccess(dana, ACTIVE_PIN)), []);
});

test('a PIN that has ended cannot be ended again: expired, or revoked before', () => {
    const { dana } = orgs();
    const ended = [labels.get('Support_Policy_Revoke_Ended')];
    // Walter's demo PIN expired three days ago.
    assert.deepEqual(refusal(endAccess(dana, COLLEAGUE_PIN_ID)), ended);
    assert.deepEqual(refusal(endAccess(dana, ACTIVE_PIN)), []);
    assert.deepEqual(refusal(endAccess(dana, ACTIVE_PIN)), ended);
});

test('nobody un-revokes a PIN: the customer cannot edit it, the engineer is refused by the validation rule', () => {
    const { dana, engineer, store } = orgs();
    assert.deepEqual(refusal(endAccess(dana, ACTIVE_PIN)), []);
    assert.deepEqual(
        refusal(() => dana.updateAs(ACTIVE_PIN, { Revoked_At__c: null })),
        ["You don't have permission to edit this Support PIN."]
    );
    assert.deepEqual(
        refusal(() => engineer.updateAs(ACTIVE_PIN, { Revoked_At__c: null })),
        ['A revoked PIN expires when it is revoked, and stays revoked.']
    );
    assert.ok(store.findRecord(ACTIVE_PIN).record.Revoked_At__c);
    // Control: the engineer's revoke of an active PIN, the same field, goes through.
    const fresh = orgs();
    assert.deepEqual(
        refusal(() => fresh.engineer.updateAs(ACTIVE_PIN, { Revoked_At__c: new Date().toISOString() })),
        []
    );
    assert.equal(fresh.store.findRecord(ACTIVE_PIN).record.Revoked_By__c, SUPPORT_ENGINEER_ID);
    assert.equal(
        fresh.engineer.fieldValue(
            'Support_PIN__c',
            fresh.store.findRecord(ACTIVE_PIN).record,
            'Revoked_By_Customer__c'
        ),
        false
    );
});

test('the verification audit is engineer-created only and never edited or deleted, by a customer or an engineer', () => {
    const { dana, engineer, store } = orgs();
    const snapshot = JSON.stringify(store.allRecords('Support_PIN_Verification__c'));
    assert.deepEqual(
        refusal(() => dana.updateAs(COLLEAGUE_PIN_VERIFICATION_ID, { Verdict__c: 'Revoked' })),
        ["You don't have permission to edit this PIN Verification."]
    );
    assert.deepEqual(
        refusal(() => dana.deleteAs(COLLEAGUE_PIN_VERIFICATION_ID)),
        ["You don't have permission to delete this PIN Verification."]
    );
    assert.deepEqual(
        refusal(() => engineer.updateAs(COLLEAGUE_PIN_VERIFICATION_ID, { Case__c: null })),
        ["You don't have permission to edit this PIN Verification."]
    );
    assert.deepEqual(
        refusal(() => engineer.deleteAs(COLLEAGUE_PIN_VERIFICATION_ID)),
        ["You don't have permission to delete this PIN Verification."]
    );
    assert.deepEqual(
        refusal(() => dana.createAs('Support_PIN_Verification__c', { PIN_Entered__c: '48213907' })),
        ["You don't have permission to create PIN Verification records."]
    );
    assert.equal(JSON.stringify(store.allRecords('Support_PIN_Verification__c')), snapshot);
    // Control: both read it, and the engineer creates one (the flow stamps it).
    assert.ok(dana.findVisible(COLLEAGUE_PIN_VERIFICATION_ID));
    assert.ok(engineer.findVisible(COLLEAGUE_PIN_VERIFICATION_ID));
    const created = engineer.createAs('Support_PIN_Verification__c', { PIN_Entered__c: '48213907' });
    assert.equal(created.Verdict__c, 'Valid');
});

test('after a customer ends a PIN, it fails verification (Revoked) and email matching', () => {
    const { dana, engineer } = orgs();
    const verdict = () => engineer.createAs('Support_PIN_Verification__c', { PIN_Entered__c: '48213907' }).Verdict__c;
    const email = () =>
        engineer.receiveEmailCase({ from: 'dana.scully@acme.example', subject: 'PIN 48213907 Discovery stops' })
            .PIN_Check__c;
    // Control: before, the PIN verifies and matches.
    assert.equal(verdict(), 'Valid');
    assert.equal(email(), 'Verified');
    assert.deepEqual(refusal(endAccess(dana, ACTIVE_PIN)), []);
    assert.equal(verdict(), 'Revoked');
    assert.equal(email(), 'Unknown or expired PIN');
});

test('the refusals reach a German customer in German', () => {
    const german = readProjectMetadata(root, { language: 'de' });
    const messages = (m) => Object.values(m.flows.Support_PIN_Revocation_Apply.customErrors).map((e) => e.message);
    assert.equal(messages(german).length, 5);
    messages(german).forEach((message, i) => {
        assert.notEqual(message, messages(metadata)[i]);
        assert.ok(!message.includes('{!$Label'));
    });
    assert.ok(
        messages(german).includes('Keine PIN Ihres Unternehmens passt zu dieser Anfrage, daher wurde nichts beendet.')
    );
});
