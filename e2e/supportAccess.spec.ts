// The Support access page (issue 27): a PIN the customer issues on Home is on the page, masked to its
// last four; the engineer's verification of it (name, time, verdict) appears there; the auditors' CSV
// holds both events, the PIN by its last four only. On a phone (320 px) nothing needs a sideways scroll.
// Ending a PIN is driven by the lead's spec once the revocation flow is merged: End access on a row is
// named "End access with PIN ending 1234", its confirmation a group named by its question, with the
// buttons "End access" and "Keep access".
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { axeViolations, chooseLanguage } from './demoOrg';
import { de, en } from './labels';
import { notFullyShown, sidewaysScroll } from './onScreen';
import { settledCalls } from './serverCalls';
import { waves } from '../scripts/lib/budget.mjs';

async function getPinAsCustomer(page: Page): Promise<string> {
    await page.goto('/');
    await page.getByRole('button', { name: /PIN\s*Get your support PIN/ }).click();
    const shown = page.locator('c-support-pin-bar [data-pin]');
    await expect(shown).toHaveText(/^Your PIN: \d{8}$/);
    return ((await shown.textContent()) ?? '').replace('Your PIN: ', '');
}

async function verifyAsEngineer(page: Page, pin: string): Promise<void> {
    await page.goto('/engineer');
    const verifier = page.locator('c-support-pin-verify');
    await verifier.getByLabel('PIN the customer gives').fill(pin);
    await verifier.getByLabel('PIN the customer gives').press('Enter');
    await expect(verifier.locator('.verdict')).toHaveText('VALID');
}

async function openSupportAccess(page: Page): Promise<void> {
    await page.goto('/');
    await page.locator('c-support-site-nav').getByRole('link', { name: en.Support_Access_Title }).click();
    await expect(page).toHaveURL(/\/support-access$/);
    await expect(page.getByRole('heading', { name: en.Support_Access_Title, level: 2 })).toBeVisible();
}

test.describe('Support access', () => {
    test('a PIN issued on Home, and the engineer verifying it, are on the Support access page', async ({
        page
    }, testInfo) => {
        const pin = await getPinAsCustomer(page);
        const lastFour = pin.slice(-4);
        await openSupportAccess(page);
        const ledger = page.locator('c-support-access-ledger');
        const pinRow = ledger.locator('tr.pin-row').first();
        await expect(pinRow.locator('th')).toHaveText(`•••• ${lastFour}`);
        await expect(pinRow.locator('.issued-by')).toHaveText('Dana Scully');
        await expect(pinRow.locator('.state')).toHaveText(/^Active, 6 d 23 h left$/);
        // The ledger is an audit: no PIN in full anywhere on the page.
        await expect(ledger).not.toContainText(pin);

        await verifyAsEngineer(page, pin);
        await openSupportAccess(page);
        const use = ledger.locator('tr.use-row', { hasText: `•••• ${lastFour}` });
        await expect(use).toHaveCount(1);
        await expect(use.locator('.engineer')).toHaveText('Fox Mulder');
        await expect(use.locator('.verdict')).toHaveText(en.Support_Access_Verdict_Valid);
        // When, to the minute, in the customer's time zone: "Dec 4, 2026, 3:12 PM".
        await expect(use.locator('.when')).toHaveText(/^[A-Z][a-z]{2} \d{1,2}, \d{4}, \d{1,2}:\d{2}\s[AP]M$/);
        expect(await axeViolations(page)).toEqual([]);
        await page.screenshot({ path: testInfo.outputPath('support-access.png'), fullPage: true });
    });

    test('first load: one request for both lists, the customer query beside it, one wave', async ({ page }) => {
        await page.goto('/support-access');
        await expect(page.locator('c-support-access-ledger h3').first()).toBeVisible();
        const calls = await settledCalls(page);
        expect(calls.map((call) => call.name).sort()).toEqual([
            'graphql supportAccessLedger',
            'graphql supportCustomer'
        ]);
        expect(waves(calls)).toBe(1);
    });

    test('the CSV for the auditors holds the issue and the verification, the PIN by its last four', async ({
        page
    }) => {
        const pin = await getPinAsCustomer(page);
        await verifyAsEngineer(page, pin);
        await openSupportAccess(page);
        const ledger = page.locator('c-support-access-ledger');
        await expect(ledger.getByLabel(en.Support_Access_Csv_From)).not.toHaveValue('');
        const [download] = await Promise.all([
            page.waitForEvent('download'),
            ledger.getByRole('button', { name: en.Support_Access_Csv_Download }).click()
        ]);
        expect(download.suggestedFilename()).toMatch(/^support-access-\d{4}-\d{2}-\d{2}-to-\d{4}-\d{2}-\d{2}\.csv$/);
        const bytes = await readFile(await download.path());
        // UTF-8 with a byte order mark, lines ending in CRLF.
        expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
        const text = bytes.toString('utf8').slice(1);
        const lines = text.split('\r\n');
        expect(lines[0]).toMatch(
            /^Time \([\w/]+\),Time \(UTC\),Event,PIN kind,PIN \(last four\),By,Verdict,Case number$/
        );
        const ofThisPin = lines.filter((line) => line.split(',')[4] === pin.slice(-4));
        expect(ofThisPin.map((line) => line.split(',').slice(2, 7))).toEqual([
            ['PIN verified', expect.any(String), pin.slice(-4), 'Fox Mulder', en.Support_Access_Verdict_Valid],
            ['PIN issued', expect.any(String), pin.slice(-4), 'Dana Scully', '']
        ]);
        expect(ofThisPin[0].split(',')[1]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
        expect(text).not.toContain(pin);
        await expect(ledger.locator('.csv-status')).toContainText(download.suggestedFilename());
    });

    test('on a 320 px phone: cards, every action on screen, nothing behind a sideways scroll', async ({ page }) => {
        await page.setViewportSize({ width: 320, height: 640 });
        await getPinAsCustomer(page);
        await page.goto('/support-access');
        const ledger = page.locator('c-support-access-ledger');
        await expect(ledger.locator('tr.pin-row').first()).toBeVisible();
        expect(await sidewaysScroll(page)).toEqual([]);
        expect(await notFullyShown(ledger.locator('button, a[href]').filter({ visible: true }))).toEqual([]);
        // The column headers give way to a name over each value.
        await expect(ledger.locator('thead').first()).toHaveCSS('position', 'absolute');
    });

    test('in German', async ({ page }) => {
        await page.goto('/support-access');
        await chooseLanguage(page, 'de');
        const ledger = page.locator('c-support-access-ledger');
        await expect(ledger.getByRole('heading', { name: de.Support_Access_Title, level: 2 })).toBeVisible();
        await expect(ledger.getByRole('heading', { name: de.Support_Access_Uses_Title })).toBeVisible();
        await expect(ledger.getByRole('button', { name: de.Support_Access_Csv_Download })).toBeVisible();
    });
});
