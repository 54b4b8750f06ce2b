// The check that supportPins.ts, the flow Support_PIN_Policy and the PIN validation rules agree on
// the PIN lifetimes and the cloud product: fed copies of the project where one of them disagrees.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pinPolicyProblems } from '../lib/pinPolicyCheck.mjs';

const root = new URL('../..', import.meta.url).pathname;
const PINS = 'force-app/main/default/lwc/supportPins/supportPins.ts';
const FLOW = 'force-app/main/default/flows/Support_PIN_Policy.flow-meta.xml';
const RULES = 'force-app/main/default/objects/Support_PIN__c/validationRules';

/** The check's answer for a copy of the project with `edits` ({ file: [from, to] }) made to it. */
function problemsWith(edits) {
    const copy = mkdtempSync(join(tmpdir(), 'pin-policy-'));
    try {
        for (const dir of ['force-app', 'org-settings']) {
            cpSync(join(root, dir), join(copy, dir), { recursive: true });
        }
        for (const [file, [from, to]] of Object.entries(edits)) {
            const text = readFileSync(join(copy, file), 'utf8');
            assert.ok(text.includes(from), `${file} holds ${from}`);
            writeFileSync(join(copy, file), text.replace(from, to));
        }
        return pinPolicyProblems(copy);
    } finally {
        rmSync(copy, { recursive: true, force: true });
    }
}

test('the components, the PIN flow and the PIN validation rules agree', () => {
    assert.deepEqual(pinPolicyProblems(root), []);
});

test('a standard PIN lifetime changed in TypeScript alone fails against the flow and the rule', () => {
    assert.deepEqual(problemsWith({ [PINS]: ['STANDARD_PIN_HOURS = 7 * 24;', 'STANDARD_PIN_HOURS = 14 * 24;'] }), [
        `${FLOW}: a standard PIN it stamps lasts 168 hours, but ${PINS}'s STANDARD_PIN_HOURS is 336`,
        `${RULES}/Standard_PIN_Expires_Within_A_Week.validationRule-meta.xml: refuses a standard PIN that lasts 336 hours, the lifetime ${PINS}'s STANDARD_PIN_HOURS gives it`
    ]);
});

test('a privileged PIN lifetime changed in the flow alone fails', () => {
    assert.deepEqual(
        problemsWith({
            [FLOW]: [
                'IF(ISPICKVAL({!$Record.Kind__c}, &quot;Privileged&quot;), 1, 7)',
                'IF(ISPICKVAL({!$Record.Kind__c}, &quot;Privileged&quot;), 2, 7)'
            ]
        }),
        [`${FLOW}: a privileged PIN it stamps lasts 48 hours, but ${PINS}'s PRIVILEGED_PIN_HOURS is 24`]
    );
});

test('a validation rule that lets a PIN outlive its lifetime fails', () => {
    assert.deepEqual(
        problemsWith({
            [`${RULES}/Standard_PIN_Expires_Within_A_Week.validationRule-meta.xml`]: [
                'Expires_At__c - Issued_At__c &gt; 7)',
                'Expires_At__c - Issued_At__c &gt; 8)'
            ]
        }),
        [
            `${RULES}: no rule refuses a standard PIN that lasts longer than 168 hours (${PINS}'s STANDARD_PIN_HOURS): one of 168 hours and a minute is saved`
        ]
    );
});

test('a cloud product spelt differently in the flow or the rule fails, naming where', () => {
    assert.deepEqual(
        problemsWith({
            [FLOW]: ['<stringValue>Secret Server Cloud</stringValue>', '<stringValue>SecretServer Cloud</stringValue>'],
            [`${RULES}/Privileged_PIN_For_Cloud_Only.validationRule-meta.xml`]: [
                'ISPICKVAL(Product__c, &apos;Secret Server Cloud&apos;)',
                'ISPICKVAL(Product__c, &apos;Secret Server Cloud (EU)&apos;)'
            ]
        }),
        [
            `${FLOW}: a privileged PIN for a 'Secret Server Cloud' account (SECRET_SERVER_CLOUD in ${PINS}) is refused (Custom Error Error_Privileged_Cloud_Only)`,
            `${RULES}/Privileged_PIN_For_Cloud_Only.validationRule-meta.xml: refuses a privileged PIN for 'Secret Server Cloud', the product ${PINS}'s SECRET_SERVER_CLOUD offers cloud PINs to`
        ]
    );
});

test('a cloud product renamed in TypeScript alone fails against both', () => {
    const problems = problemsWith({
        [PINS]: ["SECRET_SERVER_CLOUD = 'Secret Server Cloud';", "SECRET_SERVER_CLOUD = 'Secret Server Online';"]
    });
    assert.ok(
        problems.includes(
            `${FLOW}: a privileged PIN for a 'Secret Server Online' account (SECRET_SERVER_CLOUD in ${PINS}) is refused (Custom Error Error_Privileged_Cloud_Only)`
        ),
        problems.join('\n')
    );
    assert.ok(
        problems.includes(
            `${RULES}/Privileged_PIN_For_Cloud_Only.validationRule-meta.xml: refuses a privileged PIN for 'Secret Server Online', the product ${PINS}'s SECRET_SERVER_CLOUD offers cloud PINs to`
        ),
        problems.join('\n')
    );
});

test('a constant the check cannot read is said, not skipped', () => {
    assert.deepEqual(
        problemsWith({
            [PINS]: ['export const PRIVILEGED_PIN_HOURS = 24;', 'export const PRIVILEGED_PIN_HOURS = DAY;']
        }),
        [
            `${PINS}: no "export const PRIVILEGED_PIN_HOURS = …;" this check can read (a number, a product of numbers or a quoted string)`
        ]
    );
});
