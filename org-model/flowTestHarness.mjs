// Runs a case of the flow test table (flowTestCases.mjs) the way a Salesforce Flow Test runs it in
// an org: one flow, one triggering record, over the org's data (here the demo data, with the
// case's changes), as the running user. The flow runs from its definition through the same org
// model the preview uses, so an after-save flow's update goes through the full save of its record.
import {
    AUTOMATED_CASE_USER_ID,
    COLLEAGUE_USER_ID,
    DEMO_USER_ID,
    SUPPORT_ENGINEER_ID,
    seedRecords
} from './demoData.mjs';
import { FlowCustomError, resourceValue, runTriggeredFlows } from './flowRunner.mjs';
import { NOW } from './flowTestCases.mjs';
import { createOrg } from './org.mjs';
import { createRecordStore } from './recordStore.mjs';

const USERS = {
    customer: DEMO_USER_ID,
    colleague: COLLEAGUE_USER_ID,
    engineer: SUPPORT_ENGINEER_ID,
    automated: AUTOMATED_CASE_USER_ID
};

/** A failure the case asked for (failQueries, failUpdates): what a fault connector catches. */
class InjectedFault extends Error {}

/**
 * `definitions`: the flows by name as the runner executes them (metadata.flows[name].definition,
 * or a changed copy). Returns { error } (the Custom Error element reached) or { record, store }, with `trace`: the elements it executed.
 */
export function runFlowTestCase(testCase, { metadata, label = () => undefined, definitions }) {
    const now = new Date(NOW);
    const data = seedRecords(now);
    testCase.given?.(data);
    const userId = USERS[testCase.runAs];
    const store = createRecordStore({ records: data, nextId: 1 }, { currentUserId: () => userId });
    const org = createOrg({ metadata, store, userId, permissionSets: [], label, now: () => now });
    const user = store.findRecord(userId).record;
    const context = org.flowContext(user);
    const failing =
        (kind, objects = []) =>
        (object) => {
            if (objects.includes(object)) {
                throw new InjectedFault(`${kind} of ${object} failed`);
            }
        };
    const failQuery = failing('A query', testCase.failQueries);
    const failUpdate = failing('An update', testCase.failUpdates);
    // The Send Email actions' inputs, as the flow gave them: a Flow Test in an org cannot see an
    // email, so these cases are the runner's alone.
    const emails = [];
    const flowContext = {
        ...context,
        records: (object) => (failQuery(object), context.records(object)),
        update: (object, id, fields) => (failUpdate(object), context.update(object, id, fields)),
        sendEmail: (email) => {
            failing('Sending an email', testCase.failEmails ? ['email'] : [])('email');
            emails.push(email);
        }
    };
    const definition = definitions[testCase.flow];
    const { object, triggerType } = definition.start;
    let record = { CreatedById: userId, OwnerId: userId, ...testCase.record };
    if (triggerType === 'RecordAfterSave') {
        record = store.insertRecord(object, record);
        // Records that name the saved one (a new case's followers), added before its flows run.
        for (const [related, rows] of Object.entries(testCase.givenSaved?.(record.Id) ?? {})) {
            rows.forEach((row) => store.insertRecord(related, row));
        }
    }
    const trace = [];
    try {
        trace.push(
            ...runTriggeredFlows(
                { [testCase.flow]: definition },
                { object, triggerType, record, prior: testCase.prior ? { ...testCase.prior } : undefined },
                flowContext
            )
        );
        const save = { object, triggerType, record, prior: testCase.prior ? { ...testCase.prior } : undefined };
        const resources = Object.fromEntries(
            Object.keys(testCase.expect.resources ?? {}).map((name) => [
                name,
                resourceValue(definition, save, flowContext, name)
            ])
        );
        return { record, store, trace, resources, emails };
    } catch (error) {
        if (error instanceof FlowCustomError) {
            return { error: error.element, store, trace: [...trace, ...(error.trace ?? [])] };
        }
        throw error;
    }
}

/** A table value as the run's: '$now', '$now+1d', '$now+7d' against the case's clock. */
export function expectedValue(value) {
    const clock = /^\$now(?:\+(\d+)d)?$/.exec(String(value));
    return clock ? new Date(Date.parse(NOW) + Number(clock[1] ?? 0) * 86400000).toISOString() : value;
}

const shown = (value) => (value === undefined || value === null || value === '' ? 'blank' : JSON.stringify(value));

/** What the case expected and did not get, in words naming the case; [] when it holds. */
export function flowTestProblems(testCase, result) {
    const name = `${testCase.flow} test ${testCase.name} (${testCase.label})`;
    const { expect } = testCase;
    if (expect.error || result.error) {
        return expect.error === result.error
            ? []
            : [
                  `${name}: expected ${expect.error ? `Custom Error ${expect.error}` : 'no error'}, got ${result.error ? `Custom Error ${result.error}` : 'no error'}`
              ];
    }
    const problems = [];
    const compare = (where, actual, expected) => {
        if (expected === '$set') {
            if (shown(actual) === 'blank') {
                problems.push(`${name}: ${where} is blank, expected it set`);
            }
            return;
        }
        const wanted = expectedValue(expected);
        if (shown(actual) !== shown(wanted)) {
            problems.push(`${name}: ${where} is ${shown(actual)}, expected ${shown(wanted)}`);
        }
    };
    for (const [field, value] of Object.entries(expect.fields ?? {})) {
        compare(field, result.record[field], value);
    }
    for (const [name, value] of Object.entries(expect.resources ?? {})) {
        compare(`resource ${name}`, result.resources[name], value);
    }
    for (const [id, fields] of Object.entries(expect.records ?? {})) {
        const stored = result.store.findRecord(id)?.record ?? {};
        for (const [field, value] of Object.entries(fields)) {
            // '$record': the triggering record's Id (an after-save flow's record is saved first).
            compare(`${id}.${field}`, stored[field], value === '$record' ? result.record.Id : value);
        }
    }
    if (expect.emails) {
        const sent = result.emails ?? [];
        if (sent.length !== expect.emails.length) {
            problems.push(`${name}: ${sent.length} emails sent, expected ${expect.emails.length}`);
        }
        expect.emails.forEach((fields, i) => {
            for (const [input, value] of Object.entries(fields)) {
                compare(`email ${i + 1}'s ${input}`, sent[i]?.[input], value);
            }
        });
    }
    for (const [object, wanted] of Object.entries(expect.created ?? {})) {
        // The record store gives what it inserts Ids with NEW in them; the case's given data has none.
        const created = result.store.allRecords(object).filter((record) => record.Id.includes('NEW'));
        if (created.length !== wanted.length) {
            problems.push(`${name}: ${created.length} ${object} created, expected ${wanted.length}`);
        }
        wanted.forEach((fields, i) => {
            for (const [field, value] of Object.entries(fields)) {
                compare(`the new ${object} ${i + 1}.${field}`, created[i]?.[field], value);
            }
        });
    }
    return problems;
}
