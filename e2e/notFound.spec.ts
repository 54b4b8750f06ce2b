// Addresses that are not what they seem: a case number a customer knows finds its case; a case
// that is not there (or not theirs) says so and offers nothing to do with it; any other address is
// the site's not-found page, never Home.
import { test, expect } from './fixtures';
import { axeViolations } from './demoOrg';

test.describe('addresses that are no page, or no case of the customer', () => {
    test('a case number a customer knows opens its case', async ({ page }) => {
        await page.goto('/case/00001026');
        await expect(page).toHaveURL(/\/case\/500DEMO0000000001AAA$/);
        await expect(page.getByRole('heading', { name: 'Case 00001026' })).toBeVisible();
        await expect(page.getByRole('button', { name: 'Send reply' })).toBeVisible();
    });

    test('a case that does not exist says so, offers no reply, close or upload, and a way back', async ({ page }) => {
        for (const address of ['/case/500DEMO0000000099AAA', '/case/00009999']) {
            await page.goto(address);
            const notFound = page.locator('c-support-case-detail c-support-not-found');
            await expect(notFound.getByRole('heading', { name: 'Case not found' })).toBeVisible();
            await expect(notFound).toContainText('This case does not exist, or it is not shared with you.');
            await expect(page.getByText('The requested resource does not exist')).toHaveCount(0);
            await expect(page.getByRole('button', { name: 'Send reply' })).toHaveCount(0);
            await expect(page.getByRole('button', { name: 'Close this case' })).toHaveCount(0);
            await expect(page.locator('lightning-file-upload')).toHaveCount(0);
        }
        expect(await axeViolations(page)).toEqual([]);
        await page.locator('c-support-not-found').getByRole('link', { name: 'Cases' }).click();
        await expect(page).toHaveURL(/\/cases$/);
    });

    test('an address that is no page shows the not-found page, not Home', async ({ page }) => {
        await page.goto('/no-such-page');
        await expect(
            page.locator('c-support-not-found').getByRole('heading', { name: 'Page not found' })
        ).toBeVisible();
        await expect(page.locator('c-support-pin-bar')).toHaveCount(0);
        expect(await axeViolations(page)).toEqual([]);
        await page.locator('c-support-not-found').getByRole('link', { name: 'Home' }).click();
        await expect(page.locator('c-support-pin-bar')).toBeVisible();
    });
});
