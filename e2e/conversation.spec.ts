import { test, expect } from './fixtures';
import { axeViolations, chooseCustomer, storedRecords } from './demoOrg';

interface StoredCase {
    Id: string;
    Status: string;
    IsClosed: boolean;
}

const CASE_ID = '500DEMO0000000001AAA';

async function caseStatus(page: import('@playwright/test').Page): Promise<StoredCase | undefined> {
    return (await storedRecords<StoredCase>(page, 'Case')).find((c) => c.Id === CASE_ID);
}

test.describe('the conversation on a case page', () => {
    test('a customer reads the thread, replies, closes the case and reopens it', async ({ page }, testInfo) => {
        await page.goto('/cases');
        await page.getByRole('link', { name: '00001026' }).click();
        const conversation = page.locator('c-support-case-conversation');
        const messages = conversation.locator('.thread li');
        await expect(messages).toHaveCount(2);
        await expect(messages.nth(0).locator('.author')).toHaveText('You');
        await expect(messages.nth(1).locator('.author')).toHaveText('Fox Mulder (Thycotic Support)');
        expect(await axeViolations(page)).toEqual([]);

        // Support asked for a log: the case waits on the customer, and the page says so once.
        await expect(page.locator('c-support-case-detail .next-step')).toContainText(
            'Thycotic Support has been waiting for your reply since'
        );
        // The portal's page (not the preview bar, whose Sent emails panel speaks of email).
        await expect(page.locator('.site-main').getByText(/email/i)).toHaveCount(0);
        await expect(page.locator('.site-main').getByText(/Severity 1/)).toHaveCount(1);

        // A reply: one message, and the case goes back to support.
        await page.getByLabel('Your reply').fill('Here is the log from last night.');
        await page.getByRole('button', { name: 'Send reply' }).dblclick();
        await expect(messages).toHaveCount(3);
        await expect(messages.nth(2)).toContainText('Here is the log from last night.');
        await expect(page.getByLabel('Your reply')).toHaveValue('');
        const stored = await storedRecords<{ Body__c: string }>(page, 'Case_Message__c');
        expect(stored.filter((m) => m.Body__c === 'Here is the log from last night.')).toHaveLength(1);
        expect(await caseStatus(page)).toMatchObject({ Status: 'Working' });

        // Close, with a note, after the inline question.
        await page.getByRole('button', { name: 'Close this case' }).click();
        await expect(conversation.getByText('Is your issue solved?')).toBeVisible();
        expect(await axeViolations(page)).toEqual([]);
        await page.getByLabel('Note for Thycotic Support (optional)').fill('Fixed by 11.7.1, thanks.');
        await page.getByRole('button', { name: 'Close case', exact: true }).click();
        await expect(conversation.getByText('Reopening gives the case back to Thycotic Support')).toBeVisible();
        // The page says one thing of a closed case: reopen it (never "create a new case" beside it).
        await expect(page.locator('c-support-case-detail .next-step')).toHaveText(
            'This case is closed. If the issue came back, reopen it in the conversation below.'
        );
        await expect(page.getByText(/create a new case/i)).toHaveCount(0);
        await expect(messages.nth(3).locator('.note')).toHaveText('Closed the case');
        await expect(page.locator('c-support-case-detail .next-step')).toHaveText(/closed/i);
        expect(await caseStatus(page)).toMatchObject({ Status: 'Closed', IsClosed: true });
        await page.screenshot({ path: testInfo.outputPath('case-closed.png'), fullPage: true });

        // Reopen: back with support.
        await page.getByRole('button', { name: 'Reopen this case' }).click();
        await expect(page.getByRole('button', { name: 'Send reply' })).toBeVisible();
        await expect(messages.nth(4).locator('.note')).toHaveText('Reopened the case');
        expect(await caseStatus(page)).toMatchObject({ Status: 'Working', IsClosed: false });
        await expect(page.locator('c-support-case-detail .next-step')).toContainText('Waiting for Thycotic Support');
        expect(await axeViolations(page)).toEqual([]);
    });

    test('a refused reply is explained and the text is kept', async ({ page }) => {
        await page.goto(`/case/${CASE_ID}`);
        await page.getByLabel('Your reply').fill('Any news?');
        await page.getByLabel('Next save').selectOption('validation');
        await page.getByRole('button', { name: 'Send reply' }).click();
        await expect(page.locator('c-support-case-conversation c-support-error-panel')).toContainText(
            'Nothing was sent, and your text is kept'
        );
        await expect(page.getByLabel('Your reply')).toHaveValue('Any news?');
    });

    test('a failed save says what happened in words, never the platform’s words nor a record Id', async ({ page }) => {
        await page.goto(`/case/${CASE_ID}`);
        await page.getByLabel('Your reply').fill('Any news?');
        await page.getByLabel('Next save').selectOption('duplicate');
        await page.getByRole('button', { name: 'Send reply' }).click();
        const panel = page.locator('c-support-case-conversation c-support-error-panel');
        await expect(panel).toContainText('Not saved: something with the same value already exists. Try again.');
        await expect(panel).not.toContainText('duplicate value found');
        await expect(panel).not.toContainText('a02');
    });

    test('a customer attaches a log file to a case, after reading what is accepted', async ({ page }) => {
        await page.goto(`/case/${CASE_ID}`);
        const files = page.locator('c-support-case-files');
        // The file the engineer shared with the customer is there already (e2e/caseFiles.spec.ts).
        await expect(files.locator('li.file .name')).toHaveText(['discovery-debug-settings.txt']);
        await expect(files.locator('.limits')).toContainText('.log, .txt, .zip');
        await expect(files.locator('.limits')).toContainText('up to 2 GB each');
        await files.getByLabel('Attach log files or screenshots').setInputFiles({
            name: 'discovery-engine.log',
            mimeType: 'text/plain',
            buffer: Buffer.from('2026-11-23 02:00:01 Discovery stopped at 40%: host dc02 timed out\n')
        });
        await expect(files.locator('li.file .name')).toHaveText([
            'discovery-engine.log',
            'discovery-debug-settings.txt'
        ]);
        await expect(files.locator('li.file .size').first()).toHaveText('66 bytes');
        await expect(files.locator('.announcement')).toHaveText('Attached: discovery-engine.log.');
        // Stored as an org stores a file on a record: the document, its version, and a link the customer's colleagues see too.
        const [version] = (
            await storedRecords<{ PathOnClient: string; FirstPublishLocationId: string; ContentDocumentId: string }>(
                page,
                'ContentVersion'
            )
        ).filter((v) => v.PathOnClient === 'discovery-engine.log');
        expect(version).toEqual(expect.objectContaining({ FirstPublishLocationId: CASE_ID }));
        const links = await storedRecords<{ ContentDocumentId: string; LinkedEntityId: string; Visibility: string }>(
            page,
            'ContentDocumentLink'
        );
        expect(links.filter((link) => link.ContentDocumentId === version.ContentDocumentId)).toEqual([
            expect.objectContaining({ LinkedEntityId: CASE_ID, Visibility: 'AllUsers' })
        ]);

        // A type the portal does not take is refused by the uploader, in words, and attaches nothing.
        await files.getByLabel('Attach log files or screenshots').setInputFiles({
            name: 'fix.exe',
            mimeType: 'application/octet-stream',
            buffer: Buffer.from('MZ')
        });
        await expect(files.locator('lightning-file-upload [role="alert"]')).toContainText(
            "fix.exe: this file type isn't supported."
        );
        await expect(files.locator('li.file')).toHaveCount(2);
        expect(await axeViolations(page)).toEqual([]);
    });

    test('a customer of the 10,000-case account closes one of those cases and sees it closed', async ({ page }) => {
        await page.goto('/');
        await chooseCustomer(page, 'large');
        await page.goto('/case/500GEN000000000AAA');
        await page.getByRole('button', { name: 'Close this case' }).click();
        await page.getByRole('button', { name: 'Close case', exact: true }).click();
        await expect(page.locator('c-support-case-conversation .closed-hint')).toBeVisible();
        await expect(page.locator('c-support-case-detail .next-step')).toHaveText(/closed/i);
        await page.reload();
        await expect(page.getByRole('button', { name: 'Reopen this case' })).toBeVisible();
    });
});
