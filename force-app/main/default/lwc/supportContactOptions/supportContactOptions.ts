/**
 * supportContactOptions — step three of the support policy: phone, email or a
 * support case, each with when to use it. Choosing Severity 1 (complete loss
 * of service) anywhere leaves only phone, and shows the numbers.
 *
 * Public surface (also Experience Builder properties):
 * - `emailPage`: API name of the page with the email composer, used when no
 *   parent shows it (the portal page switches to its Email tab instead).
 * - `createCasePage`: API name of the Create a Case page.
 * Events: `sectionrequest` (detail `{ section: 'phone' | 'email' }`, bubbles,
 * cancelable): a parent that shows that section itself cancels it.
 */
import { LightningElement, api, wire } from 'lwc';
import { NavigationMixin } from 'lightning/navigation';
import { MessageContext } from 'lightning/messageService';
import type { MessageContextType, Subscription } from 'lightning/messageService';
import TITLE from '@salesforce/label/c.Support_Contact_Title';
import PIN_FIRST from '@salesforce/label/c.Support_Contact_PIN_First';
import SEVERITY_QUESTION from '@salesforce/label/c.Support_Contact_Severity_Question';
import PHONE_TITLE from '@salesforce/label/c.Support_Contact_Phone_Title';
import PHONE_WHEN from '@salesforce/label/c.Support_Contact_Phone_When';
import EMAIL_TITLE from '@salesforce/label/c.Support_Contact_Email_Title';
import EMAIL_WHEN from '@salesforce/label/c.Support_Contact_Email_When';
import TICKET_TITLE from '@salesforce/label/c.Support_Contact_Ticket_Title';
import TICKET_WHEN from '@salesforce/label/c.Support_Contact_Ticket_When';
import NOT_FOR_SEVERITY_1 from '@salesforce/label/c.Support_Contact_Not_For_Severity_1';
import SHOW_NUMBERS from '@salesforce/label/c.Support_Contact_Show_Numbers';
import WRITE_EMAIL from '@salesforce/label/c.Support_Contact_Write_Email';
import OPEN_CASE from '@salesforce/label/c.Support_Contact_Open_Case';
import SEVERITY_1_TITLE from '@salesforce/label/c.Support_Case_Severity_1_Title';
import SEVERITY_1_BODY from '@salesforce/label/c.Support_Case_Severity_1_Body';
import { SEVERITIES, isPhoneOnly, severityOf } from 'c/supportSeverities';
import { readContext, shareContext, followContext, unsubscribeFromContext } from 'c/supportContext';
import { CREATE_CASE_PAGE } from 'c/supportPages';

export default class SupportContactOptions extends NavigationMixin(LightningElement) {
    @api emailPage = '';
    @api createCasePage = CREATE_CASE_PAGE;

    labels = {
        title: TITLE,
        pinFirst: PIN_FIRST,
        severityQuestion: SEVERITY_QUESTION,
        phoneTitle: PHONE_TITLE,
        phoneWhen: PHONE_WHEN,
        emailTitle: EMAIL_TITLE,
        emailWhen: EMAIL_WHEN,
        ticketTitle: TICKET_TITLE,
        ticketWhen: TICKET_WHEN,
        notForSeverity1: NOT_FOR_SEVERITY_1,
        showNumbers: SHOW_NUMBERS,
        writeEmail: WRITE_EMAIL,
        openCase: OPEN_CASE,
        severity1Title: SEVERITY_1_TITLE,
        severity1Body: SEVERITY_1_BODY
    };

    severity = readContext().severity;
    numbersShown = false;
    messageContext?: MessageContextType;
    subscription?: Subscription;

    @wire(MessageContext)
    wiredMessageContext(context: MessageContextType): void {
        this.messageContext = context;
        this.subscription = followContext(context, this.subscription, (shared) => {
            this.severity = shared.severity;
        });
    }

    disconnectedCallback(): void {
        unsubscribeFromContext(this.subscription);
        this.subscription = undefined;
    }

    get severityOptions(): { label: string; value: string }[] {
        return SEVERITIES.map((s) => ({ label: `${s.name}: ${s.definition}`, value: s.value }));
    }

    get severityValue(): string {
        return severityOf(this.severity)?.value ?? '';
    }

    get isSeverity1(): boolean {
        return isPhoneOnly(this.severity);
    }

    get emailAllowed(): boolean {
        return !this.isSeverity1;
    }

    get emailBlocked(): boolean {
        return !this.emailAllowed;
    }

    get ticketAllowed(): boolean {
        return !this.isSeverity1;
    }

    get ticketBlocked(): boolean {
        return !this.ticketAllowed;
    }

    get showPhoneNumbers(): boolean {
        return this.isSeverity1 || this.numbersShown;
    }

    /** With Severity 1 the numbers are always shown; otherwise the customer opens them. */
    get canToggleNumbers(): boolean {
        return !this.isSeverity1;
    }

    get numbersExpanded(): string {
        return String(this.showPhoneNumbers);
    }

    get emailCardClass(): string {
        return `method method_email${this.emailBlocked ? ' method_blocked' : ''}`;
    }

    get ticketCardClass(): string {
        return `method method_ticket${this.ticketBlocked ? ' method_blocked' : ''}`;
    }

    handleSeverityChange(event: CustomEvent<{ value: string }>): void {
        this.severity = event.detail.value;
        shareContext(this.messageContext, { severity: this.severity });
    }

    /** Asks a parent to show a section; returns false when a parent took care of it. */
    requestSection(section: 'phone' | 'email'): boolean {
        return this.dispatchEvent(
            new CustomEvent('sectionrequest', { detail: { section }, bubbles: true, composed: true, cancelable: true })
        );
    }

    handleShowNumbers(): void {
        if (this.requestSection('phone')) {
            this.numbersShown = !this.numbersShown;
        }
    }

    handleWriteEmail(): void {
        if (this.requestSection('email') && this.emailPage) {
            this[NavigationMixin.Navigate]({ type: 'comm__namedPage', attributes: { name: this.emailPage } });
        }
    }

    handleOpenCase(): void {
        this[NavigationMixin.Navigate]({ type: 'comm__namedPage', attributes: { name: this.createCasePage } });
    }
}
