// Converts every package directory (force-app: the components and their
// metadata; site: the Support Portal site; org-settings: the org-wide sharing the
// install sets; flow-tests: the Flow Tests scratch:verify runs) to Metadata API format with the Salesforce CLI, as a deploy would,
// and checks what came out: every bundle has its compiled .js, and no TypeScript,
// test or tsconfig file slipped in.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { tmpdir } from 'node:os';
import { sourceOnlyFiles } from './lib/metadataChecks.mjs';

const root = new URL('..', import.meta.url).pathname;
// Outside the project: the CLI skips output folders whose path has a dot-folder in it.
const out = join(tmpdir(), 'thycotic-support-portal-mdapi');
const lwcSource = join(root, 'force-app/main/default/lwc');

function filesUnder(dir) {
    return readdirSync(dir).flatMap((name) => {
        const path = join(dir, name);
        return statSync(path).isDirectory() ? filesUnder(path) : [path];
    });
}

rmSync(out, { recursive: true, force: true });
execFileSync(
    join(root, 'node_modules/.bin/sf'),
    [
        'project',
        'convert',
        'source',
        '--source-dir',
        'force-app',
        '--source-dir',
        'site',
        '--source-dir',
        'org-settings',
        '--source-dir',
        'flow-tests',
        '--output-dir',
        out
    ],
    {
        cwd: root,
        stdio: 'inherit',
        env: {
            ...process.env,
            SF_DISABLE_TELEMETRY: 'true',
            SF_AUTOUPDATE_DISABLE: 'true',
            SF_SKIP_NEW_VERSION_CHECK: 'true',
            SF_HIDE_RELEASE_NOTES: 'true'
        }
    }
);

const converted = filesUnder(out).map((file) => relative(out, file));
const problems = [];
for (const file of sourceOnlyFiles(converted)) {
    problems.push(`${file} must not be deployed (check .forceignore)`);
}
const bundles = readdirSync(lwcSource, { withFileTypes: true }).filter((entry) => entry.isDirectory());
for (const { name } of bundles) {
    for (const expected of [`lwc/${name}/${name}.js`, `lwc/${name}/${name}.js-meta.xml`]) {
        if (!converted.includes(expected)) {
            problems.push(`${expected} is missing from the converted package (run npm run build first)`);
        }
    }
}
if (!existsSync(join(out, 'package.xml'))) {
    problems.push('package.xml was not written');
}
if (problems.length) {
    console.error(`Converted metadata is not deployable:\n  ${problems.join('\n  ')}`);
    process.exit(1);
}
console.log(`Converted metadata: ${converted.length} files in ${out}, none of them source-only.`);
