// Evaluates the project's formulas (validation rules, formula fields) from their metadata with
// formulon, a Salesforce formula parser and evaluator. formulon lacks the functions that depend
// on a save (ISNEW, ISCHANGED, PRIORVALUE); a small pre-pass replaces them with their values
// for the save at hand. Pure: the preview's demo org and the node tests use the same code.
import { ast, extract, parse } from 'formulon';

const TEXT_TYPES = new Set([
    'Text',
    'TextArea',
    'LongTextArea',
    'Email',
    'Phone',
    'Url',
    'Id',
    'Lookup',
    'MasterDetail'
]);
const NUMBER_TYPES = new Set(['Number', 'Currency', 'Percent']);

/** A value as formulon takes it, for a field of the given metadata. */
export function formulonValue(field, value) {
    const type = field?.type ?? 'Text';
    if (type === 'Checkbox') {
        return { type: 'literal', dataType: 'checkbox', value: Boolean(value) };
    }
    if (NUMBER_TYPES.has(type)) {
        const scale = field.scale ?? 0;
        const length = (field.precision ?? 18) - scale;
        return {
            type: 'literal',
            dataType: 'number',
            value: value === null || value === undefined || value === '' ? null : Number(value),
            options: { length, scale }
        };
    }
    if (type === 'Date') {
        return {
            type: 'literal',
            dataType: 'date',
            value: value ? new Date(`${String(value).slice(0, 10)}T00:00:00Z`) : null
        };
    }
    if (type === 'DateTime') {
        return { type: 'literal', dataType: 'datetime', value: value ? new Date(value) : null };
    }
    if (type === 'Picklist') {
        const values = (field.picklistValues ?? []).map((v) => v.value);
        return {
            type: 'literal',
            dataType: 'picklist',
            value: value ?? null,
            options: { values: value && !values.includes(value) ? [...values, value] : values }
        };
    }
    if (!TEXT_TYPES.has(type)) {
        throw new Error(`No formula type for field type ${type}`);
    }
    // Salesforce's text is never null: a blank text field is the empty string.
    return {
        type: 'literal',
        dataType: 'text',
        value: value === undefined || value === null ? '' : String(value),
        options: { length: field?.length ?? 255 }
    };
}

/**
 * The pre-pass: ISNEW() and ISCHANGED(field) become TRUE or FALSE for this save, PRIORVALUE(field)
 * an identifier holding the value before it. Returns the formula formulon can evaluate.
 */
export function substituteSaveFunctions(formula, { isNew, changed }) {
    return formula
        .replace(/\bISNEW\s*\(\s*\)/gi, isNew ? 'TRUE' : 'FALSE')
        .replace(/\bISCHANGED\s*\(\s*([\w.]+)\s*\)/gi, (_, field) => (!isNew && changed(field) ? 'TRUE' : 'FALSE'))
        .replace(/\bPRIORVALUE\s*\(\s*([\w.]+)\s*\)/gi, (_, field) => `PRIORVALUE__${field}`);
}

/**
 * Evaluates a formula for a record of `apiName`. `context` answers what the formula may reference:
 * `record` (the values being saved), `prior` (the stored values, or undefined for a new record),
 * `user` ($User fields), `related(path)` (a cross-object value, e.g. "Account__r.Support_Product__c":
 * { field, value }), `now` (a Date, for NOW() and TODAY() as formulon reads the clock).
 */
export function evaluateFormula(metadata, apiName, formula, context) {
    const object = metadata.objects[apiName];
    const isNew = !context.prior;
    const changed = (name) => (context.record[name] ?? null) !== (context.prior?.[name] ?? null);
    const source = substituteSaveFunctions(formula, { isNew, changed });
    const identifiers = {};
    for (const name of extract(source)) {
        if (name.startsWith('PRIORVALUE__')) {
            const field = name.slice('PRIORVALUE__'.length);
            identifiers[name] = formulonValue(object.fields[field], context.prior?.[field] ?? null);
        } else if (name.startsWith('$User.')) {
            const field = name.slice('$User.'.length);
            identifiers[name] = formulonValue(metadata.objects.User.fields[field], context.user?.[field] ?? null);
        } else if (name.startsWith('$CustomMetadata.')) {
            // $CustomMetadata.Type__mdt.Record.Field__c: the record as the package ships it.
            const [, type, record, field] = name.split('.');
            const definition = metadata.customMetadata?.[type];
            if (!definition?.fields[field] || !definition.records[record]) {
                throw new Error(`${apiName}: the formula uses ${name}, which the package does not define`);
            }
            identifiers[name] = formulonValue(definition.fields[field], definition.records[record][field] ?? null);
        } else if (name.includes('.')) {
            const { field, value } = context.related(name);
            identifiers[name] = formulonValue(field, value);
        } else if (object.fields[name]?.formula) {
            identifiers[name] = evaluateFormula(metadata, apiName, object.fields[name].formula, context);
        } else if (object.fields[name]) {
            identifiers[name] = formulonValue(object.fields[name], context.record[name] ?? null);
        } else {
            throw new Error(`${apiName}: the formula uses ${name}, which is not a field`);
        }
    }
    const result = parse(source, identifiers);
    // formulon cannot do arithmetic on a blank value; Salesforce's answer there is blank, and a
    // validation rule whose formula is blank does not fire.
    if (
        result.type === 'error' &&
        result.errorType === 'ArgumentError' &&
        Object.values(identifiers).some((identifier) => identifier.value === null)
    ) {
        return { type: 'literal', dataType: 'null', value: null };
    }
    if (result.type === 'error') {
        throw new Error(`${apiName}: ${result.message} in ${formula}`);
    }
    return result;
}

/** The value of a formula field, as the org would return it. */
export function formulaFieldValue(metadata, apiName, fieldName, context) {
    const field = metadata.objects[apiName].fields[fieldName];
    const result = evaluateFormula(metadata, apiName, field.formula, {
        ...context,
        prior: context.prior ?? context.record
    });
    if (result.value === null || result.value === undefined) {
        return null;
    }
    if (field.type === 'Date') {
        return new Date(result.value).toISOString().slice(0, 10);
    }
    if (field.type === 'DateTime') {
        return new Date(result.value).toISOString();
    }
    return result.value;
}

/** Every active validation rule the save breaks: [{ rule, field, message }], as the org would refuse it. */
export function brokenValidationRules(metadata, apiName, context) {
    return (metadata.objects[apiName]?.validationRules ?? [])
        .filter((rule) => rule.active)
        .filter((rule) => evaluateFormula(metadata, apiName, rule.formula, context).value === true)
        .map((rule) => ({ rule: rule.name, field: rule.errorDisplayField, message: rule.errorMessage }));
}

/** Every field a formula references, as written (for the checks that each exists). */
export function formulaReferences(formula) {
    const tree = ast(substituteSaveFunctions(formula, { isNew: false, changed: () => false }));
    if (tree.type === 'error') {
        throw new Error(tree.message);
    }
    return extract(substituteSaveFunctions(formula, { isNew: false, changed: () => false })).map((name) =>
        name.replace(/^PRIORVALUE__/, '')
    );
}
