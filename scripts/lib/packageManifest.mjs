// What a package version holds, as a small JSON manifest kept in the repo for every
// released version (package/released/<version>.json), and the upgrade-safety rules that
// compare the source with the last one.
//
// The components are listed with the Salesforce CLI's own metadata registry
// (@salesforce/source-deploy-retrieve, what `sf package version create` uses), so a type
// or a child component (field, validation rule, label) is named as the platform names it.
//
// Why these rules: "Upgrade a Version of an Unlocked Package" (Salesforce DX Developer
// Guide) says metadata removed from a new version is removed from the subscriber org on
// upgrade, except that "user-entered data in custom objects and fields are deprecated and
// not deleted": a removed field strands the customer's data, and a rename is a removal plus
// a new, empty field. A field whose type or size changes is overwritten in place, and the
// data already in it may not fit. Exposed components are placed on the customer's site
// pages by the admin, so removing one breaks those pages.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { ComponentSet } from '@salesforce/source-deploy-retrieve';

const defaultRoot = new URL('../..', import.meta.url).pathname;
const parser = new XMLParser({ parseTagValue: false });

export const PACKAGE_DIRECTORY = 'force-app';
export const RELEASED_DIR = 'package/released';

/** The package directory's entry in sfdx-project.json (the one with a `package` name). */
export function packageDefinition(root = defaultRoot) {
    const project = JSON.parse(readFileSync(join(root, 'sfdx-project.json'), 'utf8'));
    const entry = project.packageDirectories.find((dir) => dir.package);
    if (!entry) {
        throw new Error('sfdx-project.json has no package directory with a "package" name.');
    }
    return { ...entry, aliases: project.packageAliases ?? {} };
}

/** The attributes of a field that an upgrade must keep compatible. */
function fieldShape(xmlPath) {
    const field = parser.parse(readFileSync(xmlPath, 'utf8')).CustomField ?? {};
    const shape = { type: String(field.type ?? 'Formula') };
    for (const key of ['length', 'precision', 'scale']) {
        if (field[key] !== undefined && field[key] !== '') {
            shape[key] = Number(field[key]);
        }
    }
    if (field.referenceTo) {
        shape.referenceTo = String(field.referenceTo);
    }
    return shape;
}

/** Whether a component bundle is exposed to Experience Builder (an admin can place it on a page). */
function isExposed(component) {
    const meta = component.xml && existsSync(component.xml) ? readFileSync(component.xml, 'utf8') : '';
    return /<isExposed>\s*true\s*<\/isExposed>/.test(meta);
}

/**
 * The manifest of the package directory as it is in the source: every component by
 * metadata type (sorted), the fields with their shape, and the bundles exposed to sites.
 * Every packaged field has its shape, on any object: a field of a custom object is a child of
 * its CustomObject, but the fields the package adds to Case or Account (whose object file the
 * package does not ship) are CustomField components of their own.
 */
export function manifestFromSource(root = defaultRoot, packageDirectory = PACKAGE_DIRECTORY) {
    const components = {};
    const fields = {};
    const exposed = [];
    const add = (component) => {
        (components[component.type.name] ??= []).push(component.fullName);
        if (component.type.name === 'CustomField') {
            fields[component.fullName] = fieldShape(component.xml);
        }
    };
    const set = ComponentSet.fromSource(join(root, packageDirectory));
    for (const component of set.getSourceComponents()) {
        add(component);
        if (component.type.name === 'LightningComponentBundle' && isExposed(component)) {
            exposed.push(component.fullName);
        }
        component.getChildren().forEach(add);
    }
    const sorted = (object) =>
        Object.fromEntries(
            Object.keys(object)
                .sort()
                .map((key) => [key, object[key]])
        );
    Object.values(components).forEach((names) => names.sort());
    return {
        components: sorted(components),
        fields: sorted(fields),
        exposedComponents: exposed.sort()
    };
}

const versionKey = (version) => version.split('.').map(Number);
function compareVersions(a, b) {
    const [x, y] = [versionKey(a), versionKey(b)];
    for (let i = 0; i < Math.max(x.length, y.length); i++) {
        if ((x[i] ?? 0) !== (y[i] ?? 0)) {
            return (x[i] ?? 0) - (y[i] ?? 0);
        }
    }
    return 0;
}

/** The released manifests in the repo, newest last. */
export function releasedManifests(root = defaultRoot) {
    const dir = join(root, RELEASED_DIR);
    const files = existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.json')) : [];
    return files
        .map((name) => JSON.parse(readFileSync(join(dir, name), 'utf8')))
        .sort((a, b) => compareVersions(a.version, b.version));
}

export function lastReleased(root = defaultRoot) {
    return releasedManifests(root).at(-1);
}

const objectOf = (fieldName) => fieldName.split('.')[0];
const describeShape = (shape) =>
    [
        shape.type,
        shape.length !== undefined && `length ${shape.length}`,
        shape.precision !== undefined && `precision ${shape.precision}, scale ${shape.scale ?? 0}`,
        shape.referenceTo && `to ${shape.referenceTo}`
    ]
        .filter(Boolean)
        .join(', ');

/**
 * The changes from `released` to `current` that a package upgrade cannot carry, each in
 * words with what to do instead. None means the version can be released as an upgrade.
 */
export function upgradeProblems(released, current) {
    const problems = [];
    const since = `in ${released.version}`;
    for (const name of released.components.CustomField ?? []) {
        if (!released.fields?.[name]) {
            problems.push(
                `The released manifest ${released.version} lists the field ${name} without its shape (type, length): ` +
                    'the check cannot tell whether an upgrade keeps its data. Add its shape as released to package/released/' +
                    `${released.version}.json ("fields"), read from the source of that version.`
            );
        }
    }
    const currentObjects = new Set(current.components.CustomObject ?? []);
    for (const object of released.components.CustomObject ?? []) {
        if (!currentObjects.has(object)) {
            problems.push(
                `The custom object ${object} was ${since} and is gone: an upgrade deprecates it and strands every customer's records in it. ` +
                    'Keep the object; to retire it, take it out of the permission sets, tabs and components and write "Deprecated" in its description.'
            );
        }
    }
    const added = Object.keys(current.fields).filter((name) => !(name in released.fields));
    for (const [name, shape] of Object.entries(released.fields)) {
        const now = current.fields[name];
        if (!now) {
            if (
                !currentObjects.has(objectOf(name)) &&
                (released.components.CustomObject ?? []).includes(objectOf(name))
            ) {
                continue; // reported with its object
            }
            const renamedTo = added.find(
                (candidate) => objectOf(candidate) === objectOf(name) && current.fields[candidate].type === shape.type
            );
            problems.push(
                renamedTo
                    ? `The field ${name} was ${since} and is gone, and ${renamedTo} is new with the same type: an API name cannot be renamed by an upgrade ` +
                          `(customers would get an empty ${renamedTo} and lose sight of their data in ${name}). Keep the API name ${name} and change its label instead.`
                    : `The field ${name} was ${since} and is gone: an upgrade deprecates it and strands the data customers have in it. ` +
                          'Keep the field; to retire it, take it out of the permission sets, layouts and queries and write "Deprecated" in its description.'
            );
            continue;
        }
        if (now.type !== shape.type || now.referenceTo !== shape.referenceTo) {
            problems.push(
                `The field ${name} changed from ${describeShape(shape)} to ${describeShape(now)}: an upgrade cannot convert the data customers already have in it. ` +
                    'Keep the field as it was, add a new field with the new type, copy the data across (a flow or a data load) and deprecate the old one.'
            );
            continue;
        }
        for (const size of ['length', 'precision', 'scale']) {
            if (shape[size] !== undefined && (now[size] ?? 0) < shape[size]) {
                problems.push(
                    `The field ${name}'s ${size} shrank from ${shape[size]} to ${now[size]}: customers' longer values would not fit and the upgrade would fail or cut them. ` +
                        `Keep the ${size} at ${shape[size]} or more; enforce a shorter limit with a validation rule on new values instead.`
                );
            }
        }
    }
    const bundles = new Set(current.components.LightningComponentBundle ?? []);
    for (const bundle of released.exposedComponents ?? []) {
        if (!bundles.has(bundle)) {
            problems.push(
                `The component ${bundle} was on the site palette ${since} and is gone: portal admins have placed it on their pages, which would break on upgrade. ` +
                    'Keep the bundle (it can render its replacement, or nothing) and set <isExposed> false only when no released version exposed it.'
            );
        }
    }
    return problems;
}

/** What changed between two manifests, by type, for the changelog. */
export function changesBetween(released, current) {
    const types = new Set([...Object.keys(released?.components ?? {}), ...Object.keys(current.components)]);
    const added = [];
    const removed = [];
    for (const type of [...types].sort()) {
        if (type === 'CustomLabels') {
            continue;
        }
        const before = new Set(released?.components?.[type] ?? []);
        const after = new Set(current.components[type] ?? []);
        added.push(...[...after].filter((name) => !before.has(name)).map((name) => `${type} ${name}`));
        removed.push(...[...before].filter((name) => !after.has(name)).map((name) => `${type} ${name}`));
    }
    const changed = Object.keys(current.fields)
        .filter((name) => released?.fields?.[name])
        .filter((name) => describeShape(released.fields[name]) !== describeShape(current.fields[name]))
        .map(
            (name) =>
                `CustomField ${name}: ${describeShape(released.fields[name])} → ${describeShape(current.fields[name])}`
        );
    return { added, removed, changed };
}

/** A changelog entry for a released version, in Markdown. */
export function changelogEntry({ version, date, subscriberPackageVersionId, notes }, changes) {
    const list = (title, items) => (items.length ? [`### ${title}`, '', ...items.map((item) => `- ${item}`), ''] : []);
    return [
        `## ${version} (${date})`,
        '',
        subscriberPackageVersionId
            ? `Install: https://login.salesforce.com/packaging/installPackage.apexp?p0=${subscriberPackageVersionId} (sandbox: test.salesforce.com)`
            : '',
        '',
        ...(notes ? [notes, ''] : []),
        ...list('Added', changes.added),
        ...list('Changed', changes.changed),
        ...list('Removed', changes.removed)
    ]
        .join('\n')
        .replace(/\n{3,}/g, '\n\n');
}

/** CHANGELOG.md with a new entry above the newest one (below the title and its introduction). */
export function prependChangelog(changelog, entry) {
    const first = changelog.search(/^## /m);
    const head = first === -1 ? changelog.trimEnd() + '\n\n' : changelog.slice(0, first);
    const rest = first === -1 ? '' : changelog.slice(first);
    return `${head}${entry.trim()}\n\n${rest}`.trimEnd() + '\n';
}

/** The manifest kept for a released version: what it is, where to install it, what it holds. */
export function releaseManifest({ version, date, subscriberPackageVersionId = null, note }, root = defaultRoot) {
    return {
        package: packageDefinition(root).package,
        version,
        released: date,
        subscriberPackageVersionId,
        ...(note ? { note } : {}),
        ...manifestFromSource(root)
    };
}
