// Offline checks of the Lightning pages (FlexiPages) the Thycotic Support app shows and of the
// pages its action overrides activate: each returns problems as "path: what is wrong", like the
// other metadata checks. Whether the org shows the page to the engineer is left to scratch:verify.
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { readProjectMetadata } from '../../org-model/projectMetadata.mjs';
import { readLabels } from '../../org-model/labels.mjs';
import { ENGINEER_PERMISSION_SETS, accessFor, heldPermissionSets } from '../../org-model/access.mjs';
import { componentAudiences } from './componentQueries.mjs';

const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseTagValue: false,
    isArray: (name) => ['target', 'targetConfig', 'property', 'object'].includes(name)
});

/**
 * The target a component needs for each page type ("Configure Components for Lightning Pages and
 * the Lightning App Builder", LWC Developer Guide, js-meta.xml targets: lightning__RecordPage,
 * lightning__AppPage, lightning__HomePage, lightning__UtilityBar).
 */
export const PAGE_TARGETS = {
    RecordPage: 'lightning__RecordPage',
    AppPage: 'lightning__AppPage',
    HomePage: 'lightning__HomePage',
    UtilityBar: 'lightning__UtilityBar'
};

/**
 * The regions of the record page templates the project uses: "Header and Right Sidebar",
 * flexipage:recordHomeTemplateDesktop, as Salesforce's own RecordPage template for
 * `sf template generate flexipage` places them (forcedotcom/salesforcedx-templates,
 * templates/flexipage/RecordPage). A template not listed here is not checked.
 */
export const TEMPLATE_REGIONS = {
    'flexipage:recordHomeTemplateDesktop': ['header', 'main', 'sidebar']
};

/**
 * Standard components a record page offers in the Lightning App Builder, by their metadata names:
 * the Highlights Panel and Dynamic Highlights, Record Detail, Related Lists, Tabs, Dynamic Forms'
 * Field Section and its columns, Rich Text, Activities and the Chatter feed.
 */
export const STANDARD_COMPONENTS = {
    RecordPage: [
        'force:highlightsPanel',
        'record_flexipage:dynamicHighlights',
        'force:detailPanel',
        'force:relatedListContainer',
        'force:relatedListSingleContainer',
        'flexipage:tabset',
        'flexipage:tab',
        'flexipage:fieldSection',
        'flexipage:column',
        'flexipage:richText',
        'runtime_sales_activities:activityPanel',
        'forceChatter:recordFeedContainer'
    ],
    AppPage: ['flexipage:tabset', 'flexipage:tab', 'flexipage:richText'],
    HomePage: ['flexipage:tabset', 'flexipage:tab', 'flexipage:richText']
};

/** Properties of the layout components whose value names a facet (a region placed inside them). */
const FACET_PROPERTIES = ['body', 'columns', 'tabs', 'primaryField', 'secondaryFields'];

const where = (project, ...path) => relative(project.root, join(project.main, ...path));
const pageFile = (project, name) => where(project, 'flexipages', `${name}.flexipage-meta.xml`);
const appFile = (project, name) => where(project, 'applications', `${name}.app-meta.xml`);

/** A component bundle as the Lightning App Builder sees it: exposed, targets, per-target objects and properties. */
function bundleOf(project, name) {
    const file = join(project.main, 'lwc', name, `${name}.js-meta.xml`);
    if (!existsSync(file)) {
        return undefined;
    }
    const bundle = parser.parse(readFileSync(file, 'utf8')).LightningComponentBundle ?? {};
    const configs = (bundle.targetConfigs?.targetConfig ?? []).flatMap((config) =>
        String(config.targets ?? '')
            .split(',')
            .map((target) => [
                target.trim(),
                {
                    objects: (config.objects?.object ?? []).map(String),
                    properties: (config.property ?? []).map((property) => property.name)
                }
            ])
    );
    return {
        exposed: bundle.isExposed === 'true',
        targets: (bundle.targets?.target ?? []).map(String),
        configs: Object.fromEntries(configs)
    };
}

function componentProblems(project, metadata, name, page, item) {
    const where = `${pageFile(project, name)}: ${item.component}`;
    if (item.component.includes(':')) {
        return (STANDARD_COMPONENTS[page.type] ?? []).includes(item.component)
            ? []
            : [`${where} is not a standard component of a ${page.type} (lightningPageChecks.mjs STANDARD_COMPONENTS)`];
    }
    const bundle = bundleOf(project, item.component);
    if (!bundle) {
        return [`${where} is placed, but the project has no component ${item.component}`];
    }
    const target = PAGE_TARGETS[page.type];
    if (!bundle.exposed || !bundle.targets.includes(target)) {
        return [`${where} is placed on a ${page.type}, but its .js-meta.xml does not expose it to ${target}`];
    }
    const config = bundle.configs[target] ?? { objects: [], properties: [] };
    const problems = [];
    if (page.sobjectType && config.objects.length && !config.objects.includes(page.sobjectType)) {
        problems.push(
            `${where} is placed on a ${page.sobjectType} page, but its ${target} targetConfig allows only ${config.objects.join(', ')}`
        );
    }
    for (const property of Object.keys(item.properties)) {
        if (page.type === 'RecordPage' && property === 'recordId') {
            // "Place the component with the recordId property directly on a record context for it
            // to be auto-populated" (LWC Developer Guide, Make a Component Aware of Its Record Context).
            problems.push(`${where} sets recordId, which a record page sets itself`);
        } else if (!config.properties.includes(property)) {
            problems.push(`${where} sets ${property}, which its ${target} targetConfig does not declare`);
        }
    }
    return problems;
}

/**
 * Every Lightning page places what exists where it may: custom components targeted to the page's
 * type (and object), standard components a page of that type offers, Dynamic Forms fields of the
 * page's object, regions of its template, and facets that exist and are placed.
 */
export function checkLightningPages(project) {
    const metadata = readProjectMetadata(project.root);
    const labelsFile = join(project.main, 'labels/CustomLabels.labels-meta.xml');
    const labels = existsSync(labelsFile) ? readLabels(labelsFile) : new Map();
    return Object.entries(metadata.flexiPages ?? {}).flatMap(([name, page]) => {
        const file = pageFile(project, name);
        const problems = [];
        if (page.type === 'RecordPage' && !metadata.objects[page.sobjectType]) {
            problems.push(
                page.sobjectType
                    ? `${file}: a record page of ${page.sobjectType}, an object the project does not know`
                    : `${file}: a record page needs the sobjectType of its records`
            );
        }
        const regions = TEMPLATE_REGIONS[page.template];
        for (const region of page.regions.filter((r) => r.type === 'Region')) {
            if (regions && !regions.includes(region.name)) {
                problems.push(
                    `${file}: region ${region.name} is not one of ${page.template}'s (${regions.join(', ')})`
                );
            }
        }
        const facets = new Set(page.regions.filter((r) => r.type === 'Facet').map((r) => r.name));
        const shown = new Set();
        for (const item of page.regions.flatMap((region) => region.items)) {
            if (item.field !== undefined) {
                if (page.type !== 'RecordPage') {
                    problems.push(`${file}: places the field ${item.field}, but only a record page has a record`);
                } else if (
                    metadata.objects[page.sobjectType] &&
                    !metadata.objects[page.sobjectType].fields[item.field]
                ) {
                    problems.push(`${file}: places the field ${page.sobjectType}.${item.field}, which does not exist`);
                }
                continue;
            }
            for (const property of FACET_PROPERTIES.filter(
                (p) => item.component?.includes(':') && p in item.properties
            )) {
                const facet = item.properties[property];
                shown.add(facet);
                if (!facets.has(facet)) {
                    problems.push(
                        `${file}: ${item.component} ${item.identifier} shows the facet ${facet}, which the page does not have`
                    );
                }
            }
            // A text property in the engineer's language: a custom label ("Custom labels ... can be
            // accessed from ... Lightning pages", Salesforce Help, Custom Labels).
            for (const [, label] of Object.values(item.properties)
                .flat()
                .join(' ')
                .matchAll(/\{!\$Label\.c\.(\w+)\}/g)) {
                if (!labels.has(label)) {
                    problems.push(
                        `${file}: ${item.component} ${item.identifier} shows the label c.${label}, which is not in CustomLabels`
                    );
                }
            }
            problems.push(...componentProblems(project, metadata, name, page, item));
        }
        for (const facet of [...facets].filter((f) => !shown.has(f))) {
            problems.push(`${file}: the facet ${facet} is placed in no component`);
        }
        return problems;
    });
}

/**
 * The apps' record page assignments (CustomApplication actionOverrides: "Represents an action
 * override for an application", Metadata API Developer Guide, CustomApplication) name a record
 * page of the overridden object that the project ships, for a form factor the app has; none is by
 * profile ("ProfileActionOverrides aren't supported in packaging", ProfileActionOverride); and
 * every record page the project ships is some app's, or no one ever sees it.
 */
export function checkAppPageAssignments(project) {
    const metadata = readProjectMetadata(project.root);
    const pages = metadata.flexiPages ?? {};
    const problems = [];
    const assigned = new Set();
    for (const [name, app] of Object.entries(metadata.applications ?? {})) {
        const file = appFile(project, name);
        if (app.profileActionOverrides.length) {
            problems.push(
                `${file}: assigns Lightning pages by profile (profileActionOverrides), which a package does not carry; assign the app default (actionOverrides)`
            );
        }
        for (const override of app.actionOverrides.filter((o) => /^flexipage$/i.test(o.type ?? ''))) {
            const page = pages[override.content];
            const what = `opens ${override.pageOrSobjectType} on ${override.content}`;
            assigned.add(override.content);
            if (!page) {
                problems.push(`${file}: ${what}, a Lightning page the project does not have`);
            } else if (
                override.actionName === 'View' &&
                (page.type !== 'RecordPage' || page.sobjectType !== override.pageOrSobjectType)
            ) {
                problems.push(
                    `${file}: ${what}, which is ${page.type === 'RecordPage' ? `a record page of ${page.sobjectType}` : `a ${page.type}`}, not of ${override.pageOrSobjectType}`
                );
            }
            if (!app.formFactors.includes(override.formFactor)) {
                problems.push(
                    `${file}: ${what} for the form factor ${override.formFactor ?? '(none)'}, which the app does not have (${app.formFactors.join(', ')})`
                );
            }
        }
    }
    for (const [name, page] of Object.entries(pages)) {
        if (page.type === 'RecordPage' && !assigned.has(name)) {
            problems.push(
                `${pageFile(project, name)}: no app opens records on this record page (an app's actionOverrides)`
            );
        }
    }
    return problems;
}

/**
 * The support engineer reads what the Lightning pages show (Lightning pages are the internal
 * app's: ENGINEER_PERMISSION_SETS): the record page's object and every field placed on it. The
 * components placed are the engineer's too (their lightning__ targets), so checkPermissionCoverage
 * and checkComponentQueries hold their reads to the engineer's grants.
 */
export function checkPageAccess(project) {
    const metadata = readProjectMetadata(project.root);
    const held = heldPermissionSets(metadata, ENGINEER_PERMISSION_SETS);
    if (!held.length) {
        return [];
    }
    const access = accessFor(metadata, held);
    const sets = held.join(', ');
    return Object.entries(metadata.flexiPages ?? {}).flatMap(([name, page]) => {
        if (page.type !== 'RecordPage' || !metadata.objects[page.sobjectType]) {
            return [];
        }
        const file = pageFile(project, name);
        if (!access.object(page.sobjectType).read) {
            return [`${file}: shows ${page.sobjectType} records, but ${sets} does not grant reading them`];
        }
        return page.fields
            .filter((field) => metadata.objects[page.sobjectType].fields[field])
            .filter((field) => !access.canReadField(page.sobjectType, field))
            .map((field) => `${file}: shows ${page.sobjectType}.${field}, but ${sets} does not grant reading it`);
    });
}

/**
 * A component that creates records (createRecord) may, for each of its users: create the object
 * it imports whole (`@salesforce/schema/Case_Message__c`), and write the custom fields of that
 * object it imports, unless a formula computes them.
 */
export function checkComponentWrites(project) {
    const metadata = readProjectMetadata(project.root);
    const bundles = new Map();
    for (const file of project.files.filter((f) => /\/lwc\/\w+\/\w+\.ts$/.test(f) && !f.endsWith('.d.ts'))) {
        const bundle = file.split('/').at(-2);
        bundles.set(bundle, [...(bundles.get(bundle) ?? []), file]);
    }
    const problems = [];
    for (const [bundle, files] of bundles) {
        const sources = files.map((file) => ({ file, source: readFileSync(file, 'utf8') }));
        const creator = sources.find(({ source }) => /\bcreateRecord\(/.test(source));
        if (!creator) {
            continue;
        }
        const imports = sources.flatMap(({ source }) =>
            [...source.matchAll(/from '@salesforce\/schema\/(\w+)(?:\.(\w+))?'/g)].map(([, object, field]) => ({
                object,
                field
            }))
        );
        const created = [...new Set(imports.filter((i) => !i.field).map((i) => i.object))].filter(
            (o) => metadata.objects[o]
        );
        for (const audience of componentAudiences(project.root, bundle)) {
            const held = heldPermissionSets(metadata, audience);
            if (!held.length) {
                continue;
            }
            const access = accessFor(metadata, held);
            const who = `${relative(project.root, join(project.main, 'permissionsets', `${held[0]}.permissionset-meta.xml`))}`;
            const by = relative(project.root, creator.file);
            for (const object of created) {
                if (!access.object(object).create) {
                    problems.push(
                        `${who}: ${by} creates ${object} records, but ${held.join(', ')} does not grant creating them`
                    );
                    continue;
                }
                const fields = new Set(
                    imports.filter((i) => i.object === object && i.field?.endsWith('__c')).map((i) => i.field)
                );
                for (const field of fields) {
                    const definition = metadata.objects[object].fields[field];
                    if (definition && !definition.formula && !access.canWriteField(object, field)) {
                        problems.push(
                            `${who}: ${by} writes ${object}.${field}, but ${held.join(', ')} does not make it editable`
                        );
                    }
                }
            }
        }
    }
    return problems;
}
