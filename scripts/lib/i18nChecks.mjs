// The language checks of `npm test`: every custom label translated into every language the portal
// offers, the same languages everywhere they are listed, and no customer-visible text outside
// labels. Each problem names the file and what to do.
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { readLabels, readLabelTranslations, translationLanguages } from '../../org-model/labels.mjs';
import { readProjectMetadata } from '../../org-model/projectMetadata.mjs';
import { STANDARD_OBJECTS } from '../../org-model/standardObjects.mjs';
import { readObjectTranslations } from '../../org-model/translations.mjs';

/**
 * Labels whose translation is rightly the same as the English text, per language, each with why.
 * Reviewed: add a label here only when a German reader would write exactly the English text.
 */
export const SAME_IN_TRANSLATION_FILE = 'scripts/lib/sameInTranslation.json';

const LANGUAGES_MODULE = 'force-app/main/default/lwc/supportLanguages/supportLanguages.ts';
const SITE_LANGUAGES =
    'site/main/default/digitalExperiences/site/Support_Portal1/sfdc_cms__languageSettings/languages/content.json';

const placeholders = (text) => [...String(text).matchAll(/\{\d+\}/g)].map(([match]) => match).sort();

function sameInTranslation(root) {
    const file = join(root, SAME_IN_TRANSLATION_FILE);
    return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
}

/** The Salesforce language codes of c/supportLanguages, in order. */
export function supportLanguageCodes(root) {
    const file = join(root, LANGUAGES_MODULE);
    return existsSync(file)
        ? [...readFileSync(file, 'utf8').matchAll(/code: '([\w-]+)'/g)].map(([, code]) => code)
        : [];
}

/** Every label translated into every language but English: not empty, its placeholders kept, not left in English. */
export function checkLabelTranslations(project) {
    const translationsDir = join(project.root, 'force-app/main/default/translations/');
    const english = readLabels(join(project.root, 'force-app/main/default/labels/CustomLabels.labels-meta.xml'));
    const allowed = sameInTranslation(project.root);
    const wanted = supportLanguageCodes(project.root).filter((code) => code !== 'en_US');
    const problems = [];
    for (const language of new Set([...wanted, ...translationLanguages(translationsDir)])) {
        const file = `force-app/main/default/translations/${language}.translation-meta.xml`;
        if (!existsSync(join(project.root, file))) {
            problems.push(`${file} is missing: the portal offers ${language} (c/supportLanguages)`);
            continue;
        }
        const translated = readLabelTranslations(language, translationsDir);
        for (const [name, value] of english) {
            const text = translated.get(name);
            if (!text?.trim()) {
                problems.push(`${file}: the label ${name} ("${value}") has no ${language} translation`);
            } else if (text === value && !allowed[language]?.[name]) {
                problems.push(
                    `${file}: the label ${name} is still in English ("${value}"); translate it, or add it with the reason to ${SAME_IN_TRANSLATION_FILE}`
                );
            } else if (placeholders(text).join() !== placeholders(value).join()) {
                problems.push(
                    `${file}: the label ${name} must keep the placeholders ${placeholders(value).join(' ') || '(none)'}; it has ${placeholders(text).join(' ') || 'none'}`
                );
            }
        }
        for (const name of translated.keys()) {
            if (!english.has(name)) {
                problems.push(`${file}: translates ${name}, which is not a custom label (renamed or deleted?)`);
            }
        }
        for (const name of Object.keys(allowed[language] ?? {})) {
            if (!english.has(name)) {
                problems.push(`${SAME_IN_TRANSLATION_FILE}: ${name} is not a custom label`);
            }
        }
    }
    return problems;
}

/**
 * The portal's languages are listed in four places that must agree: c/supportLanguages (the
 * header's switch), the translation files, the site's language settings and the languages a
 * user's LanguageLocaleKey takes here (standardObjects.mjs).
 */
export function checkSupportLanguages(project) {
    const codes = supportLanguageCodes(project.root);
    if (!codes.length) {
        return [];
    }
    const problems = [];
    const same = (a, b) => [...a].sort().join() === [...b].sort().join();
    const translated = ['en_US', ...translationLanguages(join(project.root, 'force-app/main/default/translations/'))];
    if (!same(codes, translated)) {
        problems.push(
            `${LANGUAGES_MODULE} offers ${codes.join(', ')} but translations/ holds ${translated.join(', ')} (with en_US, the labels' own language)`
        );
    }
    const siteFile = join(project.root, SITE_LANGUAGES);
    if (existsSync(siteFile)) {
        const site = JSON.parse(readFileSync(siteFile, 'utf8')).contentBody;
        const active = site.languages.filter((language) => language.isActive).map((language) => language.locale);
        if (!same(codes, active)) {
            problems.push(
                `${SITE_LANGUAGES}: the site's active languages are ${active.join(', ')}, not ${codes.join(', ')}`
            );
        }
        if (site.defaultLocale !== codes[0]) {
            problems.push(`${SITE_LANGUAGES}: the site's default language must be ${codes[0]}, the labels' language`);
        }
    }
    // The org's Knowledge languages (the scratch definition turns them on) and the demo articles.
    const scratchFile = join(project.root, 'config/project-scratch-def.json');
    if (existsSync(scratchFile)) {
        const knowledge = JSON.parse(readFileSync(scratchFile, 'utf8')).settings?.knowledgeSettings;
        const active = (knowledge?.languages?.language ?? []).filter((l) => l.active).map((l) => l.name);
        if (!same(codes, active)) {
            problems.push(
                `config/project-scratch-def.json: Knowledge's active languages are ${active.join(', ') || 'none'}, not ${codes.join(', ')}`
            );
        }
    }
    const articlesFile = join(project.root, 'data/knowledge-articles.json');
    if (existsSync(articlesFile)) {
        // The demo articles name English 'en' and every other language by its code.
        const keys = codes.map((code) => (code === 'en_US' ? 'en' : code));
        for (const article of JSON.parse(readFileSync(articlesFile, 'utf8'))) {
            const missing = keys.filter((key) => !article[key]?.title);
            if (missing.length) {
                problems.push(
                    `data/knowledge-articles.json: the article ${article.urlName} has no ${missing.join(', ')} version`
                );
            }
        }
    }
    // A user's language, and a Knowledge article's: the portal shows articles in the viewer's language.
    for (const [object, field] of [
        ['User', 'LanguageLocaleKey'],
        ['Knowledge__kav', 'Language']
    ]) {
        const values = STANDARD_OBJECTS[object].fields[field].picklistValues.map((value) => value.value);
        if (!same(codes, values)) {
            problems.push(
                `org-model/standardObjects.mjs: ${object}.${field} takes ${values.join(', ')}, not ${codes.join(', ')}`
            );
        }
    }
    return problems;
}

// Attributes whose literal value a customer reads or hears.
const VISIBLE_ATTRIBUTES =
    /\s(aria-label|aria-description|aria-roledescription|title|alt|placeholder|label|alternative-text|message-when-[\w-]+|field-level-help)="([^"{][^"]*)"/g;

/** Text a customer sees that is written in a template or a string in code, not read from a label. */
export function checkTextOutsideLabels(project) {
    const metadata = readProjectMetadata(project.root);
    // Values that are data, not prose: picklist API values (what is stored and compared) and product names.
    const values = new Set(
        Object.values(metadata.objects).flatMap((object) =>
            Object.values(object.fields).flatMap((field) => (field.picklistValues ?? []).map((value) => value.value))
        )
    );
    const problems = [];
    const where = (file) => relative(project.root, file);
    for (const file of project.files.filter((f) => /\/lwc\/\w+\/\w+\.html$/.test(f))) {
        const html = readFileSync(file, 'utf8').replace(/<!--[\s\S]*?-->/g, '');
        for (const [, text] of html.matchAll(/>([^<]+)</g)) {
            const literal = text.replace(/\{[^}]*\}/g, '').trim();
            if (/\p{L}{2,}/u.test(literal)) {
                problems.push(
                    `${where(file)}: "${literal}" is text outside a label; put it in CustomLabels and bind it`
                );
            }
        }
        for (const [, attribute, value] of html.matchAll(VISIBLE_ATTRIBUTES)) {
            problems.push(`${where(file)}: ${attribute}="${value}" is text outside a label; bind a label`);
        }
    }
    for (const file of project.files.filter((f) => /\/lwc\/\w+\/\w+\.ts$/.test(f) && !f.endsWith('.d.ts'))) {
        const lines = readFileSync(file, 'utf8').split('\n');
        lines.forEach((line, index) => {
            if (/^\s*(\/\/|\*|\/\*)/.test(line) || /\bthrow new \w*Error\(/.test(line) || /\bimport\b/.test(line)) {
                return; // comments, programming errors (never shown: callers show a label), imports
            }
            for (const [, single, template] of line.matchAll(/'([^'\\]*(?:\\.[^'\\]*)*)'|`([^`$]*)`/g)) {
                const text = single ?? template;
                const prose = /^\p{Lu}\p{Ll}+(?: [\p{L}\d,.;:!?'’-]+)+$/u.test(text ?? '');
                if (prose && !values.has(text)) {
                    problems.push(
                        `${where(file)}:${index + 1}: '${text}' looks like text for a customer; put it in CustomLabels`
                    );
                }
            }
        });
    }
    return problems;
}

/**
 * One name for each severity in each language: the Case.Severity__c picklist's labels (the Create
 * a Case choices, the Cases list) are the Support_Severity_N labels (the contact options, the
 * email composer), and c/supportSeverities routes by the picklist's API values.
 */
export function checkSeverityWording(project) {
    const severities = join(project.root, 'force-app/main/default/lwc/supportSeverities/supportSeverities.ts');
    const field = readProjectMetadata(project.root).objects.Case?.fields.Severity__c;
    if (!existsSync(severities) || !field?.picklistValues) {
        return [];
    }
    const problems = [];
    const routed = [...readFileSync(severities, 'utf8').matchAll(/value: '(Severity \d)'/g)].map(([, value]) => value);
    const values = field.picklistValues.map((option) => option.value);
    if (routed.join() !== values.join()) {
        problems.push(
            `lwc/supportSeverities: SEVERITIES route by ${routed.join(', ')}, but Case.Severity__c's values are ${values.join(', ')}`
        );
    }
    const english = readLabels(join(project.root, 'force-app/main/default/labels/CustomLabels.labels-meta.xml'));
    const languages = ['en_US', ...translationLanguages(join(project.root, 'force-app/main/default/translations/'))];
    for (const language of languages) {
        const labels =
            language === 'en_US'
                ? english
                : readLabelTranslations(language, join(project.root, 'force-app/main/default/translations/'));
        const options = readProjectMetadata(project.root, { language }).objects.Case.fields.Severity__c.picklistValues;
        options.forEach((option, index) => {
            const name = labels.get(`Support_Severity_${index + 1}`);
            if (name && option.label !== name) {
                problems.push(
                    `${language}: Case.Severity__c's "${option.value}" reads "${option.label}" but the label Support_Severity_${index + 1} reads "${name}"; use one name`
                );
            }
        });
    }
    return problems;
}

/**
 * The data model a customer reads, translated into every language: each custom object's name,
 * each custom field's label, each picklist value the package defines (product names, a global
 * value set of trademarks, aside) and each validation rule's message.
 */
export function checkObjectTranslations(project) {
    const main = join(project.root, 'force-app/main/default');
    const english = readProjectMetadata(project.root);
    const problems = [];
    for (const language of translationLanguages(join(main, 'translations/'))) {
        const translations = readObjectTranslations(main, language);
        const folder = (apiName) => `force-app/main/default/objectTranslations/${apiName}-${language}`;
        for (const [apiName, object] of Object.entries(project.objects)) {
            if (apiName.endsWith('__mdt')) {
                continue; // a custom metadata type is the admin's setting in Setup: customers never read it
            }
            if (apiName.endsWith('__e')) {
                continue; // a platform event message is published to flows, never shown to anyone
            }
            const mine = translations[apiName];
            const source = english.objects[apiName];
            if (object.isCustom && !mine?.label) {
                problems.push(`${folder(apiName)}: ${apiName} has no ${language} name`);
            }
            for (const name of Object.keys(object.fields)) {
                const field = source.fields[name];
                const translated = mine?.fields[name];
                const where = `${folder(apiName)}/${name}.fieldTranslation-meta.xml`;
                if (!translated?.label) {
                    problems.push(`${where}: no ${language} label for ${apiName}.${name}`);
                    continue;
                }
                const ownValues = field.picklistValues && !object.fields[name].xml?.valueSet?.valueSetName;
                for (const option of ownValues ? field.picklistValues : []) {
                    if (!translated.picklist[option.label]) {
                        problems.push(`${where}: the value "${option.value}" has no ${language} label`);
                    }
                }
            }
            for (const rule of source.validationRules ?? []) {
                const message = mine?.validationRules[rule.name];
                if (!message || message === rule.errorMessage) {
                    problems.push(
                        `${folder(apiName)}: the validation rule ${rule.name}'s message is not in ${language}`
                    );
                }
            }
        }
    }
    return problems;
}
