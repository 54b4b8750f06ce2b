// The PIN lifetimes (standard 7 days, privileged 1 day) and the product that offers cloud PINs have
// one meaning in three layers, each of which needs its own copy: supportPins.ts (what the PIN bar
// computes and shows; a component cannot read a flow or a validation rule), the flow
// Support_PIN_Policy (what the server stamps and refuses) and the validation rules on Support_PIN__c
// (what no save may get past; a formula cannot read TypeScript). This check holds them equal: it
// reads the constants from supportPins.ts, runs the flow through the org model as the flow tests
// do, and evaluates the validation rules on PINs that last exactly so long and a minute longer.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readProjectMetadata } from '../../org-model/projectMetadata.mjs';
import { brokenValidationRules } from '../../org-model/formulaRules.mjs';
import { runFlowTestCase } from '../../org-model/flowTestHarness.mjs';
import { DEMO_USER_ID } from '../../org-model/demoData.mjs';

export const PINS_FILE = 'force-app/main/default/lwc/supportPins/supportPins.ts';
export const PIN_FLOW = 'Support_PIN_Policy';
const FLOW_FILE = `force-app/main/default/flows/${PIN_FLOW}.flow-meta.xml`;
const ruleFile = (rule) =>
    `force-app/main/default/objects/Support_PIN__c/validationRules/${rule}.validationRule-meta.xml`;

const HOUR = 3600000;
const KINDS = [
    { kind: 'Standard', constant: 'STANDARD_PIN_HOURS', pin: '48210937' },
    { kind: 'Privileged', constant: 'PRIVILEGED_PIN_HOURS', pin: 'p7k3m9q2xa0bc' }
];

/** `export const NAME = …;` from the TypeScript source: a product of numbers (`7 * 24`) or a quoted string. */
function tsConstant(source, name) {
    const expression = new RegExp(`^export const ${name} = ([^;\\n]+);`, 'm').exec(source)?.[1].trim();
    if (expression === undefined) {
        return undefined;
    }
    if (/^\d+(\s*\*\s*\d+)*$/.test(expression)) {
        return expression.split('*').reduce((product, factor) => product * Number(factor), 1);
    }
    return /^'([^'\\]*)'$/.exec(expression)?.[1];
}

const hours = (from, to) => (Date.parse(to) - Date.parse(from)) / HOUR;

/** What the flow does with a new PIN created by `runAs`: { error } or { record }. */
function runPinFlow(metadata, runAs, record, given) {
    return runFlowTestCase(
        { flow: PIN_FLOW, name: 'pinPolicyCheck', label: 'pinPolicyCheck', runAs, given, record, expect: {} },
        { metadata, definitions: { [PIN_FLOW]: metadata.flows[PIN_FLOW].definition } }
    );
}

/** The demo customer's account on `product`, her contact authorized for privileged access. */
const customerOn = (product) => (data) => {
    const contact = data.Contact.find((c) => c.Id === data.User.find((u) => u.Id === DEMO_USER_ID).ContactId);
    contact.Privileged_Access__c = true;
    data.Account.find((a) => a.Id === contact.AccountId).Support_Product__c = product;
};

function flowProblems(metadata, constants, cloud, otherProduct) {
    if (!metadata.flows[PIN_FLOW]) {
        return [`${FLOW_FILE} is missing: nothing on the server stamps a PIN's lifetime`];
    }
    const problems = [];
    for (const { kind, constant, pin } of KINDS) {
        // An internal user's PIN: the flow stamps its lifetime and checks nothing else.
        const result = runPinFlow(metadata, 'engineer', { Kind__c: kind, PIN__c: pin });
        const lasts = result.record && hours(result.record.Issued_At__c, result.record.Expires_At__c);
        if (lasts !== constants[constant]) {
            problems.push(
                `${FLOW_FILE}: a ${kind.toLowerCase()} PIN it stamps lasts ${result.error ? `nothing (Custom Error ${result.error})` : `${lasts} hours`}, but ${PINS_FILE}'s ${constant} is ${constants[constant]}`
            );
        }
    }
    const privileged = { Kind__c: 'Privileged', PIN__c: 'p7k3m9q2xa0bc' };
    const forCloud = runPinFlow(metadata, 'customer', privileged, customerOn(cloud));
    if (forCloud.error) {
        problems.push(
            `${FLOW_FILE}: a privileged PIN for a '${cloud}' account (SECRET_SERVER_CLOUD in ${PINS_FILE}) is refused (Custom Error ${forCloud.error})`
        );
    }
    const forOther = runPinFlow(metadata, 'customer', privileged, customerOn(otherProduct));
    if (!forOther.error) {
        problems.push(
            `${FLOW_FILE}: a privileged PIN for a '${otherProduct}' account is let through, but only '${cloud}' (SECRET_SERVER_CLOUD in ${PINS_FILE}) offers cloud PINs`
        );
    }
    return problems;
}

function validationRuleProblems(metadata, constants, cloud, otherProduct) {
    const now = Date.now();
    const broken = (kind, product, lifetimeHours) =>
        brokenValidationRules(metadata, 'Support_PIN__c', {
            record: {
                PIN__c: KINDS.find((k) => k.kind === kind).pin,
                Kind__c: kind,
                Issued_At__c: new Date(now).toISOString(),
                Expires_At__c: new Date(now + lifetimeHours * HOUR).toISOString(),
                Account__c: '001DEMO0000000001AAA',
                Product__c: product
            },
            prior: undefined,
            user: { ContactId: null },
            related: () => {
                throw new Error('no cross-object reference expected in a Support_PIN__c rule');
            }
        }).map((b) => b.rule);
    const without = (rules, others) => rules.filter((rule) => !others.includes(rule));
    const problems = [];
    for (const { kind, constant } of KINDS) {
        const product = kind === 'Privileged' ? cloud : otherProduct;
        const lifetime = constants[constant];
        const short = broken(kind, product, 1);
        const exact = broken(kind, product, lifetime);
        const longer = broken(kind, product, lifetime + 1 / 60);
        for (const rule of without(exact, short)) {
            problems.push(
                `${ruleFile(rule)}: refuses a ${kind.toLowerCase()} PIN that lasts ${lifetime} hours, the lifetime ${PINS_FILE}'s ${constant} gives it`
            );
        }
        if (!without(longer, short).length) {
            problems.push(
                `force-app/main/default/objects/Support_PIN__c/validationRules: no rule refuses a ${kind.toLowerCase()} PIN that lasts longer than ${lifetime} hours (${PINS_FILE}'s ${constant}): one of ${lifetime} hours and a minute is saved`
            );
        }
    }
    const refusedAsPrivileged = (product) => without(broken('Privileged', product, 1), broken('Standard', product, 1));
    for (const rule of refusedAsPrivileged(cloud)) {
        problems.push(
            `${ruleFile(rule)}: refuses a privileged PIN for '${cloud}', the product ${PINS_FILE}'s SECRET_SERVER_CLOUD offers cloud PINs to`
        );
    }
    if (!refusedAsPrivileged(otherProduct).length) {
        problems.push(
            `force-app/main/default/objects/Support_PIN__c/validationRules: no rule refuses a privileged PIN for '${otherProduct}', but only '${cloud}' (${PINS_FILE}'s SECRET_SERVER_CLOUD) offers cloud PINs`
        );
    }
    return problems;
}

/** Where supportPins.ts, the PIN flow and the PIN validation rules disagree, in words naming the file; [] when they agree. */
export function pinPolicyProblems(root) {
    const file = join(root, PINS_FILE);
    if (!existsSync(file)) {
        return [];
    }
    const source = readFileSync(file, 'utf8');
    const constants = Object.fromEntries(
        ['STANDARD_PIN_HOURS', 'PRIVILEGED_PIN_HOURS', 'SECRET_SERVER_CLOUD'].map((name) => [
            name,
            tsConstant(source, name)
        ])
    );
    const unread = Object.entries(constants).filter(([, value]) => value === undefined);
    if (unread.length) {
        return unread.map(
            ([name]) =>
                `${PINS_FILE}: no "export const ${name} = …;" this check can read (a number, a product of numbers or a quoted string)`
        );
    }
    const metadata = readProjectMetadata(root);
    const cloud = constants.SECRET_SERVER_CLOUD;
    const products = (metadata.objects.Account?.fields.Support_Product__c?.picklistValues ?? []).map((v) => v.value);
    const otherProduct = products.find((product) => product !== cloud) ?? `${cloud} (not)`;
    return [
        ...flowProblems(metadata, constants, cloud, otherProduct),
        ...validationRuleProblems(metadata, constants, cloud, otherProduct)
    ];
}

export function checkPinPolicyAgreement(project) {
    return pinPolicyProblems(project.root);
}
