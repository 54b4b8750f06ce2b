/**
 * supportContext — what the customer has told the portal so far, shared by
 * components placed separately on a site page.
 *
 * Live changes travel on the Support_Context message channel (Lightning
 * Message Service); the latest context is also kept in session storage, so a
 * component that appears later (another tab of the portal, a later page in
 * the same browser tab) starts from what the customer already entered. The
 * stored context is the signed-in user's (supportSessionStore): after a logout
 * the next user in the tab starts empty. Nothing leaves the browser tab.
 *
 * The customer's PIN is not part of it: the one source of the current PIN is the
 * customer query (supportCustomer), asked again by the PIN bar after it stores one.
 */
import { publish, subscribe, unsubscribe, APPLICATION_SCOPE } from 'lightning/messageService';
import type { MessageContextType, Subscription } from 'lightning/messageService';
import SUPPORT_CONTEXT from '@salesforce/messageChannel/Support_Context__c';
import { readOwn, writeOwn } from 'c/supportSessionStore';

export interface SupportContext {
    severity: string;
    product: string;
    summary: string;
    details: string;
    contactName: string;
    contactPhone: string;
    contactHours: string;
}

export const EMPTY_CONTEXT: Readonly<SupportContext> = Object.freeze({
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
