/**
 * supportPinFormat — what a support PIN looks like: standard (8 digits) or privileged (p and 12
 * characters of Crockford's base 32); reading one as typed or read out; masking any PIN-shaped word
 * before a log. Apart from supportPins (making PINs, their lifetimes, the cloud product), so that a
 * page that only reports errors (ldsUtils masks PINs) does not load how PINs are made.
 */

export type PinKind = 'standard' | 'privileged';

/** Standard PINs: digits only, easy to read out on a call. */
export const STANDARD_PIN_DIGITS = 8;
/** Privileged PINs: `p` + 12 characters of a 32-letter alphabet = 60 bits of entropy. */
export const PRIVILEGED_PIN_LENGTH = 12;
/** Crockford's base 32, lower case: no i, l, o or u to misread. */
export const PRIVILEGED_ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';

const STANDARD_PIN = new RegExp(`^[0-9]{${STANDARD_PIN_DIGITS}}$`);
const PRIVILEGED_PIN = new RegExp(`^p[${PRIVILEGED_ALPHABET}]{${PRIVILEGED_PIN_LENGTH}}$`);

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

/** Anything shaped like a PIN, read out with spaces or dashes too, after anything but a digit or letter. */
const PIN_SHAPED = new RegExp(
    `(^|[^0-9])[0-9](?:[\\s-]?[0-9]){${STANDARD_PIN_DIGITS - 1}}(?![0-9])|(^|[^0-9a-z])p(?:[\\s-]?[${PRIVILEGED_ALPHABET}]){${PRIVILEGED_PIN_LENGTH}}(?![0-9a-z])`,
    'gi'
);

/** `text` with every PIN-shaped word masked: a PIN never goes into a log. */
export function maskPins(text: string): string {
    return text.replace(PIN_SHAPED, (_match, before?: string, beforeP?: string) => `${before ?? beforeP ?? ''}[PIN]`);
}
