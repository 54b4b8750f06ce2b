// The validation rules and formula fields, evaluated from their XML with the same evaluator the
// preview's demo org uses: a table of saves per rule, each allowed or refused as an org would.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readProjectMetadata } from '../../org-model/projectMetadata.mjs';
import { brokenValidationRules, formulaFieldValue, substituteSaveFunctions } from '../../org-model/formulaRules.mjs';

const metadata = readProjectMetadata();
const NOW = new Date();
const at = (hours) => new Date(NOW.getTime() + hours * 3600000).toISOString();
const PORTAL_USER = { Id: '005DEMO0000000001AAA', ContactId: '003DEMO0000000001AAA' };
const INTERNAL_USER = { ContactId: null };

function broken(apiName, record, { prior, user = PORTAL_USER, related } = {}) {
    return brokenValidationRules(metadata, apiName, {
        record: prior ? { ...prior, ...record } : record,
        prior,
        user,
        related:
            related ??
            ((path) => {
                // A new case, or one no message changed: Changed_Through_Conversation reads a blank message.
                if (path.startsWith('Applied_Message__r.')) {
                    return { field: { type: 'Lookup' }, value: null };
                }
                // A contact no Privileged Access Change points at: Privileged_Access_Kept_By_Thycotic reads blanks.
                if (path.startsWith('Privileged_Access_Change__r.')) {
                    const field = path.slice('Privileged_Access_Change__r.'.length);
                    return { field: metadata.objects.Privileged_Access_Change__c.fields[field], value: null };
                }
                throw new Error('no cross-object reference expected');
            })
    }).map((b) => b.rule);
}

const STANDARD = {
    PIN__c: '48210937',
    Kind__c: 'Standard',
    Issued_At__c: at(0),
    Expires_At__c: at(7 * 24),
    Account__c: '001DEMO0000000001AAA',
    Product__c: 'Secret Server'
};
const PRIVILEGED = {
    ...STANDARD,
    PIN__c: 'p7k3m9q2xa0bc',
    Kind__c: 'Privileged',
    Expires_At__c: at(24),
    Product__c: 'Secret Server Cloud'
};

const PIN_CASES = [
    ['a standard PIN of 8 digits, valid 7 days', STANDARD, []],
    ['a privileged PIN, p and 12 characters, valid 24 hours', PRIVILEGED, []],
    ['a standard PIN of 9 digits', { ...STANDARD, PIN__c: '482109371' }, ['PIN_Format']],
    ['a standard PIN with a letter', { ...STANDARD, PIN__c: '4821093a' }, ['PIN_Format']],
    ['a privileged PIN without its p', { ...PRIVILEGED, PIN__c: '07k3m9q2xa0bc' }, ['PIN_Format']],
    ['a privileged PIN with an ambiguous letter (l)', { ...PRIVILEGED, PIN__c: 'p7k3m9q2xl0bc' }, ['PIN_Format']],
    [
        'a standard PIN valid 7 days and a minute',
        { ...STANDARD, Expires_At__c: at(7 * 24 + 1 / 60) },
        ['Standard_PIN_Expires_Within_A_Week']
    ],
    [
        'a privileged PIN valid 25 hours',
        { ...PRIVILEGED, Expires_At__c: at(25) },
        ['Privileged_PIN_Expires_Within_A_Day']
    ],
    ['a PIN that expires as it is issued', { ...STANDARD, Expires_At__c: at(0) }, ['Expires_After_Issue']],
    ['a PIN issued an hour ago', { ...STANDARD, Issued_At__c: at(-1), Expires_At__c: at(24) }, ['Issued_Now']],
    [
        'a privileged PIN for Secret Server',
        { ...PRIVILEGED, Product__c: 'Secret Server' },
        ['Privileged_PIN_For_Cloud_Only']
    ]
];

for (const [name, record, expected] of PIN_CASES) {
    test(`Support PIN, new: ${name} → ${expected.length ? `refused by ${expected.join(', ')}` : 'allowed'}`, () => {
        assert.deepEqual(broken('Support_PIN__c', record), expected);
    });
}

test('Support PIN, saved: only bringing the expiry forward is allowed', () => {
    assert.deepEqual(broken('Support_PIN__c', { Expires_At__c: at(1) }, { prior: STANDARD }), []);
    assert.deepEqual(broken('Support_PIN__c', { PIN__c: '48210938' }, { prior: STANDARD }), ['PIN_Cannot_Be_Changed']);
    // Pushing the expiry later is not a revocation.
    assert.deepEqual(broken('Support_PIN__c', { Expires_At__c: at(8 * 24) }, { prior: STANDARD }), [
        'PIN_Cannot_Be_Changed',
        'Standard_PIN_Expires_Within_A_Week'
    ]);
    // An old PIN's issue time is not "now", but it is not new either: no Issued_Now.
    const old = { ...STANDARD, Issued_At__c: at(-48), Expires_At__c: at(24) };
    assert.deepEqual(broken('Support_PIN__c', { Expires_At__c: at(0) }, { prior: old }), []);
});

const CASE_ID = '500DEMO0000000001AAA';
const MESSAGE_ID = 'a03DEMO0000000009AAA';
/** Applied_Message__r as the org reads it: a message on `caseId` created by `createdBy`. */
const appliedMessage =
    ({ caseId = CASE_ID, createdBy = '005DEMO0000000001AAA' } = {}) =>
    (path) => {
        const fields = { 'Applied_Message__r.Case__c': caseId, 'Applied_Message__r.CreatedById': createdBy };
        return { field: { type: 'Lookup' }, value: fields[path] ?? null };
    };

test('Case: customers change a case only through a new message of theirs on it, and never who or what it is about', () => {
    const customer = { ContactId: '003DEMO0000000001AAA', Id: '005DEMO0000000001AAA' };
    const open = { Id: CASE_ID, Subject: 'Scan stops', Status: 'Working', Severity__c: 'Severity 3' };
    const as = (related, user = customer) => ({ prior: open, user, related });
    // What the flow Support_Case_Message_Apply does for the customer's Close: allowed.
    assert.deepEqual(broken('Case', { Status: 'Closed', Applied_Message__c: MESSAGE_ID }, as(appliedMessage())), []);
    // A direct change without a new message: refused, whatever the profile grants.
    assert.deepEqual(broken('Case', { Status: 'Closed' }, as(appliedMessage())), ['Changed_Through_Conversation']);
    // A message of another case, or someone else's: refused.
    assert.deepEqual(
        broken(
            'Case',
            { Status: 'Closed', Applied_Message__c: MESSAGE_ID },
            as(appliedMessage({ caseId: '500OTHER000000001AAA' }))
        ),
        ['Changed_Through_Conversation']
    );
    assert.deepEqual(
        broken(
            'Case',
            { Status: 'Closed', Applied_Message__c: MESSAGE_ID },
            as(appliedMessage({ createdBy: '005OTHER000000001AAA' }))
        ),
        ['Changed_Through_Conversation']
    );
    // Riding along with a message: contact, account, PIN, origin, product, severity are never changed by a customer.
    for (const change of [
        { ContactId: '003OTHER000000001AAA' },
        { AccountId: '001OTHER000000001AAA' },
        { PIN__c: '48210937' },
        { Origin: 'Email' },
        { Product__c: 'Secret Server Cloud' },
        { Severity__c: 'Severity 2' }
    ]) {
        assert.deepEqual(
            broken('Case', { Status: 'Closed', Applied_Message__c: MESSAGE_ID, ...change }, as(appliedMessage())),
            ['Changed_Through_Conversation'],
            JSON.stringify(change)
        );
    }
    // Thycotic's engineers (no contact) change cases as they need; anyone may file one.
    assert.deepEqual(broken('Case', { Status: 'Escalated' }, as(appliedMessage(), INTERNAL_USER)), []);
    assert.deepEqual(broken('Case', { Subject: 'New', Severity__c: 'Severity 3' }, { user: customer }), []);
});

test('Case: Severity 1 is refused from portal users on creation and on a change of severity only', () => {
    assert.deepEqual(broken('Case', { Subject: 'Down', Severity__c: 'Severity 1' }), ['Severity_1_By_Phone']);
    assert.deepEqual(broken('Case', { Subject: 'Down', Severity__c: 'Severity 2' }), []);
    const raised = { Id: CASE_ID, Subject: 'Down', Severity__c: 'Severity 1' };
    // Support raised it to Severity 1: closing it through its conversation is not raising it.
    assert.deepEqual(
        broken(
            'Case',
            { Status: 'Closed', Applied_Message__c: MESSAGE_ID },
            { prior: raised, related: appliedMessage() }
        ),
        []
    );
    // A customer cannot raise a case to Severity 1 (nor change a case at all but through its conversation).
    assert.deepEqual(
        broken(
            'Case',
            { Severity__c: 'Severity 1' },
            { prior: { ...raised, Severity__c: 'Severity 3' }, related: appliedMessage() }
        ),
        ['Changed_Through_Conversation', 'Severity_1_By_Phone']
    );
    // Internal users (no contact) can file and raise Severity 1.
    assert.deepEqual(broken('Case', raised, { user: INTERNAL_USER }), []);
});

test('Support License: a grant holds at least one license; portal users cannot create or change one', () => {
    const asSupport = { user: INTERNAL_USER };
    assert.deepEqual(broken('Support_License__c', { Quantity__c: 0, Issued_On__c: '2026-01-01' }, asSupport), [
        'Quantity_Positive'
    ]);
    assert.deepEqual(broken('Support_License__c', { Quantity__c: 1, Issued_On__c: '2026-01-01' }, asSupport), []);
    assert.deepEqual(broken('Support_License__c', { Quantity__c: 100, Issued_On__c: '2026-01-01' }), [
        'Licenses_Kept_By_Thycotic'
    ]);
});

test('Account: portal users cannot change user licenses or the support product', () => {
    const account = { Name: 'Acme Corp', User_Licenses__c: 5, Support_Product__c: 'Secret Server' };
    assert.deepEqual(broken('Account', { User_Licenses__c: 1 }, { prior: account }), ['Entitlement_Kept_By_Thycotic']);
    assert.deepEqual(broken('Account', { Support_Product__c: 'Secret Server Cloud' }, { prior: account }), [
        'Entitlement_Kept_By_Thycotic'
    ]);
    assert.deepEqual(broken('Account', { Name: 'Acme Corporation' }, { prior: account }), []);
    assert.deepEqual(broken('Account', { User_Licenses__c: 1 }, { prior: account, user: INTERNAL_USER }), []);
});

test('Support PIN: trivial values and missing server stamps are refused', () => {
    assert.deepEqual(broken('Support_PIN__c', { ...STANDARD, PIN__c: '77777777' }), ['PIN_Not_Trivial']);
    assert.deepEqual(broken('Support_PIN__c', { ...STANDARD, PIN__c: '87654321' }), ['PIN_Not_Trivial']);
    assert.deepEqual(broken('Support_PIN__c', { ...PRIVILEGED, PIN__c: 'pzzzzzzzzzzzz' }), ['PIN_Not_Trivial']);
    assert.deepEqual(broken('Support_PIN__c', { ...PRIVILEGED, PIN__c: 'p0123456789ab' }), ['PIN_Not_Trivial']);
    assert.deepEqual(broken('Support_PIN__c', { ...STANDARD, Account__c: null }), ['Server_Stamps_Present']);
});

test('formula fields: a license expires 365 days after issue; a PIN is active until it expires', () => {
    const context = (record) => ({ record, user: PORTAL_USER, related: () => ({}) });
    assert.equal(
        formulaFieldValue(metadata, 'Support_License__c', 'Expires_On__c', context({ Issued_On__c: '2025-11-23' })),
        '2026-11-23'
    );
    assert.equal(formulaFieldValue(metadata, 'Support_PIN__c', 'Is_Active__c', context(STANDARD)), true);
    assert.equal(
        formulaFieldValue(metadata, 'Support_PIN__c', 'Is_Active__c', context({ ...STANDARD, Expires_At__c: at(-1) })),
        false
    );
});

test('the pre-pass turns save functions into values formulon can read', () => {
    const changed = (field) => field === 'Severity__c';
    assert.equal(
        substituteSaveFunctions('OR(ISNEW(), ISCHANGED(Severity__c), ISCHANGED(Subject), PRIORVALUE(Kind__c) = "x")', {
            isNew: false,
            changed
        }),
        'OR(FALSE, TRUE, FALSE, PRIORVALUE__Kind__c = "x")'
    );
    assert.equal(substituteSaveFunctions('isnew()', { isNew: true, changed }), 'TRUE');
});

// The customer creates these records from the browser, so each rule is tried as a hostile
// customer would: counts out of range, an answering article that was never suggested.
const SUGGESTION = {
    Outcome__c: 'Answered',
    Where__c: 'Create_a_Case',
    Suggested_Articles__c: '000001012 000001007 000001003',
    Suggestions_Shown__c: 3,
    Articles_Opened__c: 1,
    Answering_Article__c: '000001007',
    Product__c: 'Secret Server'
};
const SUGGESTION_CASES = [
    ['an answered suggestion naming the article that answered', SUGGESTION, []],
    [
        'a customer who went on to a case',
        { ...SUGGESTION, Outcome__c: 'Not_Answered', Answering_Article__c: null, Articles_Opened__c: 0 },
        []
    ],
    ['an answered suggestion naming no article', { ...SUGGESTION, Answering_Article__c: null }, []],
    ['the first and the last article answered', { ...SUGGESTION, Answering_Article__c: '000001012' }, []],
    ['the last article answered', { ...SUGGESTION, Answering_Article__c: '000001003' }, []],
    ['no suggestion shown', { ...SUGGESTION, Suggestions_Shown__c: 0, Articles_Opened__c: 0 }, ['Shown_One_To_Five']],
    ['six suggestions shown', { ...SUGGESTION, Suggestions_Shown__c: 6 }, ['Shown_One_To_Five']],
    ['the number shown left blank', { ...SUGGESTION, Suggestions_Shown__c: null }, ['Shown_One_To_Five']],
    ['a negative number of articles opened', { ...SUGGESTION, Articles_Opened__c: -1 }, ['Opened_Within_Shown']],
    ['more articles opened than shown', { ...SUGGESTION, Articles_Opened__c: 4 }, ['Opened_Within_Shown']],
    [
        'an answering article on a skipped suggestion',
        { ...SUGGESTION, Outcome__c: 'Skipped' },
        ['Answering_Article_Only_When_Answered']
    ],
    [
        'an answering article when none answered',
        { ...SUGGESTION, Outcome__c: 'Not_Answered' },
        ['Answering_Article_Only_When_Answered']
    ],
    [
        'an article that was never suggested',
        { ...SUGGESTION, Answering_Article__c: '000009999' },
        ['Answering_Article_Was_Suggested']
    ],
    [
        'part of a suggested article number',
        { ...SUGGESTION, Answering_Article__c: '00001007' },
        ['Answering_Article_Was_Suggested']
    ],
    [
        'two suggested article numbers as one',
        { ...SUGGESTION, Answering_Article__c: '000001012 000001007' },
        ['Answering_Article_Was_Suggested']
    ],
    [
        'an article that was never suggested, on a skipped suggestion',
        { ...SUGGESTION, Outcome__c: 'Skipped', Answering_Article__c: 'anything' },
        ['Answering_Article_Only_When_Answered', 'Answering_Article_Was_Suggested']
    ]
];

for (const [name, record, expected] of SUGGESTION_CASES) {
    test(`Article Suggestion: ${name} → ${expected.length ? `refused by ${expected.join(', ')}` : 'allowed'}`, () => {
        assert.deepEqual(broken('Article_Suggestion__c', record).sort(), [...expected].sort());
    });
}

test('Article Suggestion: the picklists take only their own values, and the messages are short', () => {
    const object = metadata.objects.Article_Suggestion__c;
    assert.deepEqual(
        object.fields.Outcome__c.picklistValues.map((v) => v.value),
        ['Answered', 'Not_Answered', 'Skipped']
    );
    assert.deepEqual(
        object.fields.Where__c.picklistValues.map((v) => v.value),
        ['Create_a_Case', 'Contact_Support']
    );
    for (const field of ['Outcome__c', 'Where__c', 'Suggested_Articles__c', 'Suggestions_Shown__c']) {
        assert.equal(object.fields[field].required, true, field);
    }
    assert.equal(object.fields.Outcome__c.restricted, true);
    assert.equal(object.fields.Where__c.restricted, true);
    for (const rule of object.validationRules) {
        assert.ok(rule.active, rule.name);
        assert.ok(rule.errorMessage.length <= 100, `${rule.name}: ${rule.errorMessage}`);
        assert.ok(rule.errorDisplayField, `${rule.name} shows its error on the field at fault`);
    }
});

// ----- Case messages: who may reply, close and reopen -----

const CUSTOMER_CONTACT = PORTAL_USER.ContactId;
const OPEN_CASE = { IsClosed: false, ClosedDate: null, ContactId: CUSTOMER_CONTACT };
const CLOSED_RECENTLY = { IsClosed: true, ClosedDate: at(-24), ContactId: CUSTOMER_CONTACT };
const CLOSED_LONG_AGO = { IsClosed: true, ClosedDate: at(-24 * 365), ContactId: CUSTOMER_CONTACT };

/** The rules on a new Case Message on `caseFields`, saved by `user`: Case__r.* read from that case. */
function brokenMessage(message, caseFields, user) {
    const caseObject = metadata.objects.Case;
    return brokenValidationRules(metadata, 'Case_Message__c', {
        record: { Case__c: '500DEMO0000000001AAA', ...message },
        prior: undefined,
        user,
        related: (path) => {
            const [relationship, name] = path.split('.');
            assert.equal(relationship, 'Case__r', path);
            return { field: caseObject.fields[name], value: caseFields[name] ?? null };
        }
    }).map((b) => b.rule);
}

const MESSAGE_CASES = [
    // The customer who filed the case.
    [
        'the customer replies on an open case',
        PORTAL_USER,
        { Action__c: 'Reply', Body__c: 'Log attached.' },
        OPEN_CASE,
        []
    ],
    [
        'the customer sends an empty reply',
        PORTAL_USER,
        { Action__c: 'Reply', Body__c: null },
        OPEN_CASE,
        ['Reply_Needs_Text']
    ],
    [
        'the customer replies on a closed case',
        PORTAL_USER,
        { Action__c: 'Reply', Body__c: 'Again?' },
        CLOSED_RECENTLY,
        ['Reply_On_Open_Case']
    ],
    ['the customer closes their open case', PORTAL_USER, { Action__c: 'Close' }, OPEN_CASE, []],
    ['the customer reopens a case closed yesterday', PORTAL_USER, { Action__c: 'Reopen' }, CLOSED_RECENTLY, []],
    [
        'the customer reopens a case closed a year ago',
        PORTAL_USER,
        { Action__c: 'Reopen' },
        CLOSED_LONG_AGO,
        ['Reopen_Within_Window']
    ],
    [
        'a colleague of the customer closes the case',
        { ContactId: '003DEMO0000000002AAA' },
        { Action__c: 'Close' },
        OPEN_CASE,
        ['Case_Contact_Closes']
    ],
    // A Thycotic support engineer (no contact) answering on the Thycotic Support app's case page.
    [
        'an engineer replies on an open case',
        INTERNAL_USER,
        { Action__c: 'Reply', Body__c: 'We found it.' },
        OPEN_CASE,
        []
    ],
    [
        'an engineer sends an empty reply',
        INTERNAL_USER,
        { Action__c: 'Reply', Body__c: null },
        OPEN_CASE,
        ['Reply_Needs_Text']
    ],
    [
        'an engineer adds a note on a closed case',
        INTERNAL_USER,
        { Action__c: 'Reply', Body__c: 'Fixed in 11.7.1.' },
        CLOSED_LONG_AGO,
        []
    ],
    // The rules leave closing and reopening to Thycotic users too; the case page offers neither to
    // the engineer (they are the customer's word that the issue is solved or back).
    ['an engineer closes a case by message', INTERNAL_USER, { Action__c: 'Close' }, OPEN_CASE, []],
    ['an engineer reopens a case closed long ago', INTERNAL_USER, { Action__c: 'Reopen' }, CLOSED_LONG_AGO, []],
    [
        'an engineer closes a closed case',
        INTERNAL_USER,
        { Action__c: 'Close' },
        CLOSED_RECENTLY,
        ['Close_Open_Case_Only']
    ],
    ['an engineer reopens an open case', INTERNAL_USER, { Action__c: 'Reopen' }, OPEN_CASE, ['Reopen_Closed_Case_Only']]
];

for (const [name, user, message, caseFields, expected] of MESSAGE_CASES) {
    test(`Case Message: ${name} → ${expected.length ? `refused by ${expected.join(', ')}` : 'allowed'}`, () => {
        assert.deepEqual(brokenMessage(message, caseFields, user), expected);
    });
}

const PEM = '-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA7x\n-----END RSA PRIVATE KEY-----';

test('Case and Case Message: a PEM private key block is refused in any case or message text; a certificate or a mention is not', () => {
    const customer = { ContactId: '003DEMO0000000001AAA', Id: '005DEMO0000000001AAA' };
    const asCustomer = { user: customer };
    // Control: the same case without the key is filed.
    assert.deepEqual(broken('Case', { Subject: 'Import fails', Description: 'It stops.' }, asCustomer), []);
    assert.deepEqual(broken('Case', { Subject: 'Import fails', Description: `Our key:\n${PEM}` }, asCustomer), [
        'No_Private_Key'
    ]);
    assert.deepEqual(broken('Case', { Subject: `${PEM}`, Description: 'x' }, asCustomer), ['No_Private_Key']);
    for (const label of ['PRIVATE KEY', 'EC PRIVATE KEY', 'OPENSSH PRIVATE KEY', 'ENCRYPTED PRIVATE KEY']) {
        assert.deepEqual(
            broken('Case', { Subject: 'x', Description: `-----BEGIN ${label}-----\nabc` }, asCustomer),
            ['No_Private_Key'],
            label
        );
    }
    // A certificate is public; naming a private key is not pasting one.
    assert.deepEqual(
        broken(
            'Case',
            { Subject: 'x', Description: '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----' },
            asCustomer
        ),
        []
    );
    assert.deepEqual(broken('Case', { Subject: 'Where is the private key stored?', Description: 'x' }, asCustomer), []);
    // Engineers are refused too; an email Email-to-Case files is not, so no email is lost.
    assert.deepEqual(broken('Case', { Subject: 'x', Description: PEM }, { user: INTERNAL_USER }), ['No_Private_Key']);
    assert.deepEqual(broken('Case', { Subject: 'x', Description: PEM, Origin: 'Email' }, { user: INTERNAL_USER }), []);
    assert.deepEqual(broken('Case', { Subject: 'x', Description: PEM, Origin: 'Email' }, asCustomer), [
        'No_Private_Key'
    ]);
    // Messages: from anyone.
    assert.deepEqual(brokenMessage({ Action__c: 'Reply', Body__c: 'Log attached.' }, OPEN_CASE, PORTAL_USER), []);
    assert.deepEqual(brokenMessage({ Action__c: 'Reply', Body__c: `Here:\n${PEM}` }, OPEN_CASE, PORTAL_USER), [
        'No_Private_Key'
    ]);
    assert.deepEqual(brokenMessage({ Action__c: 'Reply', Body__c: PEM }, OPEN_CASE, INTERNAL_USER), ['No_Private_Key']);
});

test('Contact: portal users change who may grant privileged access only through a change; Thycotic can', () => {
    const customer = { user: { ContactId: '003DEMO0000000001AAA', Id: '005DEMO0000000001AAA' } };
    const dana = { Id: '003DEMO0000000001AAA', LastName: 'Scully', Privileged_Access__c: false };
    // Control: a customer's other change (should sharing allow it) is not this rule's business.
    assert.deepEqual(broken('Contact', { ...dana, Phone: '+1 202 555 0199' }, { ...customer, prior: dana }), []);
    assert.deepEqual(broken('Contact', { ...dana, Privileged_Access__c: true }, { ...customer, prior: dana }), [
        'Privileged_Access_Kept_By_Thycotic'
    ]);
    assert.deepEqual(broken('Contact', { LastName: 'New', Privileged_Access__c: true }, customer), [
        'Privileged_Access_Kept_By_Thycotic'
    ]);
    assert.deepEqual(broken('Contact', { LastName: 'New' }, customer), []);
    assert.deepEqual(
        broken('Contact', { ...dana, Privileged_Access__c: true }, { user: INTERNAL_USER, prior: dana }),
        []
    );
});

test('Contact: the flag changes in the save that applies a fresh change for this contact, by this user', () => {
    const customer = { Id: '005DEMO0000000001AAA', ContactId: '003DEMO0000000001AAA' };
    const walter = { Id: '003DEMO0000000002AAA', LastName: 'Skinner', Privileged_Access__c: false };
    const honest = {
        Contact__c: walter.Id,
        Grant__c: true,
        Applied_At__c: null,
        CreatedById: customer.Id
    };
    const fields = metadata.objects.Privileged_Access_Change__c.fields;
    const save = (
        change,
        record = { Privileged_Access__c: true, Privileged_Access_Change__c: 'a0ZCHANGE0000001AAA' }
    ) =>
        broken('Contact', record, {
            prior: walter,
            user: customer,
            related: (path) => {
                const field = path.replace('Privileged_Access_Change__r.', '');
                return { field: fields[field], value: change[field] ?? null };
            }
        });
    assert.deepEqual(save(honest), []);
    // Each condition of the change, broken on its own.
    assert.deepEqual(save({ ...honest, Contact__c: '003DEMO0000000001AAA' }), ['Privileged_Access_Kept_By_Thycotic']);
    assert.deepEqual(save({ ...honest, Grant__c: false }), ['Privileged_Access_Kept_By_Thycotic']);
    assert.deepEqual(save({ ...honest, Applied_At__c: at(-1) }), ['Privileged_Access_Kept_By_Thycotic']);
    assert.deepEqual(save({ ...honest, CreatedById: '005DEMO0000000002AAA' }), ['Privileged_Access_Kept_By_Thycotic']);
    // The flag changed without pointing at a change (the lookup stays as it was).
    assert.deepEqual(save(honest, { Privileged_Access__c: true }), ['Privileged_Access_Kept_By_Thycotic']);
    // Withdrawing: a change granting false.
    const granted = { ...walter, Privileged_Access__c: true };
    assert.deepEqual(
        broken(
            'Contact',
            { Privileged_Access__c: false, Privileged_Access_Change__c: 'a0ZCHANGE0000002AAA' },
            {
                prior: granted,
                user: customer,
                related: (path) => {
                    const field = path.replace('Privileged_Access_Change__r.', '');
                    return { field: fields[field], value: { ...honest, Grant__c: false }[field] ?? null };
                }
            }
        ),
        []
    );
});

test('Contact: portal users cannot make anyone support admin, nor unmake one; Thycotic can', () => {
    const customer = { user: { ContactId: '003DEMO0000000001AAA', Id: '005DEMO0000000001AAA' } };
    const dana = { Id: '003DEMO0000000001AAA', LastName: 'Scully', Support_Admin__c: false };
    assert.deepEqual(broken('Contact', { ...dana, Support_Admin__c: true }, { ...customer, prior: dana }), [
        'Support_Admin_Kept_By_Thycotic'
    ]);
    const admin = { ...dana, Support_Admin__c: true };
    assert.deepEqual(broken('Contact', { ...admin, Support_Admin__c: false }, { ...customer, prior: admin }), [
        'Support_Admin_Kept_By_Thycotic'
    ]);
    assert.deepEqual(broken('Contact', { LastName: 'New', Support_Admin__c: true }, customer), [
        'Support_Admin_Kept_By_Thycotic'
    ]);
    assert.deepEqual(broken('Contact', { LastName: 'New' }, customer), []);
    assert.deepEqual(broken('Contact', { ...dana, Support_Admin__c: true }, { user: INTERNAL_USER, prior: dana }), []);
});

/** The file types the case page's uploader offers, as supportCaseFiles declares them (filesQuery.ts). */
const ACCEPTED_TYPES = JSON.parse(
    /export const ACCEPTED_TYPES = (\[[^\]]*\])/
        .exec(
            readFileSync(
                new URL('../../force-app/main/default/lwc/supportCaseFiles/filesQuery.ts', import.meta.url),
                'utf8'
            )
        )[1]
        .replace(/'/g, '"')
);

test('Content Version: a customer’s file of an active type is refused, whatever its case; every type the uploader offers is not', () => {
    const file = (PathOnClient, user = PORTAL_USER) => broken('ContentVersion', { PathOnClient }, { user });
    for (const name of [
        'status.html',
        'status.HTM',
        'diagram.svg',
        'page.xhtml',
        'archive.mht',
        'fix.js',
        'setup.exe',
        'install.msi',
        'run.ps1',
        'script.bat',
        'style.xslt',
        'page.html.',
        'page.html '
    ]) {
        assert.deepEqual(file(name), ['No_Active_File_Type'], name);
    }
    // Controls: the types the uploader offers, an active type's name inside another type's, a name without a type.
    assert.ok(ACCEPTED_TYPES.length > 5, 'the uploader’s accepted types were read');
    for (const type of ACCEPTED_TYPES) {
        assert.deepEqual(file(`support-bundle${type}`), [], type);
        assert.deepEqual(file(`SUPPORT-BUNDLE${type.toUpperCase()}`), [], type);
    }
    assert.deepEqual(file('index.html.log'), []);
    assert.deepEqual(file('page.json'), []);
    assert.deepEqual(file('html'), []);
    // Thycotic's users (and Email-to-Case) are not refused: such a file is download-only for them (org-settings).
    assert.deepEqual(file('status.html', INTERNAL_USER), []);
});

test('Case Read: a new read, or one moved to another case, names its case', () => {
    const read = { Case__c: '500DEMO0000000001AAA', Read_At__c: at(0) };
    assert.deepEqual(broken('Case_Read__c', read), []);
    assert.deepEqual(broken('Case_Read__c', { ...read, Case__c: null }), ['Read_Names_Its_Case']);
    assert.deepEqual(broken('Case_Read__c', { Case__c: null }, { prior: read }), ['Read_Names_Its_Case']);
    // The platform clears the case of a read when the case is deleted; a later save of it is not refused.
    const orphan = { ...read, Case__c: null };
    assert.deepEqual(broken('Case_Read__c', { Read_At__c: at(1) }, { prior: orphan }), []);
});

/** The rules on a Case Follower saved by `user`: Case__r.* and Contact__r.* read from the given records. */
function brokenFollower(follower, { user = PORTAL_USER, caseFields = {}, contactFields = {}, prior } = {}) {
    const records = { Case__r: ['Case', caseFields], Contact__r: ['Contact', contactFields] };
    return brokenValidationRules(metadata, 'Case_Follower__c', {
        record: prior ? { ...prior, ...follower } : follower,
        prior,
        user,
        related: (path) => {
            const [relationship, name] = path.split('.');
            const [object, fields] = records[relationship] ?? assert.fail(path);
            return { field: metadata.objects[object].fields[name], value: fields[name] ?? null };
        }
    }).map((b) => b.rule);
}

test('Case Follower: the case’s contact adds an active colleague of the case’s company, once, and it stays who it is', () => {
    const ACME = '001DEMO0000000001AAA';
    const WALTER = '003DEMO0000000002AAA';
    const danasCase = { ContactId: CUSTOMER_CONTACT, AccountId: ACME };
    const walter = { AccountId: ACME };
    const row = { Case__c: '500DEMO0000000001AAA', Contact__c: WALTER, Follower__c: '005DEMO0000000002AAA' };
    const save = (fields, options = {}) =>
        brokenFollower({ ...row, ...fields }, { caseFields: danasCase, contactFields: walter, ...options });
    // The control: Dana adds Walter, who signs in.
    assert.deepEqual(save({}), []);
    // A colleague who reads the case adds himself: only the case's contact adds.
    assert.deepEqual(save({}, { user: { Id: '005DEMO0000000002AAA', ContactId: WALTER } }), ['Added_By_Case_Contact']);
    // Thycotic's users (no contact) may add one for a customer.
    assert.deepEqual(save({}, { user: INTERNAL_USER }), []);
    // Someone of another company, or a case without a company: never.
    assert.deepEqual(save({}, { contactFields: { AccountId: '001OTHER000000001AAA' } }), ['Colleague_Of_The_Case']);
    assert.deepEqual(save({}, { caseFields: { ...danasCase, AccountId: null } }), ['Colleague_Of_The_Case']);
    assert.deepEqual(save({ Contact__c: null, Follower__c: null }), ['Colleague_Of_The_Case']);
    // The case's contact herself.
    assert.deepEqual(save({ Contact__c: CUSTOMER_CONTACT }), ['Not_The_Case_Contact']);
    // No active portal user found for the contact (the stamp flow left Follower blank).
    assert.deepEqual(save({ Follower__c: null }), ['Follower_Signs_In']);
    // Once saved, who follows is fixed; saving it unchanged is not refused.
    const saved = { Id: 'a0FTEST000000001AAA', ...row };
    assert.deepEqual(save({ Contact__c: '003ACME00000000003A' }, { prior: saved }), ['Follower_Fixed']);
    assert.deepEqual(save({}, { prior: saved }), []);
    // Adding is checked when the row is new: an unchanged row saved later by the follower is not refused.
    assert.deepEqual(save({}, { prior: saved, user: { Id: '005DEMO0000000002AAA', ContactId: WALTER } }), []);
});
