// What a user may read and write, from the project's metadata: a permission set's object and
// field permissions, plus what every user has (standard fields through the profile, required
// and master-detail fields, which no permission set can withhold). Pure, so the preview's demo
// org applies exactly what the GraphQL schema and the checks apply.

/**
 * The permission sets a portal customer holds: Support_Portal_Customer, which also reads the
 * published Knowledge articles the portal suggests. A list, as a user may hold several sets (their
 * grants add up); Support_Knowledge_Author is no component's audience: authors write articles in
 * Lightning Experience, never through the portal's components.
 */
export const CUSTOMER_PERMISSION_SETS = Object.freeze(['Support_Portal_Customer']);
/** The permission sets a support engineer holds. */
export const ENGINEER_PERMISSION_SETS = Object.freeze(['Support_Engineer']);

/** The sets of `names` the metadata has (a fixture project may lack one). */
export function heldPermissionSets(metadata, names) {
    return [names].flat().filter((name) => metadata.permissionSets[name]);
}

/**
 * Access for the holder of `permissionSets` (a name, or the names of every set the user holds:
 * their grants add up, as a user's permission sets do in an org); with none, an admin who can do
 * everything.
 */
export function accessFor(metadata, permissionSets) {
    const names = [permissionSets ?? []].flat();
    for (const name of names) {
        if (!metadata.permissionSets[name]) {
            throw new Error(`No permission set ${name}`);
        }
    }
    const set = names.length ? unionOf(names.map((name) => metadata.permissionSets[name])) : undefined;
    const objectPermission = (apiName) => {
        const object = metadata.objects[apiName];
        const granted = set?.objects[apiName] ?? {};
        const profile = object?.custom ? {} : (object?.customerAccess ?? {});
        return {
            read: Boolean(granted.read || profile.read),
            create: Boolean(granted.create || profile.create),
            edit: Boolean(granted.edit || profile.edit),
            delete: Boolean(granted.delete || profile.delete),
            viewAll: Boolean(granted.viewAll),
            modifyAll: Boolean(granted.modifyAll)
        };
    };
    const field = (apiName, name) => metadata.objects[apiName]?.fields[name];
    return {
        admin: !set,
        object(apiName) {
            if (!metadata.objects[apiName]) {
                return { read: false, create: false, edit: false, delete: false, viewAll: false, modifyAll: false };
            }
            return set
                ? objectPermission(apiName)
                : { read: true, create: true, edit: true, delete: true, viewAll: true, modifyAll: true };
        },
        canReadField(apiName, name) {
            const f = field(apiName, name);
            if (!f || !this.object(apiName).read) {
                return false;
            }
            if (!set || !f.custom || f.required || f.type === 'MasterDetail') {
                return true;
            }
            return Boolean(set.fields[`${apiName}.${name}`]?.read);
        },
        /** May the user set this field when creating (or, with `update`, editing) a record? */
        canWriteField(apiName, name, { update = false } = {}) {
            const f = field(apiName, name);
            const object = this.object(apiName);
            if (
                !f ||
                f.calculated ||
                f.formula ||
                ['Id', 'CreatedDate', 'CreatedById', 'LastModifiedDate', 'LastModifiedById', 'SystemModstamp'].includes(
                    name
                )
            ) {
                return false;
            }
            if (!(update ? object.edit : object.create)) {
                return false;
            }
            if (!set) {
                return true;
            }
            if (!f.custom) {
                return Boolean(f.editable);
            }
            if (f.type === 'MasterDetail') {
                return !update;
            }
            if (f.required) {
                return true;
            }
            return Boolean(set.fields[`${apiName}.${name}`]?.edit);
        }
    };
}

/** Several permission sets as one: each object and field permission is granted if any set grants it. */
function unionOf(sets) {
    const objects = {};
    const fields = {};
    for (const set of sets) {
        for (const [apiName, granted] of Object.entries(set.objects)) {
            objects[apiName] ??= {};
            for (const [permission, value] of Object.entries(granted)) {
                objects[apiName][permission] = Boolean(objects[apiName][permission] || value);
            }
        }
        for (const [name, granted] of Object.entries(set.fields)) {
            fields[name] = {
                read: Boolean(fields[name]?.read || granted.read),
                edit: Boolean(fields[name]?.edit || granted.edit)
            };
        }
    }
    return { objects, fields };
}
