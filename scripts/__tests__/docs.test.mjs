// The docs name what the house holds: every component and module bundle has its row in
// docs/components.md, so a new bundle cannot be left out of the map (issue 26: three were).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';

const root = new URL('../..', import.meta.url).pathname;

/** The bundles under lwc/ that docs/components.md does not name. */
export function bundlesMissingFrom(componentsDoc, bundles) {
    return bundles.filter((bundle) => !componentsDoc.includes(`\`${bundle}\``));
}

test('docs/components.md names every bundle under force-app/main/default/lwc', () => {
    const bundles = readdirSync(`${root}force-app/main/default/lwc`, { withFileTypes: true })
        .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
        .map((entry) => entry.name);
    const doc = readFileSync(`${root}docs/components.md`, 'utf8');
    assert.deepEqual(bundlesMissingFrom(doc, bundles), []);
    // The check sees a bundle the doc leaves out.
    assert.deepEqual(bundlesMissingFrom('| `supportPinBar` |', ['supportPinBar', 'supportNew']), ['supportNew']);
});

test('the README stays a front page: under 10,000 characters, the rest in docs/', () => {
    const readme = readFileSync(`${root}README.md`, 'utf8');
    assert.ok(readme.length < 10_000, `README.md has ${readme.length} characters`);
});

/** Component main files longer than CONTRIBUTING's limit. */
export function mainFilesOverLimit(lengths, limit = 400) {
    return Object.entries(lengths)
        .filter(([, lines]) => lines > limit)
        .map(([bundle, lines]) => `${bundle}.ts has ${lines} lines (at most ${limit})`);
}

test("CONTRIBUTING's rule: a component's main file stays at most 400 lines", () => {
    const lwc = `${root}force-app/main/default/lwc`;
    const lengths = Object.fromEntries(
        readdirSync(lwc)
            .filter((bundle) => existsSync(`${lwc}/${bundle}/${bundle}.ts`))
            .map((bundle) => [bundle, readFileSync(`${lwc}/${bundle}/${bundle}.ts`, 'utf8').split('\n').length])
    );
    assert.deepEqual(mainFilesOverLimit(lengths), []);
    assert.deepEqual(mainFilesOverLimit({ supportBig: 401, supportSmall: 400 }), [
        'supportBig.ts has 401 lines (at most 400)'
    ]);
});
