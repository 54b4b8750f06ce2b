// scratch:verify's check of what only an org proves about the support admin keeping who may grant
// privileged access (issue 27 item 4): the sharing set's Contact mapping lets the customer read her
// colleague's contact; the after-save flow Privileged_Access_Change_Apply, in system context, updates
// that contact, and the validation rule Privileged_Access_Kept_By_Thycotic, which runs as the customer
// ($User) even in the flow's save, lets exactly that save through. As the demo customer, through the
// REST API with her session: with Support Admin taken off her contact by the admin her Privileged
// Access Change for her colleague Walter is refused in the flow's words; with it on, the same request
// is accepted; she then reads Walter's flag as the change set it and the change's Applied At set.
// Everything is put back as it was, and the change is deleted.
import { readLabels } from '../../org-model/labels.mjs';
import { API_VERSION } from './portalSetup.mjs';

const root = new URL('../..', import.meta.url).pathname;
const NOT_ADMIN = readLabels(`${root}force-app/main/default/labels/CustomLabels.labels-meta.xml`).get(
    'Support_Policy_Access_Change_Not_Admin'
);
/** Her colleague in the demo data (org-model/demoData.mjs), whom the install loads too. */
export const COLLEAGUE_EMAIL = 'walter.skinner@acme.example';

const messagesOf = (json) => (Array.isArray(json) ? json.map((error) => error.message) : []);
const said = (answer) => `${answer.status} ${messagesOf(answer.json).join(' ') || 'no message'}`;

/**
 * What is wrong with the org's answers, in words: `refused` her change without Support Admin,
 * `accepted` with it, `grant` the value it asked for, `colleague` the contact as she then reads it
 * (undefined: she cannot read it), `change` the change as she then reads it.
 */
export function privilegedAccessChangeProblems({ refused, accepted, grant, colleague, change }) {
    if (refused.status < 400) {
        return [
            'a contact who is not the support admin changed who may grant privileged access: the flow Privileged_Access_Change_Apply did not refuse it'
        ];
    }
    if (!messagesOf(refused.json).includes(NOT_ADMIN)) {
        return [
            `the change without Support Admin was refused with ${said(refused)}, not by Privileged_Access_Change_Apply ("${NOT_ADMIN}")`
        ];
    }
    if (accepted.status >= 400) {
        return [
            `the support admin's change was refused (${said(accepted)}): is Privileged_Access_Change_Apply active, may customers create Privileged Access Changes, and does the validation rule Privileged_Access_Kept_By_Thycotic let the flow's save through?`
        ];
    }
    if (!colleague) {
        return [
            "the customer cannot read her colleague's contact: the sharing set Support_Portal_Customers' Contact mapping does not grant it"
        ];
    }
    return [
        colleague.Privileged_Access__c !== grant &&
            `the change was accepted but her colleague's Privileged Access reads ${colleague.Privileged_Access__c}, not ${grant}`,
        !change?.Applied_At__c &&
            "the change was accepted but its Applied At is blank: the flow's Stamp_Applied did not run"
    ].filter(Boolean);
}

/** `asCustomer` calls the REST API with her session on the site; `notSignedIn`: the words when she could not sign in. */
export function privilegedAccessChangeCheck(org, asCustomer, notSignedIn, email) {
    const admin = (ctx, args) => ctx.sf([...args, ...org, '--json']);
    const setField = (ctx, contactId, values) =>
        admin(ctx, ['data', 'update', 'record', '--sobject', 'Contact', '--record-id', contactId, '--values', values]);
    const contactByEmail = (ctx, address) =>
        admin(ctx, [
            'data',
            'query',
            '--query',
            `SELECT Id, Privileged_Access__c, Support_Admin__c FROM Contact WHERE Email = '${address}' LIMIT 1`
        ]).result?.records?.[0] ?? {};
    const read = async (ctx, soql) =>
        (
            await asCustomer(ctx, {
                path: `/query?q=${encodeURIComponent(soql)}`,
                shown: `${ctx.customer.baseUrl}/services/data/v${API_VERSION}/query?q=${soql}`
            })
        ).json?.records?.[0];
    return {
        title: 'As the demo customer: without Support Admin on her contact her Privileged Access Change for her colleague is refused in the flow’s words (Privileged_Access_Change_Apply); with it, accepted: she reads her colleague’s contact (the sharing set) with the flag set and the change’s Applied At set',
        run: async (ctx) => {
            if (!ctx.customer) {
                return [notSignedIn];
            }
            const dana = contactByEmail(ctx, email);
            const walter = contactByEmail(ctx, COLLEAGUE_EMAIL);
            const walterId = walter.Id ?? '<colleague contact id>';
            const grant = walter.Privileged_Access__c !== true;
            const file = () =>
                asCustomer(ctx, {
                    method: 'POST',
                    path: '/sobjects/Privileged_Access_Change__c',
                    body: JSON.stringify({ Contact__c: walterId, Grant__c: grant }),
                    shown: `${ctx.customer.baseUrl}/services/data/v${API_VERSION}/sobjects/Privileged_Access_Change__c <her colleague, ${grant}>`
                });
            let refused;
            let accepted;
            let colleague;
            let change;
            try {
                setField(ctx, dana.Id ?? '<contact id>', 'Support_Admin__c=false');
                refused = await file();
                setField(ctx, dana.Id ?? '<contact id>', 'Support_Admin__c=true');
                accepted = await file();
                colleague = await read(ctx, `SELECT Id, Privileged_Access__c FROM Contact WHERE Id = '${walterId}'`);
                change = await read(
                    ctx,
                    `SELECT Id, Applied_At__c FROM Privileged_Access_Change__c WHERE Id = '${accepted?.json?.id}'`
                );
            } finally {
                if (!ctx.dryRun) {
                    // As the demo data has them: Dana the support admin, Walter's flag as it was; the change gone
                    // (deleting it clears the contact's lookup to it).
                    setField(ctx, dana.Id ?? '<contact id>', `Support_Admin__c=${dana.Support_Admin__c !== false}`);
                    setField(ctx, walterId, `Privileged_Access__c=${walter.Privileged_Access__c === true}`);
                    for (const id of [accepted?.json?.id, refused?.json?.id].filter(Boolean)) {
                        admin(ctx, [
                            'data',
                            'delete',
                            'record',
                            '--sobject',
                            'Privileged_Access_Change__c',
                            '--record-id',
                            id
                        ]);
                    }
                }
            }
            return ctx.dryRun ? [] : privilegedAccessChangeProblems({ refused, accepted, grant, colleague, change });
        }
    };
}
