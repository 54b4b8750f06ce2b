// The size of the components as the platform would serve them: every bundle's files (the .js
// tsc made from the .ts, the template, the stylesheet) through the LWC compiler, raw and gzip.
// Run after `npm run build`.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { transformSync } from '@lwc/compiler';

const root = new URL('../..', import.meta.url).pathname;

/** [{ bundle, raw, gzip }] per bundle, largest first, and the totals. */
export function bundleSizes(lwcDir = join(root, 'force-app/main/default/lwc')) {
    const bundles = readdirSync(lwcDir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name);
    const sizes = bundles.map((bundle) => {
        const dir = join(lwcDir, bundle);
        const code = readdirSync(dir)
            .filter((file) => /\.(js|html|css)$/.test(file) && !file.endsWith('.d.ts'))
            .sort()
            .map(
                (file) =>
                    transformSync(readFileSync(join(dir, file), 'utf8'), file, { namespace: 'c', name: bundle }).code
            )
            .join('\n');
        return { bundle, raw: Buffer.byteLength(code), gzip: gzipSync(code, { level: 9 }).length };
    });
    sizes.sort((a, b) => b.gzip - a.gzip);
    return {
        bundles: sizes,
        raw: sizes.reduce((sum, s) => sum + s.raw, 0),
        gzip: sizes.reduce((sum, s) => sum + s.gzip, 0)
    };
}

/** All bundles' compiled code as one gzip stream: the figure the budget holds (as first measured). */
export function totalGzip(lwcDir = join(root, 'force-app/main/default/lwc')) {
    const all = readdirSync(lwcDir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
        .sort()
        .flatMap((bundle) =>
            readdirSync(join(lwcDir, bundle))
                .filter((file) => /\.(js|html|css)$/.test(file))
                .sort()
                .map(
                    (file) =>
                        transformSync(readFileSync(join(lwcDir, bundle, file), 'utf8'), file, {
                            namespace: 'c',
                            name: bundle
                        }).code
                )
        )
        .join('\n');
    return { raw: Buffer.byteLength(all), gzip: gzipSync(all, { level: 9 }).length };
}
