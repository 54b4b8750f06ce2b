// The portal customer's profile in the org against the model the demo org and the tests use
// (`customerAccess` in standardObjects.mjs: the most the Customer Community license lets a profile
// grant). A profile that grants more than the model means a rule may rest on something the org
// does not withhold; one that grants less means the preview is harsher than the org. Either way
// scratch:verify fails, in words naming the object and the permission.
import { queryAll, queryOne } from './sfRunner.mjs';

const PERMISSIONS = [
    ['read', 'PermissionsRead'],
    ['create', 'PermissionsCreate'],
    ['edit', 'PermissionsEdit'],
    ['delete', 'PermissionsDelete']
];

/**
 * Objects a user reaches through sharing, not object permissions: their own User record, and
 * files (who sees a file is its sharing, "Files Sharing" in Salesforce Help), so no profile row
 * holds them.
 */
const NOT_PERMISSIONED = new Set(['User', 'ContentVersion', 'ContentDocument', 'ContentDocumentLink']);

/** The objects whose profile access the model states. */
export function modelledObjects(metadata) {
    return Object.values(metadata.objects)
        .filter((object) => object.customerAccess && !NOT_PERMISSIONED.has(object.apiName))
        .map((object) => object.apiName);
}

/** Differences between the org's ObjectPermissions rows for `profile` and the model, in words. */
export function profileProblems(metadata, profile, rows) {
    return modelledObjects(metadata).flatMap((apiName) => {
        const model = metadata.objects[apiName].customerAccess;
        const row = rows.find((r) => r.SobjectType === apiName) ?? {};
        return PERMISSIONS.flatMap(([permission, column]) => {
            const inOrg = Boolean(row[column]);
            const modelled = Boolean(model[permission]);
            if (inOrg === modelled) {
                return [];
            }
            return inOrg
                ? [
                      `the profile ${profile} grants ${permission} on ${apiName}, which the model does not: a rule may rest on it being withheld`
                  ]
                : [
                      `the profile ${profile} does not grant ${permission} on ${apiName}, which the model does: the preview allows what the org refuses`
                  ];
        });
    });
}

/** The scratch:verify check: the demo customer's profile's object permissions equal the model. */
export function profileCheck(org, metadata) {
    const objects = modelledObjects(metadata);
    return {
        title: `The demo customer's profile grants what the model says (${objects.join(', ')}), no more and no less`,
        run: (ctx) => {
            const user = queryOne(
                ctx,
                `SELECT Profile.Name FROM User WHERE ContactId != null AND Email = 'dana.scully@acme.example' ORDER BY CreatedDate DESC LIMIT 1`,
                org
            );
            const profile = user?.Profile?.Name ?? '<the portal user’s profile>';
            const rows = queryAll(
                ctx,
                `SELECT SobjectType, PermissionsRead, PermissionsCreate, PermissionsEdit, PermissionsDelete FROM ObjectPermissions WHERE Parent.IsOwnedByProfile = true AND Parent.Profile.Name = '${profile}' AND SobjectType IN (${objects.map((o) => `'${o}'`).join(', ')})`,
                org
            );
            if (ctx.dryRun) {
                return [];
            }
            return user ? profileProblems(metadata, profile, rows) : ['no portal user for Dana Scully'];
        }
    };
}
