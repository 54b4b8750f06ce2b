// A flow formula ({!merge fields} in Salesforce's formula language) evaluated with formulon, the
// library the validation rules already run through. Merge fields become identifiers typed from
// what they reference (a field's metadata, a flow resource's data type). ISNEW, ISCHANGED and
// PRIORVALUE, which formulon does not evaluate, take their values from the save first.
import { parse } from 'formulon';
import { formulonValue } from './formulaRules.mjs';

/** Flow data types as the field types formulonValue knows. */
const FIELD_TYPE_OF = {
    String: 'Text',
    Boolean: 'Checkbox',
    Number: 'Number',
    Currency: 'Currency',
    Date: 'Date',
    DateTime: 'DateTime'
};

function typedLiteral(resolved, where, ref) {
    if (resolved.field) {
        return formulonValue(resolved.field, resolved.value);
    }
    const type = FIELD_TYPE_OF[resolved.type] ?? resolved.type;
    if (['Record', 'Collection'].includes(type)) {
        throw new Error(`${where}: a formula cannot use ${ref}, a ${type.toLowerCase()}`);
    }
    const value = resolved.value;
    const scale = typeof value === 'number' && !Number.isInteger(value) ? 8 : 0;
    return formulonValue({ type, length: 131072, precision: 18, scale }, value);
}

/** ISNEW(), ISCHANGED({!$Record.Field}) and PRIORVALUE({!$Record.Field}) for this save. */
export function substituteFlowSaveFunctions(expression, { isNew, record, prior }) {
    return expression
        .replace(/\bISNEW\s*\(\s*\)/gi, isNew ? 'TRUE' : 'FALSE')
        .replace(/\bISCHANGED\s*\(\s*\{!\$Record\.(\w+)\}\s*\)/gi, (_, field) =>
            !isNew && (record?.[field] ?? null) !== (prior?.[field] ?? null) ? 'TRUE' : 'FALSE'
        )
        .replace(/\bPRIORVALUE\s*\(\s*\{!\$Record\.(\w+)\}\s*\)/gi, (_, field) => `{!$Record__Prior.${field}}`);
}

/** The formula's value in the flow's representation: 'YYYY-MM-DD' dates, ISO date-times, numbers, booleans, text. */
export function evaluateFlowFormula(expression, dataType, context) {
    const { resolve, where } = context;
    const identifiers = {};
    const source = substituteFlowSaveFunctions(expression, context).replace(/\{!([$\w.]+)\}/g, (_, ref) => {
        const identifier = `m_${ref.replace(/[$.]/g, '_')}`;
        identifiers[identifier] = typedLiteral(resolve(ref), where, ref);
        return identifier;
    });
    const result = parse(source, identifiers);
    if (result.type === 'error') {
        // formulon cannot do arithmetic on a blank value; Salesforce's answer there is blank.
        if (result.errorType === 'ArgumentError' && Object.values(identifiers).some((i) => i.value === null)) {
            return null;
        }
        throw new Error(`${where}: ${result.message} in ${expression}`);
    }
    const value = result.value;
    if (value === null || value === undefined) {
        return null;
    }
    switch (dataType) {
        case 'Boolean':
            return value === true;
        case 'Number':
        case 'Currency':
            return Number(value);
        case 'Date':
            return new Date(value).toISOString().slice(0, 10);
        case 'DateTime':
            return new Date(value).toISOString();
        default:
            return String(value);
    }
}

/** Operators, as formulon's parser names them (it evaluates each as a function of that name). */
export const FORMULA_OPERATORS = [
    'add',
    'subtract',
    'multiply',
    'divide',
    'exponentiate',
    'equal',
    'unequal',
    'lessThan',
    'lessThanOrEqual',
    'greaterThan',
    'greaterThanOrEqual'
];

/** Does formulon evaluate the function or operator (a name as its parser gives it)? */
export function formulonKnows(name) {
    if (FORMULA_OPERATORS.includes(name)) {
        return true;
    }
    const result = parse(`${name.toUpperCase()}()`, {});
    return !(result.type === 'error' && result.errorType === 'NoFunctionError');
}
