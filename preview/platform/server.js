// The demo org's server side, at its UI API boundary: every read and write of the preview's
// stand-ins comes here, as the signed-in portal customer, and is held to what the org would
// hold it to, all of it read from the project's metadata: the Support Portal Customer
// permission set (object and field access), the sharing the package ships, required fields,
// lengths, restricted picklists, unique fields, validation rules and formula fields.
import { metadata } from 'virtual:metadata';
import { accessFor, CUSTOMER_PERMISSION_SETS, ENGINEER_PERMISSION_SETS } from '../../scripts/lib/access.mjs';
import { brokenValidationRules, formulaFieldValue } from '../../scripts/lib/formulaRules.mjs';
import {
    allRecords,
    currentPersona,
    currentUserId,
    findRecord,
    insertRecord,
    updateRecordFields,
    deleteRecordById
} from './demoOrg';
import { canSee } from './sharing';
import { AFTER_SAVE, BEFORE_SAVE } from './policy';
import {
    crossReferenceError,
    duplicateValue,
    fieldErrors,
    insufficientAccess,
    invalidFields,
    notFound
} from './uiErrors';

/** The permission sets the signed-in user holds: the demo customer's, or the support engineer's. */
export { CUSTOMER_PERMISSION_SETS, ENGINEER_PERMISSION_SETS };
export const access = accessFor(
    metadata,
    currentPersona() === 'engineer' ? ENGINEER_PERMISSION_SETS : CUSTOMER_PERMISSION_SETS
);

const SYSTEM_FIELDS = new Set([
    'Id',
    'CreatedDate',
    'CreatedById',
    'LastModifiedDate',
    'LastModifiedById',
    'SystemModstamp'
]);

export function currentUser() {
    return findRecord(currentUserId())?.record ?? { Id: currentUserId() };
}

export function isVisible(apiName, record) {
    return canSee(currentUser(), apiName, record, findRecord);
}

/** Records of an object the customer may see. */
export function visibleRecords(apiName) {
    return access.object(apiName).read ? allRecords(apiName).filter((record) => isVisible(apiName, record)) : [];
}

/** A record by Id, only when the customer may see it. */
export function findVisible(id) {
    const found = findRecord(id);
    return found && access.object(found.apiName).read && isVisible(found.apiName, found.record) ? found : undefined;
}

/** A cross-object reference in a formula ("Account__r.Support_Product__c"), read from the stored records. */
function relatedResolver(apiName, record) {
    return (path) => {
        let object = metadata.objects[apiName];
        let current = record;
        const parts = path.startsWith('$User.') ? path.slice(6).split('.') : path.split('.');
        if (path.startsWith('$User.')) {
            object = metadata.objects.User;
            current = currentUser();
        }
        while (parts.length > 1) {
            const [lookup, field] =
                Object.entries(object.fields).find(([, f]) => f.relationshipName === parts[0]) ?? [];
            const related = lookup && findRecord(current?.[lookup]);
            object = metadata.objects[field?.referenceTo];
            current = related?.record;
            parts.shift();
        }
        return { field: object?.fields[parts[0]], value: current?.[parts[0]] ?? null };
    };
}

function formulaContext(apiName, record, prior) {
    return { record, prior, user: currentUser(), related: relatedResolver(apiName, record) };
}

/** A field's value as the org returns it: stored, or computed for a formula field. */
export function fieldValue(apiName, record, name) {
    const field = metadata.objects[apiName]?.fields[name];
    if (field?.formula) {
        return formulaFieldValue(metadata, apiName, name, formulaContext(apiName, record));
    }
    return record[name] ?? null;
}

function checkWritableFields(apiName, fields, { update }) {
    const object = metadata.objects[apiName];
    const unknown = Object.keys(fields).filter((name) => !object.fields[name]);
    if (unknown.length) {
        throw invalidFields('INVALID_FIELD', `No such column '${unknown[0]}' on sobject of type ${apiName}`);
    }
    const denied = Object.keys(fields).filter(
        (name) => name !== 'Id' && (SYSTEM_FIELDS.has(name) || !access.canWriteField(apiName, name, { update }))
    );
    if (denied.length) {
        throw invalidFields(
            'INVALID_FIELD_FOR_INSERT_UPDATE',
            `Unable to create/update fields: ${denied.map((name) => `${apiName}.${name}`).join(', ')}. Please check the security settings of this field and verify that it is read/write for your profile or permission set.`
        );
    }
}

function checkLookups(apiName, fields) {
    for (const [name, value] of Object.entries(fields)) {
        const field = metadata.objects[apiName].fields[name];
        if (field && ['Lookup', 'MasterDetail'].includes(field.type) && value && !findVisible(value)) {
            throw crossReferenceError(name, value);
        }
    }
}

/** Required fields, lengths and restricted picklists, as the field definitions hold them. */
function checkFieldDefinitions(apiName, record) {
    const errors = [];
    for (const [name, field] of Object.entries(metadata.objects[apiName].fields)) {
        const value = record[name];
        const blank = value === undefined || value === null || value === '';
        if (
            field.required &&
            !field.calculated &&
            !SYSTEM_FIELDS.has(name) &&
            blank &&
            !['OwnerId', 'Name'].includes(name)
        ) {
            errors.push({
                field: name,
                errorCode: 'REQUIRED_FIELD_MISSING',
                message: `Required fields are missing: [${name}]`
            });
        } else if (!blank && typeof value === 'string' && field.length && value.length > field.length) {
            errors.push({
                field: name,
                errorCode: 'STRING_TOO_LONG',
                message: `${field.label}: data value too large: ${value.slice(0, 20)}… (max length=${field.length})`
            });
        } else if (!blank && field.restricted && !field.picklistValues.some((option) => option.value === value)) {
            errors.push({
                field: name,
                errorCode: 'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST',
                message: `${field.label}: bad value for restricted picklist field: ${value}`
            });
        }
    }
    if (errors.length) {
        throw fieldErrors(errors);
    }
}

function checkUnique(apiName, record) {
    for (const [name, field] of Object.entries(metadata.objects[apiName].fields)) {
        const value = record[name];
        if (field.unique && value !== undefined && value !== null) {
            // Uniqueness spans every record, seen or not; the error names the record it clashes with.
            const clash = allRecords(apiName).find((other) => other[name] === value && other.Id !== record.Id);
            if (clash) {
                throw duplicateValue(name, clash.Id);
            }
        }
    }
}

function checkValidationRules(apiName, record, prior) {
    const broken = brokenValidationRules(metadata, apiName, formulaContext(apiName, record, prior));
    if (broken.length) {
        throw fieldErrors(
            broken.map(({ field, message }) => ({ field, errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION', message }))
        );
    }
}

/** The org's before-save record-triggered flows, mirrored in policy.js: they run in system context. */
function runBeforeSave(apiName, record, prior) {
    for (const hook of BEFORE_SAVE[apiName] ?? []) {
        hook(record, prior, { user: currentUser(), findRecord, allRecords, fieldValue });
    }
}

/**
 * A change the org makes in system context (an after-save flow's Update Records): no access
 * checks, but the object's before-save flows and validation rules run, as they would in the org.
 * Closing derives IsClosed and ClosedDate, as the platform does from a closed Status.
 */
function systemUpdate(id, fields) {
    const found = findRecord(id);
    if (!found) {
        throw notFound(id);
    }
    const { apiName, record: prior } = found;
    const record = { ...prior, ...fields };
    if (apiName === 'Case' && 'Status' in fields) {
        record.IsClosed = fields.Status === 'Closed';
        record.ClosedDate = record.IsClosed ? (prior.IsClosed ? prior.ClosedDate : new Date().toISOString()) : null;
    }
    runBeforeSave(apiName, record, prior);
    checkValidationRules(apiName, record, prior);
    updateRecordFields(id, Object.fromEntries(Object.entries(record).filter(([name]) => name !== 'Id')));
}

/** The org's after-save flows, mirrored in policy.js; a failure undoes the save that started them. */
function runAfterSave(apiName, record) {
    try {
        for (const hook of AFTER_SAVE[apiName] ?? []) {
            hook(record, { findRecord, fieldValue, updateCase: systemUpdate });
        }
    } catch (error) {
        deleteRecordById(record.Id);
        throw error;
    }
}

/** createRecord as the customer: the org's order — access, field definitions, flows, rules, uniqueness. */
export function createAs(apiName, fields) {
    if (!metadata.objects[apiName] || !access.object(apiName).create) {
        throw insufficientAccess(
            `You don't have permission to create ${metadata.objects[apiName]?.label ?? apiName} records.`
        );
    }
    checkWritableFields(apiName, fields, { update: false });
    checkLookups(apiName, fields);
    const user = currentUser();
    const record = { ...fields, OwnerId: user.Id, CreatedById: user.Id, LastModifiedById: user.Id };
    runBeforeSave(apiName, record, undefined);
    checkFieldDefinitions(apiName, record);
    checkValidationRules(apiName, record, undefined);
    checkUnique(apiName, record);
    const saved = insertRecord(apiName, record);
    runAfterSave(apiName, saved);
    return findRecord(saved.Id)?.record ?? saved;
}

/** updateRecord as the customer: the record must be visible and editable. */
export function updateAs(id, fields) {
    const found = findVisible(id);
    if (!found) {
        throw notFound(id);
    }
    const { apiName, record: prior } = found;
    const ownRecordOnly = metadata.objects[apiName].customerAccess?.ownRecordOnly;
    if (!access.object(apiName).edit || (ownRecordOnly && prior.Id !== currentUser().Id)) {
        throw insufficientAccess(`You don't have permission to edit this ${metadata.objects[apiName].label}.`);
    }
    checkWritableFields(apiName, fields, { update: true });
    checkLookups(apiName, fields);
    const record = { ...prior, ...fields, LastModifiedById: currentUser().Id };
    runBeforeSave(apiName, record, prior);
    checkFieldDefinitions(apiName, record);
    checkValidationRules(apiName, record, prior);
    checkUnique(apiName, record);
    const changes = Object.fromEntries(Object.entries(record).filter(([name]) => name !== 'Id'));
    return updateRecordFields(id, changes).record;
}

/** deleteRecord as the customer. */
export function deleteAs(id) {
    const found = findVisible(id);
    if (!found) {
        throw notFound(id);
    }
    if (!access.object(found.apiName).delete) {
        throw insufficientAccess(`You don't have permission to delete this ${metadata.objects[found.apiName].label}.`);
    }
    deleteRecordById(id);
}

/**
 * What lightning-file-upload does with a record-id, as the signed-in user: the file becomes a
 * ContentDocument with its first ContentVersion, published to that record (which the user must see)
 * and linked to it by a ContentDocumentLink. A customer's upload is visible to all users who see the
 * case (Visibility AllUsers); an internal user's is InternalUsers until its Customer Access is turned
 * on, as in an org with an Experience Cloud site ("Default visibility for files shared on records",
 * Salesforce Help 000384243). The platform sets the extension and size from the file itself.
 */
export function uploadFileAs(recordId, { name, size }) {
    if (!access.object('ContentVersion').create) {
        throw insufficientAccess("You don't have permission to upload files.");
    }
    if (!findVisible(recordId)) {
        throw crossReferenceError('FirstPublishLocationId', recordId);
    }
    const dot = name.lastIndexOf('.');
    const user = currentUser();
    const file = {
        Title: dot > 0 ? name.slice(0, dot) : name,
        FileExtension: dot > 0 ? name.slice(dot + 1).toLowerCase() : null,
        ContentSize: size,
        OwnerId: user.Id,
        CreatedById: user.Id
    };
    const document = insertRecord('ContentDocument', file);
    const version = insertRecord('ContentVersion', {
        ...file,
        PathOnClient: name,
        IsLatest: true,
        ContentDocumentId: document.Id,
        FirstPublishLocationId: recordId
    });
    updateRecordFields(document.Id, { LatestPublishedVersionId: version.Id });
    insertRecord('ContentDocumentLink', {
        ContentDocumentId: document.Id,
        LinkedEntityId: recordId,
        ShareType: 'I',
        Visibility: user.ContactId ? 'AllUsers' : 'InternalUsers'
    });
    return { documentId: document.Id, contentVersionId: version.Id };
}

/**
 * An email to support arriving at the routing address (Email-to-Case): a Case with Origin Email,
 * the sender's address and the subject, made by the platform, not by the signed-in user. The
 * org's before-save flows run (Support_Case_Email_PIN reads the PIN), then the validation rules.
 */
export function receiveEmailCase({ from, subject, body }) {
    const record = {
        Origin: 'Email',
        Status: 'New',
        SuppliedEmail: from || null,
        Subject: subject || null,
        Description: body || null,
        OwnerId: currentUserId(),
        CreatedById: currentUserId()
    };
    runBeforeSave('Case', record, undefined);
    checkFieldDefinitions('Case', record);
    checkValidationRules('Case', record, undefined);
    return insertRecord('Case', record);
}
