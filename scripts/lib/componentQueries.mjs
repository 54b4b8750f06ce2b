// The GraphQL queries the components send: every gql`...` in the bundles' TypeScript modules,
// read from the TypeScript as written (no interpolation is used in them).
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CUSTOMER_PERMISSION_SETS, ENGINEER_PERMISSION_SETS } from '../../org-model/access.mjs';

const root = new URL('../..', import.meta.url).pathname;

/** Lightning Experience targets: a component placed there is used by Thycotic's own people. */
const INTERNAL_TARGETS = [
    'lightning__AppPage',
    'lightning__HomePage',
    'lightning__UtilityBar',
    'lightning__RecordPage'
];

/** A bundle's targets, from its .js-meta.xml (none for a bundle without one). */
function targetsOf(projectRoot, bundle) {
    const meta = join(projectRoot, 'force-app/main/default/lwc', bundle, `${bundle}.js-meta.xml`);
    return existsSync(meta)
        ? [...readFileSync(meta, 'utf8').matchAll(/<target>([\w_]+)<\/target>/g)].map((m) => m[1])
        : [];
}

/**
 * Who runs a bundle, as the permission sets each kind of user holds (the frozen lists of
 * access.mjs): the portal's customers (Support_Portal_Customer) for a component on the site and
 * for the modules components share, the support engineer (Support_Engineer) for one placed in the
 * Thycotic Support app, and both for one targeted to both (the case page's conversation and files).
 * Each audience is checked on its own: an engineer does not hold the customer's set, nor the reverse.
 * @returns {(readonly string[])[]}
 */
export function componentAudiences(projectRoot = root, bundle) {
    const targets = targetsOf(projectRoot, bundle);
    const internal = targets.some((target) => INTERNAL_TARGETS.includes(target));
    const site = !targets.length || targets.some((target) => !INTERNAL_TARGETS.includes(target));
    return [...(site ? [CUSTOMER_PERMISSION_SETS] : []), ...(internal ? [ENGINEER_PERMISSION_SETS] : [])];
}

/**
 * Whose download a bundle counts in (the size budget): the engineer's for a component placed only
 * in the internal app (its targets), the portal customer's for any bundle the site loads.
 * @returns {readonly string[]}
 */
export function componentAudience(projectRoot = root, bundle) {
    const audiences = componentAudiences(projectRoot, bundle);
    return audiences.length === 1 ? audiences[0] : CUSTOMER_PERMISSION_SETS;
}

export function componentQueries(projectRoot = root) {
    const lwcDir = join(projectRoot, 'force-app/main/default/lwc');
    return readdirSync(lwcDir)
        .filter((name) => existsSync(join(lwcDir, name, `${name}.ts`)))
        .flatMap((name) =>
            readdirSync(join(lwcDir, name))
                .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))
                .map((file) => join(lwcDir, name, file))
        )
        .flatMap((file) => {
            const name = file.split('/').at(-2);
            const source = readFileSync(file, 'utf8');
            return [...source.matchAll(/gql`([\s\S]*?)`/g)].map((match) => ({
                file: relative(projectRoot, file),
                component: name,
                name: /query\s+(\w+)/.exec(match[1])?.[1] ?? '(anonymous)',
                query: match[1],
                line: source.slice(0, match.index).split('\n').length
            }));
        });
}
