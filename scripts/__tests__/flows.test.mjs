// The flows pass the Flow Scanner, and the scanner catches a broken flow: these tests write a
// copy with one thing broken and read the finding.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scanFlows } from '../scan-flows.mjs';

const FLOW = new URL('../../force-app/main/default/flows/Support_Case_Policy.flow-meta.xml', import.meta.url).pathname;

async function findingsOf(text) {
    const dir = mkdtempSync(join(tmpdir(), 'flows-'));
    const file = join(dir, 'Support_Case_Policy.flow-meta.xml');
    writeFileSync(file, text);
    try {
        return await scanFlows([file]);
    } finally {
        rmSync(dir, { recursive: true, force: true });
    }
}

test('the project’s flows pass the scanner', async () => {
    const flows = ['Support_PIN_Policy', 'Support_Case_Policy'].map(
        (name) => new URL(`../../force-app/main/default/flows/${name}.flow-meta.xml`, import.meta.url).pathname
    );
    assert.deepEqual(await scanFlows(flows), []);
});

test('catches a Get Records without a fault path', async () => {
    const original = readFileSync(FLOW, 'utf8');
    const broken = original.replace(/<faultConnector>[\s\S]*?<\/faultConnector>/, '');
    assert.notEqual(broken, original);
    const findings = await findingsOf(broken);
    assert.ok(
        findings.some((f) => /MissingFaultPath/i.test(f)),
        findings.join('\n')
    );
});

test('catches a hard-coded record Id', async () => {
    const original = readFileSync(FLOW, 'utf8');
    const broken = original.replace(
        '<elementReference>$User.ContactId</elementReference>',
        '<stringValue>0035e00000AbCdEAAZ</stringValue>'
    );
    assert.notEqual(broken, original);
    const findings = await findingsOf(broken);
    assert.ok(
        findings.some((f) => /HardcodedId/i.test(f)),
        findings.join('\n')
    );
});
