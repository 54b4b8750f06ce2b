/**
 * supportData — the Support Portal's directory and business rules.
 *
 * Pure and typed: no DOM, no Lightning Data Service. Components read their
 * data from here and render it; every rule that two components would
 * otherwise compute twice lives here. Customer-visible text comes from
 * custom labels; codes (region, country, product, severity) are stable keys.
 */
import REGION_AMERICAS from '@salesforce/label/c.Support_Region_Americas';
import REGION_EMEA from '@salesforce/label/c.Support_Region_EMEA';
import REGION_APAC from '@salesforce/label/c.Support_Region_APAC';
import COUNTRY_ALL from '@salesforce/label/c.Support_Country_All';
import COUNTRY_UK from '@salesforce/label/c.Support_Country_UK';
import COUNTRY_GERMANY from '@salesforce/label/c.Support_Country_Germany';
import COUNTRY_AUSTRALIA from '@salesforce/label/c.Support_Country_Australia';
import COUNTRY_PHILIPPINES from '@salesforce/label/c.Support_Country_Philippines';
import COUNTRY_NEW_ZEALAND from '@salesforce/label/c.Support_Country_New_Zealand';
import COUNTRY_SINGAPORE from '@salesforce/label/c.Support_Country_Singapore';
import SEVERITY_1 from '@salesforce/label/c.Support_Severity_1';
import SEVERITY_1_DEFINITION from '@salesforce/label/c.Support_Severity_1_Definition';
import SEVERITY_2 from '@salesforce/label/c.Support_Severity_2';
import SEVERITY_2_DEFINITION from '@salesforce/label/c.Support_Severity_2_Definition';
import SEVERITY_3 from '@salesforce/label/c.Support_Severity_3';
import SEVERITY_3_DEFINITION from '@salesforce/label/c.Support_Severity_3_Definition';
import SEVERITY_4 from '@salesforce/label/c.Support_Severity_4';
import SEVERITY_4_DEFINITION from '@salesforce/label/c.Support_Severity_4_Definition';
import CHECKLIST_USERNAME from '@salesforce/label/c.Support_Checklist_Username';
import CHECKLIST_EMAIL from '@salesforce/label/c.Support_Checklist_Email';
import CHECKLIST_COMPANY from '@salesforce/label/c.Support_Checklist_Company';
import CHECKLIST_CONTACT_NAME from '@salesforce/label/c.Support_Checklist_Contact_Name';
import CHECKLIST_CONTACT_PHONE from '@salesforce/label/c.Support_Checklist_Contact_Phone';
import CHECKLIST_PRODUCT from '@salesforce/label/c.Support_Checklist_Product';
import CHECKLIST_DETAILS from '@salesforce/label/c.Support_Checklist_Details';
import CHECKLIST_OTHER from '@salesforce/label/c.Support_Checklist_Other';
import EMAIL_BODY_COMPANY from '@salesforce/label/c.Support_Email_Body_Company';
import EMAIL_BODY_CONTACT from '@salesforce/label/c.Support_Email_Body_Contact';
import EMAIL_BODY_PHONE from '@salesforce/label/c.Support_Email_Body_Phone';
import EMAIL_BODY_PRODUCT from '@salesforce/label/c.Support_Email_Body_Product';
import EMAIL_BODY_DETAILS from '@salesforce/label/c.Support_Email_Body_Details';
import COVERAGE_COUNTS from '@salesforce/label/c.Support_Coverage_Counts';
import COVERAGE_LAST_EXPIRED from '@salesforce/label/c.Support_Coverage_Last_Expired';
import COVERAGE_NO_USER_LICENSES from '@salesforce/label/c.Support_Coverage_No_User_Licenses';
import COVERAGE_NO_SUPPORT_LICENSES from '@salesforce/label/c.Support_Coverage_No_Support_Licenses';
import CASE_PRODUCT from '@salesforce/label/c.Support_Case_Product';
import CASE_SEVERITY from '@salesforce/label/c.Support_Case_Severity';
import CASE_SUBJECT from '@salesforce/label/c.Support_Case_Subject';
import CASE_DESCRIPTION from '@salesforce/label/c.Support_Case_Description';
import CASE_REQUIRED from '@salesforce/label/c.Support_Case_Required';
import CASE_TOO_LONG from '@salesforce/label/c.Support_Case_Too_Long';

// ---------------------------------------------------------------------------
// The directory
// ---------------------------------------------------------------------------

export type RegionCode = 'AMERICAS' | 'EMEA' | 'APAC';

export interface SupportPhone {
    /** ISO 3166-1 alpha-2 code, or 'ALL' for a number that serves a whole region. */
    countryCode: string;
    country: string;
    /** The number as Thycotic publishes it. */
    display: string;
    /** E.164, for `tel:` links. */
    e164: string;
}

export interface SupportRegion {
    code: RegionCode;
    name: string;
    phones: SupportPhone[];
}

/** Regional phone numbers, in the order Thycotic publishes them. */
export const REGIONS: readonly SupportRegion[] = Object.freeze([
    {
        code: 'AMERICAS',
        name: REGION_AMERICAS,
        phones: [{ countryCode: 'ALL', country: COUNTRY_ALL, display: '+1 202 991 0540', e164: '+12029910540' }]
    },
    {
        code: 'EMEA',
        name: REGION_EMEA,
        phones: [
            { countryCode: 'GB', country: COUNTRY_UK, display: '+44 20 3880 0017', e164: '+442038800017' },
            { countryCode: 'DE', country: COUNTRY_GERMANY, display: '+49 69 6677 37597', e164: '+4969667737597' }
        ]
    },
    {
        code: 'APAC',
        name: REGION_APAC,
        phones: [
            { countryCode: 'AU', country: COUNTRY_AUSTRALIA, display: '+61 3 8595 5827', e164: '+61385955827' },
            { countryCode: 'PH', country: COUNTRY_PHILIPPINES, display: '+63 2 231 3885', e164: '+6322313885' },
            { countryCode: 'NZ', country: COUNTRY_NEW_ZEALAND, display: '+64 9-887 4015', e164: '+6498874015' },
            { countryCode: 'SG', country: COUNTRY_SINGAPORE, display: '+65 3157 0602', e164: '+6531570602' }
        ]
    }
]);

export const REGION_CODES: readonly RegionCode[] = REGIONS.map((region) => region.code);

export function isRegionCode(value: unknown): value is RegionCode {
    return typeof value === 'string' && (REGION_CODES as readonly string[]).includes(value);
}

export function telHref(phone: SupportPhone): string {
    return `tel:${phone.e164}`;
}

/** The regions with `first` moved to the front; the rest keep their published order. */
export function regionsInOrder(first?: RegionCode | null): SupportRegion[] {
    const regions = [...REGIONS];
    const index = first ? regions.findIndex((region) => region.code === first) : -1;
    if (index > 0) {
        regions.unshift(...regions.splice(index, 1));
    }
    return regions;
}

export type SeverityLevel = 1 | 2 | 3 | 4;
export type ContactMethod = 'phone' | 'email' | 'ticket';

export interface Severity {
    level: SeverityLevel;
    name: string;
    definition: string;
    methods: readonly ContactMethod[];
}

const ALL_METHODS: readonly ContactMethod[] = Object.freeze(['phone', 'email', 'ticket']);

/** Severity 1 (complete loss of service) must be reported by phone; the rest may use any method. */
export const SEVERITIES: readonly Severity[] = Object.freeze([
    {
        level: 1,
        name: SEVERITY_1,
        definition: SEVERITY_1_DEFINITION,
        methods: Object.freeze(['phone'] as ContactMethod[])
    },
    { level: 2, name: SEVERITY_2, definition: SEVERITY_2_DEFINITION, methods: ALL_METHODS },
    { level: 3, name: SEVERITY_3, definition: SEVERITY_3_DEFINITION, methods: ALL_METHODS },
    { level: 4, name: SEVERITY_4, definition: SEVERITY_4_DEFINITION, methods: ALL_METHODS }
]);

/** Accepts 1, '1', 'Severity 1' or 'Severity_1' (picklist values); anything else is undefined. */
export function severityOf(value: unknown): Severity | undefined {
    const match = /^(?:severity[ _-]?)?([1-4])$/i.exec(String(value ?? '').trim());
    return match ? SEVERITIES[Number(match[1]) - 1] : undefined;
}

export function contactMethodsFor(severity: unknown): readonly ContactMethod[] {
    return severityOf(severity)?.methods ?? ALL_METHODS;
}

export function isMethodAllowed(severity: unknown, method: ContactMethod): boolean {
    return contactMethodsFor(severity).includes(method);
}

export interface Product {
    code: string;
    /** Product names are Thycotic trademarks and are not translated. */
    name: string;
    /** Secret Server Cloud customers also get a Tech Support PIN and a privileged PIN. */
    cloud: boolean;
}

export const PRODUCTS: readonly Product[] = Object.freeze([
    { code: 'SECRET_SERVER', name: 'Secret Server', cloud: false },
    { code: 'SECRET_SERVER_CLOUD', name: 'Secret Server Cloud', cloud: true },
    { code: 'PRIVILEGE_MANAGER', name: 'Privilege Manager', cloud: false },
    { code: 'ACCOUNT_LIFECYCLE_MANAGER', name: 'Account Lifecycle Manager', cloud: false },
    { code: 'CONNECTION_MANAGER', name: 'Connection Manager', cloud: false },
    { code: 'DEVOPS_SECRETS_VAULT', name: 'DevOps Secrets Vault', cloud: true },
    { code: 'PRIVILEGED_BEHAVIOR_ANALYTICS', name: 'Privileged Behavior Analytics', cloud: false },
    { code: 'DATABASE_ACCESS_CONTROLLER', name: 'Database Access Controller', cloud: true },
    { code: 'REMOTE_ACCESS_CONTROLLER', name: 'Remote Access Controller', cloud: true },
    { code: 'PASSWORD_RESET_SERVER', name: 'Password Reset Server', cloud: false },
    { code: 'GROUP_MANAGEMENT_SERVER', name: 'Group Management Server', cloud: false }
]);

/** Finds a product by code or by name (case-insensitive), as picklists and builder properties give it. */
export function productOf(value: unknown): Product | undefined {
    const wanted = String(value ?? '')
        .trim()
        .toLowerCase();
    return PRODUCTS.find((p) => p.code.toLowerCase() === wanted || p.name.toLowerCase() === wanted);
}

/** Only Secret Server Cloud has the Tech Support PIN and the privileged PIN. */
export function hasPrivilegedPin(product: unknown): boolean {
    return productOf(product)?.code === 'SECRET_SERVER_CLOUD';
}

export const SUPPORT_EMAIL = 'support@thycotic.com';

export const LINKS = Object.freeze({
    servicesGuide: 'https://docs.thycotic.com/bulletins/current/support/servicesguide.md',
    upgrades: 'https://docs.thycotic.com/ss/current/secret-server-setup/index.md',
    featureRequests: 'https://feedback.thycotic.com'
});

export type ChecklistKey =
    'username' | 'email' | 'company' | 'contactName' | 'contactPhone' | 'product' | 'details' | 'other';

/** Step one: what to gather before contacting support, in the seeds' order. */
export const CHECKLIST: readonly { key: ChecklistKey; label: string }[] = Object.freeze([
    { key: 'username', label: CHECKLIST_USERNAME },
    { key: 'email', label: CHECKLIST_EMAIL },
    { key: 'company', label: CHECKLIST_COMPANY },
    { key: 'contactName', label: CHECKLIST_CONTACT_NAME },
    { key: 'contactPhone', label: CHECKLIST_CONTACT_PHONE },
    { key: 'product', label: CHECKLIST_PRODUCT },
    { key: 'details', label: CHECKLIST_DETAILS },
    { key: 'other', label: CHECKLIST_OTHER }
]);

// ---------------------------------------------------------------------------
// Dates: calendar days as ISO strings (YYYY-MM-DD), computed in UTC so that
// day arithmetic never meets a daylight-saving change.
// ---------------------------------------------------------------------------

const DAY_MS = 24 * 60 * 60 * 1000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function dayNumber(isoDate: string): number {
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
    const part = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
    return `${part('year')}-${part('month')}-${part('day')}`;
}

/** A calendar day (YYYY-MM-DD) as the viewer writes dates, e.g. "Oct 1, 2026" in en-US. */
export function formatDay(isoDate: string, locale?: string): string {
    const [y, m, d] = isoDate.split('-').map(Number);
    return new Intl.DateTimeFormat(locale || undefined, { dateStyle: 'medium', timeZone: 'UTC' }).format(
        new Date(Date.UTC(y, m - 1, d))
    );
}

/** An instant as the viewer reads it, in their time zone, e.g. "Nov 23, 2026, 2:00 AM". */
export function formatDateTime(instant: Date | string, locale?: string, timeZone?: string): string {
    const options: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' };
    try {
        return new Intl.DateTimeFormat(locale || undefined, { ...options, timeZone: timeZone || undefined }).format(
            new Date(instant)
        );
    } catch {
        return new Intl.DateTimeFormat(locale || undefined, options).format(new Date(instant));
    }
}

/** Fills a custom label's {0}, {1}, ... placeholders. */
export function formatLabel(label: string, ...values: unknown[]): string {
    return label.replace(/\{(\d+)\}/g, (placeholder, index: string) => {
        const position = Number(index);
        return position < values.length ? String(values[position]) : placeholder;
    });
}

// ---------------------------------------------------------------------------
// Support coverage
// ---------------------------------------------------------------------------

/** All support licenses expire this many days after they are issued. */
export const SUPPORT_LICENSE_DAYS = 365;

export interface SupportLicenseGrant {
    /** Calendar date of issue, YYYY-MM-DD. */
    issuedOn: string;
    /** Number of support licenses in this grant. */
    quantity: number;
}

export type CoverageReason = 'COVERED' | 'NO_USER_LICENSES' | 'NO_SUPPORT_LICENSES' | 'SUPPORT_EXPIRED' | 'SHORTFALL';

export interface Coverage {
    covered: boolean;
    reason: CoverageReason;
    userLicenses: number;
    unexpiredSupportLicenses: number;
    /** Support licenses still needed to be covered (0 when covered). */
    shortfall: number;
    /** First day on which one of the unexpired support licenses will have expired. */
    nextExpiry: string | null;
    /** Day on which the most recently expired support license expired. */
    lastExpired: string | null;
    /** First day without coverage if nothing is renewed (null when not covered now). */
    coveredUntil: string | null;
}

/** A support license issued on `issuedOn` has expired from this day on. */
export function supportLicenseExpiry(issuedOn: string): string {
    return addDays(issuedOn, SUPPORT_LICENSE_DAYS);
}

function wholeCount(value: number): number {
    return Number.isFinite(value) && value > 0 ? Math.floor(value) : 0;
}

/**
 * Support needs as many unexpired support licenses as user licenses.
 * A license issued 365 days before `today` has expired today.
 */
export function supportCoverage(userLicenses: number, grants: readonly SupportLicenseGrant[], today: string): Coverage {
    const todayNumber = dayNumber(today);
    const users = wholeCount(userLicenses);
    const dated = grants
        .map((grant) => ({ expiresOn: supportLicenseExpiry(grant.issuedOn), quantity: wholeCount(grant.quantity) }))
        .filter((grant) => grant.quantity > 0)
        .sort((a, b) => a.expiresOn.localeCompare(b.expiresOn));
    const unexpired = dated.filter((grant) => dayNumber(grant.expiresOn) > todayNumber);
    const expired = dated.filter((grant) => dayNumber(grant.expiresOn) <= todayNumber);
    const unexpiredCount = unexpired.reduce((sum, grant) => sum + grant.quantity, 0);
    const shortfall = Math.max(0, users - unexpiredCount);
    const covered = users > 0 && shortfall === 0;

    let reason: CoverageReason = 'COVERED';
    if (users === 0) {
        reason = 'NO_USER_LICENSES';
    } else if (dated.length === 0) {
        reason = 'NO_SUPPORT_LICENSES';
    } else if (unexpiredCount === 0) {
        reason = 'SUPPORT_EXPIRED';
    } else if (shortfall > 0) {
        reason = 'SHORTFALL';
    }

    // Walk the unexpired grants in expiry order until fewer than `users` remain.
    let coveredUntil: string | null = null;
    if (covered) {
        let remaining = unexpiredCount;
        for (const grant of unexpired) {
            remaining -= grant.quantity;
            if (remaining < users) {
                coveredUntil = grant.expiresOn;
                break;
            }
        }
    }

    return {
        covered,
        reason,
        userLicenses: users,
        unexpiredSupportLicenses: unexpiredCount,
        shortfall,
        nextExpiry: unexpired[0]?.expiresOn ?? null,
        lastExpired: expired.length ? expired[expired.length - 1].expiresOn : null,
        coveredUntil
    };
}

/** Why a customer is not covered, in words: "5 user licenses, 3 unexpired support licenses. The last one expired on Oct 1, 2026." */
export function describeCoverage(coverage: Coverage, locale?: string): string {
    if (coverage.reason === 'NO_USER_LICENSES') {
        return COVERAGE_NO_USER_LICENSES;
    }
    if (coverage.reason === 'NO_SUPPORT_LICENSES') {
        return COVERAGE_NO_SUPPORT_LICENSES;
    }
    const counts = formatLabel(COVERAGE_COUNTS, coverage.userLicenses, coverage.unexpiredSupportLicenses);
    return coverage.lastExpired
        ? `${counts} ${formatLabel(COVERAGE_LAST_EXPIRED, formatDay(coverage.lastExpired, locale))}`
        : counts;
}

// ---------------------------------------------------------------------------
// PINs
// ---------------------------------------------------------------------------

export type PinKind = 'standard' | 'privileged';

/** Fills the array with random bytes; `crypto.getRandomValues` unless a test injects another. */
export type RandomSource = (bytes: Uint8Array) => Uint8Array;

const cryptoRandom: RandomSource = (bytes) => globalThis.crypto.getRandomValues(bytes);

/** Standard PINs: digits only, easy to read out on a call. */
export const STANDARD_PIN_DIGITS = 8;
/** Standard PINs stay valid for a week, long enough to follow a case through. */
export const STANDARD_PIN_HOURS = 7 * 24;
/** Privileged PINs: `p` + 12 characters of a 32-letter alphabet = 60 bits of entropy. */
export const PRIVILEGED_PIN_LENGTH = 12;
/** A privileged PIN opens the cloud database to support for one day. */
export const PRIVILEGED_PIN_HOURS = 24;
/** Crockford's base 32, lower case: no i, l, o or u to misread. */
const PRIVILEGED_ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';

const STANDARD_PIN = new RegExp(`^[0-9]{${STANDARD_PIN_DIGITS}}$`);
const PRIVILEGED_PIN = new RegExp(`^p[${PRIVILEGED_ALPHABET}]{${PRIVILEGED_PIN_LENGTH}}$`);

export const PRIVILEGED_PIN_ENTROPY_BITS = PRIVILEGED_PIN_LENGTH * Math.log2(PRIVILEGED_ALPHABET.length);

function randomDigits(count: number, random: RandomSource): string {
    let digits = '';
    while (digits.length < count) {
        for (const byte of random(new Uint8Array(count))) {
            // 250 is the largest multiple of 10 below 256: rejecting above it keeps digits uniform.
            if (byte < 250 && digits.length < count) {
                digits += String(byte % 10);
            }
        }
    }
    return digits;
}

function randomPrivilegedChars(count: number, random: RandomSource): string {
    // 32 divides 256, so the low five bits of a byte are uniform.
    return Array.from(random(new Uint8Array(count)), (byte) => PRIVILEGED_ALPHABET[byte & 31]).join('');
}

export function generatePin(kind: PinKind, random: RandomSource = cryptoRandom): string {
    return kind === 'privileged'
        ? `p${randomPrivilegedChars(PRIVILEGED_PIN_LENGTH, random)}`
        : randomDigits(STANDARD_PIN_DIGITS, random);
}

/** What a customer may type or read out: spaces, dashes and capitals are forgiven. */
export function normalizePin(value: unknown): string {
    return String(value ?? '')
        .replace(/[\s-]/g, '')
        .toLowerCase();
}

export function pinKindOf(value: unknown): PinKind | undefined {
    const pin = normalizePin(value);
    if (STANDARD_PIN.test(pin)) {
        return 'standard';
    }
    return PRIVILEGED_PIN.test(pin) ? 'privileged' : undefined;
}

export function isValidPin(value: unknown, kind?: PinKind): boolean {
    const actual = pinKindOf(value);
    return actual !== undefined && (kind === undefined || actual === kind);
}

export function pinExpiry(kind: PinKind, issuedAt: Date): Date {
    const hours = kind === 'privileged' ? PRIVILEGED_PIN_HOURS : STANDARD_PIN_HOURS;
    return new Date(issuedAt.getTime() + hours * 60 * 60 * 1000);
}

export function isPinCurrent(expiresAt: Date | string | null | undefined, now: Date): boolean {
    if (!expiresAt) {
        return false;
    }
    const expiry = new Date(expiresAt).getTime();
    return Number.isFinite(expiry) && expiry > now.getTime();
}

// ---------------------------------------------------------------------------
// Email to support
// ---------------------------------------------------------------------------

/** Subjects longer than this are cut at a character boundary and end in an ellipsis. */
export const EMAIL_SUBJECT_MAX = 150;
/** Many mail clients drop `mailto:` links longer than about 2,000 characters. */
export const MAILTO_MAX = 2000;

function graphemes(text: string): string[] {
    const Segmenter = (Intl as { Segmenter?: typeof Intl.Segmenter }).Segmenter;
    return Segmenter
        ? Array.from(new Segmenter(undefined, { granularity: 'grapheme' }).segment(text), (s) => s.segment)
        : Array.from(text);
}

function truncate(text: string, max: number): string {
    const characters = graphemes(text);
    if (characters.length <= max) {
        return text;
    }
    return (
        characters
            .slice(0, max - 1)
            .join('')
            .trimEnd() + '…'
    );
}

/** One line: line breaks, tabs and runs of spaces become a single space. */
export function singleLine(text: unknown): string {
    return String(text ?? '')
        .replace(/\s+/gu, ' ')
        .trim();
}

/** `PIN 345 Workflow Stopped Unexpectedly`, on one line and of a sane length. */
export function emailSubject(pin: string, summary: string): string {
    return truncate(singleLine(`PIN ${normalizePin(pin)} ${singleLine(summary)}`), EMAIL_SUBJECT_MAX);
}

export interface EmailDetails {
    company?: string | null;
    contactName?: string | null;
    contactPhone?: string | null;
    product?: string | null;
    details?: string | null;
}

/** The body the seeds ask for: company, contact, phone, product and the details. */
export function emailBody(info: EmailDetails): string {
    const lines = [
        `${EMAIL_BODY_COMPANY}: ${singleLine(info.company)}`,
        `${EMAIL_BODY_CONTACT}: ${singleLine(info.contactName)}`,
        `${EMAIL_BODY_PHONE}: ${singleLine(info.contactPhone)}`,
        `${EMAIL_BODY_PRODUCT}: ${singleLine(info.product)}`,
        '',
        `${EMAIL_BODY_DETAILS}:`,
        String(info.details ?? '')
            .replace(/\r\n?/g, '\n')
            .trim()
    ];
    return lines.join('\n');
}

export interface Mailto {
    href: string;
    subject: string;
    body: string;
    /** True when the body had to be shortened to keep the link under MAILTO_MAX. */
    truncated: boolean;
}

function encodeMailtoPart(text: string): string {
    // RFC 6068: line breaks are CRLF, and every reserved character is percent-encoded.
    return encodeURIComponent(text.replace(/\r?\n/g, '\r\n'));
}

/** A `mailto:` link to support; the body is shortened if the link would be too long. */
export function mailtoLink(subject: string, body: string, to: string = SUPPORT_EMAIL): Mailto {
    const head = `mailto:${to}?subject=${encodeMailtoPart(subject)}&body=`;
    let kept = graphemes(body);
    let href = head + encodeMailtoPart(body);
    let truncated = false;
    while (href.length > MAILTO_MAX && kept.length > 0) {
        truncated = true;
        // Drop a share of the overflow at a time: encoded characters take up to 12 bytes.
        const overflow = href.length - MAILTO_MAX;
        kept = kept.slice(0, Math.max(0, kept.length - Math.max(1, Math.ceil(overflow / 12))));
        href = head + encodeMailtoPart(kept.join('') + '…');
    }
    return { href, subject, body: truncated ? kept.join('') + '…' : body, truncated };
}

// ---------------------------------------------------------------------------
// The viewer's region
// ---------------------------------------------------------------------------

const AMERICAS_COUNTRIES = new Set(
    (
        'AG AI AR AW BB BL BM BO BQ BR BS BZ CA CL CO CR CU CW DM DO EC FK GD GF GL GP GT GY HN HT JM KN KY ' +
        'LC MF MQ MS MX NI PA PE PM PR PY SR SV SX TC TT US UY VC VE VG VI'
    ).split(' ')
);
const APAC_COUNTRIES = new Set(
    (
        'AS AU BD BN BT CC CK CN CX FJ FM GU HK ID IN JP KH KI KP KR LA LK MH MM MN MO MP MV MY NC NF NP NR ' +
        'NU NZ PF PG PH PK PN PW SB SG TH TK TL TO TV TW UM VN VU WF WS'
    ).split(' ')
);
const EMEA_COUNTRIES = new Set(
    (
        'AD AE AF AL AM AO AT AX AZ BA BE BF BG BH BI BJ BW BY CD CF CG CH CI CM CV CY CZ DE DJ DK DZ EE EG ' +
        'EH ER ES ET FI FO FR GA GB GE GG GH GI GM GN GQ GR GW HR HU IE IL IM IQ IR IS IT JE JO KE KG KM KW ' +
        'KZ LB LI LR LS LT LU LV LY MA MC MD ME MG MK ML MR MT MU MW MZ NA NE NG NL NO OM PL PS PT QA RE RO ' +
        'RS RU RW SA SC SD SE SH SI SJ SK SL SM SN SO SS ST SY SZ TD TG TJ TM TN TR TZ UA UG UZ VA XK YE YT ' +
        'ZA ZM ZW'
    ).split(' ')
);

export function regionOfCountry(countryCode: unknown): RegionCode | undefined {
    const code = String(countryCode ?? '').toUpperCase();
    if (AMERICAS_COUNTRIES.has(code)) {
        return 'AMERICAS';
    }
    if (APAC_COUNTRIES.has(code)) {
        return 'APAC';
    }
    return EMEA_COUNTRIES.has(code) ? 'EMEA' : undefined;
}

/** Zones of Asia, the Atlantic, the Indian Ocean and the Pacific whose region differs from their area's. */
const ZONE_EXCEPTIONS: Record<string, RegionCode> = {
    'Asia/Aden': 'EMEA',
    'Asia/Amman': 'EMEA',
    'Asia/Baghdad': 'EMEA',
    'Asia/Bahrain': 'EMEA',
    'Asia/Baku': 'EMEA',
    'Asia/Beirut': 'EMEA',
    'Asia/Damascus': 'EMEA',
    'Asia/Dubai': 'EMEA',
    'Asia/Famagusta': 'EMEA',
    'Asia/Gaza': 'EMEA',
    'Asia/Hebron': 'EMEA',
    'Asia/Jerusalem': 'EMEA',
    'Asia/Kabul': 'EMEA',
    'Asia/Kuwait': 'EMEA',
    'Asia/Muscat': 'EMEA',
    'Asia/Nicosia': 'EMEA',
    'Asia/Qatar': 'EMEA',
    'Asia/Riyadh': 'EMEA',
    'Asia/Tbilisi': 'EMEA',
    'Asia/Tehran': 'EMEA',
    'Asia/Tel_Aviv': 'EMEA',
    'Asia/Yerevan': 'EMEA',
    'Atlantic/Bermuda': 'AMERICAS',
    'Atlantic/South_Georgia': 'AMERICAS',
    'Atlantic/Stanley': 'AMERICAS',
    'Indian/Christmas': 'APAC',
    'Indian/Cocos': 'APAC',
    'Indian/Maldives': 'APAC',
    'Pacific/Galapagos': 'AMERICAS',
    'Pacific/Easter': 'AMERICAS',
    'Pacific/Honolulu': 'AMERICAS'
};

const ZONE_AREAS: Record<string, RegionCode> = {
    America: 'AMERICAS',
    US: 'AMERICAS',
    Canada: 'AMERICAS',
    Brazil: 'AMERICAS',
    Chile: 'AMERICAS',
    Mexico: 'AMERICAS',
    Europe: 'EMEA',
    Africa: 'EMEA',
    Atlantic: 'EMEA',
    Indian: 'EMEA',
    Asia: 'APAC',
    Australia: 'APAC',
    Pacific: 'APAC',
    NZ: 'APAC'
};

export function regionOfTimeZone(timeZone: unknown): RegionCode | undefined {
    const zone = String(timeZone ?? '');
    return ZONE_EXCEPTIONS[zone] ?? ZONE_AREAS[zone.split('/')[0]];
}

/** The region part of a BCP 47 or Salesforce locale (`en-GB`, `en_GB`, `zh-Hant-TW`), if any. */
export function countryOfLocale(locale: unknown): string | undefined {
    const subtags = String(locale ?? '')
        .split(/[-_]/)
        .slice(1);
    return subtags.find((tag) => /^[A-Za-z]{2}$/.test(tag))?.toUpperCase();
}

/**
 * Where the viewer most likely is: the time zone says where they work, the
 * locale's country is the fallback (UTC, GMT and `Etc/` zones say nothing).
 */
export function viewerRegion(locale: unknown, timeZone: unknown): RegionCode | undefined {
    return regionOfTimeZone(timeZone) ?? regionOfCountry(countryOfLocale(locale));
}

// ---------------------------------------------------------------------------
// Cases
// ---------------------------------------------------------------------------

export interface CaseDraft {
    product: string;
    severity: string;
    subject: string;
    description: string;
    contactName: string;
    contactPhone: string;
    contactHours: string;
}

export type CaseDraftField = keyof CaseDraft;

/** How many characters each Case field holds, as the org's object info says (no copy of the metadata here). */
export type CaseFieldLimits = Partial<Record<CaseDraftField, number>>;

/**
 * The lengths of the draft's fields from `getObjectInfo`'s fields: `fieldNames` maps each draft
 * field to its Case field. Fields the object info does not give a length for have no limit here
 * (the org still holds them to theirs).
 */
export function caseFieldLimits(
    objectFields: Record<string, { length?: number } | undefined> | undefined,
    fieldNames: Record<CaseDraftField, string>
): CaseFieldLimits {
    const limits: CaseFieldLimits = {};
    for (const [draftField, fieldName] of Object.entries(fieldNames) as [CaseDraftField, string][]) {
        const length = objectFields?.[fieldName]?.length;
        if (length && length > 0) {
            limits[draftField] = length;
        }
    }
    return limits;
}

export interface CaseProblem {
    field: CaseDraftField;
    message: string;
}

export const EMPTY_CASE_DRAFT: Readonly<CaseDraft> = Object.freeze({
    product: '',
    severity: '',
    subject: '',
    description: '',
    contactName: '',
    contactPhone: '',
    contactHours: ''
});

function required(draft: CaseDraft, field: CaseDraftField, label: string): CaseProblem[] {
    return draft[field].trim() ? [] : [{ field, message: formatLabel(CASE_REQUIRED, label) }];
}

function atMost(draft: CaseDraft, field: CaseDraftField, label: string, max: number): CaseProblem[] {
    const length = draft[field].length;
    return length > max
        ? [{ field, message: formatLabel(CASE_TOO_LONG, label, max.toLocaleString(), length.toLocaleString()) }]
        : [];
}

/** What stops step one (product and severity) from going on. Severity 1 is not a problem here: it ends the flow. */
export function productAndSeverityProblems(draft: CaseDraft): CaseProblem[] {
    return [...required(draft, 'product', CASE_PRODUCT), ...required(draft, 'severity', CASE_SEVERITY)];
}

const DETAIL_FIELDS: CaseDraftField[] = ['subject', 'description', 'contactName', 'contactPhone', 'contactHours'];

/**
 * What stops step two (the details) from going on: a subject and a description, and every field
 * within its Case field's length (`limits`, from object info). `labels` names the fields in messages.
 */
export function caseDetailProblems(
    draft: CaseDraft,
    limits: CaseFieldLimits = {},
    labels: Partial<Record<CaseDraftField, string>> = {}
): CaseProblem[] {
    const names: Partial<Record<CaseDraftField, string>> = {
        subject: CASE_SUBJECT,
        description: CASE_DESCRIPTION,
        ...labels
    };
    const lengths = DETAIL_FIELDS.flatMap((field) => {
        const max = limits[field];
        return max ? atMost(draft, field, names[field] ?? field, max) : [];
    });
    return [
        ...required(draft, 'subject', CASE_SUBJECT),
        ...required(draft, 'description', CASE_DESCRIPTION),
        ...lengths
    ];
}

export type CaseStage = 'open' | 'waiting' | 'closed';

/** Where a case stands for the customer: closed, waiting for them, or with support. */
export function caseStage(status: unknown, isClosed: unknown): CaseStage {
    if (isClosed === true || /^closed$/i.test(String(status ?? '').trim())) {
        return 'closed';
    }
    return /wait/i.test(String(status ?? '')) ? 'waiting' : 'open';
}
