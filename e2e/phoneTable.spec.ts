import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import AxeBuilder from '@axe-core/playwright';
import publishedRows from '../force-app/main/default/lwc/supportPhoneTable/__tests__/data/phoneRows.json';

async function renderedRows(page: Page) {
    const table = page.locator('c-support-phone-table table');
    await expect(table).toBeVisible();
    return table.locator('tbody').evaluateAll((bodies) =>
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

async function regionOrder(page: Page) {
    await expect(page.locator('c-support-phone-table tbody').first()).toBeVisible();
    return page
        .locator('c-support-phone-table tbody')
        .evaluateAll((bodies) => bodies.map((b) => (b as HTMLElement).dataset.region));
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
        await page.goto('/');
        expect(await renderedRows(page)).toEqual(publishedRows);
        for (const row of publishedRows) {
            await expect(page.getByRole('link', { name: row.number, exact: true })).toHaveAttribute('href', row.href);
        }
    });

    test('has no accessibility violations (axe-core) and is saved as a screenshot', async ({ page }, testInfo) => {
        await page.goto('/');
        await expect(page.locator('c-support-phone-table table')).toBeVisible();
        const results = await new AxeBuilder({ page }).analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
        await page.screenshot({ path: testInfo.outputPath('support-portal-phone-table.png'), fullPage: true });
    });

    test('reaches every number from the keyboard', async ({ page }) => {
        await page.goto('/');
        await expect(page.locator('c-support-phone-table table')).toBeVisible();
        const reached: string[] = [];
        for (let i = 0; i < 20 && reached.length < publishedRows.length; i++) {
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
        await page.goto('/');
        expect(await regionOrder(page)).toEqual(['EMEA', 'AMERICAS', 'APAC']);
        await expect(page.locator('c-support-phone-table tbody[data-region="EMEA"] .your-region')).toHaveText(
            'Your region'
        );
    });
});

test.describe('a viewer in Asia Pacific', () => {
    test.use({ timezoneId: 'Pacific/Auckland', locale: 'en-NZ' });

    test('sees APAC first', async ({ page }) => {
        await page.goto('/');
        expect(await regionOrder(page)).toEqual(['APAC', 'AMERICAS', 'EMEA']);
    });
});
