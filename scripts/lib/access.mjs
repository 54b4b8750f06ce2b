// What a user may read and write, from the project's metadata: a permission set's object and
// field permissions, plus what every user has (standard fields through the profile, required
// and master-detail fields, which no permission set can withhold). Pure, so the preview's demo
// org applies exactly what the GraphQL schema and the checks apply.

/** Access for the holder of `permissionSetName`; with no name, an admin who can do everything. */
export function accessFor(metadata, permissionSetName) {
    const set = permissionSetName ? metadata.permissionSets[permissionSetName] : undefined;
    if (permissionSetName && !set) {
        throw new Error(`No permission set ${permissionSetName}`);
    }
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
