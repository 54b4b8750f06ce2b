// Which of the customer's PINs the bar shows: the one just issued and those the org holds, each
// once, still valid; and the coverage that decides whether the bar issues one at all.
import { isPinCurrent } from 'c/supportPins';
import { supportCoverage } from 'c/supportCoverage';
import type { Coverage } from 'c/supportCoverage';
import type { Customer, IssuedPin } from 'c/supportCustomer';

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

/** Coverage on `today` (YYYY-MM-DD); a license with an impossible issue date cannot prove coverage. */
export function coverageOn(customer: Customer, today: string): Coverage {
    try {
        return supportCoverage(customer.userLicenses, customer.licenses, today);
    } catch {
        return supportCoverage(customer.userLicenses, [], today);
    }
}
