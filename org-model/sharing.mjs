// Who sees which record, as the org decides it for a high-volume (Customer Community) portal
// user: records they own, their own user, contact and account, detail records of masters they
// see (ControlledByParent), and what the package's sharing sets grant, read from the sharing
// set metadata. ("Customer Community users ... see what they own, their account and contact,
// children controlled by those, and what sharing sets grant.")

/** A sharing set's objectField or userField as the record field it compares ("Account" → AccountId). */
function recordField(metadata, object, name) {
    if (name === 'Id' || metadata.objects[object]?.fields[name]) {
        return name;
    }
    return `${name}Id`;
}

const USER_FIELDS = { Account: 'AccountId', Contact: 'ContactId' };

/**
 * `metadata`: the org's (projectMetadata.mjs). `findRecord(id)` answers { apiName, record } for a stored record; `user` is the signed-in
 * user's record (Id, ContactId, AccountId). An admin (no contact) sees everything.
 */
export function canSee(metadata, user, apiName, record, findRecord) {
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
    if (apiName === 'ContentVersion') {
        // A file published to a record is seen by whoever sees the record (a file shared with all
        // users of the site, as Thycotic's engineers share case files with the customer).
        const location = findRecord(record.FirstPublishLocationId);
        return Boolean(location) && canSee(metadata, user, location.apiName, location.record, findRecord);
    }
    if (object.sharingModel === 'ControlledByParent') {
        return Object.entries(object.fields)
            .filter(([, field]) => field.type === 'MasterDetail')
            .some(([name]) => {
                const master = findRecord(record[name]);
                return Boolean(master) && canSee(metadata, user, master.apiName, master.record, findRecord);
            });
    }
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
export function canEdit(metadata, user, apiName, record, findRecord) {
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
    if (object?.sharingModel === 'ControlledByParent') {
        return Object.entries(object.fields)
            .filter(([, field]) => field.type === 'MasterDetail')
            .some(([name]) => {
                const master = findRecord(record[name]);
                return Boolean(master) && canEdit(metadata, user, master.apiName, master.record, findRecord);
            });
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
