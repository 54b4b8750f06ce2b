// npm run test:mutation's lists and thresholds: which bundles are rule modules, which files are a
// component's logic, and a bundle under its threshold named with its score; and the tracked
// baseline: which inputs Stryker cannot see are fingerprinted, and the hint when it is stale.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
} from '../lib/mutation.mjs';

const root = new URL('../..', import.meta.url).pathname;

function bundle(dir, name, { exposed, files }) {
    mkdirSync(join(dir, LWC_DIR, name, '__tests__'), { recursive: true });
    writeFileSync(
        join(dir, LWC_DIR, name, `${name}.js-meta.xml`),
        `<LightningComponentBundle><isExposed>${exposed}</isExposed></LightningComponentBundle>`
    );
    for (const file of files) {
        writeFileSync(join(dir, LWC_DIR, name, file), '');
    }
}

test('a hidden bundle without a template is a rule module; a component contributes the files beside it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mutation-'));
    try {
        bundle(dir, 'rules', { exposed: false, files: ['rules.ts', 'table.ts', 'rules.js', 'types.d.ts'] });
        bundle(dir, 'child', { exposed: false, files: ['child.ts', 'child.html', 'secrets.ts'] });
        bundle(dir, 'page', { exposed: true, files: ['page.ts', 'page.html', 'labels.ts'] });
        bundle(dir, 'plain', { exposed: true, files: ['plain.ts', 'plain.html'] });
        assert.deepEqual(mutationScopes(dir), [
            { bundle: 'child', scope: 'logic', files: [`${LWC_DIR}/child/secrets.ts`] },
            { bundle: 'page', scope: 'logic', files: [`${LWC_DIR}/page/labels.ts`] },
            { bundle: 'rules', scope: 'rules', files: [`${LWC_DIR}/rules/rules.ts`, `${LWC_DIR}/rules/table.ts`] }
        ]);
    } finally {
        rmSync(dir, { recursive: true, force: true });
    }
});

test("the project's PIN rules are a rule module; a component's class is never among its logic", () => {
    const scopes = mutationScopes(root);
    assert.equal(scopes.find(({ bundle }) => bundle === 'supportPins')?.scope, 'rules');
    const logic = scopes.filter(({ scope }) => scope === 'logic');
    assert.ok(logic.length > 0);
    for (const { bundle, files } of logic) {
        assert.ok(!files.includes(`${LWC_DIR}/${bundle}/${bundle}.ts`), bundle);
    }
});

test('a crash counts as caught, a static mutant not at all; a bundle under its threshold is named', () => {
    const scopes = [
        { bundle: 'supportPins', scope: 'rules', files: [`${LWC_DIR}/supportPins/supportPins.ts`] },
        { bundle: 'supportPinBar', scope: 'logic', files: [`${LWC_DIR}/supportPinBar/panel.ts`] }
    ];
    const at = (file, status) => ({ fileName: join(root, LWC_DIR, file), status });
    const results = [
        ...Array.from({ length: 8 }, () => at('supportPins/supportPins.ts', 'Killed')),
        at('supportPins/supportPins.ts', 'RuntimeError'),
        at('supportPins/supportPins.ts', 'Survived'),
        at('supportPins/supportPins.ts', 'Ignored'),
        ...Array.from({ length: 3 }, () => at('supportPinBar/panel.ts', 'Killed')),
        at('supportPinBar/panel.ts', 'NoCoverage')
    ];
    const scores = bundleScores(root, scopes, results);
    assert.deepEqual(
        scores.map(({ bundle, score, detected, undetected }) => [bundle, score, detected, undetected]),
        [
            ['supportPins', 90, 9, 1],
            ['supportPinBar', 75, 3, 1]
        ]
    );
    assert.deepEqual(shortfalls(scores), []);
    results.push(at('supportPins/supportPins.ts', 'Survived'));
    assert.deepEqual(shortfalls(bundleScores(root, scopes, results)), [
        'supportPins: 81.8 % of mutants caught, under the 90 % a rule module needs (2 not caught)'
    ]);
});

test('only the run CI makes (every rule module) reads and writes the tracked baseline', () => {
    assert.equal(incrementalFile('rules', []), RULES_BASELINE);
    assert.equal(incrementalFile('rules', ['supportEmail']), 'reports/stryker-incremental-rules-supportEmail.json');
    assert.equal(incrementalFile('logic', []), 'reports/stryker-incremental-logic.json');
    assert.equal(fingerprintsFile(RULES_BASELINE), 'mutation/rules-incremental.fingerprints.json');
});

test("a rule module's labels, its tests' fixtures and files they read, and the tooling are inputs; its code and tests are not", () => {
    const dir = mkdtempSync(join(tmpdir(), 'mutation-'));
    try {
        bundle(dir, 'rules', { exposed: false, files: ['rules.ts', 'table.ts'] });
        const at = (path, text) => {
            mkdirSync(join(dir, path, '..'), { recursive: true });
            writeFileSync(join(dir, path), text);
        };
        at(
            `${LWC_DIR}/rules/rules.ts`,
            "import TITLE from '@salesforce/label/c.Title';\nimport { rows } from './table';\n"
        );
        at(
            `${LWC_DIR}/rules/__tests__/rules.test.ts`,
            "import fixture from './data/answer.json';\nimport CASE from '@metadata/picklists/Case';\n" +
                "const routes = join(__dirname, '../../../../../../site/routes');\n"
        );
        at(`${LWC_DIR}/rules/__tests__/data/answer.json`, '{}');
        at('site/routes/Home/content.json', '{}');
        at('site/other.json', '{}');
        at('jest/console-setup.js', '');
        at('jest/helpers.ts', '');
        at('jest/mocks/lightning/navigation.js', '');
        at('package-lock.json', '{}');
        at('scripts/mutation.mjs', '');
        const [scope] = mutationScopes(dir);
        assert.deepEqual(testFiles(dir, [scope]), [`${LWC_DIR}/rules/__tests__/rules.test.ts`]);
        assert.deepEqual(rulesInputs(dir, [scope]), [
            '.build/jest-labels/c.Title.js',
            '.build/jest-metadata/picklists/Case.json',
            `${LWC_DIR}/rules/__tests__/data/answer.json`,
            'jest/console-setup.js',
            'jest/mocks/lightning/navigation.js',
            'package-lock.json',
            'scripts/mutation.mjs',
            'site/routes/Home/content.json'
        ]);
    } finally {
        rmSync(dir, { recursive: true, force: true });
    }
});

test('a changed, added or removed input is named; an unchanged one is not', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mutation-'));
    try {
        writeFileSync(join(dir, 'a.json'), '1');
        writeFileSync(join(dir, 'b.json'), '2');
        const before = fingerprint(dir, ['a.json', 'b.json', 'gone.json']);
        assert.equal(before['gone.json'], null);
        assert.deepEqual(changedInputs(before, fingerprint(dir, ['a.json', 'b.json', 'gone.json'])), []);
        writeFileSync(join(dir, 'b.json'), '3');
        writeFileSync(join(dir, 'gone.json'), '');
        assert.deepEqual(changedInputs(before, fingerprint(dir, ['a.json', 'b.json', 'gone.json', 'new.json'])), [
            'b.json',
            'gone.json'
        ]);
        assert.deepEqual(changedInputs(before, fingerprint(dir, ['a.json'])), ['b.json']);
    } finally {
        rmSync(dir, { recursive: true, force: true });
    }
});

test('a stale or missing baseline prints one line saying what to run and commit; a current one nothing', () => {
    const report = { files: {} };
    assert.equal(baselineHint(RULES_BASELINE, { report, changed: [], stale: [] }), undefined);
    const commit = 'run `npm run test:mutation -- rules` and commit mutation/ so the next run reuses it.';
    assert.equal(
        baselineHint(RULES_BASELINE, { report: undefined, changed: [], stale: [] }),
        `mutation/rules-incremental.json was missing: every mutant was tested; ${commit}`
    );
    assert.equal(
        baselineHint(RULES_BASELINE, { report, changed: ['package-lock.json'], stale: [`${LWC_DIR}/a/a.ts`] }),
        `mutation/rules-incremental.json is out of date (package-lock.json changed since): every mutant was tested again; ${commit}`
    );
    assert.equal(
        baselineHint(RULES_BASELINE, { report, changed: [], stale: ['x/a.ts', 'x/b.ts', 'x/c.ts', 'x/d.ts'] }),
        `mutation/rules-incremental.json is out of date (a.ts, b.ts, c.ts and 1 more changed since): their changed mutants were tested again; ${commit}`
    );
});

test("the tracked report keeps no path of the machine that wrote it nor Stryker's options, in one order", () => {
    const at = (line, column) => ({ start: { line, column }, end: { line, column: column + 1 } });
    const report = {
        schemaVersion: '1.0',
        projectRoot: '/work/x',
        config: { tempDirName: '.stryker-tmp' },
        files: {
            'b.ts': { source: 'b', mutants: [{ id: '7', location: at(1, 1), status: 'Survived', coveredBy: [] }] },
            'a.ts': {
                source: 'a',
                mutants: [
                    {
                        id: '9',
                        location: at(3, 1),
                        status: 'Killed',
                        statusReason: "Cannot read 'body' of /work/x/.stryker-tmp/sandbox-1/a.ts",
                        coveredBy: ['t-late', 't-early'],
                        killedBy: ['t-late']
                    },
                    {
                        status: 'Killed',
                        id: '3',
                        location: at(2, 5),
                        statusReason:
                            'expect(received).toBe(expected)\n    at Object.<anonymous> (/work/x/a.test.ts:1:2)',
                        coveredBy: ['t-early'],
                        killedBy: ['t-early']
                    }
                ]
            }
        },
        testFiles: {
            'a.test.ts': {
                source: 't',
                tests: [
                    { id: 't-late', name: 'late', location: { start: { line: 9, column: 1 } } },
                    { id: 't-early', name: 'early', location: { start: { line: 2, column: 1 } } }
                ]
            }
        }
    };
    const expected = {
        files: {
            'a.ts': {
                mutants: [
                    {
                        coveredBy: ['0'],
                        id: '1',
                        killedBy: ['0'],
                        location: at(2, 5),
                        status: 'Killed',
                        statusReason: 'expect(received).toBe(expected)'
                    },
                    {
                        coveredBy: ['0', '1'],
                        id: '2',
                        killedBy: ['1'],
                        location: at(3, 1),
                        status: 'Killed',
                        statusReason: "Cannot read 'body' of .stryker-tmp/sandbox-1/a.ts"
                    }
                ],
                source: 'a'
            },
            'b.ts': { mutants: [{ coveredBy: [], id: '3', location: at(1, 1), status: 'Survived' }], source: 'b' }
        },
        schemaVersion: '1.0',
        testFiles: {
            'a.test.ts': {
                source: 't',
                tests: [
                    { id: '0', location: { start: { line: 2, column: 1 } }, name: 'early' },
                    { id: '1', location: { start: { line: 9, column: 1 } }, name: 'late' }
                ]
            }
        }
    };
    const portable = portableReport(report);
    assert.deepEqual(portable, expected);
    // The same report in another order, as another run writes it, is written the same.
    const reordered = JSON.parse(JSON.stringify(report), (key, value) =>
        value && typeof value === 'object' && !Array.isArray(value)
            ? Object.fromEntries(Object.entries(value).reverse())
            : Array.isArray(value) && key !== 'coveredBy'
              ? [...value].reverse()
              : value
    );
    assert.equal(JSON.stringify(portableReport(reordered)), JSON.stringify(portable));
    assert.equal(JSON.stringify(portableReport({ ...portable, projectRoot: '/work/x' })), JSON.stringify(portable));
});
