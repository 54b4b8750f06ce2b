import {
    REGION_CODES,
    REGIONS,
    countryOfLocale,
    isRegionCode,
    regionOfCountry,
    regionOfTimeZone,
    regionsInOrder,
    telHref,
    viewerRegion
} from 'c/supportPhones';
import directory from './data/publishedPhones.json';

describe('the phone numbers', () => {
    it('lists the regions, countries and numbers exactly as Thycotic publishes them', () => {
        const published = REGIONS.map((region) => ({
            region: region.name,
            phones: region.phones.map((phone) => [phone.country, phone.display])
        }));
        expect(published).toEqual(directory.regions);
    });

    it('has an E.164 number for every display number, with the same digits', () => {
        for (const phone of REGIONS.flatMap((region) => region.phones)) {
            expect(phone.e164).toMatch(/^\+[1-9]\d{7,14}$/);
            expect(phone.e164).toBe(`+${phone.display.replace(/\D/g, '')}`);
            expect(telHref(phone)).toBe(`tel:${phone.e164}`);
        }
    });

    it('knows its region codes', () => {
        expect(REGION_CODES).toEqual(['AMERICAS', 'EMEA', 'APAC']);
        expect(isRegionCode('EMEA')).toBe(true);
        expect(isRegionCode('emea')).toBe(false);
        expect(isRegionCode(undefined)).toBe(false);
    });

    it('puts a chosen region first and keeps the others in published order', () => {
        expect(regionsInOrder('APAC').map((r) => r.code)).toEqual(['APAC', 'AMERICAS', 'EMEA']);
        expect(regionsInOrder('EMEA').map((r) => r.code)).toEqual(['EMEA', 'AMERICAS', 'APAC']);
        expect(regionsInOrder('AMERICAS').map((r) => r.code)).toEqual(['AMERICAS', 'EMEA', 'APAC']);
        expect(regionsInOrder(undefined).map((r) => r.code)).toEqual(['AMERICAS', 'EMEA', 'APAC']);
        expect(regionsInOrder().map((r) => r.code)).toEqual(['AMERICAS', 'EMEA', 'APAC']);
    });

    it('does not let callers reorder the published list itself', () => {
        regionsInOrder('APAC');
        expect(REGIONS[0].code).toBe('AMERICAS');
        expect(Object.isFrozen(REGIONS)).toBe(true);
    });
});

describe('the viewer’s region', () => {
    it('reads the region from the time zone', () => {
        expect(regionOfTimeZone('America/New_York')).toBe('AMERICAS');
        expect(regionOfTimeZone('America/Sao_Paulo')).toBe('AMERICAS');
        expect(regionOfTimeZone('Europe/London')).toBe('EMEA');
        expect(regionOfTimeZone('Africa/Johannesburg')).toBe('EMEA');
        expect(regionOfTimeZone('Asia/Dubai')).toBe('EMEA');
        expect(regionOfTimeZone('Asia/Singapore')).toBe('APAC');
        expect(regionOfTimeZone('Asia/Manila')).toBe('APAC');
        expect(regionOfTimeZone('Australia/Sydney')).toBe('APAC');
        expect(regionOfTimeZone('Pacific/Auckland')).toBe('APAC');
        expect(regionOfTimeZone('Pacific/Honolulu')).toBe('AMERICAS');
        expect(regionOfTimeZone('Atlantic/Reykjavik')).toBe('EMEA');
        expect(regionOfTimeZone('Atlantic/Bermuda')).toBe('AMERICAS');
        expect(regionOfTimeZone('GMT')).toBeUndefined();
        expect(regionOfTimeZone('Etc/UTC')).toBeUndefined();
        expect(regionOfTimeZone(undefined)).toBeUndefined();
    });

    it('reads the country from Salesforce and BCP 47 locales', () => {
        expect(countryOfLocale('en_GB')).toBe('GB');
        expect(countryOfLocale('de-DE')).toBe('DE');
        expect(countryOfLocale('zh-Hant-TW')).toBe('TW');
        expect(countryOfLocale('en')).toBeUndefined();
        expect(countryOfLocale('')).toBeUndefined();
        expect(countryOfLocale(null)).toBeUndefined();
    });

    it('places countries in regions', () => {
        expect(regionOfCountry('US')).toBe('AMERICAS');
        expect(regionOfCountry('br')).toBe('AMERICAS');
        expect(regionOfCountry('GB')).toBe('EMEA');
        expect(regionOfCountry('ZA')).toBe('EMEA');
        expect(regionOfCountry('NZ')).toBe('APAC');
        expect(regionOfCountry('XX')).toBeUndefined();
        expect(regionOfCountry(undefined)).toBeUndefined();
    });

    it('prefers the time zone and falls back to the locale’s country', () => {
        expect(viewerRegion('en_US', 'Europe/Berlin')).toBe('EMEA');
        expect(viewerRegion('en_AU', 'Etc/UTC')).toBe('APAC');
        expect(viewerRegion('en_GB', 'GMT')).toBe('EMEA');
    });

    it('says nothing for unknown locales and zones', () => {
        expect(viewerRegion('xx_XX', 'Mars/Olympus_Mons')).toBeUndefined();
        expect(viewerRegion('en', 'UTC')).toBeUndefined();
        expect(viewerRegion(undefined, undefined)).toBeUndefined();
    });
});
