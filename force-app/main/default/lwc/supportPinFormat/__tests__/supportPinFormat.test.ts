import { isValidPin, maskPins, normalizePin, pinKindOf } from 'c/supportPinFormat';

describe('what a PIN looks like', () => {
    it('validates PINs and tells their kind', () => {
        expect(pinKindOf('12345678')).toBe('standard');
        expect(pinKindOf('pabcdefghjkmn')).toBe('privileged');
        expect(pinKindOf('1234 5678')).toBe('standard');
        expect(pinKindOf('PABCD-EFGHJ-KMN')).toBe('privileged');
        expect(pinKindOf('1234567')).toBeUndefined();
        expect(pinKindOf('123456789')).toBeUndefined();
        expect(pinKindOf('pabcdefghjklm')).toBeUndefined(); // l is not in the alphabet
        expect(pinKindOf('xabcdefghjkmn')).toBeUndefined();
        expect(pinKindOf(undefined)).toBeUndefined();
        expect(isValidPin('12345678')).toBe(true);
        expect(isValidPin('12345678', 'privileged')).toBe(false);
        expect(isValidPin('pabcdefghjkmn', 'privileged')).toBe(true);
        expect(isValidPin('')).toBe(false);
    });

    it('normalizes what a customer types', () => {
        expect(normalizePin(' 1234-5678 ')).toBe('12345678');
        expect(normalizePin(null)).toBe('');
    });

    it('masks every PIN-shaped word for a log, however it was written, and nothing else', () => {
        expect(maskPins('PIN 48210937, PIN48210937 and 4821 0937 or 4821-0937')).toBe(
            'PIN [PIN], PIN[PIN] and [PIN] or [PIN]'
        );
        expect(maskPins('privileged p7k2m9xq4rtvw / P7K2 M9XQ 4RTV W.')).toBe('privileged [PIN] / [PIN].');
        expect(maskPins('record a02DEMO0000000000AAA, 1234567, 1234567890, stop7k2m9xq4rtvw')).toBe(
            'record a02DEMO0000000000AAA, 1234567, 1234567890, stop7k2m9xq4rtvw'
        );
    });
});
