// The Flow Tests the org runs (flow-tests/) are the flow test table's in-org cases, as generated,
// and scratch:verify reports each by name.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FLOW_TEST_CASES } from '../../org-model/flowTestCases.mjs';
import { flowTestFileProblems, flowTestResultProblems, inOrgCases } from '../lib/flowTests.mjs';

const root = new URL('../..', import.meta.url).pathname;

test('the Flow Tests in flow-tests/ are the table’s in-org cases, as generated', () => {
    assert.deepEqual(flowTestFileProblems(root), []);
    const edited = FLOW_TEST_CASES.map((c) =>
        c.name === 'Verify_Unknown_PIN' ? { ...c, expect: { fields: { Verdict__c: 'Valid' } } } : c
    );
    assert.deepEqual(flowTestFileProblems(root, edited), [
        'flow-tests/main/default/flowtests/Verify_Unknown_PIN.flowtest-meta.xml differs from its case in the table (npm run flow-tests:write)'
    ]);
});

test('scratch:verify reports each in-org Flow Test by name: passed, failed with its message, or not run', () => {
    const inOrg = inOrgCases();
    const passed = inOrg.map((c) => ({ FullName: `FlowTesting.${c.flow}.${c.name}`, Outcome: 'Pass' }));
    assert.deepEqual(flowTestResultProblems({ result: { tests: passed } }), []);
    const [first, second] = inOrg;
    const answer = {
        result: {
            tests: [
                {
                    FullName: `FlowTesting.${first.flow}.${first.name}`,
                    Outcome: 'Fail',
                    Message: 'Expires_At__c should be set'
                },
                ...passed.slice(2)
            ]
        }
    };
    assert.deepEqual(flowTestResultProblems(answer), [
        `${first.flow} test ${first.name} (${first.label}): Fail: Expires_At__c should be set`,
        `${second.flow} test ${second.name} did not run (is flow-tests deployed?)`
    ]);
});
