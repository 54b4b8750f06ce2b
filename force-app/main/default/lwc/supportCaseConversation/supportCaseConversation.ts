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
 * On the Thycotic Support app's case page the reader is an engineer (a user without a contact):
 * their replies show as from Thycotic Support (From_Support__c), on open and closed cases alike
 * (the validation rules let Thycotic users add a note to a closed case). Closing and reopening are
 * the customer's word that the issue is solved or back (Action__c), so the engineer is offered
 * neither. The page's one Severity 1 advice is the phone number on the case's details (supportCaseDetail).
 *
 * A case that is not there, or not the reader's (or a case number the case page is still looking
 * up), shows nothing here: there is nothing to reply to.
 *
 * Public surface: `recordId` (the case), set by the case record page (the site's, or the app's:
 * "Place the component with the recordId property directly on a record context for it to be
 * auto-populated", LWC Developer Guide, Make a Component Aware of Its Record Context).
 */
import { LightningElement, api, wire } from 'lwc';
import { graphql } from 'lightning/graphql';
import type { GraphQLResult } from 'lightning/graphql';
import { createRecord, notifyRecordUpdateAvailable, updateRecord } from 'lightning/uiRecordApi';
import USER_ID from '@salesforce/user/Id';
import LOCALE from '@salesforce/i18n/locale';
import TIME_ZONE from '@salesforce/i18n/timeZone';
import MESSAGE_OBJECT from '@salesforce/schema/Case_Message__c';
import CASE_FIELD from '@salesforce/schema/Case_Message__c.Case__c';
import BODY_FIELD from '@salesforce/schema/Case_Message__c.Body__c';
import ACTION_FIELD from '@salesforce/schema/Case_Message__c.Action__c';
import READ_OBJECT from '@salesforce/schema/Case_Read__c';
import READ_CASE_FIELD from '@salesforce/schema/Case_Read__c.Case__c';
import READ_AT_FIELD from '@salesforce/schema/Case_Read__c.Read_At__c';
import { noteCasesChanged } from 'c/supportCaseChanges';
import { formatLabel } from 'c/supportFormat';
import { isCaseNumber } from 'c/supportCaseRules';
import { CONVERSATION_QUERY, MESSAGES_SHOWN, conversationFrom, lastReadOf } from './conversationQuery';
import type { Conversation, ConversationData } from './conversationQuery';
import { CLOSED_DONE, FOR_SUPPORT, LABELS, LATEST, NOTE_LABEL, REOPENED_DONE, REPLY_LABEL } from './labels';
import { SEND, SENDING, SENT, SENT_SUPPORT } from './labels';

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
    /** The case whose read is filed (or being filed): one per opening, however often the page renders. */
    readFiledFor?: string;
    /** The case whose first new message still waits to be scrolled to and focused. */
    focusPendingFor?: string;
    /**
     * The reader's last read before this opening. Filing the read changes their row, and LDS sends the
     * answer again with it ("GraphQL API Developer Guide", Update Cached Query Results); the marks stay
     * as they were when the page opened.
     */
    openedWith?: { caseId: string; lastRead: string | null };

    /** A case's record Id to ask about; none for a case number (supportCaseDetail finds its case). */
    get conversationQuery(): unknown {
        return this.isCaseId ? CONVERSATION_QUERY : undefined;
    }

    get isCaseId(): boolean {
        return Boolean(this.recordId) && !isCaseNumber(this.recordId);
    }

    get variables(): Record<string, unknown> {
        return { caseId: this.recordId ?? null, first: MESSAGES_SHOWN, userId: USER_ID };
    }

    @wire(graphql, { query: '$conversationQuery', variables: '$variables' })
    wiredConversation(result: GraphQLResult): void {
        this.wiredResult = result;
        if (result.errors?.length) {
            this.loadErrors = result.errors;
        } else if (result.data) {
            this.loadErrors = undefined;
            const data = result.data as ConversationData;
            const caseId = this.recordId ?? '';
            if (this.openedWith?.caseId !== caseId) {
                this.openedWith = { caseId, lastRead: lastReadOf(data) };
            }
            this.conversation = conversationFrom(data, {
                userId: USER_ID,
                locale: LOCALE,
                timeZone: TIME_ZONE,
                lastRead: this.openedWith.lastRead
            });
            this.fileRead(this.conversation);
        }
    }

    /**
     * The reader opened the case: their read row gets the server's time (the flow Support_Case_Read_Stamp
     * stamps Read_At__c and the unique Key__c, whatever is sent). The messages stay marked as they were
     * when the page opened. A read that cannot be filed leaves the page as it is, and is not logged.
     */
    async fileRead(conversation: Conversation): Promise<void> {
        const caseId = this.recordId;
        if (!caseId || !conversation.found || conversation.bySupport || this.readFiledFor === caseId) {
            return;
        }
        this.readFiledFor = caseId;
        this.focusPendingFor = caseId;
        const now = new Date().toISOString();
        try {
            if (conversation.readId) {
                await updateRecord({ fields: { Id: conversation.readId, [READ_AT_FIELD.fieldApiName]: now } });
            } else {
                await createRecord({
                    apiName: READ_OBJECT.objectApiName,
                    fields: { [READ_CASE_FIELD.fieldApiName]: caseId, [READ_AT_FIELD.fieldApiName]: now }
                });
            }
            // The Cases tab (cached by LDS) asks again once, and its badge is gone.
            noteCasesChanged();
        } catch {
            // Not knowing the read only leaves the case marked new; the page works on.
        }
    }

    /** The first new message from Thycotic, once per opening: scrolled to and focused, for keyboard and screen reader users too. */
    renderedCallback(): void {
        if (!this.focusPendingFor || this.focusPendingFor !== this.recordId) {
            return;
        }
        const first = this.template?.querySelector<HTMLElement>('.thread li[data-new="true"]');
        if (first) {
            this.focusPendingFor = undefined;
            first.scrollIntoView?.({ block: 'center' });
            first.focus();
        } else if (this.conversation) {
            this.focusPendingFor = undefined;
        }
    }

    // ----- what the customer (or the engineer) sees ---------------------------------

    /** The case is the reader's (or not known yet); a case that is not there shows nothing. */
    get showsCase(): boolean {
        return this.isCaseId && this.conversation?.found !== false;
    }

    /** An engineer answering on the app's case page (see the top of this file). */
    get bySupport(): boolean {
        return this.conversation?.bySupport === true;
    }

    /** The words for this reader: the customer's, with the engineer's where they differ. */
    get text(): typeof LABELS {
        return this.bySupport ? { ...LABELS, ...FOR_SUPPORT } : LABELS;
    }

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

    /** The box holds a reply (an engineer's, always), or (closing, reopening) an optional note. */
    get boxLabel(): string {
        return this.canReply ? REPLY_LABEL : NOTE_LABEL;
    }

    get sendLabel(): string {
        return this.sending ? SENDING : SEND;
    }

    get cannotSend(): boolean {
        return this.sending || !this.draft.trim();
    }

    /** A reply can be sent: on an open case, or by an engineer on any case. */
    get canReply(): boolean {
        return (this.isOpen || this.bySupport) && !this.confirmingClose;
    }

    /** The customer's own actions on their case: closing, reopening. */
    get offersCustomerActions(): boolean {
        return !this.bySupport;
    }

    get offersReopen(): boolean {
        return this.isClosed && !this.bySupport;
    }

    // ----- what the customer does --------------------------------------------------

    handleDraftChange(event: CustomEvent<{ value?: string }>): void {
        this.draft = event.detail?.value ?? '';
    }

    /** The customer chose to take a secret out of the reply (c-support-secret-warning). */
    handleRemoveSecret(event: CustomEvent<{ text: string }>): void {
        this.draft = event.detail.text;
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
            this.announcement = this.bySupport ? SENT_SUPPORT : DONE[action];
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
