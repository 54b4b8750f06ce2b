/**
 * supportFormat — dates and labels as the customer reads them: calendar-day arithmetic in UTC, a
 * day or an instant in the viewer's locale and time zone, counts in the viewer's plural rules (the
 * locale from `@salesforce/i18n/locale`, "Access Internationalization Properties",
 * https://developer.salesforce.com/docs/platform/lwc/guide/create-i18n), and custom labels' {0} placeholders.
 */

const DAY_MS = 24 * 60 * 60 * 1000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function dayNumber(isoDate: string): number {
    const match = ISO_DATE.exec(isoDate);
    const ms = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : NaN;
    // Date.UTC rolls 2026-02-30 over to March: a real date reads back unchanged.
    if (Number.isNaN(ms) || isoFromDayNumber(ms / DAY_MS) !== isoDate) {
        throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${isoDate}`);
    }
    return ms / DAY_MS;
}

function isoFromDayNumber(day: number): string {
    return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(isoDate: string, days: number): string {
    return isoFromDayNumber(dayNumber(isoDate) + days);
}

/** The calendar date of `instant` in `timeZone` (an IANA name); UTC when the zone is unknown. */
export function calendarDate(instant: Date, timeZone?: string | null): string {
    let parts: Intl.DateTimeFormatPart[];
    try {
        parts = new Intl.DateTimeFormat('en-US', {
            timeZone: timeZone || 'UTC',
            year: 'numeric',
            month: '2-digit',
            day: '2-digit'
        }).formatToParts(instant);
    } catch {
        return instant.toISOString().slice(0, 10);
    }
    const part = Object.fromEntries(parts.map((p) => [p.type, p.value]));
    return `${part.year}-${part.month}-${part.day}`;
}

/** A calendar day (YYYY-MM-DD) as the viewer writes dates, e.g. "Oct 1, 2026" in en-US. */
export function formatDay(isoDate: string, locale?: string): string {
    const [y, m, d] = isoDate.split('-').map(Number);
    return new Intl.DateTimeFormat(locale || undefined, { dateStyle: 'medium', timeZone: 'UTC' }).format(
        new Date(Date.UTC(y, m - 1, d))
    );
}

// Building an Intl formatter costs far more than using one: a list of 25 cases would build 25 alike
// (the Cases tab's filtering, docs/performance.md). Each is built once per locale, zone and options.
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.PluralRules>();
function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.PluralRules>(
    key: unknown[],
    build: () => T
): T {
    const id = JSON.stringify(key);
    let formatter = formatters.get(id);
    if (!formatter) {
        formatter = build();
        formatters.set(id, formatter);
    }
    return formatter as T;
}

/** `instant` in `options`, in `timeZone` (the runtime's when the zone is unknown). */
function formatIn(
    instant: Date | string,
    locale: string | undefined,
    timeZone: string | undefined,
    options: Intl.DateTimeFormatOptions
): string {
    let formatter: Intl.DateTimeFormat;
    try {
        formatter = cached(
            [locale, timeZone, options],
            () => new Intl.DateTimeFormat(locale || undefined, { ...options, timeZone: timeZone || undefined })
        );
    } catch {
        formatter = cached([locale, null, options], () => new Intl.DateTimeFormat(locale || undefined, options));
    }
    return formatter.format(new Date(instant));
}

/** An instant as the viewer reads it, in their time zone, e.g. "Nov 23, 2026, 2:00 AM". */
export function formatDateTime(instant: Date | string, locale?: string, timeZone?: string): string {
    return formatIn(instant, locale, timeZone, { dateStyle: 'medium', timeStyle: 'short' });
}

/** The day of an instant in full, in the viewer's time zone: "November 10, 2026", "10. November 2026". */
export function formatLongDate(instant: Date | string, locale?: string, timeZone?: string): string {
    return formatIn(instant, locale, timeZone, { dateStyle: 'long' });
}

/** The same, naming the time zone, for a time something ends: "Nov 23, 2026, 2:00 AM PST". */
export function formatDateTimeZoned(instant: Date | string, locale?: string, timeZone?: string): string {
    return formatIn(instant, locale, timeZone, {
        year: 'numeric',
        month: 'short',
        day: 'numeric',
        hour: 'numeric',
        minute: '2-digit',
        timeZoneName: 'short'
    });
}

/** An instant to the minute in UTC, saying so, as the viewer writes dates: "March 14, 2027 at 11:59 PM UTC". */
export function formatUtcMinute(instant: Date, locale?: string): string {
    return new Intl.DateTimeFormat(locale || undefined, {
        year: 'numeric',
        month: 'long',
        day: 'numeric',
        hour: 'numeric',
        minute: '2-digit',
        timeZone: 'UTC',
        timeZoneName: 'short'
    }).format(instant);
}

/**
 * How long until something ends, to the minute, in the viewer's words: "5 hr 12 min", "5 Std. 12 Min."
 * (Intl.NumberFormat's short units; Intl.DurationFormat is not in every browser the portal supports).
 * Under a minute counts as one minute, so what is still running never reads as nothing.
 */
export function formatTimeLeft(milliseconds: number, locale?: string): string {
    const minutes = Math.max(1, Math.ceil(milliseconds / 60000));
    const unit = (name: 'hour' | 'minute', value: number): string =>
        cached(
            ['unit', name, locale],
            () => new Intl.NumberFormat(locale || undefined, { style: 'unit', unit: name, unitDisplay: 'short' })
        ).format(value);
    const hours = Math.floor(minutes / 60);
    const rest = minutes % 60;
    if (hours === 0) {
        return unit('minute', rest);
    }
    return rest === 0 ? unit('hour', hours) : `${unit('hour', hours)} ${unit('minute', rest)}`;
}

/** A count as the viewer writes numbers: 6,668 in en-US, 6.668 in de. */
export function formatNumber(value: number, locale?: string): string {
    return cached(['number', locale], () => new Intl.NumberFormat(locale || undefined)).format(value);
}

/**
 * A count in words, in the viewer's plural rule and number format: "1 case", "6,668 cases", "6.668 Fälle".
 * A custom label has one value per language, so each plural form is its own label; `forms.one` serves
 * Intl.PluralRules' "one" and `forms.other` every other category (English and German have no more).
 */
export function formatCount(count: number, forms: { one: string; other: string }, locale?: string): string {
    const rules = cached(['plural', locale], () => new Intl.PluralRules(locale || undefined));
    const form = rules.select(count) === 'one' ? forms.one : forms.other;
    return formatLabel(form, formatNumber(count, locale));
}

/** Fills a custom label's {0}, {1}, ... placeholders. */
export function formatLabel(label: string, ...values: unknown[]): string {
    return label.replace(/\{(\d+)\}/g, (placeholder, index: string) => {
        const position = Number(index);
        return position < values.length ? String(values[position]) : placeholder;
    });
}
