import {
    PRIVILEGED_PIN_ENTROPY_BITS,
    SECRET_SERVER_CLOUD,
    generatePin,
    isPinCurrent,
    offersCloudPins,
    pinExpiry
} from 'c/supportPins';
import { STANDARD_PIN_DIGITS } from 'c/supportPinFormat';

/** A RandomSource that hands out the given bytes in order, repeating the last one. */
function scriptedRandom(...bytes: number[]) {
    let next = 0;
    return (array: Uint8Array): Uint8Array => {
        for (let i = 0; i < array.length; i++) {
            array[i] = bytes[Math.min(next++, bytes.length - 1)];
        }
        return array;
    };
}

describe('PINs', () => {
    it('makes standard PINs of digits from crypto.getRandomValues', () => {
        const spy = jest.spyOn(globalThis.crypto, 'getRandomValues');
        const pin = generatePin('standard');
        expect(pin).toMatch(new RegExp(`^\\d{${STANDARD_PIN_DIGITS}}$`));
        expect(spy).toHaveBeenCalled();
        spy.mockRestore();
    });

    it('makes privileged PINs that start with p from crypto.getRandomValues', () => {
        const spy = jest.spyOn(globalThis.crypto, 'getRandomValues');
        const pin = generatePin('privileged');
        expect(pin).toMatch(/^p[0-9a-hjkmnp-tv-z]{12}$/);
        expect(spy).toHaveBeenCalled();
        spy.mockRestore();
    });

    it('gives privileged PINs at least 40 bits of entropy', () => {
        expect(PRIVILEGED_PIN_ENTROPY_BITS).toBeGreaterThanOrEqual(40);
        expect(PRIVILEGED_PIN_ENTROPY_BITS).toBe(60);
    });

    it('maps random bytes to digits without bias, skipping bytes of 250 and above', () => {
        expect(generatePin('standard', scriptedRandom(0, 9, 250, 255, 19, 249, 100, 37, 41, 42))).toBe('09990712');
    });

    it('maps random bytes to the privileged alphabet by their low five bits', () => {
        expect(generatePin('privileged', scriptedRandom(0, 31, 32, 10, 17, 255, 1, 2, 3, 4, 5, 6))).toBe(
            'p0z0ahz123456'
        );
    });

    it('does not repeat itself', () => {
        const pins = new Set(Array.from({ length: 200 }, () => generatePin('privileged')));
        expect(pins.size).toBe(200);
    });

    it('expires privileged PINs 24 hours after issue and standard PINs after a week', () => {
        const issued = new Date('2026-11-22T10:00:00Z');
        expect(pinExpiry('privileged', issued).toISOString()).toBe('2026-11-23T10:00:00.000Z');
        expect(pinExpiry('standard', issued).toISOString()).toBe('2026-11-29T10:00:00.000Z');
    });

    it('knows whether a PIN is still current', () => {
        const now = new Date('2026-11-22T10:00:00Z');
        expect(isPinCurrent('2026-11-22T10:00:01Z', now)).toBe(true);
        expect(isPinCurrent(new Date('2026-11-22T10:00:00Z'), now)).toBe(false);
        expect(isPinCurrent('not a date', now)).toBe(false);
        expect(isPinCurrent(null, now)).toBe(false);
    });
});

describe('the cloud product', () => {
    it('offers the cloud PINs (Tech Support and privileged) to Secret Server Cloud only', () => {
        expect(SECRET_SERVER_CLOUD).toBe('Secret Server Cloud');
        expect(offersCloudPins('Secret Server Cloud')).toBe(true);
        expect(offersCloudPins(' Secret Server Cloud ')).toBe(true);
        expect(offersCloudPins('Secret Server')).toBe(false);
        expect(offersCloudPins('DevOps Secrets Vault')).toBe(false);
        expect(offersCloudPins(null)).toBe(false);
    });
});
