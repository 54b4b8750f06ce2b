// The GraphQL queries the components send: every gql`...` in the bundles' TypeScript modules,
// read from the TypeScript as written (no interpolation is used in them).
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CUSTOMER_PERMISSION_SETS, ENGINEER_PERMISSION_SETS } from './access.mjs';

const root = new URL('../..', import.meta.url).pathname;

/** Lightning Experience targets: a component placed there is used by Thycotic's own people. */
const INTERNAL_TARGETS = [
    'lightning__AppPage',
    'lightning__HomePage',
    'lightning__UtilityBar',
    'lightning__RecordPage'
];

/**
 * The permission sets whose holders run a bundle: the engineer's (Support_Engineer) for a
 * component placed only in the internal app (its targets), the customer's
 * (Support_Portal_Customer) for the portal's components and for the modules they share. One of
 * the two frozen lists of access.mjs.
 * @returns {readonly string[]}
 */
export function componentAudience(projectRoot = root, bundle) {
    const meta = join(projectRoot, 'force-app/main/default/lwc', bundle, `${bundle}.js-meta.xml`);
    const targets = existsSync(meta)
        ? [...readFileSync(meta, 'utf8').matchAll(/<target>([\w_]+)<\/target>/g)].map((m) => m[1])
        : [];
    const internal = targets.length > 0 && targets.every((target) => INTERNAL_TARGETS.includes(target));
    return internal ? ENGINEER_PERMISSION_SETS : CUSTOMER_PERMISSION_SETS;
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
