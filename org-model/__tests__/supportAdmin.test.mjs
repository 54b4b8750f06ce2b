// Who may grant privileged access (issue 27 item 4), held by the org: the company's support admin
// files a Privileged Access Change, the flow Privileged_Access_Change_Apply (from its XML) applies
// it, and the validation rule Privileged_Access_Kept_By_Thycotic refuses every other way a customer
// could set the flag. Each refusal has its positive control: the same request without its hostile
// part goes through, so the refusal comes from the rule named.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readProjectMetadata } from '../projectMetadata.mjs';
import { readLabels } from '../labels.mjs';
import { createOrg } from '../org.mjs';
import { createRecordStore } from '../recordStore.mjs';
import { CUSTOMER_PERMISSION_SETS, ENGINEER_PERMISSION_SETS } from '../access.mjs';
import {
    AUTOMATED_CASE_USER_ID,
    COLLEAGUE_USER_ID,
    DEMO_USER_ID,
    SUPPORT_ENGINEER_ID,
    seedRecords
} from '../demoData.mjs';

const root = new URL('../..', import.meta.url).pathname;
const metadata = readProjectMetadata(root);
const labels = readLabels(`${root}force-app/main/default/labels/CustomLabels.labels-meta.xml`);
const DANA = '003DEMO0000000001AAA';
const WALTER = '003DEMO0000000002AAA';
// Acme's third contact, without a portal login (a colleague who cannot follow a case).
const MONICA = '003DEMO0000000003AAA';
const GLOBEX = '001OTHER000000001AAA';
const GLOBEX_CONTACT = '003OTHER000000001AAA';
const NOT_ADMIN = labels.get('Support_Policy_Access_Change_Not_Admin');
const NOT_COLLEAGUE = labels.get('Support_Policy_Access_Change_Not_Colleague');

function orgs() {
    const seed = seedRecords(new Date());
    seed.Account.push({ Id: GLOBEX, Name: 'Globex', Support_Product__c: 'Secret Server', User_Licenses__c: 1 });
    seed.Contact.push({
        Id: GLOBEX_CONTACT,
        FirstName: 'Hank',
        LastName: 'Scorpio',
        Email: 'hank@globex.example',
        AccountId: GLOBEX,
        Privileged_Access__c: false,
        Support_Admin__c: false
    });
    const store = createRecordStore({ records: seed, nextId: 1 }, { currentUserId: () => DEMO_USER_ID });
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
        const output = error.body?.output;
        const messages = [
            ...(Array.isArray(error.body) ? error.body.map((e) => e.message) : []),
            ...(output?.errors ?? []).map((e) => e.message),
            ...Object.values(output?.fieldErrors ?? {}).flatMap((list) => list.map((e) => e.message))
        ];
        return messages.length ? messages : [error.body?.message ?? error.message];
    }
}

const change = (org, contactId, grant) => () =>
    org.createAs('Privileged_Access_Change__c', { Contact__c: contactId, Grant__c: grant });
const flag = (store, id) => store.findRecord(id).record.Privileged_Access__c;

test("customers read their company's contacts, names, emails and both flags; never another company's", () => {
    const { dana, walter, engineer } = orgs();
    for (const customer of [dana, walter]) {
        assert.deepEqual(
            customer
                .visibleRecords('Contact')
                .map((c) => c.Id)
                .sort(),
            [DANA, WALTER, MONICA]
        );
        assert.equal(customer.findVisible(GLOBEX_CONTACT), undefined);
        for (const field of ['Name', 'Email', 'Privileged_Access__c', 'Support_Admin__c']) {
            assert.ok(customer.access.canReadField('Contact', field), field);
        }
        assert.equal(customer.access.canReadField('Privileged_Access_Change__c', 'Applied_At__c'), true);
        assert.equal(customer.access.canWriteField('Privileged_Access_Change__c', 'Applied_At__c'), false);
    }
    // Control: the contact is there; Thycotic reads it.
    assert.ok(engineer.findVisible(GLOBEX_CONTACT));
});

test('the support admin allows a colleague: his flag set by her change, stamped applied; then withdraws it', () => {
    const { dana, store } = orgs();
    const before = Date.now();
    assert.deepEqual(refusal(change(dana, WALTER, true)), []);
    const [applied] = store.allRecords('Privileged_Access_Change__c');
    const walter = store.findRecord(WALTER).record;
    assert.equal(walter.Privileged_Access__c, true);
    assert.equal(walter.Privileged_Access_Change__c, applied.Id);
    assert.ok(Date.parse(applied.Applied_At__c) >= before - 1000);
    assert.equal(applied.CreatedById, DEMO_USER_ID);
    assert.deepEqual(refusal(change(dana, WALTER, false)), []);
    assert.equal(flag(store, WALTER), false);
    assert.equal(store.allRecords('Privileged_Access_Change__c').length, 2);
});

test('a colleague who is not the support admin is refused in words and nothing is written; Dana is not', () => {
    const { walter, dana, store } = orgs();
    assert.deepEqual(refusal(change(walter, WALTER, true)), [NOT_ADMIN]);
    assert.equal(NOT_ADMIN, "Only your company's support admin can change who may grant privileged access.");
    assert.equal(flag(store, WALTER), false);
    assert.equal(store.allRecords('Privileged_Access_Change__c').length, 0);
    // Control: the same change from the support admin goes through.
    assert.deepEqual(refusal(change(dana, WALTER, true)), []);
});

test("another company's contact is refused, by the lookup or by the flow in the words of one that does not exist", () => {
    const { dana, store } = orgs();
    // The customer cannot see Globex's contact: the lookup is refused before any flow runs.
    assert.match(refusal(change(dana, GLOBEX_CONTACT, true)).join(' '), /Contact__c|insufficient access|invalid/i);
    assert.equal(flag(store, GLOBEX_CONTACT), false);
    // Should sharing ever show it, the flow refuses it in the words of a contact that does not exist
    // (flow tests Access_Change_Other_Company and Access_Change_No_Such_Contact).
    assert.equal(store.allRecords('Privileged_Access_Change__c').length, 0);
    // Control: her colleague, by the same request.
    assert.deepEqual(refusal(change(dana, WALTER, true)), []);
});

test('a customer cannot set either flag or point a contact at a change directly, even her own', () => {
    const { dana, store } = orgs();
    assert.deepEqual(refusal(change(dana, WALTER, true)), []);
    const [old] = store.allRecords('Privileged_Access_Change__c');
    for (const fields of [
        { Privileged_Access__c: false },
        { Support_Admin__c: false },
        { Privileged_Access_Change__c: old.Id },
        { Privileged_Access__c: false, Privileged_Access_Change__c: old.Id }
    ]) {
        assert.notDeepEqual(
            refusal(() => dana.updateAs(WALTER, fields)),
            [],
            JSON.stringify(fields)
        );
        assert.notDeepEqual(
            refusal(() => dana.updateAs(DANA, fields)),
            [],
            JSON.stringify(fields)
        );
    }
    assert.equal(flag(store, WALTER), true);
});

test('a replayed change is refused by the validation rule, even where record access would allow the save', () => {
    const { dana, store } = orgs();
    assert.deepEqual(refusal(change(dana, WALTER, false)), []);
    assert.deepEqual(refusal(change(dana, WALTER, true)), []);
    const [withdrawal] = store.allRecords('Privileged_Access_Change__c');
    // Dana, as if her profile and an org's sharing let her edit her colleagues' contacts and every field.
    const editSharing = {
        ...metadata,
        sharingSets: {
            Edit: {
                accessMappings: [
                    { object: 'Contact', objectField: 'Account', userField: 'Account', accessLevel: 'Edit' }
                ]
            }
        }
    };
    const unrestricted = createOrg({
        metadata: editSharing,
        store,
        userId: DEMO_USER_ID,
        permissionSets: [],
        label: (name) => labels.get(name)
    });
    const replay = () =>
        unrestricted.updateAs(WALTER, { Privileged_Access__c: false, Privileged_Access_Change__c: withdrawal.Id });
    assert.deepEqual(refusal(replay), [
        metadata.objects.Contact.validationRules.find((r) => r.name === 'Privileged_Access_Kept_By_Thycotic')
            .errorMessage
    ]);
    assert.equal(flag(store, WALTER), true);
    assert.deepEqual(
        refusal(() => unrestricted.updateAs(WALTER, { Support_Admin__c: true })),
        [metadata.objects.Contact.validationRules.find((r) => r.name === 'Support_Admin_Kept_By_Thycotic').errorMessage]
    );
    // Control: a fresh change through the flow does it.
    assert.deepEqual(refusal(change(dana, WALTER, false)), []);
    assert.equal(flag(store, WALTER), false);
});

test('the refusals reach a German customer in German', () => {
    const german = readProjectMetadata(root, { language: 'de' });
    const messages = (m) => Object.values(m.flows.Privileged_Access_Change_Apply.customErrors).map((e) => e.message);
    assert.equal(messages(german).length, 4);
    messages(german).forEach((message, i) => {
        assert.notEqual(message, messages(metadata)[i]);
        assert.ok(!message.includes('{!$Label'));
    });
    assert.ok(messages(german).includes('Diese Person gehört nicht zu Ihrem Unternehmen.'));
});
