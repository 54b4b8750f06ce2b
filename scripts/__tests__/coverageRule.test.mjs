// One coverage rule, one time zone. The org decides coverage in the Support PIN Policy flow; the
// PIN bar decides it in supportCoverage. Neither is copied into the other: this test runs the
// flow's check as its XML holds it (its formulas TodayUtc and CoverageStart through formulon, the
// Get Records filters on Issued_On__c, the decision Not_Covered) and the TypeScript rule, for a
// viewer in each time zone of the shared table, and fails where they disagree. Table-driven, so it
// can move onto a runner that executes the flow's XML.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';
import { readProjectMetadata } from '../../org-model/projectMetadata.mjs';
import { evaluateFlowFormula } from '../lib/metadataChecks.mjs';
import { importComponentModule } from '../lib/lwcModules.mjs';

const FLOW_XML = readFileSync(
    new URL('../../force-app/main/default/flows/Support_PIN_Policy.flow-meta.xml', import.meta.url),
    'utf8'
);
const TABLE = JSON.parse(
    readFileSync(
        new URL('../../force-app/main/default/lwc/supportCoverage/__tests__/data/coverageEdges.json', import.meta.url),
        'utf8'
    )
);
const metadata = readProjectMetadata();

/** Flow filter operators on a date, as the Get Records element applies them (ISO days compare as text). */
const OPERATORS = {
    EqualTo: (a, b) => a === b,
    LessThan: (a, b) => a < b,
    LessThanOrEqualTo: (a, b) => a <= b,
    GreaterThan: (a, b) => a > b,
    GreaterThanOrEqualTo: (a, b) => a >= b
};

/**
 * The flow's coverage check as `(now, licenses, userLicenses) → covered`, read from its XML:
 * Get_Unexpired_Licenses keeps the licenses whose Issued_On__c passes every filter (each bound a
 * resource of the flow, evaluated at `now`); Check_Coverage refuses when their quantity is less
 * than the user licenses.
 */
function flowCoverage(xml = FLOW_XML, project = metadata) {
    const flow = new XMLParser({
        isArray: (name) => ['filters', 'recordLookups', 'decisions', 'rules', 'conditions'].includes(name)
    }).parse(xml).Flow;
    const resources = project.flows.Support_PIN_Policy;
    const lookup = flow.recordLookups.find((element) => element.name === 'Get_Unexpired_Licenses');
    const filters = lookup.filters.filter((filter) => filter.field === 'Issued_On__c');
    assert.ok(filters.length > 0, 'Get_Unexpired_Licenses filters on Issued_On__c');
    const notCovered = flow.decisions
        .flatMap((decision) => decision.rules)
        .find((rule) => rule.name === 'Not_Covered')
        .conditions.find((condition) => condition.leftValueReference === 'CoveredLicenses');
    assert.equal(notCovered.operator, 'LessThan', 'Not_Covered: CoveredLicenses less than the user licenses');
    return (now, licenses, userLicenses) => {
        const values = { '$Flow.CurrentDateTime': now };
        const bounds = filters.map((filter) => {
            const day = evaluateFlowFormula(project, resources, filter.value.elementReference, values);
            return { passes: OPERATORS[filter.operator], day: new Date(day).toISOString().slice(0, 10) };
        });
        const counted = licenses
            .filter((license) => bounds.every(({ passes, day }) => passes(license.issuedOn, day)))
            .reduce((sum, license) => sum + license.quantity, 0);
        return userLicenses >= 1 && !(counted < userLicenses);
    };
}

/**
 * The portal's rule as `(now, licenses, userLicenses, timeZone) → covered`, run as a viewer in
 * `timeZone` runs it: the component's i18n and the runtime's own zone are theirs.
 */
function portalCoverage(options = {}) {
    const modules = new Map();
    return async (now, licenses, userLicenses, timeZone) => {
        if (!modules.has(timeZone)) {
            modules.set(timeZone, await importComponentModule('supportCoverage', { ...options, i18n: { timeZone } }));
        }
        const saved = process.env.TZ;
        process.env.TZ = timeZone;
        try {
            return modules.get(timeZone).supportCoverage(userLicenses, licenses, now).covered;
        } finally {
            process.env.TZ = saved;
        }
    };
}

/** Where the flow, the portal and the table do not say the same, in words. */
async function disagreements(flow, portal, rows = TABLE.rows) {
    const found = [];
    const words = (covered) => (covered ? 'covered' : 'not covered');
    for (const row of rows) {
        const licenses = [{ issuedOn: row.issuedOn, quantity: 1 }];
        const now = new Date(row.now);
        const byFlow = flow(now, licenses, 1);
        const byPortal = await portal(now, licenses, 1, row.timeZone);
        if (byFlow !== row.covered || byPortal !== row.covered) {
            found.push(
                `${row.why} (issued ${row.issuedOn}, ${row.now}, ${row.local} in ${row.timeZone}): the flow says ${words(byFlow)}, the PIN bar ${words(byPortal)}, the table ${words(row.covered)}`
            );
        }
    }
    return found;
}

test('the table’s local times are what its viewers’ clocks say', () => {
    for (const row of TABLE.rows) {
        const local = new Intl.DateTimeFormat('sv-SE', {
            timeZone: row.timeZone,
            dateStyle: 'short',
            timeStyle: 'short'
        }).format(new Date(row.now));
        assert.equal(local, row.local, row.why);
    }
    assert.ok(TABLE.rows.some((row) => row.timeZone === 'Pacific/Auckland'));
    assert.ok(TABLE.rows.some((row) => row.timeZone === 'America/Los_Angeles'));
});

test('the PIN bar’s coverage rule and the Support PIN Policy flow agree on every edge, in every time zone', async () => {
    assert.deepEqual(await disagreements(flowCoverage(), portalCoverage()), []);
});

test('catches a portal rule that judges coverage on the viewer’s own date', async () => {
    const viewersDay = portalCoverage({
        edit: (source, path) =>
            path === 'supportCoverage/supportCoverage.ts'
                ? source
                      .replace(
                          'return now.toISOString().slice(0, 10);',
                          "return new Intl.DateTimeFormat('sv-SE', { timeZone: TIME_ZONE }).format(now);"
                      )
                      .replace(
                          'import COVERAGE_COUNTS',
                          "import TIME_ZONE from '@salesforce/i18n/timeZone';\nimport COVERAGE_COUNTS"
                      )
                : source
    });
    const found = await disagreements(flowCoverage(), viewersDay);
    assert.ok(
        found.includes(
            'the day after in UTC, still the last day in Los Angeles (issued 2025-03-15, 2026-03-15T05:00:00.000Z, 2026-03-14 22:00 in America/Los_Angeles): the flow says not covered, the PIN bar covered, the table not covered'
        ),
        found.join('\n')
    );
    assert.ok(
        found.some(
            (line) =>
                line.startsWith('last day in UTC, already the next day in Auckland') &&
                line.includes('the PIN bar not covered')
        ),
        found.join('\n')
    );
});

test('catches a flow whose coverage window is a day short', async () => {
    const shortened = structuredClone(metadata);
    shortened.flows.Support_PIN_Policy.formulas.CoverageStart.expression = '{!TodayUtc} - 363';
    const found = await disagreements(flowCoverage(FLOW_XML, shortened), portalCoverage());
    assert.ok(
        found.includes(
            'last day in both (issued 2025-03-15, 2026-03-14T20:00:00.000Z, 2026-03-14 13:00 in America/Los_Angeles): the flow says not covered, the PIN bar covered, the table covered'
        ),
        found.join('\n')
    );
});

test('catches a flow that counts a license issued tomorrow', async () => {
    const early = FLOW_XML.replace(
        /(<field>Issued_On__c<\/field>\s*<operator>)LessThanOrEqualTo(<\/operator>)/,
        '$1GreaterThanOrEqualTo$2'
    );
    assert.notEqual(early, FLOW_XML);
    const found = await disagreements(flowCoverage(early), portalCoverage());
    assert.ok(
        found.some(
            (line) => line.startsWith('a license issued tomorrow in UTC') && line.includes('the flow says covered')
        ),
        found.join('\n')
    );
});
