import {
    REGIONS,
    REGION_CODES,
    SEVERITIES,
    PRODUCTS,
    CHECKLIST,
    SUPPORT_EMAIL,
    LINKS,
    EMAIL_SUBJECT_MAX,
    MAILTO_MAX,
    PRIVILEGED_PIN_ENTROPY_BITS,
    STANDARD_PIN_DIGITS,
    EMPTY_CASE_DRAFT,
    addDays,
    calendarDate,
    caseDetailProblems,
    caseFieldLimits,
    caseStage,
    describeCoverage,
    formatDateTime,
    formatDay,
    formatLabel,
    productAndSeverityProblems,
    contactMethodsFor,
    countryOfLocale,
    emailBody,
    emailSubject,
    generatePin,
    hasPrivilegedPin,
    isMethodAllowed,
    isPinCurrent,
    isRegionCode,
    isValidPin,
    mailtoLink,
    normalizePin,
    pinExpiry,
    pinKindOf,
    productOf,
    regionOfCountry,
    regionOfTimeZone,
    regionsInOrder,
    severityOf,
    singleLine,
    supportCoverage,
    supportLicenseExpiry,
    telHref,
    viewerRegion
} from 'c/supportData';
import directory from './data/publishedDirectory.json';

/** A RandomSource that hands out the given bytes in order, repeating the last one. */
function scriptedRandom(...bytes: number[]) {
    let next = 0;
    return (array: Uint8Array): Uint8Array => {
        for (let i = 0; i < array.length; i++) {
            array[i] = bytes[Math.min(next++, bytes.length - 1)];
        }
        return array;
    };
}

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

    it('reads severities in the shapes picklists and inputs give them', () => {
        expect(severityOf(1)?.level).toBe(1);
        expect(severityOf('3')?.level).toBe(3);
        expect(severityOf('Severity 2')?.level).toBe(2);
        expect(severityOf('severity_4')?.level).toBe(4);
        expect(severityOf(' Severity-1 ')?.level).toBe(1);
        expect(severityOf('5')).toBeUndefined();
        expect(severityOf('Severity 12')).toBeUndefined();
        expect(severityOf(null)).toBeUndefined();
        // Without a known severity no method is refused: the customer chooses.
        expect(contactMethodsFor(undefined)).toEqual(['phone', 'email', 'ticket']);
    });
});

describe('products', () => {
    it('offers the products of the seeds and the rest of the Thycotic line', () => {
        const names = PRODUCTS.map((p) => p.name);
        expect(names).toEqual(
            expect.arrayContaining(['Secret Server', 'Secret Server Cloud', 'Account Lifecycle Manager'])
        );
        expect(new Set(PRODUCTS.map((p) => p.code)).size).toBe(PRODUCTS.length);
    });

    it('finds a product by code or by name, ignoring case', () => {
        expect(productOf('SECRET_SERVER_CLOUD')?.name).toBe('Secret Server Cloud');
        expect(productOf('account lifecycle manager')?.code).toBe('ACCOUNT_LIFECYCLE_MANAGER');
        expect(productOf('Unknown')).toBeUndefined();
        expect(productOf(undefined)).toBeUndefined();
    });

    it('gives the privileged PIN to Secret Server Cloud only', () => {
        expect(hasPrivilegedPin('Secret Server Cloud')).toBe(true);
        expect(hasPrivilegedPin('SECRET_SERVER_CLOUD')).toBe(true);
        expect(hasPrivilegedPin('Secret Server')).toBe(false);
        expect(hasPrivilegedPin('DevOps Secrets Vault')).toBe(false);
        expect(hasPrivilegedPin(null)).toBe(false);
    });
});

describe('dates', () => {
    it('adds days across month, year and leap-day boundaries', () => {
        expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
        expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
        expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
        expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
        expect(addDays('2026-03-29', 0)).toBe('2026-03-29');
    });

    it('refuses what is not a calendar date', () => {
        expect(() => addDays('2026-02-30', 1)).toThrow(RangeError);
        expect(() => addDays('22/11/2026', 1)).toThrow('Not a calendar date (YYYY-MM-DD): 22/11/2026');
    });

    it('gives the calendar date in the viewer’s time zone around midnight', () => {
        const lateUtc = new Date('2026-11-22T23:30:00Z');
        expect(calendarDate(lateUtc, 'UTC')).toBe('2026-11-22');
        expect(calendarDate(lateUtc, 'Pacific/Auckland')).toBe('2026-11-23');
        expect(calendarDate(lateUtc, 'America/Los_Angeles')).toBe('2026-11-22');
        const earlyUtc = new Date('2026-11-23T00:30:00Z');
        expect(calendarDate(earlyUtc, 'America/New_York')).toBe('2026-11-22');
        expect(calendarDate(earlyUtc, 'Europe/Berlin')).toBe('2026-11-23');
    });

    it('falls back to UTC for a missing or unknown time zone', () => {
        const instant = new Date('2026-11-22T23:30:00Z');
        expect(calendarDate(instant)).toBe('2026-11-22');
        expect(calendarDate(instant, null)).toBe('2026-11-22');
        expect(calendarDate(instant, 'Mars/Olympus_Mons')).toBe('2026-11-22');
    });
});

describe('support coverage', () => {
    const today = '2026-11-22';

    it('expires a support license 365 days after issue', () => {
        expect(supportLicenseExpiry('2025-11-22')).toBe('2026-11-22');
        expect(supportLicenseExpiry('2024-02-29')).toBe('2025-02-28');
        expect(supportLicenseExpiry('2023-03-01')).toBe('2024-02-29');
    });

    it('covers a customer with as many unexpired support licenses as user licenses', () => {
        const coverage = supportCoverage(5, [{ issuedOn: '2026-06-01', quantity: 5 }], today);
        expect(coverage).toEqual({
            covered: true,
            reason: 'COVERED',
            userLicenses: 5,
            unexpiredSupportLicenses: 5,
            shortfall: 0,
            nextExpiry: '2027-06-01',
            lastExpired: null,
            coveredUntil: '2027-06-01'
        });
    });

    it('treats a license issued 365 days ago today as expired, and one issued 364 days ago as valid', () => {
        const expiredToday = supportCoverage(1, [{ issuedOn: '2025-11-22', quantity: 1 }], today);
        expect(expiredToday.covered).toBe(false);
        expect(expiredToday.reason).toBe('SUPPORT_EXPIRED');
        expect(expiredToday.lastExpired).toBe('2026-11-22');

        const lastDay = supportCoverage(1, [{ issuedOn: '2025-11-23', quantity: 1 }], today);
        expect(lastDay.covered).toBe(true);
        expect(lastDay.nextExpiry).toBe('2026-11-23');
    });

    it('counts 365 days, not one calendar year, across a leap day', () => {
        // 2024-02-29 + 365 days is 2025-02-28: the license has expired by 2025-02-28.
        expect(supportCoverage(1, [{ issuedOn: '2024-02-29', quantity: 1 }], '2025-02-27').covered).toBe(true);
        expect(supportCoverage(1, [{ issuedOn: '2024-02-29', quantity: 1 }], '2025-02-28').covered).toBe(false);
        // 2023-03-01 + 365 days is 2024-02-29, which exists.
        expect(supportCoverage(1, [{ issuedOn: '2023-03-01', quantity: 1 }], '2024-02-28').covered).toBe(true);
        expect(supportCoverage(1, [{ issuedOn: '2023-03-01', quantity: 1 }], '2024-02-29').covered).toBe(false);
    });

    it('explains a shortfall: 5 user licenses, 3 unexpired support licenses, the last one expired', () => {
        const coverage = supportCoverage(
            5,
            [
                { issuedOn: '2026-03-01', quantity: 3 },
                { issuedOn: '2025-10-01', quantity: 2 }
            ],
            today
        );
        expect(coverage).toMatchObject({
            covered: false,
            reason: 'SHORTFALL',
            userLicenses: 5,
            unexpiredSupportLicenses: 3,
            shortfall: 2,
            lastExpired: '2026-10-01',
            nextExpiry: '2027-03-01',
            coveredUntil: null
        });
    });

    it('is not covered with zero licenses of either kind', () => {
        expect(supportCoverage(0, [], today)).toMatchObject({
            covered: false,
            reason: 'NO_USER_LICENSES',
            shortfall: 0
        });
        expect(supportCoverage(0, [{ issuedOn: '2026-06-01', quantity: 4 }], today).reason).toBe('NO_USER_LICENSES');
        expect(supportCoverage(3, [], today)).toMatchObject({
            covered: false,
            reason: 'NO_SUPPORT_LICENSES',
            shortfall: 3,
            nextExpiry: null,
            lastExpired: null
        });
        expect(supportCoverage(3, [{ issuedOn: '2026-06-01', quantity: 0 }], today).reason).toBe('NO_SUPPORT_LICENSES');
    });

    it('covers a customer with more support than user licenses', () => {
        const coverage = supportCoverage(2, [{ issuedOn: '2026-01-10', quantity: 10 }], today);
        expect(coverage).toMatchObject({ covered: true, shortfall: 0, unexpiredSupportLicenses: 10 });
    });

    it('says when coverage lapses if nothing is renewed', () => {
        const coverage = supportCoverage(
            4,
            [
                { issuedOn: '2026-01-01', quantity: 1 },
                { issuedOn: '2026-02-01', quantity: 1 },
                { issuedOn: '2026-05-01', quantity: 4 }
            ],
            today
        );
        // 6 licenses for 4 users: after 2027-01-01 and 2027-02-01 four remain; 2027-05-01 leaves none.
        expect(coverage.nextExpiry).toBe('2027-01-01');
        expect(coverage.coveredUntil).toBe('2027-05-01');
    });

    it('ignores nonsense counts rather than trusting them', () => {
        const coverage = supportCoverage(Number.NaN, [{ issuedOn: '2026-06-01', quantity: -3 }], today);
        expect(coverage).toMatchObject({ covered: false, userLicenses: 0, unexpiredSupportLicenses: 0 });
        expect(supportCoverage(2.7, [{ issuedOn: '2026-06-01', quantity: 2.2 }], today).covered).toBe(true);
    });

    it('refuses an impossible date instead of guessing', () => {
        expect(() => supportCoverage(1, [{ issuedOn: '2026-13-01', quantity: 1 }], today)).toThrow(RangeError);
        expect(() => supportCoverage(1, [], 'today')).toThrow(RangeError);
    });
});

describe('PINs', () => {
    it('makes standard PINs of digits from crypto.getRandomValues', () => {
        const spy = jest.spyOn(globalThis.crypto, 'getRandomValues');
        const pin = generatePin('standard');
        expect(pin).toMatch(new RegExp(`^\\d{${STANDARD_PIN_DIGITS}}$`));
        expect(spy).toHaveBeenCalled();
        spy.mockRestore();
    });

    it('makes privileged PINs that start with p from crypto.getRandomValues', () => {
        const spy = jest.spyOn(globalThis.crypto, 'getRandomValues');
        const pin = generatePin('privileged');
        expect(pin).toMatch(/^p[0-9a-hjkmnp-tv-z]{12}$/);
        expect(spy).toHaveBeenCalled();
        spy.mockRestore();
    });

    it('gives privileged PINs at least 40 bits of entropy', () => {
        expect(PRIVILEGED_PIN_ENTROPY_BITS).toBeGreaterThanOrEqual(40);
        expect(PRIVILEGED_PIN_ENTROPY_BITS).toBe(60);
    });

    it('maps random bytes to digits without bias, skipping bytes of 250 and above', () => {
        expect(generatePin('standard', scriptedRandom(0, 9, 250, 255, 19, 249, 100, 37, 41, 42))).toBe('09990712');
    });

    it('maps random bytes to the privileged alphabet by their low five bits', () => {
        expect(generatePin('privileged', scriptedRandom(0, 31, 32, 10, 17, 255, 1, 2, 3, 4, 5, 6))).toBe(
            'p0z0ahz123456'
        );
    });

    it('does not repeat itself', () => {
        const pins = new Set(Array.from({ length: 200 }, () => generatePin('privileged')));
        expect(pins.size).toBe(200);
    });

    it('validates PINs and tells their kind', () => {
        expect(pinKindOf('12345678')).toBe('standard');
        expect(pinKindOf('pabcdefghjkmn')).toBe('privileged');
        expect(pinKindOf('1234 5678')).toBe('standard');
        expect(pinKindOf('PABCD-EFGHJ-KMN')).toBe('privileged');
        expect(pinKindOf('1234567')).toBeUndefined();
        expect(pinKindOf('123456789')).toBeUndefined();
        expect(pinKindOf('pabcdefghjklm')).toBeUndefined(); // l is not in the alphabet
        expect(pinKindOf('xabcdefghjkmn')).toBeUndefined();
        expect(pinKindOf(undefined)).toBeUndefined();
        expect(isValidPin('12345678')).toBe(true);
        expect(isValidPin('12345678', 'privileged')).toBe(false);
        expect(isValidPin('pabcdefghjkmn', 'privileged')).toBe(true);
        expect(isValidPin('')).toBe(false);
    });

    it('normalizes what a customer types', () => {
        expect(normalizePin(' 1234-5678 ')).toBe('12345678');
        expect(normalizePin(null)).toBe('');
    });

    it('expires privileged PINs 24 hours after issue and standard PINs after a week', () => {
        const issued = new Date('2026-11-22T10:00:00Z');
        expect(pinExpiry('privileged', issued).toISOString()).toBe('2026-11-23T10:00:00.000Z');
        expect(pinExpiry('standard', issued).toISOString()).toBe('2026-11-29T10:00:00.000Z');
    });

    it('knows whether a PIN is still current', () => {
        const now = new Date('2026-11-22T10:00:00Z');
        expect(isPinCurrent('2026-11-22T10:00:01Z', now)).toBe(true);
        expect(isPinCurrent(new Date('2026-11-22T10:00:00Z'), now)).toBe(false);
        expect(isPinCurrent('not a date', now)).toBe(false);
        expect(isPinCurrent(null, now)).toBe(false);
    });
});

describe('email to support', () => {
    it('puts the PIN first in the subject, as the policy’s example does', () => {
        expect(emailSubject('345', 'Workflow Stopped Unexpectedly')).toBe('PIN 345 Workflow Stopped Unexpectedly');
    });

    it('keeps the subject on one line', () => {
        expect(emailSubject('12345678', 'Workflow\r\nstopped\n\tagain  ')).toBe('PIN 12345678 Workflow stopped again');
        expect(singleLine(' a \u2028 b ')).toBe('a b');
        expect(singleLine(undefined)).toBe('');
    });

    it('keeps Unicode intact', () => {
        expect(emailSubject('12345678', 'Größe ändern — 日本語 🚨')).toBe('PIN 12345678 Größe ändern — 日本語 🚨');
    });

    it('cuts a very long summary at a character boundary with an ellipsis', () => {
        const subject = emailSubject('12345678', '🚨'.repeat(400));
        expect(Array.from(subject)).toHaveLength(EMAIL_SUBJECT_MAX);
        expect(subject.startsWith('PIN 12345678 🚨')).toBe(true);
        expect(subject.endsWith('🚨…')).toBe(true);
        expect(subject).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/); // no lone surrogate
    });

    it('builds the body with company, contact, phone, product and details', () => {
        const body = emailBody({
            company: 'Acme Corp',
            contactName: 'Dana Scully',
            contactPhone: '+1 202 555 0100',
            product: 'Secret Server',
            details: 'Workflow stopped.\r\nSince 09:00.'
        });
        expect(body).toBe(
            [
                'Company: Acme Corp',
                'Contact name: Dana Scully',
                'Contact phone: +1 202 555 0100',
                'Product: Secret Server',
                '',
                'Details of the issue:',
                'Workflow stopped.\nSince 09:00.'
            ].join('\n')
        );
        expect(emailBody({})).toContain('Company: \n');
    });

    it('encodes the mailto link per RFC 6068, with CRLF line breaks', () => {
        const mail = mailtoLink('PIN 345 Workflow & more?', 'Line one\nLine two #2');
        expect(mail.href).toBe(
            'mailto:support@thycotic.com?subject=PIN%20345%20Workflow%20%26%20more%3F&body=Line%20one%0D%0ALine%20two%20%232'
        );
        expect(mail.truncated).toBe(false);
        expect(mail.body).toBe('Line one\nLine two #2');
        const decoded = new URL(mail.href);
        expect(decodeURIComponent(decoded.search)).toContain('subject=PIN 345 Workflow & more?');
    });

    it('shortens a body that would make the link too long, and says so', () => {
        const mail = mailtoLink('PIN 1 x', 'ü'.repeat(5000));
        expect(mail.href.length).toBeLessThanOrEqual(MAILTO_MAX);
        expect(mail.truncated).toBe(true);
        expect(mail.body.endsWith('…')).toBe(true);
        expect(mail.href.endsWith(encodeURIComponent('…'))).toBe(true);
    });

    it('sends to another address when asked', () => {
        expect(mailtoLink('s', 'b', 'help@example.com').href.startsWith('mailto:help@example.com?')).toBe(true);
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

describe('words for customers', () => {
    it('fills label placeholders and leaves unknown ones alone', () => {
        expect(formatLabel('{0} user licenses, {1} unexpired', 5, 3)).toBe('5 user licenses, 3 unexpired');
        expect(formatLabel('Case {0} of {1}', '00001026')).toBe('Case 00001026 of {1}');
        expect(formatLabel('No placeholders')).toBe('No placeholders');
    });

    it('writes days and instants as the viewer does', () => {
        expect(formatDay('2026-10-01', 'en-US')).toBe('Oct 1, 2026');
        expect(formatDay('2026-10-01', 'de-DE')).toBe('01.10.2026');
        expect(formatDateTime('2026-11-23T06:00:00Z', 'en-US', 'America/New_York')).toMatch(/^Nov 23, 2026, 1:00\sAM$/);
        expect(formatDateTime('2026-11-23T06:00:00Z', 'en-GB', 'Europe/London')).toBe('23 Nov 2026, 06:00');
        // An unknown zone falls back to the runtime's own rather than failing.
        expect(formatDateTime('2026-11-23T06:00:00Z', 'en-US', 'Mars/Olympus_Mons')).toMatch(/2026/);
    });

    it('explains every way of not being covered', () => {
        const today = '2026-11-22';
        expect(describeCoverage(supportCoverage(0, [], today))).toBe('Your account has no user licenses on file.');
        expect(describeCoverage(supportCoverage(2, [], today))).toBe('Your account has no support licenses on file.');
        expect(
            describeCoverage(
                supportCoverage(
                    5,
                    [
                        { issuedOn: '2026-03-01', quantity: 3 },
                        { issuedOn: '2025-10-01', quantity: 2 }
                    ],
                    today
                ),
                'en-US'
            )
        ).toBe('5 user licenses, 3 unexpired support licenses. The last one expired on Oct 1, 2026.');
        expect(describeCoverage(supportCoverage(5, [{ issuedOn: '2026-03-01', quantity: 3 }], today))).toBe(
            '5 user licenses, 3 unexpired support licenses.'
        );
    });
});

describe('cases', () => {
    const draft = {
        ...EMPTY_CASE_DRAFT,
        product: 'Secret Server',
        severity: 'Severity 3',
        subject: 'Stopped',
        description: 'Details'
    };

    it('needs a product and a severity in step one', () => {
        expect(productAndSeverityProblems(draft)).toEqual([]);
        expect(productAndSeverityProblems(EMPTY_CASE_DRAFT)).toEqual([
            { field: 'product', message: 'Product: this field is required.' },
            { field: 'severity', message: 'Severity: this field is required.' }
        ]);
    });

    it('needs a subject and a description that fit the Case fields', () => {
        expect(caseDetailProblems(draft)).toEqual([]);
        expect(caseDetailProblems({ ...draft, subject: '   ', description: '' }).map((p) => p.field)).toEqual([
            'subject',
            'description'
        ]);
        const limits = { subject: 255, description: 32000, contactName: 121 };
        expect(caseDetailProblems({ ...draft, subject: 'x'.repeat(255) }, limits)).toEqual([]);
        expect(caseDetailProblems({ ...draft, subject: 'x'.repeat(256) }, limits)).toEqual([
            { field: 'subject', message: 'Subject: use at most 255 characters (now 256).' }
        ]);
        expect(caseDetailProblems({ ...draft, description: 'y'.repeat(32001) }, limits)[0].message).toBe(
            'Symptoms and details: use at most 32,000 characters (now 32,001).'
        );
        expect(
            caseDetailProblems({ ...draft, contactName: 'z'.repeat(122) }, limits, {
                contactName: 'Technical contact name'
            })
        ).toEqual([{ field: 'contactName', message: 'Technical contact name: use at most 121 characters (now 122).' }]);
        // No length known yet (object info still loading): only the org holds the field to its length.
        expect(caseDetailProblems({ ...draft, subject: 'x'.repeat(300) })).toEqual([]);
    });

    it('reads the Case fields’ lengths from object info', () => {
        const fields = {
            Subject: { length: 255 },
            Description: { length: 32000 },
            Technical_Contact_Name__c: { length: 121 },
            Severity__c: { length: 0 }
        };
        expect(
            caseFieldLimits(fields, {
                product: 'Product__c',
                severity: 'Severity__c',
                subject: 'Subject',
                description: 'Description',
                contactName: 'Technical_Contact_Name__c',
                contactPhone: 'Technical_Contact_Phone__c',
                contactHours: 'Technical_Contact_Hours__c'
            })
        ).toEqual({ subject: 255, description: 32000, contactName: 121 });
        expect(caseFieldLimits(undefined, { subject: 'Subject' } as never)).toEqual({});
    });

    it('tells where a case stands for the customer', () => {
        expect(caseStage('New', false)).toBe('open');
        expect(caseStage('Working', false)).toBe('open');
        expect(caseStage('Waiting on Customer', false)).toBe('waiting');
        expect(caseStage('Closed', undefined)).toBe('closed');
        expect(caseStage('Resolved', true)).toBe('closed');
        expect(caseStage(undefined, undefined)).toBe('open');
    });
});
