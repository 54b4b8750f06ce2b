import {
    addDays,
    calendarDate,
    formatCount,
    formatDateTime,
    formatDateTimeZoned,
    formatDay,
    formatLabel,
    formatLongDate,
    formatNumber,
    formatTimeLeft,
    formatUtcMinute
} from 'c/supportFormat';

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

describe('formatDateTimeZoned', () => {
    it('names the time zone of a time something ends, in the viewer’s language', () => {
        const instant = '2026-11-23T10:00:00.000Z';
        expect(formatDateTimeZoned(instant, 'en-US', 'America/Los_Angeles')).toMatch(/^Nov 23, 2026, 2:00\sAM PST$/);
        expect(formatDateTimeZoned(instant, 'de', 'Europe/Berlin')).toBe('23. Nov. 2026, 11:00 MEZ');
        // An unknown zone: the runtime's, still named.
        expect(formatDateTimeZoned(instant, 'en-US', 'Not/AZone')).toMatch(/^Nov 23, 2026, \d{1,2}:00\s[AP]M \S+$/);
    });

    it('keeps the viewer’s language and each format apart when the zone is unknown', () => {
        const instant = '2026-11-23T10:00:00.000Z';
        for (let round = 0; round < 2; round++) {
            expect(formatLongDate(instant, 'de-DE', 'Not/AZone')).toMatch(/^2[34]\. November 2026$/);
            expect(formatDateTime(instant, 'de-DE', 'Not/AZone')).toMatch(/^2[34]\.11\.2026, \d{2}:00$/);
            expect(formatLongDate(instant, 'en-US', 'Not/AZone')).toMatch(/^November 2[34], 2026$/);
        }
    });

    it('keeps each viewer’s zone and language apart while it reuses its formatters', () => {
        const instant = '2026-11-23T10:00:00.000Z';
        for (let round = 0; round < 2; round++) {
            expect(formatDateTimeZoned(instant, 'en-US', 'America/Los_Angeles')).toMatch(/2:00\sAM PST$/);
            expect(formatDateTimeZoned(instant, 'en-US', 'Asia/Tokyo')).toMatch(/7:00\sPM GMT\+9$/);
            expect(formatDateTimeZoned(instant, 'de', 'Europe/Berlin')).toBe('23. Nov. 2026, 11:00 MEZ');
        }
    });
});

describe('formatCount', () => {
    const cases = { one: '{0} case', other: '{0} cases' };
    const faelle = { one: '{0} Fall', other: '{0} Fälle' };

    it('picks the plural form by the locale’s rule and writes the number as the locale does', () => {
        expect(formatCount(1, cases, 'en-US')).toBe('1 case');
        expect(formatCount(0, cases, 'en-US')).toBe('0 cases');
        expect(formatCount(6668, cases, 'en-US')).toBe('6,668 cases');
        expect(formatCount(1, faelle, 'de-DE')).toBe('1 Fall');
        expect(formatCount(6668, faelle, 'de-DE')).toBe('6.668 Fälle');
    });
});

describe('formatCount in a language with another plural rule', () => {
    it('uses the viewer’s rule, not the last one it built', () => {
        const cas = { one: '{0} cas', other: '{0} cas (pluriel)' };
        // French counts 0 as "one", English does not.
        expect(formatCount(0, cas, 'en-US')).toBe('0 cas (pluriel)');
        expect(formatCount(0, cas, 'fr-FR')).toBe('0 cas');
        expect(formatCount(2, cas, 'fr-FR')).toBe('2 cas (pluriel)');
    });
});

describe('formatter cache', () => {
    afterEach(() => jest.restoreAllMocks());

    it('builds a number formatter once per locale', () => {
        const build = jest.spyOn(Intl, 'NumberFormat');
        expect(formatNumber(6668, 'en-GB')).toBe('6,668');
        expect(formatNumber(1234, 'en-GB')).toBe('1,234');
        expect(formatNumber(12345, 'it-IT')).toBe('12.345');
        expect(build).toHaveBeenCalledTimes(2);
    });
});

describe('formatDay and formatUtcMinute', () => {
    it('write a calendar day and a UTC minute as the viewer writes dates', () => {
        expect(formatDay('2026-10-01', 'en-US')).toBe('Oct 1, 2026');
        expect(formatDay('2026-10-01', 'de-DE')).toBe('01.10.2026');
        expect(formatDay('2026-12-31', '')).toBe(formatDay('2026-12-31'));
        const instant = new Date('2027-03-14T23:59:00Z');
        expect(formatUtcMinute(instant, 'en-US')).toMatch(/^March 14, 2027 at 11:59\sPM UTC$/);
        expect(formatUtcMinute(instant, 'de-DE')).toBe('14. März 2027 um 23:59 UTC');
        expect(formatUtcMinute(instant, '')).toBe(formatUtcMinute(instant));
    });
});

describe('formatLabel', () => {
    it('leaves a placeholder without a value as it is', () => {
        expect(formatLabel('Case {0} of {1}', '00001026')).toBe('Case 00001026 of {1}');
    });

    it('fills placeholders past {9}', () => {
        const values = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k'];
        expect(formatLabel('{0}…{10}', ...values)).toBe('a…k');
    });
});

describe('formatLongDate', () => {
    it('writes the day of an instant in full, in the viewer’s time zone and language', () => {
        expect(formatLongDate('2026-11-10T09:00:00.000Z', 'en-US', 'America/Los_Angeles')).toBe('November 10, 2026');
        expect(formatLongDate('2026-11-10T09:00:00.000Z', 'de-DE', 'Europe/Berlin')).toBe('10. November 2026');
        // Late on the 10th in UTC is already the 11th in Auckland.
        expect(formatLongDate('2026-11-10T23:30:00.000Z', 'en-US', 'Pacific/Auckland')).toBe('November 11, 2026');
    });
});

describe('formatTimeLeft', () => {
    const MINUTE = 60000;
    it("says hours and minutes in the viewer's words, rounding up to the minute", () => {
        expect(formatTimeLeft((5 * 60 + 12) * MINUTE, 'en-US')).toBe('5 hr 12 min');
        expect(formatTimeLeft((5 * 60 + 11) * MINUTE + 1, 'en-US')).toBe('5 hr 12 min');
        expect(formatTimeLeft(24 * 60 * MINUTE, 'en-US')).toBe('24 hr');
        expect(formatTimeLeft(59 * MINUTE, 'en-US')).toBe('59 min');
        expect(formatTimeLeft((5 * 60 + 12) * MINUTE, 'de-DE')).toBe('5 Std. 12 Min.');
    });

    it('never says nothing is left while something is', () => {
        expect(formatTimeLeft(1, 'en-US')).toBe('1 min');
        expect(formatTimeLeft(0, 'en-US')).toBe('1 min');
        expect(formatTimeLeft(60 * MINUTE, 'en-US')).toBe('1 hr');
    });
});
