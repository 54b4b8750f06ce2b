// Stand-in for lightning/uiRecordApi over the demo org's server (server.js): reads and writes
// go through the customer's access, sharing and the metadata's rules, as in an org.
import { metadata } from 'virtual:metadata';
import { onChange, latency, takeFault } from './demoOrg';
import { access, createAs, deleteAs, fieldValue, findVisible, updateAs } from './server';
import { notFound, injectedFault, invalidFields } from '../../org-model/uiErrors.mjs';

function fieldPath(field) {
    return typeof field === 'string' ? field : `${field.objectApiName}.${field.fieldApiName}`;
}

function parentField(apiName, relationship) {
    return Object.entries(metadata.objects[apiName]?.fields ?? {}).find(([, f]) => f.relationshipName === relationship);
}

/** Adds a field path ("Contact.Account.Name") to a record representation, as getRecord returns it. */
function addField(fields, apiName, record, [head, ...rest]) {
    if (rest.length === 0) {
        const value = fieldValue(apiName, record, head);
        // As the UI API answers: a picklist's displayValue is its label in the user's language.
        const label = metadata.objects[apiName]?.fields[head]?.picklistValues?.find((o) => o.value === value)?.label;
        fields[head] = { value, displayValue: label ?? null };
        return;
    }
    const [lookup] = parentField(apiName, head) ?? [];
    const related = lookup && findVisible(record[lookup]);
    if (!related) {
        fields[head] = { value: null, displayValue: null };
        return;
    }
    const nested = fields[head]?.value ?? { apiName: related.apiName, id: related.record.Id, fields: {} };
    addField(nested.fields, related.apiName, related.record, rest);
    fields[head] = { value: nested, displayValue: null };
}

/** May the customer read this path? Every field along it must be readable. */
function readablePath(apiName, segments) {
    let object = apiName;
    for (const [index, segment] of segments.entries()) {
        if (index === segments.length - 1) {
            return access.canReadField(object, segment);
        }
        const [lookup, field] = parentField(object, segment) ?? [];
        if (!lookup || !access.canReadField(object, lookup)) {
            return false;
        }
        object = field.referenceTo;
    }
    return false;
}

export function toRepresentation(apiName, record, fieldPaths) {
    const fields = {};
    for (const path of fieldPaths) {
        const [objectApiName, ...segments] = path.split('.');
        if (objectApiName === apiName && segments.length && readablePath(apiName, segments)) {
            addField(fields, apiName, record, segments);
        }
    }
    return { apiName, id: record.Id, fields, lastModifiedDate: record.LastModifiedDate ?? null };
}

function allFieldPaths(apiName) {
    return Object.keys(metadata.objects[apiName].fields)
        .filter((field) => access.canReadField(apiName, field))
        .map((field) => `${apiName}.${field}`);
}

export class getRecord {
    constructor(dataCallback) {
        this.dataCallback = dataCallback;
        this.config = undefined;
        this.stopListening = undefined;
    }

    update(config) {
        this.config = config;
        this.fetch();
    }

    connect() {
        // LDS sends a wire the new value of a record it holds when that record changes.
        this.stopListening = onChange((changed) => {
            if (changed === 'all' || changed.includes(this.config?.recordId)) {
                this.fetch();
            }
        });
    }

    disconnect() {
        this.stopListening?.();
    }

    async fetch() {
        const { recordId, fields = [], optionalFields = [] } = this.config || {};
        if (!recordId) {
            return;
        }
        await latency('getRecord');
        const fault = takeFault('read');
        const found = findVisible(recordId);
        if (fault || !found) {
            this.dataCallback({ data: undefined, error: fault ? injectedFault(fault) : notFound(recordId) });
            return;
        }
        // A field in `fields` the user cannot read fails the whole request; in `optionalFields` it is left out.
        const unreadable = fields.map(fieldPath).filter((path) => {
            const [objectApiName, ...segments] = path.split('.');
            return objectApiName !== found.apiName || !readablePath(found.apiName, segments);
        });
        if (unreadable.length) {
            this.dataCallback({
                data: undefined,
                error: invalidFields('INVALID_FIELD', `No such column '${unreadable[0]}' is accessible to you`)
            });
            return;
        }
        const paths = [...fields, ...optionalFields].map(fieldPath);
        this.dataCallback({ data: toRepresentation(found.apiName, found.record, paths), error: undefined });
    }
}

/** The field's entry ({ value, displayValue }) along a path, as getRecord answered it. */
function fieldEntry(record, field) {
    const [, ...segments] = fieldPath(field).split('.');
    let fields = record?.fields;
    for (const [index, segment] of segments.entries()) {
        const entry = fields?.[segment];
        if (index === segments.length - 1) {
            return entry;
        }
        fields = entry?.value?.fields;
    }
    return undefined;
}

export function getFieldValue(record, field) {
    return fieldEntry(record, field)?.value ?? undefined;
}

/** As LDS: the UI API's displayValue (a picklist's label in the user's language), null when it has none. */
export function getFieldDisplayValue(record, field) {
    return fieldEntry(record, field)?.displayValue ?? null;
}

export async function createRecord({ apiName, fields }) {
    await latency(`createRecord ${apiName}`);
    const fault = takeFault('write');
    if (fault) {
        throw injectedFault(fault, apiName);
    }
    const record = createAs(apiName, fields);
    return toRepresentation(apiName, record, allFieldPaths(apiName));
}

export async function updateRecord({ fields }) {
    await latency('updateRecord');
    const { Id, ...changes } = fields;
    const fault = takeFault('write');
    if (fault) {
        throw injectedFault(fault, findVisible(Id)?.apiName);
    }
    const record = updateAs(Id, changes);
    const apiName = findVisible(Id)?.apiName;
    return toRepresentation(apiName, record, allFieldPaths(apiName));
}

export async function deleteRecord(recordId) {
    await latency('deleteRecord');
    deleteAs(recordId);
}

export async function notifyRecordUpdateAvailable() {
    // Records the demo org changes reach the wires that hold them already (onChange above).
}
