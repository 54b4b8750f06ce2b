// Which of the customer's PINs the bar shows: the one just issued and those the org holds, each
// once, still valid, and how it words them; and the coverage that decides whether the bar issues one at all.
import LOCALE from '@salesforce/i18n/locale';
import TIME_ZONE from '@salesforce/i18n/timeZone';
import { formatDateTimeZoned, formatLabel } from 'c/supportFormat';
import { isPinCurrent } from 'c/supportPins';
import { supportCoverage } from 'c/supportCoverage';
import type { Coverage } from 'c/supportCoverage';
import type { Customer, IssuedPin } from 'c/supportCustomer';
import { ANNOUNCE, KIND_PRIVILEGED, KIND_STANDARD, VALID_UNTIL } from './labels';

/** Every still-valid PIN, the one just issued first, each value once. */
export function validPins(issued: IssuedPin | undefined, stored: IssuedPin[], now: Date): IssuedPin[] {
    const byPin = new Map<string, IssuedPin>();
    for (const pin of issued ? [issued, ...stored] : stored) {
        if (isPinCurrent(pin.expiresAt, now) && !byPin.has(pin.pin)) {
            byPin.set(pin.pin, pin);
        }
    }
    return [...byPin.values()];
}

/** Coverage at `now`; a license with an impossible issue date cannot prove coverage. */
export function coverageOn(customer: Customer, now: Date): Coverage {
    try {
        return supportCoverage(customer.userLicenses, customer.licenses, now);
    } catch {
        return supportCoverage(customer.userLicenses, [], now);
    }
}

/** Coverage now, on the UTC date as the org's flow judges it, wherever the customer is (supportCoverage). */
export function coverageToday(customer: Customer): Coverage {
    return coverageOn(customer, new Date());
}

/** When a PIN stops being valid, in the customer's locale and time zone, naming the zone. */
export function expiryText(expiresAt: string): string {
    return formatDateTimeZoned(expiresAt, LOCALE, TIME_ZONE);
}

export function validUntilText(pin: IssuedPin): string {
    return formatLabel(VALID_UNTIL, expiryText(pin.expiresAt));
}

/** What a screen reader hears when a PIN is issued: the PIN and until when it is valid. */
export function announcementOf(pin: IssuedPin): string {
    return formatLabel(ANNOUNCE, pin.pin, expiryText(pin.expiresAt));
}

/** The cloud bar's list of PINs, each with its kind and expiry in words. */
export function currentPinRows(pins: IssuedPin[]): { id: string; kind: string; pin: string; validUntil: string }[] {
    return pins.map((pin) => ({
        id: pin.id,
        kind: `${pin.kind === 'privileged' ? KIND_PRIVILEGED : KIND_STANDARD}:`,
        pin: pin.pin,
        validUntil: validUntilText(pin)
    }));
}
