// Offline checks that the project's metadata will deploy and hangs together:
// each check returns problems as "path: what is wrong". Nothing here reaches an
// org; what only an org can judge is left to the install script.
import { checkPackageDefinition, checkUpgradeSafety } from './packageChecks.mjs';
import { checkCaseStatuses, checkFileSecurity, checkSharingSets } from './orgSettingsChecks.mjs';
import { checkPinPolicyAgreement } from './pinPolicyCheck.mjs';
import {
    checkAppPageAssignments,
    checkComponentWrites,
    checkLightningPages,
    checkPageAccess
} from './lightningPageChecks.mjs';
export { checkAppPageAssignments, checkComponentWrites, checkLightningPages, checkPageAccess };
import {
    checkLabelTranslations,
    checkObjectTranslations,
    checkSeverityWording,
    checkSupportLanguages,
    checkTextOutsideLabels
} from './i18nChecks.mjs';
export {
    checkLabelTranslations,
    checkObjectTranslations,
    checkSeverityWording,
    checkSupportLanguages,
    checkTextOutsideLabels
};
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { buildSchema, parse, TypeInfo, visit, visitWithTypeInfo } from 'graphql';
import { STANDARD_OBJECTS } from '../../org-model/standardObjects.mjs';
import { readProjectMetadata } from '../../org-model/projectMetadata.mjs';
import { CUSTOMER_PERMISSION_SETS, ENGINEER_PERMISSION_SETS, heldPermissionSets } from '../../org-model/access.mjs';
import { uiapiSdl } from '../../org-model/uiapiSchema.mjs';
import { uiapiQueryProblems } from '../../org-model/uiapiQueryRules.mjs';
import { componentAudiences, componentQueries } from './componentQueries.mjs';
import { evaluateFormula, formulaReferences } from '../../org-model/formulaRules.mjs';

const ARRAYS = new Set([
    'labels',
    'targets',
    'target',
    'targetConfig',
    'property',
    'objectPermissions',
    'fieldPermissions',
    'tabSettings',
    'lightningMessageFields',
    'value',
    'customValue',
    'networkMemberGroups',
    'profile',
    'permissionSet'
]);
const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseTagValue: false,
    isArray: (name) => ARRAYS.has(name)
});

const KNOWN_TARGETS = new Set([
    'lightningCommunity__Page',
    'lightningCommunity__Default',
    'lightningCommunity__Page_Layout',
    'lightningCommunity__Theme_Layout',
    'lightning__AppPage',
    'lightning__HomePage',
    'lightning__UtilityBar',
    'lightning__RecordPage',
    'lightning__Tab',
    'lightning__FlowScreen'
]);
const PROPERTY_TYPES = new Set(['String', 'Boolean', 'Integer', 'Color', 'ContentReference']);
const FIELD_TYPES = new Set([
    'Text',
    'TextArea',
    'LongTextArea',
    'Number',
    'Currency',
    'Percent',
    'Checkbox',
    'Date',
    'DateTime',
    'Email',
    'Phone',
    'Url',
    'Picklist',
    'MultiselectPicklist',
    'Lookup',
    'MasterDetail',
    'Html'
]);
/** Standard objects and the standard fields the components use: the one declared list (standardObjects.mjs). */
const STANDARD_FIELDS = Object.fromEntries(
    Object.entries(STANDARD_OBJECTS).map(([object, { fields }]) => [object, Object.keys(fields)])
);

/** Everything the checks read, loaded once. */
export function loadProject(root) {
    const project = JSON.parse(readFileSync(join(root, 'sfdx-project.json'), 'utf8'));
    const packageDirs = project.packageDirectories.map((dir) => join(root, dir.path));
    const files = packageDirs.filter(existsSync).flatMap(function walk(dir) {
        return readdirSync(dir).flatMap((name) => {
            const path = join(dir, name);
            return statSync(path).isDirectory() ? walk(path) : [path];
        });
    });
    const main = join(root, 'force-app/main/default');
    const objects = {};
    for (const object of existsSync(join(main, 'objects')) ? readdirSync(join(main, 'objects')) : []) {
        const fieldsDir = join(main, 'objects', object, 'fields');
        objects[object] = {
            isCustom: object.endsWith('__c'),
            fields: Object.fromEntries(
                (existsSync(fieldsDir) ? readdirSync(fieldsDir) : []).map((file) => {
                    const path = join(fieldsDir, file);
                    return [file.replace('.field-meta.xml', ''), { path, xml: safeParse(path)?.CustomField ?? {} }];
                })
            )
        };
    }
    return { root, main, apiVersion: project.sourceApiVersion, sfdxProject: project, files, objects };
}

function safeParse(path) {
    try {
        return parser.parse(readFileSync(path, 'utf8'));
    } catch {
        return undefined;
    }
}

function rel(project, path) {
    return relative(project.root, path);
}

function metaFiles(project, suffix) {
    return project.files.filter((file) => file.endsWith(suffix));
}

function fieldExists(project, object, field) {
    return Boolean(project.objects[object]?.fields[field]) || (STANDARD_FIELDS[object] ?? []).includes(field);
}

function objectExists(project, object) {
    return Boolean(project.objects[object]?.isCustom) || object in STANDARD_FIELDS;
}

/** Required fields and master-detail fields cannot (and need not) be granted in a permission set. */
function isAlwaysAccessible(project, object, field) {
    const xml = project.objects[object]?.fields[field]?.xml;
    return xml?.required === 'true' || xml?.type === 'MasterDetail';
}

// ---------------------------------------------------------------------------

export function checkWellFormedXml(project) {
    return project.files
        .filter((file) => file.endsWith('-meta.xml'))
        .flatMap((file) => {
            const result = XMLValidator.validate(readFileSync(file, 'utf8'));
            return result === true
                ? []
                : [`${rel(project, file)}: not well-formed XML: ${result.err.msg} (line ${result.err.line})`];
        });
}

export function checkApiVersions(project) {
    return project.files
        .filter((file) => file.endsWith('-meta.xml'))
        .flatMap((file) => {
            const match = /<apiVersion>([^<]+)<\/apiVersion>/.exec(readFileSync(file, 'utf8'));
            return match && match[1] !== project.apiVersion
                ? [`${rel(project, file)}: apiVersion ${match[1]}, but the project uses ${project.apiVersion}`]
                : [];
        });
}

/** Public properties a component declares: `@api name` or `@api get name()`. */
function apiProperties(source) {
    return new Set([...source.matchAll(/@api\s+(?:get\s+|set\s+)?(\w+)/g)].map((match) => match[1]));
}

export function checkComponentMeta(project) {
    return metaFiles(project, '.js-meta.xml').flatMap((file) => {
        const name = basename(file, '.js-meta.xml');
        const bundle = safeParse(file)?.LightningComponentBundle;
        if (!bundle) {
            return [`${rel(project, file)}: not a LightningComponentBundle`];
        }
        const problems = [];
        if (!['true', 'false'].includes(bundle.isExposed)) {
            problems.push(`${rel(project, file)}: isExposed must be true or false`);
        }
        const targets = (bundle.targets ?? []).flatMap((t) => t.target ?? []);
        if (bundle.isExposed === 'true' && !targets.length) {
            problems.push(`${rel(project, file)}: exposed but has no targets`);
        }
        for (const target of targets.filter((t) => !KNOWN_TARGETS.has(t))) {
            problems.push(`${rel(project, file)}: unknown target ${target}`);
        }
        const sourceFile = file.replace('.js-meta.xml', '.ts');
        const declared = existsSync(sourceFile) ? apiProperties(readFileSync(sourceFile, 'utf8')) : new Set();
        for (const config of (bundle.targetConfigs?.targetConfig ?? []).flat()) {
            for (const target of String(config.targets ?? '').split(',')) {
                if (!targets.includes(target.trim())) {
                    problems.push(`${rel(project, file)}: targetConfig for ${target}, which is not among the targets`);
                }
            }
            for (const property of config.property ?? []) {
                const where = `${rel(project, file)}: property ${property.name ?? '(no name)'}`;
                if (!property.name || !property.label) {
                    problems.push(`${where} needs a name and a label`);
                }
                if (!PROPERTY_TYPES.has(property.type)) {
                    problems.push(`${where} has type ${property.type}; use one of ${[...PROPERTY_TYPES].join(', ')}`);
                }
                if (property.datasource && property.default !== undefined) {
                    const choices = String(property.datasource)
                        .split(',')
                        .map((choice) => choice.trim());
                    if (!choices.includes(String(property.default))) {
                        problems.push(`${where} defaults to ${property.default}, which its datasource does not offer`);
                    }
                }
                if (property.name && !declared.has(property.name)) {
                    problems.push(`${where} is not an @api property of ${name}`);
                }
            }
        }
        return problems;
    });
}

export function checkFields(project) {
    return Object.values(project.objects).flatMap(({ fields }) =>
        Object.entries(fields).flatMap(([name, { path, xml }]) => {
            const where = `${rel(project, path)}:`;
            const problems = [];
            if (xml.fullName !== name) {
                problems.push(`${where} fullName ${xml.fullName} does not match the file name ${name}`);
            }
            if (!name.endsWith('__c')) {
                problems.push(`${where} custom field names end in __c`);
            }
            if (!FIELD_TYPES.has(xml.type)) {
                problems.push(`${where} unknown field type ${xml.type}`);
            }
            if (['Text'].includes(xml.type) && !xml.formula && !(Number(xml.length) > 0 && Number(xml.length) <= 255)) {
                problems.push(`${where} a Text field needs a length from 1 to 255`);
            }
            // Rich text: 256 to 131,072 characters, shown in visibleLines lines.
            if (
                xml.type === 'Html' &&
                !(Number(xml.length) >= 256 && Number(xml.length) <= 131072 && xml.visibleLines)
            ) {
                problems.push(`${where} a rich text (Html) field needs a length from 256 to 131072 and visibleLines`);
            }
            if (/Picklist/.test(xml.type)) {
                const set = xml.valueSet ?? {};
                const globalSet =
                    set.valueSetName &&
                    join(project.main, 'globalValueSets', `${set.valueSetName}.globalValueSet-meta.xml`);
                if (globalSet && !existsSync(globalSet)) {
                    problems.push(`${where} uses the value set ${set.valueSetName}, which the project does not define`);
                }
                if (!globalSet && !(set.valueSetDefinition?.value ?? []).length) {
                    problems.push(`${where} a picklist needs values or a value set`);
                }
            }
            if (['Lookup', 'MasterDetail'].includes(xml.type)) {
                if (!xml.referenceTo || !objectExists(project, xml.referenceTo)) {
                    problems.push(
                        `${where} refers to ${xml.referenceTo ?? 'nothing'}, an object the project does not know`
                    );
                }
                if (!xml.relationshipName) {
                    problems.push(`${where} a relationship field needs a relationshipName`);
                }
            }
            // What a lookup does when its record is deleted ("Enable 'cascade delete on custom lookup
            // relationships' feature", Salesforce Help 000382017: cascade delete is off by default and not
            // offered for lookups to standard objects; a required lookup cannot clear itself).
            if (xml.type === 'Lookup' && xml.deleteConstraint === 'Cascade') {
                problems.push(
                    `${where} a lookup that deletes its rows with its record (Cascade) needs a feature Salesforce turns off by default, and lookups to standard objects never have it: use SetNull or Restrict`
                );
            }
            if (xml.type === 'Lookup' && xml.required === 'true' && xml.deleteConstraint === 'SetNull') {
                problems.push(`${where} a required lookup cannot be cleared when its record is deleted (SetNull)`);
            }
            if (xml.required === 'true' && xml.formula) {
                problems.push(`${where} a formula field cannot be required`);
            }
            return problems;
        })
    );
}

export function checkValidationRules(project) {
    return metaFiles(project, '.validationRule-meta.xml').flatMap((file) => {
        const rule = safeParse(file)?.ValidationRule ?? {};
        const object = basename(join(file, '..', '..'));
        const name = basename(file, '.validationRule-meta.xml');
        const where = `${rel(project, file)}:`;
        const problems = [];
        if (rule.fullName !== name) {
            problems.push(`${where} fullName ${rule.fullName} does not match the file name ${name}`);
        }
        if (!String(rule.errorConditionFormula ?? '').trim()) {
            problems.push(`${where} has no errorConditionFormula`);
        }
        if (!String(rule.errorMessage ?? '').trim()) {
            problems.push(`${where} has no errorMessage`);
        }
        if (rule.errorDisplayField && !fieldExists(project, object, rule.errorDisplayField)) {
            problems.push(`${where} shows its error on ${object}.${rule.errorDisplayField}, which does not exist`);
        }
        return problems;
    });
}

export function checkPermissionSets(project) {
    return metaFiles(project, '.permissionset-meta.xml').flatMap((file) => {
        const set = safeParse(file)?.PermissionSet ?? {};
        const where = `${rel(project, file)}:`;
        const problems = [];
        if (String(set.description ?? '').length > 255) {
            problems.push(`${where} its description is longer than 255 characters (the deploy refuses it)`);
        }
        for (const permission of set.objectPermissions ?? []) {
            if (!objectExists(project, permission.object)) {
                problems.push(`${where} grants the object ${permission.object}, which does not exist`);
            }
            if (
                ['allowEdit', 'allowDelete', 'allowCreate'].some((p) => permission[p] === 'true') &&
                permission.allowRead !== 'true'
            ) {
                problems.push(`${where} grants changes to ${permission.object} without read access`);
            }
        }
        problems.push(...masterDetailDependencies(project, set.objectPermissions ?? []).map((p) => `${where} ${p}`));
        for (const permission of set.fieldPermissions ?? []) {
            const [object, field] = String(permission.field).split('.');
            if (!fieldExists(project, object, field)) {
                problems.push(`${where} grants ${permission.field}, which does not exist`);
            } else if (isAlwaysAccessible(project, object, field)) {
                problems.push(
                    `${where} grants ${permission.field}, a required or master-detail field (the deploy refuses that)`
                );
            }
            if (permission.editable === 'true' && permission.readable !== 'true') {
                problems.push(`${where} makes ${permission.field} editable but not readable`);
            }
        }
        for (const tab of set.tabSettings ?? []) {
            if (!existsSync(join(project.main, 'tabs', `${tab.tab}.tab-meta.xml`))) {
                problems.push(`${where} shows the tab ${tab.tab}, which does not exist`);
            }
        }
        return problems;
    });
}

/**
 * What an object permission on a master-detail child needs on its master. The deploy refuses a
 * permission set without it ("Permission Read Support_License__c depends on permission(s): Read
 * Account") and rolls the whole deploy back: reading, creating, editing or deleting a detail needs
 * Read on the master; View All and Modify All on a detail need the same on the master.
 */
const MASTER_NEEDS = {
    allowRead: 'allowRead',
    allowCreate: 'allowRead',
    allowEdit: 'allowRead',
    allowDelete: 'allowRead',
    viewAllRecords: 'viewAllRecords',
    modifyAllRecords: 'modifyAllRecords'
};
const PERMISSION_WORDS = {
    allowRead: 'Read',
    allowCreate: 'Create',
    allowEdit: 'Edit',
    allowDelete: 'Delete',
    viewAllRecords: 'View All',
    modifyAllRecords: 'Modify All'
};

/** The masters of an object: the objects its master-detail fields point at. */
export function mastersOf(project, object) {
    return Object.values(project.objects[object]?.fields ?? {})
        .filter(({ xml }) => xml.type === 'MasterDetail' && xml.referenceTo)
        .map(({ xml }) => xml.referenceTo);
}

function masterDetailDependencies(project, objectPermissions) {
    const byObject = new Map(objectPermissions.map((permission) => [permission.object, permission]));
    return objectPermissions.flatMap((permission) =>
        mastersOf(project, permission.object).flatMap((master) => {
            const missing = new Map();
            for (const [granted, needed] of Object.entries(MASTER_NEEDS)) {
                if (permission[granted] === 'true' && byObject.get(master)?.[needed] !== 'true') {
                    missing.set(needed, [...(missing.get(needed) ?? []), PERMISSION_WORDS[granted]]);
                }
            }
            return [...missing].map(
                ([needed, granted]) =>
                    `grants ${granted.join(', ')} on ${permission.object}, which depends on ${PERMISSION_WORDS[needed]} on its master ${master} (the deploy refuses it)`
            );
        })
    );
}

export function readLabelNames(project) {
    return metaFiles(project, '.labels-meta.xml').flatMap((file) =>
        (safeParse(file)?.CustomLabels?.labels ?? []).map((label) => ({ file, label }))
    );
}

export function checkLabels(project) {
    const seen = new Set();
    return readLabelNames(project).flatMap(({ file, label }) => {
        const where = `${rel(project, file)}: label ${label.fullName}`;
        const problems = [];
        if (seen.has(label.fullName)) {
            problems.push(`${where} is defined twice`);
        }
        seen.add(label.fullName);
        if (!String(label.value ?? '').trim()) {
            problems.push(`${where} has no value`);
        } else if (String(label.value).length > 1000) {
            problems.push(`${where} is longer than 1,000 characters`);
        }
        if (!String(label.shortDescription ?? '').trim()) {
            problems.push(`${where} has no shortDescription`);
        }
        if (!label.language) {
            problems.push(`${where} has no language`);
        }
        return problems;
    });
}

export function checkMessageChannels(project) {
    return metaFiles(project, '.messageChannel-meta.xml').flatMap((file) => {
        const channel = safeParse(file)?.LightningMessageChannel ?? {};
        const where = `${rel(project, file)}:`;
        const problems = [];
        if (!channel.masterLabel) {
            problems.push(`${where} has no masterLabel`);
        }
        for (const field of channel.lightningMessageFields ?? []) {
            if (!field.fieldName) {
                problems.push(`${where} a message field has no fieldName`);
            }
        }
        return problems;
    });
}

export function checkSite(project) {
    const problems = [];
    const views = new Map();
    const routes = [];
    for (const file of project.files.filter((f) => f.includes('digitalExperiences') && f.endsWith('.json'))) {
        let json;
        try {
            json = JSON.parse(readFileSync(file, 'utf8'));
        } catch (error) {
            problems.push(`${rel(project, file)}: not valid JSON: ${error.message}`);
            continue;
        }
        if (basename(file) === '_meta.json' && json.type === 'sfdc_cms__view') {
            views.set(json.apiName, file);
        }
        if (basename(file) === 'content.json' && json.type === 'sfdc_cms__route') {
            routes.push({ file, viewId: json.contentBody?.activeViewId });
        }
        const text = JSON.stringify(json);
        for (const [, component] of text.matchAll(/"definition":"c:(\w+)"/g)) {
            const meta = project.files.find((f) => f.endsWith(`/lwc/${component}/${component}.js-meta.xml`));
            const bundle = meta && safeParse(meta)?.LightningComponentBundle;
            const targets = (bundle?.targets ?? []).flatMap((t) => t.target ?? []);
            if (!bundle || bundle.isExposed !== 'true' || !targets.includes('lightningCommunity__Default')) {
                problems.push(
                    `${rel(project, file)}: places c:${component}, which is not a component exposed to Experience Builder`
                );
            }
        }
    }
    for (const { file, viewId } of routes) {
        if (!views.has(viewId)) {
            problems.push(`${rel(project, file)}: its view ${viewId} does not exist`);
        }
    }
    return problems;
}

/**
 * Names an LWR site from source must follow, as `sf template generate digital-experience site`
 * writes them and every public LWR export has them (E_Bikes_LWR_Site / E_Bikes_LWR_Site1): the
 * CustomSite is <Site>, the DigitalExperienceBundle, its sfdc_cms__site and the config are <Site>1,
 * the config's space is site/<Site>1 and the network's picassoSite <Site>1.
 */
export function checkSiteNames(project) {
    const problems = [];
    for (const file of metaFiles(project, '.network-meta.xml')) {
        const network = safeParse(file)?.Network ?? {};
        const where = `${rel(project, file)}:`;
        const site = network.site;
        const bundle = `${site}1`;
        if (network.picassoSite !== bundle) {
            problems.push(
                `${where} picassoSite is ${network.picassoSite}; the generator names it ${bundle} (site ${site} + 1)`
            );
        }
        const siteRoot = join(dirname(dirname(file)), 'digitalExperiences', 'site', bundle);
        const bundleMeta = join(siteRoot, `${bundle}.digitalExperience-meta.xml`);
        if (!existsSync(bundleMeta)) {
            problems.push(`${where} the DigitalExperienceBundle ${rel(project, bundleMeta)} is missing`);
        } else if (safeParse(bundleMeta)?.DigitalExperienceBundle?.label !== bundle) {
            problems.push(`${rel(project, bundleMeta)}: its label must be ${bundle}`);
        }
        const siteMeta = join(siteRoot, 'sfdc_cms__site', bundle, '_meta.json');
        const apiName = existsSync(siteMeta) ? JSON.parse(readFileSync(siteMeta, 'utf8')).apiName : undefined;
        if (apiName !== bundle) {
            problems.push(`${rel(project, siteMeta)}: the sfdc_cms__site apiName must be ${bundle}`);
        }
        const config = join(
            dirname(dirname(file)),
            'digitalExperienceConfigs',
            `${bundle}.digitalExperienceConfig-meta.xml`
        );
        const space = existsSync(config) ? safeParse(config)?.DigitalExperienceConfig?.space : undefined;
        if (space !== `site/${bundle}`) {
            problems.push(`${rel(project, config)}: must exist with space site/${bundle}`);
        }
        if (!existsSync(join(dirname(dirname(file)), 'sites', `${site}.site-meta.xml`))) {
            problems.push(`${where} its CustomSite ${site} is missing`);
        }
    }
    return problems;
}

/**
 * What the site's pages must not carry: properties that neither the DigitalExperienceBundle
 * reference nor the generator's output have (objectApiName on routes and views), and login
 * links to features the network has turned off.
 */
export function checkSitePages(project) {
    const problems = [];
    const networks = metaFiles(project, '.network-meta.xml').map((file) => safeParse(file)?.Network ?? {});
    const selfRegistration = networks.some((n) => n.selfRegistration === 'true');
    const internalLogin = networks.some((n) => n.allowInternalUserLogin === 'true');
    for (const file of project.files.filter((f) => f.includes('digitalExperiences') && f.endsWith('content.json'))) {
        let json;
        try {
            json = JSON.parse(readFileSync(file, 'utf8'));
        } catch {
            continue; // checkSite reports it
        }
        const where = `${rel(project, file)}:`;
        if (['sfdc_cms__route', 'sfdc_cms__view'].includes(json.type) && 'objectApiName' in (json.contentBody ?? {})) {
            problems.push(
                `${where} has objectApiName, which LWR routes and views do not take (routeType detail-<key prefix> says the object)`
            );
        }
        const text = JSON.stringify(json);
        if (!internalLogin && text.includes('"community_login:employeeLoginLink"')) {
            problems.push(
                `${where} shows the employee login link, but the network does not allow internal users to log in`
            );
        }
        if (!selfRegistration && /"selfRegisterLabel":"[^"]+"/.test(text)) {
            problems.push(`${where} shows a self-registration link, but self-registration is off`);
        }
    }
    return problems;
}

/**
 * Modules that LWR sites do not support ("Base Lightning Component Limitations in LWR Sites",
 * LWR Sites for Experience Cloud: lightning-emp-api, platform-show-toast-event, panels or
 * modals; https://developer.salesforce.com/docs/atlas.en-us.exp_cloud_lwr.meta/exp_cloud_lwr/get_started_comp_limitations.htm).
 * Components exposed to Experience Builder, and everything they use, must not import or place them.
 */
export const LWR_UNSUPPORTED = {
    'lightning/modal': 'panels and modals are unsupported in LWR sites; use an inline panel',
    'lightning/platformShowToastEvent':
        'platform-show-toast-event is unsupported in LWR sites; use toast-container or inline messages',
    'lightning/empApi': 'lightning-emp-api is unsupported in LWR sites'
};
const LWR_UNSUPPORTED_TAGS = {
    'lightning-emp-api': 'lightning-emp-api is unsupported in LWR sites',
    'lightning-modal-header': 'panels and modals are unsupported in LWR sites; use an inline panel',
    'lightning-modal-body': 'panels and modals are unsupported in LWR sites; use an inline panel',
    'lightning-modal-footer': 'panels and modals are unsupported in LWR sites; use an inline panel'
};

export function checkLwrSupport(project) {
    const problems = [];
    const bundleFiles = project.files.filter((file) => /\/lwc\/(\w+)\/\1\.(ts|html)$/.test(file));
    for (const file of bundleFiles) {
        const source = readFileSync(file, 'utf8');
        const where = rel(project, file);
        if (file.endsWith('.ts')) {
            for (const [, module] of source.matchAll(/from\s+'([^']+)'/g)) {
                if (LWR_UNSUPPORTED[module]) {
                    problems.push(`${where}: imports ${module}: ${LWR_UNSUPPORTED[module]}`);
                }
            }
        } else {
            for (const [, tag] of source.matchAll(/<([a-z][\w-]*)/g)) {
                if (LWR_UNSUPPORTED_TAGS[tag]) {
                    problems.push(`${where}: uses <${tag}>: ${LWR_UNSUPPORTED_TAGS[tag]}`);
                }
            }
        }
    }
    return problems;
}

/** The field a formula's reference names ("Account__r.Support_Product__c", "$User.ContactId"), or undefined. */
function resolveReference(metadata, apiName, reference) {
    if (reference.startsWith('$CustomMetadata.')) {
        // $CustomMetadata.Type__mdt.Record.Field__c: the type, its field and the record must ship.
        const [, type, record, field] = reference.split('.');
        const definition = metadata.customMetadata?.[type];
        return definition?.records[record] ? definition.fields[field] : undefined;
    }
    const [head, ...rest] = reference.startsWith('$User.')
        ? ['$User', ...reference.slice(6).split('.')]
        : reference.split('.');
    // A custom metadata type read by Get Records: its fields, as for an object.
    const type = metadata.customMetadata?.[apiName];
    let object =
        head === '$User' ? metadata.objects.User : (metadata.objects[apiName] ?? (type && { fields: type.fields }));
    let path = head === '$User' ? rest : [head, ...rest];
    while (object && path.length > 1) {
        const relationship = Object.values(object.fields).find((f) => f.relationshipName === path[0]);
        object = relationship && metadata.objects[relationship.referenceTo];
        path = path.slice(1);
    }
    return object?.fields[path[0]];
}

/**
 * Every formula (validation rules, formula fields) parses as Salesforce's formula language with
 * formulon, and every field it references exists, through relationships and $User too.
 */
export function checkFormulas(project) {
    const metadata = readProjectMetadata(project.root);
    const formulas = Object.values(metadata.objects).flatMap((object) => [
        ...object.validationRules.map((rule) => ({
            apiName: object.apiName,
            where: `force-app/main/default/objects/${object.apiName}/validationRules/${rule.name}.validationRule-meta.xml`,
            formula: rule.formula
        })),
        ...Object.entries(object.fields)
            .filter(([, field]) => field.formula)
            .map(([name, field]) => ({
                apiName: object.apiName,
                where: `force-app/main/default/objects/${object.apiName}/fields/${name}.field-meta.xml`,
                formula: field.formula
            }))
    ]);
    return formulas.flatMap(({ apiName, where, formula }) => {
        let references;
        try {
            references = formulaReferences(formula);
        } catch (error) {
            return [`${where}: the formula does not parse: ${error.message}`];
        }
        const missing = references
            .filter((reference) => !resolveReference(metadata, apiName, reference))
            .map((reference) => `${where}: its formula uses ${reference}, which does not exist on ${apiName}`);
        if (missing.length) {
            return missing;
        }
        // Evaluated over a blank record: unknown functions and wrong argument types show here.
        try {
            const related = (reference) => ({ field: resolveReference(metadata, apiName, reference), value: null });
            evaluateFormula(metadata, apiName, formula, { record: {}, prior: undefined, user: {}, related });
            return [];
        } catch (error) {
            return [`${where}: the formula does not evaluate: ${error.message}`];
        }
    });
}

const FLOW_TYPES = {
    Date: 'Date',
    DateTime: 'DateTime',
    Number: 'Number',
    Currency: 'Number',
    Boolean: 'Checkbox',
    String: 'Text'
};

/**
 * A flow formula as a plain formula: `{!$Record.Field}` becomes the field, `{!$Flow.CurrentDateTime}`
 * NOW(), `{!$User.Field}` the user's field, `{!Get_Element.Field}` a field of what a Get Records
 * element read, `{!Resource}` the flow's formula, variable or constant.
 * Answers the problems with its references, and the formula with each reference named for formulon.
 */
export function flowFormulaProblems(metadata, flowName, flow, name, formula) {
    const problems = [];
    const where = `force-app/main/default/flows/${flowName}.flow-meta.xml: formula ${name}`;
    const identifiers = {};
    const source = formula.expression.replace(/\{!([$\w.]+)\}/g, (whole, reference) => {
        const identifier = reference.replace(/[$.]/g, '_');
        if (reference === '$Flow.CurrentDateTime') {
            return 'NOW()';
        }
        let field;
        if (reference.startsWith('$Record.')) {
            field = resolveReference(metadata, flow.object, reference.slice('$Record.'.length));
        } else if (reference.startsWith('$User.')) {
            field = resolveReference(metadata, flow.object, reference);
        } else if (reference.includes('.') && flow.lookups?.[reference.split('.')[0]]) {
            // A Get Records element's output: a field of the object it reads.
            const [element, ...path] = reference.split('.');
            field = resolveReference(metadata, flow.lookups[element], path.join('.'));
        } else {
            const resource =
                flow.formulas[reference] ??
                flow.variables[reference] ??
                (reference in flow.constants ? { dataType: 'Number' } : undefined);
            field = resource && { type: FLOW_TYPES[resource.dataType] ?? 'Text' };
        }
        if (!field) {
            problems.push(
                `${where} uses ${reference}, which ${reference.startsWith('$') ? 'does not exist' : 'is not a resource of the flow'}`
            );
            return whole;
        }
        identifiers[identifier] = field;
        return identifier;
    });
    if (problems.length) {
        return problems;
    }
    try {
        const fakeObject = { apiName: '__flow', fields: identifiers, validationRules: [] };
        evaluateFormula({ ...metadata, objects: { ...metadata.objects, __flow: fakeObject } }, '__flow', source, {
            record: {},
            prior: {},
            user: {},
            related: () => ({ field: undefined, value: null })
        });
    } catch (error) {
        return [`${where} does not evaluate: ${error.message}`];
    }
    return [];
}

/** A value a flow formula reads or returns, as a field value: a Date (a date-time) as ISO text. */
const asFieldValue = (value) => (value instanceof Date ? value.toISOString() : value);

/**
 * A flow formula's value for given values of what it references (`{ '$Record.Subject': 'RE: PIN 1',
 * 'Loop_PINs.PIN__c': '…', '$Flow.CurrentDateTime': new Date(…) }`: a boolean is a checkbox, a Date
 * a date-time, anything else text); a reference to another of the flow's formulas is evaluated in
 * turn. How the tests run a flow's own formulas on a table of inputs.
 */
export function evaluateFlowFormula(metadata, flow, name, values) {
    const formula = flow.formulas[name];
    const identifiers = {};
    const record = {};
    const source = formula.expression.replace(/\{!([$\w.]+)\}/g, (whole, reference) => {
        const identifier = reference.replace(/[$.]/g, '_');
        if (flow.formulas[reference]) {
            const inner = evaluateFlowFormula(metadata, flow, reference, values);
            identifiers[identifier] = { type: FLOW_TYPES[flow.formulas[reference].dataType] ?? 'Text', length: 32000 };
            record[identifier] = asFieldValue(inner);
        } else {
            const value = values[reference];
            identifiers[identifier] = {
                type: typeof value === 'boolean' ? 'Checkbox' : value instanceof Date ? 'DateTime' : 'Text',
                length: 32000
            };
            record[identifier] = asFieldValue(value) ?? null;
        }
        return identifier;
    });
    const fakeObject = { apiName: '__flow', fields: identifiers, validationRules: [] };
    return evaluateFormula({ ...metadata, objects: { ...metadata.objects, __flow: fakeObject } }, '__flow', source, {
        record,
        prior: {},
        user: {},
        related: () => ({ field: undefined, value: null })
    }).value;
}

/** Every formula of every flow parses, and each resource and field it references exists. */
export function checkFlowFormulas(project) {
    const metadata = readProjectMetadata(project.root);
    return Object.entries(metadata.flows ?? {}).flatMap(([flowName, flow]) =>
        Object.entries(flow.formulas ?? {}).flatMap(([name, formula]) =>
            flowFormulaProblems(metadata, flowName, flow, name, formula)
        )
    );
}

/**
 * Component styles use SLDS styling hooks, so a site's theme reaches them: a colour is a
 * `var(--slds-g-color-…, fallback)`, never a bare hex value.
 */
export function checkStylingHooks(project) {
    return project.files
        .filter((file) => /\/lwc\/\w+\/\w+\.css$/.test(file))
        .flatMap((file) =>
            readFileSync(file, 'utf8')
                .split('\n')
                .flatMap((line, index) =>
                    [...line.matchAll(/#[0-9a-fA-F]{3,8}\b/g)]
                        .filter((match) => !/var\(--[\w-]+,\s*$/.test(line.slice(0, match.index)))
                        .map(
                            (match) =>
                                `${rel(project, file)}:${index + 1}: ${match[0]} is a bare colour; use an SLDS styling hook (var(--slds-g-color-…, ${match[0]}))`
                        )
                )
        );
}

/** Platform imports in component source: each must name metadata the project has (or a standard field). */
export function checkImports(project) {
    const labels = new Set(readLabelNames(project).map(({ label }) => label.fullName));
    const channels = new Set(
        metaFiles(project, '.messageChannel-meta.xml').map((file) => `${basename(file, '.messageChannel-meta.xml')}__c`)
    );
    return componentSources(project).flatMap((file) => {
        const source = readFileSync(file, 'utf8');
        const where = rel(project, file);
        const problems = [];
        for (const [, name] of source.matchAll(/from '@salesforce\/label\/c\.(\w+)'/g)) {
            if (!labels.has(name)) {
                problems.push(`${where}: imports the label c.${name}, which is not in CustomLabels`);
            }
        }
        for (const [, name] of source.matchAll(/from '@salesforce\/messageChannel\/(\w+)'/g)) {
            if (!channels.has(name)) {
                problems.push(`${where}: imports the message channel ${name}, which does not exist`);
            }
        }
        for (const [, reference] of source.matchAll(/from '@salesforce\/schema\/([\w.]+)'/g)) {
            const [object, field, ...rest] = reference.split('.');
            if (!objectExists(project, object)) {
                problems.push(`${where}: imports ${reference}, but the object ${object} does not exist`);
            } else if (field && !rest.length && !fieldExists(project, object, field)) {
                problems.push(`${where}: imports ${reference}, but the field ${object}.${field} does not exist`);
            }
        }
        return problems;
    });
}

/** Every TypeScript module of every bundle (a component's main file and the files beside it), tests aside. */
function componentSources(project) {
    return project.files.filter((file) => /\/lwc\/\w+\/\w+\.ts$/.test(file) && !file.endsWith('.d.ts'));
}

/** The admin's schema of a project (every object and field), built once per project root. */
const adminSchemas = new Map();
function adminSchemaOf(root) {
    if (!adminSchemas.has(root)) {
        adminSchemas.set(root, buildSchema(uiapiSdl(readProjectMetadata(root))));
    }
    return adminSchemas.get(root);
}

/**
 * "Object.Field__c" for each custom field a GraphQL query selects, filters or sorts on, the object
 * found through the schema (Product__c under Case is Case.Product__c); undefined when the query
 * does not fit the schema (checkComponentQueries names why).
 */
function customFieldsOfQuery(schema, query, objects) {
    let document;
    try {
        document = parse(query);
    } catch {
        return undefined;
    }
    const found = new Set();
    const typeInfo = new TypeInfo(schema);
    let unknown = false;
    const note = (typeName, field) => {
        const object = String(typeName ?? '').replace(/_(Filter|OrderBy)$/, '');
        if (field.endsWith('__c') && objects[object]) {
            found.add(`${object}.${field}`);
        }
    };
    visit(
        document,
        visitWithTypeInfo(typeInfo, {
            Field(node) {
                if (!typeInfo.getFieldDef()) {
                    unknown = true;
                }
                note(typeInfo.getParentType()?.name, node.name.value);
            },
            ObjectField(node) {
                note(typeInfo.getParentInputType()?.name, node.name.value);
            }
        })
    );
    return unknown ? undefined : [...found];
}

/**
 * Custom fields the components (of one audience: a permission set name, or one of
 * componentAudiences' lists) read or write, from schema imports and GraphQL queries.
 */
export function fieldsUsedByComponents(project, audience) {
    const used = new Map();
    const fieldNames = Object.entries(project.objects).flatMap(([object, { fields }]) =>
        Object.keys(fields).map((field) => ({ object, field }))
    );
    const wanted = [audience ?? []].flat();
    const ofAudience = (file) =>
        !wanted.length ||
        componentAudiences(project.root, file.split('/').at(-2)).some((names) =>
            wanted.some((name) => names.includes(name))
        );
    for (const file of componentSources(project).filter(ofAudience)) {
        const source = readFileSync(file, 'utf8');
        for (const [, object, field] of source.matchAll(/from '@salesforce\/schema\/(\w+)\.(\w+__c)'/g)) {
            used.set(`${object}.${field}`, file);
        }
        for (const query of source.matchAll(/gql`([\s\S]*?)`/g)) {
            const resolved = customFieldsOfQuery(adminSchemaOf(project.root), query[1], project.objects);
            if (resolved) {
                for (const qualified of resolved) {
                    used.set(qualified, file);
                }
                continue;
            }
            // A query the schema cannot place: every object with a field of that name.
            for (const [, field] of query[1].matchAll(/\b(\w+__c)\s*\{/g)) {
                for (const match of fieldNames.filter((f) => f.field === field)) {
                    used.set(`${match.object}.${match.field}`, file);
                }
            }
        }
    }
    return used;
}

/**
 * Each component's users must be able to read every custom field it uses: the portal customers'
 * permission sets (CUSTOMER_PERMISSION_SETS: Support_Portal_Customer; the grants of a list add up)
 * for the portal's components, the Support Engineer set for the internal app's (componentAudiences,
 * from the bundle's targets; a component on both is checked for both). Support_Knowledge_Author is no component's audience: authors write
 * articles in Lightning Experience, not through the components.
 */
export function checkPermissionCoverage(project) {
    return [CUSTOMER_PERMISSION_SETS, ENGINEER_PERMISSION_SETS].flatMap((names) =>
        permissionCoverageProblems(project, names)
    );
}

function permissionCoverageProblems(project, names) {
    const [primary] = names;
    const fileOf = (name) => metaFiles(project, `${name}.permissionset-meta.xml`)[0];
    const used = fieldsUsedByComponents(project, names);
    if (!fileOf(primary) && primary === 'Support_Engineer' && !used.size) {
        return []; // no component of the internal app: nothing for the set to cover
    }
    if (!fileOf(primary)) {
        return [`force-app/main/default/permissionsets: ${primary} is missing`];
    }
    const held = names.filter(fileOf);
    const sets = held.map((name) => safeParse(fileOf(name))?.PermissionSet ?? {});
    const readable = new Set(
        sets.flatMap((set) => (set.fieldPermissions ?? []).filter((p) => p.readable === 'true').map((p) => p.field))
    );
    const objects = new Set(
        sets.flatMap((set) => (set.objectPermissions ?? []).filter((p) => p.allowRead === 'true').map((p) => p.object))
    );
    const file = fileOf(primary);
    const grants = held.length > 1 ? `none of ${held.join(', ')} grants it` : 'the permission set does not grant it';
    const problems = [];
    for (const [qualified, source] of used) {
        const [object, field] = qualified.split('.');
        // Custom objects, and Knowledge__kav (no profile gives a customer Knowledge), need an object permission.
        const needsGrant = project.objects[object]?.isCustom || object.endsWith('__kav');
        if (needsGrant && !objects.has(object)) {
            problems.push(`${rel(project, file)}: ${rel(project, source)} reads ${object}, but ${grants}`);
        }
        if (!readable.has(qualified) && !isAlwaysAccessible(project, object, field)) {
            problems.push(`${rel(project, file)}: ${rel(project, source)} uses ${qualified}, but ${grants}`);
        }
    }
    return problems;
}

/**
 * Every GraphQL query in the components, checked as the UI API would check it for a portal
 * customer: against a schema built from the metadata and the customer permission set (a field
 * the set does not grant is not in the customer's schema), then against the UI API's limits.
 */
export function checkComponentQueries(project) {
    const metadata = readProjectMetadata(project.root);
    const schemas = new Map();
    const schemaOf = (audience) => {
        // The audience's sets the project has (a fixture may lack one); none: no schema.
        const held = heldPermissionSets(metadata, audience);
        const key = held.join();
        if (!schemas.has(key)) {
            schemas.set(key, metadata.permissionSets[audience[0]] && buildSchema(uiapiSdl(metadata, held)));
        }
        return schemas.get(key);
    };
    return componentQueries(project.root).flatMap(({ file, component, name, line, query }) =>
        // As the component's own users would send it: the customer's schema, the engineer's, or each.
        componentAudiences(project.root, component).flatMap((audience) => {
            const schema = schemaOf(audience);
            const who = componentAudiences(project.root, component).length > 1 ? ` (as ${audience[0]})` : '';
            return schema
                ? uiapiQueryProblems(schema, query).map((problem) => `${file}:${line}: query ${name}${who}: ${problem}`)
                : [];
        })
    );
}

/**
 * The support policy the server must hold (README, Security model), found in the metadata: each
 * requirement names where it lives. A missing piece fails npm test with what is missing.
 */
export const POLICY_REQUIREMENTS = [
    [
        'identity: the PIN flow stamps contact and account and refuses a user without them',
        (m) => flowHas(m, 'Support_PIN_Policy', 'Support_PIN__c', ['Error_No_Account'])
    ],
    [
        'product: a privileged PIN only for a Secret Server Cloud account',
        (m) => flowHas(m, 'Support_PIN_Policy', 'Support_PIN__c', ['Error_Privileged_Cloud_Only'])
    ],
    [
        'coverage: no PIN unless support licenses cover user licenses',
        (m) => flowHas(m, 'Support_PIN_Policy', 'Support_PIN__c', ['Error_Not_Covered'])
    ],
    [
        'PIN value: a value the account holds is refused generically, the refusal counted; trivial PINs are refused',
        (m) => [
            // After save: only there can the flow publish the refusal before its Custom Error.
            ...flowHas(m, 'Support_PIN_Uniqueness', 'Support_PIN__c', ['Error_PIN_Taken'], {
                trigger: 'RecordAfterSave'
            }),
            ...(m.objects.Support_PIN__c?.fields.PIN__c?.unique
                ? [
                      'Support_PIN__c.PIN__c is unique: the duplicate error would answer before the flow counts the refusal'
                  ]
                : []),
            ...ruleHas(m, 'Support_PIN__c', 'PIN_Not_Trivial')
        ]
    ],
    [
        'rate: at most MaxPinsPer24Hours PINs per user a day, one active privileged PIN per account',
        (m) => [
            ...flowHas(m, 'Support_PIN_Policy', 'Support_PIN__c', ['Error_Too_Many_PINs', 'Error_Privileged_Active']),
            ...(Number(m.flows.Support_PIN_Policy?.constants.MaxPinsPer24Hours) > 0
                ? []
                : ['Support_PIN_Policy has no constant MaxPinsPer24Hours'])
        ]
    ],
    [
        'cases: contact and account are the user’s own, a PIN must be the account’s active PIN, Severity 1 by phone',
        (m) => [
            ...flowHas(m, 'Support_Case_Policy', 'Case', ['Error_No_Account', 'Error_PIN_Not_Valid']),
            ...ruleHas(m, 'Case', 'Severity_1_By_Phone')
        ]
    ],
    [
        'case changes: customers change a case only through its conversation, whatever the profile grants',
        (m) => [
            ...ruleHas(m, 'Case', 'Changed_Through_Conversation'),
            ...Object.entries(m.permissionSets)
                .filter(([, set]) => set.fields['Case.Applied_Message__c']?.edit)
                .map(
                    ([name]) => `${name} may edit Case.Applied_Message__c, which lets a case change pass as a message's`
                )
        ]
    ],
    [
        'lifetime and identity fields: portal customers cannot write them (the flow stamps them)',
        (m) =>
            ['Account__c', 'Contact__c', 'Product__c', 'Issued_At__c', 'Expires_At__c'].flatMap((field) => {
                const f = m.objects.Support_PIN__c?.fields[field];
                const grant = m.permissionSets.Support_Portal_Customer?.fields[`Support_PIN__c.${field}`];
                return [
                    ...(f?.required
                        ? [`Support_PIN__c.${field} is required, so no permission set can make it read-only`]
                        : []),
                    ...(grant?.edit ? [`Support_Portal_Customer may edit Support_PIN__c.${field}`] : [])
                ];
            })
    ],
    [
        'entitlement data: portal users cannot change user licenses, product or support licenses',
        (m) => [
            ...ruleHas(m, 'Account', 'Entitlement_Kept_By_Thycotic'),
            ...ruleHas(m, 'Support_License__c', 'Licenses_Kept_By_Thycotic'),
            ...['create', 'edit', 'delete']
                .filter((p) => m.permissionSets.Support_Portal_Customer?.objects.Support_License__c?.[p])
                .map((p) => `Support_Portal_Customer may ${p} Support_License__c`)
        ]
    ],
    [
        'who reads what: PINs are private to outsiders; the sharing set gives customers their account and its cases',
        (m) => {
            const mappings = Object.values(m.sharingSets ?? {}).flatMap((set) => set.accessMappings);
            const has = (object, objectField, userField) =>
                mappings.some((x) => x.object === object && x.objectField === objectField && x.userField === userField);
            return [
                ...(m.objects.Support_PIN__c?.externalSharingModel === 'Private'
                    ? []
                    : ['Support_PIN__c external sharing is not Private']),
                ...['Account', 'Case']
                    .filter((object) => m.objects[object]?.externalSharingModel !== 'Private')
                    .map((object) => `${object} external sharing is not Private (org-settings)`),
                ...(has('Case', 'Account', 'Account')
                    ? []
                    : ['no sharing set gives a customer the cases of their account']),
                ...(has('Account', 'Id', 'Account') ? [] : ['no sharing set gives a customer their account'])
            ];
        }
    ],
    [
        'the conversation: customers write case messages and never edit a case or a message; the rules and the flow hold',
        (m) => {
            if (!m.objects.Case_Message__c) {
                return ['no Case_Message__c object'];
            }
            const customer = m.permissionSets.Support_Portal_Customer?.objects ?? {};
            const flow = m.flows?.Support_Case_Message_Apply;
            return [
                ...(customer.Case_Message__c?.create && customer.Case_Message__c?.read
                    ? []
                    : ['Support_Portal_Customer cannot create and read Case_Message__c']),
                ...['edit', 'delete']
                    .filter((p) => customer.Case_Message__c?.[p] || customer.Case?.[p])
                    .map((p) => `Support_Portal_Customer may ${p} cases or case messages`),
                ...[
                    'Reply_Needs_Text',
                    'Reply_On_Open_Case',
                    'Close_Open_Case_Only',
                    'Reopen_Closed_Case_Only',
                    'Reopen_Within_Window',
                    'Case_Contact_Closes'
                ].flatMap((rule) => ruleHas(m, 'Case_Message__c', rule)),
                ...['From_Support__c', 'Author_Name__c']
                    .filter((field) => !m.objects.Case_Message__c.fields[field]?.formula)
                    .map((field) => `Case_Message__c.${field} is not a formula (a customer could claim it)`),
                ...(flow?.status === 'Active' &&
                flow.triggerType === 'RecordAfterSave' &&
                flow.object === 'Case_Message__c' &&
                flow.recordTriggerType === 'Create'
                    ? []
                    : ['Support_Case_Message_Apply is not an active after-save flow on creating Case_Message__c'])
            ];
        }
    ],
    [
        'email to case: a PIN in the subject links the case only from the address on file, and the case says why not',
        (m) => {
            const flow = m.flows?.Support_Case_Email_PIN;
            const reasons = (m.objects.Case?.fields.PIN_Check__c?.picklistValues ?? []).map((v) => v.value);
            return [
                ...flowHas(m, 'Support_Case_Email_PIN', 'Case', []),
                ...(flow && !/Origin.*Email/.test(flow.formulas['(start condition)']?.expression ?? '')
                    ? ['Support_Case_Email_PIN does not start only for cases from email']
                    : []),
                ...['Verified', 'No PIN', 'Unknown or expired PIN', 'Sender not on file']
                    .filter((reason) => !reasons.includes(reason))
                    .map((reason) => `Case.PIN_Check__c has no value ${reason}`),
                ...(m.objects.Case?.fields.Severity_1_By_Email__c?.formula
                    ? []
                    : ['no formula Case.Severity_1_By_Email__c to flag Severity 1 by email'])
            ];
        }
    ],
    [
        "the engineer's side: every lookup is audited with the server's verdict, the audit is never edited, and the app reaches the verification",
        (m) => {
            if (!m.objects.Support_PIN_Verification__c) {
                return ['no Support_PIN_Verification__c object'];
            }
            const engineer = m.permissionSets.Support_Engineer;
            const customer = m.permissionSets.Support_Portal_Customer;
            const audit = engineer?.objects.Support_PIN_Verification__c ?? {};
            const app = m.applications?.Thycotic_Support;
            const page = m.flexiPages?.[m.tabs?.Verify_Support_PIN?.flexiPage];
            return [
                ...flowHas(m, 'Support_PIN_Verification_Stamp', 'Support_PIN_Verification__c', []),
                ...(audit.create && audit.read ? [] : ['Support_Engineer cannot create and read PIN verifications']),
                ...['edit', 'delete', 'modifyAll']
                    .filter((p) => audit[p])
                    .map((p) => `Support_Engineer may ${p} PIN verifications`),
                ...['Verdict__c', 'Support_PIN__c', 'Account__c']
                    .filter((field) => engineer?.fields[`Support_PIN_Verification__c.${field}`]?.edit)
                    .map(
                        (field) =>
                            `Support_Engineer may write Support_PIN_Verification__c.${field} (the flow stamps it)`
                    ),
                // Customers read their company's verifications (the Support access page), never write one.
                ...['create', 'edit', 'delete', 'modifyAll', 'viewAll']
                    .filter((p) => customer?.objects.Support_PIN_Verification__c?.[p])
                    .map((p) => `Support_Portal_Customer may ${p} PIN verifications`),
                ...(engineer?.fields['Support_PIN__c.Revoked_At__c']?.edit
                    ? []
                    : ['Support_Engineer cannot revoke a PIN']),
                ...(customer?.fields['Support_PIN__c.Revoked_At__c']?.edit
                    ? ['Support_Portal_Customer may revoke a PIN']
                    : []),
                ...ruleHas(m, 'Support_PIN__c', 'Revoked_Once_With_Expiry'),
                // Engineers reach a PIN only through a verification: no PIN value is theirs to read (a required
                // field is readable by everyone with the object, so the PIN fields are not required).
                ...[
                    ['Support_PIN__c', 'PIN__c'],
                    ['Case', 'PIN__c']
                ].flatMap(([object, field]) => [
                    ...(m.objects[object]?.fields[field]?.required
                        ? [`${object}.${field} is required, so every engineer reads every PIN`]
                        : []),
                    ...(engineer?.fields[`${object}.${field}`]?.read
                        ? [`Support_Engineer reads ${object}.${field}, a PIN value outside a verification`]
                        : [])
                ]),
                ...(app ? [] : ['no Lightning app Thycotic_Support']),
                ...['Verify_Support_PIN', 'standard-Case', 'Support_PIN__c']
                    .filter((tab) => app && !app.tabs.includes(tab))
                    .map((tab) => `the app Thycotic_Support has no tab ${tab}`),
                ...(page?.components.includes('supportPinVerify')
                    ? []
                    : ['the tab Verify_Support_PIN does not open a page with supportPinVerify']),
                ...(engineer?.apps.includes('Thycotic_Support')
                    ? []
                    : ['Support_Engineer does not grant the app Thycotic_Support']),
                ...(engineer?.tabs.Verify_Support_PIN === 'Visible'
                    ? []
                    : ['Support_Engineer does not show the tab Verify_Support_PIN'])
            ];
        }
    ],
    [
        "the engineer's side: the app opens a case where the engineer reads the thread, replies as Thycotic Support, sees the files and the PIN check",
        (m) => {
            const name = m.applications?.Thycotic_Support?.recordPages.Case;
            const page = m.flexiPages?.[name];
            const messages = m.permissionSets.Support_Engineer?.objects.Case_Message__c ?? {};
            if (!page) {
                return ['the app Thycotic_Support opens cases on no record page of its own (actionOverrides)'];
            }
            return [
                ...['supportCaseConversation', 'supportCaseFiles']
                    .filter((component) => !page.components.includes(component))
                    .map((component) => `the case page ${name} has no ${component}`),
                ...['PIN_Check__c', 'Severity_1_By_Email__c']
                    .filter((field) => !page.fields.includes(field))
                    .map((field) => `the case page ${name} does not show Case.${field}`),
                ...(page.fields.includes('PIN__c') ? [`the case page ${name} shows Case.PIN__c, a PIN value`] : []),
                ...(messages.create && messages.read ? [] : ['Support_Engineer cannot write and read Case Messages']),
                ...(messages.edit || messages.delete ? ['Support_Engineer may change or delete Case Messages'] : [])
            ];
        }
    ],
    [
        'article suggestions: customers create and read their own records and never change one; the counts and the answering article are checked by the server',
        (m) => {
            const object = m.objects.Article_Suggestion__c;
            if (!object) {
                return ['no Article_Suggestion__c object'];
            }
            const customer = m.permissionSets.Support_Portal_Customer?.objects.Article_Suggestion__c ?? {};
            return [
                ...(customer.create && customer.read
                    ? []
                    : ['Support_Portal_Customer cannot create and read Article_Suggestion__c']),
                ...['edit', 'delete', 'viewAll', 'modifyAll']
                    .filter((p) => customer[p])
                    .map((p) => `Support_Portal_Customer may ${p} Article_Suggestion__c`),
                ...['sharingModel', 'externalSharingModel']
                    .filter((model) => object[model] !== 'Private')
                    .map((model) => `Article_Suggestion__c ${model} is not Private`),
                ...[
                    'Shown_One_To_Five',
                    'Opened_Within_Shown',
                    'Answering_Article_Only_When_Answered',
                    'Answering_Article_Was_Suggested'
                ].flatMap((rule) => ruleHas(m, 'Article_Suggestion__c', rule)),
                ...['Outcome__c', 'Where__c']
                    .filter((field) => !(object.fields[field]?.required && object.fields[field]?.restricted))
                    .map((field) => `Article_Suggestion__c.${field} is not a required restricted picklist`)
            ];
        }
    ],
    [
        'Knowledge: customers read articles and never write one; authors write articles but never delete one or reach every record',
        (m) => {
            const customer = m.permissionSets.Support_Portal_Customer;
            const author = m.permissionSets.Support_Knowledge_Author;
            const read = customer?.objects.Knowledge__kav ?? {};
            const write = author?.objects.Knowledge__kav ?? {};
            const fields = ['Body__c', 'Product__c'];
            return [
                ...(read.read ? [] : ['Support_Portal_Customer cannot read Knowledge__kav']),
                ...['create', 'edit', 'delete', 'viewAll', 'modifyAll']
                    .filter((p) => read[p])
                    .map((p) => `Support_Portal_Customer may ${p} Knowledge__kav`),
                ...fields
                    .filter((field) => customer?.fields[`Knowledge__kav.${field}`]?.edit)
                    .map((field) => `Support_Portal_Customer may edit Knowledge__kav.${field}`),
                ...(author
                    ? [
                          ...['read', 'create', 'edit']
                              .filter((p) => !write[p])
                              .map((p) => `Support_Knowledge_Author cannot ${p} Knowledge__kav`),
                          ...['delete', 'viewAll', 'modifyAll']
                              .filter((p) => write[p])
                              .map((p) => `Support_Knowledge_Author may ${p} Knowledge__kav`),
                          ...fields
                              .filter((field) => !author.fields[`Knowledge__kav.${field}`]?.edit)
                              .map((field) => `Support_Knowledge_Author cannot edit Knowledge__kav.${field}`)
                      ]
                    : ['no permission set Support_Knowledge_Author'])
            ];
        }
    ]
];

function flowHas(metadata, name, object, errors, { trigger = 'RecordBeforeSave' } = {}) {
    const flow = metadata.flows?.[name];
    if (!flow) {
        return [`no flow ${name}`];
    }
    const when = trigger === 'RecordBeforeSave' ? 'before-save' : 'after-save';
    return [
        ...(flow.status === 'Active' ? [] : [`${name} is not Active`]),
        ...(flow.triggerType === trigger && flow.object === object && flow.recordTriggerType === 'Create'
            ? []
            : [`${name} is not a ${when} flow on creating ${object}`]),
        ...errors.filter((e) => !flow.customErrors[e]).map((e) => `${name} has no Custom Error ${e}`)
    ];
}

function ruleHas(metadata, object, rule) {
    return metadata.objects[object]?.validationRules.some((r) => r.name === rule && r.active)
        ? []
        : [`${object} has no active validation rule ${rule}`];
}

/** What of the support policy the metadata lacks, in words. */
export function policyProblems(metadata) {
    return POLICY_REQUIREMENTS.flatMap(([requirement, find]) =>
        find(metadata).map((missing) => `support policy, ${requirement}: ${missing}`)
    );
}

/** The policy applies to this product's data model: a project without Support PINs has none to hold. */
export function checkSupportPolicy(project) {
    const metadata = readProjectMetadata(project.root);
    return metadata.objects.Support_PIN__c ? policyProblems(metadata) : [];
}

/**
 * Product names in component code are the Support_Products value set's values: the one product a
 * component names (the cloud product, in supportPins) must be in that set.
 */
export function checkProductNames(project) {
    const file = join(project.main, 'lwc/supportPins/supportPins.ts');
    if (!existsSync(file)) {
        return [];
    }
    const metadata = readProjectMetadata(project.root);
    const products = (metadata.objects.Account?.fields.Support_Product__c?.picklistValues ?? []).map((v) => v.value);
    return [...readFileSync(file, 'utf8').matchAll(/export const (\w+) = '([^']+)';\s*$/gm)]
        .filter(([, name]) => name === 'SECRET_SERVER_CLOUD')
        .filter(([, , value]) => !products.includes(value))
        .map(
            ([, name, value]) =>
                `${rel(project, file)}: ${name} is '${value}', which the Support_Products value set does not hold`
        );
}

/**
 * Where the package names Knowledge__kav: its objects and translations, metadata naming it (a
 * permission set), and components whose GraphQL or schema imports name it.
 */
function knowledgeReferences(project) {
    const kav = /\b\w+__kav\b/;
    const found = new Set();
    for (const file of project.files) {
        const where = rel(project, file);
        const folder = /^force-app\/main\/default\/(objects\/\w+__kav|objectTranslations\/\w+__kav-\w+)\//.exec(where);
        if (folder) {
            found.add(`force-app/main/default/${folder[1]}`);
        } else if (where.startsWith('force-app/') && !where.includes('/lwc/') && file.endsWith('-meta.xml')) {
            if (kav.test(readFileSync(file, 'utf8'))) {
                found.add(where);
            }
        }
    }
    for (const file of componentSources(project)) {
        const source = readFileSync(file, 'utf8');
        const queries = [...source.matchAll(/gql`([\s\S]*?)`/g)].map((match) => match[1]);
        if (queries.some((query) => kav.test(query)) || /from '@salesforce\/schema\/\w+__kav\b/.test(source)) {
            found.add(rel(project, file));
        }
    }
    return [...found].sort();
}

/**
 * Knowledge is a prerequisite of the package. The platform validates a component's GraphQL against
 * the org's schema when it deploys ("Validation error of type FieldUndefined",
 * https://github.com/forcedotcom/cli/issues/2419), so a package whose components or metadata name
 * Knowledge__kav installs, and builds, only where Knowledge is on. A version is built in an org
 * made from the package's definitionFile ("the features and org preferences required for the
 * metadata of your package", Project Configuration File for Unlocked Packages:
 * https://developer.salesforce.com/docs/atlas.en-us.sfdx_dev.meta/sfdx_dev/sfdx_dev_unlocked_pkg_config_file.htm):
 * that file must turn Lightning Knowledge on.
 */
export function checkKnowledgeInDefinition(project) {
    const named = knowledgeReferences(project);
    if (!named.length) {
        return [];
    }
    const because = `the package names Knowledge__kav (${named.slice(0, 3).join(', ')}${named.length > 3 ? ', …' : ''})`;
    const entry = (project.sfdxProject?.packageDirectories ?? []).find((dir) => dir.package);
    if (!entry) {
        return [];
    }
    if (!entry.definitionFile) {
        return [
            `sfdx-project.json: ${because}, but the package directory has no definitionFile to turn Lightning Knowledge on`
        ];
    }
    let definition;
    try {
        definition = JSON.parse(readFileSync(join(project.root, entry.definitionFile), 'utf8'));
    } catch (error) {
        return [
            `${entry.definitionFile}: ${because}, but the package's definition file cannot be read (${error.message})`
        ];
    }
    const features = [definition.features ?? []].flat().map((feature) => String(feature).toLowerCase());
    const settings = definition.settings?.knowledgeSettings ?? {};
    return [
        !features.includes('knowledge') && 'the feature "Knowledge"',
        settings.enableKnowledge !== true && 'settings.knowledgeSettings.enableKnowledge true',
        settings.enableLightningKnowledge !== true && 'settings.knowledgeSettings.enableLightningKnowledge true'
    ]
        .filter(Boolean)
        .map((missing) => `${entry.definitionFile}: ${because}, so the package's definition file needs ${missing}`);
}

/** Files of a converted (Metadata API) package that are source only and must not be deployed. */
export function sourceOnlyFiles(convertedPaths) {
    return convertedPaths.filter((path) =>
        /\.ts$|tsconfig[^/]*\.json$|(^|\/)__tests__\/|\.test\.|(^|\/)jest[^/]*$/.test(path)
    );
}

export const CHECKS = {
    'well-formed XML': checkWellFormedXml,
    'one API version': checkApiVersions,
    'component metadata': checkComponentMeta,
    fields: checkFields,
    'validation rules': checkValidationRules,
    'formulas parse and reference existing fields': checkFormulas,
    'flow formulas parse and reference existing fields and resources': checkFlowFormulas,
    'permission sets': checkPermissionSets,
    labels: checkLabels,
    'message channels': checkMessageChannels,
    site: checkSite,
    'site names follow the generator': checkSiteNames,
    'site pages carry nothing the platform rejects': checkSitePages,
    'components use only what LWR sites support': checkLwrSupport,
    'component colours are SLDS styling hooks': checkStylingHooks,
    'imports name existing metadata': checkImports,
    'permission set covers the fields components use': checkPermissionCoverage,
    'components that create records may create them and write their fields': checkComponentWrites,
    'Lightning pages place existing components and fields, targeted to the page': checkLightningPages,
    'apps open records on record pages the project ships, for that object': checkAppPageAssignments,
    'the engineer reads what the record pages show': checkPageAccess,
    'component GraphQL queries pass the UI API schema and limits': checkComponentQueries,
    'the server holds the support policy': checkSupportPolicy,
    'product names are the value set’s': checkProductNames,
    'PIN lifetimes and the cloud product agree: supportPins, the PIN flow, the PIN rules': checkPinPolicyAgreement,
    'the package’s definition file turns on the Knowledge it needs': checkKnowledgeInDefinition,
    'the package definition': checkPackageDefinition,
    'upgrades from the last released version keep customers’ data': checkUpgradeSafety,
    'org-settings: one access mapping per object in each sharing set': checkSharingSets,
    'org-settings: the Case statuses the portal relies on, closed or open as it reads them': checkCaseStatuses,
    'org-settings: every file type the platform counts as a security risk is download-only': checkFileSecurity,
    'every label is translated into every language the portal offers': checkLabelTranslations,
    'the portal’s languages agree: switch, translations, site, user, Knowledge, demo articles': checkSupportLanguages,
    'no customer-visible text outside labels': checkTextOutsideLabels,
    'each severity has one name per language, and routing uses its API value': checkSeverityWording,
    'the objects customers read are translated into every language': checkObjectTranslations
};

export function checkProject(root) {
    const project = loadProject(root);
    return Object.entries(CHECKS).map(([name, check]) => ({ name, problems: check(project) }));
}
