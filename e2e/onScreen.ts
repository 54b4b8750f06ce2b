// Whether what a customer must read or tap is fully on screen: inside the screen's width, not cut by
// a box that hides or scrolls its overflow, its own text not cut short. In words; none: all shown.
import type { Locator, Page } from '@playwright/test';

/** A phone: an iPhone 14's screen (Playwright's devices['iPhone 14'] gives its screen as 390 × 844). */
export const PHONE = {
    viewport: { width: 390, height: 844 },
    screen: { width: 390, height: 844 },
    deviceScaleFactor: 3,
    isMobile: true,
    hasTouch: true
};

/** What of each element `locator` finds is not fully on screen, named by its text. */
export async function notFullyShown(locator: Locator): Promise<string[]> {
    return locator.evaluateAll((elements) => {
        const parentOf = (node: Element): Element | null =>
            node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);
        const width = document.documentElement.clientWidth;
        const px = (value: number) => `${Math.round(value)} px`;
        const problems: string[] = [];
        for (const element of elements) {
            const name = `"${(element.textContent ?? '').trim().replace(/\s+/g, ' ') || element.tagName}"`;
            const box = element.getBoundingClientRect();
            if (box.width === 0 || box.height === 0) {
                problems.push(`${name} is not shown`);
                continue;
            }
            if (box.left < -0.5 || box.right > width + 0.5) {
                problems.push(`${name} spans ${px(box.left)} to ${px(box.right)}; the screen is ${px(width)} wide`);
            }
            if (element.clientWidth > 0 && element.scrollWidth > element.clientWidth + 1) {
                problems.push(
                    `${name} is cut short: its text needs ${px(element.scrollWidth)}, it has ${px(element.clientWidth)}`
                );
            }
            for (let box2 = parentOf(element); box2; box2 = parentOf(box2)) {
                const overflow = getComputedStyle(box2).overflowX;
                const clip = box2.getBoundingClientRect();
                if (overflow !== 'visible' && (box.left < clip.left - 0.5 || box.right > clip.right + 0.5)) {
                    problems.push(
                        `${name} is cut by <${box2.tagName.toLowerCase()} class="${box2.getAttribute('class') ?? ''}"> (overflow ${overflow}): it ends at ${px(box.right)}, the box at ${px(clip.right)}`
                    );
                    break;
                }
            }
        }
        return problems;
    });
}

/** Whether the page is wider than the screen (a sideways scroll), in words; none: it is not. */
export async function sidewaysScroll(page: Page): Promise<string[]> {
    const { scroll, screen } = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        screen: document.documentElement.clientWidth
    }));
    return scroll > screen ? [`the page is ${scroll} px wide on a ${screen} px screen`] : [];
}

/** What of each element is not on the first screen, before any scrolling, in words. */
export async function belowTheFold(locator: Locator): Promise<string[]> {
    return locator.evaluateAll((elements) =>
        elements.flatMap((element) => {
            const box = element.getBoundingClientRect();
            const name = (element.textContent ?? '').trim().replace(/\s+/g, ' ');
            return window.scrollY === 0 && box.top >= 0 && box.bottom <= window.innerHeight
                ? []
                : [
                      `"${name}" spans ${Math.round(box.top)} to ${Math.round(box.bottom)} px; the screen shows 0 to ${window.innerHeight} px`
                  ];
        })
    );
}
