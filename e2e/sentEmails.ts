// What the email browser tests share: the engineer's reply on the app's case page, and the preview
// bar's Sent emails panel, where the org's flows' emails are read.
import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';
import { openDemoControls } from './demoOrg';
import { en } from './labels';

/** The engineer's reply on the app's case page (the preview shows it in the demo customer's language). */
export async function replyAsEngineer(page: Page, caseId: string, text: string, labels = en): Promise<void> {
    await page.goto(`/engineer/case/${caseId}`);
    const conversation = page.locator('preview-record-page c-support-case-conversation');
    await conversation.getByLabel(labels.Support_Conversation_Reply_Label).fill(text);
    await conversation.getByRole('button', { name: labels.Support_Conversation_Send }).click();
    await expect(conversation.locator('.announcement')).toHaveText(labels.Support_Conversation_Sent_Support);
}

/** The Sent emails panel, unfolded. */
export async function openSentEmails(page: Page): Promise<Locator> {
    await openDemoControls(page);
    const panel = page.locator('preview-sent-emails');
    if (!(await panel.locator('details').evaluate((d) => (d as HTMLDetailsElement).open))) {
        await panel.locator('summary').click();
    }
    return panel;
}
