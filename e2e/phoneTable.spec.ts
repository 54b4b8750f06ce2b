import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { axeViolations } from './demoOrg';
import publishedRows from '../force-app/main/default/lwc/supportPhoneTable/__tests__/data/phoneRows.json';

/** The portal's Phone numbers tab holds the full table. */
async function openPhoneNumbers(page: Page): Promise<Locator> {
    await page.goto('/');
    await page.getByRole('tab', { name: 'Phone numbers' }).click();
    const phoneTable = page.getByRole('tabpanel', { name: 'Phone numbers' }).locator('c-support-phone-table');
    await expect(phoneTable.locator('table')).toBeVisible();
    return phoneTable;
}

async function renderedRows(phoneTable: Locator) {
    return phoneTable.locator('tbody').evaluateAll((bodies) =>
        bodies.flatMap((tbody) =>
            Array.from(tbody.querySelectorAll('tr')).map((tr) => ({
                region: (tbody as HTMLElement).dataset.region,
                country: tr.querySelector('th[scope="row"]')?.textContent,
                number: tr.querySelector('a')?.textContent,
                href: tr.querySelector('a')?.getAttribute('href')
            }))
        )
    );
}

async function regionOrder(phoneTable: Locator) {
    return phoneTable.locator('tbody').evaluateAll((bodies) => bodies.map((b) => (b as HTMLElement).dataset.region));
}

test.describe('the preview', () => {
    test('says plainly that it is a preview, not an org', async ({ page }) => {
        await page.goto('/');
        await expect(page.getByRole('complementary', { name: 'Preview notice' })).toContainText(
            'Local preview — not a Salesforce org.'
        );
    });
});

test.describe('the phone table in the browser', () => {
    test.use({ timezoneId: 'America/New_York', locale: 'en-US' });

    test('shows every published number as a tel: link, grouped by region', async ({ page }) => {
        const phoneTable = await openPhoneNumbers(page);
        expect(await renderedRows(phoneTable)).toEqual(publishedRows);
        for (const row of publishedRows) {
            await expect(phoneTable.getByRole('link', { name: row.number, exact: true })).toHaveAttribute(
                'href',
                row.href
            );
        }
    });

    test('has no accessibility violations (axe-core) and is saved as a screenshot', async ({ page }, testInfo) => {
        await openPhoneNumbers(page);
        expect(await axeViolations(page)).toEqual([]);
        await page.screenshot({ path: testInfo.outputPath('support-portal-phone-table.png'), fullPage: true });
    });

    test('reaches every number from the keyboard', async ({ page }) => {
        await openPhoneNumbers(page);
        await page.getByRole('tab', { name: 'Phone numbers' }).focus();
        const reached: string[] = [];
        for (let i = 0; i < 30 && reached.length < publishedRows.length; i++) {
            await page.keyboard.press('Tab');
            const focused = await page.evaluate(() => {
                let element = document.activeElement;
                while (element?.shadowRoot?.activeElement) {
                    element = element.shadowRoot.activeElement;
                }
                return element?.getAttribute('href') ?? '';
            });
            if (focused.startsWith('tel:')) {
                reached.push(focused);
            }
        }
        expect(reached).toEqual(publishedRows.map((row) => row.href));
    });
});

test.describe('a viewer in Europe', () => {
    test.use({ timezoneId: 'Europe/Berlin', locale: 'de-DE' });

    test('sees EMEA first, marked as their region', async ({ page }) => {
        const phoneTable = await openPhoneNumbers(page);
        expect(await regionOrder(phoneTable)).toEqual(['EMEA', 'AMERICAS', 'APAC']);
        await expect(phoneTable.locator('tbody[data-region="EMEA"] .your-region')).toHaveText('Your region');
    });
});

test.describe('a viewer in Asia Pacific', () => {
    test.use({ timezoneId: 'Pacific/Auckland', locale: 'en-NZ' });

    test('sees APAC first', async ({ page }) => {
        expect(await regionOrder(await openPhoneNumbers(page))).toEqual(['APAC', 'AMERICAS', 'EMEA']);
    });
});
