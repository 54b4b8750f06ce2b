// The Cases tab's query and its rows: one page of the customer's cases (their contact's and their
// account's, as the sharing set gives them), filtered, searched, sorted and counted on the server.
import { gql } from 'lightning/graphql';
import { formatDateTime } from 'c/supportFormat';

// One line per field, no spaces around braces: the query's text ships as written, and the Cases page
// has a size budget that does not move (scripts/lib/budget.mjs).
// prettier-ignore
export const CASES_QUERY = gql`
query supportCases($where:Case_Filter,$orderBy:Case_OrderBy,$first:Int,$after:String,$userId:ID){
uiapi{query{
Case(where:$where,orderBy:$orderBy,first:$first,after:$after){
edges{node{
Id
CaseNumber{value}
Subject{value}
Status{value displayValue}
Severity__c{value displayValue}
Product__c{value displayValue}
LastModifiedDate{value}
Last_Support_Reply_At__c{value}
Case_Reads__r(where:{OwnerId:{eq:$userId}},first:1){edges{node{Read_At__c{value}}}}
}}
totalCount
pageInfo{hasNextPage endCursor}
}
}}
}
`;

interface Value<T> {
    value: T | null;
    displayValue?: string | null;
}

export interface CaseNode {
    Id: string;
    CaseNumber: Value<string>;
    Subject: Value<string>;
    Status: Value<string>;
    Severity__c: Value<string>;
    Product__c: Value<string>;
    LastModifiedDate: Value<string>;
    Last_Support_Reply_At__c: Value<string>;
    /** The viewer's own read row (Case_Read__c, owned by the reader), if they ever opened the case. */
    Case_Reads__r: { edges: { node: { Read_At__c: Value<string> } }[] };
}

export interface CasesPage {
    edges: { node: CaseNode }[];
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

export interface CaseRow {
    id: string;
    caseNumber: string;
    subject: string;
    status: string;
    severity: string;
    product: string;
    updated: string;
    href: string;
    /** Thycotic wrote after the viewer last opened the case (or the viewer never did). */
    unread: boolean;
}

function shown(value: Value<string> | undefined): string {
    return value?.displayValue ?? value?.value ?? '';
}

/** Whether Thycotic's last reply is newer than the viewer's last read (per person, see docs/data-model.md). */
export function isUnread(node: CaseNode): boolean {
    const reply = node.Last_Support_Reply_At__c?.value;
    const read = node.Case_Reads__r?.edges[0]?.node.Read_At__c.value;
    // Both are the UI API's ISO 8601 UTC times: they compare as text.
    return Boolean(reply) && !(read && read >= (reply as string));
}

/** A row of the table from a node of the query, in the viewer's words. */
export function caseRowOf(node: CaseNode, locale: string, timeZone: string): CaseRow {
    return {
        id: node.Id,
        caseNumber: node.CaseNumber.value ?? '',
        subject: node.Subject.value ?? '',
        status: shown(node.Status),
        severity: shown(node.Severity__c),
        product: shown(node.Product__c),
        updated: node.LastModifiedDate.value ? formatDateTime(node.LastModifiedDate.value, locale, timeZone) : '',
        href: '',
        unread: isUnread(node)
    };
}

/** One answer of the query: its rows in the order shown, the view's total and where the next page starts. */
export function pageFrom(
    data: unknown,
    fromEnd: boolean,
    locale: string,
    timeZone: string
): { rows: CaseRow[]; total: number; hasNextPage: boolean; endCursor: string | null } {
    const page = (data as { uiapi: { query: { Case: CasesPage } } }).uiapi.query.Case;
    const nodes = page.edges.map(({ node }) => node);
    // Pages read from the end come in reverse order.
    const ordered = fromEnd ? nodes.reverse() : nodes;
    return {
        rows: ordered.map((node) => caseRowOf(node, locale, timeZone)),
        total: page.totalCount,
        hasNextPage: page.pageInfo.hasNextPage,
        endCursor: page.pageInfo.endCursor
    };
}
