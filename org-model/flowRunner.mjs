// Runs the project's record-triggered flows from their own definitions (flowDefinition.mjs reads
// them from the XML), as the org runs them on a save: the object's active flows for the trigger
// (before or after save), in trigger order, each only on the record triggers and entry conditions
// it names; then element by element from Start. Formulas go through formulon (formulas.mjs), Get
// Records filters compare as SOQL does (soql.mjs). Nothing here knows what a flow decides: a
// flipped comparison in a flow's XML changes what runs here exactly as it would in an org.
//
// Platform behaviour this follows (Salesforce's own documentation):
// - "Triggers and Order of Execution" (Apex Developer Guide): before-save flows run before the
//   custom validation rules, after-save flows after the record is saved, in the same transaction.
//   https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/apex_triggers_order_of_execution.htm
// - "Define the Run Order of Record-Triggered Flows for an Object" (Help): trigger order 1 to 2,000;
//   flows with the same or no trigger order run by API name (see flowsFor).
//   https://help.salesforce.com/s/articleView?id=platform.flow_task_trigger_run_order.htm
// - "Flow Run Context": record-triggered flows run in system context without sharing; the org's
//   record access is the caller's (`org` below answers without sharing).
// - A Custom Error element stops the save and rolls back the transaction, before or after save.
import { evaluateFlowFormula } from './flowFormulas.mjs';
import { compareValues, meetsFilter, orderBy } from './soql.mjs';

/** The save was refused by a flow's Custom Error element: its messages, each on a field or the record. */
export class FlowCustomError extends Error {
    constructor(flow, element, messages) {
        super(messages.map((m) => m.message).join(' '));
        this.name = 'FlowCustomError';
        this.flow = flow;
        this.element = element;
        this.messages = messages;
    }
}

/** An element failed and the flow has no fault path for it: the save fails, naming the flow. */
export class FlowFault extends Error {
    constructor(flow, element, cause) {
        super(`The flow ${flow} failed at ${element}: ${cause?.message ?? cause}`);
        this.name = 'FlowFault';
        this.flow = flow;
        this.element = element;
        this.cause = cause;
    }
}

/** Most elements one interview executes before the runner calls it a loop that never ends. */
const MAX_STEPS = 2000;

const isBlank = (value) =>
    value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);

/**
 * Where a flow runs among the object's flows for the same trigger ("Define the Run Order of
 * Record-Triggered Flows for an Object"): trigger order 1 to 1,000 ascending, then flows without
 * one (by activation date, which source does not hold: by API name here), then 1,001 to 2,000;
 * "Multiple flows with the same trigger order value run in alphabetical order based on the flows'
 * API names."
 */
const runPosition = (flow) => flow.triggerOrder ?? 1000.5;

/** The active record-triggered flows of `object` for `triggerType`, in the order the org runs them. */
export function flowsFor(definitions, object, triggerType) {
    return Object.values(definitions)
        .filter(
            (flow) =>
                flow.status === 'Active' && flow.start?.object === object && flow.start.triggerType === triggerType
        )
        .sort((a, b) => runPosition(a) - runPosition(b) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/**
 * Runs every flow a save triggers. `save`: { object, triggerType ('RecordBeforeSave',
 * 'RecordAfterSave', or 'RecordBeforeDelete' with the record about to be deleted), record (changed in place by a before-save flow), prior (the stored record on
 * an update; undefined on create) }. `org`: { metadata, user (the running user's User record),
 * now (a Date), label(name) (a custom label in the user's language), records(object) (every record,
 * without sharing), find(id) → { apiName, record }, fieldValue(object, record, field) (stored or
 * a formula field's value), update(object, id, fields), create(object, fields) → id }.
 * Returns the elements executed, [{ flow, element }], for the tests' coverage.
 */
export function runTriggeredFlows(definitions, save, org) {
    const trace = [];
    try {
        for (const flow of flowsFor(definitions, save.object, save.triggerType)) {
            const interview = new Interview(flow, save, org, trace);
            if (interview.triggers()) {
                interview.run();
            }
        }
    } catch (error) {
        // The elements executed up to the refusal, for the tests' coverage.
        error.trace = trace;
        throw error;
    }
    return trace;
}

/**
 * Runs the platform event–triggered flows subscribed to an event message (`event`: { object,
 * record }), with the message as $Record ("Subscribe to Platform Event Messages with Flows",
 * Platform Events Developer Guide). The caller runs them after the publishing transaction, in
 * their own, as the Automated Process user. Returns the elements executed.
 * https://developer.salesforce.com/docs/atlas.en-us.platform_events.meta/platform_events/platform_events_subscribe_flow.htm
 */
export function runEventFlows(definitions, event, org) {
    const trace = [];
    for (const flow of flowsFor(definitions, event.object, 'PlatformEvent')) {
        const interview = new Interview(flow, { ...event, triggerType: 'PlatformEvent' }, org, trace);
        if (interview.triggers()) {
            interview.run();
        }
    }
    return trace;
}

/**
 * A resource's value (a formula, variable or constant) for the save, after the flow ran: what a
 * Flow Test's assertion on a resource reads at Finish.
 */
export function resourceValue(definition, save, org, name) {
    return new Interview(definition, save, org, []).resolve(name).value;
}

class Interview {
    constructor(flow, save, org, trace) {
        this.flow = flow;
        this.save = save;
        this.org = org;
        this.trace = trace;
        this.outputs = {};
        this.loops = {};
        this.faultMessage = null;
        this.variables = Object.fromEntries(
            Object.entries(flow.variables).map(([name, v]) => [name, v.isCollection ? [] : (v.initial?.value ?? null)])
        );
    }

    get isNew() {
        return !this.save.prior;
    }

    /** Does this save start the flow: its record trigger, then its entry conditions? */
    triggers() {
        const { start } = this.flow;
        const trigger = start.recordTriggerType;
        if ((trigger === 'Create' && !this.isNew) || (trigger === 'Update' && this.isNew)) {
            return false;
        }
        const meetsNow = this.meetsEntry(this.save.record);
        if (!meetsNow || !start.onlyWhenChangedToMeet || this.isNew) {
            return meetsNow;
        }
        // "Only when a record is updated to meet the condition requirements": not if it met them before.
        return !this.meetsEntry(this.save.prior);
    }

    meetsEntry(record) {
        const { start } = this.flow;
        const saved = this.save.record;
        this.save.record = record;
        try {
            const filtersMet =
                start.filters.length === 0 ||
                this.logic(
                    start.logic,
                    start.filters.map((c) => () => this.condition(c))
                );
            return filtersMet && (!start.formula || this.formula(start.formula, 'Boolean') === true);
        } finally {
            this.save.record = saved;
        }
    }

    run() {
        let name = this.flow.start.next;
        let steps = 0;
        while (name) {
            if (++steps > MAX_STEPS) {
                throw new FlowFault(this.flow.name, name, new Error(`more than ${MAX_STEPS} elements executed`));
            }
            this.trace.push({ flow: this.flow.name, element: name });
            name = this.execute(name, this.flow.elements[name]);
        }
    }

    /** Executes one element; returns the next element's name, or undefined where the path ends. */
    execute(name, element) {
        switch (element.kind) {
            case 'assignments':
                element.items.forEach((item) => this.assign(item));
                return element.next;
            case 'decisions': {
                // The first rule met decides; an outcome without a connector ends the path there.
                const met = element.rules.find((rule) =>
                    this.logic(
                        rule.logic,
                        rule.conditions.map((c) => () => this.condition(c))
                    )
                );
                return met ? met.next : element.next;
            }
            case 'loops':
                return this.loop(name, element);
            case 'customErrors':
                throw new FlowCustomError(
                    this.flow.name,
                    name,
                    element.messages.map((m) => ({ message: this.merge(m.message), field: m.field }))
                );
            default:
                return this.dataElement(name, element);
        }
    }

    /** Get, Update and Create Records: a failure takes the fault path, or fails the flow. */
    dataElement(name, element) {
        try {
            if (element.kind === 'recordLookups') {
                this.outputs[name] = this.lookup(element);
            } else if (element.kind === 'recordUpdates') {
                this.updateRecords(element);
            } else if (element.kind === 'actionCalls') {
                this.sendEmail(name, element);
            } else {
                this.createRecord(element);
            }
            return element.next;
        } catch (error) {
            if (error instanceof FlowFault || error instanceof RunnerError || !element.fault) {
                throw error instanceof RunnerError || error instanceof FlowFault
                    ? error
                    : new FlowFault(this.flow.name, name, error);
            }
            // $Flow.FaultMessage: the error's words (a UI API error carries them in its body).
            this.faultMessage = error.message ?? faultText(error);
            return element.fault;
        }
    }

    loop(name, element) {
        let state = this.loops[name];
        if (!state) {
            const items = [this.resolve(element.collection).value ?? []].flat();
            state = this.loops[name] = { items: element.descending ? [...items].reverse() : items, index: -1 };
        }
        state.index += 1;
        if (state.index < state.items.length) {
            this.outputs[name] = state.items[state.index];
            return element.each;
        }
        delete this.loops[name];
        this.outputs[name] = null;
        return element.next;
    }

    lookup(element) {
        const fields = fieldsOf(this.org.metadata, element.object);
        let found = this.org.records(element.object).filter((record) =>
            this.logic(
                element.logic,
                element.filters.map((f) => () => {
                    const type = fields[f.left]?.type ?? 'Text';
                    return meetsFilter(
                        type,
                        this.org.fieldValue(element.object, record, f.left),
                        f.operator,
                        this.value(f.right)
                    );
                })
            )
        );
        if (element.sortField) {
            found = [...found].sort(
                orderBy(fields[element.sortField]?.type, element.sortField, { descending: element.descending })
            );
        }
        const queried = element.fields.length ? new Set(['Id', ...element.fields]) : undefined;
        const rows = found.map((record) => ({ object: element.object, record, queried }));
        // Nothing found: the automatically stored output is null, a single record or a collection.
        if (element.first) {
            return rows[0] ?? null;
        }
        return rows.length ? rows : null;
    }

    updateRecords(element) {
        if (element.inputReference) {
            const { value, object } = this.resolve(element.inputReference);
            this.org.update(object, value.record.Id, { ...value.record });
            return;
        }
        const fields = fieldsOf(this.org.metadata, element.object);
        const matches = this.org.records(element.object).filter((record) =>
            this.logic(
                element.logic,
                element.filters.map(
                    (f) => () =>
                        meetsFilter(
                            fields[f.left]?.type ?? 'Text',
                            this.org.fieldValue(element.object, record, f.left),
                            f.operator,
                            this.value(f.right)
                        )
                )
            )
        );
        const changes = Object.fromEntries(element.assignments.map((a) => [a.field, this.value(a.value)]));
        for (const record of matches) {
            this.org.update(element.object, record.Id, changes);
        }
    }

    createRecord(element) {
        if (element.inputReference) {
            throw new RunnerError(this.flow.name, 'Create Records from a record variable is not run by the runner');
        }
        const known = fieldsOf(this.org.metadata, element.object, { known: true });
        const unknown = element.assignments.find((a) => !known?.[a.field]);
        if (unknown) {
            // The Metadata API would not deploy it: never a fault path's business.
            throw new RunnerError(this.flow.name, `cannot create ${element.object} with the field ${unknown.field}`);
        }
        const fields = Object.fromEntries(element.assignments.map((a) => [a.field, this.value(a.value)]));
        const id = this.org.create(element.object, fields);
        if (element.idTo) {
            this.setReference(element.idTo, id);
        }
    }

    /**
     * The Send Email action: its inputs as the flow gives them, handed to the org, which sends the
     * email when the transaction commits (or fails the element: no recipient, an unknown sender).
     */
    sendEmail(name, element) {
        const inputs = Object.fromEntries(
            Object.entries(element.inputs).map(([input, operand]) => [input, this.value(operand)])
        );
        this.org.sendEmail({ ...inputs, flow: this.flow.name, element: name });
    }

    /** AND, OR, or custom logic ("1 AND (2 OR 3)") over conditions evaluated only when needed. */
    logic(logic, conditions) {
        if (logic === 'and') {
            return conditions.every((c) => c());
        }
        if (logic === 'or') {
            return conditions.some((c) => c());
        }
        return customLogic(logic, conditions);
    }

    /** A Decision rule's or an entry filter's condition. */
    condition({ left, operator, right }) {
        const resolved = this.resolve(left);
        const value = resolved.value;
        const other = this.value(right);
        switch (operator) {
            case 'IsNull':
                return (
                    (value === null || value === undefined || (Array.isArray(value) && value.length === 0)) === other
                );
            case 'IsBlank':
                return isBlank(value) === other;
            case 'IsChanged': {
                const field = left.replace(/^\$Record\./, '');
                const changed =
                    !this.isNew && compareValues(resolved.type, this.save.record[field], this.save.prior[field]) !== 0;
                return changed === other;
            }
            case 'EqualTo':
                return equals(resolved.type, value, other);
            case 'NotEqualTo':
                return !equals(resolved.type, value, other);
            case 'Contains':
                return !isBlank(value) && folded(value).includes(folded(other ?? ''));
            case 'StartsWith':
                return !isBlank(value) && folded(value).startsWith(folded(other ?? ''));
            case 'EndsWith':
                return !isBlank(value) && folded(value).endsWith(folded(other ?? ''));
            default: {
                // Ordering: a blank on either side meets no ordering condition.
                const order = isBlank(value) || isBlank(other) ? null : orderOf(resolved.type, value, other);
                return (
                    order !== null &&
                    {
                        GreaterThan: order > 0,
                        GreaterThanOrEqualTo: order >= 0,
                        LessThan: order < 0,
                        LessThanOrEqualTo: order <= 0
                    }[operator]
                );
            }
        }
    }

    assign({ to, operator, value }) {
        const current = () => this.resolve(to).value;
        const given = () => this.value(value);
        switch (operator) {
            case 'Assign':
                return this.setReference(to, given());
            case 'AssignCount':
                return this.setReference(to, [given() ?? []].flat().length);
            case 'Subtract':
                return this.setReference(to, Number(current() ?? 0) - Number(given() ?? 0));
            default: {
                // Add: a sum for numbers (a blank adds nothing), an item for a collection, text joined.
                const now = current();
                if (Array.isArray(now)) {
                    return this.setReference(to, [...now, given()]);
                }
                if (typeof now === 'string') {
                    return this.setReference(to, now + String(given() ?? ''));
                }
                return this.setReference(to, Number(now ?? 0) + Number(given() ?? 0));
            }
        }
    }

    setReference(reference, value) {
        const [head, ...path] = reference.split('.');
        if (head === '$Record' && path.length === 1) {
            // In an after-save flow $Record is read-only to the save: the change stays in the interview.
            this.save.record[path[0]] = value;
        } else if (head in this.variables && path.length === 0) {
            this.variables[head] = value;
        } else if (head in this.variables && path.length === 1) {
            this.variables[head] = { ...(this.variables[head] ?? {}), [path[0]]: value };
        } else {
            throw new RunnerError(this.flow.name, `cannot assign to ${reference}`);
        }
    }

    /** A FlowElementReferenceOrValue's value. */
    value(operand) {
        if (!operand) {
            return null;
        }
        return 'ref' in operand ? this.resolve(operand.ref).value : operand.value;
    }

    /**
     * A reference's value and its type: a field type of the object metadata ('Text', 'Picklist',
     * 'DateTime', …), a flow data type ('String', 'Number', …), 'Record' or 'Collection'.
     */
    resolve(reference) {
        const { flow, org, save } = this;
        if (reference === '$Flow.CurrentDateTime') {
            return { type: 'DateTime', value: org.now.toISOString() };
        }
        if (reference === '$Flow.CurrentDate') {
            return { type: 'Date', value: org.now.toISOString().slice(0, 10) };
        }
        if (reference === '$Flow.FaultMessage') {
            return { type: 'String', value: this.faultMessage };
        }
        if (reference.startsWith('$Label.')) {
            return { type: 'String', value: org.label?.(reference.slice(7)) ?? null };
        }
        const [head, ...path] = reference.split('.');
        if (head === '$Record' || head === '$Record__Prior') {
            const record = head === '$Record' ? save.record : save.prior;
            return this.path({ object: save.object, record: record ?? {} }, path, reference);
        }
        if (head === '$User') {
            return this.path({ object: 'User', record: org.user ?? {} }, path, reference);
        }
        if (head in flow.formulas && path.length === 0) {
            const formula = flow.formulas[head];
            return { type: formula.dataType, value: this.formula(formula.expression, formula.dataType) };
        }
        if (head in flow.textTemplates && path.length === 0) {
            return { type: 'String', value: this.merge(flow.textTemplates[head].text) };
        }
        if (head in flow.constants && path.length === 0) {
            return { type: flow.constants[head].dataType, value: flow.constants[head].value };
        }
        if (head in flow.variables) {
            const variable = flow.variables[head];
            if (path.length === 0) {
                return { type: variable.isCollection ? 'Collection' : variable.dataType, value: this.variables[head] };
            }
            return this.path({ object: variable.objectType, record: this.variables[head] ?? {} }, path, reference);
        }
        if (head in flow.elements) {
            const output = this.outputs[head] ?? null;
            if (path.length === 0) {
                return { type: Array.isArray(output) ? 'Collection' : 'Record', value: output };
            }
            if (output === null) {
                // A field of a record that was not found reads as null, as in an org.
                const object = this.objectOf(head);
                return { type: fieldsOf(org.metadata, object)[path.at(-1)]?.type ?? 'Text', value: null };
            }
            if (output.queried && !output.queried.has(path[0])) {
                throw new RunnerError(flow.name, `${reference}: ${head} does not query ${path[0]}`);
            }
            return this.path(output, path, reference);
        }
        throw new RunnerError(flow.name, `does not know the reference ${reference}`);
    }

    /** The object a Get Records element or a loop over one reads. */
    objectOf(name) {
        const element = this.flow.elements[name];
        if (element?.kind === 'loops') {
            return this.objectOf(element.collection);
        }
        return element?.object;
    }

    /** A field path on a record, through lookups by their relationship names (Case__r.Status). */
    path({ object, record }, path, reference) {
        if (path.length === 0) {
            return { type: 'Record', object, value: { object, record } };
        }
        let currentObject = object;
        let current = record;
        for (const [index, part] of path.entries()) {
            const fields = currentObject && fieldsOf(this.org.metadata, currentObject, { known: true });
            if (!fields) {
                throw new RunnerError(this.flow.name, `${reference}: no object ${currentObject}`);
            }
            if (index === path.length - 1) {
                const field = fields[part];
                if (!field) {
                    throw new RunnerError(this.flow.name, `${reference}: ${currentObject} has no field ${part}`);
                }
                const value = current ? this.org.fieldValue(currentObject, current, part) : null;
                return { type: field.type, value: value === '' ? null : (value ?? null), field };
            }
            const [lookupName, lookup] = Object.entries(fields).find(([, f]) => f.relationshipName === part) ?? [];
            if (!lookup) {
                throw new RunnerError(this.flow.name, `${reference}: ${currentObject} has no relationship ${part}`);
            }
            const id = current?.[lookupName];
            current = id ? (this.org.find(id)?.record ?? null) : null;
            currentObject = lookup.referenceTo;
        }
        throw new RunnerError(this.flow.name, `${reference}: not a field`);
    }

    formula(expression, dataType) {
        return evaluateFlowFormula(expression, dataType, {
            metadata: this.org.metadata,
            resolve: (ref) => this.resolve(ref),
            isNew: this.isNew,
            record: this.save.record,
            prior: this.save.prior,
            object: this.save.object,
            now: this.org.now,
            where: `Flow ${this.flow.name}`
        });
    }

    /** A message's merge fields ({!$Label.Name}, {!resource}) with their values. */
    merge(message) {
        return message.replace(/\{!([$\w.]+)\}/g, (_, ref) => String(this.resolve(ref).value ?? ''));
    }
}

/** The words of a save the org refused, as $Flow.FaultMessage gives them. */
function faultText(error) {
    const output = error?.body?.output;
    const messages = [
        ...(output?.errors ?? []).map((e) => e.message),
        ...Object.values(output?.fieldErrors ?? {}).flatMap((list) => list.map((e) => e.message))
    ];
    return messages.join(' ') || error?.body?.message || String(error);
}

/** The runner met something it does not execute: a bug in the runner or the flow, never a fault path. */
export class RunnerError extends Error {
    constructor(flow, message) {
        super(`Flow ${flow}: the runner ${message}`);
        this.name = 'RunnerError';
    }
}

/**
 * An object's fields as the model holds them: an sObject's, or a custom metadata type's (which a
 * Get Records element reads like any object, by DeveloperName). With `known`, undefined for an
 * object the model does not have.
 */
function fieldsOf(metadata, object, { known = false } = {}) {
    const type = metadata.customMetadata?.[object];
    const fields =
        metadata.objects[object]?.fields ??
        (type ? { Id: { type: 'Id' }, DeveloperName: { type: 'Text' }, ...type.fields } : undefined);
    return fields ?? (known ? undefined : {});
}

const TEXT_TYPES = new Set(['String', 'Text', 'TextArea', 'LongTextArea', 'Email', 'Phone', 'Url', 'Picklist']);

/**
 * Text as a Decision compares it: "Text comparisons in Decision, Wait, and Collection Filter
 * elements are case-insensitive … Comparisons involving case-sensitive Salesforce ID values are
 * the exception" (Help, "Flow Operators in Decision, Wait, and Collection Filter Elements",
 * platform.flow_ref_operators_condition.htm). Ids compare through soql.mjs (15-character form).
 */
const folded = (value) => String(value).toLowerCase();

function equals(type, left, right) {
    if (isBlank(left) || isBlank(right)) {
        return isBlank(left) && isBlank(right);
    }
    if (TEXT_TYPES.has(type)) {
        return folded(left) === folded(right);
    }
    return compareValues(soqlType(type), left, right) === 0;
}

function orderOf(type, left, right) {
    if (TEXT_TYPES.has(type)) {
        return folded(left) < folded(right) ? -1 : folded(left) > folded(right) ? 1 : 0;
    }
    return compareValues(soqlType(type), left, right);
}

/** A flow data type as the field type soql.mjs compares by. */
function soqlType(type) {
    return { Boolean: 'Checkbox', Currency: 'Number', Record: 'Id' }[type] ?? type;
}

/** Custom condition logic: numbers name conditions (1-based); AND, OR, NOT and parentheses. */
function customLogic(logic, conditions) {
    const tokens = logic.match(/\d+|AND|OR|NOT|\(|\)/gi) ?? [];
    let position = 0;
    const peek = () => tokens[position]?.toUpperCase();
    const take = () => tokens[position++];
    const primary = () => {
        if (peek() === 'NOT') {
            take();
            return !primary();
        }
        if (peek() === '(') {
            take();
            const value = or();
            take();
            return value;
        }
        return Boolean(conditions[Number(take()) - 1]());
    };
    const and = () => {
        let value = primary();
        while (peek() === 'AND') {
            take();
            const right = primary();
            value = value && right;
        }
        return value;
    };
    const or = () => {
        let value = and();
        while (peek() === 'OR') {
            take();
            const right = and();
            value = value || right;
        }
        return value;
    };
    return or();
}
