import {
    CHECKLIST,
    LINKS,
    REGION_CODES,
    REGIONS,
    SECRET_SERVER_CLOUD,
    SEVERITIES,
    contactMethodsFor,
    countryOfLocale,
    hasPrivilegedPin,
    isMethodAllowed,
    isRegionCode,
    regionOfCountry,
    regionOfTimeZone,
    regionsInOrder,
    severityOf,
    telHref,
    viewerRegion
} from 'c/supportDirectory';
import { SUPPORT_EMAIL } from 'c/supportEmail';
import directory from './data/publishedDirectory.json';

describe('the directory', () => {
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

    it('does not let callers reorder the directory itself', () => {
        regionsInOrder('APAC');
        expect(REGIONS[0].code).toBe('AMERICAS');
        expect(Object.isFrozen(REGIONS)).toBe(true);
    });

    it('has the support address, the checklist of step one and the links', () => {
        expect(SUPPORT_EMAIL).toBe('support@thycotic.com');
        expect(CHECKLIST.map((item) => item.label)).toEqual(directory.checklist);
        expect(LINKS.featureRequests).toBe('https://feedback.thycotic.com');
        expect(LINKS.upgrades).toMatch(/^https:\/\/docs\.thycotic\.com\//);
        expect(LINKS.servicesGuide).toMatch(/^https:\/\/docs\.thycotic\.com\//);
    });
});

describe('severities and contact methods', () => {
    it('defines Severity 1 in the policy’s words and allows only phone for it', () => {
        expect(SEVERITIES[0].name).toBe('Severity 1');
        expect(SEVERITIES[0].definition).toContain('complete loss of service');
        expect(SEVERITIES[0].definition).toContain('work cannot reasonably continue');
        expect(contactMethodsFor(1)).toEqual(['phone']);
        expect(isMethodAllowed('Severity 1', 'email')).toBe(false);
        expect(isMethodAllowed('Severity 1', 'ticket')).toBe(false);
        expect(isMethodAllowed('Severity 1', 'phone')).toBe(true);
    });

    it('allows every method for severities 2 to 4', () => {
        for (const level of [2, 3, 4]) {
            expect(contactMethodsFor(level)).toEqual(['phone', 'email', 'ticket']);
        }
    });

    it('reads severities by picklist API value or level, never by a translated name', () => {
        expect(severityOf(1)?.level).toBe(1);
        expect(severityOf('3')?.level).toBe(3);
        expect(severityOf('Severity 2')?.level).toBe(2);
        expect(severityOf(' Severity 1 ')?.level).toBe(1);
        expect(SEVERITIES.map((severity) => severity.value)).toEqual([
            'Severity 1',
            'Severity 2',
            'Severity 3',
            'Severity 4'
        ]);
        // A label is for display: a German "Schweregrad 1" routes nothing.
        expect(severityOf('Schweregrad 1')).toBeUndefined();
        expect(severityOf('5')).toBeUndefined();
        expect(severityOf('Severity 12')).toBeUndefined();
        expect(severityOf(null)).toBeUndefined();
        // Without a known severity no method is refused: the customer chooses.
        expect(contactMethodsFor(undefined)).toEqual(['phone', 'email', 'ticket']);
    });
});

describe('the cloud product', () => {
    it('gives the privileged PIN to Secret Server Cloud only', () => {
        expect(SECRET_SERVER_CLOUD).toBe('Secret Server Cloud');
        expect(hasPrivilegedPin('Secret Server Cloud')).toBe(true);
        expect(hasPrivilegedPin(' Secret Server Cloud ')).toBe(true);
        expect(hasPrivilegedPin('Secret Server')).toBe(false);
        expect(hasPrivilegedPin('DevOps Secrets Vault')).toBe(false);
        expect(hasPrivilegedPin(null)).toBe(false);
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
