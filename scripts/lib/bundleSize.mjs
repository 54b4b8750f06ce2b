// The size of the components as the platform serves them: every bundle's files (the .js tsc made
// from the .ts, the template, the stylesheet) through the LWC compiler, then minified as production
// mode serves them ("In production mode, JavaScript code is optimized and 'minified'", LWC Developer
// Guide, Production Mode). Raw and gzip, per bundle and for all bundles as one stream. Run after
// `npm run build`. What each page of the site loads is measured from the same output (pageSize.mjs).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { transformSync } from '@lwc/compiler';
import { minify } from 'terser';
import { componentAudience } from './componentQueries.mjs';

const root = new URL('../..', import.meta.url).pathname;
export const LWC_DIR = join(root, 'force-app/main/default/lwc');
export const gzip = (text) => gzipSync(text, { level: 9 }).length;

/**
 * Whether a bundle declares the lightning__dynamicComponent capability: the platform compiles
 * `<lwc:component lwc:is>` only for such a bundle ("To instantiate a dynamic component, a component's
 * configuration file must include the lightning__dynamicComponent capability", LWC Developer Guide,
 * Dynamically Instantiate Components, https://developer.salesforce.com/docs/platform/lwc/guide/js-dynamic-components.html).
 */
export function hasDynamicComponents(lwcDir, bundle) {
    const meta = join(lwcDir, bundle, `${bundle}.js-meta.xml`);
    return (
        existsSync(meta) &&
        /<capability>\s*lightning__dynamicComponent\s*<\/capability>/.test(readFileSync(meta, 'utf8'))
    );
}

/** The LWC compiler's options for a bundle, as the platform compiles it. */
export const compilerOptions = (lwcDir, bundle) => ({
    namespace: 'c',
    name: bundle,
    enableDynamicComponents: hasDynamicComponents(lwcDir, bundle)
});

/** The `c/` modules compiled code imports: `static` (loaded with it) and `dynamic` (`import()`, on demand). */
export function componentImports(code, self) {
    const statics = new Set([...code.matchAll(/\b(?:from|import)\s*["']c\/(\w+)["']/g)].map((m) => m[1]));
    const dynamics = new Set([...code.matchAll(/\bimport\(\s*["']c\/(\w+)["']\s*\)/g)].map((m) => m[1]));
    statics.delete(self);
    return { static: [...statics].sort(), dynamic: [...dynamics].filter((name) => !statics.has(name)).sort() };
}

export async function compiledBundles(lwcDir = LWC_DIR, audience) {
    const bundles = readdirSync(lwcDir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
        .filter((bundle) => !audience || componentAudience(undefined, bundle).includes(audience))
        .sort();
    return Promise.all(
        bundles.map(async (bundle) => {
            const files = readdirSync(join(lwcDir, bundle))
                .filter((file) => /\.(js|html|css)$/.test(file))
                .sort();
            const compiled = files.map(
                (file) =>
                    transformSync(
                        readFileSync(join(lwcDir, bundle, file), 'utf8'),
                        file,
                        compilerOptions(lwcDir, bundle)
                    ).code
            );
            const minified = await Promise.all(
                compiled.map(async (code) => (await minify(code, { module: true, compress: true, mangle: true })).code)
            );
            const joined = compiled.join('\n');
            return {
                bundle,
                compiled: joined,
                minified: minified.join('\n'),
                imports: componentImports(joined, bundle)
            };
        })
    );
}

/**
 * Per bundle { bundle, raw, gzip, minified, minifiedGzip } (bytes), largest first, and the totals:
 * `compiled` and `production` (minified), each the sum over bundles and all bundles as one gzip stream.
 * `audience` keeps the bundles a permission set's holders run (componentAudience): the portal's
 * customers download the portal's components and the modules they share, never the internal app's.
 */
export async function bundleSizes(lwcDir = LWC_DIR, { audience } = {}) {
    const bundles = (await compiledBundles(lwcDir, audience)).map(({ bundle, compiled, minified }) => ({
        bundle,
        raw: Buffer.byteLength(compiled),
        gzip: gzip(compiled),
        minified: Buffer.byteLength(minified),
        minifiedGzip: gzip(minified),
        compiled,
        minifiedCode: minified
    }));
    bundles.sort((a, b) => b.minifiedGzip - a.minifiedGzip);
    const all = bundles.map((b) => b.compiled).join('\n');
    const allMinified = bundles.map((b) => b.minifiedCode).join('\n');
    return {
        bundles: bundles.map(({ bundle, raw, gzip: g, minified, minifiedGzip }) => ({
            bundle,
            raw,
            gzip: g,
            minified,
            minifiedGzip
        })),
        compiled: { raw: Buffer.byteLength(all), gzip: gzip(all) },
        production: { raw: Buffer.byteLength(allMinified), gzip: gzip(allMinified) }
    };
}
