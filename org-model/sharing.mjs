// Who sees which record, as the org decides it for a high-volume (Customer Community) portal
// user: records they own, their own user, contact and account, detail records of masters they
// see (ControlledByParent), and what the package's sharing sets grant, read from the sharing
// set metadata, and files on records they see when Thycotic shares them (the link's Visibility).
// ("Customer Community users ... see what they own, their account and contact, children
// controlled by those, and what sharing sets grant.")

/** A sharing set's objectField or userField as the record field it compares ("Account" → AccountId). */
function recordField(metadata, object, name) {
    if (name === 'Id' || metadata.objects[object]?.fields[name]) {
        return name;
    }
    return `${name}Id`;
}

const USER_FIELDS = { Account: 'AccountId', Contact: 'ContactId' };

/**
 * `metadata`: the org's (projectMetadata.mjs). `records`: the store, whose `findRecord(id)` answers { apiName, record } for a stored record; `user` is the signed-in
 * user's record (Id, ContactId, AccountId). An admin (no contact) sees everything.
 */
export function canSee(metadata, user, apiName, record, records) {
    const { findRecord } = records;
    if (!user.ContactId) {
        return true;
    }
    const object = metadata.objects[apiName];
    if (!object) {
        return false;
    }
    if (apiName === 'Knowledge__kav') {
        // Customers read published versions in the Customer channel, never drafts or archived ones
        // ("Csp: Visible in the Customer Portal ... if channel isn't specified, the default value is
        // determined by the type of user", Knowledge REST API, Articles Details).
        return record.PublishStatus === 'Online' && record.IsVisibleInCsp === true;
    }
    if (record.OwnerId === user.Id) {
        return true;
    }
    if (apiName === 'User') {
        return record.Id === user.Id;
    }
    if (apiName === 'Contact' && record.Id === user.ContactId) {
        return true;
    }
    if (apiName === 'ContentDocumentLink') {
        // A file on a record reaches customers who see the record only through a link visible to
        // all users: the file's Customer Access ("Make Files on Records Visible to Customers",
        // Experience Cloud help). InternalUsers links are Thycotic's alone.
        const entity = findRecord(record.LinkedEntityId);
        return (
            record.Visibility === 'AllUsers' &&
            Boolean(entity) &&
            canSee(metadata, user, entity.apiName, entity.record, records)
        );
    }
    if (apiName === 'ContentDocument') {
        return records
            .allRecords('ContentDocumentLink')
            .some(
                (link) =>
                    link.ContentDocumentId === record.Id && canSee(metadata, user, 'ContentDocumentLink', link, records)
            );
    }
    if (apiName === 'ContentVersion') {
        const document = findRecord(record.ContentDocumentId);
        return Boolean(document) && canSee(metadata, user, 'ContentDocument', document.record, records);
    }
    if (
        object.sharingModel === 'ControlledByParent' &&
        Object.entries(object.fields)
            .filter(([, field]) => field.type === 'MasterDetail')
            .some(([name]) => {
                const master = findRecord(record[name]);
                return Boolean(master) && canSee(metadata, user, master.apiName, master.record, records);
            })
    ) {
        return true;
    }
    // A sharing set's access mapping grants the rest, Contact included whatever its default: SharingSet
    // lists Contact among the objects a mapping grants (Metadata API Developer Guide, "SharingSet",
    // https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_sharingset.htm).
    return Object.values(metadata.sharingSets ?? {})
        .flatMap((set) => set.accessMappings)
        .some(
            (mapping) =>
                mapping.object === apiName &&
                record[recordField(metadata, apiName, mapping.objectField)] !== undefined &&
                record[recordField(metadata, apiName, mapping.objectField)] === user[USER_FIELDS[mapping.userField]]
        );
}

/**
 * May `user` edit this record they can see? Object permission aside, record access decides: the
 * owner edits; a user edits their own User record; a sharing set grants what its access level
 * says (the package's grant Read); a detail record follows its master. Thycotic's users (no
 * contact) edit as their profile and sets allow.
 */
export function canEdit(metadata, user, apiName, record, records) {
    const { findRecord } = records;
    if (!user.ContactId) {
        return true;
    }
    if (apiName === 'User') {
        return record.Id === user.Id;
    }
    if (record.OwnerId === user.Id) {
        return true;
    }
    const object = metadata.objects[apiName];
    if (
        object?.sharingModel === 'ControlledByParent' &&
        Object.entries(object.fields)
            .filter(([, field]) => field.type === 'MasterDetail')
            .some(([name]) => {
                const master = findRecord(record[name]);
                return Boolean(master) && canEdit(metadata, user, master.apiName, master.record, records);
            })
    ) {
        return true;
    }
    return Object.values(metadata.sharingSets ?? {})
        .flatMap((set) => set.accessMappings)
        .some(
            (mapping) =>
                mapping.object === apiName &&
                mapping.accessLevel === 'Edit' &&
                record[recordField(metadata, apiName, mapping.objectField)] === user[USER_FIELDS[mapping.userField]]
        );
}
