#!/usr/bin/env node
// One command to a working Support Portal in a new scratch org:
//   npm run scratch:install -- [--alias support-portal] [--days 7] [--dry-run]
// Needs an authorised Dev Hub (npx sf org login web --set-default-dev-hub).
// Stops with a clear message at the first failure; --dry-run prints each step
// and runs nothing.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { seedRecords } from '../preview/platform/seed.mjs';

const root = new URL('..', import.meta.url).pathname;
const SITE_NAME = 'Support Portal';
const SITE_PATH = 'support';
const CUSTOMER_PROFILE = 'Customer Community User';

export function parseOptions(argv) {
    const { values } = parseArgs({
        args: argv,
        options: {
            alias: { type: 'string', default: 'support-portal' },
            days: { type: 'string', default: '7' },
            'dry-run': { type: 'boolean', default: false },
            help: { type: 'boolean', default: false }
        }
    });
    return { alias: values.alias, days: values.days, dryRun: values['dry-run'], help: values.help };
}

/**
 * The demo customer as `sf data import tree` files: the preview's seed, with
 * support licenses dated from today so the customer is covered.
 */
export function sampleDataFiles(today = new Date()) {
    const seed = seedRecords(today);
    // Lookups point at other records of the tree by reference ID (@Ref<seed id>).
    const tree = (type, records, fields, lookups = []) => ({
        records: records.map((record) => ({
            attributes: { type, referenceId: `Ref${record.Id}` },
            ...Object.fromEntries(
                fields
                    .filter((field) => record[field] !== undefined && record[field] !== null)
                    .map((field) => [field, record[field]])
            ),
            ...Object.fromEntries(lookups.map((field) => [field, `@Ref${record[field]}`]))
        }))
    });
    return {
        'Account.json': tree('Account', seed.Account, ['Name', 'Phone', 'Support_Product__c', 'User_Licenses__c']),
        'Contact.json': tree('Contact', seed.Contact, ['FirstName', 'LastName', 'Email', 'Phone'], ['AccountId']),
        'Support_License__c.json': tree(
            'Support_License__c',
            seed.Support_License__c,
            ['Quantity__c', 'Issued_On__c'],
            ['Account__c']
        ),
        'Case.json': tree(
            'Case',
            seed.Case,
            ['Subject', 'Status', 'Severity__c', 'Product__c', 'Origin'],
            ['AccountId', 'ContactId']
        ),
        'plan.json': [
            { sobject: 'Account', saveRefs: true, resolveRefs: false, files: ['Account.json'] },
            { sobject: 'Contact', saveRefs: true, resolveRefs: true, files: ['Contact.json'] },
            { sobject: 'Support_License__c', saveRefs: false, resolveRefs: true, files: ['Support_License__c.json'] },
            { sobject: 'Case', saveRefs: false, resolveRefs: true, files: ['Case.json'] }
        ]
    };
}

/** The steps, in order. `run` gets a context with `sf()` and what earlier steps found. */
export function steps(options) {
    const org = ['--target-org', options.alias];
    return [
        {
            title: 'Check that a Dev Hub is authorised',
            run: (ctx) => {
                const hub = ctx.sf(['config', 'get', 'target-dev-hub', '--json']);
                if (!ctx.dryRun && !hub.result?.[0]?.value) {
                    throw new Error(
                        'No default Dev Hub. Run: npx sf org login web --set-default-dev-hub --alias DevHub'
                    );
                }
            }
        },
        {
            title: `Create the scratch org "${options.alias}" (${options.days} days)`,
            run: (ctx) =>
                ctx.sf([
                    'org',
                    'create',
                    'scratch',
                    '--definition-file',
                    'config/project-scratch-def.json',
                    '--alias',
                    options.alias,
                    '--duration-days',
                    options.days,
                    '--set-default',
                    '--wait',
                    '20'
                ])
        },
        {
            title: 'Build the components (TypeScript → JavaScript, LWC compile check)',
            run: (ctx) => ctx.npm(['run', 'build'])
        },
        {
            title: 'Deploy the components, objects, labels and permission sets (force-app)',
            run: (ctx) => ctx.sf(['project', 'deploy', 'start', '--source-dir', 'force-app', ...org, '--wait', '30'])
        },
        {
            title: 'Deploy the Support Portal site (site)',
            run: (ctx) => ctx.sf(['project', 'deploy', 'start', '--source-dir', 'site', ...org, '--wait', '30'])
        },
        {
            title: 'Give the admin a role (portal users need an account owner with one) and the Support Engineer permission set',
            run: (ctx) => {
                const admin = ctx.sf(['org', 'display', 'user', ...org, '--json']).result ?? { id: '<admin id>' };
                ctx.adminUsername = admin.username;
                const role = ctx.sf([
                    'data',
                    'create',
                    'record',
                    '--sobject',
                    'UserRole',
                    '--values',
                    "Name='Support Portal Owner'",
                    ...org,
                    '--json'
                ]);
                ctx.sf([
                    'data',
                    'update',
                    'record',
                    '--sobject',
                    'User',
                    '--record-id',
                    admin.id,
                    '--values',
                    `UserRoleId='${role.result?.id ?? '<role id>'}'`,
                    ...org
                ]);
                ctx.sf(['org', 'assign', 'permset', '--name', 'Support_Engineer', ...org]);
            }
        },
        {
            title: 'Load the demo customer: Acme Corp, Dana Scully, support licenses, cases',
            run: (ctx) => {
                const dir = ctx.dryRun ? '<temporary folder>' : mkdtempSync(join(tmpdir(), 'support-portal-data-'));
                if (!ctx.dryRun) {
                    for (const [file, content] of Object.entries(sampleDataFiles())) {
                        writeFileSync(join(dir, file), JSON.stringify(content, null, 2));
                    }
                }
                ctx.sf(['data', 'import', 'tree', '--plan', join(dir, 'plan.json'), ...org]);
            }
        },
        {
            title: `Create the demo customer's portal user (${CUSTOMER_PROFILE}) and give it the Support Portal Customer permission set`,
            run: (ctx) => {
                const query = (soql) =>
                    ctx.sf(['data', 'query', '--query', soql, ...org, '--json']).result?.records?.[0];
                const profile = query(`SELECT Id FROM Profile WHERE Name = '${CUSTOMER_PROFILE}'`);
                const contact = query("SELECT Id FROM Contact WHERE Email = 'dana.scully@acme.example'");
                if (!ctx.dryRun && (!profile || !contact)) {
                    throw new Error(`The org has no ${CUSTOMER_PROFILE} profile or the demo contact was not loaded.`);
                }
                ctx.customerUsername = `dana.scully.${Date.now()}@acme.example.portal`;
                ctx.sf([
                    'data',
                    'create',
                    'record',
                    '--sobject',
                    'User',
                    ...org,
                    '--values',
                    [
                        `Username='${ctx.customerUsername}'`,
                        "Email='dana.scully@acme.example'",
                        "FirstName='Dana'",
                        "LastName='Scully'",
                        "Alias='dscully'",
                        `ProfileId='${profile?.Id ?? '<profile id>'}'`,
                        `ContactId='${contact?.Id ?? '<contact id>'}'`,
                        "TimeZoneSidKey='America/New_York'",
                        "LocaleSidKey='en_US'",
                        "LanguageLocaleKey='en_US'",
                        "EmailEncodingKey='UTF-8'"
                    ].join(' ')
                ]);
                ctx.sf([
                    'org',
                    'assign',
                    'permset',
                    '--name',
                    'Support_Portal_Customer',
                    '--on-behalf-of',
                    ctx.customerUsername,
                    ...org
                ]);
                ctx.sf(['org', 'generate', 'password', '--on-behalf-of', ctx.customerUsername, ...org]);
            }
        },
        {
            title: `Publish the ${SITE_NAME} site`,
            run: (ctx) => ctx.sf(['community', 'publish', '--name', SITE_NAME, ...org])
        },
        {
            title: "Print the site's address and how to log in",
            run: (ctx) => {
                const domain = ctx.sf([
                    'data',
                    'query',
                    '--query',
                    `SELECT Domain.Domain FROM DomainSite WHERE PathPrefix = '/${SITE_PATH}'`,
                    ...org,
                    '--json'
                ]).result?.records?.[0]?.Domain?.Domain;
                ctx.log(`\nSupport Portal: https://${domain ?? '<your site domain>'}/${SITE_PATH}/`);
                ctx.log(
                    `Log in as the demo customer: ${ctx.customerUsername ?? '<customer username>'} with the password printed above.`
                );
                ctx.log(`Setup and data as the admin: npx sf org open --target-org ${options.alias}`);
            }
        }
    ];
}

export function install(options, log = console.log) {
    const env = {
        ...process.env,
        SF_DISABLE_TELEMETRY: 'true',
        SF_AUTOUPDATE_DISABLE: 'true',
        SF_SKIP_NEW_VERSION_CHECK: 'true'
    };
    const sfBin = join(root, 'node_modules/.bin/sf');
    const exec = (command, shown, args) => {
        log(`  $ ${[shown, ...args.map((arg) => (/[\s']/.test(arg) ? JSON.stringify(arg) : arg))].join(' ')}`);
        if (options.dryRun) {
            return {};
        }
        const output = execFileSync(command, args, {
            cwd: root,
            env,
            encoding: 'utf8',
            stdio: ['ignore', 'pipe', 'inherit']
        });
        if (args.includes('--json')) {
            return JSON.parse(output);
        }
        process.stdout.write(output);
        return {};
    };
    const ctx = {
        dryRun: options.dryRun,
        log,
        sf: (args) => exec(sfBin, 'npx sf', args),
        npm: (args) => exec('npm', 'npm', args)
    };
    const all = steps(options);
    all.forEach((step, index) => {
        log(`\n[${index + 1}/${all.length}] ${step.title}`);
        try {
            step.run(ctx);
        } catch (error) {
            const reason = error.stderr?.toString().trim() || error.message;
            throw new Error(`Step ${index + 1} (${step.title}) failed: ${reason}`, { cause: error });
        }
    });
    return ctx;
}

if (import.meta.url === `file://${process.argv[1]}`) {
    const options = parseOptions(process.argv.slice(2));
    if (options.help) {
        console.log('Usage: npm run scratch:install -- [--alias support-portal] [--days 7] [--dry-run]');
        process.exit(0);
    }
    try {
        install(options);
        console.log(options.dryRun ? '\nDry run: nothing was run.' : '\nDone.');
    } catch (error) {
        console.error(`\n${error.message}`);
        console.error(
            `The scratch org "${options.alias}" may be half set up; remove it with: npx sf org delete scratch --target-org ${options.alias} --no-prompt`
        );
        process.exit(1);
    }
}
