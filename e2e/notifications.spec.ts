// Emails the org's flows send (issue 28), read in the preview bar's Sent emails panel: the flow
// Support_Case_Reply_Notify, run from its XML, emails the case's contact when Thycotic replies, in
// the contact's language, with the case number and a link that opens the case page.
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { axeViolations, chooseLanguage, openDemoControls } from './demoOrg';
import { de, en } from './labels';

const CASE_ID = '500DEMO0000000001AAA';

/** The engineer's reply on the app's case page (the preview shows it in the demo customer's language). */
async function replyAsEngineer(page: Page, text: string, labels = en): Promise<void> {
    await page.goto(`/engineer/case/${CASE_ID}`);
    const conversation = page.locator('preview-record-page c-support-case-conversation');
    await conversation.getByLabel(labels.Support_Conversation_Reply_Label).fill(text);
    await conversation.getByRole('button', { name: labels.Support_Conversation_Send }).click();
    await expect(conversation.locator('.announcement')).toHaveText(labels.Support_Conversation_Sent_Support);
}

async function openSentEmails(page: Page): Promise<Locator> {
    await openDemoControls(page);
    const panel = page.locator('preview-sent-emails');
    if (!(await panel.locator('details').evaluate((d) => (d as HTMLDetailsElement).open))) {
        await panel.locator('summary').click();
    }
    return panel;
}

test.describe('emails the flows send', () => {
    test("the engineer replies: the customer's email has the case number, the reply and a link that opens the case", async ({
        page
    }) => {
        await page.goto('/');
        let panel = await openSentEmails(page);
        await expect(panel.locator('summary')).toHaveText('Sent emails (0)');
        await expect(panel.locator('.sent-none')).toBeVisible();

        await replyAsEngineer(page, 'Please send the discovery log from last night.');
        panel = await openSentEmails(page);
        await expect(panel.locator('summary')).toHaveText('Sent emails (1)');
        const email = panel.locator('.sent-email').first();
        await expect(email.locator('.to')).toHaveText('dana.scully@acme.example');
        await expect(email.locator('.from')).toHaveText('support@thycotic.com');
        await expect(email.locator('.subject')).toHaveText(
            '[Case 00001026] Thycotic replied: Discovery scan stops at 40%'
        );
        await expect(email.locator('.language')).toHaveText('en_US');
        await expect(email.locator('.body')).toContainText('Please send the discovery log from last night.');
        await expect(email.locator('.body')).toContainText(`/case/${CASE_ID}`);
        expect(await axeViolations(page)).toEqual([]);

        // The link opens the case page on the site, where the customer reads the reply.
        await email.getByRole('link', { name: 'Open the link in this preview' }).click();
        await expect(page).toHaveURL(new RegExp(`/case/${CASE_ID}$`));
        await expect(page.locator('c-support-case-conversation .thread li').last()).toContainText(
            'Please send the discovery log from last night.'
        );
    });

    test('a German contact gets it in German', async ({ page }) => {
        await page.goto('/');
        await chooseLanguage(page, 'de');
        await replyAsEngineer(page, 'Bitte senden Sie uns das Protokoll.', de);
        const email = (await openSentEmails(page)).locator('.sent-email').first();
        await expect(email.locator('.subject')).toHaveText(
            '[Fall 00001026] Antwort von Thycotic: Discovery scan stops at 40%'
        );
        await expect(email.locator('.language')).toHaveText('de');
        await expect(email.locator('.body')).toContainText('Der Thycotic-Support hat im Fall 00001026');
    });

    test("the customer replies: not emailed to them; the case's owner gets it, with a link that opens the case in the app", async ({
        page
    }) => {
        await page.goto(`/case/${CASE_ID}`);
        const conversation = page.locator('c-support-case-conversation');
        await conversation.getByLabel(en.Support_Conversation_Reply_Label).fill('Here is the log you asked for.');
        await conversation.getByRole('button', { name: en.Support_Conversation_Send }).click();
        await expect(conversation.locator('.announcement')).toHaveText(en.Support_Conversation_Sent);

        const panel = await openSentEmails(page);
        await expect(panel.locator('summary')).toHaveText('Sent emails (1)');
        const email = panel.locator('.sent-email').first();
        await expect(email.locator('.to')).toHaveText('fox.mulder@thycotic.example');
        await expect(email.locator('.subject')).toHaveText(
            '[Case 00001026] Dana Scully replied: Discovery scan stops at 40%'
        );
        await expect(email.locator('.body')).toContainText('Here is the log you asked for.');
        await email.getByRole('link', { name: 'Open the link in this preview' }).click();
        await expect(page).toHaveURL(new RegExp(`/engineer/case/${CASE_ID}$`));
        await expect(page.locator('preview-record-page c-support-case-conversation .thread li').last()).toContainText(
            'Here is the log you asked for.'
        );
    });
});
