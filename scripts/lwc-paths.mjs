// Writes .sfdx/tsconfig.sfdx.json: a `paths` entry for every LWC bundle, so
// `import x from 'c/name'` type-checks against lwc/name/name.ts. The list is
// generated from the folders on every typecheck and install, never kept by hand
// (the Salesforce VS Code extension writes the same file the same way).
import { mkdirSync, readdirSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const lwcDir = join(root, 'force-app/main/default/lwc');
const paths = {};
if (existsSync(lwcDir)) {
    for (const name of readdirSync(lwcDir).sort()) {
        if (existsSync(join(lwcDir, name, `${name}.ts`))) {
            paths[`c/${name}`] = [`../force-app/main/default/lwc/${name}/${name}.ts`];
        }
    }
}
// The jest tests' shared helpers (jest.config.js maps the same name).
paths['test-helpers'] = ['../jest/helpers.ts'];
paths['test-language/*'] = ['../jest/language/*'];
mkdirSync(join(root, '.sfdx'), { recursive: true });
writeFileSync(join(root, '.sfdx/tsconfig.sfdx.json'), JSON.stringify({ compilerOptions: { paths } }, null, 2) + '\n');
