// Ending support access (issue 27), end to end over the flows as their XML says: Dana, whom Acme
// authorized, issues a privileged PIN; every colleague's PIN bar says Thycotic can write to the cloud
// database; Dana ends it on the Support access page (a PIN Revocation the flow Support_PIN_Revocation_Apply
// applies); the engineer's Verify PIN then says REVOKED, ended by the customer; the slot is free again.
// Walter, a colleague the company did not authorize, reads the same ledger without End access, and the
// server refuses his request all the same (its positive control is Dana's accepted one above).
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { axeViolations, chooseCustomer, signInAs, storedRecords } from './demoOrg';
import { en } from './labels';

async function issuePrivilegedPin(page: Page): Promise<string> {
    await page.goto('/');
    await chooseCustomer(page, 'cloud');
    await page.getByRole('button', { name: 'Generate Privilege PIN' }).click();
    await page
        .getByRole('dialog', { name: 'Give support write access for one day?' })
        .getByRole('button', { name: 'Generate Privilege PIN' })
        .click();
    const result = page.getByRole('dialog', { name: 'Privileged PIN' });
    const pin = result.locator('[data-pin]');
    await expect(pin).toHaveText(/^p[0-9a-hjkmnp-tv-z]{12}$/);
    const value = (await pin.textContent()) ?? '';
    await result.getByRole('button', { name: 'Close' }).last().click();
    return value;
}

async function openSupportAccess(page: Page): Promise<void> {
    await page.locator('c-support-site-nav').getByRole('link', { name: en.Support_Access_Title }).click();
    await expect(page).toHaveURL(/\/support-access$/);
}

async function verifyAsEngineer(page: Page, pin: string): Promise<ReturnType<Page['locator']>> {
    await page.goto('/engineer');
    const verifier = page.locator('c-support-pin-verify');
    await verifier.getByLabel('PIN the customer gives').fill(pin);
    await verifier.getByLabel('PIN the customer gives').press('Enter');
    return verifier;
}

test.describe('Ending support access', () => {
    test('an authorized customer ends a privileged PIN; the engineer then reads it ended by the customer', async ({
        page
    }) => {
        const pin = await issuePrivilegedPin(page);
        const lastFour = pin.slice(-4);
        const notice = page.locator('c-support-pin-bar .privileged-notice');
        await expect(notice).toContainText('Thycotic can write to your cloud database until');
        await expect(notice).toContainText(/24 hr from now|23 hr 59 min from now/);

        await openSupportAccess(page);
        const ledger = page.locator('c-support-access-ledger');
        await ledger.getByRole('button', { name: `End access with PIN ending ${lastFour}` }).click();
        const question = ledger.getByRole('group', { name: new RegExp(`End access with PIN •••• ${lastFour}\\?`) });
        await expect(question.getByRole('button', { name: 'Keep access' })).toBeFocused();
        expect(await axeViolations(page)).toEqual([]);
        await question.getByRole('button', { name: 'End access' }).dblclick();
        await expect(ledger).toContainText(`Access with PIN •••• ${lastFour} has ended.`);
        const row = ledger.locator('tr.pin-row', { hasText: `•••• ${lastFour}` });
        await expect(row.locator('.state')).toHaveText(/^Ended by Dana Scully /);
        await expect(ledger.getByRole('button', { name: `End access with PIN ending ${lastFour}` })).toHaveCount(0);

        // One request filed for a double click, applied by the server as Dana: Revoked_By is her user.
        expect(await storedRecords(page, 'Support_PIN_Revocation__c')).toHaveLength(1);
        const [ended] = (await storedRecords(page, 'Support_PIN__c')).filter((record) => record.PIN__c === pin);
        expect(ended).toMatchObject({ Revoked_By__c: '005DEMO0000000001AAA' });
        expect(Date.parse(String(ended.Expires_At__c))).toBe(Date.parse(String(ended.Revoked_At__c)));

        // Home: nothing is written any more, and a new privileged PIN may be issued (the slot is free).
        await page.goto('/');
        await expect(page.locator('c-support-pin-bar .pin-cloud')).toBeVisible();
        await expect(notice).toHaveCount(0);
        await expect(page.getByRole('button', { name: 'Generate Privilege PIN' })).toBeVisible();

        const verifier = await verifyAsEngineer(page, pin);
        await expect(verifier.locator('.verdict')).toHaveText('REVOKED');
        await expect(verifier.locator('.revoked-by')).toHaveText(
            'Dana Scully, the customer (End access on the portal)'
        );
    });

    test('a colleague the company did not authorize reads the ledger without End access, and is refused', async ({
        page
    }) => {
        const pin = await issuePrivilegedPin(page);
        const lastFour = pin.slice(-4);
        await signInAs(page, 'walter');
        await page.goto('/');
        // Walter's bar tells him too, and who granted the access.
        const notice = page.locator('c-support-pin-bar .privileged-notice');
        await expect(notice).toContainText('Thycotic can write to your cloud database until');
        await expect(notice).toContainText('Privileged PIN issued by Dana Scully.');
        await expect(page.getByRole('button', { name: 'Generate Privilege PIN' })).toHaveCount(0);

        await openSupportAccess(page);
        const ledger = page.locator('c-support-access-ledger');
        await expect(ledger.locator('tr.pin-row', { hasText: `•••• ${lastFour}` })).toContainText('Dana Scully');
        await expect(ledger.getByRole('button', { name: /^End access/ })).toHaveCount(0);
        await expect(ledger.locator('.not-authorized')).toHaveText(en.Support_Access_Not_Authorized);

        // Past the page, straight to the server as Walter: the flow refuses in words, and nothing is ended.
        const [issued] = (await storedRecords(page, 'Support_PIN__c')).filter((record) => record.PIN__c === pin);
        const refusal = await page.evaluate(async (pinId) => {
            try {
                const { uiApi } = (
                    window as unknown as { demoOrg: { uiApi: { createRecord: (input: unknown) => Promise<unknown> } } }
                ).demoOrg;
                await uiApi.createRecord({
                    apiName: 'Support_PIN_Revocation__c',
                    fields: { Support_PIN__c: pinId }
                });
                return 'accepted';
            } catch (error) {
                return JSON.stringify(error);
            }
        }, String(issued.Id));
        expect(refusal).toContain('Only the people your company authorized can end support access.');
        const [still] = (await storedRecords(page, 'Support_PIN__c')).filter((record) => record.PIN__c === pin);
        expect(still.Revoked_At__c ?? null).toBeNull();
        expect(await storedRecords(page, 'Support_PIN_Revocation__c')).toHaveLength(0);
    });
});
