// One table of test cases for the record-triggered flows: each Custom Error path and each stamping
// path of each flow, with the boundary next to it (the case that must not be refused). `npm run
// test:metadata` runs every case against the flow runner over the demo data (flowTestHarness.mjs),
// and flips every comparison of every flow to prove some case fails; the cases marked `inOrg` are
// also written as Salesforce Flow Tests (force-app/main/default/flowtests, scripts/flow-tests.mjs)
// that `npm run scratch:verify` runs in the org with `sf flow run test`.
//
// A case: `flow`; `name` (the Flow Test's API name); `label`; `runAs` ('customer': Dana Scully, a
// portal user; 'colleague': Walter Skinner, her colleague Acme did not authorize; 'engineer': Fox Mulder, internal; 'automated': the user Email-to-Case saves as);
// `given(data, at)`: changes to the demo data first; `givenSaved(id)`: { Object: [records] } added once an after-save case's record is saved as `id` (a new case's followers); `record` (and `prior` for an update): the
// triggering record; `expect`: { error: '<Custom Error element>' } or { fields: { Field: value } }
// on the record, { resources: { Name: value } } on the flow's formulas or variables at the end,
// and { records: { Id: { Field: value } } } on others after an after-save flow; { created: { Object:
// [fields] } }: the records of Object the flow created, in order; { emails: [{ input: value }] }:
// the Send Email actions' inputs, in order (runner only: a Flow Test cannot see an email);
// the values '$now', '$now+1d', '$now+7d' are the run's clock, '$record' the triggering record's Id; `failQueries`/`failUpdates`: objects
// whose reads or writes fail, `failEmails`: sending fails (a fault path). `inOrg`: the case holds in an org with the demo data
// installed, run by an internal user (Flow Tests run as the user who runs them); `true`, or
// { record, fields } when the org's Flow Test starts from a record without the demo org's Ids and
// asserts those fields.
import { AUTOMATED_CASE_USER_ID, COLLEAGUE_USER_ID, DEMO_USER_ID, SUPPORT_ENGINEER_ID } from './demoData.mjs';

export const NOW = '2026-06-15T10:00:00.000Z';

const ACME = '001DEMO0000000001AAA';
const DANA = '003DEMO0000000001AAA';
const OPEN_CASE = '500DEMO0000000001AAA';
const OTHER_ACCOUNT = '001OTHER000000001AAA';
const OTHER_CASE = '500OTHER000000001AAA';
const WALTER = '003DEMO0000000002AAA';
const WALTER_EMAIL = 'walter.skinner@acme.example';
const OTHER_CONTACT = '003OTHER000000001AAA';
const ENDING_PIN = 'a02ENDING00000001AAA';
const DAY = 86400000;
const at = (days) => new Date(Date.parse(NOW) + days * DAY).toISOString();
const date = (days) => at(days).slice(0, 10);

/** Walter following `caseId` (as the stamp flow leaves a row), with changes to the row. */
const followerOf = (caseId, fields = {}) => ({
    Case__c: caseId,
    Contact__c: WALTER,
    Follower__c: COLLEAGUE_USER_ID,
    Key__c: `${caseId}${WALTER}`,
    ...fields
});
/** Walter follows `caseId` in the demo data. */
const walterFollows = (caseId) => (data) => {
    data.Case_Follower__c = [...(data.Case_Follower__c ?? []), { Id: 'a0FTEST000000001AAA', ...followerOf(caseId) }];
};
/** Changes to Walter's portal user (his language, his email choices). */
const walter = (fields) => (data) => {
    data.User = data.User.map((user) => (user.Id === COLLEAGUE_USER_ID ? { ...user, ...fields } : user));
};
/** `count` followers of `caseId` already saved, each another Acme contact. */
const followers = (caseId, count) => (data) => {
    data.Case_Follower__c = Array.from({ length: count }, (_, i) => ({
        Id: `a0FTEST${String(i).padStart(8, '0')}AAA`,
        ...followerOf(caseId, { Contact__c: `003TEST${String(i).padStart(8, '0')}AAA`, Follower__c: null })
    }));
};
const both =
    (...changes) =>
    (data) =>
        changes.forEach((change) => change(data));

const account = (data, changes) =>
    Object.assign(
        data.Account.find((a) => a.Id === ACME),
        changes
    );
const licenses = (data, ...list) => {
    data.Support_License__c = list.map(([quantity, issuedDaysAgo, accountId = ACME], i) => ({
        Id: `a01TEST00000000${i}AAA`,
        Name: `SL-T${i}`,
        Account__c: accountId,
        Quantity__c: quantity,
        Issued_On__c: date(-issuedDaysAgo)
    }));
};
let pinSerial = 0;
const pin = (fields) => ({
    Id: `a02TEST${String(++pinSerial).padStart(8, '0')}AAA`,
    Kind__c: 'Standard',
    Account__c: ACME,
    Contact__c: DANA,
    CreatedById: DEMO_USER_ID,
    CreatedDate: at(-1 / 24),
    Issued_At__c: at(-1 / 24),
    Expires_At__c: at(6),
    ...fields
});
const pins = (data, ...list) => {
    data.Support_PIN__c = list.map(pin);
};
/** A Secret Server Cloud account whose contact Dana may grant Thycotic write access (Privileged Access). */
const cloud = (data) => {
    account(data, { Support_Product__c: 'Secret Server Cloud' });
    data.Contact = data.Contact.map((contact) =>
        contact.Id === DANA ? { ...contact, Privileged_Access__c: true } : contact
    );
};

/** `count` PIN values refused to `userId`, `hoursAgo` old (recorded by Support_PIN_Refusal_Record). */
const refusals = (data, count, { hoursAgo = 1, userId = DEMO_USER_ID } = {}) => {
    data.Support_PIN_Refusal__c = [
        ...(data.Support_PIN_Refusal__c ?? []),
        ...Array.from({ length: count }, (_, i) => ({
            Id: `a0RTEST${String((data.Support_PIN_Refusal__c?.length ?? 0) + i).padStart(8, '0')}AAA`,
            User__c: userId,
            Reason__c: 'PIN taken',
            CreatedDate: at(-hoursAgo / 24)
        }))
    ];
};

/** An email case from Dana's address, as Email-to-Case saves it: linked to her before any flow runs. */
const fromDana = { Origin: 'Email', SuppliedEmail: 'dana.scully@acme.example', ContactId: DANA, AccountId: ACME };

const standardPin = { Kind__c: 'Standard', PIN__c: '48213907' };
const privilegedPin = { Kind__c: 'Privileged', PIN__c: 'p7Q2xK9mW4rT8vB3nC6dF1' };

/** `count` messages (or suggestion records) by `createdById`, `hoursAgo` old. */
const recent =
    (apiName, count, { hoursAgo = 0.5, createdById = DEMO_USER_ID } = {}) =>
    (data) => {
        data[apiName] = [
            ...(data[apiName] ?? []),
            ...Array.from({ length: count }, (_, i) => ({
                Id: `${apiName === 'Case_Message__c' ? 'a03' : 'a0S'}LIMIT${String(i).padStart(7, '0')}A`,
                Case__c: OPEN_CASE,
                Action__c: 'Reply',
                Body__c: 'More',
                CreatedById: createdById,
                CreatedDate: at(-hoursAgo / 24)
            }))
        ];
    };
const revocable = {
    Id: 'a02REVOKE0000001AAA',
    PIN__c: '70000001',
    Kind__c: 'Standard',
    Issued_At__c: at(-1),
    Expires_At__c: at(5),
    Revoked_At__c: null
};

export const FLOW_TEST_CASES = [
    // Support_PIN_Policy: lifetimes for everyone; identity, product, coverage, rate and uniqueness for portal users.
    {
        flow: 'Support_PIN_Policy',
        name: 'PIN_Internal_Standard_Lifetime',
        label: 'An internal user’s standard PIN lives 7 days, unchecked',
        runAs: 'engineer',
        record: standardPin,
        expect: { fields: { Issued_At__c: '$now', Expires_At__c: '$now+7d', Contact__c: null, Account__c: null } },
        inOrg: true
    },
    {
        flow: 'Support_PIN_Policy',
        name: 'PIN_Internal_Privileged_Lifetime',
        label: 'An internal user’s privileged PIN lives 1 day',
        runAs: 'engineer',
        record: privilegedPin,
        expect: { fields: { Issued_At__c: '$now', Expires_At__c: '$now+1d' } },
        inOrg: true
    },
    {
        flow: 'Support_PIN_Policy',
        name: 'PIN_Customer_Stamped',
        label: 'A covered customer’s PIN is stamped with their contact, account and product',
        runAs: 'customer',
        record: { ...standardPin, Contact__c: '003OTHER000000001AAA', Account__c: '001OTHER000000001AAA' },
        expect: {
            fields: {
                Contact__c: DANA,
                Account__c: ACME,
                Product__c: 'Secret Server',
                Issued_At__c: '$now',
                Expires_At__c: '$now+7d',
                Privileged_Slot__c: null
            }
        }
    },
    {
        flow: 'Support_PIN_Policy',
        name: 'PIN_Contact_Not_Found',
        label: 'A portal user whose contact cannot be found gets no PIN',
        runAs: 'customer',
        given: (data) => {
            data.Contact = [];
        },
        record: standardPin,
        expect: { error: 'Error_No_Account' }
    },
    {
        flow: 'Support_PIN_Policy',
        name: 'PIN_Contact_Without_Account',
        label: 'A contact without an account gets no PIN',
        runAs: 'customer',
        given: (data) => {
            data.Contact[0].AccountId = null;
        },
        record: standardPin,
        expect: { error: 'Error_No_Account' }
    },
    {
        flow: 'Support_PIN_Policy',
        name: 'PIN_Privileged_Not_Cloud',
        label: 'A privileged PIN on an on-premises account is refused',
        runAs: 'customer',
        record: privilegedPin,
        expect: { error: 'Error_Privileged_Cloud_Only' }
    },
    {
        flow: 'Support_PIN_Policy',
        name: 'PIN_Privileged_Cloud',
        label: 'A cloud account’s privileged PIN lives 1 day',
        runAs: 'customer',
        given: cloud,
        record: privilegedPin,
        expect: {
            fields: {
                Product__c: 'Secret Server Cloud',
                Expires_At__c: '$now+1d',
                Privileged_Slot__c: `${ACME}/${NOW.slice(0, 10)}`
            }
        }
    },
    {
        flow: 'Support_PIN_Policy',
        name: 'PIN_Privileged_Not_Authorized',
        label: 'A privileged PIN from a contact the company did not authorize is refused',
        runAs: 'customer',
        given: (data) => {
            cloud(data);
            data.Contact = data.Contact.map((contact) => ({ ...contact, Privileged_Access__c: false }));
        },
        record: privilegedPin,
        expect: { error: 'Error_Privileged_Not_Authorized' }
    },
    {
        flow: 'Support_PIN_Policy',
        name: 'PIN_Not_Covered',
        label: 'Fewer unexpired support licenses than user licenses: no PIN',
        runAs: 'customer',
        given: (data) => account(data, { User_Licenses__c: 6 }),
        record: standardPin,
        expect: { error: 'Error_Not_Covered' }
    },
    {
        flow: 'Support_PIN_Policy',
        name: 'PIN_Covered_Exactly',
        label: 'As many support licenses as user licenses is covered',
        runAs: 'customer',
        given: (data) => account(data, { User_Licenses__c: 5 }),
        record: standardPin,
        expect: { fields: { Account__c: ACME } }
    },
    {
        flow: 'Support_PIN_Policy',
        name: 'PIN_No_User_Licenses_On_File',
        label: 'No user licenses on file is not covered',
        runAs: 'customer',
        given: (data) => account(data, { User_Licenses__c: null }),
        record: standardPin,
        expect: { error: 'Error_Not_Covered' }
    },
    {
        flow: 'Support_PIN_Policy',
        name: 'PIN_Zero_User_Licenses',
        label: 'Zero user licenses is not covered',
        runAs: 'customer',
        given: (data) => account(data, { User_Licenses__c: 0 }),
        record: standardPin,
        expect: { error: 'Error_Not_Covered' }
    },
    {
        flow: 'Support_PIN_Policy',
        name: 'PIN_License_Expired',
        label: 'A support license issued 365 days ago no longer counts',
        runAs: 'customer',
        given: (data) => licenses(data, [5, 365]),
        record: standardPin,
        expect: { error: 'Error_Not_Covered' }
    },
    {
        flow: 'Support_PIN_Policy',
        name: 'PIN_License_Last_Day',
        label: 'A support license issued 364 days ago still counts',
        runAs: 'customer',
        given: (data) => licenses(data, [5, 364]),
        record: standardPin,
        expect: { fields: { Account__c: ACME } }
    },
    {
        flow: 'Support_PIN_Policy',
        name: 'PIN_License_Issued_Tomorrow',
        label: 'A support license issued tomorrow does not count yet',
        runAs: 'customer',
        given: (data) => licenses(data, [5, -1]),
        record: standardPin,
        expect: { error: 'Error_Not_Covered' }
    },
    {
        flow: 'Support_PIN_Policy',
        name: 'PIN_License_Issued_Today',
        label: 'A support license issued today counts',
        runAs: 'customer',
        given: (data) => licenses(data, [5, 0]),
        record: standardPin,
        expect: { fields: { Account__c: ACME } }
    },
    {
        flow: 'Support_PIN_Policy',
        name: 'PIN_License_Of_Another_Account',
        label: 'Another account’s support licenses do not count',
        runAs: 'customer',
        given: (data) => licenses(data, [3, 10], [2, 10, '001OTHER000000001AAA']),
        record: standardPin,
        expect: { error: 'Error_Not_Covered' }
    },
    {
        flow: 'Support_PIN_Policy',
        name: 'PIN_Rate_Limit_Reached',
        label: 'A tenth PIN in 24 hours is the last: the eleventh is refused',
        runAs: 'customer',
        given: (data) => pins(data, ...Array.from({ length: 10 }, (_, i) => ({ PIN__c: `1000000${i}` }))),
        record: standardPin,
        expect: { error: 'Error_Too_Many_PINs' }
    },
    {
        flow: 'Support_PIN_Policy',
        name: 'PIN_Rate_Limit_Not_Reached',
        label: 'Nine PINs in 24 hours, and older or other users’ PINs, leave room for one more',
        runAs: 'customer',
        given: (data) =>
            pins(
                data,
                ...Array.from({ length: 9 }, (_, i) => ({ PIN__c: `1000000${i}` })),
                { PIN__c: '20000001', CreatedDate: at(-25 / 24) },
                { PIN__c: '20000002', CreatedById: '005OTHER000000001AAA' }
            ),
        record: standardPin,
        expect: { fields: { Account__c: ACME } }
    },
    {
        flow: 'Support_PIN_Policy',
        name: 'PIN_Rate_Limit_Counts_Refusals',
        label: 'Six PINs and four refused values in 24 hours reach the limit: guessing costs as much as issuing',
        runAs: 'customer',
        given: (data) => {
            pins(data, ...Array.from({ length: 6 }, (_, i) => ({ PIN__c: `1000000${i}` })));
            refusals(data, 4);
        },
        record: standardPin,
        expect: { error: 'Error_Too_Many_PINs' }
    },
    {
        flow: 'Support_PIN_Policy',
        name: 'PIN_Rate_Refusals_Old_Or_Others',
        label: 'Refusals older than 24 hours or of other users leave room: five PINs, four refusals, one more',
        runAs: 'customer',
        given: (data) => {
            pins(data, ...Array.from({ length: 5 }, (_, i) => ({ PIN__c: `1000000${i}` })));
            refusals(data, 4);
            refusals(data, 3, { hoursAgo: 25 });
            refusals(data, 3, { userId: '005OTHER000000001AAA' });
        },
        record: standardPin,
        expect: { fields: { Account__c: ACME } }
    },
    {
        flow: 'Support_PIN_Policy',
        name: 'PIN_Privileged_Already_Active',
        label: 'A second privileged PIN while one is active is refused',
        runAs: 'customer',
        given: (data) => {
            cloud(data);
            pins(data, { Kind__c: 'Privileged', PIN__c: 'pACTIVE', Expires_At__c: at(0.5) });
        },
        record: privilegedPin,
        expect: { error: 'Error_Privileged_Active' }
    },
    {
        flow: 'Support_PIN_Policy',
        name: 'PIN_Privileged_After_Expiry',
        label: 'A privileged PIN once the last has expired, beside other accounts’ and standard PINs',
        runAs: 'customer',
        given: (data) => {
            cloud(data);
            pins(
                data,
                { Kind__c: 'Privileged', PIN__c: 'pEXPIRED', Expires_At__c: at(0) },
                { Kind__c: 'Privileged', PIN__c: 'pOTHER', Account__c: '001OTHER000000001AAA', Expires_At__c: at(0.5) },
                { Kind__c: 'Standard', PIN__c: '30000001', Expires_At__c: at(3) }
            );
        },
        record: privilegedPin,
        expect: { fields: { Kind__c: 'Privileged', Expires_At__c: '$now+1d' } }
    },
    // Support_PIN_Uniqueness (after save): a value unique within the account; a refusal is published first.
    {
        flow: 'Support_PIN_Uniqueness',
        name: 'PIN_Value_Taken',
        label: 'A PIN value another PIN of the account has, even expired, is refused',
        runAs: 'customer',
        given: (data) => pins(data, { PIN__c: standardPin.PIN__c, Expires_At__c: at(-3) }),
        record: { ...standardPin, Account__c: ACME },
        expect: { error: 'Error_PIN_Taken' }
    },
    {
        flow: 'Support_PIN_Uniqueness',
        name: 'PIN_Value_Free',
        label: 'A value no other PIN of the account has is kept, beside the account’s other PINs',
        runAs: 'customer',
        given: (data) => pins(data, { PIN__c: '30000001' }),
        record: { ...standardPin, Account__c: ACME },
        expect: { fields: { PIN__c: standardPin.PIN__c } }
    },
    {
        flow: 'Support_PIN_Uniqueness',
        name: 'PIN_Value_Of_Another_Account',
        label: 'Another company’s PIN with the same value does not make it taken: a guess reveals nothing',
        runAs: 'customer',
        given: (data) => pins(data, { PIN__c: standardPin.PIN__c, Account__c: '001OTHER000000001AAA' }),
        record: { ...standardPin, Account__c: ACME },
        expect: { fields: { PIN__c: standardPin.PIN__c } }
    },
    {
        flow: 'Support_PIN_Uniqueness',
        name: 'PIN_Uniqueness_Lookup_Fails',
        label: 'A failed lookup refuses the PIN rather than let a duplicate through',
        runAs: 'customer',
        failQueries: ['Support_PIN__c'],
        record: { ...standardPin, Account__c: ACME },
        expect: { error: 'Error_Policy_Check_Failed' }
    },
    // Support_PIN_Refusal_Record (platform event): the refusal, for the limit, as the Automated Process.
    {
        flow: 'Support_PIN_Refusal_Record',
        name: 'PIN_Refusal_Recorded',
        label: 'A refusal event becomes a PIN Refusal of the user it names',
        runAs: 'automated',
        record: { User_Id__c: DEMO_USER_ID, Reason__c: 'PIN taken' },
        expect: {
            created: {
                Support_PIN_Refusal__c: [
                    { User__c: DEMO_USER_ID, Reason__c: 'PIN taken', OwnerId: AUTOMATED_CASE_USER_ID }
                ]
            }
        }
    },
    {
        flow: 'Support_PIN_Policy',
        name: 'PIN_Lookup_Fails',
        label: 'A failed lookup refuses the PIN rather than let it through unchecked',
        runAs: 'customer',
        failQueries: ['Support_License__c'],
        record: standardPin,
        expect: { error: 'Error_Policy_Check_Failed' }
    },

    // Support_Case_Policy: a portal user's case is theirs, and a PIN on it is their account's, active and standard.
    {
        flow: 'Support_Case_Policy',
        name: 'Case_Internal_Unchanged',
        label: 'An internal user’s case keeps the contact it names',
        runAs: 'engineer',
        record: { Subject: 'Filed by support', Origin: 'Phone', ContactId: '003OTHER000000001AAA' },
        expect: { fields: { ContactId: '003OTHER000000001AAA' } }
    },
    {
        flow: 'Support_Case_Policy',
        name: 'Case_Internal_Not_Linked',
        label: 'An internal user’s case is not linked to a contact by the policy',
        runAs: 'engineer',
        record: { Subject: 'Filed by support', Origin: 'Phone' },
        expect: { fields: { ContactId: null, AccountId: null } },
        inOrg: true
    },
    {
        flow: 'Support_Case_Policy',
        name: 'Case_Customer_Stamped',
        label: 'A portal case is the customer’s, whatever contact the request names',
        runAs: 'customer',
        record: { Subject: 'Forged contact', Origin: 'Web', ContactId: '003OTHER000000001AAA', AccountId: null },
        expect: { fields: { ContactId: DANA, AccountId: ACME } }
    },
    {
        flow: 'Support_Case_Policy',
        name: 'Case_Customer_Forged_Email_Case',
        label: 'A portal case is Web and New, with no Web Email and PIN Check No PIN, whatever the request claims',
        runAs: 'customer',
        record: {
            Subject: 'Looks like email',
            Origin: 'Email',
            Status: 'Closed',
            SuppliedEmail: 'victim@globex.example',
            PIN_Check__c: 'Verified'
        },
        expect: { fields: { Origin: 'Web', Status: 'New', SuppliedEmail: null, PIN_Check__c: 'No PIN' } }
    },
    {
        flow: 'Support_Case_Policy',
        name: 'Case_Contact_Not_Found',
        label: 'A portal user whose contact cannot be found files no case',
        runAs: 'customer',
        given: (data) => {
            data.Contact = [];
        },
        record: { Subject: 'No contact', Origin: 'Web' },
        expect: { error: 'Error_No_Account' }
    },
    {
        flow: 'Support_Case_Policy',
        name: 'Case_Contact_Without_Account',
        label: 'A contact without an account files no case',
        runAs: 'customer',
        given: (data) => {
            data.Contact[0].AccountId = null;
        },
        record: { Subject: 'No account', Origin: 'Web' },
        expect: { error: 'Error_No_Account' }
    },
    {
        flow: 'Support_Case_Policy',
        name: 'Case_PIN_Valid',
        label: 'An active standard PIN of the customer’s account is accepted, moved out of PIN Entered, and Verified',
        runAs: 'customer',
        given: (data) => pins(data, { PIN__c: '40000001', Contact__c: '003COLLEAGUE0001AAA' }),
        record: { Subject: 'With PIN', Origin: 'Web', PIN_Entered__c: '40000001' },
        expect: { fields: { PIN__c: '40000001', PIN_Entered__c: null, PIN_Check__c: 'Verified', AccountId: ACME } }
    },
    {
        flow: 'Support_Case_Policy',
        name: 'Case_PIN_Expired',
        label: 'A PIN that expires this instant is no longer valid on a case',
        runAs: 'customer',
        given: (data) => pins(data, { PIN__c: '40000002', Expires_At__c: NOW }),
        record: { Subject: 'Expired PIN', Origin: 'Web', PIN_Entered__c: '40000002' },
        expect: { error: 'Error_PIN_Not_Valid' }
    },
    {
        flow: 'Support_Case_Policy',
        name: 'Case_PIN_Of_Another_Account',
        label: 'Another account’s PIN is refused on a case',
        runAs: 'customer',
        given: (data) => pins(data, { PIN__c: '40000003', Account__c: '001OTHER000000001AAA' }),
        record: { Subject: 'Their PIN', Origin: 'Web', PIN_Entered__c: '40000003' },
        expect: { error: 'Error_PIN_Not_Valid' }
    },
    {
        flow: 'Support_Case_Policy',
        name: 'Case_PIN_Privileged',
        label: 'A privileged PIN is refused on a case',
        runAs: 'customer',
        given: (data) => pins(data, { PIN__c: 'pCASE0001', Kind__c: 'Privileged', Expires_At__c: at(0.5) }),
        record: { Subject: 'Privileged PIN', Origin: 'Web', PIN_Entered__c: 'pCASE0001' },
        expect: { error: 'Error_PIN_Not_Valid' }
    },
    {
        flow: 'Support_Case_Policy',
        name: 'Case_Lookup_Fails',
        label: 'A failed lookup refuses the case rather than let it through unchecked',
        runAs: 'customer',
        failQueries: ['Contact'],
        record: { Subject: 'Lookup fails', Origin: 'Web' },
        expect: { error: 'Error_Policy_Check_Failed' }
    },

    // Support_Case_Status_Stamp: when the status last changed, on create and on each change.
    {
        flow: 'Support_Case_Status_Stamp',
        name: 'Status_Stamped_On_Create',
        label: 'A new case records when its status was set',
        runAs: 'engineer',
        record: { Subject: 'New', Status: 'New', Origin: 'Phone' },
        expect: { fields: { Status_Changed_At__c: '$now' } },
        inOrg: true
    },
    {
        flow: 'Support_Case_Status_Stamp',
        name: 'Status_Stamped_On_Change',
        label: 'A status change records when it happened',
        runAs: 'engineer',
        prior: { Id: OPEN_CASE, Subject: 'Open', Status: 'Working', Status_Changed_At__c: at(-2) },
        record: { Id: OPEN_CASE, Subject: 'Open', Status: 'Waiting on Customer', Status_Changed_At__c: at(-2) },
        expect: { fields: { Status_Changed_At__c: '$now' } },
        inOrg: true
    },
    {
        flow: 'Support_Case_Status_Stamp',
        name: 'Status_Kept_Without_Change',
        label: 'Another change keeps the time the status was set',
        runAs: 'engineer',
        prior: { Id: OPEN_CASE, Subject: 'Open', Status: 'Working', Status_Changed_At__c: at(-2) },
        record: { Id: OPEN_CASE, Subject: 'Renamed', Status: 'Working', Status_Changed_At__c: at(-2) },
        expect: { fields: { Status_Changed_At__c: at(-2) } }
    },

    // Support_Case_Email_PIN: an email case is linked to the sender's contact only when the subject names their active PIN.
    {
        flow: 'Support_Case_Email_PIN',
        name: 'Email_Without_PIN',
        label: 'An email whose subject has no PIN says so',
        runAs: 'automated',
        // Email-to-Case linked it to Dana by her address; without her PIN the flow takes the link back.
        record: { ...fromDana, Subject: 'Workflow stopped unexpectedly' },
        expect: { fields: { PIN_Check__c: 'No PIN', ContactId: null, AccountId: null, Sender_Contact__c: DANA } },
        inOrg: {
            record: {
                Origin: 'Email',
                Subject: 'Workflow stopped unexpectedly',
                SuppliedEmail: 'dana.scully@acme.example'
            },
            fields: { PIN_Check__c: 'No PIN', ContactId: null }
        }
    },
    {
        flow: 'Support_Case_Email_PIN',
        name: 'Email_Not_From_Email',
        label: 'A case that did not come by email is not checked',
        runAs: 'automated',
        record: { Origin: 'Web', Subject: 'PIN 48213907 help', SuppliedEmail: 'dana.scully@acme.example' },
        expect: { fields: { PIN_Check__c: null } }
    },
    {
        flow: 'Support_Case_Email_PIN',
        name: 'Email_Claimed_By_Portal_User',
        label: 'A portal user’s case claiming to be an email is not checked against a sender’s PINs',
        runAs: 'customer',
        given: (data) => pins(data, { PIN__c: '50000009', Contact__c: '003COLLEAGUE0001AAA' }),
        record: { Origin: 'Email', Subject: 'PIN 50000009', SuppliedEmail: 'dana.scully@acme.example' },
        expect: { fields: { PIN_Check__c: null, PIN__c: null } }
    },
    {
        flow: 'Support_Case_Email_PIN',
        name: 'Email_Sender_Not_On_File',
        label: 'A PIN from an address no contact has is not linked',
        runAs: 'automated',
        record: { Origin: 'Email', Subject: 'PIN 48213907 help', SuppliedEmail: 'mallory@elsewhere.example' },
        expect: { fields: { PIN_Check__c: 'Sender not on file', ContactId: null } },
        inOrg: true
    },
    {
        flow: 'Support_Case_Email_PIN',
        name: 'Email_Without_Sender_Address',
        label: 'An email case without a sender address is not linked',
        runAs: 'automated',
        record: { Origin: 'Email', Subject: 'PIN 48213907 help', SuppliedEmail: null },
        expect: { fields: { PIN_Check__c: 'Sender not on file' } }
    },
    {
        flow: 'Support_Case_Email_PIN',
        name: 'Email_Unknown_PIN',
        label: 'A PIN the sender does not hold is not linked',
        runAs: 'automated',
        given: (data) => pins(data, { PIN__c: '50000001' }),
        record: { ...fromDana, Subject: 'PIN 59999999 help' },
        expect: {
            fields: {
                PIN_Check__c: 'Unknown or expired PIN',
                PIN__c: null,
                ContactId: null,
                AccountId: null,
                Sender_Contact__c: DANA
            }
        },
        inOrg: {
            record: { Origin: 'Email', Subject: 'PIN 59999999 help', SuppliedEmail: 'dana.scully@acme.example' },
            fields: { PIN_Check__c: 'Unknown or expired PIN', PIN__c: null, ContactId: null }
        }
    },
    {
        flow: 'Support_Case_Email_PIN',
        name: 'Email_Verified',
        label: 'The sender’s active PIN in the subject links the case to them',
        runAs: 'automated',
        given: (data) => pins(data, { PIN__c: '50000002' }),
        record: { ...fromDana, Subject: 'RE: pin 5000-0002 stopped', SuppliedEmail: 'DANA.Scully@acme.example' },
        expect: {
            fields: {
                PIN_Check__c: 'Verified',
                ContactId: DANA,
                AccountId: ACME,
                PIN__c: '50000002',
                Sender_Contact__c: DANA
            }
        }
    },
    {
        flow: 'Support_Case_Email_PIN',
        name: 'Email_Expired_PIN',
        label: 'The sender’s expired PIN does not link the case',
        runAs: 'automated',
        given: (data) => pins(data, { PIN__c: '50000003', Expires_At__c: NOW }),
        record: { Origin: 'Email', Subject: 'PIN 50000003', SuppliedEmail: 'dana.scully@acme.example' },
        expect: { fields: { PIN_Check__c: 'Unknown or expired PIN' } }
    },
    {
        flow: 'Support_Case_Email_PIN',
        name: 'Email_Privileged_PIN',
        label: 'A privileged PIN in an email subject does not link the case',
        runAs: 'automated',
        given: (data) => pins(data, { PIN__c: 'pEMAIL0001', Kind__c: 'Privileged', Expires_At__c: at(0.5) }),
        record: { Origin: 'Email', Subject: 'PIN pEMAIL0001', SuppliedEmail: 'dana.scully@acme.example' },
        expect: { fields: { PIN_Check__c: 'Unknown or expired PIN' } }
    },
    {
        flow: 'Support_Case_Email_PIN',
        name: 'Email_Colleagues_PIN',
        label: 'A colleague’s PIN from the sender’s address does not link the case',
        runAs: 'automated',
        given: (data) => pins(data, { PIN__c: '50000004', Contact__c: '003COLLEAGUE0001AAA' }),
        record: { Origin: 'Email', Subject: 'PIN 50000004', SuppliedEmail: 'dana.scully@acme.example' },
        expect: { fields: { PIN_Check__c: 'Unknown or expired PIN' } }
    },
    {
        flow: 'Support_Case_Email_PIN',
        name: 'Email_Lookup_Fails',
        label: 'A failed lookup keeps the email and says it could not be checked',
        runAs: 'automated',
        failQueries: ['Contact'],
        record: { ...fromDana, Subject: 'PIN 48213907' },
        expect: { fields: { PIN_Check__c: 'Could not be checked', ContactId: null, Sender_Contact__c: DANA } }
    },

    // Support_PIN_Verification_Stamp: the server's verdict on a PIN an engineer looked up.
    {
        flow: 'Support_PIN_Verification_Stamp',
        name: 'Verify_Unknown_PIN',
        label: 'A PIN no record has is Unknown',
        runAs: 'engineer',
        record: { PIN_Entered__c: '00000000' },
        expect: { fields: { Verdict__c: 'Unknown', Support_PIN__c: null } },
        inOrg: true
    },
    {
        flow: 'Support_PIN_Verification_Stamp',
        name: 'Verify_Valid_PIN',
        label: 'An active PIN is Valid, with its account',
        runAs: 'engineer',
        given: (data) => pins(data, { Id: 'a02VERIFY000001AAA', PIN__c: '60000001' }),
        record: { PIN_Entered__c: '60000001' },
        expect: { fields: { Verdict__c: 'Valid', Support_PIN__c: 'a02VERIFY000001AAA', Account__c: ACME } }
    },
    {
        flow: 'Support_PIN_Verification_Stamp',
        name: 'Verify_Expired_PIN',
        label: 'A PIN that expires this instant is Expired',
        runAs: 'engineer',
        given: (data) => pins(data, { PIN__c: '60000002', Expires_At__c: NOW }),
        record: { PIN_Entered__c: '60000002' },
        expect: { fields: { Verdict__c: 'Expired' } }
    },
    {
        flow: 'Support_PIN_Verification_Stamp',
        name: 'Verify_Revoked_PIN',
        label: 'A revoked PIN is Revoked',
        runAs: 'engineer',
        given: (data) => pins(data, { PIN__c: '60000003', Revoked_At__c: at(-0.1), Expires_At__c: at(-0.1) }),
        record: { PIN_Entered__c: '60000003' },
        expect: { fields: { Verdict__c: 'Revoked' } }
    },
    {
        flow: 'Support_PIN_Verification_Stamp',
        name: 'Verify_Ambiguous_PIN',
        label: 'Two companies holding the value active: Ambiguous, and neither PIN shown',
        runAs: 'engineer',
        given: (data) =>
            pins(
                data,
                { PIN__c: '60000005', Expires_At__c: at(2) },
                { PIN__c: '60000005', Account__c: OTHER_ACCOUNT, Expires_At__c: at(5) }
            ),
        record: { PIN_Entered__c: '60000005' },
        expect: { fields: { Verdict__c: 'Ambiguous', Support_PIN__c: null, Account__c: null } }
    },
    {
        flow: 'Support_PIN_Verification_Stamp',
        name: 'Verify_Value_Shared_With_Ended_PINs',
        label: 'The active PIN is found beside another company’s expired and revoked PINs of that value',
        runAs: 'engineer',
        given: (data) =>
            pins(
                data,
                { Id: 'a02VERIFY000006AAA', PIN__c: '60000006', Expires_At__c: at(2) },
                { PIN__c: '60000006', Account__c: OTHER_ACCOUNT, Expires_At__c: at(-1) },
                { PIN__c: '60000006', Account__c: OTHER_ACCOUNT, Expires_At__c: at(1), Revoked_At__c: at(-0.5) }
            ),
        record: { PIN_Entered__c: '60000006' },
        expect: { fields: { Verdict__c: 'Valid', Support_PIN__c: 'a02VERIFY000006AAA', Account__c: ACME } }
    },
    {
        flow: 'Support_PIN_Verification_Stamp',
        name: 'Verify_Expired_Beside_Active_Elsewhere',
        label: 'An expired PIN of a value another company holds active: that active one is found',
        runAs: 'engineer',
        given: (data) =>
            pins(
                data,
                { PIN__c: '60000007', Expires_At__c: at(-1) },
                { Id: 'a02VERIFY000007AAA', PIN__c: '60000007', Account__c: OTHER_ACCOUNT, Expires_At__c: at(3) }
            ),
        record: { PIN_Entered__c: '60000007' },
        expect: { fields: { Verdict__c: 'Valid', Support_PIN__c: 'a02VERIFY000007AAA', Account__c: OTHER_ACCOUNT } }
    },
    {
        flow: 'Support_PIN_Verification_Stamp',
        name: 'Verify_Case_Of_PIN_Company_Kept',
        label: 'The case entered is kept when it is the verified PIN’s company’s',
        runAs: 'engineer',
        given: (data) => pins(data, { PIN__c: '60000008' }),
        record: { PIN_Entered__c: '60000008', Case_Number__c: '00001026' },
        expect: { fields: { Verdict__c: 'Valid', Account__c: ACME, Case__c: OPEN_CASE } }
    },
    {
        flow: 'Support_PIN_Verification_Stamp',
        name: 'Verify_Case_Sent_Directly_Dropped',
        label: 'A case sent without its number is not kept: only the flow links a case',
        runAs: 'engineer',
        given: (data) => pins(data, { PIN__c: '60000012' }),
        record: { PIN_Entered__c: '60000012', Case__c: OPEN_CASE },
        expect: { fields: { Verdict__c: 'Valid', Account__c: ACME, Case__c: null } }
    },
    {
        flow: 'Support_PIN_Verification_Stamp',
        name: 'Verify_Unknown_Case_Number_Dropped',
        label: 'A case number no case has links nothing; the verification is kept',
        runAs: 'engineer',
        given: (data) => pins(data, { PIN__c: '60000013' }),
        record: { PIN_Entered__c: '60000013', Case_Number__c: '99999999' },
        expect: { fields: { Verdict__c: 'Valid', Account__c: ACME, Case__c: null } }
    },
    {
        flow: 'Support_PIN_Verification_Stamp',
        name: 'Verify_Case_Of_Other_Company_Dropped',
        label: 'A case of another company is not kept: no company’s ledger names another’s case',
        runAs: 'engineer',
        given: (data) => {
            pins(data, { PIN__c: '60000009' });
            data.Case.push({
                Id: OTHER_CASE,
                CaseNumber: '00009999',
                Subject: 'Globex outage',
                Status: 'Working',
                AccountId: OTHER_ACCOUNT
            });
        },
        record: { PIN_Entered__c: '60000009', Case_Number__c: '00009999' },
        expect: { fields: { Verdict__c: 'Valid', Account__c: ACME, Case__c: null } }
    },
    {
        flow: 'Support_PIN_Verification_Stamp',
        name: 'Verify_Unknown_Drops_Case',
        label: 'An unknown PIN keeps no case',
        runAs: 'engineer',
        record: { PIN_Entered__c: '00000000', Case_Number__c: '00001026' },
        expect: { fields: { Verdict__c: 'Unknown', Case__c: null } }
    },
    {
        flow: 'Support_PIN_Verification_Stamp',
        name: 'Verify_Ambiguous_Drops_Case',
        label: 'An ambiguous PIN keeps no case',
        runAs: 'engineer',
        given: (data) =>
            pins(
                data,
                { PIN__c: '60000010', Expires_At__c: at(2) },
                { PIN__c: '60000010', Account__c: OTHER_ACCOUNT, Expires_At__c: at(5) }
            ),
        record: { PIN_Entered__c: '60000010', Case_Number__c: '00001026' },
        expect: { fields: { Verdict__c: 'Ambiguous', Case__c: null } }
    },
    {
        flow: 'Support_PIN_Verification_Stamp',
        name: 'Verify_Case_Lookup_Fails',
        label: 'A case that cannot be checked is not kept; the verification is',
        runAs: 'engineer',
        failQueries: ['Case'],
        given: (data) => pins(data, { PIN__c: '60000011' }),
        record: { PIN_Entered__c: '60000011', Case_Number__c: '00001026' },
        expect: { fields: { Verdict__c: 'Valid', Account__c: ACME, Case__c: null } }
    },
    {
        flow: 'Support_PIN_Verification_Stamp',
        name: 'Verify_Lookup_Fails',
        label: 'A failed lookup refuses the verification record',
        runAs: 'engineer',
        failQueries: ['Support_PIN__c'],
        record: { PIN_Entered__c: '60000004' },
        expect: { error: 'Error_Lookup_Failed' }
    },

    // Support_Case_Message_Apply (after save): Close closes the case; Reopen, or the customer's answer while it waits on them, gives it back.
    {
        flow: 'Support_Case_Message_Apply',
        name: 'Message_Close',
        label: 'Close closes the case',
        runAs: 'customer',
        record: { Case__c: OPEN_CASE, Action__c: 'Close', Body__c: 'Solved, thanks.' },
        expect: { records: { [OPEN_CASE]: { Status: 'Closed', Applied_Message__c: '$record' } } }
    },
    {
        flow: 'Support_Case_Message_Apply',
        name: 'Message_Reopen',
        label: 'Reopen gives the case back to support',
        runAs: 'customer',
        given: (data) =>
            Object.assign(
                data.Case.find((c) => c.Id === OPEN_CASE),
                { Status: 'Closed', IsClosed: true }
            ),
        record: { Case__c: OPEN_CASE, Action__c: 'Reopen', Body__c: 'It came back.' },
        expect: { records: { [OPEN_CASE]: { Status: 'Working', Applied_Message__c: '$record' } } }
    },
    {
        flow: 'Support_Case_Message_Apply',
        name: 'Message_Customer_Answers',
        label: 'The customer’s reply while the case waits on them gives it back to support',
        runAs: 'customer',
        given: (data) =>
            Object.assign(
                data.Case.find((c) => c.Id === OPEN_CASE),
                { Status: 'Waiting on Customer' }
            ),
        record: { Case__c: OPEN_CASE, Action__c: 'Reply', Body__c: 'Here is the log.' },
        expect: { records: { [OPEN_CASE]: { Status: 'Working', Applied_Message__c: '$record' } } }
    },
    {
        flow: 'Support_Case_Message_Apply',
        name: 'Message_Customer_Reply_While_Working',
        label: 'A reply while support is working leaves the status',
        runAs: 'customer',
        given: (data) =>
            Object.assign(
                data.Case.find((c) => c.Id === OPEN_CASE),
                { Status: 'Escalated' }
            ),
        record: { Case__c: OPEN_CASE, Action__c: 'Reply', Body__c: 'Any news?' },
        expect: {
            resources: { CustomerAnswersSupport: false },
            // A customer's own reply is not news from Thycotic.
            records: { [OPEN_CASE]: { Status: 'Escalated', Last_Support_Reply_At__c: null } }
        },
        // In the org: a reply on no case waiting for the customer changes nothing.
        inOrg: { record: { Action__c: 'Reply', Body__c: 'Any news?' } }
    },
    {
        flow: 'Support_Case_Message_Apply',
        name: 'Message_Support_Asks',
        label: 'Support’s reply while the case waits on the customer leaves it waiting',
        runAs: 'engineer',
        given: (data) =>
            Object.assign(
                data.Case.find((c) => c.Id === OPEN_CASE),
                { Status: 'Waiting on Customer' }
            ),
        record: { Case__c: OPEN_CASE, Action__c: 'Reply', Body__c: 'Could you also send the config?' },
        // Thycotic wrote: the case is new for its readers until they open it (Cases tab).
        expect: { records: { [OPEN_CASE]: { Status: 'Waiting on Customer', Last_Support_Reply_At__c: '$now' } } }
    },
    {
        flow: 'Support_Case_Message_Apply',
        name: 'Message_Case_Update_Fails',
        label: 'A case that cannot be updated refuses the message',
        runAs: 'customer',
        failUpdates: ['Case'],
        record: { Case__c: OPEN_CASE, Action__c: 'Close', Body__c: 'Solved.' },
        expect: { error: 'Error_Case_Not_Updated' }
    },

    // Support_Case_Read_Stamp (before save): a read is dated by the server and keyed to its reader and case.
    {
        flow: 'Support_Case_Read_Stamp',
        name: 'Case_Read_Stamped_Now',
        label: 'A read sent with a future time and a made-up key is stamped with the server’s time and its own key',
        runAs: 'customer',
        record: { Case__c: OPEN_CASE, OwnerId: DEMO_USER_ID, Read_At__c: at(30), Key__c: 'anything' },
        expect: { fields: { Read_At__c: '$now', Key__c: `${OPEN_CASE}${DEMO_USER_ID}` } },
        inOrg: { fields: { Key__c: '$set' } }
    },

    // Support_Case_Follower_Stamp (before save): who follows is the contact's active portal user, once per
    // case, and a case has at most the setting's followers (10).
    {
        flow: 'Support_Case_Follower_Stamp',
        name: 'Follower_Stamped',
        label: 'A follower sent with another user and a made-up key is stamped with the contact’s user and its own key',
        runAs: 'customer',
        record: { Case__c: OPEN_CASE, Contact__c: WALTER, Follower__c: DEMO_USER_ID, Key__c: 'anything' },
        expect: { fields: { Follower__c: COLLEAGUE_USER_ID, Key__c: `${OPEN_CASE}${WALTER}` } }
    },
    {
        flow: 'Support_Case_Follower_Stamp',
        name: 'Follower_Deactivated',
        label: 'A colleague whose portal user is deactivated is no follower (the rule Follower_Signs_In refuses the row)',
        runAs: 'customer',
        given: walter({ IsActive: false }),
        record: { Case__c: OPEN_CASE, Contact__c: WALTER, Follower__c: COLLEAGUE_USER_ID },
        expect: { fields: { Follower__c: null } }
    },
    {
        flow: 'Support_Case_Follower_Stamp',
        name: 'Follower_Limit_Reached',
        label: 'A case with 10 followers takes no eleventh',
        runAs: 'customer',
        given: followers(OPEN_CASE, 10),
        record: { Case__c: OPEN_CASE, Contact__c: WALTER },
        expect: { error: 'Error_Too_Many_Followers' }
    },
    {
        flow: 'Support_Case_Follower_Stamp',
        name: 'Follower_Under_Limit',
        label: 'A case with 9 followers takes a tenth',
        runAs: 'customer',
        given: followers(OPEN_CASE, 9),
        record: { Case__c: OPEN_CASE, Contact__c: WALTER },
        expect: { fields: { Follower__c: COLLEAGUE_USER_ID } }
    },
    {
        flow: 'Support_Case_Follower_Stamp',
        name: 'Follower_Other_Case_Not_Counted',
        label: 'Another case’s followers do not count against this case',
        runAs: 'customer',
        given: followers(OTHER_CASE, 10),
        record: { Case__c: OPEN_CASE, Contact__c: WALTER },
        expect: { fields: { Follower__c: COLLEAGUE_USER_ID } }
    },
    {
        flow: 'Support_Case_Follower_Stamp',
        name: 'Follower_Saved_Before_Not_Counted',
        label: 'A follower saved again is already counted: a full case keeps it',
        runAs: 'customer',
        given: followers(OPEN_CASE, 10),
        prior: { Id: 'a0FTEST00000000000AAA', Case__c: OPEN_CASE, Contact__c: WALTER },
        record: { Id: 'a0FTEST00000000000AAA', Case__c: OPEN_CASE, Contact__c: WALTER },
        expect: { fields: { Follower__c: COLLEAGUE_USER_ID } }
    },
    {
        flow: 'Support_Case_Follower_Stamp',
        name: 'Follower_Check_Fails',
        label: 'A lookup that fails refuses the follower rather than saving it unchecked',
        runAs: 'customer',
        failQueries: ['User'],
        record: { Case__c: OPEN_CASE, Contact__c: WALTER },
        expect: { error: 'Error_Follower_Check_Failed' }
    },

    // Support_Case_Follower_Remove (before delete): among customers, the case's contact or the follower.
    {
        flow: 'Support_Case_Follower_Remove',
        name: 'Follower_Removed_By_Contact',
        label: 'The case’s contact removes a follower',
        runAs: 'customer',
        record: { Id: 'a0FTEST000000001AAA', ...followerOf(OPEN_CASE) },
        expect: {}
    },
    {
        flow: 'Support_Case_Follower_Remove',
        name: 'Follower_Stops_Following',
        label: 'A follower stops following',
        runAs: 'colleague',
        record: { Id: 'a0FTEST000000001AAA', ...followerOf(OPEN_CASE) },
        expect: {}
    },
    {
        flow: 'Support_Case_Follower_Remove',
        name: 'Follower_Removed_By_Colleague',
        label: 'A colleague who is neither the case’s contact nor the follower cannot remove a follower',
        runAs: 'colleague',
        record: {
            Id: 'a0FTEST000000001AAA',
            ...followerOf(OPEN_CASE, { Contact__c: '003TEST00000000001AAA', Follower__c: null })
        },
        expect: { error: 'Error_Not_Theirs_To_Remove' }
    },
    {
        flow: 'Support_Case_Follower_Remove',
        name: 'Follower_Removed_By_Thycotic',
        label: 'Thycotic removes any follower',
        runAs: 'engineer',
        record: { Id: 'a0FTEST000000001AAA', ...followerOf(OPEN_CASE) },
        expect: {}
    },

    // Support_PIN_Revocation_Stamp: a revocation takes effect now, by whoever saved it.
    {
        flow: 'Support_PIN_Revocation_Stamp',
        name: 'Revoke_Future_Time_Stamped_Now',
        label: 'A revocation sent with a future time is stamped with the server’s time and user',
        runAs: 'engineer',
        prior: revocable,
        record: { ...revocable, Revoked_At__c: at(30), Expires_At__c: at(30) },
        expect: {
            fields: {
                Revoked_At__c: '$now',
                Expires_At__c: '$now',
                Revoked_By__c: SUPPORT_ENGINEER_ID
            }
        },
        inOrg: { fields: { Revoked_By__c: '$set' } }
    },
    {
        flow: 'Support_PIN_Revocation_Stamp',
        name: 'Revoke_Backdated_Time_Stamped_Now',
        label: 'A backdated revocation is stamped with the server’s time',
        runAs: 'engineer',
        prior: revocable,
        record: { ...revocable, Revoked_At__c: at(-30), Expires_At__c: at(-30) },
        // A revoked PIN frees its account's privileged slot: the slot becomes the PIN's own Id.
        expect: { fields: { Revoked_At__c: '$now', Expires_At__c: '$now', Privileged_Slot__c: revocable.Id } }
    },
    {
        flow: 'Support_PIN_Revocation_Stamp',
        name: 'Revoke_Other_Change_Untouched',
        label: 'A change that revokes nothing stamps nothing',
        runAs: 'engineer',
        prior: revocable,
        record: { ...revocable, Expires_At__c: at(4) },
        expect: { fields: { Revoked_At__c: null, Revoked_By__c: null, Expires_At__c: at(4) } }
    },
    {
        flow: 'Support_PIN_Revocation_Stamp',
        name: 'Revoke_Again_Untouched',
        label: 'A PIN revoked before is not stamped again (the validation rule refuses the change)',
        runAs: 'engineer',
        prior: { ...revocable, Revoked_At__c: at(-1), Expires_At__c: at(-1) },
        record: { ...revocable, Revoked_At__c: at(-2), Expires_At__c: at(-2) },
        expect: { fields: { Revoked_At__c: at(-2), Revoked_By__c: null } }
    },

    // Support_PIN_Revocation_Apply (after save): a customer ends a PIN of their company, if their company authorized them.
    {
        flow: 'Support_PIN_Revocation_Apply',
        name: 'End_Access_Authorized',
        label: 'An authorized customer ends a colleague’s active PIN: revoked now, by them',
        runAs: 'customer',
        given: (data) =>
            pins(data, { Id: ENDING_PIN, PIN__c: '70000002', Contact__c: WALTER, CreatedById: COLLEAGUE_USER_ID }),
        record: { Support_PIN__c: ENDING_PIN },
        expect: {
            records: {
                [ENDING_PIN]: {
                    Revoked_At__c: '$now',
                    Expires_At__c: '$now',
                    Revoked_By__c: DEMO_USER_ID,
                    Privileged_Slot__c: ENDING_PIN
                }
            }
        }
    },
    {
        flow: 'Support_PIN_Revocation_Apply',
        name: 'End_Access_Colleague_Refused',
        label: 'A colleague the company did not authorize cannot end a PIN, not even their own',
        runAs: 'colleague',
        given: (data) => pins(data, { Id: ENDING_PIN, PIN__c: '70000002', Contact__c: WALTER }),
        record: { Support_PIN__c: ENDING_PIN },
        expect: { error: 'Error_Not_Authorized' }
    },
    {
        flow: 'Support_PIN_Revocation_Apply',
        name: 'End_Access_Internal_User_Refused',
        label: 'An internal user (no contact) is refused: Thycotic revokes on the PIN record',
        runAs: 'engineer',
        given: (data) => pins(data, { Id: ENDING_PIN, PIN__c: '70000002' }),
        record: { Support_PIN__c: ENDING_PIN },
        expect: { error: 'Error_Not_Authorized' }
    },
    {
        flow: 'Support_PIN_Revocation_Apply',
        name: 'End_Access_Other_Company',
        label: 'Another company’s PIN is refused in the words of a PIN that does not exist',
        runAs: 'customer',
        given: (data) => pins(data, { Id: ENDING_PIN, PIN__c: '70000002', Account__c: OTHER_ACCOUNT }),
        record: { Support_PIN__c: ENDING_PIN },
        expect: { error: 'Error_Not_Found' }
    },
    {
        flow: 'Support_PIN_Revocation_Apply',
        name: 'End_Access_No_Such_PIN',
        label: 'A PIN that does not exist is refused',
        runAs: 'customer',
        record: { Support_PIN__c: 'a02NOSUCH00000001AAA' },
        expect: { error: 'Error_Not_Found' }
    },
    {
        flow: 'Support_PIN_Revocation_Apply',
        name: 'End_Access_Revoked_PIN',
        label: 'A PIN already revoked cannot be ended again',
        runAs: 'customer',
        given: (data) =>
            pins(data, { Id: ENDING_PIN, PIN__c: '70000002', Revoked_At__c: at(-0.1), Expires_At__c: at(-0.1) }),
        record: { Support_PIN__c: ENDING_PIN },
        expect: { error: 'Error_Already_Ended' }
    },
    {
        flow: 'Support_PIN_Revocation_Apply',
        name: 'End_Access_Expired_PIN',
        label: 'A PIN that expires this instant has ended',
        runAs: 'customer',
        given: (data) => pins(data, { Id: ENDING_PIN, PIN__c: '70000002', Expires_At__c: NOW }),
        record: { Support_PIN__c: ENDING_PIN },
        expect: { error: 'Error_Already_Ended' }
    },
    {
        flow: 'Support_PIN_Revocation_Apply',
        name: 'End_Access_Lookup_Fails',
        label: 'A check that cannot be made refuses the request',
        runAs: 'customer',
        failQueries: ['Contact'],
        given: (data) => pins(data, { Id: ENDING_PIN, PIN__c: '70000002' }),
        record: { Support_PIN__c: ENDING_PIN },
        expect: { error: 'Error_Check_Failed' }
    },
    {
        flow: 'Support_PIN_Revocation_Apply',
        name: 'End_Access_Update_Fails',
        label: 'A PIN that cannot be updated refuses the request',
        runAs: 'customer',
        failUpdates: ['Support_PIN__c'],
        given: (data) => pins(data, { Id: ENDING_PIN, PIN__c: '70000002' }),
        record: { Support_PIN__c: ENDING_PIN },
        expect: { error: 'Error_Not_Applied' }
    },

    // Privileged_Access_Change_Apply (after save): the company's support admin keeps who may grant privileged access.
    {
        flow: 'Privileged_Access_Change_Apply',
        name: 'Access_Change_Allow',
        label: 'The support admin allows a colleague: his flag set by this change, which is stamped applied',
        runAs: 'customer',
        record: { Contact__c: WALTER, Grant__c: true },
        expect: {
            records: { [WALTER]: { Privileged_Access__c: true, Privileged_Access_Change__c: '$record' } },
            created: { Privileged_Access_Change__c: [{ Contact__c: WALTER, Grant__c: true, Applied_At__c: '$now' }] }
        }
    },
    {
        flow: 'Privileged_Access_Change_Apply',
        name: 'Access_Change_Withdraw',
        label: 'The support admin withdraws it from a colleague who had it',
        runAs: 'customer',
        given: (data) => {
            data.Contact = data.Contact.map((contact) =>
                contact.Id === WALTER ? { ...contact, Privileged_Access__c: true } : contact
            );
        },
        record: { Contact__c: WALTER, Grant__c: false },
        expect: {
            records: { [WALTER]: { Privileged_Access__c: false, Privileged_Access_Change__c: '$record' } },
            created: { Privileged_Access_Change__c: [{ Grant__c: false, Applied_At__c: '$now' }] }
        }
    },
    {
        flow: 'Privileged_Access_Change_Apply',
        name: 'Access_Change_Colleague_Refused',
        label: 'A colleague who is not the support admin cannot allow anyone, not even himself',
        runAs: 'colleague',
        record: { Contact__c: WALTER, Grant__c: true },
        expect: { error: 'Error_Not_Admin' }
    },
    {
        flow: 'Privileged_Access_Change_Apply',
        name: 'Access_Change_Admin_Taken_Away',
        label: 'Once Thycotic takes the support admin role away, she is refused like anyone',
        runAs: 'customer',
        given: (data) => {
            data.Contact = data.Contact.map((contact) =>
                contact.Id === DANA ? { ...contact, Support_Admin__c: false } : contact
            );
        },
        record: { Contact__c: WALTER, Grant__c: true },
        expect: { error: 'Error_Not_Admin' }
    },
    {
        flow: 'Privileged_Access_Change_Apply',
        name: 'Access_Change_Internal_User_Refused',
        label: 'An internal user (no contact) is refused: Thycotic keeps the flag on the contact',
        runAs: 'engineer',
        record: { Contact__c: WALTER, Grant__c: true },
        expect: { error: 'Error_Not_Admin' }
    },
    {
        flow: 'Privileged_Access_Change_Apply',
        name: 'Access_Change_Other_Company',
        label: 'Another company’s contact is refused in the words of a contact that does not exist',
        runAs: 'customer',
        given: (data) => {
            data.Contact = [
                ...data.Contact,
                { Id: OTHER_CONTACT, LastName: 'Other', AccountId: OTHER_ACCOUNT, Privileged_Access__c: false }
            ];
        },
        record: { Contact__c: OTHER_CONTACT, Grant__c: true },
        expect: { error: 'Error_Not_Colleague' }
    },
    {
        flow: 'Privileged_Access_Change_Apply',
        name: 'Access_Change_No_Such_Contact',
        label: 'A contact that does not exist is refused',
        runAs: 'customer',
        record: { Contact__c: '003NOSUCH00000001AAA', Grant__c: true },
        expect: { error: 'Error_Not_Colleague' }
    },
    {
        flow: 'Privileged_Access_Change_Apply',
        name: 'Access_Change_Lookup_Fails',
        label: 'A check that cannot be made refuses the change',
        runAs: 'customer',
        failQueries: ['Contact'],
        record: { Contact__c: WALTER, Grant__c: true },
        expect: { error: 'Error_Check_Failed' }
    },
    {
        flow: 'Privileged_Access_Change_Apply',
        name: 'Access_Change_Update_Fails',
        label: 'A contact that cannot be updated refuses the change',
        runAs: 'customer',
        failUpdates: ['Contact'],
        record: { Contact__c: WALTER, Grant__c: true },
        expect: { error: 'Error_Not_Applied' }
    },

    // Support_Case_Message_Limit and Support_Article_Suggestion_Limit: a portal user's hourly limits.
    {
        flow: 'Support_Case_Message_Limit',
        name: 'Messages_Limit_Reached',
        label: 'The twenty-first message in an hour is refused',
        runAs: 'customer',
        given: recent('Case_Message__c', 20),
        record: { Case__c: OPEN_CASE, Action__c: 'Reply', Body__c: 'Again' },
        expect: { error: 'Error_Too_Many_Messages' }
    },
    {
        flow: 'Support_Case_Message_Limit',
        name: 'Messages_Close_Reopen_Cycling',
        label: 'Closing and reopening count as messages: ten cycles in an hour and the next reopen is refused',
        runAs: 'customer',
        given: (data) => {
            recent('Case_Message__c', 20)(data);
            data.Case_Message__c = data.Case_Message__c.map((message, i) => ({
                ...message,
                Action__c: i % 2 ? 'Reopen' : 'Close',
                Body__c: null
            }));
        },
        record: { Case__c: OPEN_CASE, Action__c: 'Close' },
        expect: { error: 'Error_Too_Many_Messages' }
    },
    {
        flow: 'Support_Case_Message_Limit',
        name: 'Messages_Under_Limit',
        label: 'Nineteen in the hour, with older ones and support’s, leave room for one more',
        runAs: 'customer',
        given: (data) => {
            recent('Case_Message__c', 19)(data);
            recent('Case_Message__c', 5, { hoursAgo: 1.5 })(data);
            recent('Case_Message__c', 5, { createdById: SUPPORT_ENGINEER_ID })(data);
        },
        record: { Case__c: OPEN_CASE, Action__c: 'Reply', Body__c: 'Again' },
        expect: { fields: { Body__c: 'Again' } }
    },
    {
        flow: 'Support_Case_Message_Limit',
        name: 'Messages_Internal_Unlimited',
        label: 'Thycotic’s engineers are not limited',
        runAs: 'engineer',
        given: recent('Case_Message__c', 25, { createdById: SUPPORT_ENGINEER_ID }),
        record: { Case__c: OPEN_CASE, Action__c: 'Reply', Body__c: 'Answer' },
        expect: { fields: { Body__c: 'Answer' } },
        inOrg: { record: { Action__c: 'Reply', Body__c: 'Answer' } }
    },
    {
        flow: 'Support_Case_Message_Limit',
        name: 'Messages_Limit_Check_Fails',
        label: 'A failed lookup refuses the message rather than let it through unchecked',
        runAs: 'customer',
        failQueries: ['Case_Message__c'],
        record: { Case__c: OPEN_CASE, Action__c: 'Reply', Body__c: 'Again' },
        expect: { error: 'Error_Limit_Check_Failed' }
    },
    {
        flow: 'Support_Article_Suggestion_Limit',
        name: 'Suggestions_Limit_Reached',
        label: 'The thirty-first suggestion record in an hour is refused',
        runAs: 'customer',
        given: recent('Article_Suggestion__c', 30),
        record: { Outcome__c: 'Skipped', Where__c: 'Create_a_Case', Suggestions_Shown__c: 1 },
        expect: { error: 'Error_Too_Many_Suggestion_Records' }
    },
    {
        flow: 'Support_Article_Suggestion_Limit',
        name: 'Suggestions_Under_Limit',
        label: 'Twenty-nine in the hour, and older ones, leave room for one more',
        runAs: 'customer',
        given: (data) => {
            recent('Article_Suggestion__c', 29)(data);
            recent('Article_Suggestion__c', 3, { hoursAgo: 2 })(data);
            recent('Article_Suggestion__c', 3, { createdById: SUPPORT_ENGINEER_ID })(data);
        },
        record: { Outcome__c: 'Skipped', Where__c: 'Create_a_Case', Suggestions_Shown__c: 1 },
        expect: { fields: { Outcome__c: 'Skipped' } }
    },
    {
        flow: 'Support_Article_Suggestion_Limit',
        name: 'Suggestions_Internal_Unlimited',
        label: 'An internal user is not limited',
        runAs: 'engineer',
        given: recent('Article_Suggestion__c', 40, { createdById: SUPPORT_ENGINEER_ID }),
        record: { Outcome__c: 'Skipped', Where__c: 'Create_a_Case', Suggestions_Shown__c: 1 },
        expect: { fields: { Outcome__c: 'Skipped' } },
        inOrg: true
    },
    {
        flow: 'Support_Article_Suggestion_Limit',
        name: 'Suggestions_Limit_Check_Fails',
        label: 'A failed lookup refuses the record rather than let it through unchecked',
        runAs: 'customer',
        failQueries: ['Support_Portal_Setting__mdt'],
        record: { Outcome__c: 'Skipped', Where__c: 'Create_a_Case', Suggestions_Shown__c: 1 },
        expect: { error: 'Error_Limit_Check_Failed' }
    },
    // Support_Case_Reply_Notify (after save): Thycotic's reply is emailed to the case's contact, in their language.
    {
        flow: 'Support_Case_Reply_Notify',
        name: 'Reply_Notify_Thycotic_Reply',
        label: "Thycotic's reply is emailed to the case's contact, in English",
        runAs: 'engineer',
        record: { Case__c: OPEN_CASE, Action__c: 'Reply', Body__c: 'Please send the log.' },
        expect: {
            emails: [
                {
                    recipientId: DANA,
                    relatedRecordId: OPEN_CASE,
                    emailSubject: '[Case 00001026] Thycotic replied: Discovery scan stops at 40%',
                    senderType: 'OrgWideEmailAddress',
                    senderAddress: 'support@thycotic.com'
                }
            ]
        }
    },
    {
        flow: 'Support_Case_Reply_Notify',
        name: 'Reply_Notify_German',
        label: 'A contact whose portal language is German gets it in German',
        runAs: 'engineer',
        given: (data) => {
            data.User = data.User.map((user) =>
                user.Id === DEMO_USER_ID ? { ...user, LanguageLocaleKey: 'de' } : user
            );
        },
        record: { Case__c: OPEN_CASE, Action__c: 'Reply', Body__c: 'Bitte das Protokoll.' },
        expect: { emails: [{ emailSubject: '[Fall 00001026] Antwort von Thycotic: Discovery scan stops at 40%' }] }
    },
    {
        flow: 'Support_Case_Reply_Notify',
        name: 'Reply_Notify_Customer_Reply',
        label: "The customer's own reply is not emailed to them",
        runAs: 'customer',
        record: { Case__c: OPEN_CASE, Action__c: 'Reply', Body__c: 'Here is the log.' },
        expect: { emails: [] }
    },
    {
        flow: 'Support_Case_Reply_Notify',
        name: 'Reply_Notify_Not_A_Reply',
        label: 'A message that is not a reply (Thycotic closing the case) is not this email',
        runAs: 'engineer',
        record: { Case__c: OPEN_CASE, Action__c: 'Close', Body__c: 'Closing: fixed in 11.7.1.' },
        expect: { emails: [] }
    },
    {
        flow: 'Support_Case_Reply_Notify',
        name: 'Reply_Notify_No_Contact',
        label: 'A case without a contact has no one to email',
        runAs: 'engineer',
        given: (data) => {
            data.Case = data.Case.map((c) => (c.Id === OPEN_CASE ? { ...c, ContactId: null } : c));
        },
        record: { Case__c: OPEN_CASE, Action__c: 'Reply', Body__c: 'Noted.' },
        expect: { emails: [] }
    },
    {
        flow: 'Support_Case_Reply_Notify',
        name: 'Reply_Notify_Send_Fails',
        label: 'An email that cannot be sent takes the fault path: the reply stays saved',
        runAs: 'engineer',
        failEmails: true,
        record: { Case__c: OPEN_CASE, Action__c: 'Reply', Body__c: 'Please send the log.' },
        expect: { emails: [] }
    },
    {
        flow: 'Support_Case_Reply_Notify',
        name: 'Reply_Notify_Replies_Off',
        label: 'A contact who turned reply emails off on the portal gets none',
        runAs: 'engineer',
        given: (data) => {
            data.User = data.User.map((user) =>
                user.Id === DEMO_USER_ID ? { ...user, No_Reply_Emails__c: true } : user
            );
        },
        record: { Case__c: OPEN_CASE, Action__c: 'Reply', Body__c: 'Please send the log.' },
        expect: { emails: [] }
    },
    {
        flow: 'Support_Case_Reply_Notify',
        name: 'Reply_Notify_Other_Emails_Off',
        label: 'Turning off the waiting and closed emails leaves the reply email on',
        runAs: 'engineer',
        given: (data) => {
            data.User = data.User.map((user) =>
                user.Id === DEMO_USER_ID ? { ...user, No_Waiting_Emails__c: true, No_Closed_Emails__c: true } : user
            );
        },
        record: { Case__c: OPEN_CASE, Action__c: 'Reply', Body__c: 'Please send the log.' },
        expect: { emails: [{ recipientId: DANA }] }
    },
    {
        flow: 'Support_Case_Reply_Notify',
        name: 'Reply_Notify_Follower',
        label: 'A follower gets the reply too, after the contact',
        runAs: 'engineer',
        given: walterFollows(OPEN_CASE),
        record: { Case__c: OPEN_CASE, Action__c: 'Reply', Body__c: 'Please send the log.' },
        expect: {
            emails: [
                { recipientId: DANA },
                {
                    recipientId: undefined,
                    bccRecipientAddressCollection: [WALTER_EMAIL],
                    relatedRecordId: OPEN_CASE,
                    emailSubject: '[Case 00001026] Thycotic replied: Discovery scan stops at 40%',
                    senderAddress: 'support@thycotic.com'
                }
            ]
        }
    },
    {
        flow: 'Support_Case_Reply_Notify',
        name: 'Reply_Notify_Follower_German',
        label: 'A follower whose portal language is German gets it in German',
        runAs: 'engineer',
        given: both(walterFollows(OPEN_CASE), walter({ LanguageLocaleKey: 'de' })),
        record: { Case__c: OPEN_CASE, Action__c: 'Reply', Body__c: 'Bitte das Protokoll.' },
        expect: {
            emails: [
                { recipientId: DANA, emailSubject: '[Case 00001026] Thycotic replied: Discovery scan stops at 40%' },
                {
                    bccRecipientAddressCollection: [WALTER_EMAIL],
                    emailSubject: '[Fall 00001026] Antwort von Thycotic: Discovery scan stops at 40%'
                }
            ]
        }
    },
    {
        flow: 'Support_Case_Reply_Notify',
        name: 'Reply_Notify_Follower_Replies_Off',
        label: 'A follower who turned reply emails off gets none',
        runAs: 'engineer',
        given: both(walterFollows(OPEN_CASE), walter({ No_Reply_Emails__c: true })),
        record: { Case__c: OPEN_CASE, Action__c: 'Reply', Body__c: 'Please send the log.' },
        expect: { emails: [{ recipientId: DANA }] }
    },
    {
        flow: 'Support_Case_Reply_Notify',
        name: 'Reply_Notify_Follower_Deactivated',
        label: 'A follower whose portal user is deactivated gets none',
        runAs: 'engineer',
        given: both(walterFollows(OPEN_CASE), walter({ IsActive: false })),
        record: { Case__c: OPEN_CASE, Action__c: 'Reply', Body__c: 'Please send the log.' },
        expect: { emails: [{ recipientId: DANA }] }
    },
    {
        flow: 'Support_Case_Reply_Notify',
        name: 'Reply_Notify_Contact_Off_Follower_On',
        label: 'The contact turned replies off: the follower still gets them',
        runAs: 'engineer',
        given: both(
            walterFollows(OPEN_CASE),
            (data) =>
                (data.User = data.User.map((user) =>
                    user.Id === DEMO_USER_ID ? { ...user, No_Reply_Emails__c: true } : user
                ))
        ),
        record: { Case__c: OPEN_CASE, Action__c: 'Reply', Body__c: 'Please send the log.' },
        expect: { emails: [{ bccRecipientAddressCollection: [WALTER_EMAIL] }] }
    },
    {
        flow: 'Support_Case_Reply_Notify',
        name: 'Reply_Notify_Other_Case_Follower',
        label: 'A follower of another case is not emailed',
        runAs: 'engineer',
        given: walterFollows(OTHER_CASE),
        record: { Case__c: OPEN_CASE, Action__c: 'Reply', Body__c: 'Please send the log.' },
        expect: { emails: [{ recipientId: DANA }] }
    },
    {
        flow: 'Support_Case_Reply_Notify',
        name: 'Reply_Notify_Follower_Send_Fails',
        label: 'Emails that cannot be sent take the fault path, follower by follower: the reply stays saved',
        runAs: 'engineer',
        failEmails: true,
        given: walterFollows(OPEN_CASE),
        record: { Case__c: OPEN_CASE, Action__c: 'Reply', Body__c: 'Please send the log.' },
        expect: { emails: [] }
    },
    {
        flow: 'Support_Case_Reply_Notify',
        name: 'Reply_Notify_Followers_Unreadable',
        label: 'Followers that cannot be read: the contact is emailed, the reply stays saved',
        runAs: 'engineer',
        failQueries: ['Case_Follower__c'],
        given: walterFollows(OPEN_CASE),
        record: { Case__c: OPEN_CASE, Action__c: 'Reply', Body__c: 'Please send the log.' },
        expect: { emails: [{ recipientId: DANA }] }
    },
    // Support_Case_Status_Notify (after save, update): the customer is told when the case starts waiting on them, and when Thycotic closes it.
    ...statusNotifyCases(),
    // Support_Case_Owner_Notify and Support_Case_File_Notify (after save): the case's owner, or its queue, hears of the customer.
    ...ownerNotifyCases()
];

function ownerNotifyCases() {
    const QUEUE = '00GTEST000000001AAA';
    /** The open case owned by a queue with its own email address. */
    const queueOwns = (data) => {
        data.Group = [
            {
                Id: QUEUE,
                Name: 'Support Queue',
                DeveloperName: 'Support_Queue',
                Type: 'Queue',
                Email: 'queue@thycotic.example'
            }
        ];
        data.Case = data.Case.map((c) => (c.Id === OPEN_CASE ? { ...c, OwnerId: QUEUE } : c));
    };
    const message = (Action__c) => ({ Case__c: OPEN_CASE, Action__c, Body__c: 'Here is the log.' });
    const file = { FirstPublishLocationId: OPEN_CASE, PathOnClient: 'discovery.log', Title: 'discovery' };
    const subject = (what) => `[Case 00001026] Dana Scully ${what}: Discovery scan stops at 40%`;
    return [
        {
            flow: 'Support_Case_Owner_Notify',
            name: 'Owner_Notify_Customer_Reply',
            label: "A customer's reply emails the case's owner",
            runAs: 'customer',
            record: message('Reply'),
            expect: {
                emails: [
                    {
                        recipientId: SUPPORT_ENGINEER_ID,
                        emailSubject: subject('replied'),
                        senderAddress: 'support@thycotic.com'
                    }
                ]
            }
        },
        {
            flow: 'Support_Case_Owner_Notify',
            name: 'Owner_Notify_Customer_Reopen',
            label: 'Reopening too',
            runAs: 'customer',
            record: message('Reopen'),
            expect: { emails: [{ recipientId: SUPPORT_ENGINEER_ID, emailSubject: subject('reopened') }] }
        },
        {
            flow: 'Support_Case_Owner_Notify',
            name: 'Owner_Notify_Customer_Close',
            label: 'A customer closing their case is not news for the owner',
            runAs: 'customer',
            record: message('Close'),
            expect: { emails: [] }
        },
        {
            flow: 'Support_Case_Owner_Notify',
            name: 'Owner_Notify_Thycotic_Reply',
            label: "Thycotic's own reply does not email Thycotic",
            runAs: 'engineer',
            record: message('Reply'),
            expect: { emails: [] }
        },
        {
            flow: 'Support_Case_Owner_Notify',
            name: 'Owner_Notify_Queue',
            label: "A case a queue owns: the queue's address",
            runAs: 'customer',
            given: queueOwns,
            record: message('Reply'),
            expect: { emails: [{ emailAddresses: 'queue@thycotic.example', emailSubject: subject('replied') }] }
        },
        {
            flow: 'Support_Case_Owner_Notify',
            name: 'Owner_Notify_Send_Fails',
            label: 'An email that cannot be sent takes the fault path: the reply stays saved',
            runAs: 'customer',
            failEmails: true,
            record: message('Reply'),
            expect: { emails: [] }
        },
        {
            flow: 'Support_Case_File_Notify',
            name: 'File_Notify_Customer',
            label: "A customer's file on a case emails the case's owner",
            runAs: 'customer',
            record: file,
            expect: {
                emails: [
                    {
                        recipientId: SUPPORT_ENGINEER_ID,
                        emailSubject: subject('attached a file'),
                        senderAddress: 'support@thycotic.com'
                    }
                ]
            }
        },
        {
            flow: 'Support_Case_File_Notify',
            name: 'File_Notify_Thycotic',
            label: "Thycotic's own file emails no one",
            runAs: 'engineer',
            record: file,
            expect: { emails: [] }
        },
        {
            flow: 'Support_Case_File_Notify',
            name: 'File_Notify_Not_A_Case',
            label: 'A file published elsewhere than a case emails no one',
            runAs: 'customer',
            record: { ...file, FirstPublishLocationId: ACME },
            expect: { emails: [] }
        },
        {
            flow: 'Support_Case_File_Notify',
            name: 'File_Notify_Queue',
            label: "A case a queue owns: the queue's address",
            runAs: 'customer',
            given: queueOwns,
            record: file,
            expect: { emails: [{ emailAddresses: 'queue@thycotic.example' }] }
        },
        {
            flow: 'Support_Case_File_Notify',
            name: 'File_Notify_Send_Fails',
            label: 'An email that cannot be sent takes the fault path: the file stays',
            runAs: 'customer',
            failEmails: true,
            record: file,
            expect: { emails: [] }
        }
    ];
}

/**
 * Support_Case_Status_Notify's cases: an after-save flow's case is a record saved anew, so its case
 * number is the demo data's next (00001027).
 */
function statusNotifyCases() {
    const caseRecord = (fields) => ({
        Subject: 'Scan stops',
        ContactId: DANA,
        AccountId: ACME,
        Origin: 'Web',
        ...fields
    });
    const waiting = caseRecord({ Status: 'Waiting on Customer', IsClosed: false });
    const closed = caseRecord({ Status: 'Closed', IsClosed: true });
    const working = { Status: 'Working', IsClosed: false };
    const german = (data) => {
        data.User = data.User.map((user) => (user.Id === DEMO_USER_ID ? { ...user, LanguageLocaleKey: 'de' } : user));
    };
    const choices = (fields) => (data) => {
        data.User = data.User.map((user) => (user.Id === DEMO_USER_ID ? { ...user, ...fields } : user));
    };
    const flow = 'Support_Case_Status_Notify';
    return [
        {
            flow,
            name: 'Status_Notify_Waiting',
            label: 'The case starts waiting on the customer: they are emailed',
            runAs: 'engineer',
            record: waiting,
            prior: working,
            expect: {
                emails: [
                    {
                        recipientId: DANA,
                        emailSubject: '[Case 00001027] Thycotic is waiting for your answer: Scan stops',
                        senderAddress: 'support@thycotic.com'
                    }
                ]
            }
        },
        {
            flow,
            name: 'Status_Notify_Waiting_German',
            label: 'In German for a German contact',
            runAs: 'engineer',
            given: german,
            record: waiting,
            prior: working,
            expect: { emails: [{ emailSubject: '[Fall 00001027] Thycotic wartet auf Ihre Antwort: Scan stops' }] }
        },
        {
            flow,
            name: 'Status_Notify_Working',
            label: 'Back to Working is not news to the customer',
            runAs: 'engineer',
            record: caseRecord(working),
            prior: { Status: 'Waiting on Customer', IsClosed: false },
            expect: { emails: [] }
        },
        {
            flow,
            name: 'Status_Notify_Status_Unchanged',
            label: 'A change that leaves the status as it was sends nothing',
            runAs: 'engineer',
            record: waiting,
            prior: { Status: 'Waiting on Customer', IsClosed: false },
            expect: { emails: [] }
        },
        {
            flow,
            name: 'Status_Notify_Waiting_No_Contact',
            label: 'A waiting case without a contact has no one to email',
            runAs: 'engineer',
            record: { ...waiting, ContactId: null },
            prior: working,
            expect: { emails: [] }
        },
        {
            flow,
            name: 'Status_Notify_Closed',
            label: 'Thycotic closes the case: the customer is emailed',
            runAs: 'engineer',
            record: closed,
            prior: working,
            expect: { emails: [{ recipientId: DANA, emailSubject: '[Case 00001027] Closed: Scan stops' }] }
        },
        {
            flow,
            name: 'Status_Notify_Closed_German',
            label: 'In German for a German contact',
            runAs: 'engineer',
            given: german,
            record: closed,
            prior: working,
            expect: { emails: [{ emailSubject: '[Fall 00001027] Geschlossen: Scan stops' }] }
        },
        {
            flow,
            name: 'Status_Notify_Closed_By_Customer',
            label: 'A customer who closes their own case is not emailed',
            runAs: 'customer',
            record: closed,
            prior: working,
            expect: { emails: [] }
        },
        {
            flow,
            name: 'Status_Notify_Closed_No_Contact',
            label: 'A closed case without a contact has no one to email',
            runAs: 'engineer',
            record: { ...closed, ContactId: null },
            prior: working,
            expect: { emails: [] }
        },
        {
            flow,
            name: 'Status_Notify_Email_Case',
            label: 'A case filed by email is named "your email", never by its subject (it carries the PIN)',
            runAs: 'engineer',
            record: { ...closed, Origin: 'Email', Subject: 'PIN 48213907 scan stops' },
            prior: working,
            expect: { emails: [{ emailSubject: '[Case 00001027] Closed: your email to Thycotic Support' }] }
        },
        {
            flow,
            name: 'Status_Notify_Waiting_Off',
            label: 'A contact who turned waiting emails off gets none; the closed email still comes',
            runAs: 'engineer',
            given: choices({ No_Waiting_Emails__c: true }),
            record: waiting,
            prior: working,
            expect: { emails: [] }
        },
        {
            flow,
            name: 'Status_Notify_Closed_Waiting_Off',
            label: 'Waiting emails off: the closed email still comes',
            runAs: 'engineer',
            given: choices({ No_Waiting_Emails__c: true, No_Reply_Emails__c: true }),
            record: closed,
            prior: working,
            expect: { emails: [{ recipientId: DANA, emailSubject: '[Case 00001027] Closed: Scan stops' }] }
        },
        {
            flow,
            name: 'Status_Notify_Closed_Off',
            label: 'A contact who turned closed emails off gets none',
            runAs: 'engineer',
            given: choices({ No_Closed_Emails__c: true }),
            record: closed,
            prior: working,
            expect: { emails: [] }
        },
        {
            flow,
            name: 'Status_Notify_Waiting_Closed_Off',
            label: 'Closed emails off: the waiting email still comes',
            runAs: 'engineer',
            given: choices({ No_Closed_Emails__c: true, No_Reply_Emails__c: true }),
            record: waiting,
            prior: working,
            expect: { emails: [{ recipientId: DANA }] }
        },
        {
            flow,
            name: 'Status_Notify_Waiting_Follower',
            label: 'A follower is told the case waits, after the contact',
            runAs: 'engineer',
            givenSaved: (id) => ({ Case_Follower__c: [followerOf(id)] }),
            record: waiting,
            prior: working,
            expect: {
                emails: [
                    { recipientId: DANA },
                    {
                        bccRecipientAddressCollection: [WALTER_EMAIL],
                        emailSubject: '[Case 00001027] Thycotic is waiting for your answer: Scan stops'
                    }
                ]
            }
        },
        {
            flow,
            name: 'Status_Notify_Waiting_Follower_German',
            label: 'A German follower is told in German',
            runAs: 'engineer',
            given: walter({ LanguageLocaleKey: 'de' }),
            givenSaved: (id) => ({ Case_Follower__c: [followerOf(id)] }),
            record: waiting,
            prior: working,
            expect: {
                emails: [
                    { recipientId: DANA },
                    {
                        bccRecipientAddressCollection: [WALTER_EMAIL],
                        emailSubject: '[Fall 00001027] Thycotic wartet auf Ihre Antwort: Scan stops'
                    }
                ]
            }
        },
        {
            flow,
            name: 'Status_Notify_Closed_Follower',
            label: 'A follower is told Thycotic closed the case',
            runAs: 'engineer',
            givenSaved: (id) => ({ Case_Follower__c: [followerOf(id)] }),
            record: closed,
            prior: working,
            expect: {
                emails: [
                    { recipientId: DANA },
                    {
                        bccRecipientAddressCollection: [WALTER_EMAIL],
                        emailSubject: '[Case 00001027] Closed: Scan stops'
                    }
                ]
            }
        },
        {
            flow,
            name: 'Status_Notify_Closed_Follower_German',
            label: 'A German follower is told in German that the case is closed',
            runAs: 'engineer',
            given: walter({ LanguageLocaleKey: 'de' }),
            givenSaved: (id) => ({ Case_Follower__c: [followerOf(id)] }),
            record: closed,
            prior: working,
            expect: {
                emails: [
                    { recipientId: DANA },
                    {
                        bccRecipientAddressCollection: [WALTER_EMAIL],
                        emailSubject: '[Fall 00001027] Geschlossen: Scan stops'
                    }
                ]
            }
        },
        {
            flow,
            name: 'Status_Notify_Follower_Waiting_Off',
            label: 'A follower who turned waiting emails off is not told the case waits',
            runAs: 'engineer',
            given: walter({ No_Waiting_Emails__c: true }),
            givenSaved: (id) => ({ Case_Follower__c: [followerOf(id)] }),
            record: waiting,
            prior: working,
            expect: { emails: [{ recipientId: DANA }] }
        },
        {
            flow,
            name: 'Status_Notify_Follower_Waiting_Off_Closed',
            label: 'A follower who turned waiting emails off is still told the case is closed',
            runAs: 'engineer',
            given: walter({ No_Waiting_Emails__c: true }),
            givenSaved: (id) => ({ Case_Follower__c: [followerOf(id)] }),
            record: closed,
            prior: working,
            expect: { emails: [{ recipientId: DANA }, { bccRecipientAddressCollection: [WALTER_EMAIL] }] }
        },
        {
            flow,
            name: 'Status_Notify_Follower_Closed_Off',
            label: 'A follower who turned closed emails off is not told the case is closed',
            runAs: 'engineer',
            given: walter({ No_Closed_Emails__c: true }),
            givenSaved: (id) => ({ Case_Follower__c: [followerOf(id)] }),
            record: closed,
            prior: working,
            expect: { emails: [{ recipientId: DANA }] }
        },
        {
            flow,
            name: 'Status_Notify_Follower_Closed_Off_Waiting',
            label: 'A follower who turned closed emails off is still told the case waits',
            runAs: 'engineer',
            given: walter({ No_Closed_Emails__c: true }),
            givenSaved: (id) => ({ Case_Follower__c: [followerOf(id)] }),
            record: waiting,
            prior: working,
            expect: { emails: [{ recipientId: DANA }, { bccRecipientAddressCollection: [WALTER_EMAIL] }] }
        },
        {
            flow,
            name: 'Status_Notify_Contact_Off_Follower_On',
            label: 'The contact turned waiting emails off: the follower is still told',
            runAs: 'engineer',
            given: choices({ No_Waiting_Emails__c: true }),
            givenSaved: (id) => ({ Case_Follower__c: [followerOf(id)] }),
            record: waiting,
            prior: working,
            expect: { emails: [{ bccRecipientAddressCollection: [WALTER_EMAIL] }] }
        },
        {
            flow,
            name: 'Status_Notify_Contact_Closed_Off_Follower_On',
            label: 'The contact turned closed emails off: the follower is still told',
            runAs: 'engineer',
            given: choices({ No_Closed_Emails__c: true }),
            givenSaved: (id) => ({ Case_Follower__c: [followerOf(id)] }),
            record: closed,
            prior: working,
            expect: { emails: [{ bccRecipientAddressCollection: [WALTER_EMAIL] }] }
        },
        {
            flow,
            name: 'Status_Notify_Other_Case_Follower',
            label: 'A follower of another case is not told',
            runAs: 'engineer',
            given: walterFollows(OPEN_CASE),
            record: waiting,
            prior: working,
            expect: { emails: [{ recipientId: DANA }] }
        },
        {
            flow,
            name: 'Status_Notify_Follower_Send_Fails',
            label: 'Emails that cannot be sent take the fault path, follower by follower',
            runAs: 'engineer',
            failEmails: true,
            givenSaved: (id) => ({ Case_Follower__c: [followerOf(id)] }),
            record: waiting,
            prior: working,
            expect: { emails: [] }
        },
        {
            flow,
            name: 'Status_Notify_Followers_Unreadable',
            label: 'Followers that cannot be read: the contact is told, the change stays saved',
            runAs: 'engineer',
            failQueries: ['Case_Follower__c'],
            record: waiting,
            prior: working,
            expect: { emails: [{ recipientId: DANA }] }
        },
        {
            flow,
            name: 'Status_Notify_Send_Fails',
            label: 'An email that cannot be sent takes the fault path: the change stays saved',
            runAs: 'engineer',
            failEmails: true,
            record: waiting,
            prior: working,
            expect: { emails: [] }
        }
    ];
}
