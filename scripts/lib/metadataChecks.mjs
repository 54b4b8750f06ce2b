// Offline checks that the project's metadata will deploy and hangs together:
// each check returns problems as "path: what is wrong". Nothing here reaches an
// org; what only an org can judge is left to the install script.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';

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
    'customValue'
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
    'MasterDetail'
]);
/** Standard objects and the standard fields the components use. */
const STANDARD_FIELDS = {
    Account: ['Name', 'Phone'],
    Contact: ['Name', 'Email', 'Phone', 'AccountId'],
    User: ['Username', 'Email', 'ContactId'],
    Case: [
        'CaseNumber',
        'Subject',
        'Description',
        'Status',
        'IsClosed',
        'ContactId',
        'AccountId',
        'Origin',
        'LastModifiedDate'
    ]
};

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
    return { root, main, apiVersion: project.sourceApiVersion, files, objects };
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
        for (const [, field] of String(rule.errorConditionFormula ?? '').matchAll(/\b(\w+__c)\b/g)) {
            if (!fieldExists(project, object, field)) {
                problems.push(`${where} its formula uses ${object}.${field}, which does not exist`);
            }
        }
        return problems;
    });
}

export function checkPermissionSets(project) {
    return metaFiles(project, '.permissionset-meta.xml').flatMap((file) => {
        const set = safeParse(file)?.PermissionSet ?? {};
        const where = `${rel(project, file)}:`;
        const problems = [];
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

function componentSources(project) {
    return project.files.filter((file) => /\/lwc\/(\w+)\/\1\.ts$/.test(file));
}

/** Custom fields the components read or write, from schema imports and GraphQL queries. */
export function fieldsUsedByComponents(project) {
    const used = new Map();
    const fieldNames = Object.entries(project.objects).flatMap(([object, { fields }]) =>
        Object.keys(fields).map((field) => ({ object, field }))
    );
    for (const file of componentSources(project)) {
        const source = readFileSync(file, 'utf8');
        for (const [, object, field] of source.matchAll(/from '@salesforce\/schema\/(\w+)\.(\w+__c)'/g)) {
            used.set(`${object}.${field}`, file);
        }
        for (const query of source.matchAll(/gql`([\s\S]*?)`/g)) {
            for (const [, field] of query[1].matchAll(/\b(\w+__c)\s*\{/g)) {
                for (const match of fieldNames.filter((f) => f.field === field)) {
                    used.set(`${match.object}.${match.field}`, file);
                }
            }
        }
    }
    return used;
}

/** The portal users' permission set must let them read every custom field the components use. */
export function checkPermissionCoverage(project, permissionSetName = 'Support_Portal_Customer') {
    const file = metaFiles(project, `${permissionSetName}.permissionset-meta.xml`)[0];
    if (!file) {
        return [`force-app/main/default/permissionsets: ${permissionSetName} is missing`];
    }
    const set = safeParse(file)?.PermissionSet ?? {};
    const readable = new Set((set.fieldPermissions ?? []).filter((p) => p.readable === 'true').map((p) => p.field));
    const objects = new Set((set.objectPermissions ?? []).filter((p) => p.allowRead === 'true').map((p) => p.object));
    const problems = [];
    for (const [qualified, source] of fieldsUsedByComponents(project)) {
        const [object, field] = qualified.split('.');
        if (project.objects[object]?.isCustom && !objects.has(object)) {
            problems.push(
                `${rel(project, file)}: ${rel(project, source)} reads ${object}, but the permission set does not grant it`
            );
        }
        if (!readable.has(qualified) && !isAlwaysAccessible(project, object, field)) {
            problems.push(
                `${rel(project, file)}: ${rel(project, source)} uses ${qualified}, but the permission set does not grant it`
            );
        }
    }
    return problems;
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
    'permission sets': checkPermissionSets,
    labels: checkLabels,
    'message channels': checkMessageChannels,
    site: checkSite,
    'imports name existing metadata': checkImports,
    'permission set covers the fields components use': checkPermissionCoverage
};

export function checkProject(root) {
    const project = loadProject(root);
    return Object.entries(CHECKS).map(([name, check]) => ({ name, problems: check(project) }));
}
