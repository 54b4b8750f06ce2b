/**
 * supportChecklist — step one of the support policy: what to gather before
 * contacting support. What the org already knows (username, email on file,
 * company, contact, product) is filled in; what is the customer's to say
 * (contact, phone, product, symptoms, other details) can be edited and is
 * shared with the email composer and the case flow through supportContext.
 *
 * Public surface: none.
 */
import { LightningElement, wire } from 'lwc';
import { graphql } from 'lightning/graphql';
import type { GraphQLResult } from 'lightning/graphql';
import { getPicklistValuesByRecordType } from 'lightning/uiObjectInfoApi';
import type { PicklistValuesCollection } from 'lightning/uiObjectInfoApi';
import { MessageContext } from 'lightning/messageService';
import type { MessageContextType, Subscription } from 'lightning/messageService';
import CASE_OBJECT from '@salesforce/schema/Case';
import TITLE from '@salesforce/label/c.Support_Checklist_Title';
import INTRO from '@salesforce/label/c.Support_Checklist_Intro';
import COMPLETE from '@salesforce/label/c.Support_Checklist_Complete';
import MISSING from '@salesforce/label/c.Support_Checklist_Missing_Value';
import UNREAD from '@salesforce/label/c.Support_Checklist_Unread_Value';
import LOAD_ERROR from '@salesforce/label/c.Support_Checklist_Load_Error';
import { formatLabel } from 'c/supportFormat';
import { readContext, shareContext, followContext, unsubscribeFromContext } from 'c/supportContext';
import type { SupportContext } from 'c/supportContext';
import { CUSTOMER_QUERY, customerOnFile, customerVariables } from 'c/supportCustomer';
import type { CustomerOnFile } from 'c/supportCustomer';
import { MASTER_RECORD_TYPE_ID, casePicklists } from 'c/supportCasePicklists';
import { CHECKLIST } from './checklist';
import type { ChecklistKey } from './checklist';

/** Checklist items the customer fills in, and where each lives in the shared context. */
const EDITABLE: Partial<Record<ChecklistKey, keyof SupportContext>> = {
    contactName: 'contactName',
    contactPhone: 'contactPhone',
    product: 'product',
    details: 'details',
    other: 'contactHours'
};

/** Checklist items the org knows and the customer cannot change here. */
const ON_FILE: Partial<Record<ChecklistKey, keyof CustomerOnFile>> = {
    username: 'username',
    email: 'email',
    company: 'company'
};

interface ChecklistRow {
    key: ChecklistKey;
    label: string;
    value: string;
    shownValue: string;
    done: boolean;
    isReadOnly: boolean;
    isText: boolean;
    isTextarea: boolean;
    isProduct: boolean;
}

export default class SupportChecklist extends LightningElement {
    labels = { title: TITLE, intro: INTRO, loadError: LOAD_ERROR };

    context: SupportContext = readContext();
    onFile?: CustomerOnFile;
    loadFailed = false;
    productOptions: { label: string; value: string }[] = [];
    subscription?: Subscription;
    messageContext?: MessageContextType;
    customerVariables = customerVariables();

    @wire(MessageContext)
    wiredMessageContext(context: MessageContextType): void {
        this.messageContext = context;
        this.subscription = followContext(context, this.subscription, (shared) => {
            this.context = shared;
        });
    }

    @wire(graphql, { query: CUSTOMER_QUERY, variables: '$customerVariables' })
    wiredCustomer({ data, errors }: GraphQLResult): void {
        this.loadFailed = Boolean(errors?.length);
        if (data) {
            this.onFile = customerOnFile(data);
        }
    }

    /** Case's picklists by the master record type: with the customer query, in the first wave of requests. */
    @wire(getPicklistValuesByRecordType, { objectApiName: CASE_OBJECT, recordTypeId: MASTER_RECORD_TYPE_ID })
    wiredPicklists({ data }: { data?: PicklistValuesCollection }): void {
        this.productOptions = casePicklists(data).products;
    }

    disconnectedCallback(): void {
        unsubscribeFromContext(this.subscription);
        this.subscription = undefined;
    }

    /** The customer's own words win; what the org has on file fills the gaps. */
    valueOf(key: ChecklistKey): string {
        const shared = EDITABLE[key];
        const onFile = ON_FILE[key] ?? (shared as keyof CustomerOnFile | undefined);
        const fromContext = shared ? this.context[shared] : '';
        const fromFile = onFile && this.onFile ? (this.onFile[onFile] ?? '') : '';
        return fromContext || fromFile;
    }

    /** What an empty read-only row says: not on file only once the org answered; nothing while it is asked. */
    get emptyValue(): string {
        if (this.loadFailed) {
            return UNREAD;
        }
        return this.onFile ? MISSING : '';
    }

    get rows(): ChecklistRow[] {
        const emptyValue = this.emptyValue;
        return CHECKLIST.map(({ key, label }) => {
            const value = this.valueOf(key);
            const isReadOnly = !EDITABLE[key];
            return {
                key,
                label,
                value,
                shownValue: value || emptyValue,
                done: Boolean(value.trim()),
                isReadOnly,
                isText: !isReadOnly && key !== 'details' && key !== 'product',
                isTextarea: key === 'details',
                isProduct: key === 'product'
            };
        });
    }

    get progressText(): string {
        const rows = this.rows;
        return formatLabel(COMPLETE, rows.filter((row) => row.done).length, rows.length);
    }

    handleChange(event: CustomEvent<{ value?: string }>): void {
        const key = (event.target as HTMLElement).dataset.key as ChecklistKey;
        const shared = EDITABLE[key];
        if (shared) {
            this.context = shareContext(this.messageContext, { [shared]: event.detail?.value ?? '' });
        }
    }
}
