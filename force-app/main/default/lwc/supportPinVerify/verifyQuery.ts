// What the engineer sees for a PIN, in one GraphQL request after the lookup is recorded: the PIN
// Verification the server just stamped (flow Support_PIN_Verification_Stamp found the PIN by its value,
// in the same transaction as the audit record), the PIN it found with its contact and account, and,
// through semi-joins on the same verification, the account's support licenses and its open cases.
// Engineers cannot read PIN values (Support_PIN__c.PIN__c is not theirs to read, and not required, so
// field-level security holds): they reach a PIN only through a verification of the value the customer
// gave. Coverage is worked out with the portal's own rule (supportCoverage), so engineer and customer
// read the same verdict.
import { gql } from 'lightning/graphql';
import { supportCoverage } from 'c/supportCoverage';
import type { Coverage } from 'c/supportCoverage';
import { normalizePin, pinKindOf } from 'c/supportPinFormat';

/** The most open cases shown for the account, most recently updated first. */
export const OPEN_CASES_SHOWN = 10;

export const VERIFY_QUERY = gql`
    query supportPinVerify($verification: ID, $openCases: Int) {
        uiapi {
            query {
                Support_PIN_Verification__c(where: { Id: { eq: $verification } }, first: 1) {
                    edges {
                        node {
                            Id
                            Verdict__c {
                                value
                            }
                            Support_PIN__r {
                                Id
                                Kind__c {
                                    value
                                }
                                Issued_At__c {
                                    value
                                }
                                Expires_At__c {
                                    value
                                }
                                Revoked_At__c {
                                    value
                                }
                                Revoked_By_Name__c {
                                    value
                                }
                                Revoked_By_Customer__c {
                                    value
                                }
                                Product__c {
                                    value
                                    displayValue
                                }
                                Contact__r {
                                    Name {
                                        value
                                    }
                                    Email {
                                        value
                                    }
                                    Phone {
                                        value
                                    }
                                }
                                Account__r {
                                    Id
                                    Name {
                                        value
                                    }
                                    User_Licenses__c {
                                        value
                                    }
                                }
                            }
                        }
                    }
                }
                Support_License__c(
                    where: {
                        Account__c: {
                            inq: { Support_PIN_Verification__c: { Id: { eq: $verification } }, ApiName: "Account__c" }
                        }
                    }
                    first: 200
                ) {
                    edges {
                        node {
                            Quantity__c {
                                value
                            }
                            Issued_On__c {
                                value
                            }
                        }
                    }
                }
                Case(
                    where: {
                        and: [
                            { IsClosed: { eq: false } }
                            {
                                AccountId: {
                                    inq: {
                                        Support_PIN_Verification__c: { Id: { eq: $verification } }
                                        ApiName: "Account__c"
                                    }
                                }
                            }
                        ]
                    }
                    orderBy: { LastModifiedDate: { order: DESC } }
                    first: $openCases
                ) {
                    edges {
                        node {
                            Id
                            CaseNumber {
                                value
                            }
                            Subject {
                                value
                            }
                            Status {
                                value
                                displayValue
                            }
                        }
                    }
                    totalCount
                }
            }
        }
    }
`;

interface Value<T> {
    value: T | null;
    displayValue?: string | null;
}

interface PinNode {
    Id: string;
    Kind__c: Value<string>;
    Issued_At__c: Value<string>;
    Expires_At__c: Value<string>;
    Revoked_At__c: Value<string>;
    Revoked_By_Name__c?: Value<string>;
    Revoked_By_Customer__c?: Value<boolean>;
    Product__c: Value<string>;
    Contact__r: { Name: Value<string>; Email: Value<string>; Phone: Value<string> } | null;
    Account__r: { Id: string; Name: Value<string>; User_Licenses__c: Value<number> } | null;
}

export interface VerifyData {
    uiapi: {
        query: {
            Support_PIN_Verification__c: {
                edges: { node: { Id: string; Verdict__c?: Value<string>; Support_PIN__r: PinNode | null } }[];
            };
            Support_License__c: { edges: { node: { Quantity__c: Value<number>; Issued_On__c: Value<string> } }[] };
            Case: {
                edges: {
                    node: { Id: string; CaseNumber: Value<string>; Subject: Value<string>; Status: Value<string> };
                }[];
                totalCount: number;
            };
        };
    };
}

export type Verdict = 'valid' | 'expired' | 'revoked' | 'unknown' | 'ambiguous';

export interface FoundPin {
    id: string;
    pin: string;
    privileged: boolean;
    issuedAt: string;
    expiresAt: string;
    revokedAt: string;
    /** Who ended the PIN, and whether that was the customer (End access) rather than Thycotic. */
    revokedBy: { name: string; customer: boolean };
    product: string;
    contact: { name: string; email: string; phone: string };
    account: { id: string; name: string };
    coverage: Coverage;
    openCases: { id: string; number: string; subject: string; status: string }[];
    openCaseTotal: number;
}

/**
 * What an engineer types for a PIN, as the PIN: spaces, dashes, a leading "PIN" (with ":" or "#")
 * and capitals are forgiven.
 */
export function pinFromInput(text: unknown): string {
    return normalizePin(String(text ?? '').replace(/^\s*pin(?![a-z0-9])[\s:#-]*/i, ''));
}

/** Could this be a PIN at all (a standard or privileged shape)? Anything else is not looked up. */
export function looksLikePin(pin: string): boolean {
    return pinKindOf(pin) !== undefined;
}

/** The state of a found PIN at `now`, by the rule the server's PIN Verification flow applies. */
export function verdictOf(pin: FoundPin | undefined, now: Date): Verdict {
    if (!pin) {
        return 'unknown';
    }
    if (pin.revokedAt) {
        return 'revoked';
    }
    return Date.parse(pin.expiresAt) > now.getTime() ? 'valid' : 'expired';
}

/**
 * Did the server find the value active at two companies? PIN values are unique per account only, so
 * the flow then links neither PIN (Verdict Ambiguous) and the caller is asked for a new one.
 */
export function isAmbiguous(data: VerifyData): boolean {
    return data.uiapi.query.Support_PIN_Verification__c.edges[0]?.node.Verdict__c?.value === 'Ambiguous';
}

/** The answer as the component shows it for the PIN `pin` the engineer asked about, or undefined when no PIN has it. */
export function foundPinFrom(data: VerifyData, now: Date, pin: string): FoundPin | undefined {
    const { Support_PIN_Verification__c: verifications, Support_License__c: licenses, Case: cases } = data.uiapi.query;
    const node = verifications.edges[0]?.node.Support_PIN__r;
    if (!node) {
        return undefined;
    }
    // supportCoverage counts a quantity that is no number as 0, and throws on a day that is no date.
    const grants = licenses.edges.map(({ node: license }) => ({
        quantity: Number(license.Quantity__c.value),
        issuedOn: license.Issued_On__c.value ?? ''
    }));
    const users = Number(node.Account__r?.User_Licenses__c.value);
    // Coverage now by the org's rule: on the UTC date, whatever the engineer's time zone.
    let coverage: Coverage;
    try {
        coverage = supportCoverage(users, grants, now);
    } catch {
        coverage = supportCoverage(users, [], now);
    }
    return {
        id: node.Id,
        pin,
        privileged: node.Kind__c.value === 'Privileged',
        issuedAt: node.Issued_At__c.value ?? '',
        expiresAt: node.Expires_At__c.value ?? '',
        revokedAt: node.Revoked_At__c.value ?? '',
        revokedBy: {
            name: node.Revoked_By_Name__c?.value ?? '',
            customer: node.Revoked_By_Customer__c?.value === true
        },
        product: node.Product__c.displayValue ?? node.Product__c.value ?? '',
        contact: {
            name: node.Contact__r?.Name.value ?? '',
            email: node.Contact__r?.Email.value ?? '',
            phone: node.Contact__r?.Phone.value ?? ''
        },
        account: { id: node.Account__r?.Id ?? '', name: node.Account__r?.Name.value ?? '' },
        coverage,
        openCases: cases.edges.map(({ node: c }) => ({
            id: c.Id,
            number: c.CaseNumber.value ?? '',
            subject: c.Subject.value ?? '',
            status: c.Status.displayValue ?? c.Status.value ?? ''
        })),
        openCaseTotal: cases.totalCount
    };
}

/** "in 3 days", "5 hours ago": how far `instant` is from `now`, in the engineer's language. */
export function relativeTime(instant: string, now: Date, locale: string): string {
    // Halves round away from now both ways: 90 minutes ago is "2 hours ago", as 90 ahead is "in 2 hours"
    // (Math.round alone rounds -1.5 up to -1).
    const round = (value: number) => Math.sign(value) * Math.round(Math.abs(value));
    const minutes = round((Date.parse(instant) - now.getTime()) / 60000);
    const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
    if (Math.abs(minutes) < 90) {
        return format.format(minutes, 'minute');
    }
    const hours = round(minutes / 60);
    return Math.abs(hours) < 48 ? format.format(hours, 'hour') : format.format(round(hours / 24), 'day');
}
