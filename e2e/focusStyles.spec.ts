// Headings that take focus (the inline panels' titles, so that a screen reader reads them first) are
// drawn as SLDS draws focus: its ring around the words, and only where the browser shows focus
// (after a key, not a click); never a dark box across the panel that looks like a field.
import type { Locator } from '@playwright/test';
import { test, expect } from './fixtures';
import { chooseCustomer } from './demoOrg';
import { en } from './labels';

/** How a focused element is drawn: its outline, its box shadow, and its width against its panel's. */
async function drawn(heading: Locator) {
    return heading.evaluate((element) => {
        const style = getComputedStyle(element);
        const panel = element.parentElement as HTMLElement;
        return {
            outline: style.outlineStyle,
            ring: style.boxShadow,
            narrowerThanPanel: element.getBoundingClientRect().width < panel.getBoundingClientRect().width * 0.8
        };
    });
}

test.describe('focus on a panel title', () => {
    test.beforeEach(async ({ page }) => {
        await page.goto('/');
        await chooseCustomer(page, 'cloud');
    });

    test('after a click: focus moves to the title, drawn without a box', async ({ page }) => {
        await page.getByRole('button', { name: en.Support_PIN_Generate_Privileged }).click();
        const heading = page.locator('c-support-pin-confirm .panel-heading');
        await expect(heading).toBeFocused();
        expect(await drawn(heading)).toEqual({ outline: 'none', ring: 'none', narrowerThanPanel: true });
    });

    test('after a key: the SLDS focus ring around the title only', async ({ page }) => {
        await page.getByRole('button', { name: en.Support_PIN_Generate_Privileged }).focus();
        await page.keyboard.press('Enter');
        const heading = page.locator('c-support-pin-confirm .panel-heading');
        await expect(heading).toBeFocused();
        const { outline, ring, narrowerThanPanel } = await drawn(heading);
        expect({ outline, narrowerThanPanel }).toEqual({ outline: 'none', narrowerThanPanel: true });
        // --slds-g-shadow-outline-focus-1: a 2px ring in the brand colour.
        expect(ring).toMatch(/0px 0px 0px 2px$/);

        // The PIN's own panel, once issued, the same way.
        await page.getByRole('button', { name: en.Support_PIN_Generate_Privileged }).last().press('Enter');
        const pinHeading = page.locator('c-support-pin-dialog .panel-heading');
        await expect(pinHeading).toBeFocused();
        expect((await drawn(pinHeading)).outline).toBe('none');
        expect((await drawn(pinHeading)).ring).toMatch(/0px 0px 0px 2px$/);
    });
});
