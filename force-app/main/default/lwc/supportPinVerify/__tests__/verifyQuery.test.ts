import { NOW } from 'test-helpers';
import { foundPinFrom, isAmbiguous, looksLikePin, pinFromInput, relativeTime, verdictOf } from '../verifyQuery';
import type { FoundPin, VerifyData } from '../verifyQuery';
import { verifyView } from '../verifyView';
import validPin from './data/validPin.json';

// What the verification reads from the query's answer and shows for it, called directly: the
// answers the portal's demo never gives (fields left empty, a contact or account out of reach, a
// license without a date) and the edges of each rule (the moment a PIN expires, 90 minutes, 48 hours).

type Node = Record<string, unknown>;

/** The demo answer, with the PIN's fields changed (and the licenses or cases, when given). */
function answer(pin: Node = {}, more: { licenses?: unknown[]; cases?: unknown[]; totalCount?: number } = {}) {
    const copy = JSON.parse(JSON.stringify(validPin)) as { uiapi: { query: Record<string, Node> } };
    const query = copy.uiapi.query;
    const edges = query.Support_PIN_Verification__c.edges as { node: { Support_PIN__r: Node } }[];
    Object.assign(edges[0].node.Support_PIN__r, pin);
    if (more.licenses) {
        query.Support_License__c.edges = more.licenses.map((node) => ({ node }));
    }
    if (more.cases) {
        query.Case.edges = more.cases.map((node) => ({ node }));
        query.Case.totalCount = more.totalCount ?? more.cases.length;
    }
    return copy as unknown as VerifyData;
}

/** An answer whose verification found `node` (a PIN, null or nothing), with a verdict when given. */
function verification(node: unknown, verdict?: string): VerifyData {
    const copy = answer() as unknown as { uiapi: { query: Record<string, Node> } };
    copy.uiapi.query.Support_PIN_Verification__c.edges =
        node === undefined
            ? []
            : [
                  {
                      node: {
                          Id: 'a04NEW',
                          Support_PIN__r: node,
                          ...(verdict ? { Verdict__c: { value: verdict } } : {})
                      }
                  }
              ];
    return copy as unknown as VerifyData;
}

const found = (changes: Partial<FoundPin> = {}): FoundPin => ({
    ...(foundPinFrom(answer(), NOW, '48210937') as FoundPin),
    ...changes
});

describe('pinFromInput', () => {
    it.each([
        [undefined, ''],
        [null, ''],
        ['\t  PIN 4821 0937', '48210937'],
        ['PIN:#-4821 0937', '48210937'],
        ['pin - 48210937', '48210937'],
        // "PIN" is only a prefix before something that is not a letter or digit, and only at the start.
        ['PIN48210937', 'pin48210937'],
        ['pinned 48210937', 'pinned48210937'],
        ['my pin 48210937', 'mypin48210937']
    ])('reads %j as %j', (typed, pin) => {
        expect(pinFromInput(typed)).toBe(pin);
    });

    it('looks up only what has a PIN’s shape', () => {
        expect(looksLikePin('48210937')).toBe(true);
        expect(looksLikePin('p7k2m9xq4rtvw')).toBe(true);
        expect(looksLikePin('4821093')).toBe(false);
        expect(looksLikePin('hello')).toBe(false);
    });
});

describe('verdictOf', () => {
    it('is unknown without a PIN, revoked once revoked whatever the expiry', () => {
        expect(verdictOf(undefined, NOW)).toBe('unknown');
        expect(verdictOf(found({ revokedAt: '2026-11-22T17:00:00.000Z' }), NOW)).toBe('revoked');
    });

    it('is valid until the moment the PIN expires, and expired from that moment', () => {
        const at = (ms: number) => found({ expiresAt: new Date(NOW.getTime() + ms).toISOString() });
        expect(verdictOf(at(1), NOW)).toBe('valid');
        expect(verdictOf(at(0), NOW)).toBe('expired');
        expect(verdictOf(at(-1), NOW)).toBe('expired');
        // No expiry on file is no proof of a valid PIN.
        expect(verdictOf(found({ expiresAt: '' }), NOW)).toBe('expired');
    });
});

describe('isAmbiguous', () => {
    it('is true only when the server says the value is active at two companies', () => {
        expect(isAmbiguous(verification(null, 'Ambiguous'))).toBe(true);
        expect(isAmbiguous(verification(null, 'Unknown'))).toBe(false);
        expect(isAmbiguous(verification(null))).toBe(false);
        expect(isAmbiguous(verification(undefined))).toBe(false);
    });
});

describe('foundPinFrom', () => {
    it('reads every field of the PIN found, for the PIN asked about', () => {
        expect(foundPinFrom(answer(), NOW, '48210937')).toEqual({
            id: 'a02DEMO0000000001AAA',
            pin: '48210937',
            privileged: false,
            issuedAt: '2026-11-20T18:00:00.000Z',
            expiresAt: '2026-11-27T18:00:00.000Z',
            revokedAt: '',
            revokedBy: { name: '', customer: false },
            product: 'Secret Server',
            contact: { name: 'Dana Scully', email: 'dana.scully@acme.example', phone: '+1 202 555 0142' },
            account: { id: '001DEMO0000000001AAA', name: 'Acme Corp' },
            coverage: expect.objectContaining({ covered: true, userLicenses: 5, unexpiredSupportLicenses: 5 }),
            openCases: [
                {
                    id: '500DEMO0000000001AAA',
                    number: '00001026',
                    subject: 'Discovery scan stops at 40%',
                    status: 'Working'
                }
            ],
            openCaseTotal: 1
        });
    });

    it('reads no PIN when the verification found none, or there is no verification', () => {
        expect(foundPinFrom(verification(null), NOW, '48210937')).toBeUndefined();
        expect(foundPinFrom(verification(undefined), NOW, '48210937')).toBeUndefined();
    });

    it('reads a privileged PIN, and who ended it', () => {
        const pin = foundPinFrom(
            answer({
                Kind__c: { value: 'Privileged' },
                Revoked_At__c: { value: '2026-11-22T17:00:00.000Z' },
                Revoked_By_Name__c: { value: 'Dana Scully' },
                Revoked_By_Customer__c: { value: true }
            }),
            NOW,
            'p7k2m9xq4rtvw'
        );
        expect(pin).toMatchObject({
            pin: 'p7k2m9xq4rtvw',
            privileged: true,
            revokedAt: '2026-11-22T17:00:00.000Z',
            revokedBy: { name: 'Dana Scully', customer: true }
        });
    });

    it('reads empty fields, and a contact and account out of reach, as nothing on file', () => {
        const empty = { value: null, displayValue: null };
        const pin = foundPinFrom(
            answer(
                {
                    Kind__c: empty,
                    Issued_At__c: empty,
                    Expires_At__c: empty,
                    Revoked_At__c: empty,
                    Revoked_By_Name__c: undefined,
                    Revoked_By_Customer__c: undefined,
                    Product__c: empty,
                    Contact__r: null,
                    Account__r: null
                },
                {
                    cases: [{ Id: '500X', CaseNumber: empty, Subject: empty, Status: empty }],
                    totalCount: 12
                }
            ),
            NOW,
            '48210937'
        );
        expect(pin).toMatchObject({
            privileged: false,
            issuedAt: '',
            expiresAt: '',
            revokedAt: '',
            revokedBy: { name: '', customer: false },
            product: '',
            contact: { name: '', email: '', phone: '' },
            account: { id: '', name: '' },
            coverage: expect.objectContaining({ covered: false, reason: 'NO_USER_LICENSES', userLicenses: 0 }),
            openCases: [{ id: '500X', number: '', subject: '', status: '' }],
            openCaseTotal: 12
        });
    });

    it('reads fields that hold nothing the same way', () => {
        const empty = { value: null };
        const pin = foundPinFrom(
            answer({
                Revoked_By_Name__c: empty,
                Revoked_By_Customer__c: { value: null },
                Contact__r: { Name: empty, Email: empty, Phone: empty },
                Account__r: { Id: '001X', Name: empty, User_Licenses__c: empty }
            }),
            NOW,
            '48210937'
        );
        expect(pin).toMatchObject({
            revokedBy: { name: '', customer: false },
            contact: { name: '', email: '', phone: '' },
            account: { id: '001X', name: '' },
            coverage: expect.objectContaining({ covered: false, userLicenses: 0 })
        });
    });

    it('shows a product and a status by their value when the answer has no display value', () => {
        const pin = foundPinFrom(
            answer(
                { Product__c: { value: 'Secret Server Cloud', displayValue: null } },
                {
                    cases: [
                        {
                            Id: '500X',
                            CaseNumber: { value: '00001030' },
                            Subject: { value: 'Login fails' },
                            Status: { value: 'New', displayValue: null }
                        }
                    ]
                }
            ),
            NOW,
            '48210937'
        );
        expect(pin?.product).toBe('Secret Server Cloud');
        expect(pin?.openCases).toEqual([{ id: '500X', number: '00001030', subject: 'Login fails', status: 'New' }]);
    });

    it('shows the display value of a product and a status over the API value', () => {
        const pin = foundPinFrom(
            answer(
                { Product__c: { value: 'Secret_Server', displayValue: 'Secret Server' } },
                {
                    cases: [
                        {
                            Id: '500X',
                            CaseNumber: { value: '00001030' },
                            Subject: { value: 'Login fails' },
                            Status: { value: 'Waiting_on_Customer', displayValue: 'Waiting on customer' }
                        }
                    ]
                }
            ),
            NOW,
            '48210937'
        );
        expect(pin?.product).toBe('Secret Server');
        expect(pin?.openCases[0].status).toBe('Waiting on customer');
    });

    it('works out coverage from the licenses found, by the portal rule', () => {
        const covered = (licenses: unknown[]) =>
            foundPinFrom(answer({}, { licenses }), NOW, '48210937')?.coverage.unexpiredSupportLicenses;
        expect(covered([{ Quantity__c: { value: 5 }, Issued_On__c: { value: '2026-07-25' } }])).toBe(5);
        // A license with no quantity counts for nothing.
        expect(
            covered([
                { Quantity__c: { value: null }, Issued_On__c: { value: '2026-07-25' } },
                { Quantity__c: { value: 2 }, Issued_On__c: { value: '2026-07-25' } }
            ])
        ).toBe(2);
        // A license without an issue date cannot be judged: the PIN is still shown, as not covered.
        const undated = foundPinFrom(
            answer({}, { licenses: [{ Quantity__c: { value: 5 }, Issued_On__c: { value: null } }] }),
            NOW,
            '48210937'
        );
        expect(undated?.coverage).toMatchObject({ covered: false, userLicenses: 5, unexpiredSupportLicenses: 0 });
    });
});

describe('relativeTime', () => {
    const from = (minutes: number, locale = 'en-US') =>
        relativeTime(new Date(NOW.getTime() + minutes * 60000).toISOString(), NOW, locale);

    it.each([
        [0, 'this minute'],
        [0.5, 'in 1 minute'],
        [-0.5, '1 minute ago'],
        [-1, '1 minute ago'],
        [89, 'in 89 minutes'],
        [-89, '89 minutes ago'],
        [90, 'in 2 hours'],
        [-90, '2 hours ago'],
        [-91, '2 hours ago'],
        [47 * 60, 'in 47 hours'],
        [-47 * 60, '47 hours ago'],
        [48 * 60, 'in 2 days'],
        [-48 * 60, '2 days ago'],
        [60 * 60, 'in 3 days'],
        [-60 * 60, '3 days ago'],
        [-24 * 60 * 7, '7 days ago']
    ])('writes %d minutes from now as %j', (minutes, words) => {
        expect(from(minutes)).toBe(words);
    });

    it('says it in the engineer language', () => {
        expect(from(24 * 60 * 3, 'de')).toBe('in 3 Tagen');
        expect(from(-1, 'de')).toBe('vor 1 Minute');
    });
});

describe('verifyView', () => {
    const view = (pin: FoundPin | undefined, ambiguous?: boolean) => verifyView(pin, NOW, 'en-US', 'UTC', ambiguous);

    it('shows a valid PIN', () => {
        expect(view(found())).toEqual({
            verdict: 'VALID',
            verdictClass: 'verdict verdict_valid',
            isValid: true,
            kind: 'Standard PIN: identifies the customer for phone and email support and for their cases.',
            issued: 'Nov 20, 2026, 6:00 PM',
            expiry: 'Nov 27, 2026, 6:00 PM (in 5 days)',
            revoked: '',
            revokedBy: '',
            coverageVerdict: 'Covered',
            coverage: expect.stringContaining('5 user licenses')
        });
    });

    it('shows an expired and a revoked PIN as not valid', () => {
        expect(view(found({ expiresAt: NOW.toISOString() }))).toMatchObject({
            verdict: 'EXPIRED',
            verdictClass: 'verdict verdict_expired',
            isValid: false,
            expiry: 'Nov 22, 2026, 6:00 PM (this minute)'
        });
        const revoked = view(
            found({ revokedAt: '2026-11-22T17:00:00.000Z', revokedBy: { name: 'Fox Mulder', customer: false } })
        );
        expect(revoked).toMatchObject({
            verdict: 'REVOKED',
            verdictClass: 'verdict verdict_revoked',
            isValid: false,
            revoked: 'Nov 22, 2026, 5:00 PM',
            revokedBy: 'Fox Mulder, Thycotic Support'
        });
    });

    it('names who ended a PIN only when it was revoked and the name is on file', () => {
        const name = { name: 'Dana Scully', customer: true };
        expect(view(found({ revokedBy: name })).revokedBy).toBe('');
        expect(
            view(found({ revokedAt: '2026-11-22T17:00:00.000Z', revokedBy: { name: '', customer: true } })).revokedBy
        ).toBe('');
        expect(view(found({ revokedAt: '2026-11-22T17:00:00.000Z', revokedBy: name })).revokedBy).toBe(
            'Dana Scully, the customer (End access on the portal)'
        );
    });

    it('shows a privileged PIN, and a PIN without dates on file', () => {
        expect(view(found({ privileged: true, issuedAt: '', expiresAt: '' }))).toMatchObject({
            kind: expect.stringContaining('Privileged PIN'),
            issued: '',
            expiry: ''
        });
    });

    it('shows nothing about a PIN when none was found, or two companies hold it', () => {
        const nothing = { isValid: false, issued: '', expiry: '', revoked: '', revokedBy: '', coverage: '' };
        expect(view(undefined)).toMatchObject({
            verdict: 'NO SUCH PIN',
            verdictClass: 'verdict verdict_unknown',
            coverageVerdict: 'Not covered',
            ...nothing
        });
        expect(view(undefined, true)).toMatchObject({
            verdict: 'TWO COMPANIES',
            verdictClass: 'verdict verdict_ambiguous',
            ...nothing
        });
        // Even a valid PIN's answer reads as two companies when the server says so.
        expect(view(found(), true)).toMatchObject({ verdict: 'TWO COMPANIES', isValid: false });
    });
});
