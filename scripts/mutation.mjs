// npm run test:mutation [-- rules | logic] [bundle ...]: Stryker mutates the rule modules and the components'
// logic (scripts/lib/mutation.mjs lists them), then each bundle's score is held to its threshold.
// `rules` alone is what CI runs: each rule module against the rule modules' own tests, which are
// its specification (and fast: no component is rendered). The components' logic is measured
// against every test that imports it. Reports: reports/mutation/<scope>.html and .json.
import { Stryker } from '@stryker-mutator/core';
import { LWC_DIR, bundleScores, mutationScopes, shortfalls } from './lib/mutation.mjs';

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
for (const run of runs) {
    const measured = scopes.filter(({ scope }) => scope === run);
    // Stryker merges these into stryker.config.mjs.
    const testMatch = measured.map(({ bundle }) => `<rootDir>/${LWC_DIR}/${bundle}/__tests__/**/*.test.ts`);
    const stryker = new Stryker({
        mutate: measured.flatMap(({ files }) => files),
        ...(run === 'rules' ? { jest: { config: { testMatch } } } : {}),
        // Mutants whose code and tests did not change since the last run keep their result.
        incremental: true,
        incrementalFile: `reports/stryker-incremental-${run}.json`,
        jsonReporter: { fileName: `reports/mutation/${run}.json` },
        htmlReporter: { fileName: `reports/mutation/${run}.html` }
    });
    const results = await stryker.runMutationTest();
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
if (problems.length) {
    console.error(`\nUnder threshold:\n${problems.map((line) => `  ${line}`).join('\n')}`);
    process.exit(1);
}
console.log('\nEvery bundle is at or above its threshold.');
