// A GraphQL schema shaped like the UI API's, built from the project's metadata on top of
// Salesforce's shared (org-independent) schema, as a given user sees it: objects and fields
// the user cannot read are not in it, as in an org, where the schema follows the user's access.
// Salesforce's shared part: @salesforce/webapp-template-feature-graphql-experimental,
// skills/implementing-graphql-data-access/docs/shared-schema.graphqls. The per-object part
// follows that package's explore-schema.md: `type <Object> implements Record`,
// `input <Object>_Filter`, `input <Object>_OrderBy`, `<Object>Connection`, `<Object>Edge`.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { accessFor } from './access.mjs';

const require = createRequire(import.meta.url);

/** Salesforce's shared schema, with its generic placeholders made concrete (graphql-js refuses an empty enum). */
export function sharedSchemaSdl() {
    const dir = dirname(require.resolve('@salesforce/webapp-template-feature-graphql-experimental/package.json'));
    const sdl = readFileSync(join(dir, 'skills/implementing-graphql-data-access/docs/shared-schema.graphqls'), 'utf8');
    return sdl.replace(/enum RecordScope @generic \{\s*\}/, 'enum RecordScope {\n  EVERYTHING\n  MINE\n}');
}

/** Field type → [value wrapper type, filter operators (null: not filterable), sortable]. */
const FIELD_TYPES = {
    Id: ['IDValue', 'IDOperators', true],
    Text: ['StringValue', 'StringOperators', true],
    TextArea: ['TextAreaValue', 'TextAreaOperators', true],
    LongTextArea: ['LongTextAreaValue', null, false],
    // Rich text (the Metadata API's Html type): neither filterable nor sortable, as long text.
    Html: ['RichTextAreaValue', null, false],
    Number: ['DoubleValue', 'DoubleOperators', true],
    Currency: ['CurrencyValue', 'CurrencyOperators', true],
    Percent: ['PercentValue', 'PercentOperators', true],
    Checkbox: ['BooleanValue', 'BooleanOperators', true],
    Date: ['DateValue', 'DateOperators', true],
    DateTime: ['DateTimeValue', 'DateTimeOperators', true],
    Email: ['EmailValue', 'EmailOperators', true],
    Phone: ['PhoneNumberValue', 'PhoneNumberOperators', true],
    Url: ['UrlValue', 'URLOperators', true],
    Picklist: ['PicklistValue', 'PicklistOperators', true],
    MultiselectPicklist: ['MultiPicklistValue', 'MultiPicklistOperators', false],
    Lookup: ['IDValue', 'IDOperators', true],
    MasterDetail: ['IDValue', 'IDOperators', true]
};

export function fieldTypeInfo(field) {
    const info = FIELD_TYPES[field.type];
    if (!info) {
        throw new Error(`No UI API type for field type ${field.type}`);
    }
    return { valueType: info[0], operators: info[1], sortable: info[2] };
}

/** The Record interface's own fields, as every object type must repeat them. */
const RECORD_FIELDS = [
    'Id: ID!',
    'ApiName: String!',
    'WeakEtag: Long!',
    'DisplayValue: String',
    'RecordTypeId(fallback: Boolean): IDValue'
];
const CONNECTION_ARGS = (object) =>
    `(first: Int, after: String, where: ${object}_Filter, orderBy: ${object}_OrderBy, scope: RecordScope, upperBound: Int)`;

/**
 * The per-object SDL for the user holding `permissionSets` (a name or a list; none: an admin).
 * @returns {string}
 */
export function objectsSdl(metadata, permissionSets) {
    const access = accessFor(metadata, permissionSets);
    // Platform events are published, not records: the UI API does not serve them.
    const readable = Object.keys(metadata.objects).filter(
        (apiName) => access.object(apiName).read && !metadata.objects[apiName].platformEvent
    );
    const parts = [];
    for (const apiName of readable) {
        const object = metadata.objects[apiName];
        const fields = Object.entries(object.fields).filter(
            ([name]) => name !== 'Id' && access.canReadField(apiName, name)
        );
        const typeFields = [...RECORD_FIELDS];
        const filterFields = [
            'and: [' + apiName + '_Filter]',
            'or: [' + apiName + '_Filter]',
            `not: ${apiName}_Filter`,
            'Id: IDOperators'
        ];
        const orderFields = ['Id: OrderByClause'];
        for (const [name, field] of fields) {
            const { valueType, operators, sortable } = fieldTypeInfo(field);
            typeFields.push(`${name}: ${valueType}`);
            if (operators) {
                filterFields.push(`${name}: ${operators}`);
            }
            if (sortable) {
                orderFields.push(`${name}: OrderByClause`);
            }
            if (field.relationshipName && field.referenceTo && readable.includes(field.referenceTo)) {
                typeFields.push(`${field.relationshipName}: ${field.referenceTo}`);
                filterFields.push(`${field.relationshipName}: ${field.referenceTo}_Filter`);
                orderFields.push(`${field.relationshipName}: ${field.referenceTo}_OrderBy`);
            }
        }
        for (const [name, { childObject, field }] of Object.entries(object.childRelationships ?? {})) {
            if (readable.includes(childObject) && access.canReadField(childObject, field)) {
                typeFields.push(`${name}${CONNECTION_ARGS(childObject)}: ${childObject}Connection`);
            }
        }
        parts.push(
            `type ${apiName} implements Record {\n  ${typeFields.join('\n  ')}\n}`,
            `type ${apiName}Connection {\n  edges: [${apiName}Edge]\n  pageInfo: PageInfo!\n  totalCount: Int!\n  pageResultCount: Int!\n}`,
            `type ${apiName}Edge {\n  node: ${apiName}\n  cursor: String!\n}`,
            `input ${apiName}_Filter {\n  ${filterFields.join('\n  ')}\n}`,
            `input ${apiName}_OrderBy {\n  ${orderFields.join('\n  ')}\n}`
        );
    }
    parts.push(
        'input IDOperators {\n  eq: ID\n  ne: ID\n  lt: ID\n  gt: ID\n  lte: ID\n  gte: ID\n  in: [ID]\n  nin: [ID]\n  inq: JoinInput\n  ninq: JoinInput\n}',
        `input JoinInput {\n  ${readable.map((apiName) => `${apiName}: ${apiName}_Filter`).join('\n  ')}\n  ApiName: String\n}`,
        `type RecordQuery {\n  ${readable.map((apiName) => `${apiName}${CONNECTION_ARGS(apiName)}: ${apiName}Connection`).join('\n  ')}\n}`,
        'type UIAPI {\n  query: RecordQuery!\n  objectInfos(apiNames: [String], objectInfoInputs: [ObjectInfoInput], locale: String): [ObjectInfo]\n}',
        'type Query {\n  uiapi: UIAPI!\n}',
        'schema {\n  query: Query\n}'
    );
    return parts.join('\n\n');
}

/** The whole schema's SDL: Salesforce's shared part and this project's objects. */
export function uiapiSdl(metadata, permissionSets) {
    return `${sharedSchemaSdl()}\n\n# This project's objects (org-model/uiapiSchema.mjs)\n${objectsSdl(metadata, permissionSets)}\n`;
}
