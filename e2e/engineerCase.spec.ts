// The Thycotic Support app's case page, as the engineer answers on it: opened from a verified PIN's
// open cases (or the demo inbox), it shows the PIN check, the thread, the files and the case's
// details from the page the app opens cases on; the engineer replies, as Thycotic Support, and the
// customer reads the reply on the portal's case page.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { axeViolations, storedRecords } from './demoOrg';

const CASE_ID = '500DEMO0000000001AAA';

async function getPinAsCustomer(page: Page): Promise<string> {
    await page.goto('/');
    await page.getByRole('button', { name: /PIN\s*Get your support PIN/ }).click();
    const shown = page.locator('c-support-pin-bar [data-pin]');
    await expect(shown).toHaveText(/^Your PIN: \d{8}$/);
    return ((await shown.textContent()) ?? '').replace('Your PIN: ', '');
}

test.describe("the engineer's case page in the Thycotic Support app", () => {
    test('an engineer opens a case from the verified PIN, reads the thread, replies; the customer reads it from Thycotic Support', async ({
        page
    }, testInfo) => {
        const pin = await getPinAsCustomer(page);
        await page.goto('/engineer');
        await page.getByLabel('PIN the customer gives').fill(pin);
        await page.getByLabel('PIN the customer gives').press('Enter');
        await expect(page.locator('c-support-pin-verify .verdict')).toHaveText('VALID');
        await page.locator('c-support-pin-verify .open-cases').getByRole('link', { name: '00001026' }).click();
        await expect(page).toHaveURL(new RegExp(`/engineer/case/${CASE_ID}$`));

        // The page the app opens cases on: highlights, the PIN check, the thread, the files, the details.
        const casePage = page.locator('preview-record-page');
        await expect(casePage.locator('[data-page="Thycotic_Support_Case"]')).toBeVisible();
        await expect(casePage.getByRole('heading', { level: 1, name: '00001026' })).toBeVisible();
        await expect(casePage.locator('[data-field="Subject"]')).toHaveText('Discovery scan stops at 40%');
        await expect(casePage.getByRole('heading', { name: 'PIN check' })).toBeVisible();
        await expect(casePage.getByRole('heading', { name: 'Case details' })).toBeVisible();
        await expect(casePage.locator('[data-field="ContactId"]')).toHaveText('Dana Scully');
        await expect(casePage.getByLabel('Severity 1 by Email')).not.toBeChecked();
        await expect(casePage.locator('c-support-case-files')).toBeVisible();
        // Every component the page places is drawn: none is left out of the preview.
        await expect(casePage.locator('.not-in-preview')).toHaveCount(0);

        const conversation = casePage.locator('c-support-case-conversation');
        await expect(conversation.getByRole('heading', { name: 'Conversation with the customer' })).toBeVisible();
        const messages = conversation.locator('.thread li');
        await expect(messages).toHaveCount(2);
        await expect(messages.nth(0).locator('.author')).toHaveText('Dana Scully');
        await expect(messages.nth(1).locator('.author')).toHaveText('Fox Mulder (Thycotic Support)');
        // Closing and reopening are the customer's; so is the Severity 1 advice.
        await expect(conversation.getByRole('button', { name: 'Close this case' })).toHaveCount(0);
        await expect(conversation.locator('.severity-1')).toHaveCount(0);
        expect(await axeViolations(page)).toEqual([]);

        await conversation
            .getByLabel('Your reply')
            .fill('The scan account lost its rights on dc02; re-grant them and run it again.');
        await conversation.getByRole('button', { name: 'Send reply' }).click();
        await expect(messages).toHaveCount(3);
        await expect(messages.nth(2).locator('.author')).toHaveText('Fox Mulder (Thycotic Support)');
        await expect(conversation.locator('.announcement')).toHaveText('Your reply was sent to the customer.');
        const stored = await storedRecords<{ Body__c: string; CreatedById: string; Case__c: string }>(
            page,
            'Case_Message__c'
        );
        expect(stored.filter((m) => m.Body__c.startsWith('The scan account lost'))).toEqual([
            expect.objectContaining({ Case__c: CASE_ID, CreatedById: '005DEMOOWNER00001AAA' })
        ]);
        expect(await axeViolations(page)).toEqual([]);
        await page.screenshot({ path: testInfo.outputPath('engineer-case.png'), fullPage: true });

        // The customer reads it on the portal's case page, from Thycotic Support.
        await page.getByRole('link', { name: 'the customer (portal)' }).click();
        await page.goto(`/case/${CASE_ID}`);
        const customerThread = page.locator('c-support-case-conversation .thread li');
        await expect(customerThread).toHaveCount(3);
        await expect(customerThread.nth(2).locator('.author')).toHaveText('Fox Mulder (Thycotic Support)');
        await expect(customerThread.nth(2).locator('.body')).toHaveText(
            'The scan account lost its rights on dc02; re-grant them and run it again.'
        );
        await expect(customerThread.nth(0).locator('.author')).toHaveText('You');
    });

    test('a case from the demo inbox opens on the case page with its PIN check; a closed case still takes a note', async ({
        page
    }) => {
        await page.goto('/engineer');
        const inbox = page.locator('preview-incoming-email');
        await inbox.getByLabel('From').fill('mallory@elsewhere.example');
        await inbox.getByLabel('Subject').fill('Severity 1: PIN 12345678 everything is down');
        await inbox.getByRole('button', { name: 'Receive email' }).click();
        await inbox.locator('li.filed-case a.number').first().click();
        await expect(page).toHaveURL(/\/engineer\/case\/500\w+$/);
        const casePage = page.locator('preview-record-page');
        await expect(casePage.locator('[data-field="PIN_Check__c"]')).toHaveText('Sender not on file');
        await expect(casePage.getByLabel('Severity 1 by Email')).toBeChecked();
        await expect(casePage.locator('c-support-case-conversation .empty')).toHaveText(
            "No messages yet. What you write here appears on the customer's case page."
        );
        expect(await axeViolations(page)).toEqual([]);

        // A closed case: the engineer may still add a note; nothing offers to reopen it.
        await page.goto('/engineer/case/500DEMO0000000002AAA');
        const conversation = page.locator('c-support-case-conversation');
        await expect(conversation.locator('.closed-hint')).toHaveText(
            'This case is closed. The customer sees what you write here; the case stays closed.'
        );
        await expect(conversation.getByRole('button', { name: 'Reopen this case' })).toHaveCount(0);
        await conversation.getByLabel('Your reply').fill('For the record: fixed in 11.7.1.');
        await conversation.getByRole('button', { name: 'Send reply' }).click();
        await expect(conversation.locator('.thread li').last()).toContainText('For the record: fixed in 11.7.1.');
        const closed = (await storedRecords<{ Id: string; IsClosed: boolean }>(page, 'Case')).find(
            (c) => c.Id === '500DEMO0000000002AAA'
        );
        expect(closed?.IsClosed).toBe(true);
    });
});
