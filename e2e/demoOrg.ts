// What the browser tests share: the demo org's stored records, the demo customer switch, and axe.
import type { Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/** The demo org's localStorage key (preview/platform/demoOrg.js). */
export const ORG_KEY = 'thycoticSupportPortal.preview.org.v1';

export type StoredRecord = Record<string, unknown>;

/** A GraphQL query sent straight to the demo org's UI API as the page's user, past every component. */
export function askGraphql(page: Page, query: string): Promise<{ data?: unknown; errors?: { message: string }[] }> {
    return page.evaluate(
        (q) =>
            (window as unknown as { demoOrg: { uiApi: { graphql: (q: string) => unknown } } }).demoOrg.uiApi.graphql(q),
        query
    ) as Promise<{ data?: unknown; errors?: { message: string }[] }>;
}

/** Every stored record of an object, as the demo org holds it. */
export async function storedRecords<T = StoredRecord>(page: Page, apiName: string): Promise<T[]> {
    return page.evaluate(
        ({ key, apiName }) => JSON.parse(window.localStorage.getItem(key) ?? '{}').records?.[apiName] ?? [],
        { key: ORG_KEY, apiName }
    );
}

/** Unfolds the preview bar's demo controls where they start folded (a phone). */
export async function openDemoControls(page: Page): Promise<void> {
    const bar = page.locator('details.preview-details');
    if (!(await bar.evaluate((details) => (details as HTMLDetailsElement).open))) {
        await page.locator('summary.preview-summary').click();
    }
}

/** The preview bar's demo customer: covered (Secret Server), cloud (Secret Server Cloud), not covered, 10,000 cases. */
export async function chooseCustomer(
    page: Page,
    scenario: 'covered' | 'cloud' | 'notCovered' | 'large'
): Promise<void> {
    await openDemoControls(page);
    await page.getByLabel('Demo customer').selectOption(scenario);
}

/** The preview bar's "Signed in as": Dana Scully (authorized to grant and end access) or her colleague Walter Skinner. The page reloads as them. */
export async function signInAs(page: Page, who: 'dana' | 'walter'): Promise<void> {
    await openDemoControls(page);
    const userId = who === 'dana' ? '005DEMO0000000001AAA' : '005DEMO0000000002AAA';
    await Promise.all([page.waitForEvent('load'), page.locator('select.signed-in').selectOption(userId)]);
}

/** axe-core's violations on the page, each with where it is. */
export async function axeViolations(page: Page): Promise<string[]> {
    const results = await new AxeBuilder({ page }).analyze();
    return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** The preview bar's language (the demo customer's, kept on their user record): the page reloads in it. */
export async function chooseLanguage(page: Page, code: 'en_US' | 'de'): Promise<void> {
    await openDemoControls(page);
    await Promise.all([page.waitForEvent('load'), page.locator('select.language').selectOption(code)]);
}

/**
 * The text the portal's components put on the page: the header's components and the main region
 * (not the preview bar, nor the site's name, which is the site's own setting).
 */
export async function portalText(page: Page): Promise<string> {
    return (await page.locator('.site-nav, .site-language, .site-main').allInnerTexts()).join('\n');
}
