#!/usr/bin/env node
// Installs a version of the Thycotic Support Portal package into an org, then sets the
// portal up the way the scratch install does:
//   npm run package:install -- --target-org <alias> [--package 04t…] [--installation-key <key>] [--demo-data] [--dry-run]
// Without --package it installs the newest released version (package/released/). The org must
// have Lightning Knowledge, checked first. Runs again safely for an upgrade. The demo customer
// (Acme Corp, a portal user) only with --demo-data. --dry-run prints every step and runs nothing.
import { parseArgs } from 'node:util';
import { makeContext, runSteps } from './lib/sfRunner.mjs';
import { knowledgeRequiredStep, postInstallSteps } from './lib/portalSetup.mjs';
import { releasedManifests } from './lib/packageManifest.mjs';

export function parseOptions(argv) {
    const { values } = parseArgs({
        args: argv,
        options: {
            'target-org': { type: 'string' },
            package: { type: 'string' },
            'installation-key': { type: 'string' },
            'demo-data': { type: 'boolean', default: false },
            'dry-run': { type: 'boolean', default: false },
            help: { type: 'boolean', default: false }
        }
    });
    return {
        alias: values['target-org'],
        package: values.package,
        installationKey: values['installation-key'],
        demoData: values['demo-data'],
        dryRun: values['dry-run'],
        help: values.help
    };
}

/** The version to install: the one asked for, or the newest released one with an Id. */
export function packageToInstall(options, released = releasedManifests()) {
    if (options.package) {
        return { id: options.package, name: options.package };
    }
    const newest = released.filter((manifest) => manifest.subscriberPackageVersionId).at(-1);
    if (!newest) {
        throw new Error(
            'No released package version is recorded in package/released/ yet. Pass --package 04t… (npm run package:version prints it).'
        );
    }
    return { id: newest.subscriberPackageVersionId, name: `${newest.version} (${newest.subscriberPackageVersionId})` };
}

/** The steps, in order. */
export function steps(options, released) {
    if (!options.alias) {
        throw new Error(
            'Name the org: npm run package:install -- --target-org <alias> (npx sf org login web --alias <alias>).'
        );
    }
    const version = packageToInstall(options, released);
    const org = ['--target-org', options.alias];
    const key = options.installationKey ? ['--installation-key', options.installationKey] : [];
    return [
        {
            title: `Check that the org "${options.alias}" is authorised`,
            run: (ctx) => {
                const answer = ctx.sf(['org', 'display', ...org, '--json']);
                if (!ctx.dryRun && !answer.result?.id) {
                    throw new Error(
                        `The org "${options.alias}" is not authorised. Run: npx sf org login web --alias ${options.alias}`
                    );
                }
            }
        },
        // Before the package: it cannot install where Knowledge is off (portalSetup.mjs says why).
        knowledgeRequiredStep(org),
        {
            // AdminsOnly: access comes from the package's permission sets, assigned below
            // and by the admin to each portal user (least privilege).
            title: `Install the package version ${version.name} (an upgrade when an older version is there)`,
            run: (ctx) =>
                ctx.sf([
                    'package',
                    'install',
                    '--package',
                    version.id,
                    ...org,
                    ...key,
                    '--security-type',
                    'AdminsOnly',
                    '--wait',
                    '30',
                    '--publish-wait',
                    '10',
                    '--no-prompt'
                ])
        },
        ...postInstallSteps({ alias: options.alias, demoData: options.demoData })
    ];
}

export function install(options, log = console.log, { released, ctx } = {}) {
    return runSteps(steps(options, released), ctx ?? makeContext({ dryRun: options.dryRun, log }));
}

if (import.meta.url === `file://${process.argv[1]}`) {
    const options = parseOptions(process.argv.slice(2));
    if (options.help) {
        console.log(
            'Usage: npm run package:install -- --target-org <alias> [--package 04t…] [--installation-key <key>] [--demo-data] [--dry-run]'
        );
        process.exit(0);
    }
    try {
        install(options);
        console.log(options.dryRun ? '\nDry run: nothing was run.' : '\nDone.');
    } catch (error) {
        console.error(`\n${error.message}`);
        process.exit(1);
    }
}
