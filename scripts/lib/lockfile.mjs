// Is the committed lock one that `npm ci` accepts? npm ci refuses a lock that is out of sync with
// package.json (for instance one missing the optional platform builds of @rollup/rollup-*, which
// `npm install` on one machine leaves out). `npm ci --dry-run --ignore-scripts` in a scratch copy
// answers the same question in seconds without touching node_modules.
import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Problems, in words, with the lock in `dir` (package.json and package-lock.json); [] when npm ci accepts it. */
export async function lockfileProblems(dir) {
    const scratch = mkdtempSync(join(tmpdir(), 'lockfile-'));
    try {
        for (const file of ['package.json', 'package-lock.json']) {
            copyFileSync(join(dir, file), join(scratch, file));
        }
        await run('npm', ['ci', '--dry-run', '--ignore-scripts', '--no-audit', '--no-fund'], {
            cwd: scratch,
            // `npm run -s` passes its silence on to child npm processes; the refusal's lines are wanted here.
            env: { ...process.env, npm_config_loglevel: 'error' },
            maxBuffer: 16 * 1024 * 1024
        });
        return [];
    } catch (error) {
        const missing = String(error.stderr ?? '')
            .split('\n')
            .filter((line) => /Missing: |Invalid: |in sync/.test(line))
            .map((line) => line.replace(/^npm error\s*/, '').trim())
            .slice(0, 5);
        return [
            `package-lock.json is not one npm ci accepts (run npm install --package-lock-only): ${missing.join('; ') || error.message}`
        ];
    } finally {
        rmSync(scratch, { recursive: true, force: true });
    }
}
