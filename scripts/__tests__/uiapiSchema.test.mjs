// The UI API schema built from the metadata, and the query rules: each rule must catch a
// broken query and name the cause, and the components' own queries must pass.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildSchema } from 'graphql';
import { readProjectMetadata } from '../../org-model/projectMetadata.mjs';
import { uiapiSdl } from '../../org-model/uiapiSchema.mjs';
import { uiapiQueryProblems } from '../../org-model/uiapiQueryRules.mjs';
import { componentAudience, componentAudiences, componentQueries } from '../lib/componentQueries.mjs';
import { CUSTOMER_PERMISSION_SETS, ENGINEER_PERMISSION_SETS, accessFor } from '../../org-model/access.mjs';

const metadata = readProjectMetadata();
const customer = buildSchema(uiapiSdl(metadata, CUSTOMER_PERMISSION_SETS));
const engineer = buildSchema(uiapiSdl(metadata, ENGINEER_PERMISSION_SETS));
const admin = buildSchema(uiapiSdl(metadata));

const query = (body) => `query q { uiapi { query { ${body} } } }`;

test("every component's query passes as its users: the portal customer, the support engineer, or each", () => {
    const queries = componentQueries();
    assert.ok(queries.length >= 2);
    for (const { component, name, query: source } of queries) {
        for (const audience of componentAudiences(undefined, component)) {
            assert.deepEqual(
                uiapiQueryProblems(audience === ENGINEER_PERMISSION_SETS ? engineer : customer, source),
                [],
                `${name} as ${audience}`
            );
        }
    }
    const verify = queries.find((q) => q.component === 'supportPinVerify');
    assert.deepEqual(componentAudiences(undefined, 'supportPinVerify'), [['Support_Engineer']]);
    assert.deepEqual(componentAudiences(undefined, 'supportPortal'), [['Support_Portal_Customer']]);
    // The case page's conversation runs on the portal and in the Thycotic Support app: both check it.
    assert.deepEqual(componentAudiences(undefined, 'supportCaseConversation'), [
        ['Support_Portal_Customer'],
        ['Support_Engineer']
    ]);
    // Its size counts where the portal loads it.
    assert.deepEqual(componentAudience(undefined, 'supportCaseConversation'), ['Support_Portal_Customer']);
    assert.deepEqual(componentAudience(undefined, 'supportPinVerify'), ['Support_Engineer']);
    // A customer reads their company's verifications (the Support access page) as the engineer's query does;
    // the sharing set, not the schema, keeps other companies' out (sharing.mjs).
    assert.deepEqual(uiapiQueryProblems(customer, verify.query), []);
});

test('builds object types, filters, order and connections from the metadata', () => {
    const pin = customer.getType('Support_PIN__c');
    assert.equal(pin.getFields().PIN__c.type.toString(), 'StringValue');
    assert.equal(pin.getFields().Expires_At__c.type.toString(), 'DateTimeValue');
    assert.equal(pin.getFields().Kind__c.type.toString(), 'PicklistValue');
    assert.equal(pin.getFields().Is_Active__c.type.toString(), 'BooleanValue');
    assert.equal(pin.getFields().Account__r.type.toString(), 'Account');
    assert.equal(
        customer.getType('Account').getFields().Support_Licenses__r.type.toString(),
        'Support_License__cConnection'
    );
    assert.equal(
        customer.getType('Support_PIN__c_Filter').getFields().Expires_At__c.type.toString(),
        'DateTimeOperators'
    );
    assert.ok(customer.getType('Case_OrderBy').getFields().LastModifiedDate);
    assert.equal(
        customer.getType('Case_Filter').getFields().Description,
        undefined,
        'a long text area is not filterable'
    );
});

test('a misspelled field is refused, naming the field', () => {
    assert.deepEqual(
        uiapiQueryProblems(customer, query('Account { edges { node { Suport_Product__c { value } } } }')),
        ['Cannot query field "Suport_Product__c" on type "Account". Did you mean "Support_Product__c"?']
    );
});

test('a field the customer permission set does not grant is not in the customer’s schema', () => {
    // Case.PIN_Check__c is granted; Case.PIN__c is not (colleagues never read a PIN on a case); engineers have both.
    const granted = query('Case { edges { node { PIN_Check__c { value } } } }');
    assert.deepEqual(uiapiQueryProblems(customer, granted), []);
    const withheld = structuredClone(metadata);
    delete withheld.permissionSets.Support_Portal_Customer.fields['Case.PIN_Check__c'];
    const narrower = buildSchema(uiapiSdl(withheld, CUSTOMER_PERMISSION_SETS));
    assert.deepEqual(uiapiQueryProblems(narrower, granted), ['Cannot query field "PIN_Check__c" on type "Case".']);
    const pin = query('Case { edges { node { PIN__c { value } } } }');
    assert.deepEqual(uiapiQueryProblems(customer, pin), ['Cannot query field "PIN__c" on type "Case".']);
    assert.deepEqual(uiapiQueryProblems(admin, pin), []);
});

test('a child relationship under a parent traversal is refused', () => {
    const problems = uiapiQueryProblems(
        customer,
        query(
            'User(first: 1) { edges { node { Contact { Account { Support_Licenses__r(first: 200) { edges { node { Id } } } } } } } }'
        )
    );
    assert.deepEqual(problems, [
        'User.edges.node.Contact.Account.Support_Licenses__r: a child relationship under a parent relationship; the UI API allows child relationships only on the root object (as SOQL)'
    ]);
});

test('a child relationship of a child relationship is refused', () => {
    assert.deepEqual(
        uiapiQueryProblems(
            customer,
            query('Account { edges { node { Contacts { edges { node { Cases { edges { node { Id } } } } } } } } }')
        ),
        [
            'Account.edges.node.Contacts.edges.node.Cases: a child relationship of a child relationship; the UI API allows one level only'
        ]
    );
    // One level, at the root, is fine.
    assert.deepEqual(
        uiapiQueryProblems(customer, query('Account { edges { node { Cases(first: 5) { edges { node { Id } } } } } }')),
        []
    );
});

test('first above 2000 is refused, as a literal or a variable', () => {
    assert.deepEqual(uiapiQueryProblems(customer, query('Case(first: 2001) { edges { node { Id } } }')), [
        'Case: first: 2001; a subquery returns at most 2000 records'
    ]);
    assert.deepEqual(
        uiapiQueryProblems(
            customer,
            'query q($n: Int) { uiapi { query { Case(first: $n) { edges { node { Id } } } } } }',
            {
                n: 5000
            }
        ),
        ['Case: first: 5000; a subquery returns at most 2000 records']
    );
});

test('a filter on a field that cannot be filtered is refused', () => {
    assert.deepEqual(
        uiapiQueryProblems(customer, query('Case(where: { Description: { like: "%x%" } }) { edges { node { Id } } }')),
        ['Field "Description" is not defined by type "Case_Filter".']
    );
});

test('more than 10 subqueries are refused', () => {
    const roots = Array.from({ length: 11 }, (_, i) => `c${i}: Case { edges { node { Id } } }`).join(' ');
    assert.deepEqual(uiapiQueryProblems(customer, query(roots)), ['11 subqueries; a query may contain at most 10']);
});

test('semi-joins take a filter of the joined object and the field to join on', () => {
    assert.deepEqual(
        uiapiQueryProblems(
            customer,
            query(
                'Support_License__c(where: { Account__c: { inq: { User: { Id: { eq: "005x" } }, ApiName: "AccountId" } } }) { edges { node { Id } } }'
            )
        ),
        []
    );
});

test('ContentDocumentLink is read only by Id, record or document, as SOQL requires', () => {
    const links = (where, variables) =>
        uiapiQueryProblems(
            customer,
            `query q${where.includes('$caseId') ? '($caseId: ID)' : ''} { uiapi { query { ContentDocumentLink${where} { edges { node { Id ContentDocument { Title { value } } } } } } } }`,
            variables
        );
    assert.deepEqual(links('(where: { LinkedEntityId: { eq: $caseId } })', { caseId: '500x' }), []);
    assert.deepEqual(
        links('(where: { and: [{ Visibility: { eq: "AllUsers" } }, { ContentDocumentId: { in: ["069x"] } }] })'),
        []
    );
    const refused = [
        "ContentDocumentLink: Implementation restriction: ContentDocumentLink requires a filter by a single Id on ContentDocumentId or LinkedEntityId using the equals operator or multiple Id's using the IN operator."
    ];
    assert.deepEqual(links(''), refused);
    assert.deepEqual(links('(where: { Visibility: { eq: "AllUsers" } })'), refused);
    assert.deepEqual(links('(where: { LinkedEntityId: { ne: $caseId } })', { caseId: '500x' }), refused);
    // Through a case, the link is filtered by its record already.
    assert.deepEqual(
        uiapiQueryProblems(
            customer,
            query('Case { edges { node { ContentDocumentLinks { edges { node { Visibility { value } } } } } } }')
        ),
        []
    );
});

const ARTICLE = query(
    'Knowledge__kav(where: { PublishStatus: { eq: "Online" } }) { edges { node { Title { value } Body__c { value } Product__c { value } } } }'
);

test('a customer reads Knowledge through Support_Portal_Customer: the object and its fields, never more', () => {
    assert.deepEqual(uiapiQueryProblems(customer, ARTICLE), []);
    // Without its field permission on Body__c: the body is not in the customer's schema.
    const withheld = structuredClone(metadata);
    delete withheld.permissionSets.Support_Portal_Customer.fields['Knowledge__kav.Body__c'];
    assert.deepEqual(uiapiQueryProblems(buildSchema(uiapiSdl(withheld, CUSTOMER_PERMISSION_SETS)), ARTICLE), [
        'Cannot query field "Body__c" on type "Knowledge__kav".'
    ]);
    // Engineers do not read articles through the portal's set.
    assert.notDeepEqual(uiapiQueryProblems(engineer, ARTICLE), []);
    const access = accessFor(metadata, CUSTOMER_PERMISSION_SETS);
    assert.equal(access.object('Knowledge__kav').read, true);
    assert.equal(access.object('Knowledge__kav').create, false);
    assert.equal(access.canWriteField('Knowledge__kav', 'Body__c'), false);
});

test('the Knowledge body is rich text: in the schema as the UI API types it, neither filterable nor sortable', () => {
    const kav = customer.getType('Knowledge__kav');
    assert.equal(kav.getFields().Body__c.type.toString(), 'RichTextAreaValue');
    assert.equal(kav.getFields().Summary.type.toString(), 'TextAreaValue');
    assert.equal(customer.getType('Knowledge__kav_Filter').getFields().Body__c, undefined);
    assert.equal(customer.getType('Knowledge__kav_OrderBy').getFields().Body__c, undefined);
    assert.equal(customer.getType('Knowledge__kav_Filter').getFields().Language.type.toString(), 'PicklistOperators');
    assert.equal(
        customer.getType('Knowledge__kav_Filter').getFields().IsVisibleInCsp.type.toString(),
        'BooleanOperators'
    );
});

test('access adds up over the permission sets a user holds, and names a set that does not exist', () => {
    // A customer who also writes articles: the author set's grants on top of the customer's.
    const both = accessFor(metadata, ['Support_Portal_Customer', 'Support_Knowledge_Author']);
    const customerOnly = accessFor(metadata, 'Support_Portal_Customer');
    const authorOnly = accessFor(metadata, 'Support_Knowledge_Author');
    assert.equal(customerOnly.object('Knowledge__kav').create, false);
    assert.equal(both.object('Knowledge__kav').create, true);
    assert.equal(both.object('Knowledge__kav').delete, false);
    assert.equal(customerOnly.canWriteField('Knowledge__kav', 'Body__c', { update: true }), false);
    assert.equal(both.canWriteField('Knowledge__kav', 'Body__c', { update: true }), true);
    // What the customer set grants stays granted; the author set alone grants none of it.
    assert.equal(authorOnly.object('Article_Suggestion__c').create, false);
    assert.equal(both.object('Article_Suggestion__c').create, true);
    assert.equal(both.canWriteField('Article_Suggestion__c', 'Answering_Article__c'), true);
    assert.equal(both.object('Article_Suggestion__c').edit, false);
    assert.throws(() => accessFor(metadata, ['Support_Portal_Customer', 'Nope']), /No permission set Nope/);
});
