// scratch:verify's check of what only an org proves about a customer ending a PIN (issue 27): the
// after-save flow Support_PIN_Revocation_Apply, running in system context, updates a PIN the
// customer may only read, and the PIN's own save (the before-save flow
// Support_PIN_Revocation_Stamp) stamps her as Revoked By; the formula Revoked By Customer reads her
// contact through the lookup to User. As the demo customer, through the REST API with her session:
// she issues a PIN; with Privileged Access taken off her contact by the admin (what a colleague
// Acme did not authorize has) her PIN Revocation is refused in the flow's words; with it back,
// the same request ends the PIN, and she reads back Revoked By = herself (the PIN's creator) and
// Revoked By Customer = true. Her flag is restored, and the PIN and the revocation are deleted.
import { randomInt } from 'node:crypto';
import { readLabels } from '../../org-model/labels.mjs';
import { API_VERSION } from './portalSetup.mjs';

const root = new URL('../..', import.meta.url).pathname;
const NOT_AUTHORIZED = readLabels(`${root}force-app/main/default/labels/CustomLabels.labels-meta.xml`).get(
    'Support_Policy_Revoke_Not_Authorized'
);

const messagesOf = (json) => (Array.isArray(json) ? json.map((error) => error.message) : []);
const said = (answer) => `${answer.status} ${messagesOf(answer.json).join(' ') || 'no message'}`;

/**
 * What is wrong with the org's answers, in words: `issued` her PIN, `refused` her revocation without
 * the flag, `accepted` with it, `readBack` the PIN as she then reads it (a query's first record).
 */
export function pinRevocationProblems({ issued, refused, accepted, readBack }) {
    if (issued.status >= 400) {
        return [
            `the control failed: the demo customer could not issue a PIN (${said(issued)}): check her coverage and her PIN limit`
        ];
    }
    if (refused.status < 400) {
        return [
            'a contact without Privileged Access ended a PIN: the flow Support_PIN_Revocation_Apply did not refuse the revocation'
        ];
    }
    if (!messagesOf(refused.json).includes(NOT_AUTHORIZED)) {
        return [
            `the revocation without Privileged Access was refused with ${said(refused)}, not by Support_PIN_Revocation_Apply ("${NOT_AUTHORIZED}")`
        ];
    }
    if (accepted.status >= 400) {
        return [
            `the authorized customer's revocation was refused (${said(accepted)}): is Support_PIN_Revocation_Apply active, and may customers create PIN Revocations?`
        ];
    }
    const pin = readBack ?? {};
    return [
        !pin.Revoked_At__c && 'the revocation was accepted but the PIN is not revoked (Revoked At is blank)',
        pin.Revoked_At__c &&
            pin.Revoked_By__c !== pin.CreatedById &&
            `the PIN was revoked by ${pin.Revoked_By__c ?? 'nobody'}, not by the customer who asked (${pin.CreatedById}): Support_PIN_Revocation_Stamp stamps $User`,
        pin.Revoked_At__c &&
            pin.Revoked_By_Customer__c !== true &&
            'Revoked By Customer is not true for a revocation the customer made'
    ].filter(Boolean);
}

/** `asCustomer` calls the REST API with her session on the site; `notSignedIn`: the words when she could not sign in. */
export function pinRevocationCheck(org, asCustomer, notSignedIn, email) {
    const post = (ctx, sobject, body, shown) =>
        asCustomer(ctx, {
            method: 'POST',
            path: `/sobjects/${sobject}`,
            body: JSON.stringify(body),
            shown: `${ctx.customer.baseUrl}/services/data/v${API_VERSION}/sobjects/${sobject} ${shown}`
        });
    const admin = (ctx, args) => ctx.sf([...args, ...org, '--json']);
    const setFlag = (ctx, contactId, value) =>
        admin(ctx, [
            'data',
            'update',
            'record',
            '--sobject',
            'Contact',
            '--record-id',
            contactId,
            '--values',
            `Privileged_Access__c=${value}`
        ]);
    const remove = (ctx, sobject, id) =>
        id && admin(ctx, ['data', 'delete', 'record', '--sobject', sobject, '--record-id', id]);
    return {
        title: 'As the demo customer: a PIN she issued is ended by filing a PIN Revocation (Support_PIN_Revocation_Apply), read back as Revoked By her with Revoked By Customer true; without Privileged Access on her contact (a colleague Acme did not authorize) the same request is refused in the flow’s words',
        run: async (ctx) => {
            if (!ctx.customer) {
                return [notSignedIn];
            }
            const contact =
                admin(ctx, [
                    'data',
                    'query',
                    '--query',
                    `SELECT Id, Privileged_Access__c FROM Contact WHERE Email = '${email}' LIMIT 1`
                ]).result?.records?.[0] ?? {};
            const contactId = contact.Id ?? '<contact id>';
            const issued = await post(
                ctx,
                'Support_PIN__c',
                { PIN__c: String(randomInt(10_000_000, 100_000_000)), Kind__c: 'Standard' },
                '<a fresh PIN value>'
            );
            const pinId = issued.json?.id ?? '<PIN id>';
            let refused;
            let accepted;
            let readBack;
            try {
                setFlag(ctx, contactId, false);
                refused = await post(ctx, 'Support_PIN_Revocation__c', { Support_PIN__c: pinId }, '<her PIN>');
                setFlag(ctx, contactId, true);
                accepted = await post(ctx, 'Support_PIN_Revocation__c', { Support_PIN__c: pinId }, '<her PIN>');
                const soql = `SELECT Id, CreatedById, Revoked_At__c, Revoked_By__c, Revoked_By_Customer__c FROM Support_PIN__c WHERE Id = '${pinId}'`;
                readBack = (
                    await asCustomer(ctx, {
                        path: `/query?q=${encodeURIComponent(soql)}`,
                        shown: `${ctx.customer.baseUrl}/services/data/v${API_VERSION}/query?q=${soql}`
                    })
                ).json?.records?.[0];
            } finally {
                if (!ctx.dryRun) {
                    // Her flag as it was (the demo data authorizes her); the PIN and the request gone.
                    setFlag(ctx, contactId, contact.Privileged_Access__c === false ? false : true);
                    remove(ctx, 'Support_PIN_Revocation__c', accepted?.json?.id);
                    remove(ctx, 'Support_PIN_Revocation__c', refused?.json?.id);
                    remove(ctx, 'Support_PIN__c', issued.json?.id);
                }
            }
            return ctx.dryRun ? [] : pinRevocationProblems({ issued, refused, accepted, readBack });
        }
    };
}
