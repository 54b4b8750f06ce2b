// The Cases tab of a large account: 10,000 cases in the demo org (the preview bar's "Acme Corp,
// 10,000 cases"). Every case is reachable by number or subject, the count is the server's, pages go
// to the end and back, and a link with filters opens the same view.
import { execFileSync } from 'node:child_process';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { axeViolations, chooseCustomer } from './demoOrg';

interface DemoCase {
    CaseNumber: string;
    Subject: string;
    IsClosed: boolean;
    Severity__c: string;
    ContactId: string | null;
}

const DEMO_CONTACT = '003DEMO0000000001AAA';

/** The demo account's cases, computed apart from the page: the seed's two and the 10,000 made for it. */
const ALL_CASES = JSON.parse(
    execFileSync(
        process.execPath,
        [
            '--input-type=module',
            '-e',
            "import { seedRecords, generatedCases } from './org-model/demoData.mjs'; const keep = ({ CaseNumber, Subject, IsClosed, Severity__c, ContactId }) => ({ CaseNumber, Subject, IsClosed, Severity__c, ContactId }); process.stdout.write(JSON.stringify([...seedRecords().Case, ...generatedCases(10000)].map(keep)));"
        ],
        { cwd: new URL('..', `file://${__filename}`).pathname, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }
    )
) as DemoCase[];
const OPEN = ALL_CASES.filter((c) => !c.IsClosed);
/** A number as the list writes it for these tests' en-US browser: 6,668. */
const n = (value: number): string => value.toLocaleString('en-US');

const list = (page: Page) => page.locator('c-support-case-list');
const rows = (page: Page) => list(page).locator('tbody tr');
const range = (page: Page) => list(page).locator('.range');

async function openLargeAccount(page: Page): Promise<void> {
    await page.goto('/cases');
    await chooseCustomer(page, 'large');
    // LDS keeps a list it answered until it is refreshed: the new customer's list shows after a reload.
    await page.reload();
    await expect(range(page)).toHaveText(`Cases 1–25 of ${n(OPEN.length)}`);
}

test.describe('the Cases tab of an account with 10,000 cases', () => {
    // The list writes numbers as the viewer's locale does; these expectations are en-US.
    test.use({ locale: 'en-US' });
    test('the count is the server’s, and pages go to the last one and back', async ({ page }) => {
        await openLargeAccount(page);
        await expect(rows(page)).toHaveCount(25);
        await expect(list(page).locator('.count')).toHaveText(`${n(OPEN.length)} cases`);
        const pages = Math.ceil(OPEN.length / 25);
        await expect(list(page).locator('.page-number')).toHaveText(`Page 1 of ${n(pages)}`);

        await list(page).getByRole('button', { name: 'Next page' }).click();
        await expect(range(page)).toHaveText(`Cases 26–50 of ${n(OPEN.length)}`);
        await list(page).getByRole('button', { name: 'Last page' }).click();
        const lastFrom = (pages - 1) * 25 + 1;
        await expect(range(page)).toHaveText(`Cases ${n(lastFrom)}–${n(OPEN.length)} of ${n(OPEN.length)}`);
        await expect(list(page).getByRole('button', { name: 'Next page' })).toBeDisabled();
        await expect(rows(page)).toHaveCount(OPEN.length - lastFrom + 1);
        // The oldest open case is the last row of the last page.
        await expect(rows(page).last()).toContainText(OPEN.at(-1)?.CaseNumber ?? '');

        await list(page).getByRole('button', { name: 'Previous page' }).click();
        await expect(range(page)).toHaveText(`Cases ${n(lastFrom - 25)}–${n(lastFrom - 1)} of ${n(OPEN.length)}`);
        await list(page).getByRole('button', { name: 'Next page' }).click();
        await expect(range(page)).toHaveText(`Cases ${n(lastFrom)}–${n(OPEN.length)} of ${n(OPEN.length)}`);
        await list(page).getByRole('button', { name: 'First page' }).click();
        await expect(range(page)).toHaveText(`Cases 1–25 of ${n(OPEN.length)}`);
        expect(await axeViolations(page)).toEqual([]);
    });

    test('finds a case by its number and by words of its subject', async ({ page }) => {
        await openLargeAccount(page);
        const search = list(page).getByRole('searchbox', { name: 'Search by case number or subject' });
        await search.fill('00025000');
        await expect(range(page)).toHaveText('Cases 1–1 of 1');
        await expect(rows(page).first()).toContainText('00025000');

        await search.fill('Launcher does not open');
        const matching = OPEN.filter((c) => c.Subject.includes('Launcher does not open'));
        await expect(range(page)).toHaveText(`Cases 1–25 of ${n(matching.length)}`);
        for (const text of await rows(page).locator('.subject').allTextContents()) {
            expect(text).toContain('Launcher does not open');
        }
        // What the customer typed is not put in the URL.
        expect(page.url()).not.toContain('Launcher');
    });

    test('a link with filters and a sort opens the same view', async ({ page }) => {
        await openLargeAccount(page);
        await page.goto('/cases?c__status=closed&c__severity=Severity%202&c__sort=CaseNumber.asc');
        const expected = ALL_CASES.filter((c) => c.IsClosed && c.Severity__c === 'Severity 2').sort((a, b) =>
            a.CaseNumber.localeCompare(b.CaseNumber)
        );
        await expect(range(page)).toHaveText(`Cases 1–25 of ${n(expected.length)}`);
        await expect(rows(page).first()).toContainText(expected[0].CaseNumber);
        await expect(list(page).getByRole('radio', { name: 'Closed', exact: true })).toBeChecked();
        for (const text of await rows(page).locator('.severity').allTextContents()) {
            expect(text).toBe('Severity 2');
        }

        // Changing a filter puts it in the URL, so Back and a shared link return here.
        await list(page).locator('lightning-combobox.scope button').click();
        await page.getByRole('option', { name: 'My cases' }).click();
        await expect(page).toHaveURL(/c__scope=mine/);
        await expect(page).toHaveURL(/c__severity=Severity(\+|%20)2/);
        const mine = expected.filter((c) => c.ContactId === DEMO_CONTACT);
        await expect(range(page)).toHaveText(`Cases 1–25 of ${n(mine.length)}`);
        await page.goBack();
        await page.goForward();
        await expect(range(page)).toHaveText(`Cases 1–25 of ${n(mine.length)}`);
    });

    test('the demo org’s cursors stop at 2,000 records, as the UI API’s do, while totalCount counts all', async ({
        page
    }) => {
        await openLargeAccount(page);
        const answer = await page.evaluate(async () => {
            const api = (window as unknown as { demoOrg: { uiApi: { graphql: (q: string) => unknown } } }).demoOrg
                .uiApi;
            // The demo org's cursor for the 1,990th record (an offset, as the UI API's cursors are opaque).
            const after = btoa('v1:1989');
            return api.graphql(
                `query q { uiapi { query { Case(first: 25, after: "${after}") { edges { node { Id } } totalCount pageInfo { hasNextPage } } } } }`
            );
        });
        const connection = (
            answer as {
                data: {
                    uiapi: {
                        query: { Case: { edges: unknown[]; totalCount: number; pageInfo: { hasNextPage: boolean } } };
                    };
                };
            }
        ).data.uiapi.query.Case;
        expect(connection.edges).toHaveLength(10);
        expect(connection.pageInfo.hasNextPage).toBe(false);
        expect(connection.totalCount).toBe(ALL_CASES.length);
    });
});
