// The performance budget's deterministic figures: server calls and their waves (counted here over
// call logs, in the browser by e2e/budget.spec.ts) and the components' size (measured here).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BUDGET, pageBudgetProblems, waves } from '../lib/budget.mjs';
import { bundleSizes } from '../lib/bundleSize.mjs';

const call = (name, start, end) => ({ name, start, end });

test('counts the sequential waves of a page’s server calls', () => {
    assert.equal(waves([]), 0);
    // Three calls under way together: one wave.
    assert.equal(waves([call('a', 0, 250), call('b', 5, 255), call('c', 10, 260)]), 1);
    // Picklists that waited for object info: two waves.
    assert.equal(waves([call('objectInfo', 0, 250), call('picklists', 260, 510), call('customer', 2, 252)]), 2);
    // Three in a chain.
    assert.equal(waves([call('a', 0, 250), call('b', 251, 500), call('c', 501, 750)]), 3);
});

test('Home within its budget as it loads today, and over it when a component adds a query', () => {
    const today = [call('graphql supportCustomer', 0, 250), call('getPicklistValuesByRecordType Case', 1, 251)];
    assert.deepEqual(pageBudgetProblems('home', today), []);
    // A component that adds a query of its own, after the first answers arrive: a fourth call, a second wave.
    const withQuery = [...today, call('graphql supportCases', 2, 252), call('graphql somethingElse', 260, 510)];
    assert.deepEqual(pageBudgetProblems('home', withQuery), [
        `home: 4 server calls (graphql supportCustomer, getPicklistValuesByRecordType Case, graphql supportCases, graphql somethingElse); the budget is ${BUDGET.home.calls}`,
        `home: 2 sequential waves of server calls; the budget is ${BUDGET.home.waves}`
    ]);
});

test(`the portal's components, minified as production mode serves them, are at most ${BUDGET.componentsGzipKb} KB gzip`, async () => {
    // What a customer's browser loads: the internal app's components (supportPinVerify) are not in it.
    const sizes = await bundleSizes(undefined, { audience: 'Support_Portal_Customer' });
    assert.ok(sizes.bundles.length > 10, 'run npm run build first: the compiled .js is measured');
    assert.ok(!sizes.bundles.some((b) => b.bundle === 'supportPinVerify'));
    const kb = sizes.production.gzip / 1024;
    assert.ok(kb <= BUDGET.componentsGzipKb, `${kb.toFixed(1)} KB gzip; the budget is ${BUDGET.componentsGzipKb} KB`);
});
