// scratch:verify's check that the org answers the demo customer's failures in the shapes the portal
// puts into words (ldsUtils): reading a case that is not there is 404 NOT_FOUND (or 403
// INSUFFICIENT_ACCESS: "not there, or not yours"), which the case page says as "Case not found"
// (ldsUtils.isNotFound); a message on such a case is refused with a Record Exception Error whose
// errorCode the portal words (INSUFFICIENT_ACCESS_ON_CROSS_REFERENCE_ENTITY: "It does not exist, or
// it is not shared with you."), never shown as the platform's words. The shapes are the UI API's
// documented ones ("Error with Output", "Record Exception Error", User Interface API Developer
// Guide); only an org proves it answers a portal customer with them.

/** A case Id of the right shape that no org holds. */
export const MISSING_CASE_ID = '500000000000000AAA';

/** The codes the portal words for a save that refers to a record the customer cannot see. */
const REFUSED_REFERENCE = [
    'INSUFFICIENT_ACCESS_ON_CROSS_REFERENCE_ENTITY',
    'NOT_FOUND',
    'FIELD_CUSTOM_VALIDATION_EXCEPTION'
];

const codesOf = (json) =>
    Array.isArray(json)
        ? json.map((error) => error.errorCode)
        : [...(json?.output?.errors ?? []), ...Object.values(json?.output?.fieldErrors ?? {}).flat()].map(
              (error) => error.errorCode
          );

/** What is wrong with the org's answers to the read (`read`) and the save (`save`), in words. */
export function errorShapeProblems(read, save) {
    const readCodes = codesOf(read.json);
    const notFound =
        (read.status === 404 && readCodes.includes('NOT_FOUND')) ||
        (read.status === 403 && readCodes.includes('INSUFFICIENT_ACCESS'));
    const saveCodes = codesOf(save.json);
    return [
        !notFound &&
            `reading a case that is not there answered ${read.status} ${readCodes.join(', ') || 'without an error code'}, not 404 NOT_FOUND: the case page would not say "Case not found"`,
        save.status < 400 && 'the org saved a message on a case that is not there',
        save.status >= 400 &&
            !saveCodes.some((code) => REFUSED_REFERENCE.includes(code)) &&
            `a message on a case that is not there was refused with ${save.status} ${saveCodes.join(', ') || 'no error code'}, which the portal does not put into words`
    ].filter(Boolean);
}

/**
 * The check, as the demo customer (`asCustomer` calls the REST API with her session on the site;
 * `notSignedIn` is what a check says when she could not sign in).
 */
export function errorShapesCheck(asCustomer, notSignedIn) {
    return {
        title: 'As the demo customer: a case that is not there reads as 404 NOT_FOUND, and a message on it is refused with an error code the portal words',
        run: async (ctx) => {
            if (!ctx.customer) {
                return [notSignedIn];
            }
            const read = await asCustomer(ctx, { path: `/ui-api/records/${MISSING_CASE_ID}?fields=Case.Subject` });
            const save = await asCustomer(ctx, {
                method: 'POST',
                path: '/ui-api/records',
                body: JSON.stringify({
                    apiName: 'Case_Message__c',
                    fields: { Case__c: MISSING_CASE_ID, Action__c: 'Reply', Body__c: 'scratch:verify (refused)' }
                })
            });
            return ctx.dryRun ? [] : errorShapeProblems(read, save);
        }
    };
}
