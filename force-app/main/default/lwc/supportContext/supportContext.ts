/**
 * supportContext — what the customer has told the portal so far, shared by
 * components placed separately on a site page.
 *
 * Live changes travel on the Support_Context message channel (Lightning
 * Message Service); the latest context is also kept in session storage, so a
 * component that appears later (another tab of the portal, a later page in
 * the same browser tab) starts from what the customer already entered. The
 * stored context is the signed-in user's (supportSessionStore): after a logout
 * the next user in the tab starts empty.
 * Nothing leaves the browser tab; the PIN is never written to a URL or a log.
 *
 * It also holds the one GraphQL query for the customer's details on file, so
 * every component that needs them asks LDS the same question (one request).
 */
import { publish, subscribe, unsubscribe, APPLICATION_SCOPE } from 'lightning/messageService';
import type { MessageContextType, Subscription } from 'lightning/messageService';
import { gql } from 'lightning/graphql';
import SUPPORT_CONTEXT from '@salesforce/messageChannel/Support_Context__c';
import { readOwn, writeOwn } from 'c/supportSessionStore';

export interface SupportContext {
    pin: string;
    severity: string;
    product: string;
    summary: string;
    details: string;
    contactName: string;
    contactPhone: string;
    contactHours: string;
}

export const EMPTY_CONTEXT: Readonly<SupportContext> = Object.freeze({
    pin: '',
    severity: '',
    product: '',
    summary: '',
    details: '',
    contactName: '',
    contactPhone: '',
    contactHours: ''
});

export const CONTEXT_STORAGE_KEY = 'c-support-context';

function sanitize(value: unknown): SupportContext {
    const source = (value && typeof value === 'object' ? value : {}) as Record<string, unknown>;
    return Object.fromEntries(
        (Object.keys(EMPTY_CONTEXT) as (keyof SupportContext)[]).map((key) => [
            key,
            typeof source[key] === 'string' ? (source[key] as string) : ''
        ])
    ) as unknown as SupportContext;
}

/** The context as last shared in this browser tab. */
export function readContext(): SupportContext {
    return sanitize(readOwn(CONTEXT_STORAGE_KEY));
}

/** Merges `changes` into the shared context, keeps it for later components and tells the others. */
export function shareContext(
    messageContext: MessageContextType | undefined,
    changes: Partial<SupportContext>
): SupportContext {
    const context = sanitize({ ...readContext(), ...changes });
    // Storage full or disabled: the message still reaches the components on the page.
    writeOwn(CONTEXT_STORAGE_KEY, context);
    if (messageContext) {
        publish(messageContext, SUPPORT_CONTEXT, { context });
    }
    return context;
}

/** Calls `listener` with the whole context every time a component shares a change. */
export function subscribeToContext(
    messageContext: MessageContextType,
    listener: (context: SupportContext) => void
): Subscription {
    return subscribe(
        messageContext,
        SUPPORT_CONTEXT,
        (message) => listener(sanitize((message as { context?: unknown } | undefined)?.context)),
        { scope: APPLICATION_SCOPE }
    );
}

/**
 * For a component's `@wire(MessageContext)` handler: subscribes once, when the
 * page's message context arrives, and keeps the subscription it already has.
 */
export function followContext(
    messageContext: MessageContextType | undefined,
    subscription: Subscription | undefined,
    listener: (context: SupportContext) => void
): Subscription | undefined {
    return subscription ?? (messageContext ? subscribeToContext(messageContext, listener) : undefined);
}

export function unsubscribeFromContext(subscription: Subscription | undefined): void {
    if (subscription) {
        unsubscribe(subscription);
    }
}

/** The customer's details on file and their current standard PIN. */
export const CUSTOMER_ON_FILE_QUERY = gql`
    query supportCustomerOnFile($userId: ID, $now: DateTime) {
        uiapi {
            query {
                User(where: { Id: { eq: $userId } }, first: 1) {
                    edges {
                        node {
                            Id
                            Username {
                                value
                            }
                            Email {
                                value
                            }
                            Contact {
                                Id
                                Name {
                                    value
                                }
                                Email {
                                    value
                                }
                                Phone {
                                    value
                                }
                                Account {
                                    Name {
                                        value
                                    }
                                    Support_Product__c {
                                        value
                                    }
                                }
                            }
                        }
                    }
                }
                Support_PIN__c(
                    where: {
                        and: [
                            { CreatedById: { eq: $userId } }
                            { Kind__c: { eq: "Standard" } }
                            { Expires_At__c: { gt: { value: $now } } }
                        ]
                    }
                    orderBy: { Expires_At__c: { order: DESC } }
                    first: 1
                ) {
                    edges {
                        node {
                            Id
                            PIN__c {
                                value
                            }
                            Expires_At__c {
                                value
                            }
                        }
                    }
                }
            }
        }
    }
`;

export interface CustomerOnFile {
    contactId: string;
    username: string;
    email: string;
    company: string;
    contactName: string;
    contactPhone: string;
    product: string;
    pin: string;
}

interface Value<T> {
    value: T | null;
}

interface CustomerOnFileData {
    uiapi: {
        query: {
            User: {
                edges: {
                    node: {
                        Username: Value<string>;
                        Email: Value<string>;
                        Contact: {
                            Id: string;
                            Name: Value<string>;
                            Email: Value<string>;
                            Phone: Value<string>;
                            Account: { Name: Value<string>; Support_Product__c: Value<string> } | null;
                        } | null;
                    };
                }[];
            };
            Support_PIN__c: { edges: { node: { PIN__c: Value<string> } }[] };
        };
    };
}

export function customerOnFile(data: unknown): CustomerOnFile {
    const query = (data as CustomerOnFileData).uiapi.query;
    const user = query.User.edges[0]?.node;
    const contact = user?.Contact;
    return {
        contactId: contact?.Id ?? '',
        username: user?.Username.value ?? '',
        // Support matches mail against the contact's address; the user's login address is the fallback.
        email: contact?.Email.value ?? user?.Email.value ?? '',
        company: contact?.Account?.Name.value ?? '',
        contactName: contact?.Name.value ?? '',
        contactPhone: contact?.Phone.value ?? '',
        product: contact?.Account?.Support_Product__c.value ?? '',
        pin: query.Support_PIN__c.edges[0]?.node.PIN__c.value ?? ''
    };
}

/** The query's `now`, to the minute: components that load together ask the very same question. */
export function queryNow(date: Date = new Date()): string {
    const minute = new Date(date);
    minute.setUTCSeconds(0, 0);
    return minute.toISOString();
}
