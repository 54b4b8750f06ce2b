// The org model has a home of its own: the preview, the tests and the scripts import it, and it
// imports nothing of theirs (only its own modules, Node's and the npm packages it names), so it
// can never come to depend on a copy kept elsewhere.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const home = new URL('..', import.meta.url).pathname;
const PACKAGES = ['formulon', 'fast-xml-parser', 'graphql'];

/** Every import of a module of the model that leaves it, in words. */
export function importsBack(files) {
    return files.flatMap(([file, source]) =>
        [...source.matchAll(/^\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]/gm)]
            .map((match) => match[1])
            .filter(
                (specifier) =>
                    !(specifier.startsWith('./') && !specifier.includes('..')) &&
                    !specifier.startsWith('node:') &&
                    !PACKAGES.includes(specifier)
            )
            .map((specifier) => `org-model/${file} imports ${specifier}, outside the model`)
    );
}

test('no module of the org model imports the preview, the scripts or anything outside it', () => {
    const files = readdirSync(home)
        .filter((name) => name.endsWith('.mjs'))
        .map((name) => [name, readFileSync(join(home, name), 'utf8')]);
    assert.ok(files.length >= 15);
    assert.deepEqual(importsBack(files), []);
});

test('the check names an import back into the preview or the scripts', () => {
    assert.deepEqual(
        importsBack([
            ['org.mjs', "import { x } from './recordStore.mjs';\nimport { seed } from '../preview/platform/seed.mjs';"],
            ['access.mjs', "import { y } from '../scripts/lib/sfRunner.mjs';\nimport { z } from 'formulon';"]
        ]),
        [
            'org-model/org.mjs imports ../preview/platform/seed.mjs, outside the model',
            'org-model/access.mjs imports ../scripts/lib/sfRunner.mjs, outside the model'
        ]
    );
});
