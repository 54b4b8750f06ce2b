#!/usr/bin/env node
// npm run bench: the performance figures the README's budget names, measured on the preview in
// Chromium (the default 250 ms per server round trip):
// - server calls and their sequential waves on the first load of Home, Cases and Create a Case;
// - scripting time per interaction (PIN click, Next in Create a Case, sorting and filtering cases,
//   a keystroke in the subject, article suggestions after a pause), the median of several runs
//   (Chrome's ScriptDuration metric);
// - what each page of the site loads, minified and gzipped, against its fixed budget, and the
//   parts a page loads on demand (Home's tabs); the compiled components per bundle, raw and gzip;
// - the Cases tab of a large account (10,000 cases): first page, a page change, a sort and a
//   search, each in server requests and scripting time, and the JS heap after paging on.
// - the Support access CSV for 10,000 entries, built in Chromium: in one go, and in chunks as the
//   page builds it, with its longest chunk (a task over 50 ms is a long task).
// It prints a table and writes bench/results.json. Run `npm run build` first (npm run bench does).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { buildPreview } from '../preview/build.mjs';
import { startServer } from '../preview/serve.mjs';
import { BUDGET, PAGE_SIZE_BUDGET_KB, waves } from './lib/budget.mjs';
import { bundleSizes } from './lib/bundleSize.mjs';
import { pageSizes } from './lib/pageSize.mjs';

const root = new URL('..', import.meta.url).pathname;
const RUNS = Number(process.env.BENCH_RUNS || 5);
const PORT = Number(process.env.BENCH_PORT || 4399);
const base = `http://127.0.0.1:${PORT}`;

const median = (values) => {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)];
};

async function settledCalls(page, quietMs = 600) {
    let last = -1;
    for (;;) {
        const calls = await page.evaluate(() => globalThis.demoOrg.calls());
        const busy = calls.some((call) => call.end === undefined);
        if (!busy && calls.length === last) {
            return calls;
        }
        last = busy ? -1 : calls.length;
        await page.waitForTimeout(quietMs);
    }
}

async function freshPage(browser, path) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${base}${path}`);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    return { page, cdp, close: () => context.close() };
}

async function scriptSeconds(cdp) {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return metrics.find((m) => m.name === 'ScriptDuration').value;
}

/** Scripting milliseconds of `act` until `done` holds, on a page prepared by `prepare`. */
async function measure(browser, path, prepare, act, done) {
    const samples = [];
    for (let run = 0; run < RUNS; run++) {
        const { page, cdp, close } = await freshPage(browser, path);
        await prepare(page);
        await settledCalls(page, 300);
        const before = await scriptSeconds(cdp);
        await act(page);
        await done(page);
        await settledCalls(page, 300);
        samples.push((await scriptSeconds(cdp)) - before);
        await close();
    }
    return Math.round(median(samples) * 10000) / 10;
}

const INTERACTIONS = [
    [
        'PIN click (Home)',
        '/',
        async (page) => page.locator('c-support-pin-bar button.get-pin').waitFor(),
        (page) => page.locator('c-support-pin-bar button.get-pin').click(),
        (page) => page.locator('c-support-pin-bar [data-pin]').waitFor()
    ],
    [
        'Next in Create a Case',
        '/create-case',
        async (page) => {
            await page.locator('c-support-create-case lightning-radio-group label', { hasText: 'Severity 3:' }).click();
        },
        (page) => page.getByRole('button', { name: 'Next' }).click(),
        (page) => page.getByText('Step 2 of 3: Details').waitFor()
    ],
    [
        'Sort cases',
        '/cases',
        async (page) => page.locator('c-support-case-list button.sort').first().waitFor(),
        (page) => page.locator('c-support-case-list button.sort').first().click(),
        (page) => page.locator('c-support-case-list tbody tr').first().waitFor()
    ],
    [
        'Filter cases (All)',
        '/cases',
        async (page) => page.locator('c-support-case-list tbody tr').first().waitFor(),
        // One click on the status filter's "All" radio button (a label, as a person clicks it).
        (page) => page.locator('c-support-case-list .status-filter label', { hasText: 'All' }).click(),
        (page) => page.locator('c-support-case-list tbody tr').nth(1).waitFor()
    ],
    [
        'A keystroke in the subject',
        '/create-case',
        async (page) => {
            await page.locator('c-support-create-case lightning-radio-group label', { hasText: 'Severity 3:' }).click();
            await page.getByRole('button', { name: 'Next' }).click();
            await page.getByLabel('Subject').click();
        },
        (page) => page.keyboard.type('x'),
        (page) => page.waitForFunction(() => true)
    ],
    [
        // One more letter after the suggestions are shown: the keystroke, then after the pause the one
        // search and the suggestions drawn again (waiting is not scripting).
        'Article suggestions after a pause',
        '/create-case',
        async (page) => {
            await page.locator('c-support-create-case lightning-radio-group label', { hasText: 'Severity 3:' }).click();
            await page.getByRole('button', { name: 'Next' }).click();
            await page.getByLabel('Subject').fill('rotate password heartbea');
            await page.locator('c-support-article-suggestions .article-title').first().waitFor();
            await page.getByLabel('Subject').press('End');
        },
        (page) => page.keyboard.type('t'),
        (page) =>
            page.waitForFunction(() => {
                const searches = globalThis.demoOrg
                    .calls()
                    .filter((c) => c.name === 'graphql supportArticleSuggestions');
                return searches.length === 2 && searches.every((c) => c.end !== undefined);
            })
    ]
];

/** The Cases tab of the 10,000-case demo customer, its first page shown. */
async function largeAccountCases(page) {
    await page.getByLabel('Demo customer').selectOption('large');
    await page.reload();
    await page.locator('c-support-case-list .range', { hasText: /of \d{1,3}(,\d{3})+$/ }).waitFor();
}

const LARGE_INTERACTIONS = [
    [
        'Next page (10,000 cases)',
        (page) => page.locator('c-support-case-list .next-page button').click(),
        (page) => page.locator('c-support-case-list .range', { hasText: /^Cases 26–50 / }).waitFor()
    ],
    [
        'Sort by subject (10,000 cases)',
        (page) => page.locator('c-support-case-list button.sort[data-field="Subject"]').click(),
        (page) => page.locator('c-support-case-list th[aria-sort="ascending"]').waitFor()
    ],
    [
        'Search a case number (10,000 cases)',
        (page) => page.locator('c-support-case-list lightning-input.search input').fill('00025000'),
        (page) => page.locator('c-support-case-list .range', { hasText: /^Cases 1–1 of 1$/ }).waitFor()
    ]
];

/** Scripting ms and server requests of each interaction on the large account's Cases tab, and its heap. */
async function measureLargeAccount(browser) {
    const results = {};
    for (const [name, act, done] of LARGE_INTERACTIONS) {
        const samples = [];
        let requests = 0;
        for (let run = 0; run < RUNS; run++) {
            const { page, cdp, close } = await freshPage(browser, '/cases');
            await largeAccountCases(page);
            await settledCalls(page, 300);
            const callsBefore = (await page.evaluate(() => globalThis.demoOrg.calls())).length;
            const before = await scriptSeconds(cdp);
            await act(page);
            await done(page);
            const calls = await settledCalls(page, 400);
            samples.push((await scriptSeconds(cdp)) - before);
            requests = calls.length - callsBefore;
            await close();
        }
        results[name] = { ms: Math.round(median(samples) * 10000) / 10, requests };
    }
    const { page, cdp, close } = await freshPage(browser, '/cases');
    await largeAccountCases(page);
    const calls = await settledCalls(page, 300);
    const heap = async () => {
        await cdp.send('HeapProfiler.collectGarbage');
        const { metrics } = await cdp.send('Performance.getMetrics');
        return metrics.find((m) => m.name === 'JSHeapUsedSize').value;
    };
    const firstPage = await heap();
    for (let step = 2; step <= 11; step++) {
        await page.locator('c-support-case-list .next-page button').click();
        await page
            .locator('c-support-case-list .range', { hasText: new RegExp(`^Cases ${(step - 1) * 25 + 1}–`) })
            .waitFor();
    }
    await settledCalls(page, 300);
    const afterTenPages = await heap();
    const rows = await page.locator('c-support-case-list tbody tr').count();
    await close();
    return {
        firstPage: { calls: calls.filter((c) => c.name.includes('supportCases')).length, waves: waves(calls) },
        interactions: results,
        heapMb: { firstPage: firstPage / 2 ** 20, afterTenPages: afterTenPages / 2 ** 20 },
        rowsInPage: rows
    };
}

// --- Support access CSV (issue 27) ---------------------------------------------------------------

/** Entries in the auditors' CSV the bench builds. */
const CSV_ENTRIES = 10_000;

/**
 * The Support access CSV of CSV_ENTRIES entries, built in Chromium by the compiled rule module
 * (supportAccessCsv.js, loaded into the page as a module): ms in one go, ms in chunks with a pause
 * between them (as the page builds it), the longest chunk, the file's size, median of RUNS.
 */
export async function measureAccessCsv(browser) {
    const source = readFileSync(join(root, 'force-app/main/default/lwc/supportAccessCsv/supportAccessCsv.js'), 'utf8');
    const runs = [];
    for (let run = 0; run < RUNS; run++) {
        const { page, close } = await freshPage(browser, '/support-access');
        runs.push(
            await page.evaluate(
                async ({ source: code, count }) => {
                    const url = URL.createObjectURL(new Blob([code], { type: 'text/javascript' }));
                    const csv = await import(url);
                    const types = ['issued', 'verified', 'ended'];
                    const events = Array.from({ length: count }, (_, index) => ({
                        at: new Date(Date.UTC(2026, 10, 1) + index * 61_000).toISOString(),
                        type: types[index % 3],
                        kind: 'Privileged PIN',
                        pinLastFour: 'k7mn',
                        // Every seventh name needs escaping: quotes, a comma and a formula.
                        by: index % 7 ? 'Fox Mulder' : '=HYPERLINK("http://x", "Mulder, Fox")',
                        verdict: types[index % 3] === 'verified' ? 'Confirmed: the PIN was valid' : '',
                        caseNumber: String(1000 + index)
                    }));
                    const words = {
                        headers: {
                            localTime: 'Time',
                            utcTime: 'Time (UTC)',
                            event: 'Event',
                            kind: 'PIN kind',
                            pin: 'PIN (last four)',
                            by: 'By',
                            verdict: 'Verdict',
                            caseNumber: 'Case number'
                        },
                        events: { issued: 'PIN issued', ended: 'PIN ended', verified: 'PIN verified' }
                    };
                    const start = performance.now();
                    const whole = csv.buildCsv(events, words, 'Europe/Berlin');
                    const oneGo = performance.now() - start;
                    const chunks = [];
                    let chunkStart = performance.now();
                    const pause = () => {
                        chunks.push(performance.now() - chunkStart);
                        return new Promise((resolve) =>
                            setTimeout(() => {
                                chunkStart = performance.now();
                                resolve();
                            }, 0)
                        );
                    };
                    const chunkedStart = performance.now();
                    const chunked = await csv.buildCsvInChunks(events, words, 'Europe/Berlin', { pause });
                    chunks.push(performance.now() - chunkStart);
                    return {
                        oneGoMs: oneGo,
                        chunkedMs: performance.now() - chunkedStart,
                        longestChunkMs: Math.max(...chunks),
                        chunks: chunks.length,
                        same: chunked === whole,
                        bytes: new Blob([whole]).size
                    };
                },
                { source, count: CSV_ENTRIES }
            )
        );
        await close();
    }
    if (runs.some((r) => !r.same)) {
        throw new Error('supportAccessCsv: the chunked CSV differs from the one built in one go');
    }
    const ms = (key) => Math.round(median(runs.map((r) => r[key])) * 10) / 10;
    return {
        entries: CSV_ENTRIES,
        oneGoMs: ms('oneGoMs'),
        chunkedMs: ms('chunkedMs'),
        longestChunkMs: ms('longestChunkMs'),
        chunks: runs[0].chunks,
        bytes: runs[0].bytes
    };
}

function reportAccessCsv(accessCsv) {
    return [
        '',
        `Support access CSV, ${accessCsv.entries.toLocaleString('en-US')} entries (median of ${RUNS}; a task over 50 ms is a long task)`,
        '',
        `  in one go                          ${accessCsv.oneGoMs.toFixed(1).padStart(6)} ms`,
        `  in ${String(accessCsv.chunks).padStart(2)} chunks, as the page builds it ${accessCsv.chunkedMs.toFixed(1).padStart(6)} ms, longest chunk ${accessCsv.longestChunkMs.toFixed(1)} ms`,
        `  file: ${(accessCsv.bytes / 1024).toFixed(0)} KB`
    ];
}

// --- end of Support access CSV --------------------------------------------------------------------

export async function bench() {
    await buildPreview();
    const server = await startServer(PORT);
    const browser = await chromium.launch({
        executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update']
    });
    try {
        const pages = {};
        for (const [name, path] of [
            ['home', '/'],
            ['cases', '/cases'],
            ['createCase', '/create-case'],
            ['casePage', '/case/500DEMO0000000001AAA']
        ]) {
            const { page, close } = await freshPage(browser, path);
            const calls = await settledCalls(page);
            pages[name] = { calls: calls.length, waves: waves(calls), names: calls.map((c) => c.name) };
            await close();
        }
        const interactions = {};
        for (const [name, path, prepare, act, done] of INTERACTIONS) {
            interactions[name] = await measure(browser, path, prepare, act, done);
        }
        const largeAccount = await measureLargeAccount(browser);
        const accessCsv = await measureAccessCsv(browser);
        return {
            pages,
            interactions,
            largeAccount,
            accessCsv,
            pageSizes: await pageSizes(),
            sizes: await bundleSizes(undefined, { audience: 'Support_Portal_Customer' }),
            internal: await bundleSizes(undefined, { audience: 'Support_Engineer' })
        };
    } finally {
        await browser.close();
        server.close();
    }
}

function report({ pages, interactions, largeAccount, accessCsv, pageSizes: perPage, sizes, internal }) {
    const kb = (bytes) => (bytes / 1024).toFixed(1);
    const lines = ['', 'Server calls on first load (budget)', ''];
    for (const [name, figures] of Object.entries(pages)) {
        lines.push(
            `  ${name.padEnd(12)} ${String(figures.calls).padStart(2)} calls (≤ ${BUDGET[name].calls}), ${figures.waves} wave(s) (≤ ${BUDGET[name].waves})   ${figures.names.join(', ')}`
        );
    }
    lines.push('', `Scripting per interaction, median of ${RUNS} (budget ≤ ${BUDGET.interactionMs} ms)`, '');
    for (const [name, ms] of Object.entries(interactions)) {
        lines.push(`  ${name.padEnd(28)} ${ms.toFixed(1).padStart(6)} ms`);
    }
    lines.push(
        '',
        `Cases tab of a 10,000-case account: first page ${largeAccount.firstPage.waves} wave(s), ${largeAccount.rowsInPage} rows held`,
        ''
    );
    for (const [name, { ms, requests }] of Object.entries(largeAccount.interactions)) {
        lines.push(`  ${name.padEnd(36)} ${ms.toFixed(1).padStart(6)} ms, ${requests} request(s)`);
    }
    lines.push(
        `  JS heap: ${largeAccount.heapMb.firstPage.toFixed(1)} MB on the first page, ${largeAccount.heapMb.afterTenPages.toFixed(1)} MB ten pages on (the page includes the demo org's 10,000 cases)`
    );
    lines.push(...reportAccessCsv(accessCsv));
    lines.push('', 'What each page loads, KB minified and gzipped (budget, scripts/lib/budget.mjs)', '');
    for (const [view, page] of Object.entries(perPage)) {
        const budget = PAGE_SIZE_BUDGET_KB[view] ?? {};
        lines.push(
            `  ${view.padEnd(12)} ${kb(page.gzip).padStart(5)} (≤ ${budget.ready ?? 'none'})   ${page.components.join(', ')}`
        );
        for (const part of page.onDemand) {
            lines.push(`    on demand: ${part.module.padEnd(26)} +${kb(part.gzip)}   ${part.bundles.join(', ')}`);
        }
        if (page.onDemand.length) {
            lines.push(`    every part opened: ${kb(page.all)} (≤ ${budget.opened ?? budget.ready})`);
        }
    }
    lines.push(
        '',
        "The portal's components, KB: LWC compiler output, and minified as production mode serves it",
        '',
        `  ${'bundle'.padEnd(24)}    raw   gzip    min  min gz`
    );
    for (const { bundle, raw, gzip, minified, minifiedGzip } of sizes.bundles) {
        lines.push(
            `  ${bundle.padEnd(24)} ${kb(raw).padStart(6)} ${kb(gzip).padStart(6)} ${kb(minified).padStart(6)} ${kb(minifiedGzip).padStart(6)}`
        );
    }
    lines.push(
        `  ${'all, one gzip stream'.padEnd(24)} ${kb(sizes.compiled.raw).padStart(6)} ${kb(sizes.compiled.gzip).padStart(6)} ${kb(sizes.production.raw).padStart(6)} ${kb(sizes.production.gzip).padStart(6)}   (no page loads them all)`,
        '',
        `  The internal app's components (not loaded by the portal): ${internal.bundles.map((b) => b.bundle).join(', ')}, ${kb(internal.production.gzip)} KB production gzip`
    );
    return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
    const results = await bench();
    console.log(report(results));
    mkdirSync(join(root, 'bench'), { recursive: true });
    writeFileSync(join(root, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
    process.exit(0);
}
