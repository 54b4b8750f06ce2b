// npm run test:mutation's lists and thresholds: which bundles are rule modules, which files are a
// component's logic, and a bundle under its threshold named with its score.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LWC_DIR, bundleScores, mutationScopes, shortfalls } from '../lib/mutation.mjs';

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
