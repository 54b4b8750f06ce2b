// npm run build: TypeScript → the JavaScript the platform deploys, then every
// bundle through the LWC compiler, so a component the compiler would reject
// (or that tsc silently failed to emit) fails here, not at deploy time.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { transformSync } from '@lwc/compiler';
import { compilerOptions } from './lib/bundleSize.mjs';

const root = new URL('..', import.meta.url).pathname;
const lwcDir = join(root, 'force-app/main/default/lwc');
const bundles = readdirSync(lwcDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();

// Every .js in a bundle is generated (git ignores them): start clean so a
// deleted or renamed .ts cannot leave a stale module behind to be deployed.
for (const name of bundles) {
    for (const file of readdirSync(join(lwcDir, name))) {
        if (file.endsWith('.js')) {
            rmSync(join(lwcDir, name, file));
        }
    }
}

execFileSync(process.execPath, [join(root, 'scripts/lwc-paths.mjs')], { stdio: 'inherit' });
execFileSync(
    process.execPath,
    [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(root, 'tsconfig.build.json')],
    {
        stdio: 'inherit'
    }
);

const problems = [];
let compiled = 0;
for (const name of bundles) {
    const dir = join(lwcDir, name);
    const sources = readdirSync(dir).filter((file) => /\.(ts|html|css)$/.test(file) && !file.endsWith('.d.ts'));
    if (!existsSync(join(dir, `${name}.js-meta.xml`))) {
        problems.push(`${relative(root, dir)}: no ${name}.js-meta.xml`);
    }
    for (const source of sources) {
        const file = source.endsWith('.ts') ? source.replace(/\.ts$/, '.js') : source;
        const path = join(dir, file);
        if (!existsSync(path)) {
            problems.push(`${relative(root, join(dir, source))}: tsc emitted no ${file}`);
            continue;
        }
        try {
            const result = transformSync(readFileSync(path, 'utf8'), file, compilerOptions(lwcDir, name));
            for (const warning of result.warnings ?? []) {
                if (warning.level <= 1) {
                    problems.push(`${relative(root, path)}: ${warning.message}`);
                }
            }
            compiled++;
        } catch (error) {
            problems.push(`${relative(root, path)}: ${error.message}`);
        }
    }
}

if (problems.length) {
    console.error(`LWC compile check failed:\n  ${problems.join('\n  ')}`);
    process.exit(1);
}
console.log(`LWC compile check: ${compiled} files in ${bundles.length} bundles compiled.`);
