// The demo org filters and orders as SOQL and UI API GraphQL do (org-model/soql.mjs), not as
// JavaScript would: "String comparisons are case-insensitive" (GraphQL API guide, Field
// Operators), LIKE too, and ORDER BY puts nulls first ascending and last descending (SOQL and SOSL
// Reference, ORDER BY). A test that passed only because the preview compared more strictly than
// an org would hide a query that finds more in the org.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

type Edge = { node: Record<string, { value: unknown }> };

async function cases(page: Page, args: string, fields = 'Subject { value }'): Promise<Edge[]> {
    const answer = await page.evaluate(
        (query) =>
            (window as unknown as { demoOrg: { uiApi: { graphql: (q: string) => unknown } } }).demoOrg.uiApi.graphql(
                query
            ),
        `query q { uiapi { query { Case(${args}) { edges { node { ${fields} } } } } } }`
    );
    const { data, errors } = answer as { data?: { uiapi: { query: { Case: { edges: Edge[] } } } }; errors?: unknown };
    if (!data) {
        throw new Error(`refused: ${JSON.stringify(errors)}`);
    }
    return data.uiapi.query.Case.edges;
}

test.describe('the demo org compares as SOQL does', () => {
    test.beforeEach(async ({ page }) => {
        await page.goto('/');
    });

    test('eq and like ignore case, as in an org', async ({ page }) => {
        const exact = await cases(page, 'where: { Subject: { eq: "Discovery scan stops at 40%" } }');
        const lower = await cases(page, 'where: { Subject: { eq: "discovery SCAN stops at 40%" } }');
        expect(exact.map((e) => e.node.Subject.value)).toEqual(['Discovery scan stops at 40%']);
        expect(lower).toEqual(exact);
        expect((await cases(page, 'where: { Subject: { like: "%SCAN%" } }')).length).toBe(1);
        expect(await cases(page, 'where: { Subject: { eq: "Discovery scan" } }')).toEqual([]);
    });

    test('ORDER BY puts blanks first ascending and last descending', async ({ page }) => {
        const order = async (direction: 'ASC' | 'DESC') =>
            (
                await cases(
                    page,
                    `orderBy: { ClosedDate: { order: ${direction} } }`,
                    'CaseNumber { value } ClosedDate { value }'
                )
            ).map((e) => (e.node.ClosedDate?.value ?? null) === null);
        const ascending = await order('ASC');
        expect(ascending[0]).toBe(true);
        expect(ascending.at(-1)).toBe(false);
        const descending = await order('DESC');
        expect(descending[0]).toBe(false);
        expect(descending.at(-1)).toBe(true);
    });
});
