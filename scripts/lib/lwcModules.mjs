// Loads a component bundle's TypeScript module in Node, so a node test can run the portal's own
// rule beside the org's (scripts/__tests__/coverageRule.test.mjs): TypeScript's transpiler turns
// each file into JavaScript in a temporary folder, following `c/<bundle>` and relative imports. A
// custom label is its English value; `@salesforce/i18n/<name>` is the viewer's as the caller gives
// it (`i18n: { timeZone, locale }`), else en-US and UTC. Anything else an org provides (wire
// adapters, LDS) cannot load here, and says so.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';
import { readLabels } from '../../org-model/labels.mjs';

const LWC_DIR = fileURLToPath(new URL('../../force-app/main/default/lwc/', import.meta.url));
const I18N_DEFAULTS = { locale: 'en-US', lang: 'en', timeZone: 'UTC' };

/**
 * The module `file` of the component bundle `bundle`, as its exports, for a viewer with `i18n`.
 * `edit(source, path)` may change a file's TypeScript before it is transpiled (`path` relative to
 * the lwc folder), so a test can feed a deliberately broken copy of a rule.
 */
export async function importComponentModule(
    bundle,
    { file = `${bundle}.ts`, i18n = {}, edit = (source) => source } = {}
) {
    const viewer = { ...I18N_DEFAULTS, ...i18n };
    const out = mkdtempSync(join(tmpdir(), 'lwc-module-'));
    const labels = readLabels();
    const written = new Map();
    let count = 0;
    const emit = (content) => {
        const name = `m${count++}.mjs`;
        writeFileSync(join(out, name), content);
        return name;
    };
    const resolveImport = (specifier, from) => {
        if (specifier.startsWith('@salesforce/label/c.')) {
            const name = specifier.slice('@salesforce/label/c.'.length);
            if (!labels.has(name)) {
                throw new Error(`${from}: no custom label ${name}`);
            }
            return emit(`export default ${JSON.stringify(labels.get(name))};\n`);
        }
        if (specifier.startsWith('@salesforce/i18n/')) {
            const name = specifier.slice('@salesforce/i18n/'.length);
            if (!(name in viewer)) {
                throw new Error(`${from}: no value for ${specifier} (give it in i18n)`);
            }
            return emit(`export default ${JSON.stringify(viewer[name])};\n`);
        }
        if (specifier.startsWith('c/')) {
            const name = specifier.slice(2);
            return load(join(LWC_DIR, name, `${name}.ts`));
        }
        if (specifier.startsWith('./')) {
            return load(join(dirname(join(LWC_DIR, from)), `${specifier}.ts`));
        }
        throw new Error(`${from}: ${specifier} is the platform's, and does not load outside an org`);
    };
    const load = (path) => {
        if (!written.has(path)) {
            const from = relative(LWC_DIR, path);
            written.set(path, `m${count}.mjs`);
            count += 1;
            const source = edit(readFileSync(path, 'utf8'), from);
            const js = ts.transpileModule(source, {
                compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 }
            }).outputText;
            const linked = js.replace(
                /(\bfrom\s+|\bimport\s+)(['"])([^'"]+)\2/g,
                (whole, keyword, quote, specifier) => `${keyword}'./${resolveImport(specifier, from)}'`
            );
            writeFileSync(join(out, written.get(path)), linked);
        }
        return written.get(path);
    };
    try {
        const entry = load(join(LWC_DIR, bundle, file));
        return await import(pathToFileURL(join(out, entry)).href);
    } finally {
        rmSync(out, { recursive: true, force: true });
    }
}
