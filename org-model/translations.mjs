// The data model as a user of another language sees it: object and field labels, picklist
// labels and validation messages from the package's translations (objectTranslations/<Object>-<language>/),
// the platform's own translations of standard parts (standardObjects.mjs), and flow messages with
// their labels translated (translations/<language>.translation-meta.xml). Values never change:
// only what is shown does.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { STANDARD_TRANSLATIONS } from './standardObjects.mjs';

const parser = new XMLParser({
    parseTagValue: false,
    isArray: (name) => ['caseValues', 'validationRules', 'picklistValues', 'fields', 'listViews'].includes(name)
});

/**
 * { Object: {label, labelPlural, fields: {Field: {label, picklist: {value: text}}}, validationRules: {Rule: message}}},
 * from one metadata directory or several, merged.
 */
export function readObjectTranslations(mains, language) {
    const objects = {};
    for (const main of [mains].flat()) {
        readInto(objects, main, language);
    }
    return objects;
}

function readInto(objects, main, language) {
    const dir = join(main, 'objectTranslations');
    for (const folder of existsSync(dir) ? readdirSync(dir) : []) {
        const match = new RegExp(`^(\\w+)-${language}$`).exec(folder);
        if (!match) {
            continue;
        }
        const [, apiName] = match;
        const object = (objects[apiName] ??= { fields: {}, validationRules: {} });
        for (const file of readdirSync(join(dir, folder))) {
            const xml = parser.parse(readFileSync(join(dir, folder, file), 'utf8'));
            if (file.endsWith('.objectTranslation-meta.xml')) {
                const translation = xml.CustomObjectTranslation ?? {};
                const caseValue = (plural) =>
                    (translation.caseValues ?? []).find((value) => String(value.plural) === String(plural))?.value;
                object.label = caseValue(false) ?? object.label;
                object.labelPlural = caseValue(true) ?? object.labelPlural;
                for (const rule of translation.validationRules ?? []) {
                    object.validationRules[String(rule.name)] = String(rule.errorMessage ?? '');
                }
            } else if (file.endsWith('.fieldTranslation-meta.xml')) {
                const field = xml.CustomFieldTranslation ?? {};
                object.fields[String(field.name)] = {
                    label: field.label ? String(field.label) : undefined,
                    picklist: Object.fromEntries(
                        (field.picklistValues ?? []).map((value) => [
                            String(value.masterLabel),
                            String(value.translation)
                        ])
                    )
                };
            }
        }
    }
}

/** `objects` (readProjectMetadata's) with what a user of `language` reads; the English is kept where none is given. */
export function translateObjects(objects, mains, language) {
    const translations = readObjectTranslations(mains, language);
    const standard = STANDARD_TRANSLATIONS[language] ?? { objects: {}, objectPlurals: {}, picklistValues: {} };
    const translated = structuredClone(objects);
    for (const [apiName, object] of Object.entries(translated)) {
        const mine = translations[apiName] ?? { fields: {}, validationRules: {} };
        object.label = mine.label ?? standard.objects[apiName] ?? object.label;
        object.labelPlural = mine.labelPlural ?? standard.objectPlurals[apiName] ?? object.labelPlural;
        for (const [name, field] of Object.entries(object.fields)) {
            const fieldTranslation = mine.fields[name];
            field.label = fieldTranslation?.label ?? field.label;
            const platform = standard.picklistValues[`${apiName}.${name}`] ?? {};
            field.picklistValues = field.picklistValues?.map((option) => ({
                ...option,
                // Picklist translations are keyed by the value's master (English) label, as Salesforce keys them.
                label: fieldTranslation?.picklist[option.label] ?? platform[option.value] ?? option.label
            }));
        }
        for (const rule of object.validationRules ?? []) {
            rule.errorMessage = mine.validationRules[rule.name] || rule.errorMessage;
        }
    }
    return translated;
}
