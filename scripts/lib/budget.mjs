// The performance budget the README states, and how a page's server calls are counted against it.
// `npm run bench` prints the figures; the deterministic ones (calls, waves, bytes) fail npm test when
// a page or the bundles go over (e2e/budget.spec.ts, scripts/__tests__/budget.test.mjs).

export const BUDGET = {
    /** Home's first load: customer and PINs together; cases; object info and picklists. */
    home: { calls: 3, waves: 1 },
    cases: { calls: 2, waves: 1 },
    /** Create a Case: the first input is usable after one wave. */
    createCase: { calls: 3, waves: 1 },
    /** A case's page: the case, Case picklists (its status path), the conversation, the files. */
    casePage: { calls: 4, waves: 1 },
    /**
     * All components, compiled as the platform serves them, gzip (KB of 1,024 bytes). 32 at issue 12
     * (the portal then: 30.2); raised only with a feature an issue asks for, each recorded in
     * docs/performance.md: German and the header's language switch (issue 14, +1.5), the Cases tab at
     * scale: filters, search, paging (issue 16, +2.4); the case page's conversation and files
     * (issue 16, +4); answers before a case: article suggestions, the article page and their search
     * module (issue 15, +6); the org-runtime fixes: coverage said with its UTC end, files by their
     * links to the case, the conversation on the engineers' case page (issue 22, +0.5); right on a
     * phone and in plain words: phone lists and case cards, platform errors in the customer's words, a
     * not-found page (issue 25, +2.5); the warning before a secret is sent, under Create a Case's
     * fields and the reply box (issue 24, +1); counts in the viewer's plural rule, a value that could not
     * be read said so, who may issue a privileged PIN (issues 25 and 24, +0.5). Issue 26 replaces this
     * total with a fixed budget per page.
     */
    componentsGzipKb: 50.5,
    /** Scripting per interaction, median (reported, not enforced: timings vary by machine). */
    interactionMs: 16
};

/**
 * The sequential waves of a page's server calls ({ name, start, end }): a call is in the wave after
 * the latest wave of the calls that ended before it started (it could have waited for them).
 */
export function waves(calls) {
    const sorted = [...calls].sort((a, b) => a.start - b.start);
    const waveOf = new Map();
    for (const call of sorted) {
        const before = sorted.filter((other) => other !== call && other.end !== undefined && other.end <= call.start);
        waveOf.set(call, 1 + Math.max(0, ...before.map((other) => waveOf.get(other) ?? 0)));
    }
    return Math.max(0, ...waveOf.values());
}

/** What of the page's budget its calls exceed, in words (none: within budget). */
export function pageBudgetProblems(page, calls) {
    const budget = BUDGET[page];
    const problems = [];
    if (calls.length > budget.calls) {
        problems.push(
            `${page}: ${calls.length} server calls (${calls.map((c) => c.name).join(', ')}); the budget is ${budget.calls}`
        );
    }
    const count = waves(calls);
    if (count > budget.waves) {
        problems.push(`${page}: ${count} sequential waves of server calls; the budget is ${budget.waves}`);
    }
    return problems;
}
