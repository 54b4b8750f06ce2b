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
});
