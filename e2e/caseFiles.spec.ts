// Files on a case as the platform shows them: a file reaches the customer through a
// ContentDocumentLink to the case whose Visibility is AllUsers (the file's Customer Access). The
// demo case holds two files of the support engineer's: one shared with the customer, one internal.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { axeViolations } from './demoOrg';

const CASE_ID = '500DEMO0000000001AAA';
const SHARED = 'discovery-debug-settings';
const INTERNAL = 'reproduction-notes-11.7';

/** A query sent to the demo org's UI API as the signed-in user (the customer, or on /engineer the engineer). */
async function asSignedIn(page: Page, query: string, variables: Record<string, unknown> = {}) {
    return page.evaluate(
        ({ query, variables }) =>
            (
                window as unknown as {
                    demoOrg: { uiApi: { graphql: (q: string, v: unknown) => { data?: unknown; errors?: unknown } } };
                }
            ).demoOrg.uiApi.graphql(query, variables),
        { query, variables }
    ) as Promise<{ data?: { uiapi: { query: Record<string, { edges: { node: unknown }[] }> } }; errors?: unknown }>;
}

const LINKS_OF_THE_CASE = `query files($caseId: ID) { uiapi { query {
    ContentDocumentLink(where: { LinkedEntityId: { eq: $caseId } }) {
        edges { node { Visibility { value } ContentDocument { Title { value } } } }
    }
} } }`;

function titles(answer: Awaited<ReturnType<typeof asSignedIn>>): unknown[] {
    return (answer.data?.uiapi.query.ContentDocumentLink.edges ?? []).map(
        ({ node }) => (node as { ContentDocument: { Title: { value: string } } }).ContentDocument.Title.value
    );
}

test.describe('files on a case', () => {
    test('the customer sees the file the engineer shared with them, and not the engineer’s internal one', async ({
        page
    }) => {
        await page.goto(`/case/${CASE_ID}`);
        const files = page.locator('c-support-case-files');
        await expect(files.locator('li.file .name')).toHaveText([`${SHARED}.txt`]);
        await expect(files.locator('li.file .name')).toHaveAttribute(
            'href',
            /\/sfc\/servlet\.shepherd\/document\/download\/069DEMO0000000001AAA/
        );
        await expect(files).not.toContainText(INTERNAL);
        expect(await axeViolations(page)).toEqual([]);
    });

    test('the UI API answers the customer with the shared link only, and refuses a link query without a filter', async ({
        page
    }) => {
        await page.goto(`/case/${CASE_ID}`);
        expect(titles(await asSignedIn(page, LINKS_OF_THE_CASE, { caseId: CASE_ID }))).toEqual([SHARED]);
        // Not by the internal file's own objects either.
        const direct = await asSignedIn(
            page,
            `query f { uiapi { query {
                ContentDocument { edges { node { Title { value } } } }
                ContentVersion { edges { node { Title { value } } } }
            } } }`
        );
        expect(JSON.stringify(direct.data)).toContain(SHARED);
        expect(JSON.stringify(direct.data)).not.toContain(INTERNAL);
        // As SOQL: ContentDocumentLink only by Id, record or document.
        const unfiltered = await asSignedIn(
            page,
            'query all { uiapi { query { ContentDocumentLink { edges { node { Id } } } } } }'
        );
        expect(unfiltered.errors).toEqual([
            {
                message:
                    "ContentDocumentLink: Implementation restriction: ContentDocumentLink requires a filter by a single Id on ContentDocumentId or LinkedEntityId using the equals operator or multiple Id's using the IN operator."
            }
        ]);
    });

    test('the customer cannot share the internal file with themselves through the UI API', async ({ page }) => {
        await page.goto(`/case/${CASE_ID}`);
        const refusals = await page.evaluate(async (caseId) => {
            const api = (
                window as unknown as { demoOrg: { uiApi: Record<string, (arg: unknown) => Promise<unknown>> } }
            ).demoOrg.uiApi;
            const tries = [
                // A new link to the internal file, visible to all users.
                api.createRecord({
                    apiName: 'ContentDocumentLink',
                    fields: {
                        ContentDocumentId: '069DEMO0000000002AAA',
                        LinkedEntityId: caseId,
                        ShareType: 'V',
                        Visibility: 'AllUsers'
                    }
                }),
                // The internal link's Customer Access turned on.
                api.updateRecord({ fields: { Id: '06ADEMO0000000002AAA', Visibility: 'AllUsers' } })
            ];
            return Promise.all(
                tries.map((attempt) =>
                    attempt.then(
                        () => 'saved',
                        (error: { body?: { message?: string } | { message: string }[] }) =>
                            Array.isArray(error.body) ? error.body[0].message : (error.body?.message ?? 'refused')
                    )
                )
            );
        }, CASE_ID);
        // The internal link is not there for the customer at all: not found, as for a record they cannot see.
        expect(refusals).toEqual([
            "You don't have permission to create Content Document Link records.",
            'The requested resource does not exist: 06ADEMO0000000002AAA'
        ]);
        const files = page.locator('c-support-case-files');
        await page.reload();
        await expect(files.locator('li.file .name')).toHaveText([`${SHARED}.txt`]);
    });

    test('the support engineer sees both files on the case, the internal one marked InternalUsers', async ({
        page
    }) => {
        await page.goto('/engineer');
        const answer = await asSignedIn(page, LINKS_OF_THE_CASE, { caseId: CASE_ID });
        const links = (answer.data?.uiapi.query.ContentDocumentLink.edges ?? []).map(({ node }) => {
            const link = node as { Visibility: { value: string }; ContentDocument: { Title: { value: string } } };
            return [link.ContentDocument.Title.value, link.Visibility.value];
        });
        expect(links).toEqual(
            expect.arrayContaining([
                [SHARED, 'AllUsers'],
                [INTERNAL, 'InternalUsers']
            ])
        );
        expect(links).toHaveLength(2);
    });
});
