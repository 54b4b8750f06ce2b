import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { axeViolations, chooseCustomer, storedRecords } from './demoOrg';

interface StoredPin {
    PIN__c: string;
    Kind__c: string;
    Issued_At__c: string;
    Expires_At__c: string;
    Product__c: string | null;
    Account__c: string;
}

/** The PINs the demo customer (Dana) issued: the seed's PIN of her colleague Walter is not the bar's. */
async function storedPins(page: Page): Promise<StoredPin[]> {
    return (await storedRecords<StoredPin & { CreatedById: string }>(page, 'Support_PIN__c')).filter(
        (p) => p.CreatedById !== '005DEMO0000000002AAA'
    );
}

/** The one rule for a privileged PIN (write access), before it is issued and with it. */
const RULE =
    'Read it out only to the Thycotic support engineer working on your case, on the phone. Never write it in an email or on a case.';

test.describe('the PIN bar', () => {
    test('gives a covered customer a PIN on the bar, stored in the demo org and still shown after a reload', async ({
        page
    }, testInfo) => {
        await page.goto('/');
        const bar = page.getByRole('button', { name: /PIN\s*Get your support PIN/ });
        await expect(bar).toBeVisible();
        await bar.click();

        const shown = page.locator('c-support-pin-bar [data-pin]');
        await expect(shown).toHaveText(/^Your PIN: \d{8}$/);
        const pin = ((await shown.textContent()) ?? '').replace('Your PIN: ', '');
        await expect(page.locator('c-support-pin-bar .announcement')).toContainText(`Your support PIN is ${pin}.`);

        const stored = await storedPins(page);
        expect(stored).toHaveLength(1);
        expect(stored[0]).toMatchObject({ PIN__c: pin, Kind__c: 'Standard', Product__c: 'Secret Server' });
        const lifetime = Date.parse(stored[0].Expires_At__c) - Date.parse(stored[0].Issued_At__c);
        expect(lifetime).toBe(7 * 24 * 60 * 60 * 1000);

        expect(await axeViolations(page)).toEqual([]);
        await page.screenshot({ path: testInfo.outputPath('pin-bar-issued.png') });

        await page.reload();
        await expect(page.locator('c-support-pin-bar [data-pin]')).toHaveText(`Your PIN: ${pin}`);
        await expect(page.getByRole('button', { name: /Get your support PIN/ })).toHaveCount(0);
        expect(await storedPins(page)).toHaveLength(1);
    });

    test('is still on the bar when the customer comes back to the page (the bar refreshes its query after a write)', async ({
        page
    }) => {
        await page.goto('/');
        await page.getByRole('button', { name: /Get your support PIN/ }).click();
        const shown = page.locator('c-support-pin-bar [data-pin]');
        await expect(shown).toHaveText(/^Your PIN: \d{8}$/);
        const pin = await shown.textContent();
        // Away and back inside the site, no reload: the page's wires are answered from the cache.
        await page.locator('c-support-site-nav').getByRole('link', { name: 'Cases' }).click();
        await expect(page).toHaveURL(/\/cases$/);
        await page.locator('c-support-site-nav').getByRole('link', { name: 'Home' }).click();
        await expect(page.locator('c-support-pin-bar [data-pin]')).toHaveText(pin ?? '');
        expect(await storedPins(page)).toHaveLength(1);
    });

    test('works from the keyboard', async ({ page }) => {
        await page.goto('/');
        const bar = page.getByRole('button', { name: /Get your support PIN/ });
        await bar.focus();
        await page.keyboard.press('Enter');
        await expect(page.locator('c-support-pin-bar [data-pin]')).toHaveText(/^Your PIN: \d{8}$/);
    });

    test('tells a customer without coverage why, and issues nothing', async ({ page }) => {
        await page.goto('/');
        await chooseCustomer(page, 'notCovered');
        await expect(page.locator('c-support-pin-bar .not-covered')).toContainText(
            'No PIN: your support licenses do not cover your user licenses'
        );
        await expect(page.locator('c-support-pin-bar .coverage')).toHaveText(
            '8 user licenses, 5 unexpired support licenses.'
        );
        await expect(page.getByRole('button', { name: /Get your support PIN/ })).toHaveCount(0);
        expect(await axeViolations(page)).toEqual([]);
        expect(await storedPins(page)).toHaveLength(0);
    });

    test('shows a failed save in words and stays usable', async ({ page }) => {
        await page.goto('/');
        await page.getByLabel('Next save').selectOption('network');
        await page.getByRole('button', { name: /Get your support PIN/ }).click();
        await expect(page.getByRole('alert')).toContainText('We could not get you a PIN.');
        await expect(page.getByRole('alert')).toContainText("The portal's server could not be reached");
        expect(await storedPins(page)).toHaveLength(0);

        await page.getByRole('button', { name: /Get your support PIN/ }).click();
        await expect(page.locator('c-support-pin-bar [data-pin]')).toHaveText(/^Your PIN: \d{8}$/);
        expect(await storedPins(page)).toHaveLength(1);
    });
});

test.describe('Secret Server Cloud PINs', () => {
    test('a privileged PIN: confirm what it grants, then a p PIN that expires in 24 hours', async ({
        page
    }, testInfo) => {
        await page.goto('/');
        await chooseCustomer(page, 'cloud');
        await page.getByRole('button', { name: 'Generate Privilege PIN' }).click();

        // An inline panel, not a modal (LWR sites support no modals): focus moves to its question.
        const confirm = page.getByRole('dialog', { name: 'Give support write access for one day?' });
        await expect(confirm.getByRole('heading', { name: 'Give support write access for one day?' })).toBeFocused();
        await expect(page.locator('section[role="dialog"][aria-modal="true"], .slds-modal')).toHaveCount(0);
        await expect(confirm).toContainText('write access to your Secret Server Cloud database for one day');
        await expect(confirm).toContainText('Secrets and other sensitive data remain encrypted and unreadable.');
        await expect(confirm).toContainText(RULE);
        expect(await axeViolations(page)).toEqual([]);
        await confirm.getByRole('button', { name: 'Generate Privilege PIN' }).click();

        const result = page.getByRole('dialog', { name: 'Privileged PIN' });
        const pin = result.locator('[data-pin]');
        await expect(pin).toHaveText(/^p[0-9a-hjkmnp-tv-z]{12}$/);
        await expect(result.getByRole('heading', { name: 'Privileged PIN' })).toBeFocused();
        await expect(page.locator('c-support-pin-bar .announcement')).toContainText(
            `Your support PIN is ${await pin.textContent()}.`
        );
        expect(await axeViolations(page)).toEqual([]);
        // The expiry with its time zone, the same one rule as the question, and how to end access sooner.
        await expect(result.locator('.pin-expiry')).toHaveText(/^Expires .+ [A-Z]{2,5}([+-]\d+)?$/);
        await expect(result).toContainText('Privileged PINs begin with p.');
        await expect(result).toContainText(RULE);
        await expect(result).not.toContainText('subject of your email');
        await expect(result).toContainText(
            'To end it sooner, choose End access on the PIN bar or the Support access page.'
        );
        await page.screenshot({ path: testInfo.outputPath('privileged-pin.png') });
        const value = (await pin.textContent()) ?? '';

        const stored = await storedPins(page);
        expect(stored).toHaveLength(1);
        expect(stored[0]).toMatchObject({ PIN__c: value, Kind__c: 'Privileged', Product__c: 'Secret Server Cloud' });
        expect(Date.parse(stored[0].Expires_At__c) - Date.parse(stored[0].Issued_At__c)).toBe(24 * 60 * 60 * 1000);

        await result.getByRole('button', { name: 'Close' }).last().click();
        await expect(result).toHaveCount(0);
        // One privileged PIN at a time: the action gives way to when this one ends; focus goes to the other action.
        await expect(page.getByRole('button', { name: 'Generate Privilege PIN' })).toHaveCount(0);
        await expect(page.locator('c-support-pin-bar .privileged-active')).toContainText(
            'Thycotic can write to your cloud database until'
        );
        await expect(page.getByRole('button', { name: 'Generate Tech Support PIN' })).toBeFocused();
        await expect(page.locator('c-support-pin-bar .current-pins')).toContainText(value);
    });

    test('cancelling the privileged PIN issues nothing', async ({ page }) => {
        await page.goto('/');
        await chooseCustomer(page, 'cloud');
        await page.getByRole('button', { name: 'Generate Privilege PIN' }).click();
        await page.getByRole('dialog').getByRole('button', { name: 'Cancel', exact: true }).click();
        await expect(page.getByRole('dialog')).toHaveCount(0);
        const action = page.locator('c-support-pin-bar button.privileged-pin');
        await expect(action).toBeFocused();

        // From the keyboard: Enter opens the question, Escape closes it, focus comes back.
        await page.keyboard.press('Enter');
        await expect(page.getByRole('dialog')).toBeVisible();
        await expect(action).toHaveAttribute('aria-expanded', 'true');
        await page.keyboard.press('Escape');
        await expect(page.getByRole('dialog')).toHaveCount(0);
        await expect(action).toBeFocused();
        await expect(action).toHaveAttribute('aria-expanded', 'false');
        expect(await storedPins(page)).toHaveLength(0);
    });

    test('a Tech Support PIN appears in an inline panel with copy; Escape closes it', async ({ page }) => {
        await page.goto('/');
        await chooseCustomer(page, 'cloud');
        await page.getByRole('button', { name: 'Generate Tech Support PIN' }).click();
        const result = page.getByRole('dialog', { name: 'Tech Support PIN' });
        await expect(result.locator('[data-pin]')).toHaveText(/^\d{8}$/);
        await expect(result.getByRole('heading', { name: 'Tech Support PIN' })).toBeFocused();
        await expect(result.getByRole('button', { name: 'Copy PIN' })).toBeVisible();
        expect(await axeViolations(page)).toEqual([]);
        await page.keyboard.press('Escape');
        await expect(result).toHaveCount(0);
        await expect(page.getByRole('button', { name: 'Generate Tech Support PIN' })).toBeFocused();
        expect(await storedPins(page)).toEqual([
            expect.objectContaining({ Kind__c: 'Standard', Product__c: 'Secret Server Cloud' })
        ]);
    });
});
