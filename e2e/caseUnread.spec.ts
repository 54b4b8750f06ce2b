// What is new since the customer last looked (issue 28 item 5): the engineer replies on a case, the
// customer's Cases tab marks it "New reply from Thycotic" and can put it first; opening the case
// focuses the new message and files the read, so the badge is gone on return. A colleague's read
// state is his own.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { axeViolations, signInAs, storedRecords } from './demoOrg';

const CASE_ID = '500DEMO0000000001AAA';
const CASE_NUMBER = '00001026';
const REPLY = 'Re-grant the scan account its rights on dc02, then run the scan again.';

async function engineerReplies(page: Page): Promise<void> {
    await page.goto(`/engineer/case/${CASE_ID}`);
    const conversation = page.locator('c-support-case-conversation');
    await conversation.getByLabel('Your reply').fill(REPLY);
    await conversation.getByRole('button', { name: 'Send reply' }).click();
    await expect(conversation.locator('.thread li').last().locator('.body')).toHaveText(REPLY);
}

/** The read is filed once the page is ready: wait until the org has the reader's row read after `since`. */
async function readFiled(page: Page, since: number): Promise<void> {
    await expect
        .poll(async () =>
            (await storedRecords<{ Read_At__c?: string }>(page, 'Case_Read__c')).some(
                (read) => Date.parse(read.Read_At__c ?? '') >= since
            )
        )
        .toBe(true);
}

const row = (page: Page) => page.locator('c-support-case-list tbody tr', { hasText: CASE_NUMBER });

test.describe('what is new since the customer last looked', () => {
    test('the engineer replies; the Cases tab marks the case, puts it first, and the case page focuses the reply', async ({
        page
    }) => {
        await page.goto('/cases');
        await expect(row(page)).toBeVisible();
        // Opening the case once files a read: what follows is newer than it.
        const opened = Date.now() - 1000;
        await row(page).getByRole('link', { name: CASE_NUMBER }).click();
        await expect(page.locator('c-support-case-conversation .thread li').first()).toBeVisible();
        await readFiled(page, opened);

        await engineerReplies(page);

        await page.goto('/cases');
        await expect(row(page).locator('.new-reply')).toHaveText('New reply from Thycotic');
        expect(await axeViolations(page)).toEqual([]);

        // The SLDS checkbox: a click on its words ticks it.
        await page.locator('c-support-case-list .support-first label').click();
        await expect(page.getByLabel('Updated by Thycotic first')).toBeChecked();
        await expect(page).toHaveURL(/c__sort=Last_Support_Reply_At__c\.desc/);
        await expect(page.locator('c-support-case-list tbody tr').first()).toContainText(CASE_NUMBER);

        const reread = Date.now();
        await row(page).getByRole('link', { name: CASE_NUMBER }).click();
        const fresh = page.locator('c-support-case-conversation .thread li[data-new="true"]');
        await expect(fresh).toHaveCount(1);
        await expect(fresh.locator('.new-message')).toHaveText('New');
        await expect(fresh.locator('.body')).toHaveText(REPLY);
        await expect(fresh).toBeFocused();
        await expect(fresh).toBeInViewport();
        await readFiled(page, reread);

        await page.goBack();
        await expect(row(page)).toBeVisible();
        await expect(row(page).locator('.new-reply')).toHaveCount(0);
    });

    test('a colleague has his own read state', async ({ page }) => {
        await page.goto('/cases');
        await engineerReplies(page);
        // Dana opens the case; Walter has not.
        await page.goto('/cases');
        const opened = Date.now() - 1000;
        await row(page).getByRole('link', { name: CASE_NUMBER }).click();
        // Never opened before: every message from Thycotic is new to her, the reply the latest.
        await expect(page.locator('c-support-case-conversation .thread li[data-new="true"]').last()).toContainText(
            REPLY
        );
        await readFiled(page, opened);
        await page.goto('/cases');
        await expect(row(page).locator('.new-reply')).toHaveCount(0);

        await signInAs(page, 'walter');
        await page.goto('/cases');
        await expect(row(page).locator('.new-reply')).toHaveText('New reply from Thycotic');
    });
});
