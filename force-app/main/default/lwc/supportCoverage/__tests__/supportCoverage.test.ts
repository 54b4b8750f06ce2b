import { formatDateTime, formatDay, formatLabel, formatUtcMinute } from 'c/supportFormat';
import {
    coverageDay,
    describeCoverage,
    describeCoveredUntil,
    supportCoverage,
    supportLicenseExpiry
} from 'c/supportCoverage';

/** Noon UTC of a day: the same date in every time zone from UTC-11 to UTC+11. */
const at = (day: string): Date => new Date(`${day}T12:00:00.000Z`);

describe('support coverage', () => {
    const today = at('2026-11-22');

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

    it('judges coverage on the UTC date of now, as the Support PIN Policy flow does', () => {
        // Issued 2025-03-15: its last day is 2026-03-14 (UTC), whatever the clock says locally.
        const grants = [{ issuedOn: '2025-03-15', quantity: 1 }];
        expect(coverageDay(new Date('2026-03-14T23:59:59.999Z'))).toBe('2026-03-14');
        expect(supportCoverage(1, grants, new Date('2026-03-14T00:00:00.000Z')).covered).toBe(true);
        expect(supportCoverage(1, grants, new Date('2026-03-14T23:59:59.999Z')).covered).toBe(true);
        expect(supportCoverage(1, grants, new Date('2026-03-15T00:00:00.000Z')).covered).toBe(false);
    });

    it('does not count a license issued after today (UTC) yet, as the flow reads only those issued by today', () => {
        const tomorrow = supportCoverage(1, [{ issuedOn: '2026-11-23', quantity: 1 }], today);
        expect(tomorrow).toMatchObject({ covered: false, reason: 'SUPPORT_EXPIRED', unexpiredSupportLicenses: 0 });
        const renewed = supportCoverage(
            1,
            [
                { issuedOn: '2026-01-10', quantity: 1 },
                { issuedOn: '2026-12-01', quantity: 1 }
            ],
            today
        );
        expect(renewed).toMatchObject({ covered: true, unexpiredSupportLicenses: 1, coveredUntil: '2027-01-10' });
        expect(supportCoverage(1, [{ issuedOn: '2026-11-22', quantity: 1 }], today).covered).toBe(true);
    });

    it('counts 365 days, not one calendar year, across a leap day', () => {
        // 2024-02-29 + 365 days is 2025-02-28: the license has expired by 2025-02-28.
        expect(supportCoverage(1, [{ issuedOn: '2024-02-29', quantity: 1 }], at('2025-02-27')).covered).toBe(true);
        expect(supportCoverage(1, [{ issuedOn: '2024-02-29', quantity: 1 }], at('2025-02-28')).covered).toBe(false);
        // 2023-03-01 + 365 days is 2024-02-29, which exists.
        expect(supportCoverage(1, [{ issuedOn: '2023-03-01', quantity: 1 }], at('2024-02-28')).covered).toBe(true);
        expect(supportCoverage(1, [{ issuedOn: '2023-03-01', quantity: 1 }], at('2024-02-29')).covered).toBe(false);
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
        expect(() => supportCoverage(1, [], new Date('today'))).toThrow(RangeError);
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

    it('says until when coverage runs: the last minute of its last day, in UTC, in the viewer’s words', () => {
        const coverage = supportCoverage(5, [{ issuedOn: '2025-03-15', quantity: 5 }], at('2026-03-01'));
        expect(coverage.coveredUntil).toBe('2026-03-15');
        expect(describeCoveredUntil(coverage, 'en-US')).toMatch(
            /^Your support coverage runs until March 14, 2026 at 11:59\sPM UTC\.$/
        );
        expect(describeCoveredUntil(coverage, 'en-GB')).toBe(
            'Your support coverage runs until 14 March 2026 at 23:59 UTC.'
        );
        expect(formatUtcMinute(new Date('2026-03-14T23:59:00Z'), 'de-DE')).toBe('14. März 2026 um 23:59 UTC');
        expect(describeCoveredUntil(supportCoverage(5, [], at('2026-03-01')), 'en-US')).toBe('');
    });

    it('explains every way of not being covered', () => {
        const today = at('2026-11-22');
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
