// The package: its definition, the upgrade-safety check, and the version and install
// scripts. No Dev Hub or org is reachable here, so the scripts are proven by their dry runs
// and by runs against a fake CLI that answers as an org would.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import {
    changesBetween,
    manifestFromSource,
    prependChangelog,
    releasedManifests,
    upgradeProblems
} from '../lib/packageManifest.mjs';
import { checkPackageDefinition, checkUpgradeSafety } from '../lib/packageChecks.mjs';
import * as packageVersion from '../package-version.mjs';
import * as packageInstall from '../package-install.mjs';

const repo = new URL('../..', import.meta.url).pathname;

/**
 * A small project: sfdx-project.json, one custom object with fields, fields added to the
 * standard Case (no object file, as the package ships them), one exposed bundle.
 */
function fixtureProject({ fields = {}, caseFields = {}, bundles = { widget: true }, project = {} } = {}) {
    const dir = mkdtempSync(join(tmpdir(), 'support-portal-package-'));
    const write = (path, text) => {
        mkdirSync(dirname(join(dir, path)), { recursive: true });
        writeFileSync(join(dir, path), text);
    };
    write(
        'sfdx-project.json',
        JSON.stringify({
            packageDirectories: [
                {
                    path: 'force-app',
                    default: true,
                    package: 'Thycotic Support Portal',
                    versionName: 'Test',
                    versionNumber: '1.0.0.NEXT',
                    versionDescription: 'Test package',
                    ...project
                },
                { path: 'site' }
            ],
            sourceApiVersion: '64.0'
        })
    );
    write('CHANGELOG.md', '# Changelog\n\nIntroduction.\n\n## 0.1.0 (2026-01-01)\n\nBaseline.\n');
    const object = 'force-app/main/default/objects/Support_PIN__c';
    write(
        `${object}/Support_PIN__c.object-meta.xml`,
        '<?xml version="1.0" encoding="UTF-8"?><CustomObject xmlns="http://soap.sforce.com/2006/04/metadata"><label>Support PIN</label></CustomObject>'
    );
    const field = (folder, name, xml) =>
        write(
            `${folder}/fields/${name}.field-meta.xml`,
            `<?xml version="1.0" encoding="UTF-8"?><CustomField xmlns="http://soap.sforce.com/2006/04/metadata"><fullName>${name}</fullName>${xml}</CustomField>`
        );
    for (const [name, xml] of Object.entries(fields)) {
        field(object, name, xml);
    }
    for (const [name, xml] of Object.entries(caseFields)) {
        field('force-app/main/default/objects/Case', name, xml);
    }
    for (const [bundle, exposed] of Object.entries(bundles)) {
        write(`force-app/main/default/lwc/${bundle}/${bundle}.js`, 'export default class {}\n');
        write(
            `force-app/main/default/lwc/${bundle}/${bundle}.js-meta.xml`,
            `<?xml version="1.0" encoding="UTF-8"?><LightningComponentBundle xmlns="http://soap.sforce.com/2006/04/metadata"><apiVersion>64.0</apiVersion><isExposed>${exposed}</isExposed></LightningComponentBundle>`
        );
    }
    return dir;
}

const PIN = '<label>PIN</label><type>Text</type><length>40</length>';
const KIND = '<label>Kind</label><type>Picklist</type>';
const released = (root, version = '0.1.0', extra = {}) => ({ version, ...manifestFromSource(root), ...extra });

/** A fake CLI: answers each command by the first matching rule, records every command. */
function fakeContext(rules = []) {
    const commands = [];
    const lines = [];
    const answer = (args) => {
        const command = args.join(' ');
        commands.push(command);
        return rules.find(([pattern]) => pattern.test(command))?.[1] ?? {};
    };
    return {
        commands,
        lines,
        ctx: { dryRun: false, log: (line) => lines.push(line), sf: answer, npm: answer }
    };
}

test('lists the package directory as the CLI’s registry does: fields with their shape, exposed bundles', () => {
    const root = fixtureProject({ fields: { PIN__c: PIN, Kind__c: KIND }, bundles: { widget: true, helper: false } });
    try {
        const manifest = manifestFromSource(root);
        assert.deepEqual(manifest.components.CustomObject, ['Support_PIN__c']);
        assert.deepEqual(manifest.components.CustomField, ['Support_PIN__c.Kind__c', 'Support_PIN__c.PIN__c']);
        assert.deepEqual(manifest.components.LightningComponentBundle, ['helper', 'widget']);
        assert.deepEqual(manifest.fields['Support_PIN__c.PIN__c'], { type: 'Text', length: 40 });
        assert.deepEqual(manifest.exposedComponents, ['widget']);
    } finally {
        rmSync(root, { recursive: true, force: true });
    }
});

test('the upgrade-safety check catches a deleted field, with what to do instead', () => {
    const before = fixtureProject({ fields: { PIN__c: PIN, Kind__c: KIND } });
    const after = fixtureProject({ fields: { PIN__c: PIN } });
    try {
        const problems = upgradeProblems(released(before), manifestFromSource(after));
        assert.equal(problems.length, 1);
        assert.match(problems[0], /^The field Support_PIN__c\.Kind__c was in 0\.1\.0 and is gone/);
        assert.match(problems[0], /Keep the field/);
    } finally {
        rmSync(before, { recursive: true, force: true });
        rmSync(after, { recursive: true, force: true });
    }
});

test('the upgrade-safety check catches a changed field type, and a shrunk length', () => {
    const before = fixtureProject({ fields: { PIN__c: PIN, Kind__c: KIND } });
    const after = fixtureProject({
        fields: {
            PIN__c: '<label>PIN</label><type>Text</type><length>20</length>',
            Kind__c: '<label>Kind</label><type>Text</type><length>40</length>'
        }
    });
    try {
        const problems = upgradeProblems(released(before), manifestFromSource(after));
        assert.equal(problems.length, 2);
        assert.ok(
            problems.some((p) =>
                /^The field Support_PIN__c\.Kind__c changed from Picklist to Text, length 40: .*add a new field with the new type/.test(
                    p
                )
            )
        );
        assert.ok(problems.some((p) => /^The field Support_PIN__c\.PIN__c's length shrank from 40 to 20/.test(p)));
    } finally {
        rmSync(before, { recursive: true, force: true });
        rmSync(after, { recursive: true, force: true });
    }
});

test('the upgrade-safety check names a rename as one, and catches a deleted object and a removed site component', () => {
    const before = fixtureProject({ fields: { PIN__c: PIN, Kind__c: KIND } });
    const renamed = fixtureProject({ fields: { PIN__c: PIN, Kind_Of_PIN__c: KIND } });
    try {
        const [rename] = upgradeProblems(released(before), manifestFromSource(renamed));
        assert.match(
            rename,
            /Support_PIN__c\.Kind__c .* Support_PIN__c\.Kind_Of_PIN__c is new with the same type: an API name cannot be renamed/
        );
        assert.match(rename, /change its label instead/);

        const empty = { components: {}, fields: {}, exposedComponents: [] };
        const problems = upgradeProblems(released(before), empty);
        assert.deepEqual(
            problems.map((p) => p.split(':')[0]),
            [
                'The custom object Support_PIN__c was in 0.1.0 and is gone',
                'The component widget was on the site palette in 0.1.0 and is gone'
            ],
            "the object's fields are reported with it, once"
        );
    } finally {
        rmSync(before, { recursive: true, force: true });
        rmSync(renamed, { recursive: true, force: true });
    }
});

test('additions are safe, and the changelog lists them', () => {
    const before = fixtureProject({ fields: { PIN__c: PIN } });
    const after = fixtureProject({ fields: { PIN__c: PIN, Kind__c: KIND }, bundles: { widget: true, gadget: true } });
    try {
        const base = released(before);
        const current = manifestFromSource(after);
        assert.deepEqual(upgradeProblems(base, current), []);
        assert.deepEqual(changesBetween(base, current), {
            added: ['CustomField Support_PIN__c.Kind__c', 'LightningComponentBundle gadget'],
            removed: [],
            changed: []
        });
    } finally {
        rmSync(before, { recursive: true, force: true });
        rmSync(after, { recursive: true, force: true });
    }
});

const HOURS = '<label>Technical Contact Hours</label><type>Text</type><length>255</length>';

test('fields the package adds to a standard object count: their shape is listed, a type change is caught', () => {
    const before = fixtureProject({ caseFields: { Technical_Contact_Hours__c: HOURS } });
    const after = fixtureProject({
        caseFields: { Technical_Contact_Hours__c: '<label>Technical Contact Hours</label><type>TextArea</type>' }
    });
    try {
        const manifest = manifestFromSource(before);
        assert.deepEqual(manifest.components.CustomField, ['Case.Technical_Contact_Hours__c']);
        assert.deepEqual(manifest.fields['Case.Technical_Contact_Hours__c'], { type: 'Text', length: 255 });
        const [problem, ...others] = upgradeProblems(released(before), manifestFromSource(after));
        assert.deepEqual(others, []);
        assert.match(
            problem,
            /^The field Case\.Technical_Contact_Hours__c changed from Text, length 255 to TextArea: an upgrade cannot convert/
        );
    } finally {
        rmSync(before, { recursive: true, force: true });
        rmSync(after, { recursive: true, force: true });
    }
});

test('a released manifest that lists a field without its shape is refused: the check could not protect it', () => {
    const root = fixtureProject({ caseFields: { Technical_Contact_Hours__c: HOURS } });
    try {
        const base = released(root);
        delete base.fields['Case.Technical_Contact_Hours__c'];
        assert.deepEqual(upgradeProblems(base, manifestFromSource(root)), [
            'The released manifest 0.1.0 lists the field Case.Technical_Contact_Hours__c without its shape (type, length): ' +
                'the check cannot tell whether an upgrade keeps its data. Add its shape as released to package/released/0.1.0.json ("fields"), read from the source of that version.'
        ]);
    } finally {
        rmSync(root, { recursive: true, force: true });
    }
});

test('the repo’s check catches Case.Technical_Contact_Hours__c changed from Text to TextArea', () => {
    const copy = mkdtempSync(join(tmpdir(), 'support-portal-upgrade-'));
    try {
        for (const path of ['sfdx-project.json', 'force-app', 'package/released']) {
            cpSync(join(repo, path), join(copy, path), { recursive: true });
        }
        const file = join(copy, 'force-app/main/default/objects/Case/fields/Technical_Contact_Hours__c.field-meta.xml');
        const xml = readFileSync(file, 'utf8');
        const broken = xml.replace(/<type>Text<\/type>\s*<length>255<\/length>/, '<type>TextArea</type>');
        assert.notEqual(broken, xml, 'the field is Text, length 255, in the source');
        writeFileSync(file, broken);
        const problems = checkUpgradeSafety({ root: copy });
        assert.equal(problems.length, 1, problems.join('\n'));
        assert.match(
            problems[0],
            /^The field Case\.Technical_Contact_Hours__c changed from Text, length 255 to TextArea: an upgrade cannot convert the data customers already have in it/
        );
    } finally {
        rmSync(copy, { recursive: true, force: true });
    }
});

test('the repo passes its own package checks: the definition, and upgrades from the last released version', () => {
    const project = { root: repo, sfdxProject: JSON.parse(readFileSync(join(repo, 'sfdx-project.json'), 'utf8')) };
    assert.deepEqual(checkPackageDefinition(project), []);
    assert.deepEqual(checkUpgradeSafety(project), []);
    assert.ok(releasedManifests(repo).length > 0, 'a released manifest is kept in package/released');
});

test('the package definition check refuses a packaged site, ancestors, and a version not above the released one', () => {
    const root = fixtureProject({ project: { versionNumber: '0.1.0.NEXT', ancestorVersion: 'HIGHEST' } });
    try {
        mkdirSync(join(root, 'package/released'), { recursive: true });
        writeFileSync(join(root, 'package/released/0.1.0.json'), JSON.stringify(released(root)));
        const sfdxProject = JSON.parse(readFileSync(join(root, 'sfdx-project.json'), 'utf8'));
        sfdxProject.packageDirectories[1].package = 'Site';
        const problems = checkPackageDefinition({ root, sfdxProject });
        assert.equal(problems.length, 3);
        assert.match(problems[0], /ancestorVersion is for managed packages/);
        assert.match(problems[1], /site must stay out of the package/);
        assert.match(problems[2], /versionNumber 0\.1\.0\.NEXT is not above the last released version 0\.1\.0/);
    } finally {
        rmSync(root, { recursive: true, force: true });
    }
});

test('the changelog gets a new entry above the newest one, below the introduction', () => {
    const changelog = '# Changelog\n\nIntroduction.\n\n## 0.1.0 (2026-01-01)\n\nBaseline.\n';
    assert.equal(
        prependChangelog(changelog, '## 1.0.0 (2026-02-01)\n\nFirst.\n'),
        '# Changelog\n\nIntroduction.\n\n## 1.0.0 (2026-02-01)\n\nFirst.\n\n## 0.1.0 (2026-01-01)\n\nBaseline.\n'
    );
});

// ---------------------------------------------------------------------------------------
// npm run package:version

test('package:version reads its options', () => {
    assert.deepEqual(packageVersion.parseOptions([]), {
        devHub: undefined,
        installationKey: undefined,
        promote: false,
        notes: undefined,
        dryRun: false,
        help: false
    });
    assert.equal(packageVersion.parseOptions(['--dev-hub', 'Hub', '--promote']).promote, true);
    assert.throws(() => packageVersion.parseOptions(['--unknown']));
});

test('package:version dry run prints every step and command, in order, with coverage and validation, and writes nothing', () => {
    const changelog = readFileSync(join(repo, 'CHANGELOG.md'), 'utf8');
    const lines = [];
    packageVersion.createVersion({ dryRun: true, promote: true, installationKey: 'k3y', devHub: 'Hub' }, (line) =>
        lines.push(line)
    );
    const titles = lines
        .filter((line) => /^\n\[\d+\/\d+\]/.test(line))
        .map((line) => line.trim().replace(/^\[\d+\/\d+\] /, ''));
    assert.deepEqual(
        titles,
        packageVersion.steps({ promote: true, devHub: 'Hub' }).map((step) => step.title)
    );
    const commands = lines.filter((line) => line.startsWith('  $ ')).map((line) => line.slice(4));
    const index = (text) => commands.findIndex((c) => c.includes(text));
    assert.equal(commands[0], 'npx sf org display --target-org Hub --json');
    assert.ok(index('npm run build') < index('npm run test:metadata'));
    assert.ok(
        index('npm run test:metadata') <
            index(
                'package create --name "Thycotic Support Portal" --package-type Unlocked --path force-app --no-namespace'
            )
    );
    const create = commands[index('package version create')];
    assert.match(
        create,
        /--package "Thycotic Support Portal" --code-coverage --installation-key \*{4} --wait 60 --target-dev-hub Hub --json/
    );
    assert.doesNotMatch(create, /skip-validation|k3y/);
    assert.ok(!lines.some((line) => line.includes('k3y')), 'the installation key is never printed');
    assert.ok(index('package version create') < index('package version promote'));
    assert.ok(
        lines.some((line) => line.includes('https://login.salesforce.com/packaging/installPackage.apexp?p0=<04t id>'))
    );
    assert.ok(lines.includes('  write package/released/1.0.0.json'));
    assert.equal(readFileSync(join(repo, 'CHANGELOG.md'), 'utf8'), changelog, 'a dry run writes nothing');
});

test('package:version without --promote creates and prints the version only; the key is bypassed when none is given', () => {
    const titles = packageVersion.steps({}).map((step) => step.title);
    assert.equal(titles.length, 5);
    assert.ok(!titles.some((title) => /Promote|Record/.test(title)));
    const lines = [];
    packageVersion.createVersion({ dryRun: true }, (line) => lines.push(line));
    assert.ok(
        lines.some((line) => line.includes('package version create') && line.includes('--installation-key-bypass'))
    );
    assert.ok(lines.some((line) => line.includes('config get target-dev-hub')));
});

test('package:version, released: records the manifest with the 04t Id and a changelog entry of what was added', () => {
    const root = fixtureProject({ fields: { PIN__c: PIN } });
    try {
        mkdirSync(join(root, 'package/released'), { recursive: true });
        writeFileSync(join(root, 'package/released/0.1.0.json'), JSON.stringify(released(root)));
        cpSync(join(root, 'force-app'), join(root, 'force-app-before'), { recursive: true });
        writeFileSync(
            join(root, 'force-app/main/default/objects/Support_PIN__c/fields/Kind__c.field-meta.xml'),
            `<?xml version="1.0" encoding="UTF-8"?><CustomField xmlns="http://soap.sforce.com/2006/04/metadata">${KIND}</CustomField>`
        );
        const { ctx, commands, lines } = fakeContext([
            [/^org display/, { result: { id: '00D' } }],
            [/^package version create/, { result: { SubscriberPackageVersionId: '04tXX0000000001AAA' } }],
            [
                /^package version report/,
                { result: { MajorVersion: 1, MinorVersion: 0, PatchVersion: 0, BuildNumber: 3 } }
            ]
        ]);
        packageVersion.createVersion({ promote: true, devHub: 'Hub', notes: 'First package version.' }, undefined, {
            ctx,
            today: new Date('2026-12-01T10:00:00Z'),
            projectRoot: root
        });
        assert.ok(
            commands.includes('package version promote --package 04tXX0000000001AAA --no-prompt --target-dev-hub Hub')
        );
        assert.ok(lines.some((line) => line.trim() === 'Package version 1.0.0.3: 04tXX0000000001AAA'));
        const manifest = JSON.parse(readFileSync(join(root, 'package/released/1.0.0.json'), 'utf8'));
        assert.equal(manifest.subscriberPackageVersionId, '04tXX0000000001AAA');
        assert.equal(manifest.released, '2026-12-01');
        assert.deepEqual(manifest.fields['Support_PIN__c.Kind__c'], { type: 'Picklist' });
        const changelog = readFileSync(join(root, 'CHANGELOG.md'), 'utf8');
        assert.match(
            changelog,
            /Introduction\.\n\n## 1\.0\.0 \(2026-12-01\)\n\nInstall: https:\/\/login\.salesforce\.com\/packaging\/installPackage\.apexp\?p0=04tXX0000000001AAA/
        );
        assert.match(changelog, /First package version\.\n\n### Added\n\n- CustomField Support_PIN__c\.Kind__c\n/);
        assert.ok(changelog.indexOf('## 1.0.0') < changelog.indexOf('## 0.1.0'));
    } finally {
        rmSync(root, { recursive: true, force: true });
    }
});

test('package:version stops with the CLI’s own words when the version cannot be created', () => {
    const { ctx } = fakeContext([[/^org display/, { result: { id: '00D' } }]]);
    ctx.sf = (args) => {
        if (args.includes('create') && args.includes('version')) {
            throw new Error('PackageVersionCreateError: the package has no code coverage');
        }
        return { result: { id: '00D' } };
    };
    assert.throws(
        () => packageVersion.createVersion({ devHub: 'Hub' }, undefined, { ctx }),
        /^Error: Step 4 \(Create a version 1\.0\.0\.NEXT with code coverage and validation \(this takes a while\)\) failed: PackageVersionCreateError/
    );
});

// ---------------------------------------------------------------------------------------
// npm run package:install

test('package:install reads its options and needs the org named', () => {
    assert.deepEqual(packageInstall.parseOptions(['--target-org', 'acme', '--demo-data']), {
        alias: 'acme',
        package: undefined,
        installationKey: undefined,
        demoData: true,
        dryRun: false,
        help: false
    });
    assert.throws(() => packageInstall.steps({}, []), /Name the org: npm run package:install -- --target-org <alias>/);
});

test('package:install takes the newest released version with an Id, or says how to get one', () => {
    const manifests = [
        { version: '0.1.0', subscriberPackageVersionId: null },
        { version: '1.0.0', subscriberPackageVersionId: '04tA' },
        { version: '1.1.0', subscriberPackageVersionId: '04tB' }
    ];
    assert.deepEqual(packageInstall.packageToInstall({}, manifests), { id: '04tB', name: '1.1.0 (04tB)' });
    assert.deepEqual(packageInstall.packageToInstall({ package: '04tC' }, manifests), { id: '04tC', name: '04tC' });
    assert.throws(() => packageInstall.packageToInstall({}, manifests.slice(0, 1)), /Pass --package 04t…/);
});

test('package:install dry run: the package, then the scratch install’s own setup steps; the demo customer only when asked', () => {
    const run = (options) => {
        const lines = [];
        packageInstall.install({ alias: 'acme', package: '04tXX0000000001AAA', dryRun: true, ...options }, (line) =>
            lines.push(line)
        );
        return {
            titles: lines
                .filter((line) => /^\n\[\d+\/\d+\]/.test(line))
                .map((line) => line.trim().replace(/^\[\d+\/\d+\] /, '')),
            commands: lines.filter((line) => line.startsWith('  $ ')).map((line) => line.slice(4)),
            lines
        };
    };
    const plain = run({ installationKey: 's3cret' });
    const index = (commands, text) => commands.findIndex((c) => c.includes(text));
    assert.ok(
        plain.commands.includes(
            'npx sf package install --package 04tXX0000000001AAA --target-org acme --installation-key **** --security-type AdminsOnly --wait 30 --publish-wait 10 --no-prompt'
        )
    );
    assert.ok(!plain.lines.some((line) => line.includes('s3cret')));
    const install = index(plain.commands, 'package install');
    // Knowledge is a prerequisite: checked before the package, never deployed apart.
    const knowledge = index(plain.commands, 'sobject describe --sobject Knowledge__kav --target-org acme --json');
    assert.ok(index(plain.commands, 'org display --target-org acme') < knowledge && knowledge < install);
    assert.equal(index(plain.commands, '--source-dir knowledge'), -1);
    assert.ok(install < index(plain.commands, 'deploy start --source-dir site --target-org acme'));
    assert.ok(
        install < index(plain.commands, "PermissionSet WHERE Name = 'Support_Knowledge_Author'"),
        'the admin writes articles, demo data or not'
    );
    assert.ok(
        index(plain.commands, 'deploy start --source-dir site') <
            index(plain.commands, 'convert source --source-dir org-settings')
    );
    assert.ok(
        index(plain.commands, '--metadata-dir') <
            index(plain.commands, 'community publish --name "Support Portal" --target-org acme')
    );
    assert.equal(index(plain.commands, 'data import tree'), -1, 'no demo data unless asked');
    assert.equal(index(plain.commands, 'Username='), -1);
    assert.equal(index(plain.commands, 'UserRole'), -1);

    const demo = run({ demoData: true });
    // The demo customer's data, the admin's role, the portal user, the demo articles, its sign-in for scratch:verify.
    assert.equal(demo.titles.length, plain.titles.length + 5);
    // The org's Case statuses: read before org-settings (its own are kept), checked after.
    const statusQueries = plain.commands.map((c, i) => (c.includes('FROM CaseStatus') ? i : -1)).filter((i) => i >= 0);
    assert.equal(statusQueries.length, 2);
    assert.ok(
        statusQueries[0] < index(plain.commands, '--metadata-dir') &&
            index(plain.commands, '--metadata-dir') < statusQueries[1]
    );
    assert.equal(index(plain.commands, '/sobjects/Knowledge__kav'), -1, 'no demo articles unless asked');
    assert.ok(
        index(demo.commands, "PermissionSet WHERE Name = 'Support_Knowledge_Author'") <
            index(demo.commands, '/sobjects/Knowledge__kav --method POST')
    );
    assert.ok(index(demo.commands, 'data import tree --plan') > index(demo.commands, 'package install'));
    assert.ok(index(demo.commands, "Username='dana.scully") > index(demo.commands, '--metadata-dir'));
    assert.ok(demo.lines.some((line) => /^ {2}username dana\.scully\.\d+@acme\.example\.portal$/.test(line)));
});

test('package:install run again (an upgrade) keeps the engineer access already there', () => {
    const { ctx, commands } = fakeContext([
        [/^org display user/, { result: { id: '005A', username: 'admin@acme' } }],
        [/^org display/, { result: { id: '00D' } }],
        [/FROM PermissionSet WHERE/, { result: { records: [{ Id: '0PSA' }] } }],
        [/FROM PermissionSetAssignment/, { result: { records: [{ Id: '0PaA' }] } }],
        [/FROM Group WHERE/, { result: { records: [{ Id: '00GA' }] } }],
        [/FROM GroupMember/, { result: { records: [{ Id: '011A' }] } }],
        [
            /FROM CaseStatus/,
            {
                result: {
                    records: ['New', 'Working', 'Waiting on Customer', 'Escalated', 'Closed'].map((status) => ({
                        MasterLabel: status,
                        ApiName: status,
                        IsClosed: status === 'Closed',
                        IsDefault: status === 'New'
                    }))
                }
            }
        ],
        [
            /FROM UserLicense/,
            { result: { records: [{ Name: 'Customer Community', TotalLicenses: 5, UsedLicenses: 1 }] } }
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
    packageInstall.install({ alias: 'acme', package: '04tXX0000000001AAA' }, undefined, { ctx });
    assert.ok(commands.some((c) => c.startsWith('package install --package 04tXX0000000001AAA')));
    assert.ok(!commands.some((c) => c.startsWith('data create record')), 'nothing created twice');
    assert.ok(commands.some((c) => c.startsWith('community publish')));
});

test('package:install stops before installing, in words, where the org has no Knowledge', () => {
    const { ctx, commands } = fakeContext([
        [/^org display/, { result: { id: '00D' } }],
        [/^sobject describe --sobject Knowledge__kav/, new Error("sObject type 'Knowledge__kav' is not supported.")]
    ]);
    ctx.sf = ((answer) => (args) => {
        const result = answer(args);
        if (result instanceof Error) {
            throw result;
        }
        return result;
    })(ctx.sf);
    assert.throws(
        () => packageInstall.install({ alias: 'acme', package: '04tXX0000000001AAA' }, undefined, { ctx }),
        (error) =>
            error.message ===
            "Step 2 (Check that the org has Lightning Knowledge (the package needs it)) failed: Turn on Lightning Knowledge (Setup → Knowledge Settings) before installing the Support Portal: its article suggestions read Knowledge articles. (Knowledge__kav: sObject type 'Knowledge__kav' is not supported.)"
    );
    assert.ok(!commands.some((c) => c.startsWith('package install')), 'nothing installed');
});

test('package:install stops, naming what is missing, when the package did not bring its permission set', () => {
    const { ctx } = fakeContext([
        [/^org display user/, { result: { id: '005A' } }],
        [/^org display/, { result: { id: '00D' } }]
    ]);
    assert.throws(
        () => packageInstall.install({ alias: 'acme', package: '04tXX0000000001AAA' }, undefined, { ctx }),
        /failed: The permission set Support_Engineer is not in the org: the components \(force-app or the package\) did not install completely\./
    );
});
