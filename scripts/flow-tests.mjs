// npm run flow-tests:write: writes the Flow Tests of the table's in-org cases (scripts/lib/flowTests.mjs).
import { inOrgCases, writeFlowTests, FLOW_TESTS_DIR } from './lib/flowTests.mjs';

const root = new URL('..', import.meta.url).pathname;
writeFlowTests(root);
console.log(`Wrote ${inOrgCases().length} Flow Tests to ${FLOW_TESTS_DIR}.`);
