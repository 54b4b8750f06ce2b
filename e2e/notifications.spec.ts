// Emails the org's flows send (issue 28), read in the preview bar's Sent emails panel: the flow
// Support_Case_Reply_Notify, run from its XML, emails the case's contact when Thycotic replies, in
// the contact's language, with the case number and a link that opens the case page.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { axeViolations, chooseLanguage, signInAs, storedRecords } from './demoOrg';
import { openSentEmails, replyAsEngineer } from './sentEmails';
import { sidewaysScroll } from './onScreen';
import { de, en } from './labels';

const CASE_ID = '500DEMO0000000001AAA';

test.describe('emails the flows send', () => {
    test("the engineer replies: the customer's email has the case number, the reply and a link that opens the case", async ({
        page
    }) => {
        await page.goto('/');
        let panel = await openSentEmails(page);
        await expect(panel.locator('summary')).toHaveText('Sent emails (0)');
        await expect(panel.locator('.sent-none')).toBeVisible();

        await replyAsEngineer(page, CASE_ID, 'Please send the discovery log from last night.');
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
        await replyAsEngineer(page, CASE_ID, 'Bitte senden Sie uns das Protokoll.', de);
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

    test("a follower gets both: Thycotic's reply (hidden from the contact), and his own reply reaches the owner", async ({
        page
    }) => {
        // Dana, the case's contact, adds her colleague Walter as a follower (the UI API call the
        // case page makes; the server stamps his portal user).
        await page.goto('/');
        const added = await page.evaluate(
            (caseId) =>
                (
                    window as unknown as {
                        demoOrg: { uiApi: { createRecord: (input: unknown) => Promise<{ id: string }> } };
                    }
                ).demoOrg.uiApi.createRecord({
                    apiName: 'Case_Follower__c',
                    fields: { Case__c: caseId, Contact__c: '003DEMO0000000002AAA' }
                }),
            CASE_ID
        );
        expect(added.id).toBeTruthy();

        await replyAsEngineer(page, CASE_ID, 'Please send the discovery log from last night.');
        let panel = await openSentEmails(page);
        await expect(panel.locator('summary')).toHaveText('Sent emails (2)');
        // Newest first: Walter's copy, then Dana's. His address is a hidden copy: Dana's email does not show it.
        const [toWalter, toDana] = [panel.locator('.sent-email').nth(0), panel.locator('.sent-email').nth(1)];
        await expect(toDana.locator('.to')).toHaveText('dana.scully@acme.example');
        await expect(toDana.locator('.bcc')).toHaveCount(0);
        await expect(toWalter.locator('.to')).toHaveText('');
        await expect(toWalter.locator('.bcc')).toHaveText('walter.skinner@acme.example');
        await expect(toWalter.locator('.subject')).toHaveText(
            '[Case 00001026] Thycotic replied: Discovery scan stops at 40%'
        );
        await expect(toWalter.locator('.body')).toContainText('Please send the discovery log from last night.');

        // Walter follows the link and answers on the case page: the owner is emailed, as for Dana.
        await signInAs(page, 'walter');
        panel = await openSentEmails(page);
        await panel.locator('.sent-email').nth(0).getByRole('link', { name: 'Open the link in this preview' }).click();
        await expect(page).toHaveURL(new RegExp(`/case/${CASE_ID}$`));
        const conversation = page.locator('c-support-case-conversation');
        await conversation.getByLabel(en.Support_Conversation_Reply_Label).fill('Attached from my side.');
        await conversation.getByRole('button', { name: en.Support_Conversation_Send }).click();
        await expect(conversation.locator('.announcement')).toHaveText(en.Support_Conversation_Sent);
        panel = await openSentEmails(page);
        await expect(panel.locator('summary')).toHaveText('Sent emails (3)');
        const toOwner = panel.locator('.sent-email').first();
        await expect(toOwner.locator('.to')).toHaveText('fox.mulder@thycotic.example');
        await expect(toOwner.locator('.subject')).toHaveText(
            '[Case 00001026] Walter Skinner replied: Discovery scan stops at 40%'
        );
    });
});

/** The Email notifications page (issue 28 item 4): the customer's own choices, saved on their User. */
async function setEmailChoice(page: Page, label: string, wanted: boolean, labels = en): Promise<void> {
    await page.goto('/');
    await page
        .getByRole('navigation', { name: labels.Support_Nav_Label })
        .getByRole('link', { name: labels.Support_Email_Choices_Title })
        .click();
    await expect(page).toHaveURL(/\/email-notifications$/);
    const choices = page.locator('c-support-email-choices');
    // The box is drawn by its label (SLDS checkbox): the customer clicks the words.
    const box = choices.getByLabel(label);
    if ((await box.isChecked()) !== wanted) {
        await choices.locator('label', { hasText: label }).click();
    }
    await expect(box).toBeChecked({ checked: wanted });
    await choices.getByRole('button', { name: labels.Support_Email_Choices_Save }).click();
    await expect(choices.getByRole('status')).toHaveText(labels.Support_Email_Choices_Saved);
}

test.describe('each customer chooses which emails they get', () => {
    test('a customer who turned reply emails off gets none; turned back on, they come again', async ({ page }) => {
        await setEmailChoice(page, en.Support_Email_Choices_Replies, false);
        expect(await axeViolations(page)).toEqual([]);
        const dana = (await storedRecords(page, 'User')).find((user) => user.Id === '005DEMO0000000001AAA');
        expect(dana).toMatchObject({
            No_Reply_Emails__c: true,
            No_Waiting_Emails__c: false,
            No_Closed_Emails__c: false
        });
        // The page shows the saved choice after a reload.
        await page.reload();
        await expect(
            page.locator('c-support-email-choices').getByLabel(en.Support_Email_Choices_Replies)
        ).not.toBeChecked();

        await replyAsEngineer(page, CASE_ID, 'Please send the discovery log from last night.');
        let panel = await openSentEmails(page);
        await expect(panel.locator('summary')).toHaveText('Sent emails (0)');

        // Control: the same reply once the customer wants replies again is emailed.
        await setEmailChoice(page, en.Support_Email_Choices_Replies, true);
        await replyAsEngineer(page, CASE_ID, 'Please send the discovery log from last night.');
        panel = await openSentEmails(page);
        await expect(panel.locator('summary')).toHaveText('Sent emails (1)');
    });

    test('in German, and on a 320 px phone nothing needs a sideways scroll', async ({ page }) => {
        await page.goto('/');
        await chooseLanguage(page, 'de');
        await page.setViewportSize({ width: 320, height: 640 });
        await page.goto('/email-notifications');
        const choices = page.locator('c-support-email-choices');
        await expect(choices.getByLabel(de.Support_Email_Choices_Waiting)).toBeChecked();
        await expect(choices.getByRole('button', { name: de.Support_Email_Choices_Save })).toBeVisible();
        expect(await sidewaysScroll(page)).toEqual([]);
        expect(await axeViolations(page)).toEqual([]);
    });
});
