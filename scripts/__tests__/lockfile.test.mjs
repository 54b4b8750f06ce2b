// The committed lock is one `npm ci` (what CI installs with) accepts; the check catches one that is not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lockfileProblems } from '../lib/lockfile.mjs';

const root = new URL('../..', import.meta.url).pathname;

test('npm ci accepts the committed lock', async () => {
    assert.deepEqual(await lockfileProblems(root), []);
});

test('a lock missing an optional platform package is refused, naming it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'broken-lock-'));
    try {
        const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8'));
        const optional = Object.keys(lock.packages).find((path) => path.includes('@rollup/rollup-darwin-arm64'));
        assert.ok(optional, 'the lock lists the macOS build of rollup');
        delete lock.packages[optional];
        writeFileSync(join(dir, 'package-lock.json'), JSON.stringify(lock));
        writeFileSync(join(dir, 'package.json'), readFileSync(join(root, 'package.json')));
        const problems = await lockfileProblems(dir);
        assert.equal(problems.length, 1);
        assert.match(problems[0], /not one npm ci accepts.*rollup-darwin-arm64/);
    } finally {
        rmSync(dir, { recursive: true, force: true });
    }
});
