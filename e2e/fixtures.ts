// Every browser test also fails when the page throws: a broken re-render can
// leave stale text on screen that a locator alone would not notice.
import { test as base, expect } from '@playwright/test';

export const test = base.extend<{ pageErrors: string[] }>({
    pageErrors: [
        async ({ page }, use) => {
            const errors: string[] = [];
            page.on('pageerror', (error) => errors.push(error.message));
            await use(errors);
            expect(errors, 'errors thrown in the page').toEqual([]);
        },
        { auto: true }
    ]
});

export { expect };
