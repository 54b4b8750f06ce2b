// A hostile customer with the browser's devtools: requests sent straight to the demo org's UI API
// (window.demoOrg.uiApi, as the signed-in customer), past every component. Each must be refused
// with a clear message and store nothing, as the org's flows (run from their XML), validation
// rules, profile and permission sets, and sharing refuse them (see README, Security model). Each
// has its positive control: the same request without its forged part succeeds, so the refusal is
// proven to come from the rule the test names and not from something met on the way.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { ORG_KEY, askGraphql, signInAs } from './demoOrg';

const HOUR = 60 * 60 * 1000;

type Records = Record<string, Record<string, unknown>[]>;

async function records(page: Page): Promise<Records> {
    return page.evaluate((key) => JSON.parse(window.localStorage.getItem(key) ?? '{}').records ?? {}, ORG_KEY);
}

/** Another customer of Thycotic (Globex), with a PIN of their own: what the hostile customer must not reach. */
async function seedOtherCustomer(page: Page): Promise<void> {
    await page.evaluate(
        ({ key, hour }) => {
            const state = JSON.parse(window.localStorage.getItem(key) ?? '{}');
            const now = Date.now();
            state.records.Account.push({
                Id: '001OTHER000000001A',
                Name: 'Globex',
                Support_Product__c: 'Secret Server',
                User_Licenses__c: 1
            });
            state.records.Contact.push({
                Id: '003OTHER000000001A',
                FirstName: 'Hank',
                LastName: 'Scorpio',
                Name: 'Hank Scorpio',
                Email: 'hank@globex.example',
                AccountId: '001OTHER000000001A'
            });
            state.records.User.push({
                Id: '005OTHER000000001A',
                Username: 'hank@globex.example.portal',
                Name: 'Hank Scorpio',
                Email: 'hank@globex.example',
                LanguageLocaleKey: 'en_US',
                ContactId: '003OTHER000000001A',
                AccountId: '001OTHER000000001A'
            });
            state.records.Support_PIN__c.push({
                Id: 'a02OTHER000000001A',
                PIN__c: '55501234',
                Kind__c: 'Standard',
                Issued_At__c: new Date(now - hour).toISOString(),
                Expires_At__c: new Date(now + 24 * hour).toISOString(),
                Account__c: '001OTHER000000001A',
                Contact__c: '003OTHER000000001A',
                OwnerId: '005OTHER000000001A',
                CreatedById: '005OTHER000000001A',
                CreatedDate: new Date(now - hour).toISOString()
            });
            // Globex's own case, and a case a colleague of the demo customer filed at Acme.
            state.records.Case.push(
                {
                    Id: '500OTHER000000001A',
                    CaseNumber: '00009001',
                    Subject: 'Globex outage',
                    Status: 'Working',
                    IsClosed: false,
                    Severity__c: 'Severity 3',
                    AccountId: '001OTHER000000001A',
                    ContactId: '003OTHER000000001A',
                    OwnerId: '005DEMOOWNER00001AAA',
                    CreatedDate: new Date(now - hour).toISOString()
                },
                {
                    Id: '500COLLEAGUE00001A',
                    CaseNumber: '00009002',
                    Subject: 'Report export times out',
                    Status: 'Working',
                    IsClosed: false,
                    Severity__c: 'Severity 3',
                    AccountId: '001DEMO0000000001AAA',
                    ContactId: '003COLLEAGUE0001AA',
                    OwnerId: '005DEMOOWNER00001AAA',
                    CreatedDate: new Date(now - hour).toISOString()
                }
            );
            window.localStorage.setItem(key, JSON.stringify(state));
        },
        { key: ORG_KEY, hour: HOUR }
    );
    await page.reload();
}

/** Sends a UI API call in the page; answers the error messages (none when it succeeded). */
async function attempt(page: Page, call: string, ...args: unknown[]): Promise<string[]> {
    return page.evaluate(
        async ({ call, args }) => {
            const api = (
                window as unknown as { demoOrg: { uiApi: Record<string, (...a: unknown[]) => Promise<unknown>> } }
            ).demoOrg.uiApi;
            try {
                await api[call](...args);
                return [];
            } catch (error) {
                const body = (error as { body?: unknown }).body as
                    | {
                          message?: string;
                          output?: {
                              errors?: { message: string }[];
                              fieldErrors?: Record<string, { message: string }[]>;
                          };
                      }
                    | { message: string }[]
                    | undefined;
                if (Array.isArray(body)) {
                    return body.map((e) => e.message);
                }
                const output = body?.output;
                const messages = [
                    ...(output?.errors ?? []).map((e) => e.message),
                    ...Object.values(output?.fieldErrors ?? {}).flatMap((list) => list.map((e) => e.message))
                ];
                return messages.length ? messages : [body?.message ?? String(error)];
            }
        },
        { call, args }
    );
}

const pin = (fields: Record<string, unknown>) => ({ apiName: 'Support_PIN__c', fields });
/** The seed's PIN Walter Skinner (Dana's colleague at Acme) issued ten days ago, expired, and its one verification. */
const WALTER_PIN = 'a02DEMO0000000001AAA';
const WALTER_PIN_VALUE = '61730428';
const WALTER_PIN_VERIFICATION = 'a0VDEMO0000000001AAA';
const A_PIN = { PIN__c: '48210937', Kind__c: 'Standard' };

async function expectRefused(page: Page, call: string, arg: unknown, message: RegExp | string): Promise<void> {
    const before = await records(page);
    const messages = await attempt(page, call, arg);
    expect(messages.join(' | ')).toMatch(message);
    expect(await records(page)).toEqual(before);
}

/** The positive control: the request without its forged part goes through. */
async function expectAccepted(page: Page, call: string, arg: unknown): Promise<void> {
    expect(await attempt(page, call, arg)).toEqual([]);
}

/** A GraphQL read as the customer: the query's records, by object. */
async function read(page: Page, query: string): Promise<Record<string, { node: Record<string, unknown> }[]>> {
    const answer = await askGraphql(page, query);
    const { data, errors } = answer as {
        data?: { uiapi: { query: Record<string, { edges: { node: Record<string, unknown> }[] }> } };
        errors?: { message: string }[];
    };
    if (!data) {
        throw new Error(`the query was refused: ${JSON.stringify(errors)}`);
    }
    return Object.fromEntries(
        Object.entries(data.uiapi.query).map(([object, connection]) => [object, connection.edges])
    );
}

test.describe('a hostile customer calling the UI API directly', () => {
    test.beforeEach(async ({ page }) => {
        await page.goto('/');
        await seedOtherCustomer(page);
    });

    test('a customer whose support lapsed cannot create a PIN', async ({ page }) => {
        await page.getByLabel('Demo customer').selectOption('notCovered');
        await expectRefused(
            page,
            'createRecord',
            pin(A_PIN),
            'No PIN: your support licenses do not cover your user licenses.'
        );
        // Control: covered again, the same request goes through.
        await page.getByLabel('Demo customer').selectOption('covered');
        await expectAccepted(page, 'createRecord', pin(A_PIN));
    });

    test('forged account, contact or product: fields the customer cannot write', async ({ page }) => {
        for (const [index, [field, value]] of [
            ['Account__c', '001OTHER000000001A'],
            ['Contact__c', '003OTHER000000001A'],
            ['Product__c', 'Secret Server Cloud']
        ].entries()) {
            const request = { PIN__c: `4821093${index}`, Kind__c: 'Standard' };
            await expectRefused(
                page,
                'createRecord',
                pin({ ...request, [field]: value }),
                `Unable to create/update fields: Support_PIN__c.${field}.`
            );
            await expectAccepted(page, 'createRecord', pin(request));
        }
    });

    test('forged issue and expiry times', async ({ page }) => {
        const now = Date.now();
        await expectRefused(
            page,
            'createRecord',
            pin({
                ...A_PIN,
                Issued_At__c: new Date(now).toISOString(),
                Expires_At__c: new Date(now + 365 * 24 * HOUR).toISOString()
            }),
            /Unable to create\/update fields: Support_PIN__c\.(Issued_At__c|Expires_At__c)/
        );
        await expectAccepted(page, 'createRecord', pin(A_PIN));
    });

    test('a privileged PIN for a Secret Server (on-premises) account', async ({ page }) => {
        await expectRefused(
            page,
            'createRecord',
            pin({ PIN__c: 'p7k3m9q2xa0bc', Kind__c: 'Privileged' }),
            'Privileged PINs are for Secret Server Cloud customers only.'
        );
        // Control: the same request from a Secret Server Cloud account goes through.
        await page.getByLabel('Demo customer').selectOption('cloud');
        await expectAccepted(page, 'createRecord', pin({ PIN__c: 'p7k3m9q2xa0bc', Kind__c: 'Privileged' }));
    });

    test('a privileged PIN from a contact the company did not authorize, and forging the authorization', async ({
        page
    }) => {
        await page.getByLabel('Demo customer').selectOption('cloud');
        // Thycotic took Dana's authorization away (as the engineer's Contact edit would).
        const setAuthorized = (value: boolean) =>
            page.evaluate(
                ({ key, value }) => {
                    const state = JSON.parse(window.localStorage.getItem(key) ?? '{}');
                    state.records.Contact[0].Privileged_Access__c = value;
                    window.localStorage.setItem(key, JSON.stringify(state));
                },
                { key: ORG_KEY, value }
            );
        await setAuthorized(false);
        await page.reload();
        const privileged = pin({ PIN__c: 'p7k3m9q2xa0bc', Kind__c: 'Privileged' });
        await expectRefused(page, 'createRecord', privileged, 'Only the people your company authorized can issue');
        // She cannot authorize herself: her contact record is not hers to edit (the sharing set grants read), so
        // the flag and her phone alike are refused by record access; should an org's sharing grant edit, the
        // validation rule Privileged_Access_Kept_By_Thycotic still refuses the flag (validationRules.test.mjs).
        for (const change of [{ Privileged_Access__c: true }, { Phone: '+1 202 555 0199' }]) {
            await expectRefused(
                page,
                'updateRecord',
                { fields: { Id: '003DEMO0000000001AAA', ...change } },
                'insufficient access rights on object id'
            );
        }
        // Control: authorized again by Thycotic, the same request goes through.
        await setAuthorized(true);
        await page.reload();
        await expectAccepted(page, 'createRecord', privileged);
    });

    test('weak PIN values chosen by hand', async ({ page }) => {
        await expectRefused(
            page,
            'createRecord',
            pin({ PIN__c: '00000000', Kind__c: 'Standard' }),
            'This PIN is too easy to guess.'
        );
        await expectRefused(
            page,
            'createRecord',
            pin({ PIN__c: '12345678', Kind__c: 'Standard' }),
            'This PIN is too easy to guess.'
        );
        await page.getByLabel('Demo customer').selectOption('cloud');
        await expectRefused(
            page,
            'createRecord',
            pin({ PIN__c: 'p000000000000', Kind__c: 'Privileged' }),
            'This PIN is too easy to guess.'
        );
        // Control: values nobody could guess, of the same kinds, go through.
        await expectAccepted(page, 'createRecord', pin({ PIN__c: 'p7k3m9q2xa0bc', Kind__c: 'Privileged' }));
        await expectAccepted(page, 'createRecord', pin({ PIN__c: '48210937', Kind__c: 'Standard' }));
    });

    test("another customer's PIN value tells nothing: it is not taken for this company", async ({ page }) => {
        // Globex holds 55501234: for Acme it is a value like any other, so a guess learns nothing.
        await expectAccepted(page, 'createRecord', pin({ PIN__c: '55501234', Kind__c: 'Standard' }));
        // Control: the company's own value is refused, in words that name no record.
        const messages = await attempt(page, 'createRecord', pin({ PIN__c: '55501234', Kind__c: 'Standard' }));
        expect(messages).toEqual(['That PIN cannot be used. Try again for a new one.']);
        expect(messages.join(' ')).not.toMatch(/a02|Globex|duplicate/i);
    });

    test('guessing PIN values costs as much as issuing PINs: each refused value counts', async ({ page }) => {
        const refusals = async () => ((await records(page)).Support_PIN_Refusal__c ?? []).length;
        await expectAccepted(page, 'createRecord', pin(A_PIN));
        // Eight refused guesses: nothing stored but the refusals, which outlive the refused saves.
        const pins = async () => ((await records(page)).Support_PIN__c ?? []).length;
        const pinsBefore = await pins();
        for (let i = 0; i < 8; i++) {
            expect(await attempt(page, 'createRecord', pin(A_PIN))).toEqual([
                'That PIN cannot be used. Try again for a new one.'
            ]);
        }
        expect(await pins()).toBe(pinsBefore);
        expect(await refusals()).toBe(8);
        // One PIN and eight refusals leave room for one more PIN: the tenth attempt.
        await expectAccepted(page, 'createRecord', pin({ PIN__c: '48210938', Kind__c: 'Standard' }));
        await expectRefused(
            page,
            'createRecord',
            pin({ PIN__c: '48210939', Kind__c: 'Standard' }),
            'too many PINs in the last 24 hours'
        );
    });

    test('more than 10 PINs in 24 hours', async ({ page }) => {
        for (let i = 0; i < 10; i++) {
            expect(
                await attempt(page, 'createRecord', pin({ PIN__c: `4821${String(1000 + i * 7)}`, Kind__c: 'Standard' }))
            ).toEqual([]);
        }
        await expectRefused(
            page,
            'createRecord',
            pin({ PIN__c: '48219999', Kind__c: 'Standard' }),
            'too many PINs in the last 24 hours'
        );
    });

    test('a second privileged PIN while one is active', async ({ page }) => {
        await page.getByLabel('Demo customer').selectOption('cloud');
        expect(await attempt(page, 'createRecord', pin({ PIN__c: 'p7k3m9q2xa0bc', Kind__c: 'Privileged' }))).toEqual(
            []
        );
        await expectRefused(
            page,
            'createRecord',
            pin({ PIN__c: 'p8k3m9q2xa0bd', Kind__c: 'Privileged' }),
            'already has an active privileged PIN'
        );
    });

    test("a case carrying another customer's PIN", async ({ page }) => {
        const withPin = (value: string) => ({
            apiName: 'Case',
            fields: { Subject: 'Help', Description: 'x', Severity__c: 'Severity 3', PIN_Entered__c: value }
        });
        await expectRefused(
            page,
            'createRecord',
            withPin('55501234'),
            'This PIN is not an active support PIN of your company.'
        );
        // Control: the same case with the company's own active PIN goes through.
        await expectAccepted(page, 'createRecord', pin(A_PIN));
        await expectAccepted(page, 'createRecord', withPin(A_PIN.PIN__c));
    });

    test('a colleague reads a PIN on a case: only whether one was given and valid, never the PIN', async ({ page }) => {
        // The PIN field itself is not the customer's to write or read: the PIN goes in PIN Entered, which the
        // flow Support_Case_Policy moves into PIN__c and clears.
        await expectRefused(
            page,
            'createRecord',
            { apiName: 'Case', fields: { Subject: 'Help', Description: 'x', Severity__c: 'Severity 3', PIN__c: '1' } },
            'Unable to create/update fields: Case.PIN__c'
        );
        await expectAccepted(page, 'createRecord', pin(A_PIN));
        await expectAccepted(page, 'createRecord', {
            apiName: 'Case',
            fields: {
                Subject: 'With my PIN',
                Description: 'x',
                Severity__c: 'Severity 3',
                PIN_Entered__c: A_PIN.PIN__c
            }
        });
        const stored = (await records(page)).Case.find((c) => c.Subject === 'With my PIN');
        expect(stored).toMatchObject({ PIN__c: A_PIN.PIN__c, PIN_Check__c: 'Verified' });
        expect(stored?.PIN_Entered__c ?? null).toBeNull();
        // Reading the case as any customer of the company: PIN__c is not theirs to read; PIN Check is (the control).
        const refused = await askGraphql(
            page,
            'query q { uiapi { query { Case(first: 200) { edges { node { Subject { value } PIN__c { value } } } } } } }'
        );
        expect(JSON.stringify(refused)).toContain('PIN__c');
        expect(refused.data ?? null).toBeNull();
        const seen = await read(
            page,
            'query q { uiapi { query { Case(first: 200) { edges { node { Subject { value } PIN_Check__c { value } PIN_Entered__c { value } } } } } } }'
        );
        expect(
            seen.Case.map((e) => e.node).find((n) => (n.Subject as { value: string }).value === 'With my PIN')
        ).toEqual({
            Subject: { value: 'With my PIN' },
            PIN_Check__c: { value: 'Verified' },
            PIN_Entered__c: { value: null }
        });
    });

    test("a case filed for another customer's contact", async ({ page }) => {
        await expectRefused(
            page,
            'createRecord',
            {
                apiName: 'Case',
                fields: {
                    Subject: 'Help',
                    Description: 'x',
                    Severity__c: 'Severity 3',
                    ContactId: '003OTHER000000001A'
                }
            },
            'insufficient access rights on cross-reference id'
        );
        // Control: naming a contact the customer can see goes through, and the flow files it as theirs.
        await expectAccepted(page, 'createRecord', {
            apiName: 'Case',
            fields: { Subject: 'Help', Description: 'x', Severity__c: 'Severity 3', ContactId: '003DEMO0000000001AAA' }
        });
        const filed = (await records(page)).Case.find((c) => c.Subject === 'Help');
        expect(filed).toMatchObject({ ContactId: '003DEMO0000000001AAA', AccountId: '001DEMO0000000001AAA' });
    });

    test('a portal case pretending to be an email case', async ({ page }) => {
        const emailLike = {
            Subject: 'PIN 55501234 reset our admin password',
            Description: 'x',
            Severity__c: 'Severity 3',
            Origin: 'Email',
            Status: 'Closed',
            SuppliedEmail: 'hank@globex.example'
        };
        // The verdict of the email flow is the server's: no one writes it.
        await expectRefused(
            page,
            'createRecord',
            { apiName: 'Case', fields: { ...emailLike, PIN_Check__c: 'Verified' } },
            'Unable to create/update fields: Case.PIN_Check__c'
        );
        // The rest goes through as a portal case: Web, New, the customer's, with no Web Email and PIN
        // Check No PIN (the email flow never runs for a portal user; no PIN was given).
        await expectAccepted(page, 'createRecord', { apiName: 'Case', fields: emailLike });
        const filed = (await records(page)).Case.find((c) => c.Subject === emailLike.Subject);
        expect(filed).toMatchObject({
            Origin: 'Web',
            Status: 'New',
            SuppliedEmail: null,
            PIN_Check__c: 'No PIN',
            ContactId: '003DEMO0000000001AAA',
            AccountId: '001DEMO0000000001AAA'
        });
        expect(filed?.PIN__c ?? null).toBeNull();
    });

    test('a private key in a case or a message, even posing as an email case', async ({ page }) => {
        const key = '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END OPENSSH PRIVATE KEY-----';
        const filed = { Subject: 'SSH login fails', Severity__c: 'Severity 3' };
        for (const fields of [
            { ...filed, Description: `Our key:\n${key}` },
            { ...filed, Description: 'x', Subject: key },
            // The portal case is stamped Web before the rule runs: Origin Email from a browser gains nothing.
            { ...filed, Description: key, Origin: 'Email' }
        ]) {
            await expectRefused(page, 'createRecord', { apiName: 'Case', fields }, 'This case contains a private key');
        }
        await expectRefused(
            page,
            'createRecord',
            {
                apiName: 'Case_Message__c',
                fields: { Case__c: '500DEMO0000000001AAA', Action__c: 'Reply', Body__c: key }
            },
            'This message contains a private key'
        );
        // Controls: the same case and reply with the key's public half named, not pasted.
        await expectAccepted(page, 'createRecord', {
            apiName: 'Case',
            fields: { ...filed, Description: 'The private key is on the server; the public key is ssh-ed25519 AAAAC3' }
        });
        await expectAccepted(page, 'createRecord', {
            apiName: 'Case_Message__c',
            fields: { Case__c: '500DEMO0000000001AAA', Action__c: 'Reply', Body__c: 'Key rotated, no luck.' }
        });
    });

    test('a file of an active type posted past the uploader: refused by the ContentVersion rule', async ({ page }) => {
        const ownCase = '500DEMO0000000001AAA';
        // The uploader's accept list never offers these; the upload itself is what the org refuses.
        for (const name of ['status.html', 'diagram.SVG', 'fix.js', 'setup.exe', 'page.htm. ']) {
            await expectRefused(
                page,
                'uploadFile',
                { recordId: ownCase, name, size: 120 },
                'This type of file cannot be added to a case'
            );
        }
        // Control: the same upload of a log file goes through and is stored as a version of the case's file.
        await expectAccepted(page, 'uploadFile', { recordId: ownCase, name: 'collector.log', size: 120 });
        const stored = (await records(page)).ContentVersion ?? [];
        expect(
            stored.filter((version) => version.FirstPublishLocationId === ownCase).map((v) => v.PathOnClient)
        ).toContain('collector.log');
    });

    test('markup in a subject, a description and a reply is shown as text, never run', async ({ page }) => {
        const markup = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script><b>bold</b>';
        await expectAccepted(page, 'createRecord', {
            apiName: 'Case',
            fields: { Subject: `Subject ${markup}`, Description: `Description ${markup}`, Severity__c: 'Severity 3' }
        });
        const filed = (await records(page)).Case.find((c) => String(c.Subject).startsWith('Subject ')) as {
            Id: string;
        };
        await expectAccepted(page, 'createRecord', {
            apiName: 'Case_Message__c',
            fields: { Case__c: filed.Id, Action__c: 'Reply', Body__c: `Reply ${markup}` }
        });
        for (const path of ['/cases', `/case/${filed.Id}`]) {
            await page.goto(path);
            // The portal's page (the preview bar's Sent emails holds the owner's email of the reply).
            const portal = page.locator('.site-main');
            await expect(portal.getByText(`Subject ${markup}`).first()).toBeVisible();
            if (path !== '/cases') {
                await expect(portal.getByText(`Reply ${markup}`)).toBeVisible();
            }
            // Nothing the customer wrote became an element: no image, no script ran, no bold text,
            // on the portal nor in the email the reply sent to the case's owner.
            for (const tag of ['img', 'script', 'b']) {
                await expect(
                    page.locator(
                        `c-support-case-list ${tag}, c-support-case-detail ${tag}, c-support-case-conversation ${tag}, preview-sent-emails ${tag}`
                    )
                ).toHaveCount(0);
            }
            expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
        }
    });

    test('a Severity 1 case', async ({ page }) => {
        await expectRefused(
            page,
            'createRecord',
            { apiName: 'Case', fields: { Subject: 'Down', Description: 'x', Severity__c: 'Severity 1' } },
            'Severity 1 issues must be reported by phone.'
        );
        await expectAccepted(page, 'createRecord', {
            apiName: 'Case',
            fields: { Subject: 'Down', Description: 'x', Severity__c: 'Severity 2' }
        });
    });

    test('changing the entitlement data: user licenses, product, support licenses', async ({ page }) => {
        await expectRefused(
            page,
            'updateRecord',
            { fields: { Id: '001DEMO0000000001AAA', User_Licenses__c: 1 } },
            "You don't have permission to edit this Account."
        );
        await expectRefused(
            page,
            'createRecord',
            {
                apiName: 'Support_License__c',
                fields: { Account__c: '001DEMO0000000001AAA', Quantity__c: 100, Issued_On__c: '2026-11-01' }
            },
            "You don't have permission to create Support License records."
        );
        // Control: the customer reads both, so what refuses them is the missing permission (the
        // profile reads accounts; no set writes accounts or licenses), not their visibility.
        const seen = await read(
            page,
            'query q { uiapi { query { Account { edges { node { Id User_Licenses__c { value } } } } Support_License__c { edges { node { Id } } } } } }'
        );
        expect(seen.Account.map((e) => e.node.Id)).toEqual(['001DEMO0000000001AAA']);
        expect(seen.Support_License__c.length).toBeGreaterThan(0);
    });

    test('changing or deleting an issued PIN', async ({ page }) => {
        expect(await attempt(page, 'createRecord', pin(A_PIN))).toEqual([]);
        const mine = (await records(page)).Support_PIN__c.find((p) => p.PIN__c === A_PIN.PIN__c) as { Id: string };
        await expectRefused(
            page,
            'updateRecord',
            { fields: { Id: mine.Id, Expires_At__c: new Date(Date.now() + 30 * 24 * HOUR).toISOString() } },
            "You don't have permission to edit this Support PIN."
        );
        await expectRefused(page, 'deleteRecord', mine.Id, "You don't have permission to delete this Support PIN.");
        // Control: the PIN is the customer's and they read it: the refusal is the missing edit and delete.
        const seen = await read(page, 'query q { uiapi { query { Support_PIN__c { edges { node { Id } } } } } }');
        expect(seen.Support_PIN__c.map((e) => e.node.Id)).toContain(mine.Id);
    });

    test("reading another customer's PIN or account finds nothing", async ({ page }) => {
        // Control first: the customer's own PIN is found by the same query.
        await expectAccepted(page, 'createRecord', pin(A_PIN));
        const seen = await read(
            page,
            'query q { uiapi { query { Support_PIN__c { edges { node { Id PIN__c { value } } } } Account { edges { node { Id } } } } } }'
        );
        // Hers and her colleague Walter's (the company's ledger), never Globex's 55501234.
        expect(seen.Support_PIN__c.map((e) => (e.node.PIN__c as { value: string }).value).sort()).toEqual(
            [A_PIN.PIN__c, WALTER_PIN_VALUE].sort()
        );
        expect(seen.Account.map((e) => e.node.Id)).toEqual(['001DEMO0000000001AAA']);
    });

    test('an honest PIN still works, stamped by the server', async ({ page }) => {
        expect(await attempt(page, 'createRecord', pin(A_PIN))).toEqual([]);
        const stored = (await records(page)).Support_PIN__c.find((p) => p.PIN__c === A_PIN.PIN__c);
        expect(stored).toMatchObject({
            Account__c: '001DEMO0000000001AAA',
            Contact__c: '003DEMO0000000001AAA',
            Product__c: 'Secret Server',
            Kind__c: 'Standard'
        });
        expect(Date.parse(String(stored?.Expires_At__c)) - Date.parse(String(stored?.Issued_At__c))).toBe(
            7 * 24 * HOUR
        );
    });

    test('a customer changes only their own language: not another user’s, not their email or username', async ({
        page
    }) => {
        await expectRefused(
            page,
            'updateRecord',
            { fields: { Id: '005OTHER000000001A', LanguageLocaleKey: 'de' } },
            /permission to edit this User|not found|does not exist/i
        );
        await expectRefused(
            page,
            'updateRecord',
            { fields: { Id: '005DEMO0000000001AAA', Email: 'attacker@evil.example' } },
            /Unable to create\/update fields: User\.Email/
        );
        await expectRefused(
            page,
            'updateRecord',
            { fields: { Id: '005DEMO0000000001AAA', LanguageLocaleKey: 'xx' } },
            /bad value for restricted picklist|LanguageLocaleKey/i
        );
        expect(
            await attempt(page, 'updateRecord', { fields: { Id: '005DEMO0000000001AAA', LanguageLocaleKey: 'de' } })
        ).toEqual([]);
    });

    test.describe('on email choices (each customer’s own, on their own User record)', () => {
        const DANA_USER = '005DEMO0000000001AAA';
        const WALTER_USER = '005DEMO0000000002AAA';
        const GLOBEX_USER = '005OTHER000000001A';
        const off = (id: string) => ({
            fields: { Id: id, No_Reply_Emails__c: true, No_Waiting_Emails__c: true, No_Closed_Emails__c: true }
        });
        const userRecord = async (page: Page, id: string) =>
            ((await records(page)).User.find((u) => u.Id === id) ?? {}) as Record<string, unknown>;

        test('changing a colleague’s or another company’s customer’s choices: refused, nothing written', async ({
            page
        }) => {
            for (const id of [WALTER_USER, GLOBEX_USER]) {
                await expectRefused(
                    page,
                    'updateRecord',
                    off(id),
                    /permission to edit this User|not found|does not exist/i
                );
                expect(await userRecord(page, id)).not.toMatchObject({ No_Reply_Emails__c: true });
            }
            // Control: the same request on her own record goes through.
            await expectAccepted(page, 'updateRecord', off(DANA_USER));
            expect(await userRecord(page, DANA_USER)).toMatchObject({
                No_Reply_Emails__c: true,
                No_Waiting_Emails__c: true,
                No_Closed_Emails__c: true
            });
        });
    });

    test.describe('on the conversation of a case', () => {
        const message = (fields: Record<string, unknown>) => ({
            apiName: 'Case_Message__c',
            fields: { Action__c: 'Reply', Body__c: 'Hello', ...fields }
        });
        const OWN_OPEN_CASE = '500DEMO0000000001AAA';
        const OWN_CASE_CLOSED_33_DAYS_AGO = '500DEMO0000000002AAA';

        test("a message on another customer's case", async ({ page }) => {
            await expectRefused(
                page,
                'createRecord',
                message({ Case__c: '500OTHER000000001A' }),
                'insufficient access rights on cross-reference id'
            );
            await expectAccepted(page, 'createRecord', message({ Case__c: OWN_OPEN_CASE }));
        });

        test('posing as Thycotic Support, or as someone else', async ({ page }) => {
            for (const forged of [
                { From_Support__c: true },
                { Author_Name__c: 'Fox Mulder' },
                { CreatedById: '005DEMOOWNER00001AAA' }
            ]) {
                await expectRefused(
                    page,
                    'createRecord',
                    message({ Case__c: OWN_OPEN_CASE, ...forged }),
                    'Unable to create/update fields'
                );
            }
            // Control: the honest message goes through, and who wrote it is the server's to say (formulas
            // on the user the platform records as its creator): the customer, not Thycotic Support.
            await expectAccepted(page, 'createRecord', message({ Case__c: OWN_OPEN_CASE, Body__c: 'Honest' }));
            const seen = await read(
                page,
                'query q { uiapi { query { Case_Message__c(first: 200) { edges { node { Body__c { value } From_Support__c { value } Author_Name__c { value } } } } } } }'
            );
            expect(
                seen.Case_Message__c.map((e) => e.node).filter(
                    (node) => (node.Body__c as { value: string }).value === 'Honest'
                )
            ).toEqual([
                {
                    Body__c: { value: 'Honest' },
                    From_Support__c: { value: false },
                    Author_Name__c: { value: 'Dana Scully' }
                }
            ]);
        });

        test("closing a colleague's case the company sharing shows", async ({ page }) => {
            await expectRefused(
                page,
                'createRecord',
                message({ Case__c: '500COLLEAGUE00001A', Action__c: 'Close' }),
                'Only the person who filed this case can close or reopen it.'
            );
            // Control: the same request on a case the customer filed goes through.
            await expectAccepted(page, 'createRecord', message({ Case__c: OWN_OPEN_CASE, Action__c: 'Close' }));
        });

        test('reopening a case closed longer ago than the admin allows', async ({ page }) => {
            await expectRefused(
                page,
                'createRecord',
                message({ Case__c: OWN_CASE_CLOSED_33_DAYS_AGO, Action__c: 'Reopen' }),
                'This case was closed too long ago to reopen.'
            );
            // Control: a case closed just now reopens.
            await expectAccepted(page, 'createRecord', message({ Case__c: OWN_OPEN_CASE, Action__c: 'Close' }));
            await expectAccepted(page, 'createRecord', message({ Case__c: OWN_OPEN_CASE, Action__c: 'Reopen' }));
        });

        test('closing a closed case, reopening an open one, replying on a closed one, an empty reply', async ({
            page
        }) => {
            await expectRefused(
                page,
                'createRecord',
                message({ Case__c: OWN_CASE_CLOSED_33_DAYS_AGO, Action__c: 'Close' }),
                'This case is already closed.'
            );
            await expectRefused(
                page,
                'createRecord',
                message({ Case__c: OWN_OPEN_CASE, Action__c: 'Reopen' }),
                'This case is open.'
            );
            await expectRefused(
                page,
                'createRecord',
                message({ Case__c: OWN_CASE_CLOSED_33_DAYS_AGO }),
                'This case is closed. Reopen it to reply'
            );
            await expectRefused(
                page,
                'createRecord',
                message({ Case__c: OWN_OPEN_CASE, Body__c: '' }),
                'Write your reply before sending it.'
            );
            // Controls: a reply with words on an open case, closing an open one, reopening a recently closed one.
            await expectAccepted(page, 'createRecord', message({ Case__c: OWN_OPEN_CASE }));
            await expectAccepted(page, 'createRecord', message({ Case__c: OWN_OPEN_CASE, Action__c: 'Close' }));
            await expectAccepted(page, 'createRecord', message({ Case__c: OWN_OPEN_CASE, Action__c: 'Reopen' }));
        });

        test('a flood of messages: the hourly most the admin sets, then a refusal in words', async ({ page }) => {
            // Support_Case_Message_Limit counts the user's messages of the last hour (Max_Messages_Per_Hour__c, 20):
            // the first 20 are the control, the 21st is refused by that flow.
            for (let sent = 0; sent < 20; sent++) {
                await expectAccepted(page, 'createRecord', message({ Case__c: OWN_OPEN_CASE, Body__c: `Log ${sent}` }));
            }
            await expectRefused(
                page,
                'createRecord',
                message({ Case__c: OWN_OPEN_CASE, Body__c: 'One more' }),
                'You have sent many messages on your cases in the last hour.'
            );
        });

        test('changing a case or a sent message directly', async ({ page }) => {
            // A case the customer filed is theirs (they own it) and the profile may grant Case edit:
            // only the rule that cases change through their conversation stands in the way.
            await expectAccepted(page, 'createRecord', {
                apiName: 'Case',
                fields: { Subject: 'Mine', Description: 'x', Severity__c: 'Severity 3' }
            });
            const mine = (await records(page)).Case.find((c) => c.Subject === 'Mine') as { Id: string };
            for (const forged of [
                { Status: 'Closed' },
                { Severity__c: 'Severity 2' },
                { ContactId: '003DEMO0000000001AAA', Subject: 'Renamed' },
                { Origin: 'Email' }
            ]) {
                await expectRefused(
                    page,
                    'updateRecord',
                    { fields: { Id: mine.Id, ...forged } },
                    'Cases are changed through their conversation'
                );
            }
            // A case the company's sharing only shows (read-only): refused by record access.
            await expectRefused(
                page,
                'updateRecord',
                { fields: { Id: OWN_OPEN_CASE, Status: 'Closed' } },
                'insufficient access rights on object id'
            );
            // Control: the same change through the conversation goes through.
            await expectAccepted(page, 'createRecord', message({ Case__c: mine.Id, Action__c: 'Close' }));
            expect((await records(page)).Case.find((c) => c.Id === mine.Id)).toMatchObject({ Status: 'Closed' });
            await expectRefused(
                page,
                'updateRecord',
                { fields: { Id: 'a03DEMO0000000002AAA', Body__c: 'We will refund you.' } },
                "You don't have permission to edit this Case Message."
            );
            await expectRefused(
                page,
                'deleteRecord',
                'a03DEMO0000000002AAA',
                "You don't have permission to delete this Case Message."
            );
        });
    });
    test.describe('on read state (who opened which case when)', () => {
        const OWN_OPEN_CASE = '500DEMO0000000001AAA';
        const readRow = (fields: Record<string, unknown>) => ({ apiName: 'Case_Read__c', fields });
        const readsQuery =
            'query q { uiapi { query { Case_Read__c(first: 200) { edges { node { Case__c { value } OwnerId { value } Read_At__c { value } } } } } } }';

        test('a second read row for the same case', async ({ page }) => {
            // Control: the first is filed, its time the server's.
            await expectAccepted(
                page,
                'createRecord',
                readRow({ Case__c: OWN_OPEN_CASE, Read_At__c: '2099-01-01T00:00:00.000Z' })
            );
            const [row] = (await read(page, readsQuery)).Case_Read__c;
            expect(Date.parse((row.node.Read_At__c as { value: string }).value)).toBeLessThan(Date.parse('2099-01-01'));
            await expectRefused(
                page,
                'createRecord',
                readRow({ Case__c: OWN_OPEN_CASE }),
                /duplicate value found: Key__c/
            );
        });

        test("a read row on another company's case", async ({ page }) => {
            await expectRefused(
                page,
                'createRecord',
                readRow({ Case__c: '500OTHER000000001AAA' }),
                'insufficient access rights on cross-reference id'
            );
            await expectAccepted(page, 'createRecord', readRow({ Case__c: OWN_OPEN_CASE }));
        });

        test("a colleague's read rows are his alone", async ({ page }) => {
            await signInAs(page, 'walter');
            await expectAccepted(page, 'createRecord', readRow({ Case__c: OWN_OPEN_CASE }));
            await signInAs(page, 'dana');
            expect((await read(page, readsQuery)).Case_Read__c).toEqual([]);
            // Control: her own row she reads.
            await expectAccepted(page, 'createRecord', readRow({ Case__c: OWN_OPEN_CASE }));
            const mine = (await read(page, readsQuery)).Case_Read__c;
            expect(mine.map((e) => (e.node.OwnerId as { value: string }).value)).toEqual(['005DEMO0000000001AAA']);
        });

        test('writing when Thycotic last replied', async ({ page }) => {
            await expectRefused(
                page,
                'updateRecord',
                { fields: { Id: OWN_OPEN_CASE, Last_Support_Reply_At__c: '2099-01-01T00:00:00.000Z' } },
                /./
            );
            // Control: the customer reads it (the Cases tab needs it), and it is unchanged.
            const cases = (
                await read(
                    page,
                    `query q { uiapi { query { Case(where: { Id: { eq: "${OWN_OPEN_CASE}" } }) { edges { node { Last_Support_Reply_At__c { value } } } } } } }`
                )
            ).Case;
            expect((cases[0].node.Last_Support_Reply_At__c as { value: string | null }).value).not.toBe(
                '2099-01-01T00:00:00.000Z'
            );
        });
    });

    test.describe('on who follows a case (the case’s contact adds colleagues, the server holds who and how many)', () => {
        const DANAS_CASE = '500DEMO0000000001AAA';
        const WALTER_CONTACT = '003DEMO0000000002AAA';
        const follower = (fields: Record<string, unknown>) => ({ apiName: 'Case_Follower__c', fields });
        const walterOnDanasCase = follower({ Case__c: DANAS_CASE, Contact__c: WALTER_CONTACT });
        /** Acme colleagues added straight to the stored org (the demo seeds two people): `login` gives each an active portal user. */
        async function seedColleagues(page: Page, count: number, { login }: { login: boolean }): Promise<string[]> {
            const ids = await page.evaluate(
                ({ key, count, login }) => {
                    const state = JSON.parse(window.localStorage.getItem(key) ?? '{}');
                    const ids: string[] = [];
                    for (let i = 0; i < count; i++) {
                        const id = `003ACMETEST${String(i).padStart(5, '0')}AA`;
                        ids.push(id);
                        state.records.Contact.push({
                            Id: id,
                            FirstName: 'Colleague',
                            LastName: `Number ${i}`,
                            Name: `Colleague Number ${i}`,
                            Email: `colleague${i}@acme.example`,
                            AccountId: '001DEMO0000000001AAA'
                        });
                        if (login) {
                            state.records.User.push({
                                Id: `005ACMETEST${String(i).padStart(5, '0')}AA`,
                                Username: `colleague${i}@acme.example.portal`,
                                Name: `Colleague Number ${i}`,
                                LastName: `Number ${i}`,
                                Email: `colleague${i}@acme.example`,
                                LanguageLocaleKey: 'en_US',
                                IsActive: true,
                                ContactId: id,
                                AccountId: '001DEMO0000000001AAA'
                            });
                        }
                    }
                    window.localStorage.setItem(key, JSON.stringify(state));
                    return ids;
                },
                { key: ORG_KEY, count, login }
            );
            await page.reload();
            return ids;
        }
        const stored = async (page: Page) => (await records(page)).Case_Follower__c ?? [];

        test('a colleague adds himself to a case that is not his', async ({ page }) => {
            await signInAs(page, 'walter');
            await expectRefused(
                page,
                'createRecord',
                walterOnDanasCase,
                "Only the case's contact can add followers to it."
            );
            // Control: the case's contact adds him.
            await signInAs(page, 'dana');
            await expectAccepted(page, 'createRecord', walterOnDanasCase);
        });

        test('forging who follows: the follower’s user is the server’s to stamp', async ({ page }) => {
            await expectRefused(
                page,
                'createRecord',
                follower({ Case__c: DANAS_CASE, Contact__c: WALTER_CONTACT, Follower__c: '005DEMO0000000001AAA' }),
                /Case_Follower__c\.Follower__c/
            );
            // Control: without it, the row follows Walter's own portal user.
            await expectAccepted(page, 'createRecord', walterOnDanasCase);
            expect((await stored(page)).map((row) => row.Follower__c)).toEqual(['005DEMO0000000002AAA']);
        });

        test("following another company's case, or adding another company's contact", async ({ page }) => {
            await expectRefused(
                page,
                'createRecord',
                follower({ Case__c: '500OTHER000000001A', Contact__c: WALTER_CONTACT }),
                'insufficient access rights on cross-reference id'
            );
            await expectRefused(
                page,
                'createRecord',
                follower({ Case__c: DANAS_CASE, Contact__c: '003OTHER000000001A' }),
                /insufficient access rights on cross-reference id|Only a colleague at the case's company/
            );
            await expectAccepted(page, 'createRecord', walterOnDanasCase);
        });

        test('a colleague without a portal login, and the case’s contact herself', async ({ page }) => {
            const [noLogin] = await seedColleagues(page, 1, { login: false });
            await expectRefused(
                page,
                'createRecord',
                follower({ Case__c: DANAS_CASE, Contact__c: noLogin }),
                'This colleague does not sign in to the Support Portal, so they cannot follow a case.'
            );
            await expectRefused(
                page,
                'createRecord',
                follower({ Case__c: DANAS_CASE, Contact__c: '003DEMO0000000001AAA' }),
                "The case's contact already gets its emails."
            );
            await expectAccepted(page, 'createRecord', walterOnDanasCase);
        });

        test('the same colleague twice, and changing who follows', async ({ page }) => {
            await expectAccepted(page, 'createRecord', walterOnDanasCase);
            await expectRefused(page, 'createRecord', walterOnDanasCase, /duplicate value found: Key__c/);
            const [other] = await seedColleagues(page, 1, { login: true });
            const [row] = await stored(page);
            await expectRefused(
                page,
                'updateRecord',
                { fields: { Id: row.Id, Contact__c: other } },
                'A follower cannot be changed: remove them and add the colleague instead.'
            );
            // Control: another colleague is added as a row of their own.
            await expectAccepted(page, 'createRecord', follower({ Case__c: DANAS_CASE, Contact__c: other }));
        });

        test('more followers than the setting allows (10)', async ({ page }) => {
            const colleagues = await seedColleagues(page, 10, { login: true });
            for (const id of colleagues.slice(0, 9)) {
                await expectAccepted(page, 'createRecord', follower({ Case__c: DANAS_CASE, Contact__c: id }));
            }
            // Control: the tenth is taken.
            await expectAccepted(page, 'createRecord', follower({ Case__c: DANAS_CASE, Contact__c: colleagues[9] }));
            await expectRefused(
                page,
                'createRecord',
                walterOnDanasCase,
                'This case has as many followers as it can have. Remove one to add another.'
            );
        });

        test('a colleague removes someone else from a case', async ({ page }) => {
            const [other] = await seedColleagues(page, 1, { login: true });
            await expectAccepted(page, 'createRecord', follower({ Case__c: DANAS_CASE, Contact__c: other }));
            await expectAccepted(page, 'createRecord', walterOnDanasCase);
            const rows = await stored(page);
            const othersRow = rows.find((row) => row.Contact__c === other) as { Id: string };
            const waltersRow = rows.find((row) => row.Contact__c === WALTER_CONTACT) as { Id: string };
            await signInAs(page, 'walter');
            await expectRefused(
                page,
                'deleteRecord',
                othersRow.Id,
                "Only the case's contact or the follower can remove a follower."
            );
            // Controls: he stops following himself; the case's contact removes the other.
            await expectAccepted(page, 'deleteRecord', waltersRow.Id);
            await signInAs(page, 'dana');
            await expectAccepted(page, 'deleteRecord', othersRow.Id);
            expect(await stored(page)).toEqual([]);
        });
    });

    test.describe('on the article suggestion records the admin reports deflection from', () => {
        const suggestion = (fields: Record<string, unknown>) => ({
            apiName: 'Article_Suggestion__c',
            fields: {
                Outcome__c: 'Answered',
                Where__c: 'Create_a_Case',
                Suggested_Articles__c: '000001001 000001002',
                Suggestions_Shown__c: 2,
                Articles_Opened__c: 1,
                ...fields
            }
        });

        test('inflated counts, or an answer naming an article that was not suggested', async ({ page }) => {
            // Control first: the honest record goes through.
            await expectAccepted(page, 'createRecord', suggestion({ Answering_Article__c: '000001002' }));
            await expectRefused(
                page,
                'createRecord',
                suggestion({ Suggestions_Shown__c: 9 }),
                'Between 1 and 5 articles are shown.'
            );
            await expectRefused(
                page,
                'createRecord',
                suggestion({ Articles_Opened__c: 3 }),
                'The articles opened must be between 0 and the number shown.'
            );
            await expectRefused(
                page,
                'createRecord',
                suggestion({ Answering_Article__c: '000001009' }),
                'The answering article must be one of the suggested articles.'
            );
            await expectRefused(
                page,
                'createRecord',
                suggestion({ Outcome__c: 'Not_Answered', Answering_Article__c: '000001001' }),
                'An answering article is recorded only when an article answered the question.'
            );
            await expectRefused(
                page,
                'createRecord',
                suggestion({ Outcome__c: 'Deflected' }),
                /bad value for restricted picklist|Outcome__c/i
            );
        });

        test('a flood of suggestion records: the hourly most the admin sets, then a refusal', async ({ page }) => {
            // Support_Article_Suggestion_Limit (Max_Suggestion_Records_Per_Hour__c, 30): 30 go through, the 31st is refused.
            for (let recorded = 0; recorded < 30; recorded++) {
                await expectAccepted(page, 'createRecord', suggestion({ Outcome__c: 'Not_Answered' }));
            }
            await expectRefused(
                page,
                'createRecord',
                suggestion({ Outcome__c: 'Not_Answered' }),
                'too many were recorded in the last hour'
            );
        });

        test('an honest answer is recorded, and then neither changed nor deleted', async ({ page }) => {
            expect(await attempt(page, 'createRecord', suggestion({ Answering_Article__c: '000001002' }))).toEqual([]);
            const [mine] = (await records(page)).Article_Suggestion__c as { Id: string }[];
            await expectRefused(
                page,
                'updateRecord',
                { fields: { Id: mine.Id, Outcome__c: 'Skipped' } },
                /permission to edit/
            );
            await expectRefused(page, 'deleteRecord', mine.Id, /permission to delete/);
        });
    });

    test.describe('on who may grant privileged access (the support admin keeps it, the server holds it)', () => {
        const DANA = '003DEMO0000000001AAA';
        const WALTER = '003DEMO0000000002AAA';
        const GLOBEX_CONTACT = '003OTHER000000001A';
        const change = (contactId: string, grant: boolean) => ({
            apiName: 'Privileged_Access_Change__c',
            fields: { Contact__c: contactId, Grant__c: grant }
        });
        const NOT_ADMIN = "Only your company's support admin can change who may grant privileged access.";
        const contact = async (page: Page, id: string) =>
            ((await records(page)).Contact.find((c) => c.Id === id) ?? {}) as Record<string, unknown>;

        test('a colleague who is not the support admin files a change: refused in words', async ({ page }) => {
            await signInAs(page, 'walter');
            await expectRefused(page, 'createRecord', change(WALTER, true), NOT_ADMIN);
            await expectRefused(page, 'createRecord', change(DANA, false), NOT_ADMIN);
            // Control: the same change from Dana, Acme's support admin, is applied.
            await signInAs(page, 'dana');
            await expectAccepted(page, 'createRecord', change(WALTER, true));
            expect(await contact(page, WALTER)).toMatchObject({ Privileged_Access__c: true });
        });

        test("the support admin changes another company's contact: refused, nothing written", async ({ page }) => {
            await expectRefused(
                page,
                'createRecord',
                change(GLOBEX_CONTACT, true),
                /insufficient access rights on cross-reference id|That person is not at your company/
            );
            expect(await contact(page, GLOBEX_CONTACT)).not.toMatchObject({ Privileged_Access__c: true });
            // Nor can she read Globex's people: her company's only (Monica Reyes, '…3AAA', has no portal login).
            const seen = await read(
                page,
                'query q { uiapi { query { Contact(first: 200) { edges { node { Id } } } } } }'
            );
            expect(seen.Contact.map((e) => e.node.Id).sort()).toEqual([DANA, WALTER, '003DEMO0000000003AAA']);
            // Control: her colleague, by the same request.
            await expectAccepted(page, 'createRecord', change(WALTER, true));
        });

        test('a customer sets Privileged_Access__c or Support_Admin__c directly: refused', async ({ page }) => {
            await signInAs(page, 'walter');
            for (const fields of [
                { Privileged_Access__c: true },
                { Support_Admin__c: true },
                { Privileged_Access__c: true, Support_Admin__c: true }
            ]) {
                for (const id of [WALTER, DANA]) {
                    await expectRefused(
                        page,
                        'updateRecord',
                        { fields: { Id: id, ...fields } },
                        /insufficient access rights on object id|Unable to create\/update fields/
                    );
                }
            }
            // A new contact carrying either flag: customers do not create contacts through the portal's
            // permission set, and should a profile let them, the validation rules refuse it (validationRules.test.mjs).
            await expectRefused(
                page,
                'createRecord',
                { apiName: 'Contact', fields: { LastName: 'Forged', Support_Admin__c: true } },
                /Unable to create\/update fields|kept by Thycotic|permission/
            );
            // Control: through Dana's change, the flag is set by the server.
            await signInAs(page, 'dana');
            await expectAccepted(page, 'createRecord', change(WALTER, true));
            expect(await contact(page, WALTER)).toMatchObject({ Privileged_Access__c: true });
        });

        test('replaying an applied change: pointing a contact at it, or making it fresh, changes nothing', async ({
            page
        }) => {
            await expectAccepted(page, 'createRecord', change(WALTER, true));
            await expectAccepted(page, 'createRecord', change(WALTER, false));
            const [granting] = (await records(page)).Privileged_Access_Change__c as { Id: string }[];
            expect(await contact(page, WALTER)).toMatchObject({ Privileged_Access__c: false });
            // Walter points his contact at Dana's applied change that once allowed him.
            await signInAs(page, 'walter');
            await expectRefused(
                page,
                'updateRecord',
                { fields: { Id: WALTER, Privileged_Access__c: true, Privileged_Access_Change__c: granting.Id } },
                /insufficient access rights on object id|Unable to create\/update fields/
            );
            // Or makes the applied change fresh again: not his to see; Dana, who filed it, may not edit it.
            await expectRefused(
                page,
                'updateRecord',
                { fields: { Id: granting.Id, Applied_At__c: null } },
                /The requested resource does not exist/
            );
            await signInAs(page, 'dana');
            await expectRefused(
                page,
                'updateRecord',
                { fields: { Id: granting.Id, Applied_At__c: null } },
                /permission to edit/
            );
            expect(await contact(page, WALTER)).toMatchObject({ Privileged_Access__c: false });
            // Control: a fresh change by the support admin is applied.
            await expectAccepted(page, 'createRecord', change(WALTER, true));
            expect(await contact(page, WALTER)).toMatchObject({ Privileged_Access__c: true });
        });

        test("the admin's change through the request: applied by the server, stamped, pointed at", async ({ page }) => {
            // Forged server fields on the change itself are refused.
            await expectRefused(
                page,
                'createRecord',
                {
                    apiName: 'Privileged_Access_Change__c',
                    fields: { Contact__c: WALTER, Grant__c: true, Applied_At__c: null }
                },
                /Unable to create\/update fields: Privileged_Access_Change__c\.Applied_At__c/
            );
            await expectAccepted(page, 'createRecord', change(WALTER, true));
            const [applied] = (await records(page)).Privileged_Access_Change__c as Record<string, unknown>[];
            expect(applied).toMatchObject({ Contact__c: WALTER, Grant__c: true, CreatedById: '005DEMO0000000001AAA' });
            expect(Date.parse(String(applied.Applied_At__c))).toBeGreaterThan(Date.now() - 60_000);
            expect(await contact(page, WALTER)).toMatchObject({
                Privileged_Access__c: true,
                Privileged_Access_Change__c: applied.Id
            });
        });
    });

    test.describe('on the support access ledger (who at Thycotic used the company’s PINs, and ending one)', () => {
        const revocation = (pinId: string) => ({
            apiName: 'Support_PIN_Revocation__c',
            fields: { Support_PIN__c: pinId }
        });
        const NOT_AUTHORIZED = 'Only the people your company authorized can end support access.';
        const ENDED = 'This PIN has already ended';
        /** Dana issues a PIN, and answers its Id. */
        async function issue(page: Page): Promise<string> {
            await expectAccepted(page, 'createRecord', pin(A_PIN));
            return ((await records(page)).Support_PIN__c.find((p) => p.PIN__c === A_PIN.PIN__c) as { Id: string }).Id;
        }
        /** The stored PIN, by Id. */
        async function storedPin(page: Page, id: string): Promise<Record<string, unknown>> {
            return ((await records(page)).Support_PIN__c.find((p) => p.Id === id) ?? {}) as Record<string, unknown>;
        }

        test.beforeEach(async ({ page }) => {
            // Globex's verification of its own PIN: Thycotic's audit of another company.
            await page.evaluate((key) => {
                const state = JSON.parse(window.localStorage.getItem(key) ?? '{}');
                state.records.Support_PIN_Verification__c.push({
                    Id: 'a0VOTHER000000001A',
                    PIN_Entered__c: '55501234',
                    Verdict__c: 'Valid',
                    Support_PIN__c: 'a02OTHER000000001A',
                    Account__c: '001OTHER000000001A',
                    OwnerId: '005DEMOOWNER00001AAA',
                    CreatedById: '005DEMOOWNER00001AAA',
                    CreatedDate: new Date().toISOString()
                });
                window.localStorage.setItem(key, JSON.stringify(state));
            }, ORG_KEY);
            await page.reload();
        });

        test("reading another company's ledger: Globex's PINs and verifications are not there", async ({ page }) => {
            const seen = await read(
                page,
                'query q { uiapi { query { Support_PIN__c(first: 200) { edges { node { Id } } } Support_PIN_Verification__c(first: 200) { edges { node { Id Engineer_Name__c { value } } } } } } }'
            );
            // Control: the company's own ledger is read by the same query, a colleague's PIN and its verification included.
            expect(seen.Support_PIN__c.map((e) => e.node.Id)).toEqual([WALTER_PIN]);
            expect(seen.Support_PIN_Verification__c.map((e) => e.node)).toEqual([
                { Id: WALTER_PIN_VERIFICATION, Engineer_Name__c: { value: 'Fox Mulder' } }
            ]);
            // Asked for by Id, Globex's records are not found either.
            const byId = await read(
                page,
                'query q { uiapi { query { Support_PIN__c(where: { Id: { eq: "a02OTHER000000001A" } }) { edges { node { Id } } } Support_PIN_Verification__c(where: { Id: { eq: "a0VOTHER000000001A" } }) { edges { node { Id } } } } } }'
            );
            expect(byId.Support_PIN__c).toEqual([]);
            expect(byId.Support_PIN_Verification__c).toEqual([]);
        });

        test("ending another company's PIN: refused in the words of a PIN that does not exist", async ({ page }) => {
            const words = async (pinId: string) =>
                (await attempt(page, 'createRecord', revocation(pinId))).map((m) => m.replace(pinId, '<id>'));
            const before = await records(page);
            const other = await words('a02OTHER000000001A');
            expect(other).toHaveLength(1);
            expect(other).toEqual(await words('a02NOSUCH00000001A'));
            expect(await records(page)).toEqual(before);
            // Control: her own company's active PIN, by the same request, is ended.
            const mine = await issue(page);
            await expectAccepted(page, 'createRecord', revocation(mine));
            expect((await storedPin(page, mine)).Revoked_At__c).toBeTruthy();
        });

        test('ending a PIN without the flag: Walter is refused; Dana, authorized, ends it', async ({ page }) => {
            const mine = await issue(page);
            await signInAs(page, 'walter');
            await expectRefused(page, 'createRecord', revocation(mine), NOT_AUTHORIZED);
            // Not even his own PIN.
            await expectRefused(page, 'createRecord', revocation(WALTER_PIN), NOT_AUTHORIZED);
            // Control: the same request from Dana goes through, stamped as hers.
            await signInAs(page, 'dana');
            await expectAccepted(page, 'createRecord', revocation(mine));
            expect(await storedPin(page, mine)).toMatchObject({ Revoked_By__c: '005DEMO0000000001AAA' });
            // The preview's sign-in is kept across reloads; a reset signs Dana in again.
            const signedIn = page.locator('select.signed-in');
            await signInAs(page, 'walter');
            await page.reload();
            await expect(signedIn).toHaveValue('005DEMO0000000002AAA');
            await page.getByRole('button', { name: 'Reset demo data' }).click();
            await page.reload();
            await expect(signedIn).toHaveValue('005DEMO0000000001AAA');
        });

        test('ending a PIN that has ended: expired, or ended before', async ({ page }) => {
            await expectRefused(page, 'createRecord', revocation(WALTER_PIN), ENDED);
            const mine = await issue(page);
            // Control: an active PIN is ended, once.
            await expectAccepted(page, 'createRecord', revocation(mine));
            await expectRefused(page, 'createRecord', revocation(mine), ENDED);
        });

        test('un-revoking: the customer cannot edit a PIN, and the engineer is refused by the validation rule', async ({
            page
        }) => {
            const mine = await issue(page);
            await expectAccepted(page, 'createRecord', revocation(mine));
            await expectRefused(
                page,
                'updateRecord',
                { fields: { Id: mine, Revoked_At__c: null } },
                "You don't have permission to edit this Support PIN."
            );
            await page.goto('/engineer');
            await expectRefused(
                page,
                'updateRecord',
                { fields: { Id: mine, Revoked_At__c: null } },
                'A revoked PIN expires when it is revoked, and stays revoked.'
            );
            // Control: the engineer's write to the same field of an active PIN (a revocation) goes through.
            await page.goto('/');
            await expectAccepted(page, 'createRecord', pin({ PIN__c: '48210938', Kind__c: 'Standard' }));
            const active = ((await records(page)).Support_PIN__c.find((p) => p.PIN__c === '48210938') as { Id: string })
                .Id;
            await page.goto('/engineer');
            await expectAccepted(page, 'updateRecord', {
                fields: { Id: active, Revoked_At__c: new Date().toISOString() }
            });
        });

        test('editing or deleting a verification, as the customer or the engineer; a customer creating one', async ({
            page
        }) => {
            const change = { fields: { Id: WALTER_PIN_VERIFICATION, Verdict__c: 'Revoked' } };
            await expectRefused(
                page,
                'updateRecord',
                change,
                "You don't have permission to edit this PIN Verification."
            );
            await expectRefused(
                page,
                'deleteRecord',
                WALTER_PIN_VERIFICATION,
                "You don't have permission to delete this PIN Verification."
            );
            await expectRefused(
                page,
                'createRecord',
                { apiName: 'Support_PIN_Verification__c', fields: { PIN_Entered__c: WALTER_PIN_VALUE } },
                "You don't have permission to create PIN Verification records."
            );
            // Control: the customer reads it.
            const seen = await read(
                page,
                'query q { uiapi { query { Support_PIN_Verification__c { edges { node { Id } } } } } }'
            );
            expect(seen.Support_PIN_Verification__c.map((e) => e.node.Id)).toEqual([WALTER_PIN_VERIFICATION]);
            await page.goto('/engineer');
            await expectRefused(
                page,
                'updateRecord',
                { fields: { Id: WALTER_PIN_VERIFICATION, Case__c: null } },
                "You don't have permission to edit this PIN Verification."
            );
            await expectRefused(
                page,
                'deleteRecord',
                WALTER_PIN_VERIFICATION,
                "You don't have permission to delete this PIN Verification."
            );
            // Control: the engineer creates one (the lookup), stamped by the server.
            await expectAccepted(page, 'createRecord', {
                apiName: 'Support_PIN_Verification__c',
                fields: { PIN_Entered__c: WALTER_PIN_VALUE }
            });
            const stamped = (await records(page)).Support_PIN_Verification__c.at(-1);
            expect(stamped).toMatchObject({ Verdict__c: 'Expired', Support_PIN__c: WALTER_PIN });
        });

        test('after the customer ends a PIN, it fails verification (Revoked) and email matching', async ({ page }) => {
            const mine = await issue(page);
            const verdict = async () => {
                await expectAccepted(page, 'createRecord', {
                    apiName: 'Support_PIN_Verification__c',
                    fields: { PIN_Entered__c: A_PIN.PIN__c }
                });
                return (await records(page)).Support_PIN_Verification__c.at(-1)?.Verdict__c;
            };
            const emailCheck = async () => {
                const inbox = page.locator('preview-incoming-email');
                const filed = await inbox.locator('li.filed-case').count();
                await inbox.getByLabel('From').fill('dana.scully@acme.example');
                await inbox.getByLabel('Subject').fill(`PIN ${A_PIN.PIN__c} Discovery stops again`);
                await inbox.getByRole('button', { name: 'Receive email' }).click();
                await expect(inbox.locator('li.filed-case')).toHaveCount(filed + 1);
                return (await records(page)).Case.filter((c) => c.Origin === 'Email').at(-1)?.PIN_Check__c;
            };
            // Control: before, the PIN verifies and an email naming it from her address matches.
            await page.goto('/engineer');
            expect(await verdict()).toBe('Valid');
            expect(await emailCheck()).toBe('Verified');
            await page.goto('/');
            await expectAccepted(page, 'createRecord', revocation(mine));
            expect(await storedPin(page, mine)).toMatchObject({ Revoked_By__c: '005DEMO0000000001AAA' });
            await page.goto('/engineer');
            expect(await verdict()).toBe('Revoked');
            expect(await emailCheck()).toBe('Unknown or expired PIN');
        });
    });
});
