/**
 * supportEmailComposer — email support the way the policy asks: the PIN in the
 * subject (`PIN 345 Workflow Stopped Unexpectedly`), company, contact, phone,
 * product and details in the body, sent from the address on file. It opens
 * the customer's mail app with a `mailto:` link and offers both parts to copy
 * for webmail. Without a valid PIN it points to the PIN bar; Severity 1 is
 * refused in favour of phone.
 *
 * The summary and details are shared (supportContext) with the checklist and
 * the case flow. The PIN comes from the customer query alone (supportCustomer),
 * which the PIN bar asks again after it stores one. Public surface: none.
 */
import { LightningElement, wire } from 'lwc';
import { graphql } from 'lightning/graphql';
import type { GraphQLResult } from 'lightning/graphql';
import { MessageContext } from 'lightning/messageService';
import type { MessageContextType, Subscription } from 'lightning/messageService';
import TITLE from '@salesforce/label/c.Support_Email_Title';
import TO from '@salesforce/label/c.Support_Email_To';
import FROM from '@salesforce/label/c.Support_Email_From';
import FROM_UNKNOWN from '@salesforce/label/c.Support_Email_From_Unknown';
import OTHER_ADDRESS from '@salesforce/label/c.Support_Email_Other_Address';
import SUMMARY from '@salesforce/label/c.Support_Email_Summary';
import SUMMARY_HELP from '@salesforce/label/c.Support_Email_Summary_Help';
import DETAILS from '@salesforce/label/c.Support_Email_Details';
import SUBJECT_PREVIEW from '@salesforce/label/c.Support_Email_Subject_Preview';
import BODY_PREVIEW from '@salesforce/label/c.Support_Email_Body_Preview';
import OPEN from '@salesforce/label/c.Support_Email_Open';
import COPY_SUBJECT from '@salesforce/label/c.Support_Email_Copy_Subject';
import COPY_BODY from '@salesforce/label/c.Support_Email_Copy_Body';
import COPIED from '@salesforce/label/c.Support_Email_Copied';
import COPY_FAILED from '@salesforce/label/c.Support_Email_Copy_Failed';
import WEBMAIL from '@salesforce/label/c.Support_Email_Webmail';
import TRUNCATED from '@salesforce/label/c.Support_Email_Truncated';
import NO_PIN from '@salesforce/label/c.Support_Email_No_PIN';
import SEVERITY_1 from '@salesforce/label/c.Support_Email_Severity_1';
import SUMMARY_REQUIRED from '@salesforce/label/c.Support_Email_Summary_Required';
import { SUPPORT_EMAIL, emailBody, emailSubject, mailtoLink, singleLine } from 'c/supportEmail';
import { formatLabel } from 'c/supportFormat';
import { isPhoneOnly } from 'c/supportSeverities';
import type { Mailto } from 'c/supportEmail';
import { readContext, shareContext, followContext, unsubscribeFromContext } from 'c/supportContext';
import type { SupportContext } from 'c/supportContext';
import { CUSTOMER_QUERY, customerOnFile, customerVariables } from 'c/supportCustomer';
import type { CustomerOnFile } from 'c/supportCustomer';

export default class SupportEmailComposer extends LightningElement {
    labels = {
        title: TITLE,
        otherAddress: OTHER_ADDRESS,
        summary: SUMMARY,
        summaryHelp: SUMMARY_HELP,
        details: DETAILS,
        subjectPreview: SUBJECT_PREVIEW,
        bodyPreview: BODY_PREVIEW,
        open: OPEN,
        copySubject: COPY_SUBJECT,
        copyBody: COPY_BODY,
        copied: COPIED,
        copyFailed: COPY_FAILED,
        webmail: WEBMAIL,
        truncated: TRUNCATED,
        noPin: NO_PIN,
        severity1: SEVERITY_1,
        summaryRequired: SUMMARY_REQUIRED
    };

    context: SupportContext = readContext();
    onFile?: CustomerOnFile;
    customerVariables = customerVariables();
    messageContext?: MessageContextType;
    subscription?: Subscription;

    @wire(MessageContext)
    wiredMessageContext(context: MessageContextType): void {
        this.messageContext = context;
        this.subscription = followContext(context, this.subscription, (shared) => {
            this.context = shared;
        });
    }

    @wire(graphql, { query: CUSTOMER_QUERY, variables: '$customerVariables' })
    wiredCustomer({ data }: GraphQLResult): void {
        if (data) {
            this.onFile = customerOnFile(data);
        }
    }

    disconnectedCallback(): void {
        unsubscribeFromContext(this.subscription);
        this.subscription = undefined;
    }

    get toText(): string {
        return formatLabel(TO, SUPPORT_EMAIL);
    }

    get fromText(): string {
        return this.onFile?.email ? formatLabel(FROM, this.onFile.email) : FROM_UNKNOWN;
    }

    /** The customer's current PIN on file: the one just issued once the PIN bar's refresh answers. */
    get pin(): string {
        return this.onFile?.pin ?? '';
    }

    get isSeverity1(): boolean {
        return isPhoneOnly(this.context.severity);
    }

    get needsPin(): boolean {
        return !this.isSeverity1 && !this.pin;
    }

    get canCompose(): boolean {
        return !this.isSeverity1 && Boolean(this.pin);
    }

    get hasSummary(): boolean {
        return Boolean(singleLine(this.context.summary));
    }

    get subject(): string {
        return emailSubject(this.pin, this.context.summary);
    }

    get body(): string {
        return emailBody({
            company: this.onFile?.company,
            contactName: this.context.contactName || this.onFile?.contactName,
            contactPhone: this.context.contactPhone || this.onFile?.contactPhone,
            product: this.context.product || this.onFile?.product,
            details: this.context.details
        });
    }

    get mail(): Mailto {
        return mailtoLink(this.subject, this.body);
    }

    handleChange(event: CustomEvent<{ value?: string }>): void {
        const key = (event.target as HTMLElement).dataset.key as 'summary' | 'details';
        this.context = shareContext(this.messageContext, { [key]: event.detail?.value ?? '' });
    }
}
