// The performance budget's deterministic figures: server calls and their waves (counted here over
// call logs, in the browser by e2e/budget.spec.ts) and what each page of the site loads (measured here).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { BUDGET, PAGE_SIZE_BUDGET_KB, pageBudgetProblems, pageSizeProblems, waves } from '../lib/budget.mjs';
import { componentImports } from '../lib/bundleSize.mjs';
import { pageSizes, sitePages } from '../lib/pageSize.mjs';

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

test('reads the c/ modules compiled code imports, with the page and on demand', () => {
    const code = [
        'import _cSupportPinBar from "c/supportPinBar";',
        "import { LINKS } from 'c/supportDirectory';",
        'import { LightningElement } from "lwc";',
        'const load = () => import("c/supportEmailComposer");',
        'const again = () => import("c/supportPinBar");'
    ].join('\n');
    assert.deepEqual(componentImports(code, 'supportPortal'), {
        static: ['supportDirectory', 'supportPinBar'],
        dynamic: ['supportEmailComposer']
    });
});

/** A made-up site of one page and a component graph: what a page loads is followed through the imports. */
function fixtureSite(dir, { view, header, page }) {
    const write = (path, content) => {
        mkdirSync(dirname(join(dir, path)), { recursive: true });
        writeFileSync(join(dir, path), JSON.stringify(content));
    };
    const component = (name) => ({ definition: `c:${name}` });
    write('Site1/sfdc_cms__theme/Theme/content.json', {
        contentBody: { layouts: [{ layoutId: 'headerLayout', layoutType: 'Inner' }] }
    });
    write('Site1/sfdc_cms__themeLayout/headerLayout/content.json', { component: { children: header.map(component) } });
    write(`Site1/sfdc_cms__view/${view}/content.json`, {
        contentBody: { themeLayoutType: 'Inner' },
        component: { children: page.map(component) }
    });
    write('Site1/sfdc_cms__view/login/content.json', { contentBody: { themeLayoutType: 'Inner' } });
}

const bundle = (minified, staticImports = [], dynamicImports = []) => ({
    minified,
    imports: { static: staticImports, dynamic: dynamicImports }
});

test('a page loads its components, its header and all they import; an import() part on demand', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'site-'));
    try {
        fixtureSite(dir, { view: 'home', header: ['nav'], page: ['portal'] });
        assert.deepEqual(sitePages(dir), [{ view: 'home', components: ['nav', 'portal'] }]);
        // The portal's rules moved into two modules (a split): the page follows them without a list.
        const graph = new Map([
            ['nav', bundle('nav();'.repeat(50), ['labels'])],
            ['labels', bundle('labels();'.repeat(50))],
            ['portal', bundle('portal();'.repeat(50), ['phones', 'severities'], ['tab'])],
            ['phones', bundle('phones();'.repeat(50))],
            ['severities', bundle('severities();'.repeat(50), ['labels'])],
            ['tab', bundle('tab();'.repeat(50), ['severities', 'tabRules'])],
            ['tabRules', bundle('tabRules();'.repeat(50))],
            ['unused', bundle('unused();'.repeat(50))]
        ]);
        const { home } = await pageSizes({ sitesDir: dir, graph });
        assert.deepEqual(home.bundles, ['labels', 'nav', 'phones', 'portal', 'severities']);
        assert.deepEqual(
            home.onDemand.map((part) => [part.module, part.bundles]),
            [['tab', ['tab', 'tabRules']]]
        );
        assert.ok(home.gzip > 0 && home.all > home.gzip);

        graph.get('portal').imports.static.push('supportGone');
        await assert.rejects(
            pageSizes({ sitesDir: dir, graph }),
            /c\/supportGone is imported or placed on a page but is not a bundle/
        );
    } finally {
        rmSync(dir, { recursive: true, force: true });
    }
});

test('says which page goes over its size budget, and which page has none', () => {
    const sizes = {
        home: { gzip: 20 * 1024, all: 30 * 1024, onDemand: [{ module: 'tab' }] },
        cases: { gzip: 10 * 1024, all: 10 * 1024, onDemand: [] },
        faq: { gzip: 3 * 1024, all: 3 * 1024, onDemand: [] }
    };
    assert.deepEqual(
        pageSizeProblems(sizes, { home: { ready: 24, opened: 38 }, cases: { ready: 13 }, faq: { ready: 4 } }),
        []
    );
    assert.deepEqual(pageSizeProblems(sizes, { home: { ready: 19.5, opened: 29 }, cases: { ready: 9.9 } }), [
        'home: loads 20.0 KB before it is ready; the budget is 19.5 KB',
        'home: 30.0 KB with every part opened; the budget is 29 KB',
        'cases: loads 10.0 KB before it is ready; the budget is 9.9 KB',
        'faq: 3.0 KB and no size budget; set one in PAGE_SIZE_BUDGET_KB (scripts/lib/budget.mjs)'
    ]);
});

test('each page of the site loads at most its budget, Home at most 24 KB before it is ready', async () => {
    const sizes = await pageSizes();
    assert.ok(sizes.home?.bundles.includes('supportPinBar'), 'run npm run build first: the compiled .js is measured');
    assert.deepEqual(
        Object.keys(sizes).sort(),
        ['article', 'caseDetail', 'cases', 'createACase', 'emailNotifications', 'error', 'home', 'supportAccess'],
        'the pages of the site that hold its components'
    );
    assert.ok(PAGE_SIZE_BUDGET_KB.home.ready <= 24);
    // The internal app's components are on no page of the site.
    assert.ok(!Object.values(sizes).some((page) => page.bundles.includes('supportPinVerify')));
    assert.deepEqual(pageSizeProblems(sizes), []);
});
