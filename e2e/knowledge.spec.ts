// Answers before a case: article suggestions while the customer describes the problem, the
// article page, and the records the admin reports deflection from. The demo org holds the demo
// articles of data/knowledge-articles.json (the install script loads the same file into an org).
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { axeViolations, chooseLanguage, storedRecords } from './demoOrg';

interface StoredSuggestion {
    Outcome__c: string;
    Where__c: string;
    Suggested_Articles__c: string;
    Suggestions_Shown__c: number;
    Articles_Opened__c: number;
    Answering_Article__c?: string;
}

const HEARTBEAT = 'Heartbeat fails after rotating a password';

async function toDetails(page: Page): Promise<void> {
    await page.goto('/create-case');
    await page.locator('c-support-create-case lightning-radio-group label', { hasText: 'Severity 2:' }).click();
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(page.getByText('Step 2 of 3: Details')).toBeVisible();
}

/** The article suggestion queries the page sent since `clearCalls`. */
async function suggestionCalls(page: Page): Promise<number> {
    const calls = await page.evaluate(() =>
        (window as unknown as { demoOrg: { calls(): { name: string }[] } }).demoOrg.calls()
    );
    return calls.filter((call) => call.name === 'graphql supportArticleSuggestions').length;
}

async function clearCalls(page: Page): Promise<void> {
    await page.evaluate(() => (window as unknown as { demoOrg: { clearCalls(): void } }).demoOrg.clearCalls());
}

const suggestionTitles = (page: Page) => page.locator('c-support-article-suggestions .article-title strong');

test.describe('article suggestions before a case', () => {
    test('typing "rotate password heartbeat" shows the heartbeat article within one pause; Yes files nothing', async ({
        page
    }) => {
        await toDetails(page);
        const casesBefore = (await storedRecords(page, 'Case')).length;
        await clearCalls(page);
        await page.getByLabel('Subject').pressSequentially('rotate password heartbeat', { delay: 40 });
        await expect(suggestionTitles(page).first()).toHaveText(HEARTBEAT, { timeout: 3000 });
        expect(await suggestionCalls(page)).toBe(1);
        await expect(page.getByText('Did one of these articles answer your question?')).toBeVisible();
        expect(await axeViolations(page)).toEqual([]);

        await page.getByRole('button', { name: `Read: ${HEARTBEAT}` }).click();
        const inline = page.locator('c-support-article-suggestions c-support-article');
        await expect(inline.locator('lightning-formatted-rich-text h2').first()).toBeVisible();
        await page.getByRole('button', { name: 'Yes, I need no case' }).click();

        await expect(page.getByText('Glad it helped')).toBeVisible();
        await expect(page.getByText(/create a case and mention article \d+/)).toBeVisible();
        await expect(page.getByLabel('Subject')).toBeHidden();
        expect((await storedRecords(page, 'Case')).length).toBe(casesBefore);
        const [answer] = await storedRecords<StoredSuggestion>(page, 'Article_Suggestion__c');
        expect(answer).toMatchObject({ Outcome__c: 'Answered', Where__c: 'Create_a_Case', Articles_Opened__c: 1 });
        expect(answer.Suggested_Articles__c.split(' ')).toContain(answer.Answering_Article__c);
        expect(await axeViolations(page)).toEqual([]);
    });

    test('No keeps what was typed and the case is filed', async ({ page }) => {
        await toDetails(page);
        await page.getByLabel('Subject').fill('rotate password heartbeat');
        await page.getByLabel('Symptoms and details').fill('The heartbeat fails since the nightly rotation.');
        await expect(suggestionTitles(page).first()).toHaveText(HEARTBEAT);
        await page.getByRole('button', { name: 'No, go on with my case' }).click();

        await expect(page.getByText('Did one of these articles answer your question?')).toBeHidden();
        await expect(page.getByLabel('Subject')).toHaveValue('rotate password heartbeat');
        await expect(page.getByLabel('Symptoms and details')).toHaveValue(
            'The heartbeat fails since the nightly rotation.'
        );
        await page.getByRole('button', { name: 'Next' }).click();
        await page.getByRole('button', { name: 'Submit case' }).click();
        await expect(page.getByText(/Case \d+ was created\./)).toBeVisible();
        const cases = await storedRecords<{ Subject: string }>(page, 'Case');
        expect(cases.some((c) => c.Subject === 'rotate password heartbeat')).toBe(true);
        const [answer] = await storedRecords<StoredSuggestion>(page, 'Article_Suggestion__c');
        expect(answer).toMatchObject({ Outcome__c: 'Not_Answered', Articles_Opened__c: 0 });
    });

    test('Severity 1 never waits for suggestions: it stops at the phone numbers', async ({ page }) => {
        await page.goto('/create-case');
        await page.locator('c-support-create-case lightning-radio-group label', { hasText: 'Severity 1:' }).click();
        await expect(page.locator('c-support-create-case c-support-phone-table')).toBeVisible();
        await expect(page.locator('c-support-article-suggestions')).toHaveCount(0);

        // On the portal page, Severity 1 on the contact options takes the search away too.
        await page.goto('/');
        const search = page.getByLabel('Describe the problem to find articles');
        await expect(search).toBeVisible();
        await page.locator('c-support-contact-options lightning-radio-group label', { hasText: 'Severity 1:' }).click();
        await expect(search).toBeHidden();
    });

    test('the Contact support tab searches too, and No opens Create a Case with the words typed', async ({ page }) => {
        await page.goto('/');
        await page.getByLabel('Describe the problem to find articles').fill('SAML login loop');
        await expect(suggestionTitles(page).first()).toContainText('SAML');
        await page.getByRole('button', { name: 'No, go on with my case' }).click();
        await expect(page).toHaveURL(/\/create-case$/);
        await page.locator('c-support-create-case lightning-radio-group label', { hasText: 'Severity 3:' }).click();
        await page.getByRole('button', { name: 'Next' }).click();
        await expect(page.getByLabel('Subject')).toHaveValue('SAML login loop');
        const [answer] = await storedRecords<StoredSuggestion>(page, 'Article_Suggestion__c');
        expect(answer).toMatchObject({ Outcome__c: 'Not_Answered', Where__c: 'Contact_Support' });
    });
});

test.describe('the article page', () => {
    test('renders the article body as rich text, passes axe and leads back to the case', async ({ page }) => {
        await page.goto('/article?c__urlName=heartbeat-fails-after-password-rotation&c__from=case');
        await expect(page.getByRole('heading', { level: 1, name: HEARTBEAT })).toBeVisible();
        const body = page.locator('c-support-article lightning-formatted-rich-text');
        await expect(body.locator('h2').first()).toBeVisible();
        await expect(body.locator('li').first()).toBeVisible();
        // The words, a space, the date: "Last updated November 10, 2026", never "Last updatedNovember 10".
        await expect(page.locator('c-support-article .updated')).toHaveText(/^Last updated \S.*\d{4}/);
        expect(await axeViolations(page)).toEqual([]);
        await page.getByRole('link', { name: 'Back to your case' }).click();
        await expect(page).toHaveURL(/\/create-case$/);
    });

    test('shows the German version to a German-speaking customer', async ({ page }) => {
        await page.goto('/article?c__urlName=heartbeat-fails-after-password-rotation&c__from=home');
        await chooseLanguage(page, 'de');
        await expect(page.getByRole('link', { name: 'Zurück zum Support' })).toBeVisible();
        await expect(page.locator('c-support-article h1')).not.toHaveText(HEARTBEAT);
        expect(await axeViolations(page)).toEqual([]);
    });

    test('a draft article is not there for customers, by its URL or by a query', async ({ page }) => {
        await page.goto('/article?c__urlName=draft-vault-sizing-guide&c__from=home');
        await expect(page.getByText('This article is not available.')).toBeVisible();
        const found = await page.evaluate(() => {
            const api = (
                window as unknown as {
                    demoOrg: { uiApi: { graphql(query: string, variables?: unknown): { data?: unknown } } };
                }
            ).demoOrg.uiApi;
            return api.graphql(
                'query drafts { uiapi { query { Knowledge__kav(where: { PublishStatus: { eq: "Draft" } }) { edges { node { Id } } } } } }'
            );
        });
        expect(JSON.stringify(found)).toContain('"edges":[]');
    });
});
