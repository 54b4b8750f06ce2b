// Emails the org's flows send (issue 28), run from the flows' XML: who gets one, in which language,
// with what subject, body and link, and never the PIN. The org sends a transaction's emails only
// when it commits: a reply that is refused sends nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
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
const DISCOVERY_CASE = '500DEMO0000000001AAA';
const SETTING = metadata.customMetadata.Support_Portal_Setting__mdt.records.Default;

function orgs({ language = 'en_US', origin, subject, contactId, contactEmail, choices = {} } = {}) {
    const seed = seedRecords(new Date());
    seed.User = seed.User.map((user) =>
        user.Id === DEMO_USER_ID ? { ...user, LanguageLocaleKey: language, ...choices } : user
    );
    seed.Contact = seed.Contact.map((c) => (contactEmail === undefined ? c : { ...c, Email: contactEmail }));
    seed.Case = seed.Case.map((c) =>
        c.Id === DISCOVERY_CASE
            ? {
                  ...c,
                  Origin: origin ?? c.Origin,
                  Subject: subject ?? c.Subject,
                  ContactId: contactId === undefined ? c.ContactId : contactId
              }
            : c
    );
    const store = createRecordStore({ records: seed, nextId: 1 }, { currentUserId: () => DEMO_USER_ID });
    const sent = [];
    const as = (userId, permissionSets) =>
        createOrg({
            metadata,
            store,
            userId,
            permissionSets,
            label: (name) => labels.get(name),
            emailToCase: { caseOwnerId: SUPPORT_ENGINEER_ID, automatedUserId: AUTOMATED_CASE_USER_ID },
            sendEmail: (email) => sent.push(email)
        });
    return {
        sent,
        dana: as(DEMO_USER_ID, CUSTOMER_PERMISSION_SETS),
        walter: as(COLLEAGUE_USER_ID, CUSTOMER_PERMISSION_SETS),
        engineer: as(SUPPORT_ENGINEER_ID, ENGINEER_PERMISSION_SETS),
        store
    };
}

const reply = (org, body, action = 'Reply') =>
    org.createAs('Case_Message__c', { Case__c: DISCOVERY_CASE, Action__c: action, Body__c: body });

test("Thycotic's reply is emailed to the case's contact: case number, the message and a link to the case page", () => {
    const { sent, engineer } = orgs();
    reply(engineer, 'Please send the discovery log from last night.');
    assert.equal(sent.length, 1);
    const [email] = sent;
    assert.deepEqual(email.to, ['dana.scully@acme.example']);
    assert.equal(email.subject, '[Case 00001026] Thycotic replied: Discovery scan stops at 40%');
    assert.equal(email.language, 'en_US');
    assert.equal(email.senderType, 'OrgWideEmailAddress');
    assert.equal(email.senderAddress, 'support@thycotic.com');
    assert.equal(email.relatedRecordId, DISCOVERY_CASE);
    assert.match(
        email.body,
        /^Thycotic Support replied on case 00001026 \(Discovery scan stops at 40%\):\n\nPlease send the discovery log from last night\.\n/
    );
    assert.ok(email.body.includes(`\n${SETTING.Site_Url__c}/case/${DISCOVERY_CASE}\n`), email.body);
    assert.equal(email.flow, 'Support_Case_Reply_Notify');
});

test('a German contact gets the email in German', () => {
    const { sent, engineer } = orgs({ language: 'de' });
    reply(engineer, 'Bitte senden Sie uns das Protokoll.');
    assert.equal(sent.length, 1);
    assert.equal(sent[0].subject, '[Fall 00001026] Antwort von Thycotic: Discovery scan stops at 40%');
    assert.equal(sent[0].language, 'de');
    assert.match(
        sent[0].body,
        /^Der Thycotic-Support hat im Fall 00001026 \(Discovery scan stops at 40%\) geantwortet:/
    );
    assert.ok(sent[0].body.includes(`${SETTING.Site_Url__c}/case/${DISCOVERY_CASE}`));
});

test("the customer's own message is not emailed back to them, nor is Thycotic's note on a case without a contact", () => {
    const { sent, dana, engineer } = orgs();
    const toDana = () => sent.filter((email) => email.to.includes('dana.scully@acme.example'));
    reply(dana, 'Here is the log.');
    assert.equal(toDana().length, 0);
    // Control: the same message from Thycotic is.
    reply(engineer, 'Thanks, we have it.');
    assert.equal(toDana().length, 1);
    const noContact = orgs({ contactId: null });
    reply(noContact.engineer, 'Noted.');
    assert.equal(noContact.sent.length, 0);
});

test('a contact without an email address gets none, and the reply is saved all the same (the fault path)', () => {
    const { sent, engineer, dana } = orgs({ contactEmail: null });
    const saved = reply(engineer, 'Please send the log.');
    assert.equal(sent.length, 0);
    assert.ok(dana.findVisible(saved.Id), 'the reply is on the case');
});

test('a case filed by email is named "your email", never by its subject, which carries the PIN', () => {
    const { sent, engineer } = orgs({ origin: 'Email', subject: 'PIN 48213907 discovery fails' });
    reply(engineer, 'Looking into it.');
    assert.equal(sent[0].subject, '[Case 00001026] Thycotic replied: your email to Thycotic Support');
    assert.ok(!sent[0].body.includes('48213907'));
    assert.ok(!sent[0].subject.includes('48213907'));
    // Control: the same case from the portal is named by its subject.
    const portal = orgs({ origin: 'Web', subject: 'Discovery fails' });
    reply(portal.engineer, 'Looking into it.');
    assert.equal(portal.sent[0].subject, '[Case 00001026] Thycotic replied: Discovery fails');
});

test('a refused reply sends nothing: emails leave only with a committed transaction', () => {
    const { sent, engineer } = orgs();
    // The reply's flows ran (the email was queued), then the transaction failed.
    assert.throws(() =>
        engineer.transaction(() => {
            reply(engineer, 'Sent, then undone.');
            throw new Error('the surrounding save fails');
        })
    );
    assert.equal(sent.length, 0);
    // Control: the same reply on its own goes.
    reply(engineer, 'Sent.');
    assert.equal(sent.length, 1);
});

test('the support address emails come from is the one the portal offers for emailing support', () => {
    const source = readFileSync(`${root}force-app/main/default/lwc/supportEmail/supportEmail.ts`, 'utf8');
    const [, portalAddress] = source.match(/SUPPORT_EMAIL = '([^']+)'/);
    assert.equal(SETTING.Support_Email_Address__c, portalAddress);
});

const setStatus = (org, Status) => org.updateAs(DISCOVERY_CASE, { Status });

test('the case starts waiting on the customer: they are told, with the link', () => {
    const { sent, engineer } = orgs();
    setStatus(engineer, 'Working');
    assert.equal(sent.length, 0, 'Working is not news to the customer');
    setStatus(engineer, 'Waiting on Customer');
    assert.equal(sent.length, 1);
    assert.equal(sent[0].subject, '[Case 00001026] Thycotic is waiting for your answer: Discovery scan stops at 40%');
    assert.deepEqual(sent[0].to, ['dana.scully@acme.example']);
    assert.ok(sent[0].body.includes(`${SETTING.Site_Url__c}/case/${DISCOVERY_CASE}`));
    assert.equal(sent[0].flow, 'Support_Case_Status_Notify');
});

test('Thycotic closes the case: the customer is told, with how long they may reopen it; in German for a German contact', () => {
    const { sent, engineer } = orgs({ language: 'de' });
    setStatus(engineer, 'Closed');
    assert.equal(sent.length, 1);
    assert.equal(sent[0].subject, '[Fall 00001026] Geschlossen: Discovery scan stops at 40%');
    assert.match(sent[0].body, /innerhalb von 14 Tagen im Support-Portal wieder/);
    const english = orgs();
    setStatus(english.engineer, 'Closed');
    assert.equal(english.sent[0].subject, '[Case 00001026] Closed: Discovery scan stops at 40%');
    assert.match(english.sent[0].body, /reopen it on the Support Portal within 14 days/);
});

test('a customer who closes their own case is not emailed about it', () => {
    const { sent, dana } = orgs();
    reply(dana, 'Solved, thanks.', 'Close');
    assert.equal(sent.length, 0);
});

const QUEUE = '00GDEMOQUEUE0001AAA';

test("a customer's reply or reopening emails the case's owner, with the message and a link to the case in the app", () => {
    const { sent, dana, engineer } = orgs();
    reply(dana, 'Here is the discovery log.');
    assert.equal(sent.length, 1);
    assert.deepEqual(sent[0].to, ['fox.mulder@thycotic.example']);
    assert.equal(sent[0].subject, '[Case 00001026] Dana Scully replied: Discovery scan stops at 40%');
    assert.match(
        sent[0].body,
        /^Dana Scully wrote on case 00001026 \(Discovery scan stops at 40%\):\n\nHere is the discovery log\./
    );
    assert.ok(sent[0].body.includes(`${SETTING.App_Url__c}/lightning/r/Case/${DISCOVERY_CASE}/view`));
    assert.equal(sent[0].flow, 'Support_Case_Owner_Notify');
    // Control: Thycotic's own reply goes to the customer, not to the owner.
    reply(engineer, 'Thanks.');
    assert.deepEqual(sent[1].to, ['dana.scully@acme.example']);
});

test('a case a queue owns: the email goes to the queue’s address', () => {
    const seed = seedRecords(new Date());
    seed.Group = [
        {
            Id: QUEUE,
            Name: 'Support Queue',
            DeveloperName: 'Support_Queue',
            Type: 'Queue',
            Email: 'queue@thycotic.example'
        }
    ];
    seed.Case = seed.Case.map((c) => (c.Id === DISCOVERY_CASE ? { ...c, OwnerId: QUEUE } : c));
    const store = createRecordStore({ records: seed, nextId: 1 }, { currentUserId: () => DEMO_USER_ID });
    const sent = [];
    const dana = createOrg({
        metadata,
        store,
        userId: DEMO_USER_ID,
        permissionSets: CUSTOMER_PERMISSION_SETS,
        label: (name) => labels.get(name),
        sendEmail: (email) => sent.push(email)
    });
    reply(dana, 'Any news?');
    assert.deepEqual(
        sent.map((e) => e.to),
        [['queue@thycotic.example']]
    );
});

test("a customer's file on a case emails the case's owner", () => {
    const { sent, dana } = orgs();
    dana.uploadFileAs(DISCOVERY_CASE, { name: 'discovery.log', size: 2048 });
    assert.equal(sent.length, 1);
    assert.deepEqual(sent[0].to, ['fox.mulder@thycotic.example']);
    assert.equal(sent[0].subject, '[Case 00001026] Dana Scully attached a file: Discovery scan stops at 40%');
    assert.match(sent[0].body, /attached the file discovery\.log to case 00001026/);
    assert.equal(sent[0].flow, 'Support_Case_File_Notify');
});

test("Thycotic's own file on a case emails no one", () => {
    const { sent, engineer } = orgs();
    engineer.uploadFileAs(DISCOVERY_CASE, { name: 'patch.zip', size: 2048 });
    assert.equal(sent.length, 0);
});

// Each customer's choices (issue 28 item 4): three opt-outs on their own User, off by default.
test('a customer who turned an email off gets none of that kind, and still gets the others', () => {
    const kinds = [
        ['No_Reply_Emails__c', (engineer) => reply(engineer, 'Please send the log.')],
        [
            'No_Waiting_Emails__c',
            (engineer) => {
                setStatus(engineer, 'Working');
                setStatus(engineer, 'Waiting on Customer');
            }
        ],
        ['No_Closed_Emails__c', (engineer) => setStatus(engineer, 'Closed')]
    ];
    for (const [off, send] of kinds) {
        for (const [field, event] of kinds) {
            const { sent, engineer } = orgs({ choices: { [off]: true } });
            event(engineer);
            assert.equal(sent.length, field === off ? 0 : 1, `${off} on, ${field}'s email`);
        }
        // Control: the same event with every choice at its default (unset) is emailed.
        const { sent, engineer } = orgs();
        send(engineer);
        assert.equal(sent.length, 1, off);
    }
});

test('a customer changes their own choices, and no one else’s', () => {
    const { sent, dana, engineer } = orgs();
    dana.updateAs(DEMO_USER_ID, { No_Reply_Emails__c: true });
    reply(engineer, 'Please send the log.');
    assert.equal(sent.length, 0);
    // A colleague's record: not hers to change (a user edits only their own User record).
    assert.throws(() => dana.updateAs(COLLEAGUE_USER_ID, { No_Reply_Emails__c: true }));
    // Control: turning it back on, by the same request on her own record, is emailed again.
    dana.updateAs(DEMO_USER_ID, { No_Reply_Emails__c: false });
    reply(engineer, 'Please send the log.');
    assert.equal(sent.length, 1);
});

const WALTER_CONTACT = '003DEMO0000000002AAA';

test('a colleague the contact adds follows the case: he gets the reply and the waiting email, in his language, in BCC', () => {
    const { sent, dana, walter, engineer, store } = orgs();
    store.updateRecordFields(COLLEAGUE_USER_ID, { LanguageLocaleKey: 'de' });
    const { Id: rowId } = dana.createAs('Case_Follower__c', { Case__c: DISCOVERY_CASE, Contact__c: WALTER_CONTACT });
    setStatus(engineer, 'Working');
    reply(engineer, 'Please send the discovery log.');
    setStatus(engineer, 'Waiting on Customer');
    // Dana: the reply and the waiting email; Walter the same two, in German, as hidden copies.
    const toWalter = sent.filter((email) => email.bcc.includes('walter.skinner@acme.example'));
    const toDana = sent.filter((email) => email.to.includes('dana.scully@acme.example'));
    assert.deepEqual(
        toDana.map((email) => email.subject),
        [
            '[Case 00001026] Thycotic replied: Discovery scan stops at 40%',
            '[Case 00001026] Thycotic is waiting for your answer: Discovery scan stops at 40%'
        ]
    );
    assert.deepEqual(
        toWalter.map((email) => email.subject),
        [
            '[Fall 00001026] Antwort von Thycotic: Discovery scan stops at 40%',
            '[Fall 00001026] Thycotic wartet auf Ihre Antwort: Discovery scan stops at 40%'
        ]
    );
    assert.ok(toWalter.every((email) => email.to.length === 0 && email.language === 'de'));
    assert.ok(toWalter[0].body.includes(`${SETTING.Site_Url__c}/case/${DISCOVERY_CASE}`));
    // His own reply goes to the case's owner, as the contact's does.
    sent.length = 0;
    reply(walter, 'The log is attached.');
    assert.deepEqual(
        sent.map((email) => email.to),
        [['fox.mulder@thycotic.example']]
    );
    // He stops following: Thycotic's next reply reaches Dana alone.
    walter.deleteAs(rowId);
    sent.length = 0;
    reply(engineer, 'Thanks, looking.');
    assert.deepEqual(
        sent.map((email) => [email.to, email.bcc]),
        [[['dana.scully@acme.example'], []]]
    );
});
