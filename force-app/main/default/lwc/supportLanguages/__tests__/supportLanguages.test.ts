import { SUPPORT_LANGUAGES, languageOf } from 'c/supportLanguages';

describe('supportLanguages', () => {
    it('offers English first (the site default), then German, each named in its own language', () => {
        expect(SUPPORT_LANGUAGES.map((language) => [language.code, language.name])).toEqual([
            ['en_US', 'English'],
            ['de', 'Deutsch']
        ]);
    });

    it('finds the viewer’s language by tag, then by base language, else English', () => {
        expect(languageOf('de').code).toBe('de');
        expect(languageOf('de-AT').code).toBe('de');
        expect(languageOf('de_DE').code).toBe('de');
        expect(languageOf('en-GB').code).toBe('en_US');
        expect(languageOf('fr').code).toBe('en_US');
        expect(languageOf(undefined).code).toBe('en_US');
    });

    it('prefers the exact tag once two offered languages share a base language', () => {
        const english = [
            { code: 'en_US', tag: 'en-US', name: 'English (US)' },
            { code: 'en_GB', tag: 'en-GB', name: 'English (UK)' }
        ];
        expect(languageOf('en-GB', english).code).toBe('en_GB');
        expect(languageOf('en_GB', english).code).toBe('en_GB');
        expect(languageOf('EN-gb', english).code).toBe('en_GB');
        expect(languageOf('en-AU', english).code).toBe('en_US');
        expect(languageOf(undefined, english).code).toBe('en_US');
    });
});
