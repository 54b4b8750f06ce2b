// The flows pass the Flow Scanner, and the scanner catches a broken flow: these tests write a
// copy with one thing broken and read the finding.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scanFlows } from '../scan-flows.mjs';
import { readProjectMetadata } from '../../org-model/projectMetadata.mjs';
import { evaluateFlowFormula } from '../lib/metadataChecks.mjs';

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

// One table of subjects for the Email-to-Case flow's own formulas and for supportEmail's copy of
// its rule (the jest test reads the same file): the preview cannot drift from the org.
test("the Email-to-Case flow's formulas read every subject of the shared table as the table says", () => {
    const table = JSON.parse(
        readFileSync(
            new URL(
                '../../force-app/main/default/lwc/supportEmail/__tests__/data/incomingSubjects.json',
                import.meta.url
            ),
            'utf8'
        )
    );
    const metadata = readProjectMetadata();
    const flow = metadata.flows.Support_Case_Email_PIN;
    for (const row of table.subjects) {
        const mentions = evaluateFlowFormula(metadata, flow, 'SubjectMentionsPIN', { '$Record.Subject': row.subject });
        assert.equal(mentions, row.mentions, `mentions a PIN: ${row.subject}`);
        const names = table.pins.filter((pin) =>
            evaluateFlowFormula(metadata, flow, 'SubjectNamesPIN', {
                '$Record.Subject': row.subject,
                'Loop_PINs.PIN__c': pin
            })
        );
        assert.deepEqual(names, row.names, `names: ${row.subject}`);
    }
});
