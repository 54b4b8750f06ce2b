// The install's verification cannot reach an org here: its dry run, and its
// verdicts over canned CLI answers (a healthy org and a broken one), are what
// these tests prove.
import { inOrgCases } from '../lib/flowTests.mjs';
import { readProjectMetadata } from '../../org-model/projectMetadata.mjs';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
    authorizationCode,
    checks,
    graphqlProblems,
    parseOptions,
    readsKnowledge,
    translatedStatusProblems,
    variablesFor,
    accessCsvVariables,
    verify
} from '../verify-scratch.mjs';
import { readCaseStatuses } from '../../org-model/caseStatuses.mjs';
import { componentAudience, componentQueries } from '../lib/componentQueries.mjs';
import { demoArticles } from '../lib/portalSetup.mjs';
import { httpRequest } from '../lib/sfRunner.mjs';
import { MISSING_CASE_ID, errorShapeProblems } from '../lib/errorShapesCheck.mjs';
import { fileTypeRuleProblems } from '../lib/fileSecurityCheck.mjs';
import { pinRefusalProblems } from '../lib/pinRefusalCheck.mjs';
import { pinRevocationProblems } from '../lib/pinRevocationCheck.mjs';
import { privilegedAccessChangeProblems } from '../lib/privilegedAccessChangeCheck.mjs';
import { readLabels } from '../../org-model/labels.mjs';

const REVOKE_NOT_AUTHORIZED = readLabels(
    new URL('../../force-app/main/default/labels/CustomLabels.labels-meta.xml', import.meta.url)
).get('Support_Policy_Revoke_Not_Authorized');
const ACCESS_CHANGE_NOT_ADMIN = readLabels(
    new URL('../../force-app/main/default/labels/CustomLabels.labels-meta.xml', import.meta.url)
).get('Support_Policy_Access_Change_Not_Admin');

/** The component queries portal customers run, and those engineers run (as the admin). */
const byCustomer = ({ component }) => componentAudience(undefined, component).includes('Support_Portal_Customer');
const customerQueries = componentQueries().filter(byCustomer);
const engineerQueries = componentQueries().filter((query) => !byCustomer(query));
/**
 * The GraphQL checks run as the customer: each customer query, the Support access CSV's reading, and
 * the Cases tab's scopes (one check, two requests).
 */
const customerGraphql = customerQueries.length + 2;

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
        assert.ok(
            titles.some((title) => title.startsWith(`${component}'s GraphQL query ${name} runs without errors`)),
            name
        );
    }
    assert.ok(componentQueries().length >= 2);
    const commands = lines.filter((line) => line.startsWith('  $ '));
    // The engineer's queries as the admin, through the CLI; the customer's on the site, as the customer.
    assert.ok(engineerQueries.length >= 1 && customerQueries.length >= 2);
    assert.equal(
        commands.filter((c) => /api request rest \/services\/data\/v\d+\.0\/graphql --method POST/.test(c)).length,
        engineerQueries.length
    );
    for (const { name } of customerQueries) {
        assert.ok(
            commands.includes(
                `  $ POST https://<site domain>/support/services/data/v64.0/graphql <${name} and its variables> (as the demo customer)`
            ),
            name
        );
    }
    // The customer signs in with headless login on the site, then reads the articles as the customer.
    const authorize = commands.indexOf('  $ POST https://<site domain>/support/services/oauth2/authorize');
    const token = commands.indexOf('  $ POST https://<site domain>/support/services/oauth2/token');
    const customerArticles = commands.findIndex(
        (c) =>
            c.includes(
                "/query?q=SELECT Id, UrlName FROM Knowledge__kav WHERE PublishStatus = 'Online' AND Language = 'de'"
            ) && c.endsWith('(as the demo customer)')
    );
    assert.ok(authorize > 0 && authorize < token && token < customerArticles);
    assert.ok(commands.some((c) => c.includes('FROM CaseStatus')));
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
    // The engineer's case page and the app's assignment, through the Tooling API.
    assert.ok(
        commands.some((c) =>
            c.includes(
                'data query --use-tooling-api --query "SELECT Id, DeveloperName, Type, EntityDefinitionId FROM FlexiPage WHERE DeveloperName = \'Thycotic_Support_Case\'"'
            )
        )
    );
    assert.ok(commands.some((c) => c.includes("FROM CustomApplication WHERE DeveloperName = 'Thycotic_Support'")));
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
    // The case page opened by a case number: the demo case's number.
    const byNumber = 'query n($caseNumber: String) { uiapi { query { Case { edges { node { Id } } } } } }';
    assert.deepEqual(variablesFor(byNumber, { caseId: '500x', caseNumber: '00001026' }), { caseNumber: '00001026' });
});

test('the Support access page asks every PIN and verification the customer reads; the CSV a range', () => {
    const ledger =
        'query l($pinWhere: Support_PIN__c_Filter, $pinFirst: Int, $verificationWhere: Support_PIN_Verification__c_Filter, $verificationFirst: Int) { uiapi { query { Support_PIN__c { edges { node { Id } } } } } }';
    assert.deepEqual(variablesFor(ledger, {}), { pinWhere: {}, verificationWhere: {} });
    const csv = accessCsvVariables(Date.parse('2026-11-23T00:00:00.000Z'));
    const range = { gte: { value: '2026-10-24T00:00:00.000Z' }, lt: { value: '2026-11-23T00:00:00.000Z' } };
    assert.deepEqual(csv.pinWhere.and[0], { or: [{ Issued_At__c: range }, { Revoked_At__c: range }] });
    assert.deepEqual(csv.verificationWhere, { Id: { eq: null } });
    assert.equal(csv.pinFirst, 2000);
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

/**
 * A stand-in for the org: the CLI answers each command from a table of canned answers, and the
 * site answers each HTTPS request (the customer's sign-in and calls) from another, by address.
 * Every request is recorded with its headers.
 */
function fakeOrg(answers, site = SITE) {
    const lines = [];
    const requests = [];
    const ctx = {
        dryRun: false,
        log: (line) => lines.push(line),
        sf: (args) => {
            const command = args.join(' ');
            const match = Object.entries(answers).find(([key]) => command.includes(key));
            // An Error stands for a command that fails (the CLI's non-zero exit); a function answers from the command.
            if (match?.[1] instanceof Error) {
                throw match[1];
            }
            if (typeof match?.[1] === 'function') {
                return match[1](args);
            }
            return match ? match[1] : { result: { records: [] } };
        },
        http: async (request) => {
            requests.push(request);
            lines.push(`  $ ${request.method} ${request.shown ?? request.url}`);
            const url = decodeURIComponent(request.url);
            const match = Object.entries(site).find(([key]) => url.includes(key));
            if (typeof match?.[1] === 'function') {
                return match[1](request);
            }
            return match ? match[1] : { status: 404, json: [{ errorCode: 'NOT_FOUND', message: 'no such resource' }] };
        }
    };
    return { ctx, lines, requests };
}

const SITE_URL = 'https://acme-portal.my.site.com/support';
const SIGN_IN = {
    siteUrl: SITE_URL,
    username: 'dana.scully.1@acme.example.portal',
    password: 'Pw-not-for-logs-42!',
    clientId: 'SupportPortalChecksabc',
    clientSecret: 'secret-not-for-logs'
};
const CUSTOMER_TOKEN = '00Dcustomer!session';

/** A sign-in file as the install writes it, in a temporary folder; answers its path and a cleanup. */
function signInFile(sign = SIGN_IN) {
    const dir = mkdtempSync(join(tmpdir(), 'support-portal-signin-test-'));
    const file = join(dir, 'demo-customer.json');
    writeFileSync(file, JSON.stringify(sign));
    return { file, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

const [DEMO_ARTICLE] = demoArticles();

const CASE_PAGE_OVERRIDE = {
    actionName: 'View',
    content: 'Thycotic_Support_Case',
    formFactor: 'Large',
    pageOrSobjectType: 'Case',
    skipRecordTypeSelect: false,
    type: 'flexipage'
};

const FILE_RULE_MESSAGE = readProjectMetadata().objects.ContentVersion.validationRules.find(
    (rule) => rule.name === 'No_Active_File_Type'
).errorMessage;

/** The REST API's answer to the customer's upload: the rule refuses an .html file (unless `stored`), a .log is stored. */
const contentVersionAnswer =
    ({ stored = false } = {}) =>
    (request) =>
        JSON.parse(request.body).PathOnClient.endsWith('.html') && !stored
            ? {
                  status: 400,
                  json: [{ errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION', message: FILE_RULE_MESSAGE, fields: [] }]
              }
            : { status: 201, json: { id: '068x', success: true, errors: [] } };

/** The retrieve of the org's file security: writes `xml` where the CLI unzips it. */
const RETRIEVE = 'project retrieve start --metadata Settings:FileUploadAndDownloadSecurity';
const retrieveAnswer = (xml) => (args) => {
    const dir = join(args[args.indexOf('--target-metadata-dir') + 1], 'unpackaged', 'settings');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'FileUploadAndDownloadSecurity.settings'), xml);
    return { status: 0, result: { success: true } };
};
const FILE_SECURITY_XML = readFileSync(
    new URL(
        '../../org-settings/main/default/settings/FileUploadAndDownloadSecurity.settings-meta.xml',
        import.meta.url
    ),
    'utf8'
);

/**
 * The REST API's answer to the customer's PINs in a healthy org: a value her company holds is refused
 * by Support_PIN_Uniqueness, and the refusal is recorded (`pinRefusals`, read by the admin's query).
 */
const pinValues = new Set();
let pinRefusals = 0;
const pinAnswer = (request) => {
    const value = JSON.parse(request.body).PIN__c;
    if (pinValues.has(value)) {
        pinRefusals += 1;
        return {
            status: 400,
            json: [
                {
                    errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION',
                    message: 'That PIN cannot be used. Try again for a new one.',
                    fields: ['PIN__c']
                }
            ]
        };
    }
    pinValues.add(value);
    return { status: 201, json: { id: 'a02x', success: true, errors: [] } };
};
const refusalRecords = () => ({
    result: {
        records: Array.from({ length: pinRefusals }, (_, i) => ({
            Id: `a0Rx${i}`,
            CreatedBy: { Name: 'Automated Process' }
        }))
    }
});

/**
 * A PIN Revocation in a healthy org: refused by Support_PIN_Revocation_Apply while the admin has taken
 * Privileged Access off her contact (`revokerAuthorized`, set by the admin's record update), applied otherwise.
 */
let revokerAuthorized = true;
const revocationAnswer = () =>
    revokerAuthorized
        ? { status: 201, json: { id: 'a0Wx', success: true, errors: [] } }
        : { status: 400, json: [{ errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION', message: REVOKE_NOT_AUTHORIZED }] };
const authorize = (value) => () => {
    revokerAuthorized = value;
    return { status: 0, result: { id: '003x' } };
};
/** Her PIN as she reads it back after ending it. */
const ENDED_PIN = {
    Id: 'a02x',
    CreatedById: '005c',
    Revoked_At__c: '2026-06-15T10:00:00.000+0000',
    Revoked_By__c: '005c',
    Revoked_By_Customer__c: true
};

/**
 * A Privileged Access Change in a healthy org: refused by Privileged_Access_Change_Apply while the admin has
 * taken Support Admin off her contact (`supportAdmin`, set by the admin's record update), applied otherwise.
 */
let supportAdmin = true;
const changeAnswer = () =>
    supportAdmin
        ? { status: 201, json: { id: 'a0Zx', success: true, errors: [] } }
        : { status: 400, json: [{ errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION', message: ACCESS_CHANGE_NOT_ADMIN }] };
const makeAdmin = (value) => () => {
    supportAdmin = value;
    return { status: 0, result: { id: '003x' } };
};

/** What the site answers the demo customer in a healthy org. */
const SITE = {
    '/sobjects/Privileged_Access_Change__c': changeAnswer,
    'FROM Contact WHERE Id': { status: 200, json: { records: [{ Id: '003x', Privileged_Access__c: true }] } },
    'FROM Privileged_Access_Change__c WHERE': {
        status: 200,
        json: { records: [{ Id: 'a0Zx', Applied_At__c: '2026-06-15T10:00:00.000+0000' }] }
    },
    '/sobjects/Support_PIN_Revocation__c': revocationAnswer,
    'FROM Support_PIN__c WHERE': { status: 200, json: { records: [ENDED_PIN] } },
    '/sobjects/ContentVersion': contentVersionAnswer(),
    '/sobjects/Support_PIN__c': pinAnswer,
    '/services/oauth2/authorize': {
        status: 302,
        location: `${SITE_URL}/services/oauth2/echo?code=aPrx.code&sfdc_community_url=${encodeURIComponent(SITE_URL)}`
    },
    '/services/oauth2/token': {
        status: 200,
        json: { access_token: CUSTOMER_TOKEN, sfdc_community_url: SITE_URL, token_type: 'Bearer' }
    },
    'ui-api/object-info/Knowledge__kav': {
        status: 200,
        json: { apiName: 'Knowledge__kav', fields: { Body__c: {}, Product__c: {} } }
    },
    'FROM Knowledge__kav': { status: 200, json: { records: [{ Id: 'ka0x', UrlName: DEMO_ARTICLE.urlName }] } },
    '/graphql': { status: 200, json: { data: { uiapi: {} }, errors: [] } },
    // A case that is not there, and a message on it, as the UI API answers them (errorShapesCheck.mjs).
    [`/ui-api/records/${MISSING_CASE_ID}`]: {
        status: 404,
        json: [{ errorCode: 'NOT_FOUND', message: 'The requested resource does not exist' }]
    },
    // The customer's own User record (their language), read and set as the language switch sets it.
    // The customer's own email choices save; the admin's User record is not theirs to change.
    '/ui-api/records/005a': {
        status: 403,
        json: [{ errorCode: 'INSUFFICIENT_ACCESS', message: 'insufficient access rights on object id' }]
    },
    'User.No_Reply_Emails__c': {
        status: 200,
        json: {
            fields: {
                No_Reply_Emails__c: { value: true },
                No_Waiting_Emails__c: { value: true },
                No_Closed_Emails__c: { value: true }
            }
        }
    },
    '/ui-api/records/': { status: 200, json: { fields: { LanguageLocaleKey: { value: 'en_US' } } } },
    // A follower the demo customer may not add (herself; a colleague without a portal user): the
    // rule's words. The fake answers both rules' words to both requests (it reads the URL alone).
    '/ui-api/records': (request) =>
        String(request.body).includes('Case_Follower__c')
            ? {
                  status: 400,
                  json: {
                      output: {
                          errors: [],
                          fieldErrors: {
                              Contact__c: [
                                  { errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION', message: FOLLOWER_HERSELF },
                                  { errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION', message: FOLLOWER_NO_LOGIN }
                              ]
                          }
                      }
                  }
              }
            : {
                  status: 400,
                  json: {
                      message: 'An error occurred while trying to update the record. Please try again.',
                      output: {
                          errors: [],
                          fieldErrors: {
                              Case__c: [
                                  {
                                      errorCode: 'INSUFFICIENT_ACCESS_ON_CROSS_REFERENCE_ENTITY',
                                      field: 'Case__c',
                                      message: `insufficient access rights on cross-reference id: ${MISSING_CASE_ID}`
                                  }
                              ]
                          }
                      }
                  }
              },
    // Case's Status values as a German-speaking customer reads them.
    '/ui-api/object-info/Case/picklist-values/': { status: 200, json: { values: statusesInGerman() } }
};

const FOLLOWER_HERSELF = "The case's contact already gets its emails.";
const FOLLOWER_NO_LOGIN = 'This colleague does not sign in to the Support Portal, so they cannot follow a case.';

/** The Case statuses with the labels a German-speaking user reads in a healthy org. */
function statusesInGerman(waiting = 'Wartet auf Kunden') {
    const german = { New: 'Neu', Working: 'In Bearbeitung', Escalated: 'Eskaliert', Closed: 'Geschlossen' };
    return readCaseStatuses(new URL('../..', import.meta.url).pathname).map(({ value }) => ({
        value,
        label: value === 'Waiting on Customer' ? waiting : german[value]
    }));
}

const HEALTHY = {
    'Support_Admin__c=false': makeAdmin(false),
    'Support_Admin__c=true': makeAdmin(true),
    'Privileged_Access__c=false': authorize(false),
    'Privileged_Access__c=true': authorize(true),
    [RETRIEVE]: retrieveAnswer(FILE_SECURITY_XML),
    'FROM ContentVersion': { result: { records: [{ ContentDocumentId: '069x' }] } },
    // The demo customer's profile grants what the model says.
    'FROM ObjectPermissions': {
        result: {
            records: [
                { SobjectType: 'Account', PermissionsRead: true },
                { SobjectType: 'Contact', PermissionsRead: true, PermissionsCreate: true, PermissionsEdit: true },
                { SobjectType: 'Case', PermissionsRead: true, PermissionsCreate: true, PermissionsEdit: true }
            ]
        }
    },
    'SELECT Profile.Name FROM User': { result: { records: [{ Profile: { Name: 'Customer Community User' } }] } },
    // Every in-org case of the flow test table passes as a Flow Test.
    'flow run test': {
        result: {
            tests: inOrgCases().map((c) => ({ FullName: `FlowTesting.${c.flow}.${c.name}`, Outcome: 'Pass' }))
        }
    },
    'FROM FlexiPage': {
        result: {
            records: [
                {
                    Id: '0M0x',
                    DeveloperName: 'Thycotic_Support_Case',
                    Type: 'RecordPage',
                    EntityDefinitionId: 'Case'
                }
            ]
        }
    },
    'FROM CustomApplication': { result: { records: [{ Metadata: { actionOverrides: [CASE_PAGE_OVERRIDE] } }] } },
    'ui-api/object-info/Knowledge__kav': { apiName: 'Knowledge__kav', fields: { Body__c: {}, Product__c: {} } },
    "PermissionSet.Name = 'Support_Knowledge_Author'": { result: { records: [{ AssigneeId: '005a' }] } },
    'FROM Knowledge__kav': { result: { records: [{ Id: 'ka0x', UrlName: DEMO_ARTICLE.urlName }] } },
    'FROM Contact': { result: { records: [{ Id: '003x', Account: { User_Licenses__c: 5 } }] } },
    'FROM User WHERE ContactId': { result: { records: [{ Id: '005c', IsActive: true }] } },
    'FROM Support_License__c': { result: { records: [{ Id: 'a01x' }] } },
    'FROM Case WHERE': { result: { records: [{ Id: '500x' }] } },
    'org display user': { result: { id: '005a' } },
    "PermissionSet.Name = 'Support_Engineer'": { result: { records: [{ AssigneeId: '005a' }] } },
    "PermissionSet.Name = 'Support_Portal_Customer'": { result: { records: [{ AssigneeId: '005c' }] } },
    '/graphql': { data: { uiapi: {} }, errors: [] },
    'FROM Network': { result: { records: [{ Id: '0DBx', Status: 'UnderConstruction' }] } },
    'FROM FlowDefinitionView': {
        result: {
            // Every record-triggered flow of the project, active.
            records: Object.keys(readProjectMetadata().flows).map((ApiName) => ({ ApiName, IsActive: true }))
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
    },
    'FROM Support_PIN_Refusal__c': refusalRecords,
    'FROM CaseStatus': {
        result: {
            records: ['New', 'Working', 'Waiting on Customer', 'Escalated', 'Closed'].map((status) => ({
                MasterLabel: status,
                ApiName: status,
                IsClosed: status === 'Closed',
                IsDefault: status === 'New'
            }))
        }
    }
};

test('passes what a healthy org answers, and fails, each in words, what a broken one does', async (t) => {
    const { file, cleanup } = signInFile();
    t.after(cleanup);
    const options = { alias: 'demo', dryRun: false, signInFile: file };
    const healthy = fakeOrg(HEALTHY);
    // Only the site check fails: the network is not Live.
    assert.equal(await verify(options, healthy.ctx.log, healthy.ctx), 1);
    assert.ok(healthy.lines.includes("✗ FAIL: the network's status is UnderConstruction, not Live"));
    assert.equal(healthy.lines.filter((line) => line === '✓ pass').length, checks(options).length - 1);

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
    // The engineer's query fails as the admin's; the customer's are answered by the site.
    const failures = await verify(options, broken.ctx.log, broken.ctx);
    assert.equal(failures, 3 + engineerQueries.length + 1);
    const customerBroken = fakeOrg(HEALTHY, {
        ...SITE,
        '/graphql': { status: 200, json: { errors: [{ message: 'Invalid relationship Support_Licenses__r' }] } }
    });
    assert.equal(await verify(options, customerBroken.ctx.log, customerBroken.ctx), 1 + customerGraphql);
    assert.ok(!broken.lines.some((line) => line.includes('skipped')));
    assert.ok(
        broken.lines.some(
            (line) =>
                line.startsWith('✗ FAIL: ') &&
                Object.keys(readProjectMetadata().flows).every((name) =>
                    line.includes(`the flow ${name} is not active;`)
                ) &&
                line.includes("Case's external sharing is not Private")
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

test('the customer’s queries run with the customer’s session, on the site; the password and secrets are never printed', async (t) => {
    const { file, cleanup } = signInFile();
    t.after(cleanup);
    const org = fakeOrg(HEALTHY);
    const sent = [];
    const sf = org.ctx.sf;
    org.ctx.sf = (args, options) => {
        sent.push(args.join(' '));
        return sf(args, options);
    };
    await verify({ alias: 'demo', dryRun: false, signInFile: file }, org.ctx.log, org.ctx);
    // Headless login: the username and password as Basic credentials with Auth-Request-Type Named-User, PKCE.
    const [authorize, token, ...calls] = org.requests;
    assert.equal(authorize.url, `${SITE_URL}/services/oauth2/authorize`);
    assert.equal(authorize.headers['Auth-Request-Type'], 'Named-User');
    assert.equal(
        authorize.headers.Authorization,
        `Basic ${Buffer.from(`${SIGN_IN.username}:${SIGN_IN.password}`).toString('base64')}`
    );
    const asked = new URLSearchParams(authorize.body);
    assert.equal(asked.get('response_type'), 'code_credentials');
    assert.equal(asked.get('client_id'), SIGN_IN.clientId);
    assert.equal(asked.get('redirect_uri'), `${SITE_URL}/services/oauth2/echo`);
    assert.equal(asked.get('code_challenge_method'), 'S256');
    assert.equal(token.url, `${SITE_URL}/services/oauth2/token`);
    const exchanged = new URLSearchParams(token.body);
    assert.equal(exchanged.get('grant_type'), 'authorization_code');
    assert.equal(exchanged.get('code'), 'aPrx.code');
    assert.equal(exchanged.get('client_secret'), SIGN_IN.clientSecret);
    assert.ok(exchanged.get('code_verifier').length >= 43);
    // Every later call is the customer's: the site, the customer's token.
    assert.ok(calls.length >= 3 + customerQueries.length);
    for (const call of calls) {
        assert.ok(call.url.startsWith(`${SITE_URL}/services/data/v64.0/`), call.url);
        assert.equal(call.headers.Authorization, `Bearer ${CUSTOMER_TOKEN}`);
    }
    for (const { name } of customerQueries) {
        assert.ok(
            calls.some((call) => call.url.endsWith('/graphql') && JSON.parse(call.body).query.includes(`query ${name}`))
        );
        assert.ok(!sent.some((c) => c.includes('/graphql') && c.includes(`query ${name}`)), `${name} not as the admin`);
    }
    for (const { name } of engineerQueries) {
        assert.ok(
            sent.some((c) => c.includes('/graphql') && c.includes(`query ${name}`)),
            `${name} as the admin`
        );
    }
    const printed = org.lines.join('\n');
    for (const secret of [SIGN_IN.password, SIGN_IN.clientSecret, CUSTOMER_TOKEN, 'aPrx.code']) {
        assert.ok(!printed.includes(secret), 'no secret printed');
    }
});

test('a customer who cannot read a published article fails in words, naming the article and what to check', async (t) => {
    const { file, cleanup } = signInFile();
    t.after(cleanup);
    const org = fakeOrg(HEALTHY, {
        "Language = 'de'": { status: 200, json: { records: [] } },
        ...SITE,
        'ui-api/object-info/Knowledge__kav': {
            status: 200,
            json: { apiName: 'Knowledge__kav', fields: { Body__c: {} } }
        }
    });
    await verify({ alias: 'demo', dryRun: false, signInFile: file }, org.ctx.log, org.ctx);
    assert.ok(
        org.lines.includes(
            "✗ FAIL: the demo customer cannot read Knowledge__kav's Product__c (object-info): check Support_Portal_Customer's field access; " +
                `the demo customer cannot read the published article ${DEMO_ARTICLE.urlName} (Online, Visible to Customer, de) that the admin sees: ` +
                "check Support_Portal_Customer's read access to Knowledge__kav and the articles' data category visibility"
        )
    );
    // An API that refuses the customer says so in its words.
    const refused = fakeOrg(HEALTHY, {
        ...SITE,
        'FROM Knowledge__kav': {
            status: 403,
            json: [
                { errorCode: 'API_DISABLED_FOR_ORG', message: 'API is not enabled for this Organization or Partner' }
            ]
        }
    });
    await verify({ alias: 'demo', dryRun: false, signInFile: file }, refused.ctx.log, refused.ctx);
    assert.ok(
        refused.lines.some((line) =>
            line.startsWith('✗ FAIL: API_DISABLED_FOR_ORG: API is not enabled for this Organization or Partner')
        )
    );
});

test('a customer who cannot sign in fails in words, and the customer’s checks say they did not run', async (t) => {
    const { file, cleanup } = signInFile();
    t.after(cleanup);
    const refused = fakeOrg(HEALTHY, {
        ...SITE,
        '/services/oauth2/authorize': {
            status: 302,
            location: `${SITE_URL}/services/oauth2/echo?error=invalid_client_id&error_description=client%20identifier%20invalid`
        }
    });
    const failures = await verify({ alias: 'demo', dryRun: false, signInFile: file }, refused.ctx.log, refused.ctx);
    assert.ok(
        refused.lines.includes(
            "✗ FAIL: the site refused the demo customer's sign-in (authorize): client identifier invalid"
        )
    );
    assert.equal(
        refused.lines.filter(
            (line) => line === '✗ FAIL: not run: the demo customer did not sign in (see the sign-in check above)'
        ).length,
        9 + customerGraphql
    );
    assert.equal(
        failures,
        1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + customerGraphql,
        'the site, the sign-in, the articles, the German Case statuses, the email choices, the followers, the error shapes, the file upload, the refused PIN value, the revocation, the support admin’s change, each customer query, the Support access CSV'
    );
    assert.equal(refused.requests.length, 1, 'nothing asked as the customer without a session');

    const noToken = fakeOrg(HEALTHY, {
        ...SITE,
        '/services/oauth2/token': {
            status: 400,
            json: { error: 'invalid_grant', error_description: 'authentication failure' }
        }
    });
    await verify({ alias: 'demo', dryRun: false, signInFile: file }, noToken.ctx.log, noToken.ctx);
    assert.ok(
        noToken.lines.includes('✗ FAIL: the site gave the demo customer no session (token): authentication failure')
    );

    const missing = fakeOrg(HEALTHY);
    await verify(
        { alias: 'demo', dryRun: false, signInFile: join(tmpdir(), 'no-such-sign-in.json') },
        missing.ctx.log,
        missing.ctx
    );
    assert.ok(
        missing.lines.some(
            (line) =>
                line.startsWith('✗ FAIL: ') &&
                line.includes(
                    'no-such-sign-in.json is missing: the install (scratch:install, or package:install --demo-data) writes it'
                )
        )
    );
});

test('a German-speaking customer who reads a Case status in English fails in words; the language is put back', async (t) => {
    assert.deepEqual(
        translatedStatusProblems({ values: statusesInGerman() }, { 'Waiting on Customer': 'Wartet auf Kunden' }),
        []
    );
    assert.deepEqual(translatedStatusProblems({ values: [] }, { 'Waiting on Customer': 'Wartet auf Kunden' }), [
        'the UI API lists no Case status "Waiting on Customer" for the demo customer'
    ]);
    const { file, cleanup } = signInFile();
    t.after(cleanup);
    const english = fakeOrg(HEALTHY, {
        ...SITE,
        '/ui-api/records/': { status: 200, json: { fields: { LanguageLocaleKey: { value: 'fr' } } } },
        '/ui-api/object-info/Case/picklist-values/': {
            status: 200,
            json: { values: statusesInGerman('Waiting on Customer') }
        }
    });
    assert.equal(await verify({ alias: 'demo', dryRun: false, signInFile: file }, english.ctx.log, english.ctx), 2);
    assert.ok(
        english.lines.includes(
            '✗ FAIL: a German-speaking customer reads the Case status "Waiting on Customer" as "Waiting on Customer", not "Wartet auf Kunden": deploy org-settings/ (standardValueSetTranslations/CaseStatus-de) and activate German in the Translation Workbench'
        )
    );
    // Set to German for the question, then back to the customer's own language.
    const languages = english.requests
        .filter((request) => request.method === 'PATCH' && 'LanguageLocaleKey' in JSON.parse(request.body).fields)
        .map((request) => JSON.parse(request.body).fields.LanguageLocaleKey);
    assert.deepEqual(languages, ['de', 'fr']);
});

test('names a read or a save the org answers in a shape the portal does not put into words', () => {
    const notFound = SITE[`/ui-api/records/${MISSING_CASE_ID}`];
    const refused = SITE['/ui-api/records'];
    assert.deepEqual(errorShapeProblems(notFound, refused), []);
    assert.deepEqual(errorShapeProblems({ status: 403, json: [{ errorCode: 'INSUFFICIENT_ACCESS' }] }, refused), []);
    assert.deepEqual(
        errorShapeProblems({ status: 400, json: [{ errorCode: 'INVALID_ID_FIELD', message: 'x' }] }, refused),
        [
            'reading a case that is not there answered 400 INVALID_ID_FIELD, not 404 NOT_FOUND: the case page would not say "Case not found"'
        ]
    );
    assert.deepEqual(errorShapeProblems(notFound, { status: 201, json: { id: 'a03x' } }), [
        'the org saved a message on a case that is not there'
    ]);
    assert.deepEqual(errorShapeProblems(notFound, { status: 400, json: [{ errorCode: 'MALFORMED_ID' }] }), [
        'a message on a case that is not there was refused with 400 MALFORMED_ID, which the portal does not put into words'
    ]);
});

test('reads the authorization code, or the error, from the authorize answer', () => {
    assert.deepEqual(
        authorizationCode({ status: 302, location: `${SITE_URL}/services/oauth2/echo?code=abc&state=x` }),
        {
            code: 'abc'
        }
    );
    assert.deepEqual(authorizationCode({ status: 200, json: { code: 'def' } }), { code: 'def' });
    assert.deepEqual(authorizationCode({ status: 400, json: { error: 'unsupported_response_type' } }), {
        error: 'unsupported_response_type'
    });
    assert.deepEqual(authorizationCode({ status: 500 }), { error: 'HTTP 500' });
});

test('an org without a Case status the portal relies on, or with one counted the other way, fails in words', async (t) => {
    const { file, cleanup } = signInFile();
    t.after(cleanup);
    const org = fakeOrg({
        ...HEALTHY,
        'FROM CaseStatus': {
            result: {
                records: [
                    { MasterLabel: 'New', ApiName: 'New', IsClosed: false, IsDefault: true },
                    { MasterLabel: 'Working', ApiName: 'Working', IsClosed: false },
                    { MasterLabel: 'Escalated', ApiName: 'Escalated', IsClosed: true },
                    { MasterLabel: 'Closed', ApiName: 'Closed', IsClosed: true }
                ]
            }
        }
    });
    await verify({ alias: 'demo', dryRun: false, signInFile: file }, org.ctx.log, org.ctx);
    assert.ok(
        org.lines.includes(
            '✗ FAIL: the org has no Case status "Waiting on Customer" (Setup → Object Manager → Case → Fields → Status): deploy org-settings/ (npm run package:install deploys it); ' +
                'the Case status "Escalated" counts as closed in the org; the portal needs it open'
        )
    );
});

test('names what Knowledge lacks: the UI API object, the admin’s author set, an article per language', async (t) => {
    const { file, cleanup } = signInFile();
    t.after(cleanup);
    const org = fakeOrg({
        // First: the answers are matched in order, and HEALTHY answers every Knowledge__kav query.
        "Language = 'de'": { result: { records: [] } },
        ...HEALTHY,
        'ui-api/object-info/Knowledge__kav': [
            { errorCode: 'NOT_FOUND', message: 'The requested resource does not exist' }
        ],
        "PermissionSet.Name = 'Support_Knowledge_Author'": { result: { records: [] } }
    });
    await verify({ alias: 'demo', dryRun: false, signInFile: file }, org.ctx.log, org.ctx);
    assert.ok(
        org.lines.includes(
            '✗ FAIL: the UI API does not serve Knowledge__kav (object-info); the admin does not have Support_Knowledge_Author; no demo article is published for customers in de'
        )
    );
    // A demo article's URL name goes to the article page's query, which the customer runs.
    const article = fakeOrg(HEALTHY);
    await verify({ alias: 'demo', dryRun: false, signInFile: file }, article.ctx.log, article.ctx);
    assert.ok(customerQueries.some(({ query }) => /\$urlName/.test(query)));
    assert.ok(
        article.requests.some(
            (request) =>
                request.url.endsWith('/graphql') &&
                JSON.parse(request.body).variables.urlName === DEMO_ARTICLE.urlName &&
                request.headers.Authorization === `Bearer ${CUSTOMER_TOKEN}`
        )
    );
});

test('a direct HTTPS request prints its method and address only, never its headers or body', async () => {
    const lines = [];
    const answer = await httpRequest(
        {
            method: 'POST',
            url: `${SITE_URL}/services/oauth2/token`,
            headers: { Authorization: `Basic ${Buffer.from('u:secret').toString('base64')}` },
            body: 'client_secret=shh&code=abc'
        },
        { dryRun: true, log: (line) => lines.push(line) }
    );
    assert.deepEqual(answer, {});
    assert.deepEqual(lines, [`  $ POST ${SITE_URL}/services/oauth2/token`]);
});

test('names an engineer case page that is missing, of the wrong kind, or not what the app opens cases on', async () => {
    const problemsWith = async (answers) => {
        const org = fakeOrg({ ...HEALTHY, ...answers });
        await verify({ alias: 'demo', dryRun: false }, org.ctx.log, org.ctx);
        return org.lines.filter((line) => line.startsWith('✗ FAIL') && line.includes('Thycotic_Support'));
    };
    assert.deepEqual(await problemsWith({}), []);
    assert.deepEqual(await problemsWith({ 'FROM FlexiPage': { result: { records: [] } } }), [
        '✗ FAIL: the Lightning page Thycotic_Support_Case is not in the org'
    ]);
    assert.deepEqual(
        await problemsWith({
            'FROM FlexiPage': {
                result: {
                    records: [{ DeveloperName: 'Thycotic_Support_Case', Type: 'AppPage', EntityDefinitionId: null }]
                }
            }
        }),
        ['✗ FAIL: Thycotic_Support_Case is not a Case record page (type AppPage, object none)']
    );
    // Deployed, but the assignment did not take (or an admin moved it to another page).
    assert.deepEqual(
        await problemsWith({
            'FROM CustomApplication': { result: { records: [{ Metadata: { actionOverrides: [] } }] } }
        }),
        [
            '✗ FAIL: the app Thycotic_Support does not open cases on Thycotic_Support_Case (no app default for Case): activate Thycotic_Support_Case as the app default for Thycotic_Support in Lightning App Builder'
        ]
    );
    assert.deepEqual(
        await problemsWith({
            'FROM CustomApplication': {
                result: {
                    records: [
                        { Metadata: { actionOverrides: [{ ...CASE_PAGE_OVERRIDE, content: 'Case_Record_Page' }] } }
                    ]
                }
            }
        }),
        [
            '✗ FAIL: the app Thycotic_Support does not open cases on Thycotic_Support_Case (it opens them on Case_Record_Page): activate Thycotic_Support_Case as the app default for Thycotic_Support in Lightning App Builder'
        ]
    );
    assert.deepEqual(await problemsWith({ 'FROM CustomApplication': { result: { records: [] } } }), [
        '✗ FAIL: no app Thycotic_Support'
    ]);
});

test('file security: the org’s settings read back, and the customer’s .html upload refused by the rule; each broken form in words', async (t) => {
    const { file, cleanup } = signInFile();
    t.after(cleanup);
    const options = { alias: 'demo', dryRun: false, signInFile: file };
    // A healthy org: the .html upload is refused, the .log one is stored and deleted again by the admin.
    const healthy = fakeOrg(HEALTHY);
    const sent = [];
    const sf = healthy.ctx.sf;
    healthy.ctx.sf = (args, opts) => {
        sent.push(args.join(' '));
        return sf(args, opts);
    };
    await verify(options, healthy.ctx.log, healthy.ctx);
    const uploads = healthy.requests.filter((r) => r.url.endsWith('/sobjects/ContentVersion'));
    assert.deepEqual(
        uploads.map((r) => [r.method, JSON.parse(r.body).PathOnClient, JSON.parse(r.body).FirstPublishLocationId]),
        [
            ['POST', 'scratch-verify.html', '500x'],
            ['POST', 'scratch-verify.log', '500x']
        ]
    );
    assert.ok(uploads.every((r) => JSON.parse(r.body).NetworkId === '0DBx'));
    assert.ok(sent.some((c) => c.startsWith('data delete record --sobject ContentDocument --record-id 069x')));
    assert.ok(!healthy.lines.some((line) => line.includes('.html') && line.startsWith('✗')));

    // An org whose settings leave HTML to open in the browser, and that stores the customer's .html file.
    const hybrid = FILE_SECURITY_XML.replace(
        /<behavior>DOWNLOAD<\/behavior>(\s*<fileType>HTML<\/fileType>)/,
        '<behavior>HYBRID</behavior>$1'
    );
    const broken = fakeOrg(
        { ...HEALTHY, [RETRIEVE]: retrieveAnswer(hybrid) },
        { ...SITE, '/sobjects/ContentVersion': contentVersionAnswer({ stored: true }) }
    );
    await verify(options, broken.ctx.log, broken.ctx);
    assert.ok(
        broken.lines.includes(
            '✗ FAIL: the org: HTML is HYBRID, not DOWNLOAD: a HTML file a customer uploads could open in the browser on a Salesforce domain'
        )
    );
    assert.ok(
        broken.lines.includes(
            "✗ FAIL: the org stored the demo customer's .html file: the validation rule No_Active_File_Type on ContentVersion did not run for her upload"
        )
    );
    // A retrieve that brings nothing says so.
    const empty = fakeOrg({ ...HEALTHY, [RETRIEVE]: { status: 0, result: {} } });
    await verify(options, empty.ctx.log, empty.ctx);
    assert.ok(
        empty.lines.includes(
            '✗ FAIL: the retrieve of Settings:FileUploadAndDownloadSecurity brought no FileUploadAndDownloadSecurity.settings'
        )
    );
});

test('file type rule: refused by another rule, or a control refused too, each in words', () => {
    const stored = { status: 201, json: { id: '068x' } };
    const byRule = {
        status: 400,
        json: [{ errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION', message: FILE_RULE_MESSAGE }]
    };
    assert.deepEqual(fileTypeRuleProblems(byRule, stored, FILE_RULE_MESSAGE), []);
    assert.deepEqual(
        fileTypeRuleProblems(
            { status: 400, json: [{ errorCode: 'INSUFFICIENT_ACCESS', message: 'no' }] },
            stored,
            FILE_RULE_MESSAGE
        ),
        [
            `the demo customer's .html file was refused with 400 INSUFFICIENT_ACCESS, not by No_Active_File_Type ("${FILE_RULE_MESSAGE}")`
        ]
    );
    assert.deepEqual(
        fileTypeRuleProblems(byRule, { status: 400, json: [{ errorCode: 'INSUFFICIENT_ACCESS' }] }, FILE_RULE_MESSAGE),
        [
            "the control failed: the demo customer's .log file was refused too (400 INSUFFICIENT_ACCESS): check her access to files on her case"
        ]
    );
});

test('the refused PIN value check: recorded once by the Automated Process, or says what the org did instead', () => {
    const stored = { status: 201, json: { id: 'a02X' } };
    const taken = {
        status: 400,
        json: [
            {
                errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION',
                message: 'That PIN cannot be used. Try again for a new one.'
            }
        ]
    };
    const recorded = { count: 4, createdBy: 'Automated Process' };
    assert.deepEqual(pinRefusalProblems({ first: stored, again: taken, before: 3, after: recorded }), []);
    assert.deepEqual(pinRefusalProblems({ first: stored, again: taken, before: 4, after: recorded }), [
        'the refusal was not recorded: the demo customer has 0 new PIN Refusal(s) after it, not 1 (is the event Publish Immediately, and the flow Support_PIN_Refusal_Record active?)'
    ]);
    assert.deepEqual(
        pinRefusalProblems({ first: stored, again: taken, before: 3, after: { count: 4, createdBy: 'Dana Scully' } }),
        ['the PIN Refusal was created by Dana Scully, not the Automated Process user']
    );
    assert.deepEqual(pinRefusalProblems({ first: stored, again: stored, before: 3, after: recorded }), [
        'the org stored the same PIN value twice for one company: the flow Support_PIN_Uniqueness did not refuse it'
    ]);
    assert.deepEqual(
        pinRefusalProblems({
            first: stored,
            again: { status: 400, json: [{ errorCode: 'DUPLICATE_VALUE', message: 'duplicate value found' }] },
            before: 3,
            after: recorded
        }),
        [
            'the repeated value was refused with 400 "duplicate value found", not by Support_PIN_Uniqueness ("That PIN cannot be used. Try again for a new one.")'
        ]
    );
    assert.match(
        pinRefusalProblems({
            first: {
                status: 400,
                json: [{ message: 'No PIN: your support licenses do not cover your user licenses.' }]
            },
            again: taken,
            before: 3,
            after: recorded
        })[0],
        /^the control failed: the demo customer's PIN with a fresh value was refused \(400 No PIN/
    );
});

test('the customer revocation check: refused without the flag in the flow’s words, then stamped as hers; or what the org did instead', () => {
    const issued = { status: 201, json: { id: 'a02X' } };
    const refused = {
        status: 400,
        json: [{ errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION', message: REVOKE_NOT_AUTHORIZED }]
    };
    const accepted = { status: 201, json: { id: 'a0WX' } };
    const healthy = { issued, refused, accepted, readBack: ENDED_PIN };
    assert.deepEqual(pinRevocationProblems(healthy), []);
    assert.match(
        pinRevocationProblems({ ...healthy, issued: { status: 400, json: [{ message: 'No PIN: not covered.' }] } })[0],
        /^the control failed: the demo customer could not issue a PIN \(400 No PIN: not covered\.\)/
    );
    assert.deepEqual(pinRevocationProblems({ ...healthy, refused: accepted }), [
        'a contact without Privileged Access ended a PIN: the flow Support_PIN_Revocation_Apply did not refuse the revocation'
    ]);
    assert.deepEqual(
        pinRevocationProblems({
            ...healthy,
            refused: { status: 403, json: [{ errorCode: 'INSUFFICIENT_ACCESS', message: 'no create' }] }
        }),
        [
            `the revocation without Privileged Access was refused with 403 no create, not by Support_PIN_Revocation_Apply ("${REVOKE_NOT_AUTHORIZED}")`
        ]
    );
    assert.match(
        pinRevocationProblems({ ...healthy, accepted: refused })[0],
        /^the authorized customer's revocation was refused/
    );
    assert.deepEqual(pinRevocationProblems({ ...healthy, readBack: { ...ENDED_PIN, Revoked_At__c: null } }), [
        'the revocation was accepted but the PIN is not revoked (Revoked At is blank)'
    ]);
    assert.deepEqual(
        pinRevocationProblems({
            ...healthy,
            readBack: { ...ENDED_PIN, Revoked_By__c: '005a', Revoked_By_Customer__c: false }
        }),
        [
            'the PIN was revoked by 005a, not by the customer who asked (005c): Support_PIN_Revocation_Stamp stamps $User',
            'Revoked By Customer is not true for a revocation the customer made'
        ]
    );
});

test('the support admin check: refused without Support Admin in the flow’s words, then applied and read back; or what the org did instead', () => {
    const refused = {
        status: 400,
        json: [{ errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION', message: ACCESS_CHANGE_NOT_ADMIN }]
    };
    const accepted = { status: 201, json: { id: 'a0ZX' } };
    const healthy = {
        refused,
        accepted,
        grant: true,
        colleague: { Id: '003w', Privileged_Access__c: true },
        change: { Id: 'a0ZX', Applied_At__c: '2026-06-15T10:00:00.000+0000' }
    };
    assert.deepEqual(privilegedAccessChangeProblems(healthy), []);
    assert.deepEqual(privilegedAccessChangeProblems({ ...healthy, refused: accepted }), [
        'a contact who is not the support admin changed who may grant privileged access: the flow Privileged_Access_Change_Apply did not refuse it'
    ]);
    assert.deepEqual(
        privilegedAccessChangeProblems({
            ...healthy,
            refused: { status: 403, json: [{ errorCode: 'INSUFFICIENT_ACCESS', message: 'no create' }] }
        }),
        [
            `the change without Support Admin was refused with 403 no create, not by Privileged_Access_Change_Apply ("${ACCESS_CHANGE_NOT_ADMIN}")`
        ]
    );
    assert.match(
        privilegedAccessChangeProblems({ ...healthy, accepted: refused })[0],
        /^the support admin's change was refused \(400 Only your company's support admin/
    );
    assert.deepEqual(privilegedAccessChangeProblems({ ...healthy, colleague: undefined }), [
        "the customer cannot read her colleague's contact: the sharing set Support_Portal_Customers' Contact mapping does not grant it"
    ]);
    assert.deepEqual(
        privilegedAccessChangeProblems({
            ...healthy,
            colleague: { Id: '003w', Privileged_Access__c: false },
            change: { Id: 'a0ZX', Applied_At__c: null }
        }),
        [
            "the change was accepted but her colleague's Privileged Access reads false, not true",
            "the change was accepted but its Applied At is blank: the flow's Stamp_Applied did not run"
        ]
    );
});

test("the customer's email choices: a save that does not hold, or the admin's record changed, fails in words; the choices are put back", async (t) => {
    const { file, cleanup } = signInFile();
    t.after(cleanup);
    const options = { alias: 'demo', dryRun: false, signInFile: file };
    const broken = fakeOrg(HEALTHY, {
        ...SITE,
        '/ui-api/records/005a': { status: 204 },
        'User.No_Reply_Emails__c': {
            status: 200,
            json: { fields: { No_Reply_Emails__c: { value: false }, No_Waiting_Emails__c: { value: true } } }
        }
    });
    assert.equal(await verify(options, broken.ctx.log, broken.ctx), 2, 'the site (not Live) and the email choices');
    assert.ok(
        broken.lines.includes(
            "✗ FAIL: the customer's own No_Reply_Emails__c did not save; the customer's own No_Closed_Emails__c did not save; the customer changed the admin's email choices"
        ),
        broken.lines.join('\n')
    );
    // Put back as they were before the check: the last PATCH on the customer's own record.
    const own = broken.requests.filter((r) => r.method === 'PATCH' && r.url.includes('/ui-api/records/005c'));
    assert.deepEqual(JSON.parse(own.at(-1).body).fields, {
        No_Reply_Emails__c: false,
        No_Waiting_Emails__c: true,
        No_Closed_Emails__c: false
    });
});

test('a follower the org takes that it should refuse (no rule, no stamp) fails in words, and no one is added in a healthy org', async (t) => {
    const { file, cleanup } = signInFile();
    t.after(cleanup);
    const options = { alias: 'demo', dryRun: false, signInFile: file };
    const healthy = fakeOrg(HEALTHY, SITE);
    await verify(options, healthy.ctx.log, healthy.ctx);
    // Record creations only: the followers' GraphQL query (c/supportCaseFollowers) names the object too.
    const adds = healthy.requests.filter(
        (r) => r.method === 'POST' && r.url.includes('/ui-api/records') && String(r.body).includes('Case_Follower__c')
    );
    assert.deepEqual(
        adds.map((r) => JSON.parse(r.body).fields),
        [
            { Case__c: '500x', Contact__c: '003x' },
            { Case__c: '500x', Contact__c: '003x' }
        ]
    );
    // The Cases tab's scopes as its built code writes them: Cases I follow asks through Case_Follower__c.
    const scopes = healthy.requests
        .filter((r) => r.url.includes('/graphql') && String(r.shown).includes('supportCases, scope'))
        .map((r) => JSON.parse(r.body).variables.where);
    const open = { IsClosed: { eq: false } };
    assert.deepEqual(scopes, [
        { and: [open, { ContactId: { inq: { User: { Id: { eq: '005c' } }, ApiName: 'ContactId' } } }] },
        { and: [open, { Id: { inq: { Case_Follower__c: { Follower__c: { eq: '005c' } }, ApiName: 'Case__c' } } }] }
    ]);
    const broken = fakeOrg(HEALTHY, {
        ...SITE,
        '/ui-api/records': (request) =>
            String(request.body).includes('Case_Follower__c')
                ? { status: 201, json: { id: 'a0Fx' } }
                : SITE['/ui-api/records'](request)
    });
    assert.equal(await verify(options, broken.ctx.log, broken.ctx), 2, 'the site (not Live) and the followers');
    assert.ok(
        broken.lines.some(
            (line) =>
                line.startsWith('✗ FAIL: Dana following her own case: expected a refusal with') &&
                line.includes('Walter (no portal user) following the case: expected a refusal with')
        ),
        broken.lines.join('\n')
    );
});
