// The project's data model, read once from force-app: objects with their fields, validation
// rules, sharing; global value sets; permission sets. Standard objects add the fields
// declared in standardObjects.mjs (Knowledge__kav among them, which the package adds Body__c and
// Product__c to). Everything that needs the data model (the metadata checks, the GraphQL schema,
// the preview's demo org, the rule tests) reads it from here, so the metadata is the only source.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { STANDARD_OBJECTS, STANDARD_PICKLISTS, systemFields } from './standardObjects.mjs';
import { readLabels, readLabelTranslations } from './labels.mjs';
import { translateObjects } from './translations.mjs';
import { readFlowDefinition } from './flowDefinition.mjs';
import { formulonKnows } from './flowFormulas.mjs';
import { readCaseStatuses, readCaseStatusTranslations } from './caseStatuses.mjs';

const defaultRoot = new URL('..', import.meta.url).pathname;

/** A source folder's metadata directory. */
export const mainOf = (root, folder = 'force-app') => join(root, folder, 'main/default');
const parser = new XMLParser({
    parseTagValue: false,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    isArray: (name) =>
        [
            'value',
            'customValue',
            'objectPermissions',
            'fieldPermissions',
            'accessMappings',
            'profiles',
            'customErrors',
            'customErrorMessages',
            'constants',
            'formulas',
            'variables',
            'applicationVisibilities',
            'tabSettings',
            'tabs',
            'flexiPageRegions',
            'itemInstances',
            'componentInstanceProperties',
            'fieldInstanceProperties',
            'actionOverrides',
            'profileActionOverrides',
            'formFactors'
        ].includes(name)
});

function readXml(path) {
    return parser.parse(readFileSync(path, 'utf8'));
}

/** A flow's definition for the runner from its XML text (the tests read changed copies this way). */
export function flowDefinitionFromXml(name, xml) {
    return readFlowDefinition(name, parser.parse(xml).Flow ?? {}, { knowsFunction: formulonKnows });
}

function filesIn(dir, suffix) {
    return existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith(suffix)) : [];
}

const bool = (value) => String(value) === 'true';
const num = (value) => (value === undefined || value === '' ? undefined : Number(value));

function picklistValues(valueSet, main) {
    if (!valueSet) {
        return undefined;
    }
    if (valueSet.valueSetName) {
        const file = join(main, 'globalValueSets', `${valueSet.valueSetName}.globalValueSet-meta.xml`);
        const set = existsSync(file) ? readXml(file).GlobalValueSet : { customValue: [] };
        return (set.customValue ?? []).map((v) => ({
            label: String(v.label ?? v.fullName),
            value: String(v.fullName)
        }));
    }
    return (valueSet.valueSetDefinition?.value ?? []).map((v) => ({
        label: String(v.label ?? v.fullName),
        value: String(v.fullName)
    }));
}

/** A custom field from its XML, in the shape the standard fields are declared in. */
/** Lengths the platform gives field types that take none in their XML. */
const FIXED_LENGTHS = { Phone: 40, Email: 80, Url: 255 };

export function fieldFromXml(xml, main) {
    const field = {
        type: xml.type,
        label: xml.label,
        length: num(xml.length) ?? FIXED_LENGTHS[xml.type],
        precision: num(xml.precision),
        scale: num(xml.scale),
        required: bool(xml.required) || xml.type === 'MasterDetail',
        unique: bool(xml.unique),
        externalId: bool(xml.externalId),
        custom: true
    };
    if (xml.formula !== undefined) {
        field.formula = String(xml.formula);
        field.calculated = true;
    }
    if (['Lookup', 'MasterDetail'].includes(xml.type)) {
        field.referenceTo = xml.referenceTo;
        field.relationshipName = `${xml.fullName.replace(/__c$/, '')}__r`;
        field.childRelationshipName = xml.relationshipName ? `${xml.relationshipName}__r` : undefined;
    }
    if (/Picklist/.test(xml.type)) {
        field.picklistValues = picklistValues(xml.valueSet, main);
        field.restricted = bool(xml.valueSet?.restricted) || Boolean(xml.valueSet?.valueSetName);
    }
    return Object.fromEntries(Object.entries(field).filter(([, value]) => value !== undefined));
}

/** An object's folder in `main`. */
function readObject(main, apiName) {
    const dir = join(main, 'objects', apiName);
    const objectFile = join(dir, `${apiName}.object-meta.xml`);
    const xml = existsSync(objectFile) ? (readXml(objectFile).CustomObject ?? {}) : {};
    const fields = Object.fromEntries(
        filesIn(join(dir, 'fields'), '.field-meta.xml').map((file) => {
            const fieldXml = readXml(join(dir, 'fields', file)).CustomField ?? {};
            return [fieldXml.fullName, fieldFromXml(fieldXml, main)];
        })
    );
    const validationRules = filesIn(join(dir, 'validationRules'), '.validationRule-meta.xml').map((file) => {
        const rule = readXml(join(dir, 'validationRules', file)).ValidationRule ?? {};
        return {
            name: rule.fullName,
            active: bool(rule.active),
            formula: String(rule.errorConditionFormula ?? ''),
            errorMessage: String(rule.errorMessage ?? ''),
            errorDisplayField: rule.errorDisplayField
        };
    });
    return { xml, fields, validationRules };
}

/** Object → { apiName, label, custom, sharingModel, externalSharingModel, fields, validationRules }. */
function readObjects(root) {
    const main = mainOf(root, 'force-app');
    const objects = {};
    for (const [apiName, standard] of Object.entries(STANDARD_OBJECTS)) {
        objects[apiName] = {
            apiName,
            label: standard.label,
            ...(standard.labelPlural ? { labelPlural: standard.labelPlural } : {}),
            custom: false,
            keyPrefix: standard.keyPrefix,
            customerAccess: standard.customerAccess,
            fields: structuredClone(standard.fields),
            validationRules: []
        };
        for (const [field, values] of Object.entries(STANDARD_PICKLISTS)) {
            const [object, name] = field.split('.');
            if (object === apiName) {
                objects[apiName].fields[name].picklistValues = values.map((value) => ({ label: value, value }));
            }
        }
    }
    for (const apiName of existsSync(join(main, 'objects')) ? readdirSync(join(main, 'objects')) : []) {
        const { xml, fields, validationRules } = readObject(main, apiName);
        if (apiName.endsWith('__c') && !objects[apiName]) {
            const isDetail = Object.values(fields).some((f) => f.type === 'MasterDetail');
            const nameType = xml.nameField?.type === 'AutoNumber' ? { calculated: true } : { required: true };
            objects[apiName] = {
                apiName,
                label: xml.label,
                labelPlural: xml.pluralLabel,
                custom: true,
                sharingModel: xml.sharingModel,
                externalSharingModel: xml.externalSharingModel,
                fields: {
                    ...systemFields({ owned: !isDetail }),
                    Name: {
                        type: 'Text',
                        length: 80,
                        label: xml.nameField?.label ?? 'Name',
                        nameField: true,
                        ...nameType
                    },
                    ...fields
                },
                validationRules
            };
        } else if (apiName.endsWith('__e')) {
            // A platform event: published, never stored or queried; its standard fields are those
            // of "Platform Event Fields" (Platform Events Developer Guide).
            objects[apiName] = {
                apiName,
                label: xml.label,
                labelPlural: xml.pluralLabel,
                custom: true,
                platformEvent: { publishBehavior: String(xml.publishBehavior ?? 'PublishAfterCommit') },
                fields: {
                    ReplayId: { type: 'Text', label: 'Replay ID' },
                    EventUuid: { type: 'Text', label: 'Event UUID' },
                    CreatedDate: { type: 'DateTime', label: 'Created Date' },
                    CreatedById: { type: 'Lookup', referenceTo: 'User', label: 'Created By ID' },
                    ...fields
                },
                validationRules
            };
        } else if (objects[apiName]) {
            Object.assign(objects[apiName].fields, fields);
            objects[apiName].validationRules.push(...validationRules);
        }
    }
    // Child relationships, from the lookups that name one.
    for (const object of Object.values(objects)) {
        object.childRelationships = {};
    }
    for (const [apiName, object] of Object.entries(objects)) {
        for (const [fieldName, field] of Object.entries(object.fields)) {
            if (field.childRelationshipName && objects[field.referenceTo]) {
                objects[field.referenceTo].childRelationships[field.childRelationshipName] = {
                    childObject: apiName,
                    field: fieldName
                };
            }
        }
    }
    return objects;
}

/**
 * The Lightning apps (their tabs, in order, and the Lightning pages they open records on: their
 * action overrides), the custom tabs (the Lightning page a tab opens) and the Lightning pages (the
 * components and fields placed on each, region by region) the package ships.
 */
function readLightningApps(main) {
    const read = (folder, suffix, root) =>
        Object.fromEntries(
            filesIn(join(main, folder), suffix).map((file) => [
                file.replace(suffix, ''),
                readXml(join(main, folder, file))[root] ?? {}
            ])
        );
    const override = (o) => ({
        actionName: o.actionName,
        content: o.content,
        formFactor: o.formFactor,
        pageOrSobjectType: o.pageOrSobjectType,
        type: o.type,
        ...(o.profile ? { profile: o.profile } : {})
    });
    const applications = Object.fromEntries(
        Object.entries(read('applications', '.app-meta.xml', 'CustomApplication')).map(([name, app]) => {
            const actionOverrides = (app.actionOverrides ?? []).map(override);
            return [
                name,
                {
                    label: app.label,
                    tabs: app.tabs ?? [],
                    formFactors: (app.formFactors ?? []).map(String),
                    actionOverrides,
                    profileActionOverrides: (app.profileActionOverrides ?? []).map(override),
                    // The app's default record page per object, on the desktop: "Case" → the FlexiPage.
                    recordPages: Object.fromEntries(
                        actionOverrides
                            .filter((o) => o.actionName === 'View' && /^flexipage$/i.test(o.type ?? ''))
                            .filter((o) => o.formFactor === 'Large')
                            .map((o) => [o.pageOrSobjectType, o.content])
                    )
                }
            ];
        })
    );
    const tabs = Object.fromEntries(
        Object.entries(read('tabs', '.tab-meta.xml', 'CustomTab')).map(([name, tab]) => [
            name,
            { flexiPage: tab.flexiPage, customObject: bool(tab.customObject) }
        ])
    );
    const flexiPages = Object.fromEntries(
        Object.entries(read('flexipages', '.flexipage-meta.xml', 'FlexiPage')).map(([name, page]) => {
            const regions = (page.flexiPageRegions ?? []).map(flexiPageRegion);
            const items = regions.flatMap((region) => region.items);
            return [
                name,
                {
                    type: page.type,
                    label: page.masterLabel,
                    sobjectType: page.sobjectType,
                    template: page.template?.name,
                    regions,
                    components: items.filter((item) => item.component).map((item) => item.component),
                    fields: items.filter((item) => item.field).map((item) => item.field)
                }
            ];
        })
    );
    return { applications, tabs, flexiPages };
}

/** A component property's value: a string, or (API 49.0 and later) a valueList's values. */
function propertyValue(property) {
    if (property.valueList) {
        return [property.valueList.valueListItems ?? []].flat().flatMap((item) => [item.value].flat().map(String));
    }
    return String([property.value].flat()[0] ?? '');
}

/**
 * A Lightning page region as placed: its name, type (Region, or Facet: the body of a tab, column
 * or field section) and items, each a component ({ component, identifier, properties }) or a
 * Dynamic Forms field ({ field: "PIN__c", behavior }, from "Record.PIN__c").
 */
function flexiPageRegion(region) {
    return {
        name: region.name,
        type: region.type,
        items: (region.itemInstances ?? []).map((item) => {
            if (item.fieldInstance) {
                const behavior = (item.fieldInstance.fieldInstanceProperties ?? []).find(
                    (p) => p.name === 'uiBehavior'
                );
                return {
                    field: String(item.fieldInstance.fieldItem ?? '').replace(/^Record\./, ''),
                    identifier: item.fieldInstance.identifier,
                    behavior: behavior?.value
                };
            }
            const instance = item.componentInstance ?? {};
            return {
                component: instance.componentName,
                identifier: instance.identifier,
                properties: Object.fromEntries(
                    (instance.componentInstanceProperties ?? []).map((p) => [p.name, propertyValue(p)])
                )
            };
        })
    };
}

/**
 * Custom metadata types (objects/<Type>__mdt) with their records (customMetadata/<Type>.<Record>):
 * "Type__mdt" → { fields, records: { Record: { Field__c: value } } }, what a formula reads as
 * $CustomMetadata.Type__mdt.Record.Field__c.
 */
function readCustomMetadata(main) {
    const names = existsSync(join(main, 'objects')) ? readdirSync(join(main, 'objects')) : [];
    const types = Object.fromEntries(
        names
            .filter((name) => name.endsWith('__mdt'))
            .map((apiName) => [apiName, { fields: readObject(main, apiName).fields, records: {} }])
    );
    for (const file of filesIn(join(main, 'customMetadata'), '.md-meta.xml')) {
        const [type, record] = file.replace('.md-meta.xml', '').split('.');
        const xml = readXml(join(main, 'customMetadata', file)).CustomMetadata ?? {};
        const values = [xml.values ?? []].flat().map((entry) => {
            const value = [entry.value].flat()[0];
            const raw = value !== null && typeof value === 'object' ? value['#text'] : value;
            const field = types[`${type}__mdt`]?.fields[entry.field];
            return [entry.field, field?.type === 'Number' ? Number(raw) : raw];
        });
        if (types[`${type}__mdt`]) {
            types[`${type}__mdt`].records[record] = Object.fromEntries(values);
        }
    }
    return types;
}

function readPermissionSets(main) {
    const dir = join(main, 'permissionsets');
    return Object.fromEntries(
        filesIn(dir, '.permissionset-meta.xml').map((file) => {
            const set = readXml(join(dir, file)).PermissionSet ?? {};
            const objects = Object.fromEntries(
                (set.objectPermissions ?? []).map((p) => [
                    p.object,
                    {
                        read: bool(p.allowRead),
                        create: bool(p.allowCreate),
                        edit: bool(p.allowEdit),
                        delete: bool(p.allowDelete),
                        viewAll: bool(p.viewAllRecords),
                        modifyAll: bool(p.modifyAllRecords)
                    }
                ])
            );
            const fields = Object.fromEntries(
                (set.fieldPermissions ?? []).map((p) => [p.field, { read: bool(p.readable), edit: bool(p.editable) }])
            );
            const apps = (set.applicationVisibilities ?? []).filter((a) => bool(a.visible)).map((a) => a.application);
            const tabs = Object.fromEntries((set.tabSettings ?? []).map((t) => [t.tab, t.visibility]));
            return [file.replace('.permissionset-meta.xml', ''), { label: set.label, objects, fields, apps, tabs }];
        })
    );
}

/** Sharing sets: which records of an object a community user reads, by matching a field to their account or contact. */
function readSharingSets(main) {
    const dir = join(main, 'sharingSets');
    return Object.fromEntries(
        filesIn(dir, '.sharingSet-meta.xml').map((file) => {
            const set = readXml(join(dir, file)).SharingSet ?? {};
            return [
                file.replace('.sharingSet-meta.xml', ''),
                {
                    name: set.name,
                    profiles: (set.profiles ?? []).map(String),
                    accessMappings: (set.accessMappings ?? []).map((m) => ({
                        object: m.object,
                        objectField: m.objectField,
                        userField: m.userField,
                        accessLevel: m.accessLevel
                    }))
                }
            ];
        })
    );
}

/** A flow message's `{!$Label.Name}` references, with the labels' English values in their place. */
function withLabels(text, labels) {
    return String(text ?? '').replace(/\{!\$Label\.(\w+)\}/g, (whole, name) => labels.get(name) ?? whole);
}

/**
 * Record-triggered flows: what triggers them, their constants and their Custom Error elements
 * (the message with its labels resolved, and the field it is shown on).
 */
function readFlows(main, labels) {
    const dir = join(main, 'flows');
    return Object.fromEntries(
        filesIn(dir, '.flow-meta.xml').map((file) => {
            const flow = readXml(join(dir, file)).Flow ?? {};
            const constants = Object.fromEntries(
                (flow.constants ?? []).map((c) => {
                    const value = [c.value].flat()[0] ?? {};
                    const raw = value.numberValue ?? value.stringValue ?? value.booleanValue;
                    return [c.name, value.numberValue !== undefined ? Number(raw) : raw];
                })
            );
            const customErrors = Object.fromEntries(
                (flow.customErrors ?? []).map((element) => {
                    const message = element.customErrorMessages?.[0] ?? {};
                    return [
                        element.name,
                        {
                            messageReference: String(message.errorMessage ?? ''),
                            message: withLabels(message.errorMessage, labels),
                            field: bool(message.isFieldError) ? message.fieldSelection : undefined
                        }
                    ];
                })
            );
            const formulas = Object.fromEntries(
                (flow.formulas ?? []).map((f) => [
                    f.name,
                    { dataType: f.dataType, expression: String(f.expression ?? '') }
                ])
            );
            // A record-triggered flow's entry condition as a formula: checked like the flow's formulas.
            if (flow.start?.filterFormula) {
                formulas['(start condition)'] = { dataType: 'Boolean', expression: String(flow.start.filterFormula) };
            }
            const variables = Object.fromEntries((flow.variables ?? []).map((v) => [v.name, { dataType: v.dataType }]));
            // Get Records elements: the object each reads (a formula may use its output's fields).
            const lookups = Object.fromEntries([flow.recordLookups ?? []].flat().map((l) => [l.name, l.object]));
            // A loop's current item is a record of what its collection (a Get Records element) read.
            for (const loop of [flow.loops ?? []].flat()) {
                lookups[loop.name] = lookups[loop.collectionReference];
            }
            const name = file.replace('.flow-meta.xml', '');
            return [
                name,
                {
                    // What the flow runner executes (org-model/flowRunner.mjs): every element, from the XML.
                    definition: readFlowDefinition(name, flow, { knowsFunction: formulonKnows }),
                    label: flow.label,
                    formulas,
                    variables,
                    lookups,
                    status: flow.status,
                    object: flow.start?.object,
                    triggerType: flow.start?.triggerType,
                    recordTriggerType: flow.start?.recordTriggerType,
                    constants,
                    customErrors
                }
            ];
        })
    );
}

/**
 * org-settings: what the install sets in the org as a whole (not packaged): the external
 * org-wide defaults of standard objects, sharing sets (they name licence-dependent profiles),
 * sharing rules and the Case statuses (not packageable).
 */
function applyOrgSettings(objects, settings, root) {
    for (const apiName of existsSync(join(settings, 'objects')) ? readdirSync(join(settings, 'objects')) : []) {
        const file = join(settings, 'objects', apiName, `${apiName}.object-meta.xml`);
        const xml = existsSync(file) ? (readXml(file).CustomObject ?? {}) : {};
        if (objects[apiName]) {
            objects[apiName].sharingModel = xml.sharingModel ?? objects[apiName].sharingModel;
            objects[apiName].externalSharingModel = xml.externalSharingModel ?? objects[apiName].externalSharingModel;
        }
    }
    const statuses = readCaseStatuses(root);
    if (objects.Case && statuses.length) {
        objects.Case.fields.Status.picklistValues = statuses.map(({ label, value }) => ({ label, value }));
    }
    return objects;
}

/** The Case statuses' labels in `language`, where org-settings translates them (the platform's own come first). */
function translateCaseStatuses(objects, root, language) {
    const translated = readCaseStatusTranslations(root)[language] ?? {};
    const english = readCaseStatuses(root);
    const status = objects.Case?.fields.Status;
    if (status?.picklistValues) {
        status.picklistValues = status.picklistValues.map((option) => {
            const label = english.find((v) => v.value === option.value)?.label;
            return { ...option, label: translated[label] || option.label };
        });
    }
    return objects;
}

/**
 * The data model; with `language` (a translation's code, 'de'), as a user of that language sees
 * it: labels, picklist labels, validation and flow messages translated, values unchanged.
 */
export function readProjectMetadata(root = defaultRoot, { language = 'en_US' } = {}) {
    const main = mainOf(root, 'force-app');
    const settings = join(root, 'org-settings/main/default');
    const labelsFile = join(main, 'labels/CustomLabels.labels-meta.xml');
    const labels = existsSync(labelsFile) ? readLabels(labelsFile) : new Map();
    const objects = applyOrgSettings(readObjects(root), settings, root);
    const translated = language !== 'en_US';
    const labelTranslations = translated ? readLabelTranslations(language, join(main, 'translations/')) : new Map();
    return {
        objects: translated
            ? translateCaseStatuses(translateObjects(objects, main, language), root, language)
            : objects,
        permissionSets: readPermissionSets(main),
        sharingSets: { ...readSharingSets(main), ...readSharingSets(settings) },
        customMetadata: readCustomMetadata(main),
        ...readLightningApps(main),
        flows: readFlows(main, new Map([...labels, ...[...labelTranslations].filter(([, text]) => text)]))
    };
}

/** "Object.Field" → [{ label, value }] for every picklist, as the org offers it. */
export function picklistsOf(metadata) {
    return Object.fromEntries(
        Object.values(metadata.objects).flatMap((object) =>
            Object.entries(object.fields)
                .filter(([, field]) => field.picklistValues)
                .map(([name, field]) => [`${object.apiName}.${name}`, field.picklistValues])
        )
    );
}
