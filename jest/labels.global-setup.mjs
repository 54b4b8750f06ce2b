// Writes one module per custom label so that `@salesforce/label/c.X` resolves in jest to the text
// the customer sees: English, or the translation (translations/<language>.translation-meta.xml)
// when a test file first imports `test-language/de` (as a user with that language would see it).
// A label missing from the metadata does not resolve, and the test sees its name instead.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { labelsByLanguage } from '../org-model/labels.mjs';

export const LABEL_MODULES = new URL('../.build/jest-labels/', import.meta.url);

export default function writeLabelModules() {
    rmSync(LABEL_MODULES, { recursive: true, force: true });
    mkdirSync(LABEL_MODULES, { recursive: true });
    const languages = labelsByLanguage();
    for (const name of Object.keys(languages.en_US)) {
        const texts = Object.fromEntries(
            Object.entries(languages).map(([language, labels]) => [language, labels[name]])
        );
        writeFileSync(
            new URL(`c.${name}.js`, LABEL_MODULES),
            `const texts = ${JSON.stringify(texts)};\n` +
                'module.exports = { __esModule: true, default: texts[globalThis.__supportLanguage] ?? texts.en_US };\n'
        );
    }
}
