import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { axeViolations, storedRecords } from './demoOrg';
import { focusedMatches, tabTo } from './keyboard';

interface StoredCase {
    CaseNumber: string;
    Subject: string;
    Severity__c: string;
    Product__c: string;
    PIN__c: string | null;
    Technical_Contact_Name__c: string | null;
}

function storedCases(page: Page): Promise<StoredCase[]> {
    return storedRecords<StoredCase>(page, 'Case');
}

/** Clicks the severity's label, as a person does (SLDS draws its own radio over the input). */
async function chooseSeverity(page: Page, level: number) {
    await page.locator('c-support-create-case lightning-radio-group label', { hasText: `Severity ${level}:` }).click();
    await expect(page.getByRole('radio', { name: new RegExp(`^Severity ${level}`) })).toBeChecked();
}

function caseRows(page: Page) {
    return page.locator('c-support-case-list tbody tr');
}

test.describe('the Cases tab and Create a Case', () => {
    test('a customer files a case end to end and sees it in the list', async ({ page }, testInfo) => {
        await page.goto('/cases');
        await expect(caseRows(page)).toHaveCount(1);
        await expect(caseRows(page).first()).toContainText('00001026');
        expect(await axeViolations(page)).toEqual([]);

        await page.getByRole('button', { name: 'Create a Case' }).first().click();
        await expect(page).toHaveURL(/\/create-case$/);
        await expect(page.getByText('Step 1 of 3: Product and severity')).toBeVisible();
        await chooseSeverity(page, 2);
        expect(await axeViolations(page)).toEqual([]);
        await page.getByRole('button', { name: 'Next' }).click();

        await expect(page.getByText('Step 2 of 3: Details')).toBeVisible();
        await expect(page.getByLabel('Technical contact name')).toHaveValue('Dana Scully');
        await page.getByLabel('Subject').fill('Workflow stopped unexpectedly');
        await page.getByLabel('Symptoms and details').fill('Since 09:00 no workflow runs.\nError: timeout.');
        await page.getByLabel('Hours the technical contact is present').fill('Weekdays 08:00-17:00 ET');
        await page.getByRole('button', { name: 'Next' }).click();

        await expect(page.getByText('Step 3 of 3: Review and submit')).toBeVisible();
        await expect(page.locator('[data-review="subject"] dd')).toHaveText('Workflow stopped unexpectedly');
        await page.getByRole('button', { name: 'Submit case' }).click();

        await expect(page.getByText('Case 00001027 was created.')).toBeVisible();
        await page.screenshot({ path: testInfo.outputPath('case-created.png') });
        const stored = await storedCases(page);
        expect(stored.find((c) => c.CaseNumber === '00001027')).toMatchObject({
            Subject: 'Workflow stopped unexpectedly',
            Severity__c: 'Severity 2',
            Product__c: 'Secret Server',
            Technical_Contact_Name__c: 'Dana Scully'
        });

        await page.getByRole('link', { name: 'View case 00001027' }).click();
        await expect(page).toHaveURL(/\/case\/\w+$/);
        await expect(page.getByRole('heading', { name: 'Case 00001027' })).toBeVisible();
        await expect(page.locator('c-support-case-detail li[aria-current="step"]')).toHaveText('New');
        expect(await axeViolations(page)).toEqual([]);

        await page.getByRole('link', { name: 'Cases', exact: true }).click();
        await expect(caseRows(page)).toHaveCount(2);
        await expect(caseRows(page).first()).toContainText('Workflow stopped unexpectedly');
    });

    test('a PIN just issued on the PIN bar is attached to the next case, without a reload', async ({ page }) => {
        await page.goto('/');
        await page.getByRole('button', { name: /Get your support PIN/ }).click();
        const shown = page.locator('c-support-pin-bar [data-pin]');
        await expect(shown).toHaveText(/^Your PIN: \d{8}$/);
        const pin = ((await shown.textContent()) ?? '').replace('Your PIN: ', '');

        // Inside the site, no reload: Create a Case reads the customer query the bar asked again.
        await page.locator('c-support-site-nav').getByRole('link', { name: 'Cases' }).click();
        await page.getByRole('button', { name: 'Create a Case' }).first().click();
        await chooseSeverity(page, 3);
        await page.getByRole('button', { name: 'Next' }).click();
        await expect(page.locator('c-support-create-case .pin')).toHaveText(
            `Your current PIN ${pin} will be attached to the case.`
        );
        await page.getByLabel('Subject').fill('Reports are empty');
        await page.getByLabel('Symptoms and details').fill('Since the upgrade.');
        await page.getByLabel('Hours the technical contact is present').fill('Weekdays 08:00-17:00 ET');
        await page.getByRole('button', { name: 'Next' }).click();
        await expect(page.locator('[data-review="pin"] dd')).toHaveText(pin);
        await page.getByRole('button', { name: 'Submit case' }).click();
        await expect(page.getByText(/^Case \d{8} was created\.$/)).toBeVisible();
        // Support_Case_Policy moves the PIN entered into PIN__c, which the customer's colleagues cannot read.
        const filed = (await storedCases(page)).find((c) => c.Subject === 'Reports are empty');
        expect(filed?.PIN__c).toBe(pin);
        // The PIN went to the case, and nowhere in the address.
        expect(page.url()).not.toContain(pin);
    });

    test('a private key pasted into a case is flagged; sent anyway, the server refuses it and nothing is lost', async ({
        page
    }) => {
        const key = '-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA7x\n-----END RSA PRIVATE KEY-----';
        await page.goto('/create-case');
        await chooseSeverity(page, 3);
        await page.getByRole('button', { name: 'Next' }).click();
        await page.getByLabel('Subject').fill('SSH to the distributed engine fails');
        await page.getByLabel('Symptoms and details').fill(`Login refused. Our key:\n${key}`);
        const warning = page.locator('c-support-secret-warning[data-field="description"] .secret-warning');
        await expect(warning).toContainText('This looks like a private key.');
        expect(await axeViolations(page)).toEqual([]);

        // Sent anyway: refused by the validation rule No_Private_Key, in words, and the draft is kept.
        await page.getByLabel('Hours the technical contact is present').fill('Weekdays 08:00-17:00 ET');
        await page.getByRole('button', { name: 'Next' }).click();
        await page.getByRole('button', { name: 'Submit case' }).click();
        await expect(page.locator('c-support-create-case')).toContainText('This case contains a private key');
        expect((await storedCases(page)).some((c) => c.Subject === 'SSH to the distributed engine fails')).toBe(false);

        await page.getByRole('button', { name: 'Back' }).click();
        await expect(page.getByLabel('Symptoms and details')).toHaveValue(`Login refused. Our key:\n${key}`);
        await warning.getByRole('button', { name: 'Remove it' }).click();
        await expect(page.getByLabel('Symptoms and details')).toHaveValue('Login refused. Our key:\n[removed]');
        await expect(warning).toHaveCount(0);
        await page.getByRole('button', { name: 'Next' }).click();
        await page.getByRole('button', { name: 'Submit case' }).click();
        await expect(page.getByText(/Case \d+ was created\./)).toBeVisible();
    });

    test('the status filter is three radio buttons: a click or an arrow key shows other cases', async ({ page }) => {
        await page.goto('/cases');
        const status = page.getByRole('group', { name: 'Show' });
        await expect(status.getByRole('radio')).toHaveCount(3);
        await expect(status.getByRole('radio', { name: 'Open', exact: true })).toBeChecked();
        await expect(caseRows(page)).toHaveCount(1);
        await expect(caseRows(page).first()).toContainText('00001026');

        // A keyboard user: Tab reaches the checked radio, the arrow keys choose the next one.
        await tabTo(page, '.status-filter input[value="OPEN"]');
        await page.keyboard.press('ArrowRight');
        await expect(status.getByRole('radio', { name: 'Closed', exact: true })).toBeChecked();
        await expect(page).toHaveURL(/c__status=closed/);
        await expect(caseRows(page)).toHaveCount(1);
        await expect(caseRows(page).first()).toContainText('00001011');
        await page.keyboard.press('ArrowRight');
        await expect(page).toHaveURL(/c__status=all/);
        await expect(caseRows(page)).toHaveCount(2);
        expect(await focusedMatches(page, '.status-filter input[value="ALL"]')).toBe(true);

        // A click on a label chooses it; a reload keeps the view the URL names.
        await page.locator('c-support-case-list .status-filter label', { hasText: 'Open' }).click();
        await expect(page).not.toHaveURL(/c__status/);
        await expect(caseRows(page)).toHaveCount(1);
        await page.goto('/cases?c__status=closed');
        await expect(status.getByRole('radio', { name: 'Closed', exact: true })).toBeChecked();
        await expect(caseRows(page).first()).toContainText('00001011');
        expect(await axeViolations(page)).toEqual([]);
    });

    test('a Severity 1 attempt ends at the phone numbers', async ({ page }) => {
        await page.goto('/create-case');
        await chooseSeverity(page, 1);
        await expect(page.getByRole('alert')).toContainText('Severity 1 issues must be reported by phone');
        const phones = page.locator('c-support-create-case c-support-phone-table a[href^="tel:"]');
        await expect(phones).toHaveCount(7);
        await expect(page.getByRole('button', { name: 'Next' })).toHaveCount(0);
        expect(await axeViolations(page)).toEqual([]);
        expect((await storedCases(page)).filter((c) => c.Severity__c === 'Severity 1')).toEqual([]);
    });

    test('the draft survives a reload and a failed save', async ({ page }) => {
        await page.goto('/create-case');
        await chooseSeverity(page, 3);
        await page.getByRole('button', { name: 'Next' }).click();
        await page.getByLabel('Subject').fill('Half-written subject');
        await page.getByLabel('Symptoms and details').fill('Some details');

        await page.reload();
        await expect(page.getByText('We restored the case you had started.')).toBeVisible();
        await expect(page.getByLabel('Subject')).toHaveValue('Half-written subject');

        await page.getByRole('button', { name: 'Next' }).click();
        await page.getByLabel('Next save').selectOption('network');
        await page.getByRole('button', { name: 'Submit case' }).click();
        await expect(page.locator('c-support-create-case .save-error')).toContainText(
            'Your case was not submitted. Nothing you entered is lost.'
        );
        await expect(page.locator('[data-review="subject"] dd')).toHaveText('Half-written subject');
        await page.getByRole('button', { name: 'Submit case' }).click();
        await expect(page.getByText(/^Case \d{8} was created\.$/)).toBeVisible();
    });
});
