// The custom labels in every language, read from the metadata the page is built from: the
// browser tests find things by the text a customer of that language reads.
import { execFileSync } from 'node:child_process';

// Read by org-model/labels.mjs in a child Node process: Playwright loads test files as CommonJS,
// and that module is ESM.
const LABELS = JSON.parse(
    execFileSync(
        process.execPath,
        [
            '--input-type=module',
            '-e',
            "import { labelsByLanguage } from './org-model/labels.mjs'; process.stdout.write(JSON.stringify(labelsByLanguage()));"
        ],
        { cwd: new URL('..', `file://${__filename}`).pathname, encoding: 'utf8' }
    )
) as Record<string, Record<string, string>>;

export const en = LABELS.en_US;
export const de = LABELS.de ?? {};

/** A label with its {0}, {1}… filled in. */
export function format(text: string, ...values: (string | number)[]): string {
    return text.replace(/\{(\d+)\}/g, (whole, index: string) => String(values[Number(index)] ?? whole));
}

/**
 * English label texts that must not be on a German page: those whose German differs, without
 * placeholders, of four characters or more, and not part of any German text (a product name,
 * "PIN").
 */
export function englishOnlyTexts(): string[] {
    const german = Object.values(de);
    return Object.entries(en)
        .filter(([name, text]) => de[name] && de[name] !== text)
        .map(([, text]) => text)
        .filter((text) => !text.includes('{') && text.length >= 4)
        .filter((text) => !german.some((translation) => translation.includes(text)));
}
