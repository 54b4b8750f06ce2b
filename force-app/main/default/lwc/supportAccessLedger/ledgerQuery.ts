// The Support access page's one query: the company's PINs and Thycotic's verifications of them, in one
// request (two root queries; "Each GraphQL query can contain up to 10 subqueries", GraphQL API
// Developer Guide, Query Limitations, https://developer.salesforce.com/docs/platform/graphql/guide/query-limits.html).
// No account filter: the sharing set Support_Portal_Customers gives a customer read access to their
// account's PINs and verifications and no others, so the query reads what the customer may read.
//
// The page asks it with `{}` filters and a page size per list; "Show more" asks for a longer first
// page of that list (LDS caches per variables). The CSV asks the same query for a date range, 2,000
// rows at a time (the most a subquery returns), and moves the range's upper end down to the last time
// read: the UI API's cursors reach only the first 2,000 records of a result ("Paginate Your Results",
// LWC Developer Guide), so a range of 10,000 entries is read by its times, not by cursors.
import { gql } from 'lightning/graphql';
import type { InstantRange } from 'c/supportAccessCsv';

export const LEDGER_QUERY = gql`
    query supportAccessLedger(
        $pinWhere: Support_PIN__c_Filter
        $pinFirst: Int
        $verificationWhere: Support_PIN_Verification__c_Filter
        $verificationFirst: Int
    ) {
        uiapi {
            query {
                Support_PIN__c(
                    where: $pinWhere
                    orderBy: { Issued_At__c: { order: DESC }, Id: { order: DESC } }
                    first: $pinFirst
                ) {
                    edges {
                        node {
                            Id
                            PIN__c {
                                value
                            }
                            Kind__c {
                                value
                            }
                            Product__c {
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
                            Issued_By_Name__c {
                                value
                            }
                            Revoked_By_Name__c {
                                value
                            }
                            Revoked_By_Customer__c {
                                value
                            }
                        }
                    }
                    totalCount
                    pageInfo {
                        hasNextPage
                    }
                }
                Support_PIN_Verification__c(
                    where: $verificationWhere
                    orderBy: { CreatedDate: { order: DESC }, Id: { order: DESC } }
                    first: $verificationFirst
                ) {
                    edges {
                        node {
                            Id
                            CreatedDate {
                                value
                            }
                            Verdict__c {
                                value
                            }
                            Engineer_Name__c {
                                value
                            }
                            Case__c {
                                value
                            }
                            Case__r {
                                CaseNumber {
                                    value
                                }
                            }
                            Support_PIN__r {
                                PIN__c {
                                    value
                                }
                                Kind__c {
                                    value
                                }
                                Product__c {
                                    value
                                }
                            }
                        }
                    }
                    totalCount
                    pageInfo {
                        hasNextPage
                    }
                }
            }
        }
    }
`;

/** Rows per "Show more". */
export const PAGE_SIZE = 25;
/** The most rows one subquery returns (Query Limitations, above): a list shows at most this many. */
export const MAX_ROWS = 2000;

interface Value<T> {
    value: T | null;
}

export interface PinNode {
    Id: string;
    PIN__c?: Value<string>;
    Kind__c?: Value<string>;
    Product__c?: Value<string>;
    Issued_At__c?: Value<string>;
    Expires_At__c?: Value<string>;
    Revoked_At__c?: Value<string>;
    Issued_By_Name__c?: Value<string>;
    Revoked_By_Name__c?: Value<string>;
    Revoked_By_Customer__c?: Value<boolean>;
}

export interface VerificationNode {
    Id: string;
    CreatedDate?: Value<string>;
    Verdict__c?: Value<string>;
    Engineer_Name__c?: Value<string>;
    Case__c?: Value<string>;
    Case__r?: { CaseNumber?: Value<string> } | null;
    Support_PIN__r?: { PIN__c?: Value<string>; Kind__c?: Value<string>; Product__c?: Value<string> } | null;
}

interface Connection<T> {
    edges: { node: T }[];
    totalCount: number;
    pageInfo: { hasNextPage: boolean };
}

export interface LedgerPage {
    pins: PinNode[];
    pinTotal: number;
    pinsMore: boolean;
    verifications: VerificationNode[];
    verificationTotal: number;
    verificationsMore: boolean;
}

/** The two lists of an answer. */
export function ledgerPage(data: unknown): LedgerPage {
    const query = (
        data as {
            uiapi: {
                query: {
                    Support_PIN__c: Connection<PinNode>;
                    Support_PIN_Verification__c: Connection<VerificationNode>;
                };
            };
        }
    ).uiapi.query;
    const pins = query.Support_PIN__c;
    const verifications = query.Support_PIN_Verification__c;
    return {
        pins: pins.edges.map(({ node }) => node),
        pinTotal: pins.totalCount,
        pinsMore: pins.pageInfo.hasNextPage,
        verifications: verifications.edges.map(({ node }) => node),
        verificationTotal: verifications.totalCount,
        verificationsMore: verifications.pageInfo.hasNextPage
    };
}

/** The page's variables: every PIN and verification the customer reads, `pinFirst` and `verificationFirst` of each. */
export function pageVariables(pinFirst: number, verificationFirst: number): Record<string, unknown> {
    return { pinWhere: {}, pinFirst, verificationWhere: {}, verificationFirst };
}

/** A list the CSV has read to its end: a filter nothing matches (SOQL's `Id = null`). */
const NOTHING = { Id: { eq: null } };

const between = (field: string, range: InstantRange) => ({
    [field]: { gte: { value: range.from }, lt: { value: range.to } }
});

/**
 * Where the CSV's reading stands: the range, and per list the latest time still to read (null: that
 * list is read to its end). Times are read newest first, so each request moves the upper end down.
 */
export interface CsvReading {
    range: InstantRange;
    pinsUpTo: string | null;
    verificationsUpTo: string | null;
}

export function csvStart(range: InstantRange): CsvReading {
    return { range, pinsUpTo: range.to, verificationsUpTo: range.to };
}

/**
 * The variables of the CSV's next request. A PIN belongs to the range when it was issued or ended in
 * it; it is read by its issue time (never after its end), so the upper end bounds Issued_At__c.
 */
export function csvVariables(reading: CsvReading): Record<string, unknown> {
    const { range, pinsUpTo, verificationsUpTo } = reading;
    return {
        pinWhere:
            pinsUpTo === null
                ? NOTHING
                : {
                      and: [
                          { or: [between('Issued_At__c', range), between('Revoked_At__c', range)] },
                          { Issued_At__c: { lte: { value: pinsUpTo } } }
                      ]
                  },
        pinFirst: MAX_ROWS,
        verificationWhere:
            verificationsUpTo === null
                ? NOTHING
                : { and: [between('CreatedDate', range), { CreatedDate: { lte: { value: verificationsUpTo } } }] },
        verificationFirst: MAX_ROWS
    };
}

/**
 * Where reading stands after an answer: a list with more to read goes on from the time of its last
 * row (inclusive: rows at that same time are read again and counted once); a list whose answer ends,
 * brought nothing new, or would read from the same time again, is done.
 */
export function csvNext(reading: CsvReading, page: LedgerPage, seen: ReadonlySet<string>): CsvReading {
    return {
        range: reading.range,
        pinsUpTo: nextUpTo(reading.pinsUpTo, page.pinsMore, page.pins, (pin) => pin.Issued_At__c?.value, seen),
        verificationsUpTo: nextUpTo(
            reading.verificationsUpTo,
            page.verificationsMore,
            page.verifications,
            (verification) => verification.CreatedDate?.value,
            seen
        )
    };
}

function nextUpTo<T extends { Id: string }>(
    upTo: string | null,
    more: boolean,
    rows: T[],
    timeOf: (row: T) => string | null | undefined,
    seen: ReadonlySet<string>
): string | null {
    const fresh = rows.some((row) => !seen.has(row.Id));
    const last = rows.length ? timeOf(rows[rows.length - 1]) : null;
    // The same upper end again would ask the same question (and LDS would not ask it): done.
    return upTo !== null && more && fresh && last && last !== upTo ? last : null;
}

/** Whether the CSV has read both lists to their ends. */
export function csvDone(reading: CsvReading): boolean {
    return reading.pinsUpTo === null && reading.verificationsUpTo === null;
}
