// A record-triggered flow as the runner executes it, read from the flow's own XML (parsed by
// fast-xml-parser into plain objects). Every element kind, element property, operator, global
// and formula function the runner does not know is refused here, in words naming the flow and the
// element: a flow the runner cannot execute faithfully fails the build instead of going unexecuted.
// Pure (no file access): the preview bundles the definitions as JSON, the node tests read them.
import { ast } from 'formulon';

/** Element lists of a Flow, by the XML tag, and the properties the runner executes for each. */
const COSMETIC = ['name', 'label', 'description', 'locationX', 'locationY', 'processMetadataValues'];
export const ELEMENT_KINDS = {
    assignments: ['assignmentItems', 'connector'],
    decisions: ['rules', 'defaultConnector', 'defaultConnectorLabel'],
    loops: ['collectionReference', 'iterationOrder', 'nextValueConnector', 'noMoreValuesConnector'],
    recordLookups: [
        'object',
        'filters',
        'filterLogic',
        'getFirstRecordOnly',
        'queriedFields',
        'sortField',
        'sortOrder',
        'storeOutputAutomatically',
        'assignNullValuesIfNoRecordsFound',
        'connector',
        'faultConnector'
    ],
    recordUpdates: [
        'object',
        'filters',
        'filterLogic',
        'inputAssignments',
        'inputReference',
        'connector',
        'faultConnector'
    ],
    recordCreates: [
        'object',
        'inputAssignments',
        'inputReference',
        'assignRecordIdToReference',
        'storeOutputAutomatically',
        'connector',
        'faultConnector'
    ],
    customErrors: ['customErrorMessages', 'connector'],
    // Core actions: Send Email only ("Send Email Action", Flow Builder; the emailSimple action of
    // the Actions Developer Guide). https://help.salesforce.com/s/articleView?id=platform.flow_ref_elements_actions_sendemail.htm
    actionCalls: [
        'actionName',
        'actionType',
        'inputParameters',
        'flowTransactionModel',
        'nameSegment',
        'versionSegment',
        'connector',
        'faultConnector'
    ]
};

/** The Send Email action's inputs the runner passes on (Simple Email Actions, Actions Developer Guide). */
export const EMAIL_INPUTS = [
    'recipientId',
    'emailAddresses',
    // Hidden copies: one email to many followers ("bccRecipientAddressCollection", API 64.0, Simple
    // Email Actions). https://developer.salesforce.com/docs/atlas.en-us.256.0.api_action.meta/api_action/actions_obj_email_simple.htm
    'bccRecipientAddressCollection',
    'emailSubject',
    'emailBody',
    'senderType',
    'senderAddress',
    'relatedRecordId',
    'logEmailOnSend',
    'useLineBreaks'
];

/** Flow properties that are not elements: read, or known to change nothing the runner does. */
const FLOW_PROPERTIES = new Set([
    'apiVersion',
    'description',
    'environments',
    'interviewLabel',
    'label',
    'processMetadataValues',
    'processType',
    'runInMode',
    'start',
    'status',
    'triggerOrder',
    'constants',
    'formulas',
    'textTemplates',
    'variables',
    'xmlns'
]);

const START_PROPERTIES = new Set([
    ...COSMETIC,
    'connector',
    'object',
    'recordTriggerType',
    'triggerType',
    'filters',
    'filterLogic',
    'filterFormula',
    'doesRequireRecordChangedToMeetCriteria'
]);

/** Condition operators of Decision rules and start filters ("Flow Operators in Decisions"). */
export const CONDITION_OPERATORS = [
    'EqualTo',
    'NotEqualTo',
    'GreaterThan',
    'GreaterThanOrEqualTo',
    'LessThan',
    'LessThanOrEqualTo',
    'Contains',
    'StartsWith',
    'EndsWith',
    'IsNull',
    'IsBlank',
    'IsChanged'
];
/** Filter operators of Get/Update Records ("Flow Operators in Data Elements"): SOQL's. */
export const FILTER_OPERATORS = [
    'EqualTo',
    'NotEqualTo',
    'GreaterThan',
    'GreaterThanOrEqualTo',
    'LessThan',
    'LessThanOrEqualTo',
    'Contains',
    'StartsWith',
    'EndsWith',
    'IsNull',
    'In',
    'NotIn'
];
export const ASSIGNMENT_OPERATORS = ['Assign', 'Add', 'Subtract', 'AssignCount'];
// A before-delete flow runs on Delete only, and may refuse the delete with a Custom Error ("when a
// user deletes a record that triggers a flow, the flow can return an error message that tells the
// user why the deletion wasn't allowed", Help, "Custom Error Element",
// https://help.salesforce.com/s/articleView?id=platform.flow_ref_elements_custom_error.htm).
export const TRIGGER_TYPES = ['RecordBeforeSave', 'RecordAfterSave', 'RecordBeforeDelete', 'PlatformEvent'];
export const RECORD_TRIGGER_TYPES = ['Create', 'Update', 'CreateAndUpdate', 'Delete'];
/** Globals the runner resolves; $Label only in messages and formulas. */
export const GLOBALS = [
    '$Record',
    '$Record__Prior',
    '$User',
    '$Flow.CurrentDateTime',
    '$Flow.CurrentDate',
    '$Flow.FaultMessage',
    '$Label'
];

const VALUE_KINDS = ['elementReference', 'stringValue', 'numberValue', 'booleanValue', 'dateValue', 'dateTimeValue'];

const list = (value) => (value === undefined || value === null ? [] : [value].flat());
const text = (value) => (value === undefined || value === null ? undefined : String(value));
const target = (connector) => text(connector?.targetReference);

/** A FlowElementReferenceOrValue as { ref } or { value, type }. */
function readValue(given, where) {
    // The project's XML parser reads every <value> as a list (picklists have many); a flow's has one.
    const values = list(given);
    if (values.length > 1) {
        throw new Error(`${where}: the runner does not know a value given ${values.length} times`);
    }
    const value = values[0];
    if (value === undefined || value === null || value === '') {
        return undefined;
    }
    const kinds = Object.keys(value).filter((key) => VALUE_KINDS.includes(key));
    const unknown = Object.keys(value).filter((key) => !VALUE_KINDS.includes(key));
    if (unknown.length || kinds.length !== 1) {
        throw new Error(`${where}: the runner does not know the value ${JSON.stringify(value)}`);
    }
    const [kind] = kinds;
    const raw = String(value[kind]);
    switch (kind) {
        case 'elementReference':
            return { ref: raw };
        case 'numberValue':
            return { value: Number(raw), type: 'Number' };
        case 'booleanValue':
            return { value: raw === 'true', type: 'Boolean' };
        case 'dateValue':
            return { value: raw.slice(0, 10), type: 'Date' };
        case 'dateTimeValue':
            return { value: new Date(raw).toISOString(), type: 'DateTime' };
        default:
            return { value: raw, type: 'String' };
    }
}

function readConditions(conditions, operators, where) {
    return list(conditions).map((c, index) => {
        const operator = String(c.operator);
        if (!operators.includes(operator)) {
            throw new Error(`${where}: the runner does not know the operator ${operator} (condition ${index + 1})`);
        }
        return {
            left: text(c.leftValueReference ?? c.field),
            operator,
            right: readValue(c.rightValue ?? c.value, where)
        };
    });
}

/** "and", "or" or custom logic such as "1 AND (2 OR 3)". */
function readLogic(logic, count, where) {
    const value = String(logic ?? 'and').trim();
    if (/^(and|or)$/i.test(value)) {
        return value.toLowerCase();
    }
    if (!/^[\d\s()]+(?:\s*(AND|OR|NOT)\s*[\d\s()]*)*$/i.test(value)) {
        throw new Error(`${where}: the runner does not know the condition logic "${value}"`);
    }
    const numbers = [...value.matchAll(/\d+/g)].map((m) => Number(m[0]));
    if (numbers.some((n) => n < 1 || n > count)) {
        throw new Error(`${where}: the condition logic "${value}" names a condition that does not exist`);
    }
    return value;
}

/** Element properties the Flow schema lets repeat; any other given twice is a flow the org would not deploy. */
const REPEATABLE = [
    'assignmentItems',
    'rules',
    'conditions',
    'filters',
    'queriedFields',
    'inputAssignments',
    'customErrorMessages',
    'inputParameters',
    'processMetadataValues'
];

function checkProperties(element, known, where) {
    const unknown = Object.keys(element).filter((key) => !known.includes(key) && !COSMETIC.includes(key));
    if (unknown.length) {
        throw new Error(`${where}: the runner does not know ${unknown.join(', ')}`);
    }
    const repeated = Object.keys(element).filter((key) => Array.isArray(element[key]) && !REPEATABLE.includes(key));
    if (repeated.length) {
        throw new Error(`${where}: ${repeated.join(', ')} given more than once`);
    }
}

function readElement(kind, element, where) {
    checkProperties(element, ELEMENT_KINDS[kind], where);
    switch (kind) {
        case 'assignments':
            return {
                kind,
                items: list(element.assignmentItems).map((item) => {
                    const operator = String(item.operator);
                    if (!ASSIGNMENT_OPERATORS.includes(operator)) {
                        throw new Error(`${where}: the runner does not know the assignment operator ${operator}`);
                    }
                    return { to: String(item.assignToReference), operator, value: readValue(item.value, where) };
                }),
                next: target(element.connector)
            };
        case 'decisions':
            return {
                kind,
                rules: list(element.rules).map((rule) => {
                    const conditions = readConditions(
                        rule.conditions,
                        CONDITION_OPERATORS,
                        `${where}, rule ${rule.name}`
                    );
                    return {
                        name: String(rule.name),
                        logic: readLogic(rule.conditionLogic, conditions.length, `${where}, rule ${rule.name}`),
                        conditions,
                        next: target(rule.connector)
                    };
                }),
                next: target(element.defaultConnector)
            };
        case 'loops':
            return {
                kind,
                collection: String(element.collectionReference),
                descending: String(element.iterationOrder ?? 'Asc') === 'Desc',
                each: target(element.nextValueConnector),
                next: target(element.noMoreValuesConnector)
            };
        case 'recordLookups': {
            const filters = readConditions(element.filters, FILTER_OPERATORS, where);
            if (String(element.storeOutputAutomatically) !== 'true') {
                throw new Error(`${where}: the runner knows Get Records with automatically stored output only`);
            }
            return {
                kind,
                object: String(element.object),
                filters,
                logic: readLogic(element.filterLogic, filters.length, where),
                first: String(element.getFirstRecordOnly) === 'true',
                fields: list(element.queriedFields).map(String),
                sortField: text(element.sortField),
                descending: String(element.sortOrder ?? 'Asc') === 'Desc',
                next: target(element.connector),
                fault: target(element.faultConnector)
            };
        }
        case 'recordUpdates': {
            const filters = readConditions(element.filters, FILTER_OPERATORS, where);
            return {
                kind,
                object: text(element.object),
                filters,
                logic: readLogic(element.filterLogic, filters.length, where),
                assignments: readInputAssignments(element.inputAssignments, where),
                inputReference: text(element.inputReference),
                next: target(element.connector),
                fault: target(element.faultConnector)
            };
        }
        case 'recordCreates':
            return {
                kind,
                object: text(element.object),
                assignments: readInputAssignments(element.inputAssignments, where),
                inputReference: text(element.inputReference),
                idTo: text(element.assignRecordIdToReference),
                next: target(element.connector),
                fault: target(element.faultConnector)
            };
        case 'customErrors':
            return {
                kind,
                messages: list(element.customErrorMessages).map((m) => ({
                    message: String(m.errorMessage ?? ''),
                    field: String(m.isFieldError) === 'true' ? text(m.fieldSelection) : undefined
                })),
                next: target(element.connector)
            };
        case 'actionCalls': {
            const action = String(element.actionName);
            if (action !== 'emailSimple' || String(element.actionType) !== 'emailSimple') {
                throw new Error(`${where}: the runner does not know the action ${action}`);
            }
            const inputs = {};
            for (const input of list(element.inputParameters)) {
                const inputName = String(input.name);
                if (!EMAIL_INPUTS.includes(inputName)) {
                    throw new Error(`${where}: the runner does not know the Send Email input ${inputName}`);
                }
                inputs[inputName] = readValue(input.value, where);
            }
            return { kind, action, inputs, next: target(element.connector), fault: target(element.faultConnector) };
        }
        default:
            throw new Error(`${where}: the runner does not know this element`);
    }
}

function readInputAssignments(assignments, where) {
    return list(assignments).map((a) => ({ field: String(a.field), value: readValue(a.value, where) }));
}

/** Formula functions a formula calls, as formulon's AST names them (lower case). */
export function formulaFunctions(expression) {
    const names = new Set();
    const walk = (node) => {
        if (node?.type === 'callExpression') {
            names.add(node.id);
        }
        for (const child of node?.arguments ?? []) {
            walk(child);
        }
    };
    // Merge fields become plain identifiers for the parse.
    const tree = ast(String(expression).replace(/\{!([$\w.]+)\}/g, (_, ref) => ref.replace(/[$.]/g, '_')));
    if (tree.type === 'error') {
        throw new Error(tree.message);
    }
    walk(tree);
    return [...names];
}

/** Functions formulon does not evaluate, though its parser reads them; the runner substitutes these itself. */
export const SAVE_FUNCTIONS = ['isnew', 'ischanged', 'priorvalue'];

/**
 * The flow from its parsed XML (`flowXml`: the Flow element's content). Throws, naming the flow
 * and element, for anything the runner would not execute as the platform does.
 */
export function readFlowDefinition(name, flowXml, { knowsFunction }) {
    const unknown = Object.keys(flowXml).filter((key) => !FLOW_PROPERTIES.has(key) && !ELEMENT_KINDS[key]);
    if (unknown.length) {
        throw new Error(`Flow ${name}: the runner does not know the element kind ${unknown.join(', ')}`);
    }
    const start = flowXml.start ?? {};
    const startWhere = `Flow ${name}, Start`;
    const startUnknown = Object.keys(start).filter((key) => !START_PROPERTIES.has(key));
    if (startUnknown.length) {
        throw new Error(`${startWhere}: the runner does not know ${startUnknown.join(', ')}`);
    }
    const definition = {
        name,
        label: text(flowXml.label),
        status: text(flowXml.status),
        processType: text(flowXml.processType),
        triggerOrder: flowXml.triggerOrder === undefined ? undefined : Number(flowXml.triggerOrder),
        start: undefined,
        elements: {},
        formulas: {},
        textTemplates: {},
        constants: {},
        variables: {}
    };
    if (start.triggerType !== undefined) {
        if (!TRIGGER_TYPES.includes(String(start.triggerType))) {
            throw new Error(`${startWhere}: the runner does not know the trigger type ${start.triggerType}`);
        }
        const isEventTrigger = String(start.triggerType) === 'PlatformEvent';
        // A platform event–triggered flow has no record trigger: an event message is only published.
        const isDeleteTrigger = String(start.triggerType) === 'RecordBeforeDelete';
        if (
            isEventTrigger
                ? start.recordTriggerType !== undefined
                : !RECORD_TRIGGER_TYPES.includes(String(start.recordTriggerType)) ||
                  isDeleteTrigger !== (String(start.recordTriggerType) === 'Delete')
        ) {
            throw new Error(`${startWhere}: the runner does not know the record trigger ${start.recordTriggerType}`);
        }
        const filters = readConditions(start.filters, CONDITION_OPERATORS, startWhere);
        definition.start = {
            object: String(start.object),
            triggerType: String(start.triggerType),
            recordTriggerType: isEventTrigger ? undefined : String(start.recordTriggerType),
            filters: filters.map((f) => ({ ...f, left: `$Record.${f.left}` })),
            logic: readLogic(start.filterLogic, filters.length, startWhere),
            formula: text(start.filterFormula),
            onlyWhenChangedToMeet: String(start.doesRequireRecordChangedToMeetCriteria) === 'true',
            next: target(start.connector)
        };
    }
    for (const kind of Object.keys(ELEMENT_KINDS)) {
        for (const element of list(flowXml[kind])) {
            const elementName = String(element.name);
            definition.elements[elementName] = readElement(kind, element, `Flow ${name}, element ${elementName}`);
        }
    }
    for (const f of list(flowXml.formulas)) {
        const where = `Flow ${name}, formula ${f.name}`;
        for (const fn of formulaFunctions(f.expression)) {
            if (!SAVE_FUNCTIONS.includes(fn) && !knowsFunction(fn)) {
                throw new Error(`${where}: the runner does not know the function ${fn.toUpperCase()}`);
            }
        }
        definition.formulas[f.name] = { dataType: String(f.dataType), expression: String(f.expression) };
    }
    if (definition.start?.formula) {
        for (const fn of formulaFunctions(definition.start.formula)) {
            if (!SAVE_FUNCTIONS.includes(fn) && !knowsFunction(fn)) {
                throw new Error(`${startWhere}: the runner does not know the function ${fn.toUpperCase()}`);
            }
        }
    }
    for (const t of list(flowXml.textTemplates)) {
        // A text template's merge fields are filled as written: plain text, never rich text.
        if (String(t.isViewedAsPlainText) !== 'true') {
            throw new Error(`Flow ${name}, text template ${t.name}: the runner knows plain-text templates only`);
        }
        definition.textTemplates[t.name] = { text: String(t.text ?? '') };
    }
    for (const c of list(flowXml.constants)) {
        definition.constants[c.name] = {
            dataType: String(c.dataType),
            ...readValue(c.value, `Flow ${name}, constant ${c.name}`)
        };
    }
    for (const v of list(flowXml.variables)) {
        definition.variables[v.name] = {
            dataType: String(v.dataType),
            isCollection: String(v.isCollection) === 'true',
            objectType: text(v.objectType),
            initial: readValue(v.value, `Flow ${name}, variable ${v.name}`)
        };
    }
    checkReferences(definition);
    return definition;
}

/** Every connector leads to an element, and every reference names a resource or a global the runner knows. */
function checkReferences(definition) {
    const { name, elements } = definition;
    const resources = new Set([
        ...Object.keys(elements),
        ...Object.keys(definition.formulas),
        ...Object.keys(definition.textTemplates),
        ...Object.keys(definition.constants),
        ...Object.keys(definition.variables)
    ]);
    const knownRef = (ref) => {
        const head = ref.split('.')[0];
        return (
            resources.has(head) ||
            ['$Record', '$Record__Prior', '$User'].includes(head) ||
            GLOBALS.includes(ref) ||
            ref.startsWith('$Label.')
        );
    };
    const check = (ref, where) => {
        if (ref && !knownRef(ref)) {
            throw new Error(`Flow ${name}, ${where}: the runner does not know the reference ${ref}`);
        }
    };
    const connectors = [['Start', definition.start?.next]];
    for (const [elementName, element] of Object.entries(elements)) {
        const where = `element ${elementName}`;
        connectors.push(
            [elementName, element.next],
            [elementName, element.fault],
            [elementName, element.each],
            ...(element.rules ?? []).map((rule) => [elementName, rule.next])
        );
        for (const item of element.items ?? []) {
            check(item.to, where);
            check(item.value?.ref, where);
        }
        for (const rule of element.rules ?? []) {
            for (const c of rule.conditions) {
                check(c.left, where);
                check(c.right?.ref, where);
            }
        }
        for (const f of element.filters ?? []) {
            check(f.right?.ref, where);
        }
        for (const a of element.assignments ?? []) {
            check(a.value?.ref, where);
        }
        check(element.collection, where);
        check(element.inputReference, where);
        check(element.idTo, where);
        for (const input of Object.values(element.inputs ?? {})) {
            check(input?.ref, where);
        }
        for (const m of element.messages ?? []) {
            for (const [, ref] of m.message.matchAll(/\{!([$\w.]+)\}/g)) {
                check(ref, where);
            }
        }
    }
    for (const [formulaName, formula] of Object.entries(definition.formulas)) {
        for (const [, ref] of formula.expression.matchAll(/\{!([$\w.]+)\}/g)) {
            check(ref, `formula ${formulaName}`);
        }
    }
    for (const [templateName, template] of Object.entries(definition.textTemplates)) {
        for (const [, ref] of template.text.matchAll(/\{!([$\w.]+)\}/g)) {
            check(ref, `text template ${templateName}`);
        }
    }
    for (const [from, to] of connectors) {
        if (to && !elements[to]) {
            throw new Error(`Flow ${name}, ${from}: connects to ${to}, which is not an element the runner knows`);
        }
    }
}
