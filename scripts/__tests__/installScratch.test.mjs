// The scratch-org install cannot run here (no org), so its dry run, its options
// and the demo data it loads are what these tests prove.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
    sharingSetForProfile,
    chooseCustomerProfile,
    generatePassword,
    install,
    parseOptions,
    sampleDataFiles,
    steps
} from '../install-scratch.mjs';
import {
    demoArticles,
    demoArticlesStep,
    emailLinksStep,
    knowledgeUserStep,
    postInstallSteps,
    settingWithLinks
} from '../lib/portalSetup.mjs';
import { runSteps } from '../lib/sfRunner.mjs';
import { readCaseStatuses } from '../../org-model/caseStatuses.mjs';

test('reads its options, with defaults', () => {
    assert.deepEqual(parseOptions([]), { alias: 'support-portal', days: '7', dryRun: false, help: false });
    assert.deepEqual(parseOptions(['--alias', 'demo', '--days', '3', '--dry-run']), {
        alias: 'demo',
        days: '3',
        dryRun: true,
        help: false
    });
    assert.throws(() => parseOptions(['--unknown']));
});

test('a dry run prints every step and every command, in order, and runs nothing', () => {
    const lines = [];
    install({ alias: 'demo', days: '3', dryRun: true }, (line) => lines.push(line));
    const titles = lines
        .filter((line) => /^\n\[\d+\/\d+\]/.test(line))
        .map((line) => line.trim().replace(/^\[\d+\/\d+\] /, ''));
    assert.deepEqual(
        titles,
        steps({ alias: 'demo', days: '3' }).map((step) => step.title)
    );
    const commands = lines.filter((line) => line.startsWith('  $ '));
    assert.match(commands[0], /npx sf config get target-dev-hub/);
    assert.ok(
        commands.some((c) =>
            c.includes(
                'org create scratch --definition-file config/project-scratch-def.json --alias demo --duration-days 3'
            )
        )
    );
    assert.ok(commands.some((c) => c === '  $ npm run build'));
    const deployForceApp = commands.findIndex((c) =>
        c.includes('deploy start --source-dir force-app --target-org demo')
    );
    const deploySite = commands.findIndex((c) => c.includes('deploy start --source-dir site --target-org demo'));
    const importData = commands.findIndex((c) => c.includes('data import tree'));
    const publish = commands.findIndex((c) => c.includes('community publish --name "Support Portal"'));
    assert.ok(deployForceApp > 0 && deployForceApp < deploySite && deploySite < importData && importData < publish);
    // The admin becomes an engineer: the permission set and the group, each only when missing.
    assert.ok(commands.some((c) => c.includes('FROM PermissionSetAssignment WHERE AssigneeId')));
    // The portal user: a profile on a customer community license the org has, then the user,
    // its permission set and a password set through REST (no `org generate password`, which
    // works only for users the CLI created).
    const licenses = commands.findIndex((c) => c.includes('FROM UserLicense WHERE Name IN'));
    const createUser = commands.findIndex((c) => c.includes('data create record --sobject User '));
    const assign = commands.findIndex((c, i) => i > createUser && c.includes('--sobject PermissionSetAssignment'));
    const password = commands.findIndex((c) =>
        /api request rest "?\/services\/data\/v\d+\.0\/sobjects\/User\/.+\/password"? --method POST --body "?@.+password\.json/.test(
            c
        )
    );
    const settings = commands.findIndex((c) => c.includes('deploy start --metadata-dir'));
    assert.ok(commands.some((c) => c.includes('convert source --source-dir org-settings')));
    assert.ok(commands.some((c) => c.includes('--sobject GroupMember')));
    assert.ok(
        importData < licenses &&
            licenses < settings &&
            settings < createUser &&
            createUser < assign &&
            assign < password
    );
    assert.ok(password < publish);
    // Knowledge, from the scratch definition: the admin made a Knowledge user and given the author
    // set, then the demo articles loaded; nothing asks whether Knowledge is on or deploys it apart.
    const knowledgeUser = commands.findIndex((c) => c.includes('UserPermissionsKnowledgeUser=true'));
    const author = commands.findIndex((c) => c.includes("PermissionSet WHERE Name = 'Support_Knowledge_Author'"));
    const firstArticle = commands.findIndex((c) => c.includes('/sobjects/Knowledge__kav --method POST'));
    assert.ok(deployForceApp < knowledgeUser && knowledgeUser < author && author < firstArticle);
    assert.ok(firstArticle < createUser && createUser < publish);
    assert.ok(!commands.some((c) => c.includes('sobject describe --sobject Knowledge__kav')));
    assert.ok(!commands.some((c) => c.includes('--source-dir knowledge')));
    assert.ok(!commands.some((c) => c.includes('Knowledge_Reader')));
    assert.ok(!commands.some((c) => c.includes('org generate password')));
    assert.ok(!commands.some((c) => c.includes('--on-behalf-of')));
    assert.ok(lines.some((line) => line.includes('Support Portal: https://')));
    assert.ok(lines.some((line) => /^ {2}username dana\.scully\.\d+@acme\.example\.portal$/.test(line)));
    assert.ok(lines.some((line) => line === '  password <generated password>'));
});

test('stops at the first failing step and says which', () => {
    const failing = { alias: 'demo', days: '1', dryRun: false };
    // The first command "fails" as it is announced, so no real command ever runs here.
    const lines = [];
    assert.throws(
        () =>
            install(failing, (line) => {
                lines.push(line);
                if (line.startsWith('  $ ')) {
                    throw new Error('sf is not reachable here');
                }
            }),
        /^Error: Step 1 \(Check that a Dev Hub is authorised\) failed: sf is not reachable here$/
    );
    assert.equal(lines.filter((line) => line.startsWith('\n[')).length, 1);
});

test('loads the preview’s demo customer, covered from today, with every lookup resolvable', () => {
    const today = new Date('2026-11-22T12:00:00Z');
    const files = sampleDataFiles(today);
    assert.deepEqual(
        files['plan.json'].map((step) => step.sobject),
        ['Account', 'Contact', 'Support_License__c', 'Case']
    );
    const account = files['Account.json'].records[0];
    assert.equal(account.Name, 'Acme Corp');
    assert.equal(account.User_Licenses__c, 5);
    const references = new Set(
        Object.values(files)
            .flatMap((file) => file.records ?? [])
            .map((record) => `@${record.attributes.referenceId}`)
    );
    const licenses = files['Support_License__c.json'].records;
    assert.equal(
        licenses.reduce((sum, license) => sum + license.Quantity__c, 0),
        5
    );
    for (const license of licenses) {
        assert.ok(references.has(license.Account__c));
        const age = (today - new Date(license.Issued_On__c)) / 86400000;
        assert.ok(age >= 0 && age < 365, `license issued ${license.Issued_On__c} must be unexpired`);
    }
    for (const record of [...files['Contact.json'].records, ...files['Case.json'].records]) {
        assert.ok(references.has(record.AccountId), `${record.attributes.referenceId} → ${record.AccountId}`);
    }
    for (const record of files['Case.json'].records) {
        assert.ok(references.has(record.ContactId));
        assert.equal(record.Id, undefined);
        assert.equal(record.CaseNumber, undefined);
    }
});

test('chooses a customer community profile the org has free licenses for, the standard one first', () => {
    const licenses = [
        { Name: 'Customer Community', TotalLicenses: 5, UsedLicenses: 0 },
        { Name: 'Customer Community Plus', TotalLicenses: 5, UsedLicenses: 1 }
    ];
    const profiles = [
        { Id: '00e1', Name: 'Customer Community Plus User', UserLicense: { Name: 'Customer Community Plus' } },
        { Id: '00e2', Name: 'Customer Community User', UserLicense: { Name: 'Customer Community' } }
    ];
    assert.equal(chooseCustomerProfile(profiles, licenses).Id, '00e2');
    // The standard profile's license is used up: another licensed profile is used.
    const full = [{ ...licenses[0], UsedLicenses: 5 }, licenses[1]];
    assert.equal(chooseCustomerProfile(profiles, full).Id, '00e1');
});

test('stops with a message naming what is missing when the org has no customer community license', () => {
    assert.throws(
        () => chooseCustomerProfile([], []),
        /no free customer community license.*Customer Community, Customer Community Login, Customer Community Plus, Customer Community Plus Login.*it has none of them/
    );
    assert.throws(
        () =>
            chooseCustomerProfile(
                [{ Id: '00e2', Name: 'Customer Community User', UserLicense: { Name: 'Customer Community' } }],
                [{ Name: 'Customer Community', TotalLicenses: 2, UsedLicenses: 2 }]
            ),
        /it has Customer Community \(2 of 2 used\)/
    );
});

test('generates strong, different passwords from the CSPRNG', () => {
    const passwords = Array.from({ length: 50 }, () => generatePassword());
    assert.equal(new Set(passwords).size, 50);
    for (const password of passwords) {
        assert.equal(password.length, 20);
        assert.match(password, /[A-Z]/);
        assert.match(password, /[a-z]/);
        assert.match(password, /[0-9]/);
        assert.match(password, /[!#%+=?@]/);
    }
});

test('names the chosen profile in the sharing set it deploys', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sharing-set-'));
    try {
        const file = join(dir, 'Support_Portal_Customers.sharingSet');
        const source = readFileSync(
            new URL(
                '../../org-settings/main/default/sharingSets/Support_Portal_Customers.sharingSet-meta.xml',
                import.meta.url
            ),
            'utf8'
        );
        writeFileSync(file, source);
        sharingSetForProfile(dir, 'Customer Community Login User');
        const written = readFileSync(file, 'utf8');
        assert.match(written, /<profiles>customer community login user<\/profiles>/);
        assert.equal((written.match(/<profiles>/g) ?? []).length, 1);
        assert.match(written, /<accessMappings>/);
    } finally {
        rmSync(dir, { recursive: true, force: true });
    }
});

/** A fake CLI: answers each command by the first matching rule (an Error is thrown), records every command. */
function fakeCli(rules = []) {
    const commands = [];
    const lines = [];
    const sf = (args) => {
        const command = args.join(' ');
        commands.push(command);
        const rule = rules.find(([pattern]) => pattern.test(command))?.[1] ?? {};
        const answer = typeof rule === 'function' ? rule(command) : rule;
        if (answer instanceof Error) {
            throw answer;
        }
        return answer;
    };
    return { commands, lines, ctx: { dryRun: false, log: (line) => lines.push(line), sf, npm: sf } };
}

const ORG = ['--target-org', 'demo'];
/** The org's CaseStatus records once org-settings is deployed. */
const CASE_STATUSES = readCaseStatuses(new URL('../..', import.meta.url).pathname).map((v) => ({
    MasterLabel: v.label,
    ApiName: v.value,
    IsClosed: v.closed,
    IsDefault: v.default
}));

test('a real install makes the admin an article author and says who needs what for articles', () => {
    const { ctx, commands, lines } = fakeCli([
        [/^org display user/, { result: { id: '005A' } }],
        [/Name = 'Support_Knowledge_Author'/, { result: { records: [{ Id: '0PSK' }] } }],
        [/FROM PermissionSet WHERE|FROM Group WHERE/, { result: { records: [{ Id: '0PSA' }] } }],
        [/FROM User WHERE Id/, { result: { records: [{ UserPermissionsKnowledgeUser: true }] } }],
        [/FROM CaseStatus/, { result: { records: CASE_STATUSES } }],
        [
            /FROM UserLicense/,
            { result: { records: [{ Name: 'Customer Community', TotalLicenses: 5, UsedLicenses: 0 }] } }
        ],
        [
            /FROM Profile/,
            {
                result: {
                    records: [
                        { Id: '00eA', Name: 'Customer Community User', UserLicense: { Name: 'Customer Community' } }
                    ]
                }
            }
        ]
    ]);
    runSteps(postInstallSteps({ alias: 'demo', demoData: false }), ctx);
    assert.ok(lines.includes('  (the admin is a Knowledge user: kept)'));
    // The author set goes to the admin, unless the admin already holds it.
    assert.ok(
        commands.includes(
            "data query --query SELECT Id FROM PermissionSet WHERE Name = 'Support_Knowledge_Author' --target-org demo --json"
        )
    );
    assert.ok(
        commands.some((c) =>
            c.startsWith(
                "data create record --sobject PermissionSetAssignment --values AssigneeId='005A' PermissionSetId='0PSK'"
            )
        )
    );
    assert.ok(!commands.some((c) => c.includes('/sobjects/Knowledge__kav')), 'no demo articles unless asked');
    assert.ok(lines.some((line) => /Support Portal Customer permission set, which also reads the articles/.test(line)));
    const authors = lines.find((line) => line.startsWith('Article authors need'));
    assert.match(authors, /the Knowledge User license and the Support_Knowledge_Author permission set/);
    assert.match(authors, /Visible to Customer/);
    assert.match(authors, /data categories/);
    assert.ok(!lines.some((line) => /Knowledge is off|Knowledge_Reader/.test(line)));
});

test('where the admin gets no Knowledge User license, a plain install says so and goes on; a demo install stops', () => {
    const rules = [
        [/^org display user/, { result: { id: '005A' } }],
        [/UserPermissionsKnowledgeUser=true/, new Error('LICENSE_LIMIT_EXCEEDED: License Limit Exceeded')],
        [/FROM PermissionSet WHERE|FROM Group WHERE/, { result: { records: [{ Id: '0PSA' }] } }]
    ];
    const plain = fakeCli(rules);
    knowledgeUserStep(ORG, { demoData: false }).run(plain.ctx);
    assert.ok(
        plain.lines.some((line) =>
            line.startsWith('  (not done: LICENSE_LIMIT_EXCEEDED: License Limit Exceeded; give an article author')
        )
    );
    assert.throws(() => knowledgeUserStep(ORG, { demoData: true }).run(fakeCli(rules).ctx), /LICENSE_LIMIT_EXCEEDED/);
});

test('loads each demo article: English created and published, German submitted, filled in and published; bodies only in private files', () => {
    const articles = demoArticles();
    assert.ok(articles.length >= 2);
    const [first] = articles;
    const written = [];
    let submitted = false;
    const { ctx, commands } = fakeCli([
        [/^org display user/, { result: { id: '005A' } }],
        [/\/sobjects\/Knowledge__kav --method POST/, { id: 'ka0EN' }],
        [/WHERE Id = 'ka0EN'/, { result: { records: [{ Id: 'ka0EN', KnowledgeArticleId: 'kA0A' }] } }],
        // The draft translation exists once the article is submitted for translation.
        [
            /submitKnowledgeArticleForTranslation/,
            () => {
                submitted = true;
                return [{ isSuccess: true, errors: null, outputValues: { articleId: 'kA0A', language: 'de' } }];
            }
        ],
        [
            /KnowledgeArticleId = 'kA0A' AND Language = 'de' AND PublishStatus = 'Draft'/,
            () => ({ result: { records: submitted ? [{ Id: 'ka0DE', KnowledgeArticleId: 'kA0A' }] : [] } })
        ],
        [/actions\/standard/, [{ isSuccess: true, errors: null, outputValues: {} }]]
    ]);
    const sf = ctx.sf;
    ctx.sf = (args, options) => {
        const body = args[args.indexOf('--body') + 1];
        if (args.includes('--body')) {
            written.push(JSON.parse(readFileSync(body.slice(1), 'utf8')));
        }
        return sf(args, options);
    };
    const file = join(mkdtempSync(join(tmpdir(), 'articles-')), 'articles.json');
    writeFileSync(file, JSON.stringify([first]));
    demoArticlesStep(ORG, { file }).run(ctx);
    assert.deepEqual(
        commands.filter((c) => c.startsWith('api request rest')).map((c) => c.split(' ').slice(3, 6).join(' ')),
        [
            '/services/data/v64.0/sobjects/Knowledge__kav --method POST',
            '/services/data/v64.0/actions/standard/publishKnowledgeArticles --method POST',
            '/services/data/v64.0/actions/standard/submitKnowledgeArticleForTranslation --method POST',
            '/services/data/v64.0/sobjects/Knowledge__kav/ka0DE --method PATCH',
            '/services/data/v64.0/actions/standard/publishKnowledgeArticles --method POST'
        ]
    );
    assert.deepEqual(written[0], {
        Title: first.en.title,
        Summary: first.en.summary,
        Body__c: first.en.body,
        UrlName: first.urlName,
        Product__c: first.product,
        Language: 'en_US',
        IsVisibleInCsp: true,
        IsVisibleInPkb: false
    });
    assert.deepEqual(written[1], { inputs: [{ articleVersionIdList: ['ka0EN'], pubAction: 'PUBLISH_ARTICLE' }] });
    assert.deepEqual(written[2], { inputs: [{ articleId: 'kA0A', language: 'de', assigneeId: '005A' }] });
    assert.deepEqual(written[3], { Title: first.de.title, Summary: first.de.summary, Body__c: first.de.body });
    assert.deepEqual(written[4], { inputs: [{ articleVersionIdList: ['ka0DE'], pubAction: 'PUBLISH_TRANSLATION' }] });
    // No article text on a command line; every SOQL on article versions filters on PublishStatus or Id.
    assert.ok(!commands.some((c) => c.includes(first.en.title) || c.includes(first.de.title)));
    for (const query of commands.filter((c) => c.includes('FROM Knowledge__kav'))) {
        assert.match(query, /PublishStatus = '(Online|Draft)'|WHERE Id = /);
    }
});

test('demo articles already online are kept, and a failed publish stops the step in words', () => {
    const [first] = demoArticles();
    const file = join(mkdtempSync(join(tmpdir(), 'articles-')), 'articles.json');
    writeFileSync(file, JSON.stringify([first]));
    const online = fakeCli([
        [/PublishStatus = 'Online'/, { result: { records: [{ Id: 'ka0X', KnowledgeArticleId: 'kA0X' }] } }]
    ]);
    demoArticlesStep(ORG, { file }).run(online.ctx);
    assert.ok(!online.commands.some((c) => c.startsWith('api request rest')), 'nothing created twice');
    assert.ok(online.lines.includes(`  (${first.urlName}: online in English: kept)`));

    const refused = fakeCli([
        [/\/sobjects\/Knowledge__kav --method POST/, { id: 'ka0EN' }],
        [
            /publishKnowledgeArticles/,
            [{ isSuccess: false, errors: null, outputValues: { ka0EN: "You can't perform this action." } }]
        ]
    ]);
    assert.throws(
        () => demoArticlesStep(ORG, { file }).run(refused.ctx),
        /^Error: publishKnowledgeArticles failed: You can't perform this action\.$/
    );
});

test("points the emails' links at the org: the setting's Site URL and App URL, the rest of the record as shipped", () => {
    const shipped = readFileSync(
        new URL(
            '../../force-app/main/default/customMetadata/Support_Portal_Setting.Default.md-meta.xml',
            import.meta.url
        ),
        'utf8'
    );
    const set = settingWithLinks(shipped, {
        siteUrl: 'https://acme.my.site.com/support',
        appUrl: 'https://acme.my.salesforce.com'
    });
    assert.match(
        set,
        /<field>Site_Url__c<\/field>\s*<value xsi:type="xsd:string">https:\/\/acme\.my\.site\.com\/support<\/value>/
    );
    assert.match(
        set,
        /<field>App_Url__c<\/field>\s*<value xsi:type="xsd:string">https:\/\/acme\.my\.salesforce\.com<\/value>/
    );
    // Only those two values change.
    const without = (xml) => xml.replace(/<field>(Site|App)_Url__c<\/field>\s*<value[^>]*>[^<]*<\/value>/g, '');
    assert.equal(without(set), without(shipped));
    assert.throws(() => settingWithLinks('<CustomMetadata/>', { siteUrl: 'x', appUrl: 'y' }), /has no Site_Url__c/);

    // The step: the site's domain and the org's address read, then the record deployed as metadata.
    const { ctx, commands } = fakeCli([
        [/FROM DomainSite/, { result: { records: [{ Domain: { Domain: 'acme.my.site.com' } }] } }],
        [/^org display --target-org demo --json$/, { result: { instanceUrl: 'https://acme.my.salesforce.com' } }]
    ]);
    emailLinksStep(ORG).run(ctx);
    assert.ok(
        commands.some((c) =>
            /^project deploy start --metadata-dir \S+support-portal-links-\S+ --target-org demo --wait 30$/.test(c)
        )
    );
    // A failure is not fatal: it says what to set by hand.
    const failing = fakeCli([[/FROM DomainSite/, { result: { records: [] } }]]);
    emailLinksStep(ORG).run(failing.ctx);
    assert.ok(failing.lines.some((line) => /not done: .*Set Site URL and App URL in Setup/.test(line)));
});
