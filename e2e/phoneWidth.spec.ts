// The main paths on a phone (390 × 844, an iPhone 14's screen): every phone number and every action
// fully on screen, nothing behind a sideways scroll, the PIN action on the first screen. The
// preview's own bar starts folded on a phone, as a site has no such bar.
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { axeViolations, chooseCustomer, chooseLanguage } from './demoOrg';
import { de, en } from './labels';
import { PHONE, belowTheFold, notFullyShown, sidewaysScroll } from './onScreen';

test.use(PHONE);

const main = (page: Page): Locator => page.locator('.site-main');
const numbers = (within: Locator): Locator => within.locator('a[href^="tel:"]').filter({ visible: true });
const actions = (within: Locator): Locator => within.locator('button, a[href]').filter({ visible: true });

/** Every number and action in `within` fully on screen, and the page no wider than the screen. */
async function expectAllOnScreen(page: Page, within: Locator): Promise<void> {
    expect(await sidewaysScroll(page)).toEqual([]);
    expect(await notFullyShown(numbers(within))).toEqual([]);
    expect(await notFullyShown(actions(within))).toEqual([]);
}

test.describe('on a phone', () => {
    test('the PIN bar: the PIN action on the first screen, a PIN and its actions fully shown', async ({ page }) => {
        await page.goto('/');
        const getPin = page.getByRole('button', { name: en.Support_PIN_Bar_Action });
        await expect(getPin).toBeVisible();
        expect(await belowTheFold(getPin)).toEqual([]);
        await expectAllOnScreen(page, main(page));

        await getPin.click();
        await expect(page.locator('c-support-pin-bar [data-pin]')).toBeVisible();
        await expectAllOnScreen(page, page.locator('c-support-pin-bar'));
    });

    test('Secret Server Cloud: both PIN actions on the first screen, the text beside them not squeezed', async ({
        page
    }) => {
        await page.goto('/');
        await chooseCustomer(page, 'cloud');
        await page.reload();
        const bar = page.locator('c-support-pin-bar');
        const tech = bar.getByRole('button', { name: en.Support_PIN_Generate_Tech });
        await expect(tech).toBeVisible();
        expect(await belowTheFold(bar.locator('button'))).toEqual([]);
        // The text has the bar's width under the word PIN, not a column beside it.
        const intro = await bar.locator('.pin-cloud-intro').boundingBox();
        const barBox = await bar.locator('.pin-bar').boundingBox();
        expect(intro?.width ?? 0).toBeGreaterThan((barBox?.width ?? 0) * 0.75);
        await expectAllOnScreen(page, main(page));
    });

    test('Severity 1: the phone numbers, each fully on screen as a list', async ({ page }) => {
        await page.goto('/');
        const options = page.locator('c-support-contact-options');
        await options.locator('lightning-radio-group label', { hasText: `${en.Support_Severity_1}:` }).click();
        await expect(options.getByRole('alert')).toBeVisible();
        await expect(numbers(options)).toHaveCount(7);
        await expectAllOnScreen(page, main(page));
        // A list, not a table squeezed into the card: no column headers, each number beside or under its country.
        await expect(options.locator('c-support-phone-table thead')).toBeHidden();
        expect(await axeViolations(page)).toEqual([]);
    });

    test('the Phone numbers tab (under More on a phone): every number fully on screen, and the hours', async ({
        page
    }) => {
        await page.goto('/');
        const tabs = page.locator('c-support-portal lightning-tabset');
        await tabs.getByRole('button', { name: /More/ }).click();
        await page.getByRole('menuitem', { name: en.Support_Portal_Tab_Phone }).click();
        const panel = page.getByRole('tabpanel', { name: en.Support_Portal_Tab_Phone });
        await expect(numbers(panel)).toHaveCount(7);
        await expectAllOnScreen(page, main(page));
        await expect(panel.locator('.hours')).toContainText(en.Support_Phone_Hours);
    });

    test('the Cases tab: a card per case, Product and Last updated on screen without a sideways scroll', async ({
        page
    }) => {
        await page.goto('/cases');
        const list = page.locator('c-support-case-list');
        await expect(list.locator('tbody tr')).toHaveCount(1);
        await expectAllOnScreen(page, main(page));
        const values = list.locator('tbody td').filter({ visible: true });
        await expect(values).toHaveCount(5);
        expect(await notFullyShown(values)).toEqual([]);
        await expect(list.locator('td.product')).toHaveAttribute('data-label', en.Support_Cases_Column_Product);
        await expect(list.locator('td.updated')).toHaveAttribute('data-label', en.Support_Cases_Column_Updated);
        // The status filter's three radio buttons, each label whole on the first screen.
        const statuses = list.locator('.status-filter label');
        await expect(statuses).toHaveText([
            en.Support_Cases_Filter_Open,
            en.Support_Cases_Filter_Closed,
            en.Support_Cases_Filter_All
        ]);
        expect(await notFullyShown(statuses)).toEqual([]);
        expect(await axeViolations(page)).toEqual([]);
    });

    test('a case page: every status of the path in full, the numbers and the actions on screen', async ({ page }) => {
        await page.goto('/case/500DEMO0000000001AAA');
        const path = page.getByRole('list', { name: en.Support_Case_Detail_Progress });
        await expect(path.getByRole('listitem')).toHaveCount(5);
        expect(await notFullyShown(path.getByRole('listitem'))).toEqual([]);
        await expect(path.locator('[aria-current="step"]')).toHaveText('Waiting on Customer');
        await expect(numbers(main(page))).not.toHaveCount(0);
        await expectAllOnScreen(page, main(page));
        expect(await axeViolations(page)).toEqual([]);
    });

    test('in German, a case waiting on the customer says so on its path, in full', async ({ page }) => {
        await page.goto('/');
        await chooseCustomer(page, 'large');
        await chooseLanguage(page, 'de');
        // The 10,000-case account's third case waits on the customer (org-model/demoData.mjs).
        await page.goto('/case/500GEN000000002AAA');
        const path = page.getByRole('list', { name: de.Support_Case_Detail_Progress });
        await expect(path.locator('[aria-current="step"]')).toHaveText('Wartet auf Kunden');
        await expect(path.getByRole('listitem')).toHaveText([
            'Neu',
            'In Bearbeitung',
            'Wartet auf Kunden',
            'Eskaliert',
            'Geschlossen'
        ]);
        expect(await notFullyShown(path.getByRole('listitem'))).toEqual([]);
        await expectAllOnScreen(page, main(page));
    });

    test('the check finds a number cut off, as in a table too wide for its box', async ({ page }) => {
        await page.goto('/');
        const options = page.locator('c-support-contact-options');
        await options.locator('lightning-radio-group label', { hasText: `${en.Support_Severity_1}:` }).click();
        // The table as it was: laid out at its own width, in a narrower box that hides what does not fit.
        await options.locator('c-support-phone-table').evaluate((table) => {
            Object.assign((table as HTMLElement).style, {
                containerType: 'normal',
                width: '300px',
                overflow: 'hidden'
            });
        });
        const problems = await notFullyShown(numbers(options));
        expect(problems.join('\n')).toContain('"+44 20 3880 0017" is cut by <c-support-phone-table');
    });
});
