import {
    BOM,
    CHUNK_ROWS,
    CRLF,
    accessEvents,
    buildCsv,
    buildCsvInChunks,
    csvFileName,
    csvLine,
    dayRange,
    dayStart,
    daysBefore,
    escapeCell,
    eventLine,
    headerLine,
    lastFour,
    newestFirst,
    timeStamp
} from 'c/supportAccessCsv';
import type { AccessEvent, CsvWords, LedgerPin, LedgerVerification } from 'c/supportAccessCsv';

const WORDS: CsvWords = {
    headers: {
        localTime: 'Time',
        utcTime: 'Time (UTC)',
        event: 'Event',
        kind: 'PIN kind',
        pin: 'PIN (last four)',
        by: 'By',
        verdict: 'Verdict',
        caseNumber: 'Case'
    },
    events: { issued: 'PIN issued', ended: 'PIN ended', verified: 'PIN verified' }
};

const VERIFIED: AccessEvent = {
    at: '2026-11-20T16:05:09.000Z',
    type: 'verified',
    kind: 'Support PIN',
    pinLastFour: '5678',
    by: 'Fox Mulder',
    verdict: 'Valid: Thycotic confirmed it was you',
    caseNumber: '00001042'
};

describe('escapeCell', () => {
    it('leaves plain text as it is', () => {
        expect(escapeCell('Fox Mulder')).toBe('Fox Mulder');
        expect(escapeCell('')).toBe('');
        expect(escapeCell(null)).toBe('');
        expect(escapeCell(undefined)).toBe('');
    });

    it('quotes a cell with a comma, a quote, LF or CR, doubling its quotes (RFC 4180)', () => {
        expect(escapeCell('Mulder, Fox')).toBe('"Mulder, Fox"');
        expect(escapeCell('the "truth"')).toBe('"the ""truth"""');
        expect(escapeCell('one\ntwo')).toBe('"one\ntwo"');
        expect(escapeCell('one\rtwo')).toBe('"one\rtwo"');
        expect(escapeCell('"')).toBe('""""');
    });

    it.each(['=', '+', '-', '@', '\t', '\r'])('turns a cell starting with %j into text', (start) => {
        const escaped = escapeCell(`${start}1+1`);
        expect(escaped.replace(/^"/, '').startsWith(`'${start}`)).toBe(true);
    });

    it('escapes a formula that also needs quotes', () => {
        expect(escapeCell('=HYPERLINK("http://evil","x")')).toBe('"\'=HYPERLINK(""http://evil"",""x"")"');
        expect(escapeCell('\rx')).toBe('"\'\rx"');
        expect(escapeCell('\tx')).toBe("'\tx");
    });

    it('leaves those characters alone inside a cell', () => {
        expect(escapeCell('a=b')).toBe('a=b');
        expect(escapeCell('x-1 @home +')).toBe('x-1 @home +');
    });
});

describe('csvLine and headerLine', () => {
    it('joins cells with commas and ends in CRLF', () => {
        expect(csvLine(['a', 'b,c', null])).toBe('a,"b,c",\r\n');
        expect(CRLF).toBe('\r\n');
    });

    it('names the customer time zone in the first header', () => {
        expect(headerLine(WORDS, 'Europe/Berlin')).toBe(
            'Time (Europe/Berlin),Time (UTC),Event,PIN kind,PIN (last four),By,Verdict,Case\r\n'
        );
    });
});

describe('timeStamp', () => {
    it('writes an instant in a zone as YYYY-MM-DD HH:mm:ss, 24-hour', () => {
        expect(timeStamp('2026-11-20T16:05:09.000Z', 'Europe/Berlin')).toBe('2026-11-20 17:05:09');
        expect(timeStamp('2026-11-20T16:05:09.000Z', 'UTC')).toBe('2026-11-20 16:05:09');
        expect(timeStamp('2026-11-20T00:30:00.000Z', 'UTC')).toBe('2026-11-20 00:30:00');
        expect(timeStamp('2026-11-20T07:00:00.000Z', 'America/Los_Angeles')).toBe('2026-11-19 23:00:00');
    });

    it('falls back to UTC for a zone it does not know', () => {
        expect(timeStamp('2026-11-20T16:05:09.000Z', 'Mars/Olympus')).toBe('2026-11-20 16:05:09');
    });

    it('is empty for no instant or an invalid one', () => {
        expect(timeStamp('', 'UTC')).toBe('');
        expect(timeStamp(null, 'UTC')).toBe('');
        expect(timeStamp('yesterday', 'UTC')).toBe('');
    });
});

describe('lastFour', () => {
    it('keeps only the last four characters of a PIN', () => {
        expect(lastFour('12345678')).toBe('5678');
        expect(lastFour('pabcdefghjkmn')).toBe('jkmn');
        expect(lastFour('12')).toBe('12');
        expect(lastFour(null)).toBe('');
    });
});

describe('eventLine and buildCsv', () => {
    it('writes an event in the customer zone and UTC with its words', () => {
        expect(eventLine(VERIFIED, WORDS, 'Europe/Berlin')).toBe(
            '2026-11-20 17:05:09,2026-11-20 16:05:09,PIN verified,Support PIN,5678,Fox Mulder,Valid: Thycotic confirmed it was you,00001042\r\n'
        );
    });

    it('never writes more than the last four characters of a PIN', () => {
        expect(eventLine({ ...VERIFIED, pinLastFour: '12345678' }, WORDS, 'UTC')).toContain(',5678,');
    });

    it('starts with the UTF-8 byte order mark and the header, then the events newest first', () => {
        const issued: AccessEvent = {
            ...VERIFIED,
            at: '2026-11-19T08:00:00.000Z',
            type: 'issued',
            by: 'Dana Scully',
            verdict: '',
            caseNumber: ''
        };
        const csv = buildCsv([issued, VERIFIED], WORDS, 'UTC');
        expect(BOM).toBe('\uFEFF');
        expect(csv.startsWith(`\uFEFFTime (UTC),`)).toBe(true);
        const lines = csv.slice(1).split('\r\n');
        expect(lines).toHaveLength(4);
        expect(lines[1]).toContain('PIN verified');
        expect(lines[2]).toBe('2026-11-19 08:00:00,2026-11-19 08:00:00,PIN issued,Support PIN,5678,Dana Scully,,');
        expect(lines[3]).toBe('');
    });

    it('is the header alone for no events', () => {
        expect(buildCsv([], WORDS, 'UTC')).toBe(`${BOM}${headerLine(WORDS, 'UTC')}`);
    });
});

describe('newestFirst', () => {
    it('orders by time, newest first, and at the same instant ended, verified, issued', () => {
        const at = '2026-11-20T10:00:00.000Z';
        const sorted = newestFirst([
            { ...VERIFIED, at, type: 'issued' },
            { ...VERIFIED, at: '2026-11-21T10:00:00.000Z', type: 'issued', by: 'later' },
            { ...VERIFIED, at, type: 'verified' },
            { ...VERIFIED, at, type: 'ended' }
        ]);
        expect(sorted.map((e) => `${e.type}${e.by === 'later' ? '+' : ''}`)).toEqual([
            'issued+',
            'ended',
            'verified',
            'issued'
        ]);
    });

    it('does not reorder the caller list', () => {
        const events = [VERIFIED, { ...VERIFIED, at: '2026-11-21T00:00:00.000Z' }];
        newestFirst(events);
        expect(events[0]).toBe(VERIFIED);
    });
});

describe('buildCsvInChunks', () => {
    const many = Array.from({ length: 25 }, (_, index) => ({
        ...VERIFIED,
        at: new Date(Date.UTC(2026, 10, 1) + index * 60_000).toISOString(),
        caseNumber: String(index)
    }));

    it('builds the same file as buildCsv, pausing between chunks', async () => {
        const pause = jest.fn(() => Promise.resolve());
        const csv = await buildCsvInChunks(many, WORDS, 'Europe/Berlin', { chunkRows: 10, pause });
        expect(csv).toBe(buildCsv(many, WORDS, 'Europe/Berlin'));
        expect(pause).toHaveBeenCalledTimes(2);
    });

    it('does not pause for one chunk, and pauses by a timer by default', async () => {
        const pause = jest.fn(() => Promise.resolve());
        await buildCsvInChunks(many, WORDS, 'UTC', { chunkRows: 25, pause });
        expect(pause).not.toHaveBeenCalled();
        expect(await buildCsvInChunks(many, WORDS, 'UTC')).toBe(buildCsv(many, WORDS, 'UTC'));
        expect(CHUNK_ROWS).toBe(500);
    });

    it('yields to the page between default chunks', async () => {
        const rows = Array.from({ length: CHUNK_ROWS + 1 }, () => VERIFIED);
        const timer = jest.spyOn(globalThis, 'setTimeout');
        try {
            const csv = await buildCsvInChunks(rows, WORDS, 'UTC');
            expect(csv.split('\r\n')).toHaveLength(CHUNK_ROWS + 3);
            expect(timer).toHaveBeenCalledTimes(1);
        } finally {
            timer.mockRestore();
        }
    });
});

describe('accessEvents', () => {
    const range = { from: '2026-11-01T00:00:00.000Z', to: '2026-11-22T00:00:00.000Z' };
    const pin: LedgerPin = {
        id: 'a0P1',
        kind: 'Privileged PIN',
        pinLastFour: 'jkmn',
        issuedAt: '2026-11-10T09:00:00.000Z',
        issuedBy: 'Dana Scully',
        revokedAt: '2026-11-10T12:00:00.000Z',
        revokedBy: 'Walter Skinner'
    };
    const verification: LedgerVerification = {
        id: 'a0V1',
        at: '2026-11-10T10:00:00.000Z',
        engineer: 'Fox Mulder',
        verdict: 'Valid',
        kind: 'Privileged PIN',
        pinLastFour: 'jkmn',
        caseNumber: '00001042'
    };

    it('makes a PIN an issued and an ended event, a verification a verified one', () => {
        expect(accessEvents([pin], [verification], range)).toEqual([
            {
                at: pin.issuedAt,
                type: 'issued',
                kind: 'Privileged PIN',
                pinLastFour: 'jkmn',
                by: 'Dana Scully',
                verdict: '',
                caseNumber: ''
            },
            {
                at: pin.revokedAt,
                type: 'ended',
                kind: 'Privileged PIN',
                pinLastFour: 'jkmn',
                by: 'Walter Skinner',
                verdict: '',
                caseNumber: ''
            },
            {
                at: verification.at,
                type: 'verified',
                kind: 'Privileged PIN',
                pinLastFour: 'jkmn',
                by: 'Fox Mulder',
                verdict: 'Valid',
                caseNumber: '00001042'
            }
        ]);
    });

    it('keeps only what happened in the range: from inclusive, to exclusive', () => {
        const early = { ...pin, id: 'early', issuedAt: '2026-10-31T23:59:59.999Z', revokedAt: range.from };
        const late = { ...pin, id: 'late', issuedAt: '2026-11-21T23:59:59.999Z', revokedAt: range.to };
        const types = accessEvents([early, late], [{ ...verification, at: range.to }], range).map(
            (e) => `${e.type}@${e.at}`
        );
        expect(types).toEqual([`ended@${range.from}`, 'issued@2026-11-21T23:59:59.999Z']);
    });

    it('has no ended event for a PIN not ended, nor events without times', () => {
        const events = accessEvents(
            [
                { ...pin, revokedAt: '' },
                { ...pin, id: 'x', issuedAt: '', revokedAt: '' }
            ],
            [{ ...verification, at: '' }],
            range
        );
        expect(events.map((e) => e.type)).toEqual(['issued']);
    });

    it('counts a record read twice once', () => {
        expect(accessEvents([pin, pin], [verification, verification], range)).toHaveLength(3);
    });
});

describe('dates', () => {
    it('starts a day at midnight in the customer zone', () => {
        expect(dayStart('2026-11-22', 'UTC')).toBe('2026-11-22T00:00:00.000Z');
        expect(dayStart('2026-11-22', 'Europe/Berlin')).toBe('2026-11-21T23:00:00.000Z');
        expect(dayStart('2026-07-01', 'Europe/Berlin')).toBe('2026-06-30T22:00:00.000Z');
        expect(dayStart('2026-11-22', 'America/Los_Angeles')).toBe('2026-11-22T08:00:00.000Z');
        expect(dayStart('2026-11-22', 'Asia/Kolkata')).toBe('2026-11-21T18:30:00.000Z');
    });

    it('finds midnight on the days clocks change', () => {
        // Los Angeles: summer time ends at 02:00 on Nov 1, 2026 and begins at 02:00 on Mar 8, 2026.
        expect(dayStart('2026-11-01', 'America/Los_Angeles')).toBe('2026-11-01T07:00:00.000Z');
        expect(dayStart('2026-11-02', 'America/Los_Angeles')).toBe('2026-11-02T08:00:00.000Z');
        expect(dayStart('2026-03-08', 'America/Los_Angeles')).toBe('2026-03-08T08:00:00.000Z');
        expect(dayStart('2026-03-09', 'America/Los_Angeles')).toBe('2026-03-09T07:00:00.000Z');
        // Santiago's clocks skip midnight on Sep 6, 2026: the day starts at 01:00.
        expect(dayStart('2026-09-06', 'America/Santiago')).toBe('2026-09-06T04:00:00.000Z');
    });

    it('refuses what is not a calendar date', () => {
        expect(() => dayStart('22.11.2026', 'UTC')).toThrow('Not a calendar date (YYYY-MM-DD): 22.11.2026');
        expect(() => dayStart('2026-13-01', 'UTC')).toThrow(RangeError);
        expect(() => dayStart('x2026-11-01', 'UTC')).toThrow(RangeError);
        expect(() => dayStart('2026-11-011', 'UTC')).toThrow(RangeError);
    });

    it('covers whole days from the start of the first to the end of the last', () => {
        expect(dayRange('2026-10-23', '2026-11-22', 'Europe/Berlin')).toEqual({
            from: '2026-10-22T22:00:00.000Z',
            to: '2026-11-22T23:00:00.000Z'
        });
        expect(dayRange('2026-12-31', '2026-12-31', 'UTC')).toEqual({
            from: '2026-12-31T00:00:00.000Z',
            to: '2027-01-01T00:00:00.000Z'
        });
    });

    it('counts days back', () => {
        expect(daysBefore('2026-11-22', 30)).toBe('2026-10-23');
        expect(daysBefore('2026-03-01', 1)).toBe('2026-02-28');
    });

    it('names the file for its range', () => {
        expect(csvFileName('2026-10-23', '2026-11-22')).toBe('support-access-2026-10-23-to-2026-11-22.csv');
    });
});
