/**
 * supportCaseConversation — the conversation on a case page: the latest messages between the
 * customer and Thycotic Support, newest last, and a box to reply, close a solved case (with an
 * optional note, after an inline confirmation) or reopen a closed one.
 *
 * Every write is one Case_Message__c created through Lightning Data Service; the org decides what
 * it may do (validation rules on Case_Message__c: the customer's own cases, the reopen window the
 * admin sets) and a record-triggered flow (Support_Case_Message_Apply) applies a close or reopen
 * to the case. Customers never edit the case itself. The text survives a failed save, and a
 * double click files one message.
 *
 * Public surface: `recordId` (the case), set by the case record page.
 */
import { LightningElement, api, wire } from 'lwc';
import { graphql } from 'lightning/graphql';
import type { GraphQLResult } from 'lightning/graphql';
import { createRecord, notifyRecordUpdateAvailable } from 'lightning/uiRecordApi';
import USER_ID from '@salesforce/user/Id';
import LOCALE from '@salesforce/i18n/locale';
import TIME_ZONE from '@salesforce/i18n/timeZone';
import MESSAGE_OBJECT from '@salesforce/schema/Case_Message__c';
import CASE_FIELD from '@salesforce/schema/Case_Message__c.Case__c';
import BODY_FIELD from '@salesforce/schema/Case_Message__c.Body__c';
import ACTION_FIELD from '@salesforce/schema/Case_Message__c.Action__c';
import { formatLabel } from 'c/supportFormat';
import { CONVERSATION_QUERY, MESSAGES_SHOWN, conversationFrom } from './conversationQuery';
import type { Conversation, ConversationData } from './conversationQuery';
import { CLOSED_DONE, LABELS, LATEST, NOTE_LABEL, REOPENED_DONE, REPLY_LABEL, SEND, SENDING, SENT } from './labels';

type Action = 'Reply' | 'Close' | 'Reopen';

const DONE: Record<Action, string> = { Reply: SENT, Close: CLOSED_DONE, Reopen: REOPENED_DONE };

export default class SupportCaseConversation extends LightningElement {
    @api recordId?: string;

    labels = LABELS;
    conversation?: Conversation;
    wiredResult?: GraphQLResult;
    loadErrors: unknown;
    draft = '';
    confirmingClose = false;
    sending = false;
    saveError: unknown;
    announcement = '';

    get variables(): Record<string, unknown> {
        return { caseId: this.recordId, first: MESSAGES_SHOWN };
    }

    @wire(graphql, { query: CONVERSATION_QUERY, variables: '$variables' })
    wiredConversation(result: GraphQLResult): void {
        this.wiredResult = result;
        if (result.errors?.length) {
            this.loadErrors = result.errors;
        } else if (result.data) {
            this.loadErrors = undefined;
            this.conversation = conversationFrom(result.data as ConversationData, {
                userId: USER_ID,
                locale: LOCALE,
                timeZone: TIME_ZONE
            });
        }
    }

    // ----- what the customer sees --------------------------------------------------

    get isLoaded(): boolean {
        return Boolean(this.conversation) && !this.loadErrors;
    }

    get hasMessages(): boolean {
        return Boolean(this.conversation?.messages.length);
    }

    get latestText(): string {
        const { messages = [], total = 0 } = this.conversation ?? {};
        return total > messages.length ? formatLabel(LATEST, messages.length, total) : '';
    }

    get isOpen(): boolean {
        return this.conversation?.isClosed === false;
    }

    get isClosed(): boolean {
        return this.conversation?.isClosed === true;
    }

    /** The box holds a reply, or (closing, reopening) an optional note. */
    get boxLabel(): string {
        return this.isOpen && !this.confirmingClose ? REPLY_LABEL : NOTE_LABEL;
    }

    get sendLabel(): string {
        return this.sending ? SENDING : SEND;
    }

    get cannotSend(): boolean {
        return this.sending || !this.draft.trim();
    }

    get showReplyActions(): boolean {
        return this.isOpen && !this.confirmingClose;
    }

    // ----- what the customer does --------------------------------------------------

    handleDraftChange(event: CustomEvent<{ value?: string }>): void {
        this.draft = event.detail?.value ?? '';
    }

    handleSend(): Promise<void> {
        return this.send('Reply');
    }

    handleStartClose(): void {
        this.confirmingClose = true;
        this.saveError = undefined;
    }

    handleCancelClose(): void {
        this.confirmingClose = false;
    }

    handleConfirmClose(): Promise<void> {
        return this.send('Close');
    }

    handleReopen(): Promise<void> {
        return this.send('Reopen');
    }

    handleTryAgain(): void {
        this.loadErrors = undefined;
        this.conversation = undefined;
        this.wiredResult?.refresh?.();
    }

    /** One message, once: the text is kept until the org has it. */
    async send(action: Action): Promise<void> {
        if (this.sending || !this.recordId || (action === 'Reply' && !this.draft.trim())) {
            return;
        }
        this.sending = true;
        this.saveError = undefined;
        this.announcement = '';
        try {
            await createRecord({
                apiName: MESSAGE_OBJECT.objectApiName,
                fields: {
                    [CASE_FIELD.fieldApiName]: this.recordId,
                    [ACTION_FIELD.fieldApiName]: action,
                    [BODY_FIELD.fieldApiName]: this.draft.trim() || null
                }
            });
            this.draft = '';
            this.confirmingClose = false;
            this.announcement = DONE[action];
            // The thread and the case's status (supportCaseDetail's record) both changed on the server.
            await Promise.all([
                this.wiredResult?.refresh?.(),
                notifyRecordUpdateAvailable([{ recordId: this.recordId }])
            ]);
        } catch (error) {
            this.saveError = error;
        } finally {
            this.sending = false;
        }
    }
}
