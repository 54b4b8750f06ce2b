/**
 * supportAccessCsv — the Support access ledger as a CSV file for the company's auditors: one row per
 * event (a PIN issued, a PIN ended, a PIN verified by Thycotic), newest first, each time in the
 * customer's time zone and in UTC, the PIN by its last four characters only. Pure: the words (headers,
 * events, kinds, verdicts) come from the caller's labels, so the file is in the customer's language.
 *
 * The file:
 * - RFC 4180 ("Common Format and MIME Type for CSV Files", https://www.rfc-editor.org/rfc/rfc4180):
 *   lines end in CRLF; a cell with a comma, a double quote, CR or LF is enclosed in double quotes,
 *   and a double quote inside it is doubled.
 * - Starts with a UTF-8 byte order mark: Excel opens a CSV without one in the system's ANSI code page,
 *   so "Müller" or "Prüfung" would arrive garbled; with it Excel reads UTF-8 (and other tools skip it).
 * - A cell starting with = + - @, a tab or CR is prefixed with an apostrophe, so a spreadsheet shows
 *   it as text and never runs it as a formula (OWASP, "CSV Injection",
 *   https://owasp.org/www-community/attacks/CSV_Injection). Names and case numbers come from people.
 */

export type AccessEventType = 'issued' | 'ended' | 'verified';

/** One line of the ledger, already in the customer's words except its time. */
export interface AccessEvent {
    /** When it happened: an ISO 8601 instant. */
    at: string;
    type: AccessEventType;
    /** "Support PIN", "Privileged PIN", … */
    kind: string;
    /** The PIN's last four characters (never more). */
    pinLastFour: string;
    /** Who issued, ended or verified it. */
    by: string;
    /** For a verification: its verdict in words. */
    verdict: string;
    caseNumber: string;
}

/** The file's words: its column headers (in order) and each event type's name. */
export interface CsvWords {
    headers: {
        localTime: string;
        utcTime: string;
        event: string;
        kind: string;
        pin: string;
        by: string;
        verdict: string;
        caseNumber: string;
    };
    events: Record<AccessEventType, string>;
}

export const BOM = '\uFEFF';
export const CRLF = '\r\n';
/** Rows built between two pauses: about 10 ms of work on a desktop, under 50 ms on a slow phone (npm run bench). */
export const CHUNK_ROWS = 500;

/** The last four characters of a PIN: all the ledger and the file ever show of it. */
export function lastFour(pin: string | null | undefined): string {
    return String(pin ?? '').slice(-4);
}

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** A cell as text a spreadsheet shows and never runs, quoted as RFC 4180 asks. */
export function escapeCell(value: string | null | undefined): string {
    const text = String(value ?? '');
    const safe = FORMULA_START.test(text) ? `'${text}` : text;
    return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One line of the file, CRLF included. */
export function csvLine(cells: readonly (string | null | undefined)[]): string {
    return cells.map(escapeCell).join(',') + CRLF;
}

const stampFormats = new Map<string, Intl.DateTimeFormat>();

/** A formatter of `timeZone`'s wall clock, 24-hour; UTC's when the zone is unknown. */
function stampFormat(timeZone: string): Intl.DateTimeFormat {
    let format = stampFormats.get(timeZone);
    if (!format) {
        const options: Intl.DateTimeFormatOptions = {
            year: 'numeric',
            month: '2-digit',
            day: '2-digit',
            hour: '2-digit',
            minute: '2-digit',
            second: '2-digit',
            hourCycle: 'h23'
        };
        try {
            format = new Intl.DateTimeFormat('en-US', { ...options, timeZone });
        } catch {
            format = new Intl.DateTimeFormat('en-US', { ...options, timeZone: 'UTC' });
        }
        stampFormats.set(timeZone, format);
    }
    return format;
}

/** Zones change their offset on a quarter hour at the finest: one offset per zone and quarter hour. */
const QUARTER_HOUR_MS = 15 * 60 * 1000;
const offsets = new Map<string, number>();

/** How far `timeZone`'s wall clock is ahead of UTC at `time` (ms), worked out once per quarter hour. */
function offsetAt(time: number, timeZone: string): number {
    const quarter = Math.floor(time / QUARTER_HOUR_MS) * QUARTER_HOUR_MS;
    const key = `${timeZone} ${quarter}`;
    let offset = offsets.get(key);
    if (offset === undefined) {
        const parts: Record<string, number> = {};
        for (const { type, value } of stampFormat(timeZone).formatToParts(new Date(quarter))) {
            parts[type] = Number(value);
        }
        offset = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second) - quarter;
        offsets.set(key, offset);
    }
    return offset;
}

/**
 * An instant as a spreadsheet sorts and reads it in every language: "2026-11-22 10:00:00", in
 * `timeZone` (an IANA name). '' for no or no valid instant. Fast enough for 10,000 rows: the zone's
 * offset is looked up once per quarter hour, the rest is arithmetic (npm run bench).
 */
export function timeStamp(instant: string | null | undefined, timeZone: string): string {
    const time = Date.parse(String(instant ?? ''));
    if (Number.isNaN(time)) {
        return '';
    }
    const wall = new Date(time + offsetAt(time, timeZone)).toISOString();
    return `${wall.slice(0, 10)} ${wall.slice(11, 19)}`;
}

/** The header line: the customer's time column names their zone. */
export function headerLine(words: CsvWords, timeZone: string): string {
    const { headers } = words;
    return csvLine([
        `${headers.localTime} (${timeZone})`,
        headers.utcTime,
        headers.event,
        headers.kind,
        headers.pin,
        headers.by,
        headers.verdict,
        headers.caseNumber
    ]);
}

/** One event's line. */
export function eventLine(event: AccessEvent, words: CsvWords, timeZone: string): string {
    return csvLine([
        timeStamp(event.at, timeZone),
        timeStamp(event.at, 'UTC'),
        words.events[event.type],
        event.kind,
        lastFour(event.pinLastFour),
        event.by,
        event.verdict,
        event.caseNumber
    ]);
}

/** Newest first; events at the same instant in the order issued, verified, ended. */
const TYPE_ORDER: Record<AccessEventType, number> = { ended: 0, verified: 1, issued: 2 };
export function newestFirst(events: readonly AccessEvent[]): AccessEvent[] {
    return events
        .map((event) => ({ event, time: Date.parse(event.at) }))
        .sort((a, b) => b.time - a.time || TYPE_ORDER[a.event.type] - TYPE_ORDER[b.event.type])
        .map(({ event }) => event);
}

/** The whole file at once: the byte order mark, the header, one line per event, newest first. */
export function buildCsv(events: readonly AccessEvent[], words: CsvWords, timeZone: string): string {
    return [BOM, headerLine(words, timeZone), ...newestFirst(events).map((e) => eventLine(e, words, timeZone))].join(
        ''
    );
}

/** Waits for the next task, so the page paints and answers input between two chunks. */
export type Pause = () => Promise<void>;
// eslint-disable-next-line @lwc/lwc/no-async-operation
const nextTask: Pause = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * The same file, built `chunkRows` lines at a time with a pause between chunks: 10,000 events never
 * hold the page in one long task (npm run bench measures the longest chunk).
 */
export async function buildCsvInChunks(
    events: readonly AccessEvent[],
    words: CsvWords,
    timeZone: string,
    { chunkRows = CHUNK_ROWS, pause = nextTask }: { chunkRows?: number; pause?: Pause } = {}
): Promise<string> {
    const sorted = newestFirst(events);
    const parts = [BOM, headerLine(words, timeZone)];
    for (let start = 0; start < sorted.length; start += chunkRows) {
        if (start > 0) {
            // eslint-disable-next-line no-await-in-loop
            await pause();
        }
        for (const event of sorted.slice(start, start + chunkRows)) {
            parts.push(eventLine(event, words, timeZone));
        }
    }
    return parts.join('');
}

/** A PIN of the ledger, in words, as the file needs it. */
export interface LedgerPin {
    id: string;
    kind: string;
    pinLastFour: string;
    issuedAt: string;
    issuedBy: string;
    revokedAt: string;
    revokedBy: string;
}

/** A verification of the ledger, in words. */
export interface LedgerVerification {
    id: string;
    at: string;
    engineer: string;
    verdict: string;
    kind: string;
    pinLastFour: string;
    caseNumber: string;
}

/** From (inclusive) and to (exclusive), ISO 8601 instants. */
export interface InstantRange {
    from: string;
    to: string;
}

function within(instant: string, range: InstantRange): boolean {
    const time = Date.parse(instant);
    return time >= Date.parse(range.from) && time < Date.parse(range.to);
}

/**
 * The events of `range`: each PIN issued or ended in it, each verification made in it; a record
 * read twice (pages that overlap) counts once.
 */
export function accessEvents(
    pins: readonly LedgerPin[],
    verifications: readonly LedgerVerification[],
    range: InstantRange
): AccessEvent[] {
    const events: AccessEvent[] = [];
    for (const pin of new Map(pins.map((p) => [p.id, p])).values()) {
        const common = { kind: pin.kind, pinLastFour: pin.pinLastFour, verdict: '', caseNumber: '' };
        if (pin.issuedAt && within(pin.issuedAt, range)) {
            events.push({ ...common, at: pin.issuedAt, type: 'issued', by: pin.issuedBy });
        }
        if (pin.revokedAt && within(pin.revokedAt, range)) {
            events.push({ ...common, at: pin.revokedAt, type: 'ended', by: pin.revokedBy });
        }
    }
    for (const v of new Map(verifications.map((one) => [one.id, one])).values()) {
        if (v.at && within(v.at, range)) {
            events.push({
                at: v.at,
                type: 'verified',
                kind: v.kind,
                pinLastFour: v.pinLastFour,
                by: v.engineer,
                verdict: v.verdict,
                caseNumber: v.caseNumber
            });
        }
    }
    return events;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** How far `timeZone`'s wall clock is ahead of UTC at `time` (ms). */
function zoneOffset(time: number, timeZone: string): number {
    const [date, clock] = timeStamp(new Date(time).toISOString(), timeZone).split(' ');
    return Date.parse(`${date}T${clock}Z`) - time;
}

/**
 * The instant a calendar day (YYYY-MM-DD) starts in `timeZone`, as ISO 8601: the customer's "from
 * November 1" is midnight where they are, not in UTC. Throws for a date that is not one.
 */
export function dayStart(isoDate: string, timeZone: string): string {
    const midnightUtc = Date.parse(`${isoDate}T00:00:00Z`);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate) || Number.isNaN(midnightUtc)) {
        throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${isoDate}`);
    }
    // Midnight by the offset before the day, and by the offset at that instant: the earlier that is
    // on the day. Where the clocks skip midnight (Santiago, September), the day starts at 01:00.
    const guess = midnightUtc - zoneOffset(midnightUtc, timeZone);
    const onTheDay = [midnightUtc - zoneOffset(guess, timeZone), guess].filter((time) =>
        timeStamp(new Date(time).toISOString(), timeZone).startsWith(isoDate)
    );
    return new Date(Math.min(...onTheDay)).toISOString();
}

/** The instants of a range of calendar days in `timeZone`: from the start of `from` to the end of `to`. */
export function dayRange(from: string, to: string, timeZone: string): InstantRange {
    const next = new Date(Date.parse(`${to}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);
    return { from: dayStart(from, timeZone), to: dayStart(next, timeZone) };
}

/** The calendar day `days` before `isoDate`. */
export function daysBefore(isoDate: string, days: number): string {
    return new Date(Date.parse(`${isoDate}T00:00:00Z`) - days * DAY_MS).toISOString().slice(0, 10);
}

/** The file's name for a date range: "support-access-2026-10-23-to-2026-11-22.csv". */
export function csvFileName(from: string, to: string): string {
    return `support-access-${from}-to-${to}.csv`;
}
