// What each page of the site loads: the components its view places (site/…/sfdc_cms__view) and its
// theme layout's header (sfdc_cms__themeLayout), plus every `c/` module they import, followed through
// the compiled code of each bundle (template tags and JavaScript imports alike), minified, as one gzip
// stream. A dynamic `import('c/…')` is loaded when the component asks for it, not with the page: its
// bundles are counted apart, as the page's on-demand parts. Nothing here names a module: the graph is
// read from the code, so splitting or renaming a module changes no list. Run after `npm run build`.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LWC_DIR, compiledBundles, gzip } from './bundleSize.mjs';

const root = new URL('../..', import.meta.url).pathname;
const SITES_DIR = join(root, 'site/main/default/digitalExperiences/site');

const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));
const customComponents = (content) =>
    [...JSON.stringify(content).matchAll(/"definition":"c:(\w+)"/g)]
        .map((m) => m[1])
        .filter((v, i, a) => a.indexOf(v) === i);

/**
 * The site's views that hold the project's components: { view, components } where components are
 * the view's own and its theme layout's (the header every page of that layout carries).
 */
export function sitePages(sitesDir = SITES_DIR) {
    return readdirSync(sitesDir).flatMap((site) => {
        const dir = join(sitesDir, site);
        const typeDir = (type) => join(dir, `sfdc_cms__${type}`);
        const [theme] = readdirSync(typeDir('theme'));
        const layouts = readJson(join(typeDir('theme'), theme, 'content.json')).contentBody.layouts;
        const layoutComponents = (type) => {
            const layout = layouts.find((l) => l.layoutType === type);
            const file = layout && join(typeDir('themeLayout'), layout.layoutId, 'content.json');
            return file && existsSync(file) ? customComponents(readJson(file)) : [];
        };
        return readdirSync(typeDir('view'))
            .sort()
            .map((view) => {
                const content = readJson(join(typeDir('view'), view, 'content.json'));
                return {
                    view,
                    own: customComponents(content),
                    layout: layoutComponents(content.contentBody.themeLayoutType)
                };
            })
            .filter(({ own }) => own.length)
            .map(({ view, own, layout }) => ({ view, components: [...layout, ...own] }));
    });
}

/** The bundles `roots` load with them: their static imports, followed to the end, less `loaded`. */
function closure(graph, roots, loaded = new Set()) {
    const seen = new Set();
    const stack = [...roots];
    while (stack.length) {
        const bundle = stack.pop();
        if (seen.has(bundle) || loaded.has(bundle)) {
            continue;
        }
        if (!graph.has(bundle)) {
            throw new Error(`c/${bundle} is imported or placed on a page but is not a bundle in force-app`);
        }
        seen.add(bundle);
        stack.push(...graph.get(bundle).imports.static);
    }
    return [...seen].sort();
}

/**
 * Per page (view): `bundles` and `gzip` (bytes) of what it loads before it is ready, `onDemand` the
 * parts it imports when asked ({ module, bundles, gzip }, each what it adds then), and `all` the gzip
 * of everything together, every part opened.
 * `graph` may be given (a Map of bundle → { minified, imports }) to measure a made-up component graph.
 */
export async function pageSizes({ lwcDir = LWC_DIR, sitesDir = SITES_DIR, graph } = {}) {
    const bundles = graph ?? new Map((await compiledBundles(lwcDir)).map((b) => [b.bundle, b]));
    const stream = (names) => gzip(names.map((name) => bundles.get(name).minified).join('\n'));
    return Object.fromEntries(
        sitePages(sitesDir).map(({ view, components }) => {
            const first = closure(bundles, components);
            const loaded = new Set(first);
            const onDemand = [];
            const queue = first.flatMap((name) => bundles.get(name).imports.dynamic);
            while (queue.length) {
                const module = queue.shift();
                const part = closure(bundles, [module], loaded);
                if (!part.length) {
                    continue;
                }
                part.forEach((name) => loaded.add(name));
                onDemand.push({ module, bundles: part, gzip: stream(part) });
                queue.push(...part.flatMap((name) => bundles.get(name).imports.dynamic));
            }
            return [
                view,
                { components, bundles: first, gzip: stream(first), onDemand, all: stream([...loaded].sort()) }
            ];
        })
    );
}
