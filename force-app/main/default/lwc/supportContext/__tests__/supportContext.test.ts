import {
    EMPTY_CONTEXT,
    CONTEXT_STORAGE_KEY,
    followContext,
    readContext,
    shareContext,
    subscribeToContext,
    unsubscribeFromContext
} from 'c/supportContext';
import { publish, subscribe, unsubscribe } from 'lightning/messageService';
import type { MessageContextType, Subscription } from 'lightning/messageService';

const mockPublish = publish as jest.MockedFunction<typeof publish>;
const mockSubscribe = subscribe as jest.MockedFunction<typeof subscribe>;
const messageContext = {} as MessageContextType;

describe('supportContext', () => {
    afterEach(() => {
        window.sessionStorage.clear();
        jest.clearAllMocks();
    });

    it('starts empty', () => {
        expect(readContext()).toEqual({
            severity: '',
            product: '',
            summary: '',
            details: '',
            contactName: '',
            contactPhone: '',
            contactHours: ''
        });
    });

    it('merges what a component shares, keeps it for later components and tells the others', () => {
        shareContext(messageContext, { product: 'Secret Server' });
        const context = shareContext(messageContext, { severity: 'Severity 2', summary: 'Workflow stopped' });
        expect(context).toMatchObject({
            product: 'Secret Server',
            severity: 'Severity 2',
            summary: 'Workflow stopped'
        });
        expect(readContext()).toEqual(context);
        expect(mockPublish).toHaveBeenLastCalledWith(messageContext, expect.anything(), { context });
    });

    it('keeps the context without a message context (a component alone on a page)', () => {
        shareContext(undefined, { details: 'Stopped at 09:00' });
        expect(readContext().details).toBe('Stopped at 09:00');
        expect(mockPublish).not.toHaveBeenCalled();
    });

    it('ignores what is not part of the context, and stored data it cannot read', () => {
        shareContext(messageContext, { extra: 'x' } as never);
        expect(Object.keys(readContext())).not.toContain('extra');
        window.sessionStorage.setItem(CONTEXT_STORAGE_KEY, '{broken');
        expect(readContext().summary).toBe('');
        window.sessionStorage.setItem(CONTEXT_STORAGE_KEY, JSON.stringify({ summary: 42 }));
        expect(readContext().summary).toBe('');
    });

    it('carries no PIN, not even one shared or stored by an older portal (the customer query is its one source)', () => {
        const context = shareContext(messageContext, { pin: '80412765', summary: 'Login fails' } as never);
        expect(context).not.toHaveProperty('pin');
        expect(window.sessionStorage.getItem(CONTEXT_STORAGE_KEY)).not.toContain('80412765');
        expect(mockPublish).toHaveBeenLastCalledWith(messageContext, expect.anything(), {
            context: expect.not.objectContaining({ pin: expect.anything() })
        });
    });

    it("starts empty when the stored context is another user's (the tab outlived a logout)", () => {
        window.sessionStorage.setItem(
            CONTEXT_STORAGE_KEY,
            JSON.stringify({ owner: '005PREVIOUSUSER00', value: { pin: '48210937', summary: 'Their problem' } })
        );
        expect(readContext()).toEqual(EMPTY_CONTEXT);
        expect(window.sessionStorage.getItem(CONTEXT_STORAGE_KEY)).toBeNull();
    });

    it('hands every shared change to subscribers, whole and clean', () => {
        const listener = jest.fn();
        const subscription = { id: 1 } as unknown as Subscription;
        mockSubscribe.mockReturnValue(subscription);
        expect(subscribeToContext(messageContext, listener)).toBe(subscription);
        const [, , onMessage] = mockSubscribe.mock.calls[0];
        onMessage({ context: { severity: 'Severity 1' } });
        expect(listener).toHaveBeenCalledWith(expect.objectContaining({ severity: 'Severity 1', summary: '' }));
        onMessage(undefined);
        expect(listener).toHaveBeenLastCalledWith(expect.objectContaining({ severity: '' }));

        unsubscribeFromContext(subscription);
        expect(unsubscribe).toHaveBeenCalledWith(subscription);
        unsubscribeFromContext(undefined);
        expect(unsubscribe).toHaveBeenCalledTimes(1);
    });

    it('follows the context once the message context arrives, subscribing only once', () => {
        const subscription = { id: 2 } as unknown as Subscription;
        mockSubscribe.mockReturnValue(subscription);
        const listener = jest.fn();
        expect(followContext(undefined, undefined, listener)).toBeUndefined();
        expect(followContext(messageContext, undefined, listener)).toBe(subscription);
        expect(followContext(messageContext, subscription, listener)).toBe(subscription);
        expect(mockSubscribe).toHaveBeenCalledTimes(1);
    });
});
