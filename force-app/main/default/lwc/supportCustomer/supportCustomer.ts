/**
 * supportCustomer — the one question every component asks about the signed-in customer: their
 * user, contact and account (licenses, product), the account's support licenses and their own
 * recent PINs. The PIN bar, the checklist, the email composer and Create a Case wire the same
 * query with the same variables, so Lightning Data Service answers them all from one request.
 *
 * The licenses are their own root query, filtered to the user's account with a semi-join (`inq` on
 * User.AccountId): UI API GraphQL has SOQL's limits, so a child relationship cannot sit under a
 * parent traversal ("Query Limitations", GraphQL API Developer Guide; "Children and Parent
 * Relationships", LWC Developer Guide). The PINs come latest expiry first, with no time in the
 * variables: the same question on every visit, and the components keep those still valid.
 *
 * `CompanyPrivilegedPin` (an alias: the same object asked twice in one request, as lwc-recipes' graphql
 * recipes alias fields) is the company's latest unrevoked privileged PIN, whoever issued it: the sharing
 * set shows customers their company's PINs, and the bar tells everyone while Thycotic can write to the
 * company's cloud database. One at a time per account (Support_PIN_Policy), so the latest is the one.
 */
import { gql } from 'lightning/graphql';
import USER_ID from '@salesforce/user/Id';
import { isPinCurrent } from 'c/supportPins';
import type { PinKind } from 'c/supportPinFormat';
import type { SupportLicenseGrant } from 'c/supportCoverage';

// One line per field, no spaces around braces: the query's text ships as written, and every page
// that asks it has a size budget (scripts/lib/budget.mjs).
// prettier-ignore
export const CUSTOMER_QUERY = gql`
query supportCustomer($userId: ID){
uiapi{
query{
User(where: { Id: { eq: $userId } }, first: 1){
edges{
node{
Id
Username{value}
Email{value}
Contact{
Id
Name{value}
Email{value}
Phone{value}
Privileged_Access__c{value}
Account{
Id
Name{value}
User_Licenses__c{value}
Support_Product__c{value}
}
}
}
}
}
Support_License__c(
where: { Account__c: { inq: { User: { Id: { eq: $userId } }, ApiName: "AccountId" } } }
first: 200
){
edges{
node{
Id
Quantity__c{value}
Issued_On__c{value}
}
}
}
Support_PIN__c(
where: { CreatedById: { eq: $userId } }
orderBy: { Expires_At__c: { order: DESC } }
first: 10
){
edges{
node{
Id
PIN__c{value}
Kind__c{value}
Expires_At__c{value}
}
}
}
CompanyPrivilegedPin: Support_PIN__c(
where:{
Account__c: { inq: { User: { Id: { eq: $userId } }, ApiName: "AccountId" } }
Kind__c: { eq: "Privileged" }
Revoked_At__c: { eq: null }
}
orderBy: { Expires_At__c: { order: DESC } }
first: 1
){
edges{
node{
Id
PIN__c{value}
Expires_At__c{value}
Issued_By_Name__c{value}
}
}
}
}
}
}
`;

/** Every component's variables for CUSTOMER_QUERY: equal, so LDS de-duplicates the request. */
export function customerVariables(): { userId: string } {
    return { userId: USER_ID };
}

interface Value<T> {
    value: T | null;
}

interface CustomerData {
    uiapi: {
        query: {
            User: {
                edges: {
                    node: {
                        Username?: Value<string>;
                        Email?: Value<string>;
                        Contact: {
                            Id: string;
                            Name?: Value<string>;
                            Email?: Value<string>;
                            Phone?: Value<string>;
                            Privileged_Access__c?: Value<boolean>;
                            Account: {
                                Id: string;
                                Name?: Value<string>;
                                User_Licenses__c?: Value<number>;
                                Support_Product__c?: Value<string>;
                            } | null;
                        } | null;
                    };
                }[];
            };
            Support_License__c?: {
                edges: { node: { Quantity__c: Value<number>; Issued_On__c: Value<string> } }[];
            };
            Support_PIN__c?: {
                edges: {
                    node: { Id: string; PIN__c: Value<string>; Kind__c?: Value<string>; Expires_At__c: Value<string> };
                }[];
            };
            CompanyPrivilegedPin?: {
                edges: {
                    node: {
                        Id: string;
                        PIN__c?: Value<string>;
                        Expires_At__c?: Value<string>;
                        Issued_By_Name__c?: Value<string>;
                    };
                }[];
            };
        };
    };
}

export interface IssuedPin {
    id: string;
    pin: string;
    kind: PinKind;
    expiresAt: string;
}

export interface Customer {
    accountId: string;
    contactId: string;
    product: string | null;
    userLicenses: number;
    licenses: SupportLicenseGrant[];
    /** The company authorized this contact to issue privileged PINs (Contact.Privileged_Access__c, kept by Thycotic). */
    privilegedAccess: boolean;
}

/** What the customer has on file, for the checklist, the email and the case. */
export interface CustomerOnFile {
    contactId: string;
    username: string;
    email: string;
    company: string;
    contactName: string;
    contactPhone: string;
    product: string;
    /** Their current standard PIN, or ''. */
    pin: string;
}

function query(data: unknown): CustomerData['uiapi']['query'] {
    return (data as CustomerData).uiapi.query;
}

/** The customer's account and licenses; null when the user has no contact or account. */
export function customerFrom(data: unknown): Customer | null {
    const contact = query(data).User.edges[0]?.node.Contact;
    const account = contact?.Account;
    if (!contact || !account) {
        return null;
    }
    return {
        accountId: account.Id,
        contactId: contact.Id,
        product: account.Support_Product__c?.value ?? null,
        userLicenses: account.User_Licenses__c?.value ?? 0,
        privilegedAccess: contact.Privileged_Access__c?.value === true,
        licenses: (query(data).Support_License__c?.edges ?? [])
            .filter(({ node }) => node.Issued_On__c.value)
            .map(({ node }) => ({ issuedOn: node.Issued_On__c.value as string, quantity: node.Quantity__c.value ?? 0 }))
    };
}

/** The user's recent PINs, latest expiry first (expired ones too: the caller keeps the valid ones). */
export function pinsFrom(data: unknown): IssuedPin[] {
    return (query(data).Support_PIN__c?.edges ?? [])
        .map(({ node }) => ({
            id: node.Id,
            pin: node.PIN__c.value ?? '',
            kind: (node.Kind__c?.value === 'Privileged' ? 'privileged' : 'standard') as PinKind,
            expiresAt: node.Expires_At__c.value ?? ''
        }))
        .filter((pin) => pin.pin);
}

/** A privileged PIN of the company that is still valid: who issued it and until when Thycotic can write. */
export interface CompanyPrivilegedPin {
    id: string;
    expiresAt: string;
    issuedBy: string;
    /** The last four characters of its value: enough to name it, as the Support access page does. */
    lastFour: string;
}

/** The company's privileged PIN while it is valid at `now`, whoever issued it; undefined otherwise. */
export function companyPrivilegedPin(data: unknown, now: Date = new Date()): CompanyPrivilegedPin | undefined {
    const node = query(data).CompanyPrivilegedPin?.edges[0]?.node;
    const expiresAt = node?.Expires_At__c?.value ?? '';
    if (!node || !isPinCurrent(expiresAt, now)) {
        return undefined;
    }
    return {
        id: node.Id,
        expiresAt,
        issuedBy: node.Issued_By_Name__c?.value ?? '',
        lastFour: (node.PIN__c?.value ?? '').slice(-4)
    };
}

export function customerOnFile(data: unknown, now: Date = new Date()): CustomerOnFile {
    const user = query(data).User.edges[0]?.node;
    const contact = user?.Contact;
    const current = pinsFrom(data).find((pin) => pin.kind === 'standard' && isPinCurrent(pin.expiresAt, now));
    return {
        contactId: contact?.Id ?? '',
        username: user?.Username?.value ?? '',
        // Support matches mail against the contact's address; the user's login address is the fallback.
        email: contact?.Email?.value ?? user?.Email?.value ?? '',
        company: contact?.Account?.Name?.value ?? '',
        contactName: contact?.Name?.value ?? '',
        contactPhone: contact?.Phone?.value ?? '',
        product: contact?.Account?.Support_Product__c?.value ?? '',
        pin: current?.pin ?? ''
    };
}
