// A graphql wire's variables are never undefined: Lightning Data Service refuses such a config
// before any request (preview/platform/graphqlVariables.js). The preview's stand-in refuses it as
// LDS does in debug mode, by throwing in the page, which fails every browser test (e2e/fixtures.ts).
import { test, expect } from './fixtures';

const CASES_QUERY = `query supportCases($where: Case_Filter, $first: Int) {
    uiapi { query { Case(where: $where, first: $first) { edges { node { Id } } } } }
}`;

test.describe('graphql variables', () => {
    test('the Cases tab’s All view asks with the empty filter and lists open and closed cases', async ({ page }) => {
        await page.goto('/cases');
        const rows = page.locator('c-support-case-list tbody tr');
        await expect(rows).toHaveCount(1);
        await page.locator('c-support-case-list .status-filter label', { hasText: 'All' }).click();
        await expect(page).toHaveURL(/c__status=all/);
        await expect(rows).toHaveCount(2);
        await expect(rows.nth(0)).toContainText('00001026');
        await expect(rows.nth(1)).toContainText('00001011');
    });

    test('the stand-in answers the empty filter, and refuses an undefined variable in LDS’s words', async ({
        page,
        pageErrors
    }) => {
        await page.goto('/cases');
        const answer = await page.evaluate(
            (query) =>
                (
                    window as unknown as {
                        demoOrg: { graphqlWire(q: string, v: unknown): Promise<{ data?: unknown; errors?: unknown }> };
                    }
                ).demoOrg.graphqlWire(query, { where: {}, first: 10 }),
            CASES_QUERY
        );
        expect(answer.errors).toBeUndefined();
        expect(JSON.stringify(answer.data)).toContain('"Id"');

        await page.evaluate((query) => {
            // Not awaited: like LDS, the wire never answers a refused config.
            void (
                window as unknown as { demoOrg: { graphqlWire(q: string, v: unknown): Promise<unknown> } }
            ).demoOrg.graphqlWire(query, { where: undefined, first: 10 });
        }, CASES_QUERY);
        await expect
            .poll(() => [...pageErrors])
            .toEqual(['lightning/graphql: Variable $where has an undefined value provided for it.']);
        // Taken here: the fixture fails any other test on a page error.
        pageErrors.splice(0);
    });
});
