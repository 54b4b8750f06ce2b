// The support policy's flows, tested as the org runs them: every case of the table holds when
// the flow runner executes the flows' own XML; together the cases run every element and reach
// every Custom Error; every comparison of every flow, flipped, makes some case fail; and the
// Flow Tests the org runs are the table's in-org cases (scripts/__tests__/flowTestFiles.test.mjs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { flowDefinitionFromXml, readProjectMetadata } from '../projectMetadata.mjs';
import { readLabels } from '../labels.mjs';
import { FLOW_TEST_CASES } from '../flowTestCases.mjs';
import { flowTestProblems, runFlowTestCase } from '../flowTestHarness.mjs';
import { flowMutants } from '../flowMutations.mjs';

const root = new URL('../..', import.meta.url).pathname;
const metadata = readProjectMetadata(root);
const labels = readLabels(`${root}force-app/main/default/labels/CustomLabels.labels-meta.xml`);
const label = (name) => labels.get(name);
const definitions = Object.fromEntries(Object.entries(metadata.flows).map(([name, flow]) => [name, flow.definition]));

const problemsWith = (defs, cases = FLOW_TEST_CASES) =>
    cases.flatMap((testCase) =>
        flowTestProblems(testCase, runFlowTestCase(testCase, { metadata, label, definitions: defs }))
    );

test('every case of the flow test table holds when the flows run from their XML', () => {
    assert.deepEqual(problemsWith(definitions), []);
});

test('the cases run every element of every record-triggered flow, every Custom Error included', () => {
    const executed = new Set(
        FLOW_TEST_CASES.flatMap((testCase) =>
            runFlowTestCase(testCase, { metadata, label, definitions }).trace.map(
                (step) => `${step.flow}.${step.element}`
            )
        )
    );
    const never = Object.entries(definitions).flatMap(([name, flow]) =>
        Object.keys(flow.elements)
            .map((element) => `${name}.${element}`)
            .filter((element) => !executed.has(element))
    );
    assert.deepEqual(never, [], 'elements no case executes');
});

test('every comparison of every flow, flipped, makes a case fail', () => {
    let count = 0;
    const survivors = Object.entries(definitions).flatMap(([name, definition]) =>
        flowMutants(definition)
            .map((mutant) => {
                count += 1;
                const cases = FLOW_TEST_CASES.filter((c) => c.flow === name);
                const caught = problemsWith({ ...definitions, [name]: mutant.definition }, cases).length > 0;
                return caught ? undefined : mutant.description;
            })
            .filter(Boolean)
    );
    assert.deepEqual(survivors, [], 'flipped comparisons no case notices');
    assert.ok(count >= 45, `every flow's comparisons were flipped (${count})`);
});

test("flipping the coverage comparison in Support_PIN_Policy's XML fails, naming the case", () => {
    const file = `${root}force-app/main/default/flows/Support_PIN_Policy.flow-meta.xml`;
    const xml = readFileSync(file, 'utf8');
    const coverage = /(<leftValueReference>CoveredLicenses<\/leftValueReference>\s*<operator>)LessThan(<\/operator>)/;
    assert.match(xml, coverage);
    const flipped = flowDefinitionFromXml('Support_PIN_Policy', xml.replace(coverage, '$1LessThanOrEqualTo$2'));
    const problems = problemsWith({ ...definitions, Support_PIN_Policy: flipped });
    assert.ok(
        problems.includes(
            'Support_PIN_Policy test PIN_Covered_Exactly (As many support licenses as user licenses is covered): expected no error, got Custom Error Error_Not_Covered'
        ),
        problems.join('\n')
    );
    assert.ok(problems.every((line) => /^Support_PIN_Policy test \w+ \(/.test(line)));
});
