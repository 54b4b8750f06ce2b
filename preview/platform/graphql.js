// Stand-in for lightning/graphql: runs UI API GraphQL queries with graphql-js's own validator
// and executor, against the schema built from the project's metadata as the portal customer
// sees it (org-model/uiapiSchema.mjs), over the demo org's records as the customer may see
// them (server.js). A query an org would refuse is refused here, with the org's words.
//
// Results change as Lightning Data Service changes them, no more: "If a record that's contained
// in a query result changes, Lightning Data Service emits a new value to the GraphQL wire
// adapter. However, Lightning Data Service doesn't reevaluate the query to see if the record
// still matches the query. To ensure that Lightning Data Service reevaluates your query, use the
// refresh method." (GraphQL API Developer Guide, Update Cached Query Results). So: a result is
// cached per query and variables and shared by every wire that asks the same; a change to a
// record the result holds re-emits it with the same records; only refresh() or new variables
// run the query again; a new wire is answered from the cache while it is fresh.
import { buildSchema, execute, parse, responsePathAsArray, validate } from 'graphql';
import { metadata, customerSdl, engineerSdl } from 'virtual:metadata';
import { MAX_RECORDS, uiapiLimitProblems } from '../../org-model/uiapiQueryRules.mjs';
import { currentPersona, findRecord, onChange, latency, takeFault } from './demoOrg';
import { fieldValue, findVisible, visibleRecords } from './server';
import { objectInfoFor } from './objectInfo';
import { undefinedVariableErrors } from './graphqlVariables';
import { compareValues, like, meetsFilter } from '../../org-model/soql.mjs';

// The signed-in user's schema: what their permission set lets them read (the customer's, or the engineer's).
export const schema = buildSchema(currentPersona() === 'engineer' ? engineerSdl : customerSdl);

/** How long LDS answers a new wire from its cache before it asks the server again. */
export const CACHE_TTL_MS = 30000;

export function gql(strings, ...values) {
    return strings.reduce((text, part, index) => text + part + (index < values.length ? values[index] : ''), '');
}

/**
 * GraphQL filter operators as SOQL compares (org-model/soql.mjs): text without regard to case,
 * Ids exactly, dates and numbers by value; a blank meets no ordering ("String comparisons are
 * case-insensitive", GraphQL API guide, Field Operators).
 */
const OPERATORS = {
    eq: 'EqualTo',
    ne: 'NotEqualTo',
    in: 'In',
    nin: 'NotIn',
    gt: 'GreaterThan',
    gte: 'GreaterThanOrEqualTo',
    lt: 'LessThan',
    lte: 'LessThanOrEqualTo'
};

function compare(type, operator, value, argument) {
    return operator === 'like' ? like(value, argument) : meetsFilter(type, value, OPERATORS[operator], argument);
}

/** UI API filters wrap dates and date-times: { gt: { value: "2026-..." } }. */
function operand(condition) {
    return condition !== null && typeof condition === 'object' && !Array.isArray(condition) && 'value' in condition
        ? condition.value
        : condition;
}

function lookupOf(apiName, relationship) {
    return Object.entries(metadata.objects[apiName]?.fields ?? {}).find(([, f]) => f.relationshipName === relationship);
}

/** A filter's value for a record: a field, or a field of a parent ("Account__r" → its fields). */
function matches(apiName, record, where) {
    if (!where) {
        return true;
    }
    return Object.entries(where).every(([key, condition]) => {
        if (key === 'and') {
            return condition.every((c) => matches(apiName, record, c));
        }
        if (key === 'or') {
            return condition.some((c) => matches(apiName, record, c));
        }
        if (key === 'not') {
            return !matches(apiName, record, condition);
        }
        const parent = lookupOf(apiName, key);
        if (parent) {
            const related = findVisible(record[parent[0]]);
            return Boolean(related) && matches(related.apiName, related.record, condition);
        }
        const value = key === 'Id' ? record.Id : fieldValue(apiName, record, key);
        const type = key === 'Id' ? 'Id' : metadata.objects[apiName]?.fields[key]?.type;
        return Object.entries(condition).every(([operator, argument]) => {
            if (operator === 'inq' || operator === 'ninq') {
                // Semi-join: { inq: { <Object>: <filter>, ApiName: "<field of Object>" } }.
                const { ApiName, ...joined } = argument;
                const [[object, filter]] = Object.entries(joined);
                const values = visibleRecords(object)
                    .filter((other) => matches(object, other, filter))
                    .map((other) => (ApiName === 'Id' ? other.Id : other[ApiName]));
                return values.includes(value) === (operator === 'inq');
            }
            return compare(type, operator, value, operand(argument));
        });
    });
}

function sortKeys(apiName, orderBy, record) {
    return Object.entries(orderBy || {}).flatMap(([key, spec]) => {
        const parent = lookupOf(apiName, key);
        if (parent) {
            const related = findRecord(record[parent[0]]);
            return related ? sortKeys(related.apiName, spec, related.record) : [[null, 1]];
        }
        const type = key === 'Id' ? 'Id' : metadata.objects[apiName]?.fields[key]?.type;
        return [
            [
                key === 'Id' ? record.Id : fieldValue(apiName, record, key),
                spec.order === 'DESC' ? -1 : 1,
                spec.nulls,
                type
            ]
        ];
    });
}

/** ORDER BY as SOQL sorts: nulls first ascending and last descending unless NULLS says; text without regard to case. */
function sortRecords(apiName, records, orderBy) {
    return [...records].sort((a, b) => {
        const keysA = sortKeys(apiName, orderBy, a);
        const keysB = sortKeys(apiName, orderBy, b);
        for (const [index, [x, direction, nulls, type]] of keysA.entries()) {
            const y = keysB[index][0];
            const blankX = x === null || x === undefined || x === '';
            const blankY = y === null || y === undefined || y === '';
            if (blankX && blankY) {
                continue;
            }
            if (blankX || blankY) {
                const nullsFirst = nulls ? nulls === 'FIRST' : direction === 1;
                return blankX === nullsFirst ? -1 : 1;
            }
            const order = compareValues(type ?? 'Text', x, y);
            if (order) {
                return order * direction;
            }
        }
        return 0;
    });
}

const cursorOf = (offset) => btoa(`v1:${offset}`);
const offsetOf = (cursor) => (cursor ? Number(atob(cursor).slice(3)) + 1 : 0);

/** A connection (root query or child relationship) over the records the customer may see. */
function connection(apiName, args, context, info, parentFilter) {
    const path = responsePathAsArray(info.path).join('.');
    const held = context.frozen ? context.membership.get(path) : undefined;
    if (held) {
        // Re-emitting a held result: the same records, with their new values, and the same page.
        const records = held.ids.map((id) => findVisible(id)?.record).filter(Boolean);
        context.next.set(path, held);
        return page(apiName, records, held);
    }
    const found = sortRecords(
        apiName,
        visibleRecords(apiName).filter(
            (record) => (!parentFilter || parentFilter(record)) && matches(apiName, record, args.where)
        ),
        args.orderBy
    );
    const offset = offsetOf(args.after);
    // "GraphQL queries can return up to 2000 records" (LWC Developer Guide, "Paginate Your Results"):
    // cursors page through the first 2,000 of a result; totalCount still counts them all.
    const reachable = args.upperBound ? Math.min(found.length, args.upperBound) : Math.min(found.length, MAX_RECORDS);
    const slice = found.slice(offset, Math.min(offset + (args.first ?? 10), reachable));
    const shape = {
        ids: slice.map((record) => record.Id),
        offset,
        total: found.length,
        hasNextPage: offset + slice.length < reachable
    };
    context.next.set(path, shape);
    return page(apiName, slice, shape);
}

function page(apiName, records, { offset, total, hasNextPage }) {
    return {
        edges: records.map((record, index) => ({
            node: { __apiName: apiName, __record: record },
            cursor: cursorOf(offset + index)
        })),
        pageInfo: {
            hasNextPage,
            hasPreviousPage: offset > 0,
            startCursor: records.length ? cursorOf(offset) : null,
            endCursor: records.length ? cursorOf(offset + records.length - 1) : null
        },
        totalCount: total,
        pageResultCount: records.length
    };
}

function valueWrapper(apiName, record, name) {
    const field = metadata.objects[apiName].fields[name];
    const value = fieldValue(apiName, record, name);
    const label = field.picklistValues?.find((option) => option.value === value)?.label;
    return { value, displayValue: value === null ? null : String(label ?? value), label: label ?? null };
}

function resolveField(source, args, context, info) {
    const parent = info.parentType.name;
    const name = info.fieldName;
    if (parent === 'Query' && name === 'uiapi') {
        return {};
    }
    if (parent === 'UIAPI' && name === 'query') {
        return {};
    }
    if (parent === 'UIAPI' && name === 'objectInfos') {
        return (args.apiNames ?? (args.objectInfoInputs ?? []).map((input) => input.apiName))
            .map(objectInfoFor)
            .filter(Boolean)
            .map(graphqlObjectInfo);
    }
    if (parent === 'RecordQuery') {
        return connection(name, args, context, info);
    }
    if (source?.__record) {
        const { __apiName: apiName, __record: record } = source;
        const object = metadata.objects[apiName];
        if (name === 'Id') {
            return record.Id;
        }
        if (name === 'ApiName') {
            return apiName;
        }
        if (name === 'DisplayValue') {
            return record.Name ?? record.CaseNumber ?? null;
        }
        if (name === 'WeakEtag') {
            return Date.parse(record.SystemModstamp ?? record.LastModifiedDate ?? 0) || 0;
        }
        if (name === 'RecordTypeId') {
            return { value: null, displayValue: null };
        }
        if (object.fields[name]) {
            return valueWrapper(apiName, record, name);
        }
        const parentLookup = lookupOf(apiName, name);
        if (parentLookup) {
            const related = findVisible(record[parentLookup[0]]);
            return related ? { __apiName: related.apiName, __record: related.record } : null;
        }
        const child = object.childRelationships[name];
        if (child) {
            return connection(
                child.childObject,
                args,
                context,
                info,
                (candidate) => candidate[child.field] === record.Id
            );
        }
    }
    const value = source?.[name];
    return typeof value === 'function' ? value.call(source, args) : value;
}

/** getObjectInfo's answer in the shape of the GraphQL ObjectInfo type. */
function graphqlObjectInfo(info) {
    return {
        ...info,
        ApiName: info.apiName,
        feedEnabled: false,
        layoutable: true,
        mruEnabled: false,
        dependentFields: [],
        childRelationships: info.childRelationships.map((child) => ({
            ...child,
            junctionIdListNames: [],
            junctionReferenceTo: []
        })),
        recordTypeInfos: Object.values(info.recordTypeInfos),
        fields: Object.values(info.fields).map((field) => ({
            ...field,
            __typename: field.dataType === 'Picklist' ? 'PicklistField' : 'StandardField',
            ApiName: field.apiName,
            compound: false,
            controllingFields: [],
            highScaleNumber: false,
            htmlFormatted: false,
            polymorphicForeignKey: false,
            dataType: field.dataType.toUpperCase()
        }))
    };
}

/** Runs a query as the org would: validation, the UI API's limits, then execution. */
export function executeQuery(query, variables = {}, { membership = new Map(), frozen = false } = {}) {
    const document = parse(query);
    const errors = validate(schema, document);
    if (errors.length) {
        return { data: undefined, errors: errors.map((error) => ({ message: error.message })), membership };
    }
    const limits = uiapiLimitProblems(schema, document, variables);
    if (limits.length) {
        return { data: undefined, errors: limits.map((message) => ({ message })), membership };
    }
    const context = { membership, frozen, next: new Map() };
    const result = execute({
        schema,
        document,
        variableValues: variables,
        contextValue: context,
        fieldResolver: resolveField,
        typeResolver: (value) => value.__typename ?? value.__apiName
    });
    return {
        data: result.data ?? undefined,
        errors: result.errors?.map((error) => ({ message: error.message })),
        membership: context.next
    };
}

// ---------------------------------------------------------------------------
// The cache LDS keeps: one entry per query and variables, shared by the wires that ask it.

const cache = new Map();

function entryFor(key) {
    if (!cache.has(key)) {
        cache.set(key, {
            result: undefined,
            fetchedAt: 0,
            membership: new Map(),
            wires: new Set(),
            pending: undefined
        });
    }
    return cache.get(key);
}

function recordIdsIn(value, ids = new Set()) {
    if (Array.isArray(value)) {
        value.forEach((item) => recordIdsIn(item, ids));
    } else if (value && typeof value === 'object') {
        for (const [key, item] of Object.entries(value)) {
            if (key === 'Id' && typeof item === 'string') {
                ids.add(item);
            } else {
                recordIdsIn(item, ids);
            }
        }
    }
    return ids;
}

/** Asks the server (full evaluation) and emits to every wire on the entry. */
async function fetchEntry(key, query, variables) {
    const entry = entryFor(key);
    entry.pending = (async () => {
        await latency(`graphql ${/query\s+(\w+)/.exec(query)?.[1] ?? ''}`.trim());
        if (takeFault('read')) {
            entry.result = {
                data: undefined,
                errors: [{ message: 'Unable to reach the server. Check your connection and try again.' }]
            };
        } else {
            try {
                const { membership, ...result } = executeQuery(query, variables);
                entry.result = result;
                entry.membership = membership;
                entry.fetchedAt = Date.now();
            } catch (error) {
                entry.result = { data: undefined, errors: [{ message: error.message }] };
            }
        }
        entry.pending = undefined;
        entry.wires.forEach((wire) => wire.emit(entry.result));
    })();
    return entry.pending;
}

onChange((changed) => {
    for (const [key, entry] of cache) {
        if (!entry.result?.data || !entry.wires.size) {
            continue;
        }
        const [query, variablesText] = JSON.parse(key);
        const held = recordIdsIn(entry.result.data);
        if (changed === 'all' || changed.some((id) => held.has(id))) {
            // New values for the records it holds; which records, only refresh() decides.
            const { membership, ...result } = executeQuery(query, JSON.parse(variablesText), {
                membership: entry.membership,
                frozen: true
            });
            entry.result = result;
            entry.membership = membership;
            entry.wires.forEach((wire) => wire.emit(entry.result));
        }
    }
});

/** Forgets every cached result (the preview's reset; a new page load). */
export function clearCache() {
    cache.clear();
}

export class graphql {
    constructor(dataCallback) {
        this.dataCallback = dataCallback;
        this.key = undefined;
        this.connected = false;
    }

    update(config) {
        const { query, variables } = config || {};
        if (!query) {
            return;
        }
        const refused = undefinedVariableErrors(variables);
        if (refused.length) {
            // As LDS does before any request: in debug mode it throws these words, and the wire
            // never answers (graphqlVariables.js). Thrown outside the wire, so the page reports it.
            this.leave();
            this.key = undefined;
            setTimeout(() => {
                throw new Error(`lightning/graphql: ${refused.join(', ')}`);
            });
            return;
        }
        const key = JSON.stringify([query, JSON.stringify(variables ?? {})]);
        if (key === this.key) {
            return;
        }
        this.leave();
        this.key = key;
        this.query = query;
        this.variables = variables ?? {};
        const entry = entryFor(key);
        entry.wires.add(this);
        if (entry.result && Date.now() - entry.fetchedAt < CACHE_TTL_MS) {
            Promise.resolve().then(() => this.emit(entry.result));
        } else if (!entry.pending) {
            fetchEntry(key, query, this.variables);
        }
    }

    emit(result) {
        this.dataCallback({ data: result.data, errors: result.errors, refresh: () => this.refresh() });
    }

    /** Runs the query again on the server; resolves once the wires have the new result. */
    refresh() {
        const entry = entryFor(this.key);
        return entry.pending ?? fetchEntry(this.key, this.query, this.variables);
    }

    leave() {
        if (this.key) {
            cache.get(this.key)?.wires.delete(this);
        }
    }

    connect() {
        this.connected = true;
        if (this.key) {
            entryFor(this.key).wires.add(this);
        }
    }

    disconnect() {
        this.connected = false;
        this.leave();
    }
}
