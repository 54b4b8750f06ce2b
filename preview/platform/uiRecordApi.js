// Stand-in for lightning/uiRecordApi over the demo org.
import {
    allRecords,
    findRecord,
    insertRecord,
    updateRecordFields,
    deleteRecordById,
    onChange,
    latency,
    takeFault
} from './demoOrg';
import { notFound, duplicateValue, injectedFault } from './uiErrors';
import { validateNewRecord } from './validationRules';

/** Fields the demo org holds unique, as the real metadata does. */
const UNIQUE_FIELDS = { Support_PIN__c: ['PIN__c'] };

function fieldPath(field) {
    return typeof field === 'string' ? field : `${field.objectApiName}.${field.fieldApiName}`;
}

function relationshipIdField(relationship) {
    return relationship.endsWith('__r') ? relationship.replace(/__r$/, '__c') : `${relationship}Id`;
}

function addField(fields, record, [head, ...rest]) {
    if (rest.length === 0) {
        fields[head] = { value: record[head] ?? null, displayValue: null };
        return;
    }
    const related = findRecord(record[relationshipIdField(head)]);
    if (!related) {
        fields[head] = { value: null, displayValue: null };
        return;
    }
    const nested = fields[head]?.value ?? { apiName: related.apiName, id: related.record.Id, fields: {} };
    addField(nested.fields, related.record, rest);
    fields[head] = { value: nested, displayValue: null };
}

export function toRepresentation(apiName, record, fieldPaths) {
    const fields = {};
    for (const path of fieldPaths) {
        const [objectApiName, ...segments] = path.split('.');
        if (objectApiName === apiName && segments.length) {
            addField(fields, record, segments);
        }
    }
    return { apiName, id: record.Id, fields, lastModifiedDate: record.LastModifiedDate ?? null };
}

function allFieldPaths(apiName, record) {
    return Object.keys(record).map((field) => `${apiName}.${field}`);
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
        this.stopListening = onChange(() => this.fetch());
    }

    disconnect() {
        this.stopListening?.();
    }

    async fetch() {
        const { recordId, fields = [], optionalFields = [] } = this.config || {};
        if (!recordId) {
            return;
        }
        await latency();
        const fault = takeFault('read');
        const found = findRecord(recordId);
        if (fault || !found) {
            this.dataCallback({ data: undefined, error: fault ? injectedFault(fault) : notFound(recordId) });
            return;
        }
        const paths = [...fields, ...optionalFields].map(fieldPath);
        this.dataCallback({ data: toRepresentation(found.apiName, found.record, paths), error: undefined });
    }
}

export function getFieldValue(record, field) {
    const [, ...segments] = fieldPath(field).split('.');
    let fields = record?.fields;
    for (const [index, segment] of segments.entries()) {
        const entry = fields?.[segment];
        if (index === segments.length - 1) {
            return entry?.value ?? undefined;
        }
        fields = entry?.value?.fields;
    }
    return undefined;
}

export function getFieldDisplayValue(record, field) {
    const value = getFieldValue(record, field);
    return value === undefined || value === null ? null : String(value);
}

function checkUnique(apiName, fields, ownId) {
    for (const field of UNIQUE_FIELDS[apiName] || []) {
        const clash = allRecords(apiName).find((r) => r[field] === fields[field] && r.Id !== ownId);
        if (fields[field] !== undefined && clash) {
            throw duplicateValue(field, clash.Id);
        }
    }
}

export async function createRecord({ apiName, fields }) {
    await latency();
    const fault = takeFault('write');
    if (fault) {
        throw injectedFault(fault, apiName);
    }
    validateNewRecord(apiName, fields);
    checkUnique(apiName, fields);
    const record = insertRecord(apiName, fields);
    return toRepresentation(apiName, record, allFieldPaths(apiName, record));
}

export async function updateRecord({ fields }) {
    await latency();
    const { Id, ...changes } = fields;
    const fault = takeFault('write');
    const existing = findRecord(Id);
    if (fault || !existing) {
        throw fault ? injectedFault(fault, existing?.apiName) : notFound(Id);
    }
    checkUnique(existing.apiName, changes, Id);
    const { apiName, record } = updateRecordFields(Id, changes);
    return toRepresentation(apiName, record, allFieldPaths(apiName, record));
}

export async function deleteRecord(recordId) {
    await latency();
    if (!deleteRecordById(recordId)) {
        throw notFound(recordId);
    }
}

export async function notifyRecordUpdateAvailable() {
    // The demo org tells every wire about every change already.
}
