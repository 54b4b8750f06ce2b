// `npm run screenshots` writes the README's and docs/components.md's pictures of the portal at desktop
// and phone width (docs/desktop-*.png, docs/phone-*.png): the PIN bar, Severity 1 with the phone
// numbers, a case page. Skipped in `npm test`, so a run leaves the docs as they are.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { chooseCustomer } from './demoOrg';
import { en } from './labels';
import { PHONE } from './onScreen';

const widths = {
    desktop: { viewport: { width: 1280, height: 900 } },
    phone: { ...PHONE, deviceScaleFactor: 2 }
};

test.skip(!process.env.DOCS_SCREENSHOTS, 'npm run screenshots writes these');

for (const [width, device] of Object.entries(widths)) {
    test.describe(`docs screenshots, ${width}`, () => {
        test.use(device);
        const docs = (name: string) => `docs/${width}-${name}.png`;

        async function home(page: Page): Promise<void> {
            await page.goto('/');
            await chooseCustomer(page, 'cloud');
            await page.reload();
            await expect(page.getByRole('button', { name: en.Support_PIN_Generate_Tech })).toBeVisible();
        }

        test('the PIN bar', async ({ page }) => {
            await home(page);
            await page.screenshot({ path: docs('pin-bar') });
        });

        test('Severity 1: the phone numbers', async ({ page }) => {
            await home(page);
            const options = page.locator('c-support-contact-options');
            await options.locator('lightning-radio-group label', { hasText: `${en.Support_Severity_1}:` }).click();
            await expect(options.locator('a[href^="tel:"]')).toHaveCount(7);
            await options.screenshot({ path: docs('severity-1') });
        });

        test('a case page', async ({ page }) => {
            await page.goto('/case/500DEMO0000000001AAA');
            await expect(page.locator('c-support-case-detail a[href^="tel:"]').first()).toBeVisible();
            await expect(page.locator('c-support-case-conversation')).toContainText('Fox Mulder');
            await expect(page.locator('c-support-case-files a').first()).toBeVisible();
            await page.screenshot({ path: docs('case'), fullPage: true });
        });
    });
}
