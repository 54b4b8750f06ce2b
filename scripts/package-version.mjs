#!/usr/bin/env node
// A new version of the Thycotic Support Portal unlocked package (force-app):
//   npm run package:version -- [--dev-hub DevHub] [--installation-key <key>] [--promote] [--notes "…"] [--dry-run]
// Needs an authorised Dev Hub with Unlocked Packages enabled. Builds, runs the offline
// metadata checks (upgrade safety included), creates the package the first time, creates a
// version with code coverage and validation, and prints its install link and Id. With
// --promote it releases the version, writes its manifest to package/released/ and its
// entry to CHANGELOG.md (commit both). --dry-run prints every step and runs nothing.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { makeContext, root, runSteps } from './lib/sfRunner.mjs';
import {
    changelogEntry,
    changesBetween,
    lastReleased,
    packageDefinition,
    prependChangelog,
    RELEASED_DIR,
    releaseManifest
} from './lib/packageManifest.mjs';

export const INSTALL_URL = 'https://login.salesforce.com/packaging/installPackage.apexp?p0=';
export const SANDBOX_INSTALL_URL = 'https://test.salesforce.com/packaging/installPackage.apexp?p0=';

export function parseOptions(argv) {
    const { values } = parseArgs({
        args: argv,
        options: {
            'dev-hub': { type: 'string' },
            'installation-key': { type: 'string' },
            promote: { type: 'boolean', default: false },
            notes: { type: 'string' },
            'dry-run': { type: 'boolean', default: false },
            help: { type: 'boolean', default: false }
        }
    });
    return {
        devHub: values['dev-hub'],
        installationKey: values['installation-key'],
        promote: values.promote,
        notes: values.notes,
        dryRun: values['dry-run'],
        help: values.help
    };
}

/** "1.2.0.4" from a version report (`Version`, or its four number fields). */
export function versionOf(report) {
    if (report?.Version) {
        return report.Version;
    }
    const parts = ['MajorVersion', 'MinorVersion', 'PatchVersion', 'BuildNumber'].map((key) => report?.[key]);
    return parts.every((part) => part !== undefined) ? parts.join('.') : undefined;
}

/** The steps, in order. `run` gets a context with `sf()`, `npm()` and what earlier steps found. */
export function steps(options, { today = new Date(), projectRoot = root } = {}) {
    const definition = packageDefinition(projectRoot);
    const hub = options.devHub ? ['--target-dev-hub', options.devHub] : [];
    const key = options.installationKey
        ? ['--installation-key', options.installationKey]
        : ['--installation-key-bypass'];
    const released = lastReleased(projectRoot);
    const all = [
        {
            title: 'Check that a Dev Hub is authorised',
            run: (ctx) => {
                const answer = options.devHub
                    ? ctx.sf(['org', 'display', '--target-org', options.devHub, '--json'])
                    : ctx.sf(['config', 'get', 'target-dev-hub', '--json']);
                const found = options.devHub ? answer.result?.id : answer.result?.[0]?.value;
                if (!ctx.dryRun && !found) {
                    throw new Error(
                        'No Dev Hub. Run: npx sf org login web --set-default-dev-hub --alias DevHub (Unlocked Packages must be enabled in it).'
                    );
                }
            }
        },
        {
            title: `Build, then run the metadata checks (upgrade safety against ${released ? released.version : 'no released version'})`,
            run: (ctx) => {
                ctx.npm(['run', 'build']);
                ctx.npm(['run', 'test:metadata']);
            }
        },
        {
            title: `Create the unlocked package "${definition.package}" in the Dev Hub, if it is not there yet`,
            run: (ctx) => {
                if (definition.aliases[definition.package]) {
                    ctx.log(`  (already created: ${definition.aliases[definition.package]})`);
                    return;
                }
                // Adds the package's 0Ho Id to sfdx-project.json's packageAliases: commit it.
                ctx.sf([
                    'package',
                    'create',
                    '--name',
                    definition.package,
                    '--package-type',
                    'Unlocked',
                    '--path',
                    definition.path,
                    '--no-namespace',
                    '--description',
                    definition.versionDescription,
                    ...hub
                ]);
            }
        },
        {
            // --code-coverage: only versions built with it can be promoted ("Code Coverage for
            // Unlocked Packages"); without --skip-validation the version is validated too.
            title: `Create a version ${definition.versionNumber} with code coverage and validation (this takes a while)`,
            run: (ctx) => {
                const created = ctx.sf([
                    'package',
                    'version',
                    'create',
                    '--package',
                    definition.package,
                    '--code-coverage',
                    ...key,
                    '--wait',
                    '60',
                    ...hub,
                    '--json'
                ]);
                ctx.subscriberPackageVersionId = created.result?.SubscriberPackageVersionId ?? '<04t id>';
                const report = ctx.sf([
                    'package',
                    'version',
                    'report',
                    '--package',
                    ctx.subscriberPackageVersionId,
                    ...hub,
                    '--json'
                ]);
                ctx.version = versionOf(report.result) ?? definition.versionNumber;
            }
        },
        {
            title: 'Print the install link and the subscriber package version Id',
            run: (ctx) => {
                ctx.log(`\nPackage version ${ctx.version}: ${ctx.subscriberPackageVersionId}`);
                ctx.log(`Install in production or Developer Edition: ${INSTALL_URL}${ctx.subscriberPackageVersionId}`);
                ctx.log(`Install in a sandbox: ${SANDBOX_INSTALL_URL}${ctx.subscriberPackageVersionId}`);
                ctx.log(
                    `Or, with the site and sharing: npm run package:install -- --target-org <alias> --package ${ctx.subscriberPackageVersionId}`
                );
            }
        }
    ];
    if (!options.promote) {
        return all;
    }
    return [
        ...all,
        {
            title: 'Promote the version to released (production orgs install only released versions)',
            run: (ctx) =>
                ctx.sf([
                    'package',
                    'version',
                    'promote',
                    '--package',
                    ctx.subscriberPackageVersionId,
                    '--no-prompt',
                    ...hub
                ])
        },
        {
            title: `Record the release: its manifest in ${RELEASED_DIR}/ and its entry in CHANGELOG.md`,
            run: (ctx) => {
                const version = ctx.version.split('.').slice(0, 3).join('.');
                const date = today.toISOString().slice(0, 10);
                const manifest = releaseManifest(
                    { version, date, subscriberPackageVersionId: ctx.subscriberPackageVersionId },
                    projectRoot
                );
                const entry = changelogEntry(
                    { version, date, subscriberPackageVersionId: ctx.subscriberPackageVersionId, notes: options.notes },
                    changesBetween(released, manifest)
                );
                const manifestPath = join(RELEASED_DIR, `${version}.json`);
                ctx.log(`  write ${manifestPath}`);
                ctx.log('  write CHANGELOG.md:');
                ctx.log(entry.replace(/^/gm, '    '));
                if (!ctx.dryRun) {
                    mkdirSync(join(projectRoot, RELEASED_DIR), { recursive: true });
                    writeFileSync(join(projectRoot, manifestPath), JSON.stringify(manifest, null, 2) + '\n');
                    const changelogPath = join(projectRoot, 'CHANGELOG.md');
                    writeFileSync(changelogPath, prependChangelog(readFileSync(changelogPath, 'utf8'), entry));
                }
                ctx.log(
                    `  Commit ${manifestPath}, CHANGELOG.md and sfdx-project.json, then raise versionNumber for the next version.`
                );
            }
        }
    ];
}

export function createVersion(options, log = console.log, context = {}) {
    return runSteps(steps(options, context), context.ctx ?? makeContext({ dryRun: options.dryRun, log }));
}

if (import.meta.url === `file://${process.argv[1]}`) {
    const options = parseOptions(process.argv.slice(2));
    if (options.help) {
        console.log(
            'Usage: npm run package:version -- [--dev-hub DevHub] [--installation-key <key>] [--promote] [--notes "…"] [--dry-run]'
        );
        process.exit(0);
    }
    try {
        createVersion(options);
        console.log(options.dryRun ? '\nDry run: nothing was run.' : '\nDone.');
    } catch (error) {
        console.error(`\n${error.message}`);
        process.exit(1);
    }
}
