// A page's server calls in the preview (window.demoOrg.calls()), once it has settled.
import type { Page } from '@playwright/test';
import type { ServerCall } from '../scripts/lib/budget.mjs';

/** Waits until no call is under way and none has started for `quietMs`, then answers the calls. */
export async function settledCalls(page: Page, quietMs = 600): Promise<ServerCall[]> {
    let last = -1;
    for (;;) {
        const calls = await page.evaluate(() =>
            (
                window as unknown as { demoOrg: { calls(): { name: string; start: number; end?: number }[] } }
            ).demoOrg.calls()
        );
        const busy = calls.some((call) => call.end === undefined);
        if (!busy && calls.length === last) {
            return calls;
        }
        last = busy ? -1 : calls.length;
        await page.waitForTimeout(quietMs);
    }
}
