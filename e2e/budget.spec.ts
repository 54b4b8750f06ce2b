// The performance budget's deterministic part, in the browser: each page's first load makes at most
// so many server calls, in so many sequential waves (scripts/lib/budget.mjs; npm run bench prints them).
import { test, expect } from './fixtures';
import { BUDGET, pageBudgetProblems, waves } from '../scripts/lib/budget.mjs';
import type { BudgetPage } from '../scripts/lib/budget.mjs';
import { settledCalls } from './serverCalls';

const PAGES: [BudgetPage, string][] = [
    ['home', '/'],
    ['cases', '/cases'],
    ['createCase', '/create-case'],
    ['casePage', '/case/500DEMO0000000001AAA']
];

for (const [name, path] of PAGES) {
    test(`${name}: first load within ${BUDGET[name].calls} server calls in ${BUDGET[name].waves} wave`, async ({
        page
    }) => {
        await page.goto(path);
        const calls = await settledCalls(page);
        test.info().annotations.push({
            type: 'calls',
            description: `${calls.length} calls, ${waves(calls)} waves: ${calls.map((c) => c.name).join(', ')}`
        });
        expect(pageBudgetProblems(name, calls)).toEqual([]);
    });
}

// Home is ready with the PIN bar; a tab's parts are fetched when the tab is first shown
// (supportPortal, `<lwc:component lwc:is>`): the preview serves each such module as a chunk of its own.
test('Home fetches the email composer only when its tab is opened', async ({ page }) => {
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await page.goto('/');
    await expect(page.locator('c-support-pin-bar button.get-pin')).toBeVisible();
    await expect(page.locator('c-support-contact-options')).toBeVisible();
    await settledCalls(page);
    expect(fetched.filter((path) => path.includes('supportEmailComposer'))).toEqual([]);

    await page.getByRole('tab', { name: 'Email support' }).click();
    await expect(page.getByRole('heading', { name: 'Email support' })).toBeVisible();
    expect(fetched.filter((path) => path.includes('supportEmailComposer'))).toHaveLength(1);
});
