/**
 * supportEmail — email to support: the PIN in the subject, the body the support policy asks for,
 * and a mailto: link of a length mail clients accept.
 */
import EMAIL_BODY_COMPANY from '@salesforce/label/c.Support_Email_Body_Company';
import EMAIL_BODY_CONTACT from '@salesforce/label/c.Support_Email_Body_Contact';
import EMAIL_BODY_PHONE from '@salesforce/label/c.Support_Email_Body_Phone';
import EMAIL_BODY_PRODUCT from '@salesforce/label/c.Support_Email_Body_Product';
import EMAIL_BODY_DETAILS from '@salesforce/label/c.Support_Email_Body_Details';
import { normalizePin } from 'c/supportPinFormat';

export const SUPPORT_EMAIL = 'support@thycotic.com';

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

// ----- the other way: the PIN a customer's email subject carries ------------------------------

/**
 * Where an incoming subject says "PIN" and then the PIN: any position, any case, an optional ":",
 * "#" or "-" and spaces after the word, the PIN's digits or characters possibly grouped by spaces
 * or dashes (as a customer reads a PIN out), and nothing letter- or digit-like around it, so that
 * "SPINNING" or "PIN123456789" (nine digits) are not PINs.
 */
const SUBJECT_PIN =
    /(?<![\p{L}\p{N}])pin(?![\p{L}])[\s:#-]*(p(?:[ -]?[0-9a-hjkmnp-tv-z]){12}|[0-9](?:[ -]?[0-9]){7})(?![\p{L}\p{N}])/giu;

/**
 * Every PIN an email subject names, in order, normalized (`normalizePin`). Full-width and other
 * compatibility forms of digits and letters are read as their plain forms first (NFKC).
 */
export function pinsInSubject(subject: unknown): string[] {
    const text = String(subject ?? '').normalize('NFKC');
    return [...text.matchAll(SUBJECT_PIN)].map((match) => normalizePin(match[1]));
}

/** The PIN an email subject names first, or '' when it names none. */
export function pinFromSubject(subject: unknown): string {
    return pinsInSubject(subject)[0] ?? '';
}

// ----- the server's rule for an incoming email (flow Support_Case_Email_PIN) -----------------

/**
 * The subject as the Email-to-Case flow reads it: lower case, without spaces, dashes, colons and
 * #s ("RE: PIN 3451-2345" reads "repin34512345"). The flow's formula SubjectCompact, in TypeScript:
 * the preview's copy of the flow uses this, and one table of subjects tests both.
 */
export function compactSubject(subject: unknown): string {
    return String(subject ?? '')
        .toLowerCase()
        .replace(/[ :#-]/g, '');
}

/** The subject says PIN followed by a digit or a privileged PIN's p (the flow's SubjectMentionsPIN). */
export function subjectMentionsPin(subject: unknown): boolean {
    return /pin[0-9p]/.test(compactSubject(subject));
}

/** The subject names this PIN (the flow's SubjectNamesPIN): "pin" and the PIN, in the compact subject. */
export function subjectNamesPin(subject: unknown, pin: string): boolean {
    return compactSubject(subject).includes(`pin${pin.toLowerCase()}`);
}
