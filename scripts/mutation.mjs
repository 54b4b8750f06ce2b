// npm run test:mutation [-- rules | logic] [bundle ...]: Stryker mutates the rule modules and the components'
// logic (scripts/lib/mutation.mjs lists them), then each bundle's score is held to its threshold.
// `rules` alone is what CI runs: each rule module against the rule modules' own tests, which are
// its specification (and fast: no component is rendered). The components' logic is measured
// against every test that imports it. Reports: reports/mutation/<scope>.html and .json.
//
// Incremental: a mutant whose code and tests did not change keeps its last result. `rules` alone
// starts from the tracked baseline (mutation/rules-incremental.json) and writes it back; when an
// input Stryker cannot see changed (a label, a fixture, the tooling: lib/mutation.mjs) every
// mutant is tested again. A stale baseline makes the run slower, never its result different.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Stryker } from '@stryker-mutator/core';
import prettier from 'prettier';
import writeTestModules from '../jest/global-setup.mjs';
import {
    LWC_DIR,
    RULES_BASELINE,
    baselineHint,
    bundleScores,
    changedInputs,
    fingerprint,
    incrementalFile,
    fingerprintsFile,
    mutationScopes,
    portableReport,
    rulesInputs,
    shortfalls,
    testFiles
} from './lib/mutation.mjs';

const root = new URL('..', import.meta.url).pathname;
const args = process.argv.slice(2);
const allScopes = mutationScopes(root);
const unknown = args.filter(
    (arg) => !['rules', 'logic'].includes(arg) && !allScopes.some(({ bundle }) => bundle === arg)
);
if (unknown.length) {
    console.error(`Unknown ${unknown.join(', ')}: say rules, logic or a bundle's name.`);
    process.exit(2);
}
const bundles = args.filter((arg) => !['rules', 'logic'].includes(arg));
const scopes = allScopes.filter(({ bundle }) => !bundles.length || bundles.includes(bundle));
const named = args.filter((arg) => ['rules', 'logic'].includes(arg));
const runs = ['rules', 'logic'].filter((run) =>
    named.length ? named.includes(run) : scopes.some(({ scope }) => scope === run)
);
const problems = [];
const table = [];
const hints = [];

function readJson(path) {
    return existsSync(join(root, path)) ? JSON.parse(readFileSync(join(root, path), 'utf8')) : undefined;
}

// Formatted as Prettier would (npm test checks every .json).
async function writeJson(path, value) {
    const text = await prettier.format(JSON.stringify(value), {
        ...(await prettier.resolveConfig(join(root, path))),
        filepath: join(root, path)
    });
    writeFileSync(join(root, path), text);
}

for (const run of runs) {
    const measured = scopes.filter(({ scope }) => scope === run);
    // Stryker merges these into stryker.config.mjs.
    const testMatch = measured.map(({ bundle }) => `<rootDir>/${LWC_DIR}/${bundle}/__tests__/**/*.test.ts`);
    const mutate = measured.flatMap(({ files }) => files);
    const incremental = incrementalFile(run, bundles);
    const report = readJson(incremental);
    // What the results depend on besides the mutated and test files (rules runs only: a logic
    // file's tests are whichever import it).
    let fingerprints;
    let changed = [];
    let stale = [];
    if (run === 'rules') {
        writeTestModules(); // the label and metadata modules, fingerprinted below
        fingerprints = {
            inputs: fingerprint(root, rulesInputs(root, measured)),
            sources: fingerprint(root, [...mutate, ...testFiles(root, measured)])
        };
        const before = readJson(fingerprintsFile(incremental));
        if (report) {
            changed = before?.inputs
                ? changedInputs(before.inputs, fingerprints.inputs)
                : [fingerprintsFile(incremental)];
            stale = before?.sources ? changedInputs(before.sources, fingerprints.sources) : [];
        }
    }
    const stryker = new Stryker({
        mutate,
        ...(run === 'rules' ? { jest: { config: { testMatch } } } : {}),
        // Mutants whose code and tests did not change since the last run keep their result;
        // all are tested again when something else they depend on changed.
        incremental: true,
        incrementalFile: incremental,
        force: changed.length > 0,
        jsonReporter: { fileName: `reports/mutation/${run}.json` },
        htmlReporter: { fileName: `reports/mutation/${run}.html` }
    });
    const results = await stryker.runMutationTest();
    await writeJson(incremental, portableReport(readJson(incremental)));
    if (fingerprints) {
        await writeJson(fingerprintsFile(incremental), fingerprints);
    }
    const hint = incremental === RULES_BASELINE && baselineHint(incremental, { report, changed, stale });
    if (hint) {
        hints.push(hint);
    }
    const scores = bundleScores(root, measured, results);
    table.push(...scores);
    problems.push(...shortfalls(scores));
}

console.log('\nMutation score by bundle (killed, timed out or crashed / all but static):');
for (const { bundle, scope, score, threshold, detected, undetected } of table) {
    const shown = score === undefined ? 'no mutants' : `${score} %`;
    console.log(
        `  ${bundle.padEnd(28)} ${scope.padEnd(6)} ${shown.padStart(8)}  (${detected} caught, ${undetected} not; at least ${threshold} %)`
    );
}
for (const hint of hints) {
    console.log(`\nHint: ${hint}`);
}
if (problems.length) {
    console.error(`\nUnder threshold:\n${problems.map((line) => `  ${line}`).join('\n')}`);
    process.exit(1);
}
console.log('\nEvery bundle is at or above its threshold.');
