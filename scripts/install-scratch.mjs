#!/usr/bin/env node
// One command to a working Support Portal in a new scratch org:
//   npm run scratch:install -- [--alias support-portal] [--days 7] [--dry-run]
// Needs an authorised Dev Hub (npx sf org login web --set-default-dev-hub).
// Stops with a clear message at the first failure; --dry-run prints each step
// and runs nothing. The steps after the deploy are the package install's too
// (scripts/lib/portalSetup.mjs), with the demo customer always loaded here.
import { parseArgs } from 'node:util';
import { makeContext, runSteps } from './lib/sfRunner.mjs';
import { postInstallSteps } from './lib/portalSetup.mjs';

export {
    API_VERSION,
    CUSTOMER_LICENSES,
    chooseCustomerProfile,
    generatePassword,
    sampleDataFiles,
    sharingSetForProfile
} from './lib/portalSetup.mjs';

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
        ...postInstallSteps({ alias: options.alias, demoData: true }),
        {
            // After the demo data: some Flow Tests read it (Dana's address). Not in the package: a
            // subscriber's org has no demo data to run them against.
            title: 'Deploy the Flow Tests of the flow test table (flow-tests), which scratch:verify runs',
            run: (ctx) => ctx.sf(['project', 'deploy', 'start', '--source-dir', 'flow-tests', ...org, '--wait', '30'])
        }
    ];
}

export function install(options, log = console.log) {
    return runSteps(steps(options), makeContext({ dryRun: options.dryRun, log }));
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
