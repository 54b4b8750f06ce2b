// The install's verification cannot reach an org here: its dry run, and its
// verdicts over canned CLI answers (a healthy org and a broken one), are what
// these tests prove.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checks, graphqlProblems, parseOptions, readsKnowledge, variablesFor, verify } from '../verify-scratch.mjs';
import { componentQueries } from '../lib/componentQueries.mjs';
import { demoArticles } from '../lib/portalSetup.mjs';

test('reads its options, with defaults', () => {
    assert.deepEqual(parseOptions([]), { alias: 'support-portal', dryRun: false, help: false });
    assert.deepEqual(parseOptions(['--alias', 'demo', '--dry-run']), { alias: 'demo', dryRun: true, help: false });
});

test('a dry run prints every check and its commands, runs nothing and fails nothing', async () => {
    const lines = [];
    const failures = await verify({ alias: 'demo', dryRun: true }, (line) => lines.push(line));
    assert.equal(failures, 0);
    const titles = checks({ alias: 'demo' }).map((check) => check.title);
    for (const title of titles) {
        assert.ok(lines.includes(`\n${title}`), title);
    }
    // One check per GraphQL query in the components, each sent to the org's GraphQL endpoint.
    for (const { component, name } of componentQueries()) {
        assert.ok(titles.includes(`${component}'s GraphQL query ${name} runs without errors`), name);
    }
    assert.ok(componentQueries().length >= 2);
    const commands = lines.filter((line) => line.startsWith('  $ '));
    assert.ok(commands.some((c) => /api request rest \/services\/data\/v\d+\.0\/graphql --method POST/.test(c)));
    assert.ok(commands.some((c) => c.includes("PermissionSet.Name = 'Support_Portal_Customer'")));
    // Knowledge, always: the UI API's object info, the author set, the articles; no reader set.
    assert.ok(!commands.some((c) => c.includes('sobject describe')));
    assert.ok(
        commands.some((c) =>
            /api request rest \/services\/data\/v\d+\.0\/ui-api\/object-info\/Knowledge__kav --method GET/.test(c)
        )
    );
    assert.ok(commands.some((c) => c.includes("PermissionSet.Name = 'Support_Knowledge_Author'")));
    assert.ok(!commands.some((c) => c.includes('Knowledge_Reader')));
    assert.ok(
        commands.some((c) => c.includes("FROM Knowledge__kav WHERE PublishStatus = 'Online' AND Language = 'de'"))
    );
    assert.ok(commands.some((c) => c.includes("FROM Network WHERE Name = 'Support Portal'")));
    assert.ok(commands.some((c) => c.startsWith('  $ GET https://')));
    assert.equal(lines.filter((line) => line === '- (dry run)').length, titles.length);
});

test('fills a query’s variables as the component would', () => {
    const query =
        'query q($userId: ID, $now: DateTime, $where: Case_Filter) { uiapi { query { Case { edges { node { Id } } } } } }';
    // The Cases tab's All view: the empty filter, which the org must take (never an undefined variable).
    assert.deepEqual(variablesFor(query, { userId: '005x', now: '2026-11-23T00:00:00.000Z' }), {
        userId: '005x',
        now: '2026-11-23T00:00:00.000Z',
        where: {}
    });
    // The case page's files: the demo case's, by its Id.
    const files = 'query f($caseId: ID, $first: Int) { uiapi { query { Case { edges { node { Id } } } } } }';
    assert.deepEqual(variablesFor(files, { caseId: '500x' }), { caseId: '500x' });
});

test('fills a Knowledge query’s variables as the portal would: published, for customers, in English', () => {
    const suggestions =
        'query s($where: Knowledge__kav_Filter, $first: Int) { uiapi { query { Knowledge__kav(where: $where, first: $first) { edges { node { Id } } } } } }';
    assert.deepEqual(variablesFor(suggestions, { userId: '005x' }), {
        where: {
            and: [{ PublishStatus: { eq: 'Online' } }, { Language: { eq: 'en_US' } }, { IsVisibleInCsp: { eq: true } }]
        },
        first: 5
    });
    const article =
        'query a($urlName: String, $language: Picklist) { uiapi { query { Knowledge__kav { edges { node { Id } } } } } }';
    assert.deepEqual(variablesFor(article, { urlName: 'saml-sso-login-loop' }), {
        urlName: 'saml-sso-login-loop',
        language: 'en_US'
    });
    // Other queries keep their own defaults.
    assert.deepEqual(
        variablesFor('query c($first: Int) { uiapi { query { Case { edges { node { Id } } } } } }', {}),
        {}
    );
    assert.equal(readsKnowledge(article), true);
    assert.equal(readsKnowledge('query c { uiapi { query { Case { edges { node { Id } } } } } }'), false);
});

test('reads GraphQL errors in words', () => {
    assert.deepEqual(graphqlProblems({ data: {}, errors: [] }), []);
    assert.deepEqual(graphqlProblems({ errors: [{ message: 'Cannot query field "Suport_Product__c"' }] }), [
        'Cannot query field "Suport_Product__c"'
    ]);
    assert.deepEqual(graphqlProblems([{ errorCode: 'INVALID_SESSION_ID' }]), ['INVALID_SESSION_ID']);
});

/** A stand-in for the CLI: answers each command from a table of canned org answers. */
function fakeOrg(answers) {
    const lines = [];
    const ctx = {
        dryRun: false,
        log: (line) => lines.push(line),
        sf: (args) => {
            const command = args.join(' ');
            const match = Object.entries(answers).find(([key]) => command.includes(key));
            // An Error stands for a command that fails (the CLI's non-zero exit).
            if (match?.[1] instanceof Error) {
                throw match[1];
            }
            return match ? match[1] : { result: { records: [] } };
        }
    };
    return { ctx, lines };
}

const [DEMO_ARTICLE] = demoArticles();

const HEALTHY = {
    'ui-api/object-info/Knowledge__kav': { apiName: 'Knowledge__kav', fields: { Body__c: {}, Product__c: {} } },
    "PermissionSet.Name = 'Support_Knowledge_Author'": { result: { records: [{ AssigneeId: '005a' }] } },
    'FROM Knowledge__kav': { result: { records: [{ Id: 'ka0x', UrlName: DEMO_ARTICLE.urlName }] } },
    'FROM Contact': { result: { records: [{ Id: '003x', Account: { User_Licenses__c: 5 } }] } },
    'FROM User WHERE ContactId': { result: { records: [{ Id: '005c', IsActive: true }] } },
    'FROM Support_License__c': { result: { records: [{ Id: 'a01x' }] } },
    'FROM Case': { result: { records: [{ Id: '500x' }] } },
    'org display user': { result: { id: '005a' } },
    "PermissionSet.Name = 'Support_Engineer'": { result: { records: [{ AssigneeId: '005a' }] } },
    "PermissionSet.Name = 'Support_Portal_Customer'": { result: { records: [{ AssigneeId: '005c' }] } },
    '/graphql': { data: { uiapi: {} }, errors: [] },
    'FROM Network': { result: { records: [{ Id: '0DBx', Status: 'UnderConstruction' }] } },
    'FROM FlowDefinitionView': {
        result: {
            records: [
                { ApiName: 'Support_PIN_Policy', IsActive: true },
                { ApiName: 'Support_Case_Message_Apply', IsActive: true },
                { ApiName: 'Support_PIN_Verification_Stamp', IsActive: true },
                { ApiName: 'Support_Case_Email_PIN', IsActive: true },
                { ApiName: 'Support_Case_Policy', IsActive: true },
                { ApiName: 'Support_Case_Status_Stamp', IsActive: true }
            ]
        }
    },
    'FROM EntityDefinition': {
        result: {
            records: [
                { QualifiedApiName: 'Account', ExternalSharingModel: 'Private' },
                { QualifiedApiName: 'Contact', ExternalSharingModel: 'ControlledByParent' },
                { QualifiedApiName: 'Case', ExternalSharingModel: 'Private' },
                { QualifiedApiName: 'Support_PIN__c', ExternalSharingModel: 'Private' }
            ]
        }
    }
};

test('passes what a healthy org answers, and fails, each in words, what a broken one does', async () => {
    const healthy = fakeOrg(HEALTHY);
    // Only the site check fails: the network is not Live.
    assert.equal(await verify({ alias: 'demo', dryRun: false }, healthy.ctx.log, healthy.ctx), 1);
    assert.ok(healthy.lines.includes("✗ FAIL: the network's status is UnderConstruction, not Live"));
    assert.equal(healthy.lines.filter((line) => line === '✓ pass').length, checks({ alias: 'demo' }).length - 1);

    const broken = fakeOrg({
        ...HEALTHY,
        'FROM User WHERE ContactId': { result: { records: [] } },
        "PermissionSet.Name = 'Support_Engineer'": { result: { records: [] } },
        '/graphql': { errors: [{ message: 'Invalid relationship Support_Licenses__r' }] },
        'FROM FlowDefinitionView': { result: { records: [{ ApiName: 'Support_PIN_Policy', IsActive: false }] } },
        'FROM EntityDefinition': {
            result: { records: [{ QualifiedApiName: 'Case', ExternalSharingModel: 'ReadWrite' }] }
        }
    });
    const failures = await verify({ alias: 'demo', dryRun: false }, broken.ctx.log, broken.ctx);
    // Every query fails, the Knowledge ones too: none is skipped.
    assert.equal(failures, 3 + componentQueries().length + 1);
    assert.ok(!broken.lines.some((line) => line.includes('skipped')));
    assert.ok(
        broken.lines.some(
            (line) =>
                line.startsWith(
                    '✗ FAIL: the flow Support_Case_Email_PIN is not active; the flow Support_Case_Message_Apply is not active; the flow Support_Case_Policy is not active; the flow Support_Case_Status_Stamp is not active; the flow Support_PIN_Policy is not active;'
                ) && line.includes("Case's external sharing is not Private")
        )
    );
    assert.ok(broken.lines.includes('✗ FAIL: no active portal user for Dana Scully'));
    assert.ok(
        broken.lines.includes(
            '✗ FAIL: the admin does not have Support_Engineer; the portal user does not have Support_Portal_Customer'
        )
    );
    assert.ok(broken.lines.includes('✗ FAIL: Invalid relationship Support_Licenses__r'));
});

test('names what Knowledge lacks: the UI API object, the admin’s author set, an article per language', async () => {
    const org = fakeOrg({
        // First: the answers are matched in order, and HEALTHY answers every Knowledge__kav query.
        "Language = 'de'": { result: { records: [] } },
        ...HEALTHY,
        'ui-api/object-info/Knowledge__kav': [
            { errorCode: 'NOT_FOUND', message: 'The requested resource does not exist' }
        ],
        "PermissionSet.Name = 'Support_Knowledge_Author'": { result: { records: [] } }
    });
    await verify({ alias: 'demo', dryRun: false }, org.ctx.log, org.ctx);
    assert.ok(
        org.lines.includes(
            '✗ FAIL: the UI API does not serve Knowledge__kav (object-info); the admin does not have Support_Knowledge_Author; no demo article is published for customers in de'
        )
    );
    // A demo article's URL name goes to the article page's query.
    const sent = [];
    const article = fakeOrg(HEALTHY);
    const sf = article.ctx.sf;
    article.ctx.sf = (args, options) => {
        sent.push(args.join(' '));
        return sf(args, options);
    };
    await verify({ alias: 'demo', dryRun: false }, article.ctx.log, article.ctx);
    if (componentQueries().some(({ query }) => /\$urlName/.test(query))) {
        assert.ok(sent.some((c) => c.includes('/graphql') && c.includes(`"urlName":"${DEMO_ARTICLE.urlName}"`)));
    }
});
