// The support policy lives in the metadata (flows, validation rules, permission sets, sharing):
// the check finds each piece, and fails naming what is missing when one is taken out. The
// flows themselves run in the preview and the tests (org-model/flowRunner.mjs, flowTests.test.mjs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readProjectMetadata } from '../../org-model/projectMetadata.mjs';
import { loadProject, policyProblems } from '../lib/metadataChecks.mjs';

const root = new URL('../..', import.meta.url).pathname;
const metadata = readProjectMetadata(root);

function without(change) {
    const copy = structuredClone(metadata);
    change(copy);
    return policyProblems(copy);
}

test('the project holds every piece of the policy', () => {
    assert.deepEqual(policyProblems(metadata), []);
});

test('a missing Custom Error, constant or inactive flow is named', () => {
    assert.deepEqual(
        without((m) => delete m.flows.Support_PIN_Policy.customErrors.Error_Not_Covered),
        [
            'support policy, coverage: no PIN unless support licenses cover user licenses: Support_PIN_Policy has no Custom Error Error_Not_Covered'
        ]
    );
    assert.match(
        without((m) => delete m.flows.Support_PIN_Policy.constants.MaxPinsPer24Hours).join('\n'),
        /Support_PIN_Policy has no constant MaxPinsPer24Hours/
    );
    assert.match(
        without((m) => (m.flows.Support_Case_Policy.status = 'Draft')).join('\n'),
        /Support_Case_Policy is not Active/
    );
});

test('a forgeable PIN field is named: required (no FLS possible) or editable by customers', () => {
    assert.deepEqual(
        without((m) => (m.permissionSets.Support_Portal_Customer.fields['Support_PIN__c.Product__c'].edit = true)),
        [
            'support policy, lifetime and identity fields: portal customers cannot write them (the flow stamps them): Support_Portal_Customer may edit Support_PIN__c.Product__c'
        ]
    );
    assert.match(
        without((m) => (m.objects.Support_PIN__c.fields.Account__c.required = true)).join('\n'),
        /Support_PIN__c\.Account__c is required, so no permission set can make it read-only/
    );
});

test('missing entitlement and sharing pieces are named', () => {
    assert.match(
        without((m) => (m.objects.Account.validationRules = [])).join('\n'),
        /Account has no active validation rule Entitlement_Kept_By_Thycotic/
    );
    assert.match(
        without((m) => (m.permissionSets.Support_Portal_Customer.objects.Support_License__c.create = true)).join('\n'),
        /Support_Portal_Customer may create Support_License__c/
    );
    assert.match(
        without((m) => (m.objects.Support_PIN__c.externalSharingModel = 'Read')).join('\n'),
        /Support_PIN__c external sharing is not Private/
    );
    assert.match(
        without((m) => (m.objects.Case.externalSharingModel = 'Read')).join('\n'),
        /Case external sharing is not Private \(org-settings\)/
    );
    assert.match(
        without((m) => (m.sharingSets = {})).join('\n'),
        /no sharing set gives a customer the cases of their account/
    );
});

test('a case a customer could change outside its conversation is named', () => {
    assert.match(
        without(
            (m) =>
                (m.objects.Case.validationRules = m.objects.Case.validationRules.filter(
                    (r) => r.name !== 'Changed_Through_Conversation'
                ))
        ).join('\n'),
        /Case has no active validation rule Changed_Through_Conversation/
    );
    assert.match(
        without(
            (m) =>
                (m.permissionSets.Support_Portal_Customer.fields['Case.Applied_Message__c'] = {
                    read: true,
                    edit: true
                })
        ).join('\n'),
        /Support_Portal_Customer may edit Case.Applied_Message__c/
    );
});

test("missing pieces of the conversation's policy are named", () => {
    assert.match(
        without((m) => (m.permissionSets.Support_Portal_Customer.objects.Case_Message__c.edit = true)).join('\n'),
        /Support_Portal_Customer may edit cases or case messages/
    );
    assert.match(
        without((m) => (m.objects.Case_Message__c.validationRules = [])).join('\n'),
        /Case_Message__c has no active validation rule Reopen_Within_Window/
    );
    assert.match(
        without((m) => delete m.objects.Case_Message__c.fields.From_Support__c.formula).join('\n'),
        /Case_Message__c\.From_Support__c is not a formula/
    );
    assert.match(
        without((m) => (m.flows.Support_Case_Message_Apply.status = 'Draft')).join('\n'),
        /Support_Case_Message_Apply is not an active after-save flow/
    );
});

test('missing pieces of email to case are named', () => {
    assert.match(
        without((m) => (m.flows.Support_Case_Email_PIN.formulas['(start condition)'].expression = 'TRUE')).join('\n'),
        /Support_Case_Email_PIN does not start only for cases from email/
    );
    assert.match(
        without(
            (m) =>
                (m.objects.Case.fields.PIN_Check__c.picklistValues =
                    m.objects.Case.fields.PIN_Check__c.picklistValues.filter((v) => v.value !== 'Sender not on file'))
        ).join('\n'),
        /Case\.PIN_Check__c has no value Sender not on file/
    );
});

test('missing pieces of the article suggestions are named: customer edits, sharing, the counting rules', () => {
    const requirement =
        'support policy, article suggestions: customers create and read their own records and never change one; the counts and the answering article are checked by the server';
    assert.deepEqual(
        without((m) => (m.permissionSets.Support_Portal_Customer.objects.Article_Suggestion__c.edit = true)),
        [`${requirement}: Support_Portal_Customer may edit Article_Suggestion__c`]
    );
    assert.deepEqual(
        without((m) => (m.permissionSets.Support_Portal_Customer.objects.Article_Suggestion__c.viewAll = true)),
        [`${requirement}: Support_Portal_Customer may viewAll Article_Suggestion__c`]
    );
    assert.deepEqual(
        without((m) => (m.objects.Article_Suggestion__c.externalSharingModel = 'Read')),
        [`${requirement}: Article_Suggestion__c externalSharingModel is not Private`]
    );
    assert.deepEqual(
        without(
            (m) =>
                (m.objects.Article_Suggestion__c.validationRules =
                    m.objects.Article_Suggestion__c.validationRules.filter(
                        (rule) => rule.name !== 'Answering_Article_Was_Suggested'
                    ))
        ),
        [`${requirement}: Article_Suggestion__c has no active validation rule Answering_Article_Was_Suggested`]
    );
    assert.deepEqual(
        without((m) => (m.objects.Article_Suggestion__c.fields.Outcome__c.restricted = false)),
        [`${requirement}: Article_Suggestion__c.Outcome__c is not a required restricted picklist`]
    );
    assert.deepEqual(
        without((m) => delete m.permissionSets.Support_Portal_Customer.objects.Article_Suggestion__c),
        [`${requirement}: Support_Portal_Customer cannot create and read Article_Suggestion__c`]
    );
});

test('Knowledge: a customer who may write an article, or an author who may delete one, is named', () => {
    const requirement =
        'support policy, Knowledge: customers read articles and never write one; authors write articles but never delete one or reach every record';
    assert.deepEqual(
        without((m) => (m.permissionSets.Support_Portal_Customer.objects.Knowledge__kav.edit = true)),
        [`${requirement}: Support_Portal_Customer may edit Knowledge__kav`]
    );
    assert.deepEqual(
        without((m) => (m.permissionSets.Support_Portal_Customer.fields['Knowledge__kav.Body__c'].edit = true)),
        [`${requirement}: Support_Portal_Customer may edit Knowledge__kav.Body__c`]
    );
    assert.deepEqual(
        without((m) => (m.permissionSets.Support_Knowledge_Author.objects.Knowledge__kav.delete = true)),
        [`${requirement}: Support_Knowledge_Author may delete Knowledge__kav`]
    );
    assert.deepEqual(
        without((m) => (m.permissionSets.Support_Knowledge_Author.fields['Knowledge__kav.Product__c'].edit = false)),
        [`${requirement}: Support_Knowledge_Author cannot edit Knowledge__kav.Product__c`]
    );
    assert.deepEqual(
        without((m) => delete m.permissionSets.Support_Knowledge_Author),
        [`${requirement}: no permission set Support_Knowledge_Author`]
    );
});

test("missing pieces of the engineer's side are named", () => {
    assert.match(
        without((m) => (m.permissionSets.Support_Engineer.objects.Support_PIN_Verification__c.edit = true)).join('\n'),
        /Support_Engineer may edit PIN verifications/
    );
    assert.match(
        without(
            (m) => (m.permissionSets.Support_Engineer.fields['Support_PIN_Verification__c.Verdict__c'].edit = true)
        ).join('\n'),
        /Support_Engineer may write Support_PIN_Verification__c\.Verdict__c/
    );
    assert.match(
        without((m) => delete m.flows.Support_PIN_Verification_Stamp).join('\n'),
        /no flow Support_PIN_Verification_Stamp/
    );
    assert.match(
        without((m) => (m.applications.Thycotic_Support.tabs = ['standard-Case'])).join('\n'),
        /the app Thycotic_Support has no tab Verify_Support_PIN/
    );
    assert.match(
        without((m) => (m.flexiPages.Verify_Support_PIN.components = [])).join('\n'),
        /the tab Verify_Support_PIN does not open a page with supportPinVerify/
    );
    assert.match(
        without((m) => (m.permissionSets.Support_Engineer.apps = [])).join('\n'),
        /Support_Engineer does not grant the app Thycotic_Support/
    );
    assert.match(
        without(
            (m) =>
                (m.permissionSets.Support_Portal_Customer.fields['Support_PIN__c.Revoked_At__c'] = {
                    read: true,
                    edit: true
                })
        ).join('\n'),
        /Support_Portal_Customer may revoke a PIN/
    );
    // No PIN value outside a verification: not a required PIN field, not a grant, not on the case page.
    assert.match(
        without((m) => (m.objects.Support_PIN__c.fields.PIN__c.required = true)).join('\n'),
        /Support_PIN__c\.PIN__c is required, so every engineer reads every PIN/
    );
    assert.match(
        without((m) => (m.permissionSets.Support_Engineer.fields['Case.PIN__c'] = { read: true, edit: false })).join(
            '\n'
        ),
        /Support_Engineer reads Case\.PIN__c, a PIN value outside a verification/
    );
    assert.match(
        without((m) => m.flexiPages.Thycotic_Support_Case.fields.push('PIN__c')).join('\n'),
        /the case page Thycotic_Support_Case shows Case\.PIN__c, a PIN value/
    );
});

test("the engineer's case page is named when the app loses it or it loses the thread, the files or the PIN check", () => {
    assert.deepEqual(
        without((m) => (m.applications.Thycotic_Support.recordPages = {})),
        [
            "support policy, the engineer's side: the app opens a case where the engineer reads the thread, replies as Thycotic Support, sees the files and the PIN check: the app Thycotic_Support opens cases on no record page of its own (actionOverrides)"
        ]
    );
    const page = (change) =>
        without((m) => change(m.flexiPages[m.applications.Thycotic_Support.recordPages.Case])).join('\n');
    assert.match(
        page((p) => (p.components = p.components.filter((c) => c !== 'supportCaseConversation'))),
        /the case page Thycotic_Support_Case has no supportCaseConversation/
    );
    assert.match(
        page((p) => (p.fields = p.fields.filter((f) => f !== 'PIN_Check__c'))),
        /the case page Thycotic_Support_Case does not show Case\.PIN_Check__c/
    );
    assert.match(
        without((m) => (m.permissionSets.Support_Engineer.objects.Case_Message__c.create = false)).join('\n'),
        /Support_Engineer cannot write and read Case Messages/
    );
});

test('flow formulas: each parses, and each field and resource it references exists', async () => {
    const { flowFormulaProblems } = await import('../lib/metadataChecks.mjs');
    const flow = metadata.flows.Support_PIN_Policy;
    const problems = (expression) =>
        flowFormulaProblems(metadata, 'Support_PIN_Policy', flow, 'Probe', { dataType: 'DateTime', expression });
    const where = 'force-app/main/default/flows/Support_PIN_Policy.flow-meta.xml: formula Probe';
    assert.deepEqual(problems('{!$Record.Issued_At__c} + IF(ISPICKVAL({!$Record.Kind__c}, "Privileged"), 1, 7)'), []);
    assert.deepEqual(problems('{!TodayUtc} - 364'), []);
    assert.deepEqual(problems('{!$Record.Issued_At__x} + 1'), [
        `${where} uses $Record.Issued_At__x, which does not exist`
    ]);
    assert.deepEqual(problems('{!TodayUTC} - 364'), [`${where} uses TodayUTC, which is not a resource of the flow`]);
    assert.match(problems('{!$Flow.CurrentDateTime} +')[0], new RegExp(`^${where} does not evaluate`));
});

test("flow formulas: a field of a custom metadata record a Get Records element read is checked like an object's", async () => {
    const { flowFormulaProblems } = await import('../lib/metadataChecks.mjs');
    const flow = metadata.flows.Support_Case_Reply_Notify;
    const problems = (expression) =>
        flowFormulaProblems(metadata, 'Support_Case_Reply_Notify', flow, 'Probe', { dataType: 'String', expression });
    assert.deepEqual(problems("{!Get_Setting.Site_Url__c} & '/case/'"), []);
    assert.deepEqual(problems("{!Get_Setting.Site_Link__c} & '/case/'"), [
        'force-app/main/default/flows/Support_Case_Reply_Notify.flow-meta.xml: formula Probe uses Get_Setting.Site_Link__c, which is not a resource of the flow'
    ]);
});

test("a record-triggered flow's start condition is checked as its formulas are", async () => {
    const { flowFormulaProblems } = await import('../lib/metadataChecks.mjs');
    const flow = metadata.flows.Support_Case_Status_Stamp;
    assert.equal(flow.formulas['(start condition)'].expression, 'OR(ISNEW(), ISCHANGED({!$Record.Status}))');
    const problems = (expression) =>
        flowFormulaProblems(metadata, 'Support_Case_Status_Stamp', flow, '(start condition)', {
            dataType: 'Boolean',
            expression
        });
    assert.deepEqual(problems('OR(ISNEW(), ISCHANGED({!$Record.Status}))'), []);
    assert.deepEqual(problems('ISCHANGED({!$Record.Stauts})'), [
        'force-app/main/default/flows/Support_Case_Status_Stamp.flow-meta.xml: formula (start condition) uses $Record.Stauts, which does not exist'
    ]);
});

test('the cloud product the components name is in the Support_Products value set', async () => {
    const { checkProductNames } = await import('../lib/metadataChecks.mjs');
    assert.deepEqual(checkProductNames(loadProject(root)), []);
    // A copy, not the repo's file: the other test files run at the same time and read it.
    const copy = mkdtempSync(join(tmpdir(), 'product-names-'));
    try {
        for (const path of ['sfdx-project.json', 'force-app', 'org-settings']) {
            cpSync(join(root, path), join(copy, path), { recursive: true });
        }
        const file = join(copy, 'force-app/main/default/lwc/supportPins/supportPins.ts');
        writeFileSync(
            file,
            readFileSync(file, 'utf8').replace(
                "SECRET_SERVER_CLOUD = 'Secret Server Cloud'",
                "SECRET_SERVER_CLOUD = 'SecretServer Cloud'"
            )
        );
        assert.deepEqual(checkProductNames(loadProject(copy)), [
            "force-app/main/default/lwc/supportPins/supportPins.ts: SECRET_SERVER_CLOUD is 'SecretServer Cloud', which the Support_Products value set does not hold"
        ]);
    } finally {
        rmSync(copy, { recursive: true, force: true });
    }
});
