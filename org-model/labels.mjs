// Reads the project's custom labels and their translations, so the preview and the jest mocks
// show the text a customer will see rather than label names, in each language the package has.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { XMLParser } from 'fast-xml-parser';

export const LABELS_FILE = new URL('../force-app/main/default/labels/CustomLabels.labels-meta.xml', import.meta.url);
export const TRANSLATIONS_DIR = new URL('../force-app/main/default/translations/', import.meta.url);

/** @returns {Map<string, string>} label full name → English value */
export function readLabels(file = LABELS_FILE) {
    const parser = new XMLParser({ isArray: (name) => name === 'labels', parseTagValue: false });
    const xml = parser.parse(readFileSync(file, 'utf8'));
    return new Map((xml.CustomLabels?.labels ?? []).map((label) => [String(label.fullName), String(label.value)]));
}

/** The languages with a translation file (`de` for translations/de.translation-meta.xml). */
export function translationLanguages(dir = TRANSLATIONS_DIR) {
    return existsSync(dir)
        ? readdirSync(dir)
              .filter((name) => name.endsWith('.translation-meta.xml'))
              .map((name) => name.replace('.translation-meta.xml', ''))
              .sort()
        : [];
}

/** @returns {Map<string, string>} label full name → its translation into `language` (those present) */
export function readLabelTranslations(language, dir = TRANSLATIONS_DIR) {
    const base = typeof dir === 'string' ? pathToFileURL(dir.endsWith('/') ? dir : `${dir}/`) : dir;
    const file = new URL(`${language}.translation-meta.xml`, base);
    if (!existsSync(file)) {
        return new Map();
    }
    const parser = new XMLParser({ isArray: (name) => name === 'customLabels', parseTagValue: false });
    const xml = parser.parse(readFileSync(file, 'utf8'));
    return new Map(
        (xml.Translations?.customLabels ?? []).map((label) => [String(label.name), String(label.label ?? '')])
    );
}

/**
 * Every label in every language: { en_US: {name: text}, de: {...} }. A label with no translation
 * shows its English text, as Salesforce shows the default language's value.
 */
export function labelsByLanguage() {
    const english = readLabels();
    const result = { en_US: Object.fromEntries(english) };
    for (const language of translationLanguages()) {
        const translated = readLabelTranslations(language);
        result[language] = Object.fromEntries(
            [...english].map(([name, value]) => [name, translated.get(name) || value])
        );
    }
    return result;
}
