// Object info and picklist values as the UI API answers them for a user, from the project's
// metadata: labels, data types, lengths, required flags, and whether the user may create or
// update each field (their permission set's field permissions). Pure: the preview's stand-ins
// and the jest fixtures (jest/metadata.global-setup.mjs) both come from here.

export const MASTER_RECORD_TYPE_ID = '012000000000000AAA';

const DATA_TYPES = {
    Text: 'String',
    TextArea: 'TextArea',
    LongTextArea: 'TextArea',
    Number: 'Double',
    Currency: 'Currency',
    Percent: 'Percent',
    Checkbox: 'Boolean',
    Date: 'Date',
    DateTime: 'DateTime',
    Email: 'Email',
    Phone: 'Phone',
    Url: 'Url',
    Picklist: 'Picklist',
    MultiselectPicklist: 'MultiPicklist',
    Lookup: 'Reference',
    MasterDetail: 'Reference',
    Id: 'String'
};

function fieldInfo(access, apiName, name, field) {
    return {
        apiName: name,
        label: field.label ?? name,
        dataType: DATA_TYPES[field.type] ?? 'String',
        length: field.length ?? 0,
        precision: field.precision ?? 0,
        scale: field.scale ?? 0,
        required: Boolean(field.required) && !field.calculated,
        calculated: Boolean(field.calculated || field.formula),
        custom: Boolean(field.custom),
        nameField: Boolean(field.nameField),
        createable: access.canWriteField(apiName, name),
        updateable: access.canWriteField(apiName, name, { update: true }),
        reference: Boolean(field.referenceTo),
        referenceToInfos: field.referenceTo ? [{ apiName: field.referenceTo, nameFields: ['Name'] }] : [],
        relationshipName: field.relationshipName ?? null,
        sortable: !['LongTextArea', 'MultiselectPicklist'].includes(field.type),
        filterable: field.type !== 'LongTextArea'
    };
}

/** getObjectInfo's answer for an object the user (`access`, from access.mjs) may read, or undefined. */
export function objectInfoFor(metadata, access, apiName) {
    const object = metadata.objects[apiName];
    const permission = access.object(apiName);
    if (!object || !permission.read) {
        return undefined;
    }
    return {
        apiName,
        label: object.label,
        labelPlural: object.labelPlural ?? `${object.label}s`,
        custom: Boolean(object.custom),
        keyPrefix: object.keyPrefix ?? null,
        createable: permission.create,
        updateable: permission.edit,
        deletable: permission.delete,
        queryable: true,
        searchable: true,
        defaultRecordTypeId: MASTER_RECORD_TYPE_ID,
        recordTypeInfos: {
            [MASTER_RECORD_TYPE_ID]: {
                available: true,
                defaultRecordTypeMapping: true,
                master: true,
                name: 'Master',
                recordTypeId: MASTER_RECORD_TYPE_ID
            }
        },
        nameFields: ['Name'],
        fields: Object.fromEntries(
            Object.entries(object.fields)
                .filter(([name]) => access.canReadField(apiName, name))
                .map(([name, field]) => [name, fieldInfo(access, apiName, name, field)])
        ),
        childRelationships: Object.entries(object.childRelationships ?? {}).map(([relationshipName, child]) => ({
            childObjectApiName: child.childObject,
            fieldName: child.field,
            relationshipName
        }))
    };
}

/** getPicklistValues's answer for a field the user may read, or undefined. */
export function picklistValuesFor(metadata, access, objectApiName, fieldName, recordTypeId = MASTER_RECORD_TYPE_ID) {
    const field = metadata.objects[objectApiName]?.fields[fieldName];
    if (!field?.picklistValues || !access.canReadField(objectApiName, fieldName)) {
        return undefined;
    }
    return {
        defaultValue: null,
        values: field.picklistValues.map(({ label, value }) => ({ label, value, attributes: null, validFor: [] })),
        controllerValues: {},
        url: `/services/data/v64.0/ui-api/object-info/${objectApiName}/picklist-values/${recordTypeId}/${fieldName}`
    };
}

/** getPicklistValuesByRecordType's answer: every picklist of the object the user may read. */
export function picklistValuesByRecordType(metadata, access, objectApiName, recordTypeId = MASTER_RECORD_TYPE_ID) {
    const object = metadata.objects[objectApiName];
    if (!object || !access.object(objectApiName).read) {
        return undefined;
    }
    const picklistFieldValues = Object.fromEntries(
        Object.keys(object.fields)
            .map((field) => [field, picklistValuesFor(metadata, access, objectApiName, field, recordTypeId)])
            .filter(([, values]) => values)
    );
    return { eTag: `${objectApiName}-${recordTypeId}`, picklistFieldValues };
}
