// Checks a component's GraphQL query as the UI API would: first against the schema (graphql's
// own validate), then against the limits GraphQL validation cannot express. Each limit is
// Salesforce's:
// - "GraphQL has the same limitations as SOQL. ... Each GraphQL query can contain up to 10
//   subqueries. ... Each subquery can return up to 2000 records" (GraphQL API Developer Guide,
//   Query Limitations: https://developer.salesforce.com/docs/platform/graphql/guide/query-limits.html);
// - "The GraphQL wire adapter only supports one level of child relationships" (LWC Developer
//   Guide, Children and Parent Relationships:
//   https://developer.salesforce.com/docs/platform/lwc/guide/reference-graphql-relationships.html),
//   and as in SOQL a child relationship is a subquery of the root object only, never of a
//   parent reached through a relationship;
// - ContentDocumentLink is read only with a filter on Id, LinkedEntityId or ContentDocumentId ("In
//   API versions 59.0 and later, turn on the Query All Files permission to query without a filter
//   on id, LinkedEntityId, and documentID fields", Object Reference, ContentDocumentLink), which no
//   portal user has; SOQL refuses with the words below;
// - fields that cannot be filtered (long text areas) are not in <Object>_Filter, so validate
//   refuses a filter on them.
import { Kind, getNamedType, isObjectType, parse, validate, valueFromASTUntyped } from 'graphql';

export const MAX_SUBQUERIES = 10;
export const MAX_RECORDS = 2000;

function isConnection(type) {
    return isObjectType(type) && type.name.endsWith('Connection') && Boolean(type.getFields().edges);
}

function isRecord(type) {
    return isObjectType(type) && type.getInterfaces().some((i) => i.name === 'Record');
}

/** Selections of a selection set with fragments spread in. */
function selectionsOf(selectionSet, fragments) {
    return (selectionSet?.selections ?? []).flatMap((selection) => {
        if (selection.kind === Kind.INLINE_FRAGMENT) {
            return selectionsOf(selection.selectionSet, fragments);
        }
        if (selection.kind === Kind.FRAGMENT_SPREAD) {
            return selectionsOf(fragments[selection.name.value]?.selectionSet, fragments);
        }
        return [selection];
    });
}

function literalFirst(field, variables) {
    const argument = field.arguments?.find((a) => a.name.value === 'first');
    if (!argument) {
        return undefined;
    }
    if (argument.value.kind === Kind.INT) {
        return Number(argument.value.value);
    }
    if (argument.value.kind === Kind.VARIABLE) {
        return variables[argument.value.name.value];
    }
    return undefined;
}

/** Whether a filter names files by Id, record or document with eq or in (at its top, or in an `and`). */
function namesFilesById(where) {
    if (!where || typeof where !== 'object') {
        return false;
    }
    const byId = ['Id', 'LinkedEntityId', 'ContentDocumentId'].some((field) =>
        Object.keys(where[field] ?? {}).some((operator) => ['eq', 'in', 'inq'].includes(operator))
    );
    return byId || (Array.isArray(where.and) && where.and.some(namesFilesById));
}

export const CONTENT_DOCUMENT_LINK_RESTRICTION =
    "Implementation restriction: ContentDocumentLink requires a filter by a single Id on ContentDocumentId or LinkedEntityId using the equals operator or multiple Id's using the IN operator.";

/** The UI API's limits over a query that already validates against `schema`. */
export function uiapiLimitProblems(schema, document, variables = {}) {
    const problems = [];
    const fragments = Object.fromEntries(
        document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d])
    );
    let subqueries = 0;

    // Walks the fields of a record node. `path` names the way here; `underParent` is true once a
    // parent relationship has been followed; `level` counts the connections above.
    function walkRecord(type, selectionSet, path, { underParent, level }) {
        for (const field of selectionsOf(selectionSet, fragments)) {
            const definition = type.getFields()[field.name.value];
            const fieldType = definition && getNamedType(definition.type);
            const name = `${path}.${field.alias?.value ?? field.name.value}`;
            if (!fieldType) {
                continue;
            }
            if (isConnection(fieldType)) {
                if (underParent) {
                    problems.push(
                        `${name}: a child relationship under a parent relationship; the UI API allows child relationships only on the root object (as SOQL)`
                    );
                } else if (level >= 1) {
                    problems.push(
                        `${name}: a child relationship of a child relationship; the UI API allows one level only`
                    );
                }
                walkConnection(fieldType, field, name, { underParent, level: level + 1 });
            } else if (isRecord(fieldType)) {
                walkRecord(fieldType, field.selectionSet, name, { underParent: true, level });
            }
        }
    }

    function walkConnection(type, field, path, position) {
        subqueries += 1;
        const first = literalFirst(field, variables);
        if (first !== undefined && first > MAX_RECORDS) {
            problems.push(`${path}: first: ${first}; a subquery returns at most ${MAX_RECORDS} records`);
        }
        const edgeType = getNamedType(type.getFields().edges.type);
        for (const edges of selectionsOf(field.selectionSet, fragments).filter((s) => s.name.value === 'edges')) {
            const nodeType = getNamedType(edgeType.getFields().node.type);
            for (const node of selectionsOf(edges.selectionSet, fragments).filter((s) => s.name.value === 'node')) {
                walkRecord(nodeType, node.selectionSet, `${path}.edges.node`, position);
            }
        }
    }

    for (const operation of document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION)) {
        for (const uiapi of selectionsOf(operation.selectionSet, fragments).filter((s) => s.name.value === 'uiapi')) {
            for (const query of selectionsOf(uiapi.selectionSet, fragments).filter((s) => s.name.value === 'query')) {
                const recordQuery = schema.getType('RecordQuery');
                for (const root of selectionsOf(query.selectionSet, fragments)) {
                    const definition = recordQuery.getFields()[root.name.value];
                    const where = root.arguments?.find((argument) => argument.name.value === 'where');
                    if (
                        root.name.value === 'ContentDocumentLink' &&
                        !namesFilesById(where && valueFromASTUntyped(where.value, variables))
                    ) {
                        problems.push(`${root.alias?.value ?? root.name.value}: ${CONTENT_DOCUMENT_LINK_RESTRICTION}`);
                    }
                    if (definition) {
                        walkConnection(getNamedType(definition.type), root, root.alias?.value ?? root.name.value, {
                            underParent: false,
                            level: 0
                        });
                    }
                }
            }
        }
    }
    if (subqueries > MAX_SUBQUERIES) {
        problems.push(`${subqueries} subqueries; a query may contain at most ${MAX_SUBQUERIES}`);
    }
    return problems;
}

/** Everything wrong with a query, in words: schema errors first, then the UI API's limits. */
export function uiapiQueryProblems(schema, source, variables = {}) {
    let document;
    try {
        document = parse(source);
    } catch (error) {
        return [error.message];
    }
    const errors = validate(schema, document).map((error) => error.message);
    return errors.length ? errors : uiapiLimitProblems(schema, document, variables);
}
