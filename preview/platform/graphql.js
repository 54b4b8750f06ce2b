// Stand-in for lightning/graphql: answers UI API GraphQL queries
// (uiapi { query { Object(where, orderBy, first) { edges { node { ... } } } } })
// from the demo org. It covers what the portal's components ask, not all of GraphQL.
import { parse } from 'graphql';
import { allRecords, findRecord, onChange, latency, takeFault } from './demoOrg';

export function gql(strings, ...values) {
    return strings.reduce((text, part, index) => text + part + (index < values.length ? values[index] : ''), '');
}

function valueOf(node, variables) {
    switch (node.kind) {
        case 'Variable':
            return variables[node.name.value];
        case 'IntValue':
        case 'FloatValue':
            return Number(node.value);
        case 'BooleanValue':
            return node.value;
        case 'NullValue':
            return null;
        case 'ListValue':
            return node.values.map((v) => valueOf(v, variables));
        case 'ObjectValue':
            return Object.fromEntries(node.fields.map((f) => [f.name.value, valueOf(f.value, variables)]));
        default:
            return node.value; // StringValue, EnumValue
    }
}

function argumentsOf(field, variables) {
    return Object.fromEntries((field.arguments || []).map((arg) => [arg.name.value, valueOf(arg.value, variables)]));
}

const COMPARE = {
    eq: (a, b) => a === b,
    ne: (a, b) => a !== b,
    in: (a, b) => (b || []).includes(a),
    nin: (a, b) => !(b || []).includes(a),
    gt: (a, b) => a > b,
    gte: (a, b) => a >= b,
    lt: (a, b) => a < b,
    lte: (a, b) => a <= b,
    like: (a, b) =>
        new RegExp(
            `^${String(b)
                .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
                .replace(/%/g, '.*')
                .replace(/_/g, '.')}$`,
            'i'
        ).test(String(a ?? ''))
};

/** Child relationships the portal's queries follow: name → [child object, its field pointing at the parent]. */
const CHILD_RELATIONSHIPS = {
    Support_Licenses__r: ['Support_License__c', 'Account__c'],
    Support_PINs__r: ['Support_PIN__c', 'Account__c'],
    Cases: ['Case', 'AccountId']
};

/** UI API filters wrap dates and date-times: { gt: { value: "2026-..." } }. */
function operand(condition) {
    return condition !== null && typeof condition === 'object' && !Array.isArray(condition) && 'value' in condition
        ? condition.value
        : condition;
}

function fieldValue(record, path) {
    const [head, ...rest] = path;
    if (!rest.length) {
        return record?.[head];
    }
    const idField = head.endsWith('__r') ? head.replace(/__r$/, '__c') : `${head}Id`;
    return fieldValue(findRecord(record?.[idField])?.record, rest);
}

function matches(record, where, path = []) {
    if (!where) {
        return true;
    }
    return Object.entries(where).every(([key, condition]) => {
        if (key === 'and') {
            return condition.every((c) => matches(record, c, path));
        }
        if (key === 'or') {
            return condition.some((c) => matches(record, c, path));
        }
        if (key === 'not') {
            return !matches(record, condition, path);
        }
        if (key === 'inq' || key === 'ninq') {
            // Semi-join: { inq: { <Object>: <filter>, ApiName: "<field of Object>" } }.
            const { ApiName, ...joined } = condition;
            const [[object, filter]] = Object.entries(joined);
            const values = allRecords(object)
                .filter((other) => matches(other, filter))
                .map((other) => other[ApiName]);
            return values.includes(fieldValue(record, path)) === (key === 'inq');
        }
        if (COMPARE[key]) {
            return COMPARE[key](fieldValue(record, path), operand(condition));
        }
        return matches(record, condition, [...path, key]);
    });
}

function sortBy(records, orderBy) {
    const keys = Object.entries(orderBy || {}).map(([field, spec]) => [field, spec.order === 'DESC' ? -1 : 1]);
    return [...records].sort((a, b) => {
        for (const [field, direction] of keys) {
            const x = a[field] ?? '';
            const y = b[field] ?? '';
            if (x < y) return -direction;
            if (x > y) return direction;
        }
        return 0;
    });
}

function selectNode(apiName, record, selections) {
    const node = {};
    for (const selection of selections) {
        const name = selection.name.value;
        const alias = selection.alias?.value || name;
        if (name === 'Id') {
            node[alias] = record.Id;
        } else if (name === '__typename') {
            node[alias] = apiName;
        } else if (selection.selectionSet?.selections.some((s) => ['value', 'displayValue'].includes(s.name.value))) {
            const value = record[name] ?? null;
            node[alias] = { value, displayValue: value === null ? null : String(value) };
        } else if (CHILD_RELATIONSHIPS[name]) {
            const [childObject, parentField] = CHILD_RELATIONSHIPS[name];
            node[alias] = connection(childObject, selection, {}, (child) => child[parentField] === record.Id);
        } else if (selection.selectionSet) {
            const idField = name.endsWith('__r') ? name.replace(/__r$/, '__c') : `${name}Id`;
            const related = findRecord(record[idField]);
            node[alias] = related
                ? selectNode(related.apiName, related.record, selection.selectionSet.selections)
                : null;
        }
    }
    return node;
}

function connection(apiName, field, variables) {
    const args = argumentsOf(field, variables);
    const found = sortBy(
        allRecords(apiName).filter((r) => matches(r, args.where)),
        args.orderBy
    );
    const page = found.slice(0, args.first ?? 10);
    const result = {};
    for (const selection of field.selectionSet.selections) {
        const name = selection.name.value;
        if (name === 'edges') {
            const nodeField = selection.selectionSet.selections.find((s) => s.name.value === 'node');
            result.edges = page.map((record) => ({
                node: selectNode(apiName, record, nodeField.selectionSet.selections)
            }));
        } else if (name === 'totalCount') {
            result.totalCount = found.length;
        } else if (name === 'pageInfo') {
            result.pageInfo = { hasNextPage: found.length > page.length, endCursor: null };
        }
    }
    return result;
}

export function executeQuery(query, variables = {}) {
    const document = parse(query);
    const operation = document.definitions.find((d) => d.kind === 'OperationDefinition');
    const uiapi = operation.selectionSet.selections.find((s) => s.name.value === 'uiapi');
    const queryField = uiapi.selectionSet.selections.find((s) => s.name.value === 'query');
    const data = { uiapi: { query: {} } };
    for (const objectField of queryField.selectionSet.selections) {
        data.uiapi.query[objectField.alias?.value || objectField.name.value] = connection(
            objectField.name.value,
            objectField,
            variables
        );
    }
    return data;
}

export class graphql {
    constructor(dataCallback) {
        this.dataCallback = dataCallback;
        this.config = undefined;
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
        const { query, variables } = this.config || {};
        if (!query) {
            return;
        }
        await latency();
        const refresh = () => this.fetch();
        if (takeFault('read')) {
            this.dataCallback({
                data: undefined,
                errors: [{ message: 'Unable to reach the server. Check your connection and try again.' }],
                refresh
            });
            return;
        }
        try {
            this.dataCallback({ data: executeQuery(query, variables), errors: undefined, refresh });
        } catch (error) {
            this.dataCallback({ data: undefined, errors: [{ message: error.message }], refresh });
        }
    }
}
