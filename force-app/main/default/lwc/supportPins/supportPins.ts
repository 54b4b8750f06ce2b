/**
 * supportPins — support PINs: standard (8 digits, 7 days) and privileged (p and 12 characters of
 * Crockford's base 32, 24 hours), drawn from crypto.getRandomValues; their lifetimes; and the
 * product whose customers get the cloud PINs. What a PIN looks like is supportPinFormat's.
 */
import { PRIVILEGED_ALPHABET, PRIVILEGED_PIN_LENGTH, STANDARD_PIN_DIGITS } from 'c/supportPinFormat';
import type { PinKind } from 'c/supportPinFormat';

/**
 * The product whose customers get the cloud PINs (the Tech Support PIN and the privileged PIN).
 * Product names are the Support_Products global value set's values (Thycotic trademarks, not
 * translated); a metadata check keeps this one in that set and equal to the product the flow
 * Support_PIN_Policy and the validation rule Privileged_PIN_For_Cloud_Only name.
 */
export const SECRET_SERVER_CLOUD = 'Secret Server Cloud';

/** Whether this product offers the cloud PINs: only Secret Server Cloud does. */
export function offersCloudPins(product: unknown): boolean {
    return String(product ?? '').trim() === SECRET_SERVER_CLOUD;
}

/** Fills the array with random bytes; `crypto.getRandomValues` unless a test injects another. */
export type RandomSource = (bytes: Uint8Array) => Uint8Array;

const cryptoRandom: RandomSource = (bytes) => globalThis.crypto.getRandomValues(bytes);

/**
 * Standard PINs stay valid for a week, long enough to follow a case through. The flow
 * Support_PIN_Policy stamps the same lifetimes and two validation rules cap them: a metadata
 * check fails when they disagree with these.
 */
export const STANDARD_PIN_HOURS = 7 * 24;
/** A privileged PIN opens the cloud database to support for one day. */
export const PRIVILEGED_PIN_HOURS = 24;
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
