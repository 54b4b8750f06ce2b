// The docs name what the house holds: every component and module bundle has its row in
// docs/components.md, so a new bundle cannot be left out of the map (issue 26: three were).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';

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
