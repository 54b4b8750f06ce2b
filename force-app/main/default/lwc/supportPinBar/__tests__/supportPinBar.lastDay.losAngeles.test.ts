// A customer in Los Angeles (UTC-7 in March): in the evening of a license's last day, the org's
// UTC day has ended, so the bar offers no PIN the org would refuse.
import { barAt, rowsIn } from './lastDay';

jest.mock('@salesforce/i18n/timeZone', () => ({ __esModule: true, default: 'America/Los_Angeles' }), {
    virtual: true
});
jest.mock('@salesforce/i18n/locale', () => ({ __esModule: true, default: 'en-US' }), { virtual: true });

describe('c-support-pin-bar in Los Angeles, around the last day of coverage', () => {
    afterEach(() => {
        document.body.replaceChildren();
        jest.useRealTimers();
    });

    it.each(rowsIn('America/Los_Angeles'))(
        '%s: offers a PIN exactly when the flow would issue one',
        async (_why, row) => {
            const bar = await barAt(row);
            expect(bar.offersPin).toBe(row.covered);
            expect(bar.notCovered).toBe(!row.covered);
        }
    );

    it('tells the customer the last minute of coverage in UTC, in their words', async () => {
        const [, [, lastDay]] = rowsIn('America/Los_Angeles');
        const bar = await barAt(lastDay);
        expect(bar.coveredUntil).toMatch(/^Your support coverage runs until March 14, 2026 at 11:59\sPM UTC\.$/);
        await expect(bar.element).toBeAccessible();
    });
});
