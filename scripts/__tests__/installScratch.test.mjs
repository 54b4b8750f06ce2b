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
    const assign = commands.findLastIndex((c) => c.includes('--sobject PermissionSetAssignment'));
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
