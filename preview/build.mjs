// Builds the preview bundle into preview/dist (used by serve.mjs and the browser tests).
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { rollup } from 'rollup';
import config from './rollup.config.mjs';

const dist = new URL('dist/', import.meta.url);

export async function buildPreview() {
    mkdirSync(dist, { recursive: true });
    // The on-demand chunks are named by their content: start clean so old ones do not pile up.
    rmSync(new URL('chunks/', dist), { recursive: true, force: true });
    const bundle = await rollup(config);
    await bundle.write(config.output);
    await bundle.close();
    for (const file of ['index.html', 'preview.css']) {
        cpSync(new URL(`src/${file}`, import.meta.url), new URL(file, dist));
    }
}

if (import.meta.url === `file://${process.argv[1]}`) {
    const started = Date.now();
    await buildPreview();
    console.log(`Preview built in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}
