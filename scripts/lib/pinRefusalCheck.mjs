// scratch:verify's check of what only an org proves about a refused PIN value: the after-save flow
// Support_PIN_Uniqueness publishes a Support PIN Refusal Event before its Custom Error, the event is
// published immediately (it outlives the rolled-back save: "Platform Event Fields", Platform Events
// Developer Guide, https://developer.salesforce.com/docs/atlas.en-us.platform_events.meta/platform_events/platform_events_define_ui.htm),
// and the platform event–triggered flow Support_PIN_Refusal_Record records it as a PIN Refusal of
// the demo customer, created by the Automated Process user. As the demo customer, through the REST
// API with her session: a PIN with a fresh value is stored, the same value again is refused in the
// flow's words; then, as the admin, her refusals of today are one more (the event is delivered
// asynchronously, so the check waits for it). The PIN and the refusal are deleted again.
import { randomInt } from 'node:crypto';
import { readLabels } from '../../org-model/labels.mjs';
import { API_VERSION } from './portalSetup.mjs';

const root = new URL('../..', import.meta.url).pathname;
const TAKEN = readLabels(`${root}force-app/main/default/labels/CustomLabels.labels-meta.xml`).get(
    'Support_Policy_PIN_Taken'
);

const messagesOf = (json) => (Array.isArray(json) ? json.map((error) => error.message) : []);

/**
 * What is wrong with the org's answers, in words: `first` and `again` are the customer's two
 * creates of one value; `before` and `after` her PIN Refusals of today, as the admin counted them,
 * `after` with who created them.
 */
export function pinRefusalProblems({ first, again, before, after }) {
    if (first.status >= 400) {
        return [
            `the control failed: the demo customer's PIN with a fresh value was refused (${first.status} ${messagesOf(first.json).join(' ') || 'no message'}): check her coverage and her PIN limit`
        ];
    }
    if (again.status < 400) {
        return [
            'the org stored the same PIN value twice for one company: the flow Support_PIN_Uniqueness did not refuse it'
        ];
    }
    if (!messagesOf(again.json).includes(TAKEN)) {
        return [
            `the repeated value was refused with ${again.status} "${messagesOf(again.json).join(' ')}", not by Support_PIN_Uniqueness ("${TAKEN}")`
        ];
    }
    return [
        after.count !== before + 1 &&
            `the refusal was not recorded: the demo customer has ${after.count - before} new PIN Refusal(s) after it, not 1 (is the event Publish Immediately, and the flow Support_PIN_Refusal_Record active?)`,
        after.count === before + 1 &&
            after.createdBy !== 'Automated Process' &&
            `the PIN Refusal was created by ${after.createdBy}, not the Automated Process user`
    ].filter(Boolean);
}

/** `asCustomer` calls the REST API with her session on the site; `notSignedIn`: the words when she could not sign in. */
export function pinRefusalCheck(org, asCustomer, notSignedIn) {
    const value = () => String(randomInt(10_000_000, 100_000_000));
    const create = (ctx, pin) =>
        asCustomer(ctx, {
            method: 'POST',
            path: '/sobjects/Support_PIN__c',
            body: JSON.stringify({ PIN__c: pin, Kind__c: 'Standard' }),
            shown: `${ctx.customer.baseUrl}/services/data/v${API_VERSION}/sobjects/Support_PIN__c <a fresh PIN value>`
        });
    const refusals = (ctx) => {
        const records =
            ctx.sf([
                'data',
                'query',
                '--query',
                `SELECT Id, CreatedBy.Name FROM Support_PIN_Refusal__c WHERE User__c = '${ctx.customerUserId ?? '<portal user id>'}' AND CreatedDate = TODAY ORDER BY CreatedDate DESC`,
                ...org,
                '--json'
            ]).result?.records ?? [];
        return { count: records.length, createdBy: records[0]?.CreatedBy?.Name, id: records[0]?.Id };
    };
    const remove = (ctx, sobject, id) =>
        id && ctx.sf(['data', 'delete', 'record', '--sobject', sobject, '--record-id', id, ...org, '--json']);
    return {
        title: 'As the demo customer: the same PIN value twice is refused by Support_PIN_Uniqueness, and the refusal is recorded (an event published immediately, a PIN Refusal created by the Automated Process) though the save rolled back',
        run: async (ctx) => {
            if (!ctx.customer) {
                return [notSignedIn];
            }
            const before = refusals(ctx).count;
            const pin = value();
            const first = await create(ctx, pin);
            const again = await create(ctx, pin);
            let after = refusals(ctx);
            // Delivered asynchronously: wait up to half a minute for the flow's record.
            for (let tries = 0; !ctx.dryRun && after.count === before && tries < 15; tries++) {
                await new Promise((resolve) => setTimeout(resolve, 2000));
                after = refusals(ctx);
            }
            if (!ctx.dryRun) {
                remove(ctx, 'Support_PIN__c', first.json?.id);
                if (after.count > before) {
                    remove(ctx, 'Support_PIN_Refusal__c', after.id);
                }
            }
            return ctx.dryRun ? [] : pinRefusalProblems({ first, again, before, after });
        }
    };
}
