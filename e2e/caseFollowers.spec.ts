// Colleagues on a case (issue 28 item 3), end to end over the org's rules and flows as their XML says:
// Dana, the contact of case 00001026, opens who follows it and adds Walter (the flow
// Support_Case_Follower_Stamp stamps him); Monica, who has no portal login, is refused in the org's
// words. The engineer replies and Walter gets the reply email too (a hidden copy). Signed in as Walter,
// the case is under Cases I follow; he stops following and it is gone.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { axeViolations, signInAs, storedRecords } from './demoOrg';
import { en } from './labels';
import { openSentEmails, replyAsEngineer } from './sentEmails';
import { PHONE, notFullyShown, sidewaysScroll } from './onScreen';

const CASE_ID = '500DEMO0000000001AAA';
const CASE_NUMBER = '00001026';

async function openFollowers(page: Page): Promise<ReturnType<Page['locator']>> {
    await page.goto(`/case/${CASE_ID}`);
    // The list loads when asked for (the page is ready without it).
    await page.getByRole('button', { name: en.Support_Case_Followers_Show }).click();
    const followers = page.locator('c-support-case-followers');
    await expect(followers.getByRole('heading', { name: en.Support_Followers_Title })).toBeVisible();
    return followers;
}

async function chooseColleague(followers: ReturnType<Page['locator']>, name: string): Promise<void> {
    await followers.locator('lightning-combobox.add-choice button').click();
    await followers.getByRole('option', { name }).click();
}

const REPLY = 'Please send the discovery log from last night.';

const list = (page: Page) => page.locator('c-support-case-list');
const caseRow = (page: Page) => list(page).locator('tbody tr', { hasText: CASE_NUMBER });

async function casesIFollow(page: Page): Promise<void> {
    // A shared link names the scope; it wins over the customer's remembered choice.
    await page.goto('/cases?c__scope=following');
    const scope = list(page).locator('lightning-combobox.scope');
    await expect(scope).toContainText(en.Support_Cases_Scope_Following);
}

test.describe('colleagues on a case', () => {
    test('Dana adds Walter; he finds the case under Cases I follow, stops following, and it is gone', async ({
        page
    }) => {
        await page.goto('/');
        let followers = await openFollowers(page);
        await expect(followers.locator('.none')).toHaveText(en.Support_Followers_None);

        // Monica has no portal login: the org refuses her in its words, and the choice stays.
        await chooseColleague(followers, 'Monica Reyes');
        await followers.getByRole('button', { name: en.Support_Followers_Add, exact: true }).click();
        await expect(followers.locator('c-support-error-panel.change-error')).toContainText(
            'This colleague does not sign in to the Support Portal, so they cannot follow a case.'
        );
        await expect(followers.locator('lightning-combobox.add-choice button')).toContainText('Monica Reyes');
        expect(await axeViolations(page)).toEqual([]);

        // Walter, with a double click: one follower.
        await chooseColleague(followers, 'Walter Skinner');
        await followers.getByRole('button', { name: en.Support_Followers_Add, exact: true }).dblclick();
        await expect(followers.locator('.follower-name')).toHaveText(['Walter Skinner']);
        await expect(followers.locator('.announcement')).toHaveText('Walter Skinner now follows this case.');
        await expect(followers.getByRole('button', { name: 'Remove Walter Skinner' })).toBeVisible();
        const rows = await storedRecords(page, 'Case_Follower__c');
        expect(rows).toHaveLength(1);
        expect(rows[0]).toMatchObject({
            Case__c: CASE_ID,
            Contact__c: '003DEMO0000000002AAA',
            Follower__c: '005DEMO0000000002AAA'
        });
        expect(await axeViolations(page)).toEqual([]);

        // The engineer replies: Walter gets the reply email as Dana does, his address a hidden copy.
        await replyAsEngineer(page, CASE_ID, REPLY);
        const panel = await openSentEmails(page);
        const toWalter = panel.locator('.sent-email', {
            has: page.locator('.bcc', { hasText: 'walter.skinner@acme.example' })
        });
        await expect(toWalter).toHaveCount(1);
        await expect(toWalter.locator('.subject')).toHaveText(
            '[Case 00001026] Thycotic replied: Discovery scan stops at 40%'
        );
        await expect(toWalter.locator('.body')).toContainText(REPLY);

        // Dana follows no case: the case is hers (My cases), not one she follows.
        await casesIFollow(page);
        await expect(caseRow(page)).toHaveCount(0);
        await expect(list(page)).toContainText(en.Support_Cases_Empty_Following);

        // Walter: the case under Cases I follow; on it, Stop following on his row, no Add.
        await signInAs(page, 'walter');
        await casesIFollow(page);
        await expect(caseRow(page)).toBeVisible();
        followers = await openFollowers(page);
        await expect(followers.locator('lightning-combobox.add-choice')).toHaveCount(0);
        await expect(followers.getByRole('button', { name: /^Remove/ })).toHaveCount(0);
        await followers.getByRole('button', { name: en.Support_Followers_Stop }).click();
        await expect(followers.locator('p.stopped')).toHaveText(en.Support_Followers_Stopped);
        await expect(followers.locator('p.stopped')).toBeFocused();
        await expect(followers.locator('.none')).toHaveText(en.Support_Followers_None);
        expect(await storedRecords(page, 'Case_Follower__c')).toHaveLength(0);

        await casesIFollow(page);
        await expect(list(page)).toContainText(en.Support_Cases_Empty_Following);
        await expect(caseRow(page)).toHaveCount(0);
    });

    test('on a phone the followers are a list: nothing cut and no sideways scroll', async ({ page }) => {
        await page.setViewportSize(PHONE.viewport);
        await page.goto('/');
        const followers = await openFollowers(page);
        await chooseColleague(followers, 'Walter Skinner');
        await followers.getByRole('button', { name: en.Support_Followers_Add, exact: true }).click();
        await expect(followers.locator('.follower-name')).toHaveText(['Walter Skinner']);
        expect(await notFullyShown(followers.locator('button').filter({ visible: true }))).toEqual([]);
        expect(await sidewaysScroll(page)).toEqual([]);
        await expect(followers.locator('table')).toHaveCount(0);
    });
});
