// A customer in Auckland (UTC+13 in March) who reads German: on the last day of a license the
// bar follows the org's UTC day, not the customer's calendar, and says so in German.
import 'test-language/de';
import { barAt, rowsIn } from './lastDay';

jest.mock('@salesforce/i18n/timeZone', () => ({ __esModule: true, default: 'Pacific/Auckland' }), { virtual: true });
jest.mock('@salesforce/i18n/locale', () => ({ __esModule: true, default: 'de-DE' }), { virtual: true });

describe('c-support-pin-bar in Auckland, around the last day of coverage', () => {
    afterEach(() => {
        document.body.replaceChildren();
        jest.useRealTimers();
    });

    it.each(rowsIn('Pacific/Auckland'))('%s: offers a PIN exactly when the flow would issue one', async (_why, row) => {
        const bar = await barAt(row);
        expect(bar.offersPin).toBe(row.covered);
        expect(bar.notCovered).toBe(!row.covered);
    });

    it('tells the customer the last minute of coverage in UTC, in German', async () => {
        const [[, lastDay]] = rowsIn('Pacific/Auckland');
        const bar = await barAt(lastDay);
        expect(bar.coveredUntil).toBe('Ihr Supportanspruch gilt bis 14. März 2026 um 23:59 UTC.');
        await expect(bar.element).toBeAccessible();
    });
});
