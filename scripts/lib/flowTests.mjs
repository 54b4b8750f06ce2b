// The flow test table's in-org cases (org-model/flowTestCases.mjs, `inOrg: true`) as Salesforce
// Flow Tests: FlowTest metadata in flow-tests/main/default/flowtests, deployed by scratch:install
// after the package and run by scratch:verify (`sf flow run test`). Generated, never edited:
// `npm run flow-tests:write` writes them, and npm test fails when a committed file differs.
//
// The shape follows the Metadata API's FlowTest type: a Start test point with the triggering
// record ($Record as InputTriggeringRecordInitial, and InputTriggeringRecordUpdated for an
// update), a Finish test point with assertions, each with an error message. Flow Tests run as the
// user who runs them and cannot create data, so only cases that hold for an internal user over
// the installed demo data are in-org cases; the rest run offline only (docs/testing.md).
// https://developer.salesforce.com/docs/platform/api-metadata/references/meta-types/metadata-flowtest.html
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FLOW_TEST_CASES } from '../../org-model/flowTestCases.mjs';

export const FLOW_TESTS_DIR = 'flow-tests/main/default/flowtests';

const escape = (text) =>
    String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The triggering record as a Flow Test takes it: no Id (the test saves nothing). */
const sobject = (record) =>
    escape(JSON.stringify(Object.fromEntries(Object.entries(record).filter(([k]) => k !== 'Id'))));

function valueXml(value) {
    if (typeof value === 'number') {
        return `<numberValue>${value}</numberValue>`;
    }
    if (typeof value === 'boolean') {
        return `<booleanValue>${value}</booleanValue>`;
    }
    return `<stringValue>${escape(value)}</stringValue>`;
}

/** An expected field value (or, with `resource`, a flow resource's) as an assertion: the run's clock can only be said to be set. */
function assertion(field, expected, { resource = false } = {}) {
    const [operator, right] =
        expected === null
            ? ['IsNull', '<booleanValue>true</booleanValue>']
            : String(expected).startsWith('$now') || expected === '$set'
              ? ['IsNull', '<booleanValue>false</booleanValue>']
              : ['EqualTo', valueXml(expected)];
    const wanted =
        expected === null
            ? 'blank'
            : String(expected).startsWith('$now') || expected === '$set'
              ? 'set'
              : JSON.stringify(expected);
    return [
        '        <assertions>',
        '            <conditions>',
        `                <leftValueReference>${resource ? field : `$Record.${field}`}</leftValueReference>`,
        `                <operator>${operator}</operator>`,
        '                <rightValue>',
        `                    ${right}`,
        '                </rightValue>',
        '            </conditions>',
        `            <errorMessage>${escape(`${field} should be ${wanted}`)}</errorMessage>`,
        '        </assertions>'
    ];
}

function parameter(type, record) {
    return [
        '        <parameters>',
        '            <leftValueReference>$Record</leftValueReference>',
        `            <type>${type}</type>`,
        '            <value>',
        `                <sobjectValue>${sobject(record)}</sobjectValue>`,
        '            </value>',
        '        </parameters>'
    ];
}

/** One case as FlowTest metadata. */
export function flowTestXml(given) {
    const testCase = given.inOrg?.record
        ? {
              ...given,
              record: given.inOrg.record,
              expect: { ...given.expect, fields: given.inOrg.fields ?? given.expect.fields }
          }
        : given;
    // A field the flow must stamp with the clock starts blank, so "set" can only mean the flow set it.
    const stamped = Object.entries(testCase.expect.fields ?? {})
        .filter(([, value]) => String(value).startsWith('$now') || value === '$set')
        .map(([field]) => field);
    const unstamped = (record) => Object.fromEntries(Object.entries(record).filter(([k]) => !stamped.includes(k)));
    const start = testCase.prior
        ? [
              ...parameter('InputTriggeringRecordInitial', unstamped(testCase.prior)),
              ...parameter('InputTriggeringRecordUpdated', unstamped(testCase.record))
          ]
        : parameter('InputTriggeringRecordInitial', unstamped(testCase.record));
    return [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<FlowTest xmlns="http://soap.sforce.com/2006/04/metadata">',
        `    <description>${escape(`${testCase.label}. Generated from org-model/flowTestCases.mjs (npm run flow-tests:write).`)}</description>`,
        `    <flowApiName>${testCase.flow}</flowApiName>`,
        `    <label>${escape(testCase.name.replace(/_/g, ' '))}</label>`,
        '    <testPoints>',
        '        <elementApiName>Start</elementApiName>',
        ...start,
        '    </testPoints>',
        '    <testPoints>',
        ...Object.entries(testCase.expect.fields ?? {}).flatMap(([field, value]) => assertion(field, value)),
        ...Object.entries(testCase.expect.resources ?? {}).flatMap(([name, value]) =>
            assertion(name, value, { resource: true })
        ),
        '        <elementApiName>Finish</elementApiName>',
        '    </testPoints>',
        '</FlowTest>',
        ''
    ].join('\n');
}

/** The in-org cases: an internal user's, asserting fields of the triggering record. */
export function inOrgCases(cases = FLOW_TEST_CASES) {
    return cases.filter((c) => c.inOrg);
}

/** { file name: XML } for every in-org case. */
export function generatedFlowTests(cases = FLOW_TEST_CASES) {
    return Object.fromEntries(inOrgCases(cases).map((c) => [`${c.name}.flowtest-meta.xml`, flowTestXml(c)]));
}

export function writeFlowTests(root) {
    const dir = join(root, FLOW_TESTS_DIR);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    for (const [file, xml] of Object.entries(generatedFlowTests())) {
        writeFileSync(join(dir, file), xml);
    }
}

/** Committed Flow Tests that differ from the table, are missing or are left over, in words. */
export function flowTestFileProblems(root, cases = FLOW_TEST_CASES) {
    const dir = join(root, FLOW_TESTS_DIR);
    const wanted = generatedFlowTests(cases);
    const present = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.flowtest-meta.xml')) : [];
    const fix = '(npm run flow-tests:write)';
    return [
        ...Object.keys(wanted)
            .filter((file) => !present.includes(file))
            .map((file) => `${FLOW_TESTS_DIR}/${file} is missing ${fix}`),
        ...present
            .filter((file) => !wanted[file])
            .map((file) => `${FLOW_TESTS_DIR}/${file} has no case in the table ${fix}`),
        ...present
            .filter((file) => wanted[file] && readFileSync(join(dir, file), 'utf8') !== wanted[file])
            .map((file) => `${FLOW_TESTS_DIR}/${file} differs from its case in the table ${fix}`)
    ];
}

/**
 * The scratch:verify check: the in-org cases run as Salesforce Flow Tests in the org, each reported
 * by name. `sf flow run test` (the CLI's plugin-flow, installed on first use) runs every Flow Test
 * of the flows named with --class-names, synchronously, and answers JSON; a case it does not
 * report is a failure too (not deployed: run scratch:install's "Deploy the Flow Tests" step).
 * https://developer.salesforce.com/docs/platform/salesforce-cli-reference/guide/cli_reference_flow_run_test.html
 */
export function flowTestsCheck(org, cases = FLOW_TEST_CASES) {
    const inOrg = inOrgCases(cases);
    const flows = [...new Set(inOrg.map((c) => c.flow))];
    return {
        title: `The Flow Tests pass in the org: ${inOrg.map((c) => `${c.flow} ${c.name}`).join(', ')}`,
        run: (ctx) => {
            const answer = ctx.sf(
                [
                    'flow',
                    'run',
                    'test',
                    ...flows.flatMap((flow) => ['--class-names', flow]),
                    '--synchronous',
                    '--result-format',
                    'json',
                    ...org,
                    '--json'
                ],
                { parse: true }
            );
            if (ctx.dryRun) {
                return [];
            }
            return flowTestResultProblems(answer, inOrg);
        }
    };
}

/** Each in-org case's outcome in a `sf flow run test --json` answer, in words; [] when all passed. */
export function flowTestResultProblems(answer, inOrg = inOrgCases()) {
    const results = answer?.result?.tests ?? [];
    const nameOf = (test) => String(test.FullName ?? test.fullName ?? test.TestName ?? test.MethodName ?? '');
    return inOrg.flatMap((testCase) => {
        const result = results.find((test) => nameOf(test).endsWith(testCase.name));
        if (!result) {
            return [`${testCase.flow} test ${testCase.name} did not run (is flow-tests deployed?)`];
        }
        const outcome = String(result.Outcome ?? result.outcome ?? '');
        return /^pass/i.test(outcome)
            ? []
            : [
                  `${testCase.flow} test ${testCase.name} (${testCase.label}): ${outcome || 'no outcome'}${result.Message ? `: ${result.Message}` : ''}`
              ];
    });
}
