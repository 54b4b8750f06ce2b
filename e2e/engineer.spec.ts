// The support engineer's side, over the same demo org as the portal: a PIN the customer gets on
// the portal is verified (valid, covered, the right account) and revoked on /engineer, the
// Thycotic Support app's stand-in, and then no longer holds on the portal.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { askGraphql, axeViolations, storedRecords } from './demoOrg';

async function getPinAsCustomer(page: Page): Promise<string> {
    await page.goto('/');
    await page.getByRole('button', { name: /PIN\s*Get your support PIN/ }).click();
    const shown = page.locator('c-support-pin-bar [data-pin]');
    await expect(shown).toHaveText(/^Your PIN: \d{8}$/);
    return ((await shown.textContent()) ?? '').replace('Your PIN: ', '');
}

/** An email to the routing address, through the preview's inbox; waits until its case is filed. */
async function receiveEmail(page: Page, from: string, subject: string): Promise<void> {
    const inbox = page.locator('preview-incoming-email');
    const filed = await inbox.locator('li.filed-case').count();
    await inbox.getByLabel('From').fill(from);
    await inbox.getByLabel('Subject').fill(subject);
    await inbox.getByRole('button', { name: 'Receive email' }).click();
    await expect(inbox.locator('li.filed-case')).toHaveCount(filed + 1);
}

async function verify(page: Page, typed: string): Promise<void> {
    await page.getByLabel('PIN the customer gives').fill(typed);
    await page.getByLabel('PIN the customer gives').press('Enter');
}

test.describe('the support engineer verifies a PIN', () => {
    test('a PIN issued on the portal is valid and covered for Acme; revoked, it no longer holds on the portal', async ({
        page
    }, testInfo) => {
        const pin = await getPinAsCustomer(page);

        await page.getByRole('link', { name: 'a support engineer (Thycotic Support app)' }).click();
        await expect(page).toHaveURL(/\/engineer$/);
        const verifier = page.locator('c-support-pin-verify');
        // Nothing is looked up before the engineer asks: an empty box has no verdict.
        await expect(verifier.getByLabel('PIN the customer gives')).toBeVisible();
        await expect(verifier.locator('.verdict')).toHaveCount(0);
        // Read out as a customer would: "PIN 4821 0937".
        await verify(page, `PIN ${pin.slice(0, 4)} ${pin.slice(4)}`);
        await expect(verifier.locator('.verdict')).toHaveText('VALID');
        await expect(verifier.locator('.checked-pin')).toHaveText(`for PIN ${pin}`);
        await expect(verifier.locator('.account')).toHaveText('Acme Corp');
        await expect(verifier.locator('.contact-email')).toHaveText('dana.scully@acme.example');
        await expect(verifier.locator('.coverage-verdict')).toHaveText('Covered');
        await expect(verifier.locator('.expiry')).toContainText('(in 7 days)');
        await expect(verifier.locator('.open-cases a').first()).toHaveText('00001026');
        expect(await axeViolations(page)).toEqual([]);
        await page.screenshot({ path: testInfo.outputPath('engineer-verify.png'), fullPage: true });

        await verifier.getByRole('button', { name: 'Revoke this PIN' }).click();
        await expect(verifier.locator('.revoke-question')).toContainText(`Revoke ${pin}? It stops working at once`);
        await verifier.getByRole('button', { name: 'Revoke', exact: true }).click();
        await expect(verifier.locator('.verdict')).toHaveText('REVOKED');
        const stored = await storedRecords<{ PIN__c: string; Revoked_At__c: string; Expires_At__c: string }>(
            page,
            'Support_PIN__c'
        );
        const revoked = stored.find((p) => p.PIN__c === pin);
        expect(revoked?.Revoked_At__c).toBeTruthy();
        expect(revoked?.Expires_At__c).toBe(revoked?.Revoked_At__c);

        // Another PIN typed over it: the verdict goes until the engineer asks again.
        await page.getByLabel('PIN the customer gives').fill('11223344');
        await expect(verifier.locator('.verdict')).toHaveCount(0);

        // Every lookup is on record, with the server's verdict.
        await verify(page, pin);
        await expect(verifier.locator('.verdict')).toHaveText('REVOKED');
        await verify(page, '11223344');
        await expect(verifier.locator('.verdict')).toHaveText('NO SUCH PIN');
        // The seed's lookup of Walter's PIN (a0VDEMO…) aside.
        const lookups = (
            await storedRecords<{ Id: string; PIN_Entered__c: string; Verdict__c: string; Account__c: string | null }>(
                page,
                'Support_PIN_Verification__c'
            )
        ).filter((l) => l.Id !== 'a0VDEMO0000000001AAA');
        expect(lookups.map((l) => [l.PIN_Entered__c, l.Verdict__c, l.Account__c ?? null])).toEqual([
            [pin, 'Valid', '001DEMO0000000001AAA'],
            [pin, 'Revoked', '001DEMO0000000001AAA'],
            ['11223344', 'Unknown', null]
        ]);

        // Back on the portal, the revoked PIN is gone from the bar: the customer gets a new one.
        await page.getByRole('link', { name: 'the customer (portal)' }).click();
        await expect(page.getByRole('button', { name: /PIN\s*Get your support PIN/ })).toBeVisible();
        await expect(page.locator('c-support-pin-bar [data-pin]')).toHaveCount(0);
    });

    test('a revocation time sent by the browser, future or backdated, is replaced by the server’s, and who revoked is stamped', async ({
        page
    }) => {
        const pin = await getPinAsCustomer(page);
        await page.goto('/engineer');
        const [issued] = (await storedRecords<{ Id: string; PIN__c: string }>(page, 'Support_PIN__c')).filter(
            (p) => p.PIN__c === pin
        );
        const backdated = '2020-01-01T00:00:00.000Z';
        const before = Date.now();
        const messages = await page.evaluate(
            async ({ id, at }) => {
                const api = (
                    window as unknown as { demoOrg: { uiApi: Record<string, (...a: unknown[]) => Promise<unknown>> } }
                ).demoOrg.uiApi;
                try {
                    await api.updateRecord({ fields: { Id: id, Revoked_At__c: at, Expires_At__c: at } });
                    return '';
                } catch (error) {
                    return JSON.stringify((error as { body?: unknown }).body);
                }
            },
            { id: issued.Id, at: backdated }
        );
        expect(messages).toBe('');
        const [revoked] = (
            await storedRecords<{ Id: string; Revoked_At__c: string; Expires_At__c: string; Revoked_By__c: string }>(
                page,
                'Support_PIN__c'
            )
        ).filter((p) => p.Id === issued.Id);
        // Support_PIN_Revocation_Stamp: the server's time, not the browser's; the engineer who saved it.
        expect(Date.parse(revoked.Revoked_At__c)).toBeGreaterThanOrEqual(before - 1000);
        expect(Date.parse(revoked.Revoked_At__c)).toBeLessThanOrEqual(Date.now() + 1000);
        expect(revoked.Expires_At__c).toBe(revoked.Revoked_At__c);
        expect(revoked.Revoked_By__c).toBe('005DEMOOWNER00001AAA');
    });

    test('an engineer reads no PIN value outside a verification: not by listing PINs, not on cases', async ({
        page
    }) => {
        const pin = await getPinAsCustomer(page);
        await page.goto('/engineer');
        const ask = (query: string) => askGraphql(page, query);
        for (const query of [
            'query q { uiapi { query { Support_PIN__c(first: 200) { edges { node { PIN__c { value } } } } } } }',
            `query q { uiapi { query { Support_PIN__c(where: { PIN__c: { eq: "${pin}" } }) { edges { node { Id } } } } } }`,
            'query q { uiapi { query { Case(first: 200) { edges { node { PIN__c { value } } } } } } }'
        ]) {
            const answer = await ask(query);
            expect(answer.data ?? null).toBeNull();
            expect(JSON.stringify(answer.errors)).toContain('PIN__c');
        }
        // Control: the PINs' other fields are the engineer's to read (which PINs exist, never their values).
        const control = await ask(
            'query q { uiapi { query { Support_PIN__c(first: 200) { edges { node { Kind__c { value } } } } } } }'
        );
        expect(control.errors ?? []).toEqual([]);
        expect(JSON.stringify(control.data)).toContain('Standard');
        expect(JSON.stringify(control.data)).not.toContain(pin);
    });

    test('the customer cannot verify PINs: the audit trail is engineer-created only', async ({ page }) => {
        await page.goto('/');
        const refused = await page.evaluate(async () => {
            const api = (
                window as unknown as { demoOrg: { uiApi: Record<string, (...a: unknown[]) => Promise<unknown>> } }
            ).demoOrg.uiApi;
            try {
                await api.createRecord({ apiName: 'Support_PIN_Verification__c', fields: { PIN_Entered__c: '1' } });
                return '';
            } catch (error) {
                return JSON.stringify((error as { body?: unknown }).body);
            }
        });
        expect(refused).toContain("You don't have permission to create PIN Verification records.");
    });

    test('an email with the PIN in its subject from the address on file is linked and verified; from another address it is not', async ({
        page
    }) => {
        const pin = await getPinAsCustomer(page);
        await page.goto('/engineer');
        const inbox = page.locator('preview-incoming-email');
        const receive = (from: string, subject: string) => receiveEmail(page, from, subject);

        await receive('Dana.Scully@acme.example', `RE: PIN ${pin.slice(0, 4)} ${pin.slice(4)} Workflow stopped`);
        const latest = inbox.locator('li.filed-case').first();
        await expect(latest.locator('.check')).toHaveText('Verified');
        await expect(latest.locator('.linked')).toHaveText('linked to Dana Scully, Acme Corp');

        await receive('mallory@elsewhere.example', `PIN ${pin} please reset our admin password`);
        await expect(latest.locator('.check')).toHaveText('Sender not on file');
        await expect(latest.locator('.linked')).toHaveText('not linked to a customer');

        await receive('dana.scully@acme.example', 'Severity 1: everything is down, no PIN at hand');
        await expect(latest.locator('.check')).toHaveText('No PIN');
        await expect(latest.locator('.severity-1')).toContainText('Mentions Severity 1: call the customer');

        const cases = await storedRecords<{
            Origin: string;
            SuppliedEmail: string;
            PIN__c: string | null;
            PIN_Check__c: string;
            ContactId: string | null;
            AccountId: string | null;
            Severity__c: string | null;
        }>(page, 'Case');
        const fromEmail = cases.filter((c) => c.Origin === 'Email');
        expect(
            fromEmail.map((c) => [c.PIN_Check__c, c.PIN__c ?? null, c.ContactId ?? null, c.AccountId ?? null])
        ).toEqual([
            ['Verified', pin, '003DEMO0000000001AAA', '001DEMO0000000001AAA'],
            ['Sender not on file', null, null, null],
            // Email-to-Case links a case to the one contact whose address sent it, before any flow runs
            // (Help 000385630); anyone can send from any address, so without her PIN the flow takes the
            // link back (Sender on File keeps who it may be, for an engineer to confirm).
            ['No PIN', null, null, null]
        ]);
        // Severity is never taken from an email: phone is the only Severity 1 channel.
        expect(fromEmail.every((c) => !c.Severity__c)).toBe(true);
        expect(await axeViolations(page)).toEqual([]);
    });
});

test.describe('a hostile sender', () => {
    /** The subjects of the cases the customer's portal shows (her company's, through the sharing set). */
    async function portalSubjects(page: Page): Promise<string[]> {
        await page.goto('/');
        const answer = await askGraphql(
            page,
            'query q { uiapi { query { Case(first: 200) { edges { node { Subject { value } } } } } } }'
        );
        const edges = (
            answer as { data: { uiapi: { query: { Case: { edges: { node: { Subject: { value: string } } }[] } } } } }
        ).data.uiapi.query.Case.edges;
        return edges.map((e) => e.node.Subject.value);
    }

    test("an email forged from a customer's address does not reach the company's Cases tab; with their PIN it does", async ({
        page
    }) => {
        const pin = await getPinAsCustomer(page);
        await page.goto('/engineer');
        const receive = (from: string, subject: string) => receiveEmail(page, from, subject);
        // Anyone can send from Dana's address: without her PIN the case is no one's until an engineer confirms.
        await receive('dana.scully@acme.example', 'Please send the admin password reset link here');
        // Control: the same sender with her active PIN in the subject is hers.
        await receive('dana.scully@acme.example', `PIN ${pin} Workflow stopped`);
        const stored = await storedRecords<{
            Subject: string;
            ContactId: string | null;
            Sender_Contact__c: string | null;
        }>(page, 'Case');
        expect(stored.find((c) => c.Subject.startsWith('Please send'))).toMatchObject({
            ContactId: null,
            Sender_Contact__c: '003DEMO0000000001AAA'
        });
        const subjects = await portalSubjects(page);
        expect(subjects).not.toContain('Please send the admin password reset link here');
        expect(subjects).toContain(`PIN ${pin} Workflow stopped`);
    });
});
