/**
 * supportLanguages — the languages the Support Portal is translated into: each with its
 * Salesforce language code (User.LanguageLocaleKey, the site's language settings, the
 * translations/<code>.translation-meta.xml file) and its name in its own language, as language
 * pickers show them so that a reader finds theirs whatever the page's language. A metadata check
 * keeps this list, the translation files and the site's languages the same.
 */
export interface SupportLanguage {
    /** Salesforce language code: en_US, de. */
    code: string;
    /** BCP 47 tag for the `lang` attribute: en-US, de. */
    tag: string;
    /** The language's own name (an endonym, never translated). */
    name: string;
}

export const SUPPORT_LANGUAGES: readonly SupportLanguage[] = Object.freeze([
    { code: 'en_US', tag: 'en-US', name: 'English' },
    { code: 'de', tag: 'de', name: 'Deutsch' }
]);

/**
 * The portal language for a viewer's language (`@salesforce/i18n/lang`: 'en-US', 'de', 'de-AT'):
 * an exact match, else the same base language, else the first (English, the site's default).
 */
export function languageOf(
    lang: string | undefined,
    languages: readonly SupportLanguage[] = SUPPORT_LANGUAGES
): SupportLanguage {
    // No language at all reads as 'undefined': no tag has that, so the viewer gets the first.
    const wanted = String(lang).replace('_', '-').toLowerCase();
    const base = wanted.split('-')[0];
    return (
        languages.find((language) => language.tag.toLowerCase() === wanted) ??
        languages.find((language) => language.tag.toLowerCase().split('-')[0] === base) ??
        languages[0]
    );
}
