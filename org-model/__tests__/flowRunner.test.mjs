// The flow runner and the org model's platform behaviour, each against what Salesforce documents:
// a flow the runner cannot execute is refused naming the flow and the element; flows run in
// trigger order; Decisions compare text without regard to case; SOQL filters and orders as SOQL
// does; Email-to-Case links a case only to a single matching contact; a refused save leaves nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { flowDefinitionFromXml, readProjectMetadata } from '../projectMetadata.mjs';
import { flowsFor, runTriggeredFlows } from '../flowRunner.mjs';
import { like, meetsFilter, orderBy } from '../soql.mjs';
import { createOrg } from '../org.mjs';
import { createRecordStore } from '../recordStore.mjs';
import { AUTOMATED_CASE_USER_ID, DEMO_USER_ID, SUPPORT_ENGINEER_ID, seedRecords } from '../demoData.mjs';

const root = new URL('../..', import.meta.url).pathname;
const metadata = readProjectMetadata(root);
const flowXml = (name) => readFileSync(`${root}force-app/main/default/flows/${name}.flow-meta.xml`, 'utf8');
const STAMP = flowXml('Support_Case_Status_Stamp');

test('a flow element, operator, function or reference the runner does not know fails the build, naming flow and element', () => {
    const refused = (xml) => assert.throws(() => flowDefinitionFromXml('Support_Case_Status_Stamp', xml));
    const message = (xml) => {
        try {
            flowDefinitionFromXml('Support_Case_Status_Stamp', xml);
        } catch (error) {
            return error.message;
        }
        return 'accepted';
    };
    const withElement = STAMP.replace('<environments>', '<waits><name>Wait_A_Day</name></waits>\n    <environments>');
    refused(withElement);
    assert.equal(
        message(withElement),
        'Flow Support_Case_Status_Stamp: the runner does not know the element kind waits'
    );
    // Of the actions, only Send Email runs, and only with the inputs the runner passes on.
    const withAction = (action, input) =>
        STAMP.replace(
            '<environments>',
            `<actionCalls><name>Tell</name><actionName>${action}</actionName><actionType>${action}</actionType>` +
                `<inputParameters><name>${input}</name><value><stringValue>x</stringValue></value></inputParameters>` +
                '</actionCalls>\n    <environments>'
        );
    assert.equal(
        message(withAction('chatterPost', 'text')),
        'Flow Support_Case_Status_Stamp, element Tell: the runner does not know the action chatterPost'
    );
    assert.equal(
        message(withAction('emailSimple', 'emailTemplateId')),
        'Flow Support_Case_Status_Stamp, element Tell: the runner does not know the Send Email input emailTemplateId'
    );
    assert.equal(message(withAction('emailSimple', 'emailSubject')), 'accepted');
    assert.equal(
        message(STAMP.replace('<operator>Assign</operator>', '<operator>RemoveAll</operator>')),
        'Flow Support_Case_Status_Stamp, element Stamp_Status_Time: the runner does not know the assignment operator RemoveAll'
    );
    // A property given twice (two descriptions on one element): the Metadata API would refuse the flow.
    assert.equal(
        message(
            STAMP.replace(
                '<name>Stamp_Status_Time</name>',
                '<description>One.</description><description>Two.</description><name>Stamp_Status_Time</name>'
            )
        ),
        'Flow Support_Case_Status_Stamp, element Stamp_Status_Time: description given more than once'
    );
    assert.equal(
        message(STAMP.replace('OR(ISNEW()', 'OR(ISCLONE()')),
        'Flow Support_Case_Status_Stamp, Start: the runner does not know the function ISCLONE'
    );
    assert.equal(
        message(
            STAMP.replace(
                '<elementReference>$Flow.CurrentDateTime</elementReference>',
                '<elementReference>$Setup.Now__c</elementReference>'
            )
        ),
        'Flow Support_Case_Status_Stamp, element Stamp_Status_Time: the runner does not know the reference $Setup.Now__c'
    );
    assert.equal(
        message(
            STAMP.replace(
                '<targetReference>Stamp_Status_Time</targetReference>',
                '<targetReference>Nowhere</targetReference>'
            )
        ),
        'Flow Support_Case_Status_Stamp, Start: connects to Nowhere, which is not an element the runner knows'
    );
    assert.equal(
        message(
            STAMP.replace('<triggerType>RecordBeforeSave</triggerType>', '<triggerType>RecordAfterDelete</triggerType>')
        ),
        'Flow Support_Case_Status_Stamp, Start: the runner does not know the trigger type RecordAfterDelete'
    );
    // A before-delete flow runs on Delete, and only it does.
    const beforeDelete = STAMP.replace(
        '<triggerType>RecordBeforeSave</triggerType>',
        '<triggerType>RecordBeforeDelete</triggerType>'
    );
    assert.match(message(beforeDelete), /the runner does not know the record trigger CreateAndUpdate/);
    assert.match(
        message(
            STAMP.replace(
                /<recordTriggerType>\w+<\/recordTriggerType>/,
                '<recordTriggerType>Delete</recordTriggerType>'
            )
        ),
        /the runner does not know the record trigger Delete/
    );
});

test('flows run in trigger order: 1 to 1,000, then none, then 1,001 to 2,000; the same order by API name', () => {
    const flow = (name, triggerOrder) => ({
        name,
        triggerOrder,
        status: 'Active',
        start: { object: 'Case', triggerType: 'RecordBeforeSave' }
    });
    const order = flowsFor(
        [flow('Late', 1500), flow('None', undefined), flow('B_Ten', 10), flow('A_Ten', 10), flow('Five', 5)],
        'Case',
        'RecordBeforeSave'
    ).map((f) => f.name);
    assert.deepEqual(order, ['Five', 'A_Ten', 'B_Ten', 'None', 'Late']);
    // The project's own Case flows: Email PIN (5), then Case Policy (10), then the status stamp (20).
    const definitions = Object.fromEntries(Object.entries(metadata.flows).map(([n, f]) => [n, f.definition]));
    assert.deepEqual(
        flowsFor(definitions, 'Case', 'RecordBeforeSave').map((f) => f.name),
        ['Support_Case_Email_PIN', 'Support_Case_Policy', 'Support_Case_Status_Stamp']
    );
});

/** A one-decision flow: `conditions` with `logic`, stamping Subject 'yes' or 'no' ('yes' ends the path with `yesEnds`). */
function decisionFlow(conditions, logic = 'and', { yesEnds = false } = {}) {
    const assign = (name, value) => ({
        kind: 'assignments',
        items: [{ to: '$Record.Subject', operator: 'Assign', value: { value, type: 'String' } }]
    });
    return {
        Probe: {
            name: 'Probe',
            status: 'Active',
            start: {
                object: 'Case',
                triggerType: 'RecordBeforeSave',
                recordTriggerType: 'Create',
                filters: [],
                logic: 'and',
                next: 'Decide'
            },
            elements: {
                Decide: {
                    kind: 'decisions',
                    rules: [{ name: 'Yes', logic, conditions, next: yesEnds ? undefined : 'Yes' }],
                    next: 'No'
                },
                Yes: assign('Yes', 'yes'),
                No: assign('No', 'no')
            },
            formulas: {},
            constants: {},
            variables: {}
        }
    };
}

function decide(conditions, record, logic, options) {
    const target = { ...record };
    runTriggeredFlows(
        decisionFlow(conditions, logic, options),
        { object: 'Case', triggerType: 'RecordBeforeSave', record: target },
        {
            metadata,
            now: new Date(),
            records: () => [],
            find: () => undefined,
            fieldValue: (object, rec, field) => rec[field] ?? null
        }
    );
    return target.Subject;
}

test('a Decision compares text without regard to case, but Ids exactly (15 or 18 characters)', () => {
    const origin = (value) => [{ left: '$Record.Origin', operator: 'EqualTo', right: { value, type: 'String' } }];
    assert.equal(decide(origin('email'), { Origin: 'Email' }), 'yes');
    assert.equal(decide(origin('Web'), { Origin: 'Email' }), 'no');
    const contact = (value) => [{ left: '$Record.ContactId', operator: 'EqualTo', right: { value, type: 'String' } }];
    assert.equal(decide(contact('003DEMO00000001'), { ContactId: '003DEMO00000001AAA' }), 'yes');
    assert.equal(decide(contact('003demo00000001'), { ContactId: '003DEMO00000001AAA' }), 'no');
    const contains = [{ left: '$Record.Description', operator: 'Contains', right: { value: 'PIN', type: 'String' } }];
    assert.equal(decide(contains, { Description: 'my pin is' }), 'yes');
});

test('custom condition logic: 1 AND (2 OR NOT 3)', () => {
    const is = (field, value) => ({ left: `$Record.${field}`, operator: 'EqualTo', right: { value, type: 'String' } });
    const conditions = [is('Origin', 'Email'), is('Status', 'New'), is('Subject', 'x')];
    const logic = '1 AND (2 OR NOT 3)';
    assert.equal(decide(conditions, { Origin: 'Email', Status: 'Working', Subject: 'y' }, logic), 'yes');
    assert.equal(decide(conditions, { Origin: 'Email', Status: 'Working', Subject: 'x' }, logic), 'no');
    assert.equal(decide(conditions, { Origin: 'Web', Status: 'New', Subject: 'y' }, logic), 'no');
});

test('SOQL semantics: text compares and LIKEs without regard to case; nulls first ascending, last descending', () => {
    assert.equal(meetsFilter('Email', 'Dana.Scully@acme.example', 'EqualTo', 'dana.scully@ACME.example'), true);
    assert.equal(meetsFilter('Text', null, 'EqualTo', 'x'), false);
    assert.equal(meetsFilter('Text', null, 'NotEqualTo', 'x'), true);
    assert.equal(meetsFilter('Number', null, 'LessThan', 5), false);
    assert.equal(meetsFilter('Date', '2026-06-15', 'GreaterThanOrEqualTo', '2026-06-15'), true);
    assert.equal(meetsFilter('DateTime', '2026-06-15T10:00:00.000Z', 'GreaterThan', '2026-06-15T10:00:00Z'), false);
    assert.equal(meetsFilter('Lookup', '003DEMO00000001AAA', 'EqualTo', '003DEMO00000001'), true);
    assert.equal(meetsFilter('Id', '500DEMO0000000001AAA', 'EqualTo', '500DEMO0000000002AAA'), false);
    assert.equal(like('Discovery scan stops', '%SCAN%'), true);
    assert.equal(like('100% done', '100\\%%'), true);
    assert.equal(like('1000 done', '100\\%%'), false);
    const rows = [{ n: 2 }, { n: null }, { n: 1 }];
    assert.deepEqual(
        [...rows].sort(orderBy('Number', 'n')).map((r) => r.n),
        [null, 1, 2]
    );
    assert.deepEqual(
        [...rows].sort(orderBy('Number', 'n', { descending: true })).map((r) => r.n),
        [2, 1, null]
    );
});

function memoryOrg(data = seedRecords(new Date()), userId = DEMO_USER_ID, permissionSets = []) {
    const store = createRecordStore({ records: data, nextId: 1 }, { currentUserId: () => userId });
    const org = createOrg({
        metadata,
        store,
        userId,
        permissionSets,
        emailToCase: { caseOwnerId: SUPPORT_ENGINEER_ID, automatedUserId: AUTOMATED_CASE_USER_ID }
    });
    return { org, store };
}

test('Email-to-Case links a case to the one contact whose address sent it, before the flows; several or none: no link', () => {
    const data = seedRecords(new Date());
    const { org } = memoryOrg(data);
    assert.equal(org.emailToCaseContact('DANA.SCULLY@acme.example')?.Id, '003DEMO0000000001AAA');
    // Linked by Email-to-Case, then unlinked by the flow for want of her PIN: the sender is kept apart.
    const linked = org.receiveEmailCase({ from: 'DANA.SCULLY@acme.example', subject: 'Scan stopped' });
    assert.equal(linked.Sender_Contact__c, '003DEMO0000000001AAA');
    assert.equal(linked.ContactId, null);
    assert.equal(linked.AccountId, null);
    assert.equal(linked.PIN_Check__c, 'No PIN');
    assert.equal(linked.CreatedById, AUTOMATED_CASE_USER_ID);
    const none = org.receiveEmailCase({ from: 'mallory@elsewhere.example', subject: 'Hello' });
    assert.equal(none.ContactId, null);
    assert.equal(none.SuppliedEmail, 'mallory@elsewhere.example');
    const twice = seedRecords(new Date());
    twice.Contact.push({ ...twice.Contact[0], Id: '003DEMO0000000009AAA', LastName: 'Scully (old)' });
    const several = memoryOrg(twice).org;
    assert.equal(several.emailToCaseContact('dana.scully@acme.example'), undefined);
    const unmatched = several.receiveEmailCase({ from: 'dana.scully@acme.example', subject: 'Hello' });
    assert.equal(unmatched.ContactId, null);
    assert.equal(unmatched.Sender_Contact__c, null);
});

test('a save an after-save flow refuses leaves nothing written: the record and the flow’s update roll back', () => {
    const data = seedRecords(new Date());
    const { org, store } = memoryOrg(data, DEMO_USER_ID, ['Support_Portal_Customer']);
    const before = store.allRecords('Case_Message__c').length;
    // Reopening an open case: the message's validation rule refuses it before the flow runs.
    assert.throws(() =>
        org.createAs('Case_Message__c', { Case__c: '500DEMO0000000001AAA', Action__c: 'Reopen', Body__c: 'x' })
    );
    assert.equal(store.allRecords('Case_Message__c').length, before);
    // Closing works: the message is stored and the flow closes the case.
    org.createAs('Case_Message__c', { Case__c: '500DEMO0000000001AAA', Action__c: 'Close', Body__c: 'Solved' });
    assert.equal(store.findRecord('500DEMO0000000001AAA').record.Status, 'Closed');
    // A transaction that fails after writing undoes every write.
    assert.throws(() =>
        store.transaction(() => {
            store.updateRecordFields('500DEMO0000000001AAA', { Status: 'Working' });
            store.insertRecord('Case_Message__c', { Case__c: '500DEMO0000000001AAA', Action__c: 'Reply' });
            throw new Error('refused');
        })
    );
    assert.equal(store.findRecord('500DEMO0000000001AAA').record.Status, 'Closed');
    assert.equal(store.allRecords('Case_Message__c').length, before + 1);
});

test('a PIN value is unique within its account only; each refused value counts towards the PIN limit, even rolled back', () => {
    const GLOBEX = '001OTHER000000001AAA';
    const ACME = '001DEMO0000000001AAA';
    const dayAgo = new Date(Date.now() - 3 * 86400000).toISOString();
    const data = seedRecords(new Date());
    data.Account.push({ ...data.Account.find((a) => a.Id === ACME), Id: GLOBEX, Name: 'Globex' });
    data.Support_PIN__c.push(
        { Id: 'a02OTHER00000001AAA', PIN__c: '55501234', Kind__c: 'Standard', Account__c: GLOBEX, CreatedDate: dayAgo },
        { Id: 'a02ACME000000001AAA', PIN__c: '48213907', Kind__c: 'Standard', Account__c: ACME, CreatedDate: dayAgo }
    );
    const dana = (definitions = metadata) => {
        const store = createRecordStore(
            { records: structuredClone(data), nextId: 1 },
            { currentUserId: () => DEMO_USER_ID }
        );
        const org = createOrg({
            metadata: definitions,
            store,
            userId: DEMO_USER_ID,
            permissionSets: ['Support_Portal_Customer'],
            label: (name) => name,
            emailToCase: { automatedUserId: AUTOMATED_CASE_USER_ID }
        });
        const issue = (value) => org.createAs('Support_PIN__c', { PIN__c: value, Kind__c: 'Standard' });
        const refusal = (value) => {
            try {
                issue(value);
            } catch (error) {
                const output = error.body?.output ?? {};
                return [...(output.errors ?? []), ...Object.values(output.fieldErrors ?? {}).flat()].map(
                    (e) => e.message
                );
            }
            return 'accepted';
        };
        return { org, store, issue, refusal, refusals: () => store.allRecords('Support_PIN_Refusal__c') };
    };

    const { org, store, refusal, refusals } = dana();
    // Another company's PIN value is not taken for Acme: the answer says nothing about Globex.
    assert.equal(refusal('55501234'), 'accepted');
    // The company's own value is refused, naming no record; the refusal is recorded by the Automated Process.
    assert.deepEqual(refusal('48213907'), ['Support_Policy_PIN_Taken']);
    assert.equal(store.allRecords('Support_PIN__c').filter((p) => p.PIN__c === '48213907').length, 1);
    assert.deepEqual(
        refusals().map((r) => [r.User__c, r.Reason__c, r.OwnerId]),
        [[DEMO_USER_ID, 'PIN taken', AUTOMATED_CASE_USER_ID]]
    );
    // A batch the refusal rolls back leaves its other PIN unsaved, but the refusal stays.
    assert.throws(() =>
        org.transaction(() => {
            org.createAs('Support_PIN__c', { PIN__c: '71930264', Kind__c: 'Standard' });
            org.createAs('Support_PIN__c', { PIN__c: '48213907', Kind__c: 'Standard' });
        })
    );
    assert.equal(store.allRecords('Support_PIN__c').filter((p) => p.PIN__c === '71930264').length, 0);
    assert.equal(refusals().length, 2);
    assert.deepEqual(org.eventFailures, []);
    // One PIN and two refusals so far; five more refusals and a PIN make nine, a refusal ten: the limit
    // (10 in 24 hours) counts them together, and the eleventh attempt is refused for it.
    for (let i = 0; i < 5; i++) {
        refusal('48213907');
    }
    assert.equal(refusal('71930265'), 'accepted');
    assert.deepEqual(refusal('48213907'), ['Support_Policy_PIN_Taken']);
    assert.deepEqual(refusal('71930266'), ['Support_Policy_Too_Many_PINs']);

    // Control: published after commit, the refusal would roll back with the save and never count.
    const afterCommit = structuredClone(metadata);
    afterCommit.objects.Support_PIN_Refusal__e.platformEvent.publishBehavior = 'PublishAfterCommit';
    const control = dana(afterCommit);
    assert.deepEqual(control.refusal('48213907'), ['Support_Policy_PIN_Taken']);
    assert.equal(control.refusals().length, 0);
});

test('two requests racing for a second privileged PIN: the slot’s unique index refuses the one whose check saw none', () => {
    const data = seedRecords(new Date());
    data.Account = data.Account.map((a) =>
        a.Id === '001DEMO0000000001AAA' ? { ...a, Support_Product__c: 'Secret Server Cloud' } : a
    );
    data.Contact = data.Contact.map((c) =>
        c.Id === '003DEMO0000000001AAA' ? { ...c, Privileged_Access__c: true } : c
    );
    const store = createRecordStore({ records: data, nextId: 1 }, { currentUserId: () => DEMO_USER_ID });
    const orgWith = (definitions, userId = DEMO_USER_ID, permissionSets = ['Support_Portal_Customer']) =>
        createOrg({ metadata: definitions, store, userId, permissionSets, label: (name) => name });
    const privileged = (value) => ({ PIN__c: value, Kind__c: 'Privileged' });
    const first = orgWith(metadata).createAs('Support_PIN__c', privileged('p7q2xk9mw4rt8'));
    assert.match(first.Privileged_Slot__c, /^001DEMO0000000001AAA\/\d{4}-\d\d-\d\d$/);

    // The racing request's flow ran before the first PIN was committed: its check found no active one.
    const racing = structuredClone(metadata);
    racing.flows.Support_PIN_Policy.definition.elements.Check_Active_Privileged.rules = [];
    assert.throws(
        () => orgWith(racing).createAs('Support_PIN__c', privileged('p8r3yk0nx5sv9')),
        (error) => error.body.output.fieldErrors.Privileged_Slot__c?.[0].errorCode === 'DUPLICATE_VALUE'
    );
    assert.equal(store.allRecords('Support_PIN__c').filter((p) => p.Kind__c === 'Privileged').length, 1);
    // Control: without the unique index, the racing request would have given Thycotic a second day of access.
    const noIndex = structuredClone(racing);
    noIndex.objects.Support_PIN__c.fields.Privileged_Slot__c.unique = false;
    // (the store keeps `data` by reference: a copy of it now holds the first privileged PIN)
    const controlStore = createRecordStore({ records: structuredClone(data), nextId: 100 });
    createOrg({
        metadata: noIndex,
        store: controlStore,
        userId: DEMO_USER_ID,
        permissionSets: ['Support_Portal_Customer']
    }).createAs('Support_PIN__c', privileged('p8r3yk0nx5sv9'));
    assert.equal(controlStore.allRecords('Support_PIN__c').filter((p) => p.Kind__c === 'Privileged').length, 2);

    // Revoked, the PIN frees the slot: a new privileged PIN the same day is issued.
    orgWith(metadata, SUPPORT_ENGINEER_ID, ['Support_Engineer']).updateAs(first.Id, {
        Revoked_At__c: new Date().toISOString()
    });
    assert.equal(store.findRecord(first.Id).record.Privileged_Slot__c, first.Id);
    assert.equal(orgWith(metadata).createAs('Support_PIN__c', privileged('p9s4zm1qy6tv0')).Kind__c, 'Privileged');
});

test('a Decision outcome without a connector ends the path; it does not fall through to the default', () => {
    const origin = [{ left: '$Record.Origin', operator: 'EqualTo', right: { value: 'Email', type: 'String' } }];
    assert.equal(decide(origin, { Origin: 'Email', Subject: 'kept' }, 'and', { yesEnds: true }), 'kept');
    // Control: the rule not met takes the default outcome.
    assert.equal(decide(origin, { Origin: 'Web', Subject: 'kept' }, 'and', { yesEnds: true }), 'no');
});

test('a before-delete flow runs on delete, and its Custom Error refuses the delete in words, leaving the record', () => {
    const definition = {
        name: 'Keep_Marked_Cases',
        status: 'Active',
        start: {
            object: 'Case',
            triggerType: 'RecordBeforeDelete',
            recordTriggerType: 'Delete',
            filters: [],
            logic: 'and',
            next: 'Marked'
        },
        elements: {
            Marked: {
                kind: 'decisions',
                rules: [
                    {
                        name: 'Keep',
                        logic: 'and',
                        conditions: [
                            { left: '$Record.Subject', operator: 'EqualTo', right: { value: 'Keep', type: 'String' } }
                        ],
                        next: 'Refuse'
                    }
                ]
            },
            Refuse: { kind: 'customErrors', messages: [{ message: 'This case is kept.' }] }
        },
        formulas: {},
        constants: {},
        variables: {}
    };
    const withFlow = { ...metadata, flows: { ...metadata.flows, Keep_Marked_Cases: { label: 'Keep', definition } } };
    const data = seedRecords(new Date());
    const [kept, other] = data.Case;
    kept.Subject = 'Keep';
    other.Subject = 'Delete me';
    const store = createRecordStore({ records: data, nextId: 1 }, { currentUserId: () => SUPPORT_ENGINEER_ID });
    const org = createOrg({ metadata: withFlow, store, userId: SUPPORT_ENGINEER_ID, permissionSets: [] });
    assert.throws(
        () => org.deleteAs(kept.Id),
        (error) => JSON.stringify(error.body ?? error.message).includes('This case is kept.')
    );
    assert.ok(store.findRecord(kept.Id), 'the refused case is still there');
    // Control: a case the flow does not mark is deleted by the same call.
    org.deleteAs(other.Id);
    assert.equal(store.findRecord(other.Id), undefined);
});
