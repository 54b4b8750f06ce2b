// org-settings/, what the install deploys org-wide: the sharing set's access mappings, the Case
// statuses the portal relies on (with their closed flag and German label), how the install merges
// them with an org's own and checks the org afterwards. Each check is fed the broken form.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
    CASE_STATUS_FILE,
    CASE_STATUS_MEANING,
    caseStatusesNamed,
    caseStatusProblems,
    mergedCaseStatusXml,
    orgCaseStatusProblems,
    parseCaseStatuses,
    readCaseStatuses,
    readCaseStatusTranslations
} from '../../org-model/caseStatuses.mjs';
import {
    FILE_SECURITY_FILE,
    RISKY_FILE_TYPES,
    checkCaseStatuses,
    checkFileSecurity,
    checkSharingSets,
    fileSecurityProblems,
    parseFileSecurity,
    sharingSetProblems
} from '../lib/orgSettingsChecks.mjs';
import {
    caseStatusStep,
    customerSignInFile,
    customerSignInMetadata,
    customerSignInStep,
    orgSettingsStep
} from '../lib/portalSetup.mjs';

const root = new URL('../..', import.meta.url).pathname;
const ORG = ['--target-org', 'demo'];
const SHARING_SET = 'org-settings/main/default/sharingSets/Support_Portal_Customers.sharingSet-meta.xml';

const mapping = (object, objectField, userField) => ({ accessLevel: 'Read', object, objectField, userField });

test('the sharing set holds one access mapping per object: the repo passes, two for Case fail in words', () => {
    assert.deepEqual(checkSharingSets({ root }), []);
    const xml = readFileSync(join(root, SHARING_SET), 'utf8');
    assert.match(xml, /<object>Case<\/object>\s*<objectField>Account<\/objectField>\s*<userField>Account<\/userField>/);
    // The broken form: the account mapping and the contact one, both for Case.
    const twoForCase = {
        accessMappings: [
            mapping('Account', 'Id', 'Account'),
            mapping('Case', 'Contact', 'Contact'),
            mapping('Case', 'Account', 'Account')
        ]
    };
    assert.deepEqual(sharingSetProblems({ [SHARING_SET]: twoForCase }), [
        `${SHARING_SET}: Case has 2 access mappings (Case.Contact = User.Contact, Case.Account = User.Account); ` +
            'a sharing set holds one access mapping per object (Salesforce Help, "Create a Sharing Set for Experience Cloud Site Users"): keep one'
    ]);
    assert.deepEqual(
        sharingSetProblems({ [SHARING_SET]: { accessMappings: [mapping('Case', 'Account', 'Account')] } }),
        []
    );
});

const named = () => caseStatusesNamed(root);
const values = () => readCaseStatuses(root);
const translations = () => readCaseStatusTranslations(root);

test('finds the Case statuses the project names: the flows, the demo cases', () => {
    const found = named();
    assert.deepEqual([...found.keys()].sort(), ['Closed', 'New', 'Waiting on Customer', 'Working']);
    assert.ok(found.get('Waiting on Customer').includes('the flow Support_Case_Message_Apply'));
    assert.ok(found.get('Working').includes('the flow Support_Case_Message_Apply'));
    assert.ok(found.get('Closed').includes('the flow Support_Case_Message_Apply'));
    assert.ok(found.get('New').includes('the demo cases (org-model/demoData.mjs)'));
});

test('the repo’s Case status value set has every status the portal relies on, closed as it reads them, in German too', () => {
    assert.deepEqual(checkCaseStatuses({ root }), []);
    assert.deepEqual(
        values().map((v) => [v.value, v.closed]),
        [
            ['New', false],
            ['Working', false],
            ['Waiting on Customer', false],
            ['Escalated', false],
            ['Closed', true]
        ]
    );
    assert.equal(translations().de['Waiting on Customer'], 'Wartet auf Kunden');
    for (const [value, { closed }] of Object.entries(CASE_STATUS_MEANING)) {
        assert.equal(values().find((v) => v.value === value)?.closed, closed, value);
    }
});

test('org-settings without its Case status file fails in words; a project without org-settings has none to check', (t) => {
    const dir = mkdtempSync(join(tmpdir(), 'support-portal-org-settings-'));
    t.after(() => rmSync(dir, { recursive: true, force: true }));
    assert.deepEqual(checkCaseStatuses({ root: dir }), []);
    mkdirSync(join(dir, 'org-settings/main/default'), { recursive: true });
    assert.match(checkCaseStatuses({ root: dir }).join('\n'), /the Case status "Waiting on Customer" is missing/);
});

test('a value set missing "Waiting on Customer" fails in words, naming who relies on it', () => {
    const without = values().filter((v) => v.value !== 'Waiting on Customer');
    assert.deepEqual(caseStatusProblems({ values: without, named: named(), translations: translations() }), [
        `${CASE_STATUS_FILE}: the Case status "Waiting on Customer" is missing; the portal relies on it ` +
            `(${CASE_STATUS_MEANING['Waiting on Customer'].why}), and a new org does not have it unless it is deployed`
    ]);
});

test('a status counted the other way, two defaults, a status no one classified, a missing German label: each in words', () => {
    const flipped = values().map((v) => (v.value === 'Waiting on Customer' ? { ...v, closed: true } : v));
    assert.deepEqual(caseStatusProblems({ values: flipped, named: named(), translations: translations() }), [
        `${CASE_STATUS_FILE}: the Case status "Waiting on Customer" counts as closed (<closed>true</closed>), but the portal takes it as open: ` +
            CASE_STATUS_MEANING['Waiting on Customer'].why
    ]);
    const closedOpen = values().map((v) => (v.value === 'Closed' ? { ...v, closed: false } : v));
    assert.match(
        caseStatusProblems({ values: closedOpen, named: named(), translations: translations() }).join('\n'),
        /the Case status "Closed" counts as open \(<closed>false<\/closed>\), but the portal takes it as closed/
    );
    const twoDefaults = values().map((v) => (v.value === 'Working' ? { ...v, default: true } : v));
    assert.deepEqual(caseStatusProblems({ values: twoDefaults, named: named(), translations: translations() }), [
        `${CASE_STATUS_FILE}: exactly one Case status must be the default; New, Working is`
    ]);
    const onHold = new Map([...named(), ['On Hold', ['the flow Support_Case_Hold']]]);
    assert.deepEqual(caseStatusProblems({ values: values(), named: onHold, translations: translations() }), [
        'the Case status "On Hold" (the flow Support_Case_Hold) is not in CASE_STATUS_MEANING (org-model/caseStatuses.mjs): ' +
            `say whether the portal takes it as closed, and add it to ${CASE_STATUS_FILE}`
    ]);
    assert.deepEqual(caseStatusProblems({ values: values(), named: named(), translations: {} }), [
        'org-settings/main/default/standardValueSetTranslations/CaseStatus-de.standardValueSetTranslation-meta.xml: ' +
            'the Case status "Waiting on Customer" has no de translation (the platform translates only its own values)'
    ]);
});

const record = (value, closed, isDefault = false) => ({
    MasterLabel: value,
    ApiName: value,
    IsClosed: closed,
    IsDefault: isDefault
});

test('the org’s CaseStatus against the value set: present and closed as deployed, or in words', () => {
    const healthy = values().map((v) => record(v.value, v.closed, v.default));
    assert.deepEqual(orgCaseStatusProblems(healthy, values()), []);
    // A new org: the four defaults, no "Waiting on Customer".
    const newOrg = ['New', 'Working', 'Escalated', 'Closed'].map((v) => record(v, v === 'Closed', v === 'New'));
    assert.deepEqual(orgCaseStatusProblems(newOrg, values()), [
        'the org has no Case status "Waiting on Customer" (Setup → Object Manager → Case → Fields → Status): deploy org-settings/ (npm run package:install deploys it)'
    ]);
    const waitingClosed = healthy.map((r) => (r.ApiName === 'Waiting on Customer' ? { ...r, IsClosed: true } : r));
    assert.deepEqual(orgCaseStatusProblems(waitingClosed, values()), [
        'the Case status "Waiting on Customer" counts as closed in the org; the portal needs it open'
    ]);
});

test('the deployed value set keeps the org’s own statuses and its default', () => {
    const org = [record('Open', false, true), record('On Hold', false), record('Closed', true), record('Solved', true)];
    const merged = parseCaseStatuses(mergedCaseStatusXml(values(), org));
    assert.deepEqual(
        merged.map((v) => [v.value, v.closed, v.default]),
        [
            ['New', false, false],
            ['Working', false, false],
            ['Waiting on Customer', false, false],
            ['Escalated', false, false],
            ['Closed', true, false],
            ['Open', false, true],
            ['On Hold', false, false],
            ['Solved', true, false]
        ]
    );
    // A new org's list adds only what the portal needs; New stays the default.
    const newOrg = ['New', 'Working', 'Escalated', 'Closed'].map((v) => record(v, v === 'Closed', v === 'New'));
    assert.deepEqual(parseCaseStatuses(mergedCaseStatusXml(values(), newOrg)), values());
});

/** A stand-in CLI: answers by the first matching rule, records commands; `onDeploy` sees the deployed folder. */
function fakeCli(rules, { onDeploy } = {}) {
    const commands = [];
    const lines = [];
    const ctx = {
        dryRun: false,
        log: (line) => lines.push(line),
        sf: (args) => {
            const command = args.join(' ');
            commands.push(command);
            if (command.startsWith('project deploy start --metadata-dir')) {
                onDeploy?.(args[args.indexOf('--metadata-dir') + 1]);
            }
            const answer = rules.find(([pattern]) => pattern.test(command))?.[1] ?? {};
            if (answer instanceof Error) {
                throw answer;
            }
            return answer;
        }
    };
    return { ctx, commands, lines };
}

test('the install deploys org-settings with the org’s own statuses kept, then checks the org’s statuses', () => {
    let deployed;
    const { ctx } = fakeCli(
        [[/FROM CaseStatus/, { result: { records: [record('Open', false, true), record('Closed', true)] } }]],
        {
            onDeploy: (dir) =>
                (deployed = readFileSync(join(dir, 'standardValueSets', 'CaseStatus.standardValueSet'), 'utf8'))
        }
    );
    ctx.customerProfile = { Name: 'Customer Community User' };
    orgSettingsStep(ORG).run(ctx);
    assert.deepEqual(
        parseCaseStatuses(deployed).map((v) => v.value),
        ['New', 'Working', 'Waiting on Customer', 'Escalated', 'Closed', 'Open']
    );
    assert.equal(parseCaseStatuses(deployed).find((v) => v.default).value, 'Open');

    const newOrg = ['New', 'Working', 'Escalated', 'Closed'].map((v) => record(v, v === 'Closed', v === 'New'));
    const check = fakeCli([[/FROM CaseStatus/, { result: { records: newOrg } }]]);
    assert.throws(
        () => caseStatusStep(ORG).run(check.ctx),
        /^Error: the org has no Case status "Waiting on Customer" \(Setup → Object Manager → Case → Fields → Status\): deploy org-settings\/ \(npm run package:install deploys it\)\.$/
    );
    const healthy = fakeCli([
        [/FROM CaseStatus/, { result: { records: values().map((v) => record(v.value, v.closed, v.default)) } }]
    ]);
    assert.doesNotThrow(() => caseStatusStep(ORG).run(healthy.ctx));
});

test('the external client app for the customer’s sign-in: headless login on, PKCE, a secret, the customer set pre-authorized', () => {
    const files = customerSignInMetadata({
        siteUrl: 'https://acme.my.site.com/support',
        permissionSetId: '0PS000000000001AAA',
        clientId: 'SupportPortalChecksabc',
        clientSecret: 'shh',
        contactEmail: 'admin@acme.example'
    });
    assert.deepEqual(Object.keys(files).sort(), [
        'externalClientApps/Support_Portal_Checks.eca',
        'extlClntAppGlobalOauthSets/Support_Portal_Checks_glbloauth.ecaGlblOauth',
        'extlClntAppOauthPolicies/Support_Portal_Checks_oauthPlcy.ecaOauthPlcy',
        'extlClntAppOauthSettings/Support_Portal_Checks_oauth.ecaOauth',
        'extlClntAppPolicies/Support_Portal_Checks_plcy.ecaPlcy',
        'package.xml',
        'settings/ExternalClientApp.settings',
        'settings/OauthOidc.settings'
    ]);
    assert.match(files['settings/OauthOidc.settings'], /<oAuthCdCrdtFlowEnable>true<\/oAuthCdCrdtFlowEnable>/);
    const global = files['extlClntAppGlobalOauthSets/Support_Portal_Checks_glbloauth.ecaGlblOauth'];
    for (const element of [
        '<callbackUrl>https://acme.my.site.com/support/services/oauth2/echo</callbackUrl>',
        '<consumerKey>SupportPortalChecksabc</consumerKey>',
        '<isCodeCredFlowEnabled>true</isCodeCredFlowEnabled>',
        '<isConsumerSecretOptional>false</isConsumerSecretOptional>',
        '<isPkceRequired>true</isPkceRequired>'
    ]) {
        assert.ok(global.includes(element), element);
    }
    const policy = files['extlClntAppOauthPolicies/Support_Portal_Checks_oauthPlcy.ecaOauthPlcy'];
    assert.match(policy, /<permittedUsersPolicyType>AdminApprovedPreAuthorized<\/permittedUsersPolicyType>/);
    assert.match(policy, /<commaSeparatedPermissionSet>0PS000000000001AAA<\/commaSeparatedPermissionSet>/);
    assert.match(files['package.xml'], /<members>OauthOidc<\/members>/);
});

test('the install keeps the customer’s sign-in for scratch:verify in a private file; a failed setup says so and goes on', (t) => {
    const alias = `orgsettings-test-${process.pid}`;
    const file = customerSignInFile(alias);
    t.after(() => rmSync(file, { force: true }));
    let deployed;
    const rules = [
        [/FROM DomainSite/, { result: { records: [{ Domain: { Domain: 'acme.my.site.com' } }] } }],
        [/FROM PermissionSet WHERE Name = 'Support_Portal_Customer'/, { result: { records: [{ Id: '0PSC' }] } }],
        [/^org display user/, { result: { id: '005A', username: 'admin@acme.example' } }]
    ];
    const { ctx, commands, lines } = fakeCli(rules, {
        onDeploy: (dir) => {
            deployed = readFileSync(
                join(dir, 'extlClntAppGlobalOauthSets/Support_Portal_Checks_glbloauth.ecaGlblOauth'),
                'utf8'
            );
            assert.equal(statSync(join(dir, 'package.xml')).mode & 0o077, 0, 'the deployed files are private');
        }
    });
    ctx.customerUsername = 'dana.scully.1@acme.example.portal';
    ctx.customerPassword = 'Pw-not-for-logs-42!';
    customerSignInStep(ORG, { alias }).run(ctx);
    const sign = JSON.parse(readFileSync(file, 'utf8'));
    assert.equal(statSync(file).mode & 0o077, 0, 'readable by you only');
    assert.equal(sign.siteUrl, 'https://acme.my.site.com/support');
    assert.equal(sign.username, ctx.customerUsername);
    assert.equal(sign.password, ctx.customerPassword);
    assert.match(sign.clientId, /^SupportPortalChecks[0-9a-f]{48}$/);
    assert.match(sign.clientSecret, /^[0-9a-f]{64}$/);
    assert.ok(deployed.includes(`<consumerKey>${sign.clientId}</consumerKey>`));
    assert.ok(deployed.includes(`<consumerSecret>${sign.clientSecret}</consumerSecret>`));
    const printed = [...commands, ...lines].join('\n');
    for (const secret of [sign.password, sign.clientSecret]) {
        assert.ok(!printed.includes(secret), 'no secret in a command or a line');
    }

    const failing = fakeCli([
        ...rules,
        [/^project deploy start/, new Error('Deploy failed: Not available for deploy')]
    ]);
    Object.assign(failing.ctx, { customerUsername: 'u', customerPassword: 'p' });
    assert.doesNotThrow(() => customerSignInStep(ORG, { alias: `${alias}-failing` }).run(failing.ctx));
    assert.ok(
        failing.lines.some((line) =>
            line.startsWith(
                '  (not done: Deploy failed: Not available for deploy. scratch:verify will say the demo customer cannot sign in'
            )
        )
    );
});

test('the sign-in file lives in the project’s git-ignored .sf folder', () => {
    assert.equal(customerSignInFile('demo'), join(root, '.sf', 'support-portal', 'demo-customer.json'));
    assert.match(readFileSync(join(root, '.gitignore'), 'utf8'), /^\.sf\/$/m);
});

const fileSecurity = () => parseFileSecurity(readFileSync(join(root, FILE_SECURITY_FILE), 'utf8'));

test('file upload and download security: every risky type DOWNLOAD in the repo; a missing or HYBRID HTML fails in words', () => {
    assert.deepEqual(checkFileSecurity({ root }), []);
    assert.deepEqual(
        fileSecurity().map((d) => [d.fileType, d.behavior]),
        RISKY_FILE_TYPES.map((type) => [type, 'DOWNLOAD'])
    );
    for (const type of ['HTML', 'SVG', 'XHTML', 'XML', 'UNKNOWN']) {
        assert.ok(RISKY_FILE_TYPES.includes(type), type);
    }
    const withoutHtml = fileSecurity().filter((d) => d.fileType !== 'HTML');
    assert.deepEqual(fileSecurityProblems(withoutHtml), [
        `${FILE_SECURITY_FILE}: no disposition for HTML, a file type the platform counts as a security risk: ` +
            'add one with <behavior>DOWNLOAD</behavior>, so such a file is downloaded, never opened in the browser'
    ]);
    const svgHybrid = fileSecurity().map((d) => (d.fileType === 'SVG' ? { ...d, behavior: 'HYBRID' } : d));
    assert.deepEqual(fileSecurityProblems(svgHybrid), [
        `${FILE_SECURITY_FILE}: SVG is HYBRID, not DOWNLOAD: a SVG file a customer uploads could open in the browser on a Salesforce domain`
    ]);
});

test('file security: an unknown type or behaviour, a wrong securityRiskFileType, two dispositions for a type: each in words', () => {
    const all = fileSecurity();
    assert.deepEqual(
        fileSecurityProblems([...all, { fileType: 'JS', behavior: 'DOWNLOAD', securityRiskFileType: 'true' }]),
        [
            `${FILE_SECURITY_FILE}: "JS" is not a file type a disposition takes (${RISKY_FILE_TYPES.join(', ')}, ` +
                'AVI, EXCEL, EXCEL_X, INSIGHT, MOV, MP3, MP4, MPEG, PDF, POWER_POINT, POWER_POINT_X, WAV, WMA, WMV, WORD, WORD_X)',
            `${FILE_SECURITY_FILE}: JS says securityRiskFileType true; the platform counts it no security risk (the field is read-only): write false`
        ]
    );
    const blocked = all.map((d) => (d.fileType === 'XML' ? { ...d, behavior: 'BLOCK' } : d));
    assert.deepEqual(fileSecurityProblems(blocked), [
        `${FILE_SECURITY_FILE}: XML has the behavior "BLOCK"; the Metadata API takes DOWNLOAD, EXECUTE, HYBRID`
    ]);
    const notRisky = all.map((d) => (d.fileType === 'EXE' ? { ...d, securityRiskFileType: 'false' } : d));
    assert.deepEqual(fileSecurityProblems(notRisky), [
        `${FILE_SECURITY_FILE}: EXE says securityRiskFileType false; the platform counts it a security risk (the field is read-only): write true`
    ]);
    const twice = [...all, { fileType: 'HTML', behavior: 'HYBRID', securityRiskFileType: 'true' }];
    assert.deepEqual(fileSecurityProblems(twice), [`${FILE_SECURITY_FILE}: HTML has 2 dispositions; keep one`]);
    // A PDF left to the org (HYBRID) is fine: only the risky types must be download-only.
    assert.deepEqual(
        fileSecurityProblems([...all, { fileType: 'PDF', behavior: 'HYBRID', securityRiskFileType: 'false' }]),
        []
    );
    // As the org answers a retrieve, named so.
    assert.match(fileSecurityProblems([], 'the org').join('\n'), /^the org: no disposition for EXE/);
});

test('org-settings without its file security file fails in words; a project without org-settings has none to check', (t) => {
    const dir = mkdtempSync(join(tmpdir(), 'support-portal-file-security-'));
    t.after(() => rmSync(dir, { recursive: true, force: true }));
    assert.deepEqual(checkFileSecurity({ root: dir }), []);
    mkdirSync(join(dir, 'org-settings/main/default'), { recursive: true });
    assert.deepEqual(checkFileSecurity({ root: dir }), [
        `${FILE_SECURITY_FILE} is missing: without it a new org keeps its default file download behaviour (FileUploadAndDownloadSecuritySettings)`
    ]);
});
