// Stryker: are the jest tests proven to catch bugs in the rule modules and the components' logic?
// scripts/mutation.mjs chooses what to mutate (`mutate` below is only the default for a bare
// `npx stryker run`) and holds each bundle to its threshold; docs/testing.md has the scores.
import writeTestModules from './jest/global-setup.mjs';

// Jest's global setup writes the label and metadata modules the tests import (.build/). Written
// here, before Stryker copies the project into its sandbox: with --findRelatedTests jest resolves
// every import before its global setup runs, and a module not yet written is "not found".
writeTestModules();

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
    packageManager: 'npm',
    testRunner: 'jest',
    jest: {
        // The project's own jest config (sfdx-lwc-jest's preset, labels, metadata, mocks). Jest
        // resolves `c/...` and `./x` to the .ts before the .js (moduleFileExtensions: ts, js), so
        // the .ts Stryker mutates is the file the tests run.
        projectType: 'custom',
        configFile: 'jest.config.js',
        // Only the tests that import the mutated file, directly or not.
        enableFindRelatedTests: true,
        // Written once above; not again before every mutant's run.
        config: { globalSetup: '' }
    },
    coverageAnalysis: 'perTest',
    // A static mutant (a constant evaluated when the module loads) needs every test re-run with a
    // fresh module registry; they are excluded rather than slowing every run.
    ignoreStatic: true,
    // The machine has two cores shared with other work.
    concurrency: 1,
    timeoutMS: 10000,
    mutate: ['force-app/main/default/lwc/*/*.ts', '!**/*.d.ts'],
    // What the tests never read: tool output, the browser tests and the tracked baseline.
    ignorePatterns: [
        '/mutation',
        'coverage',
        'test-results',
        'playwright-report',
        'preview/dist',
        'bench',
        'docs',
        '.sf',
        '.localdevserver'
    ],
    reporters: ['progress', 'clear-text', 'json', 'html'],
    jsonReporter: { fileName: 'reports/mutation/mutation.json' },
    htmlReporter: { fileName: 'reports/mutation/mutation.html' },
    clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
    thresholds: { high: 90, low: 75, break: null },
    tempDirName: '.stryker-tmp',
    cleanTempDir: 'always'
};
