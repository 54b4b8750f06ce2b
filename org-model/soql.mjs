// How the org compares, filters and orders records, where the demo org and the flow runner filter
// (a Get Records element, a GraphQL `where`): SOQL's semantics, which UI API GraphQL shares ("GraphQL
// has the same limitations as SOQL", GraphQL API guide). From the SOQL and SOSL Reference,
// "Comparison Operators": text comparison with = and LIKE is case-insensitive; ORDER BY sorts
// nulls first in ascending order and last in descending order unless NULLS FIRST/LAST says otherwise.
// https://developer.salesforce.com/docs/atlas.en-us.soql_sosl.meta/soql_sosl/sforce_api_calls_soql_select_comparisonoperators.htm
// https://developer.salesforce.com/docs/atlas.en-us.soql_sosl.meta/soql_sosl/sforce_api_calls_soql_select_orderby.htm

const NUMBER_TYPES = new Set(['Number', 'Currency', 'Percent', 'Int', 'Double', 'Long']);
const TIME_TYPES = new Set(['Date', 'DateTime']);
const ID_TYPES = new Set(['Id', 'Lookup', 'MasterDetail', 'Reference']);

const isBlank = (value) => value === undefined || value === null || value === '';

/**
 * Ids compare exactly, except that a 15-character Id equals the 18-character Id it begins (the
 * same record, "the 18-character version is case-insensitive safe").
 */
function sameId(a, b) {
    const [left, right] = [String(a), String(b)];
    if (left.length === 15 && right.length === 18) {
        return right.startsWith(left);
    }
    if (left.length === 18 && right.length === 15) {
        return left.startsWith(right);
    }
    return left === right;
}

/** A value as the org compares it, for a field of `type`. */
function comparable(type, value) {
    if (isBlank(value)) {
        return null;
    }
    if (NUMBER_TYPES.has(type)) {
        return Number(value);
    }
    if (type === 'Date') {
        return String(value).slice(0, 10);
    }
    if (type === 'DateTime') {
        return new Date(value).getTime();
    }
    if (type === 'Checkbox' || type === 'Boolean') {
        return Boolean(value);
    }
    if (ID_TYPES.has(type)) {
        return String(value);
    }
    return String(value).toLowerCase();
}

/** -1, 0 or 1; null when either side is blank (no order holds). */
export function compareValues(type, a, b) {
    if (ID_TYPES.has(type) && !isBlank(a) && !isBlank(b) && sameId(a, b)) {
        return 0;
    }
    const left = comparable(type, a);
    const right = comparable(type, b);
    if (left === null || right === null) {
        return null;
    }
    if (left === right) {
        return 0;
    }
    return left < right ? -1 : 1;
}

/** Does a stored value meet a filter (a Flow data element's operator, or its GraphQL twin)? */
export function meetsFilter(type, stored, operator, value) {
    const order = () => compareValues(type, stored, value);
    switch (operator) {
        case 'EqualTo':
            return isBlank(value) ? isBlank(stored) : order() === 0;
        case 'NotEqualTo':
            return isBlank(value) ? !isBlank(stored) : order() !== 0;
        case 'GreaterThan':
            return order() === 1;
        case 'GreaterThanOrEqualTo':
            return order() !== null && order() >= 0;
        case 'LessThan':
            return order() === -1;
        case 'LessThanOrEqualTo':
            return order() !== null && order() <= 0;
        case 'Contains':
            return (
                !isBlank(stored) &&
                String(stored)
                    .toLowerCase()
                    .includes(String(value ?? '').toLowerCase())
            );
        case 'StartsWith':
            return (
                !isBlank(stored) &&
                String(stored)
                    .toLowerCase()
                    .startsWith(String(value ?? '').toLowerCase())
            );
        case 'EndsWith':
            return (
                !isBlank(stored) &&
                String(stored)
                    .toLowerCase()
                    .endsWith(String(value ?? '').toLowerCase())
            );
        case 'IsNull':
            return isBlank(stored) === Boolean(value);
        case 'In':
            return [value ?? []].flat().some((v) => compareValues(type, stored, v) === 0);
        case 'NotIn':
            return ![value ?? []].flat().some((v) => compareValues(type, stored, v) === 0);
        default:
            throw new Error(`SOQL has no operator ${operator}`);
    }
}

/** SOQL's LIKE: % any run of characters, _ one character, \ escapes; without regard to case. */
export function like(stored, pattern) {
    if (isBlank(stored)) {
        return false;
    }
    let source = '';
    const text = String(pattern);
    for (let i = 0; i < text.length; i++) {
        const char = text[i];
        if (char === '\\' && i + 1 < text.length) {
            source += text[++i].replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        } else if (char === '%') {
            source += '[\\s\\S]*';
        } else if (char === '_') {
            source += '[\\s\\S]';
        } else {
            source += char.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        }
    }
    return new RegExp(`^${source}$`, 'i').test(String(stored));
}

/** A comparator for ORDER BY field ASC|DESC, with SOQL's default place for nulls (first ascending, last descending). */
export function orderBy(type, field, { descending = false, nulls } = {}) {
    const nullsFirst = nulls ? nulls === 'first' : !descending;
    return (a, b) => {
        const left = a[field];
        const right = b[field];
        if (isBlank(left) || isBlank(right)) {
            if (isBlank(left) && isBlank(right)) {
                return 0;
            }
            return isBlank(left) === nullsFirst ? -1 : 1;
        }
        const order = compareValues(type, left, right);
        return descending ? -order : order;
    };
}
