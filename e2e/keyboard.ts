import type { Page } from '@playwright/test';

/** The element that really has focus, through shadow roots. */
export async function focusedMatches(page: Page, selector: string): Promise<boolean> {
    return page.evaluate((css) => {
        let element = document.activeElement;
        while (element?.shadowRoot?.activeElement) {
            element = element.shadowRoot.activeElement;
        }
        return Boolean(element?.matches(css));
    }, selector);
}

/** Presses Tab until the focused element matches `selector`, as a keyboard user would. */
export async function tabTo(page: Page, selector: string, maxPresses = 80): Promise<void> {
    for (let i = 0; i < maxPresses; i++) {
        if (await focusedMatches(page, selector)) {
            return;
        }
        await page.keyboard.press('Tab');
    }
    throw new Error(`Tab never reached ${selector}`);
}
