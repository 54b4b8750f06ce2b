import { SEVERITIES, isPhoneOnly, severityOf } from 'c/supportSeverities';

describe('severities', () => {
    it('defines Severity 1 in the policy’s words and sends it by phone only', () => {
        expect(SEVERITIES[0].name).toBe('Severity 1');
        expect(SEVERITIES[0].definition).toContain('complete loss of service');
        expect(SEVERITIES[0].definition).toContain('work cannot reasonably continue');
        expect(isPhoneOnly('Severity 1')).toBe(true);
        expect(isPhoneOnly(1)).toBe(true);
        expect(isPhoneOnly(' Severity 1 ')).toBe(true);
    });

    it('lets severities 2 to 4 use any method', () => {
        for (const level of [2, 3, 4]) {
            expect(isPhoneOnly(level)).toBe(false);
            expect(isPhoneOnly(`Severity ${level}`)).toBe(false);
        }
        expect(SEVERITIES.filter((severity) => severity.phoneOnly).map((severity) => severity.level)).toEqual([1]);
    });

    it('refuses no method without a known severity: the customer chooses', () => {
        expect(isPhoneOnly(undefined)).toBe(false);
        expect(isPhoneOnly('')).toBe(false);
        // A label is for display: a German "Schweregrad 1" routes nothing.
        expect(isPhoneOnly('Schweregrad 1')).toBe(false);
    });

    it('reads severities by picklist API value or level, never by a translated name', () => {
        expect(severityOf(1)?.level).toBe(1);
        expect(severityOf('3')?.level).toBe(3);
        expect(severityOf('Severity 2')?.level).toBe(2);
        expect(severityOf(' Severity 1 ')?.level).toBe(1);
        expect(SEVERITIES.map((severity) => severity.value)).toEqual([
            'Severity 1',
            'Severity 2',
            'Severity 3',
            'Severity 4'
        ]);
        expect(severityOf('Schweregrad 1')).toBeUndefined();
        expect(severityOf('5')).toBeUndefined();
        expect(severityOf('Severity 12')).toBeUndefined();
        expect(severityOf(null)).toBeUndefined();
    });

    it('does not let callers change the severities', () => {
        expect(Object.isFrozen(SEVERITIES)).toBe(true);
    });
});
