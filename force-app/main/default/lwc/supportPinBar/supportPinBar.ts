/**
 * supportPinBar — the large blue PIN bar.
 *
 * On load it reads, in one GraphQL request, the customer's account (user
 * licenses, product, support licenses) and their still-valid PINs, and works
 * out support coverage (supportCoverage). Covered customers get a PIN in one
 * click, stored as a Support_PIN__c record and shown on the bar; Secret Server
 * Cloud customers get Generate Tech Support PIN and Generate Privilege PIN,
 * each answered in an inline panel under the bar (the privileged one after an
 * inline confirmation): LWR sites do not support panels or modals ("Base
 * Lightning Component Limitations in LWR Sites", Experience Cloud Developer
 * Guide), so nothing here uses lightning/modal. Customers who are not covered
 * are told why.
 *
 * Public surface (also an Experience Builder property):
 * - `mode`: AUTO (default) shows the cloud actions when the account's product
 *   is Secret Server Cloud; STANDARD always shows the single bar; CLOUD always
 *   shows the cloud actions.
 */
import { LightningElement, api, wire } from 'lwc';
import { graphql } from 'lightning/graphql';
import type { GraphQLResult } from 'lightning/graphql';
import { createRecord } from 'lightning/uiRecordApi';
import type { RecordRepresentation } from 'lightning/uiRecordApi';
import { MessageContext } from 'lightning/messageService';
import type { MessageContextType } from 'lightning/messageService';
import LOCALE from '@salesforce/i18n/locale';
import TIME_ZONE from '@salesforce/i18n/timeZone';
import SUPPORT_PIN_OBJECT from '@salesforce/schema/Support_PIN__c';
import PIN_FIELD from '@salesforce/schema/Support_PIN__c.PIN__c';
import KIND_FIELD from '@salesforce/schema/Support_PIN__c.Kind__c';
import BAR_LABEL from '@salesforce/label/c.Support_PIN_Bar_Label';
import BAR_ACTION from '@salesforce/label/c.Support_PIN_Bar_Action';
import CHECKING from '@salesforce/label/c.Support_PIN_Checking';
import GENERATING from '@salesforce/label/c.Support_PIN_Generating';
import YOUR_PIN from '@salesforce/label/c.Support_PIN_Your_PIN';
import VALID_UNTIL from '@salesforce/label/c.Support_PIN_Valid_Until';
import RECORD_IT from '@salesforce/label/c.Support_PIN_Record_It';
import NEW_PIN from '@salesforce/label/c.Support_PIN_New';
import COPY from '@salesforce/label/c.Support_PIN_Copy';
import COPIED from '@salesforce/label/c.Support_PIN_Copied';
import COPY_FAILED from '@salesforce/label/c.Support_PIN_Copy_Failed';
import ANNOUNCE from '@salesforce/label/c.Support_PIN_Announce';
import NOT_COVERED from '@salesforce/label/c.Support_PIN_Not_Covered';
import WHAT_TO_DO from '@salesforce/label/c.Support_Coverage_What_To_Do';
import NO_ACCOUNT from '@salesforce/label/c.Support_PIN_No_Account';
import LOAD_ERROR from '@salesforce/label/c.Support_PIN_Load_Error';
import SAVE_ERROR from '@salesforce/label/c.Support_PIN_Save_Error';
import TRY_AGAIN from '@salesforce/label/c.Support_Try_Again';
import PIN_REFUSED from '@salesforce/label/c.Support_Policy_PIN_Taken';
import PRIVILEGED_ACTIVE_UNTIL from '@salesforce/label/c.Support_PIN_Privileged_Active_Until';
import CLOUD_INTRO from '@salesforce/label/c.Support_PIN_Cloud_Intro';
import GENERATE_TECH from '@salesforce/label/c.Support_PIN_Generate_Tech';
import GENERATE_PRIVILEGED from '@salesforce/label/c.Support_PIN_Generate_Privileged';
import TECH_TITLE from '@salesforce/label/c.Support_PIN_Tech_Title';
import PRIVILEGED_TITLE from '@salesforce/label/c.Support_PIN_Privileged_Title';
import CONFIRM_TITLE from '@salesforce/label/c.Support_PIN_Privileged_Confirm_Title';
import CURRENT_TITLE from '@salesforce/label/c.Support_PIN_Current_Title';
import KIND_STANDARD from '@salesforce/label/c.Support_PIN_Kind_Standard';
import KIND_PRIVILEGED from '@salesforce/label/c.Support_PIN_Kind_Privileged';
import { calendarDate, formatDateTime, formatLabel } from 'c/supportFormat';
import { describeCoverage, supportCoverage } from 'c/supportCoverage';
import { generatePin, isPinCurrent, pinExpiry } from 'c/supportPins';
import { hasPrivilegedPin } from 'c/supportDirectory';
import type { Coverage } from 'c/supportCoverage';
import type { PinKind } from 'c/supportPins';
import { fieldErrors, isDuplicateValue, reduceErrors } from 'c/ldsUtils';
import { shareContext } from 'c/supportContext';
import { CUSTOMER_QUERY, customerFrom, customerVariables, pinsFrom } from 'c/supportCustomer';
import type { Customer, IssuedPin } from 'c/supportCustomer';

/** A PIN collision (DUPLICATE_VALUE) is retried with a fresh PIN this many times in all. */
export const MAX_PIN_ATTEMPTS = 3;

const KIND_VALUES: Record<PinKind, string> = { standard: 'Standard', privileged: 'Privileged' };

/** The org refused the PIN value itself (taken, too easy to guess): a fresh PIN is the answer. */
function isPinRefused(error: unknown): boolean {
    return (
        isDuplicateValue(error, PIN_FIELD.fieldApiName) || (fieldErrors(error)[PIN_FIELD.fieldApiName] ?? []).length > 0
    );
}

/** The expiry the org stamped, when the save answered it. */
function storedExpiry(record: RecordRepresentation): string | undefined {
    const value = record.fields?.Expires_At__c?.value;
    return typeof value === 'string' ? value : undefined;
}

/** What the inline panel under the cloud actions shows: a question, or a new PIN. */
type Panel = { kind: 'confirm' } | { kind: 'pin'; heading: string; pin: string; expires: string; privileged: boolean };

/** The action button that opened a panel gets focus back when the panel closes. */
type Opener = 'tech-pin' | 'privileged-pin';

export default class SupportPinBar extends LightningElement {
    @api mode = 'AUTO';

    labels = {
        bar: BAR_LABEL,
        barAction: BAR_ACTION,
        checking: CHECKING,
        generating: GENERATING,
        recordIt: RECORD_IT,
        newPin: NEW_PIN,
        copy: COPY,
        copied: COPIED,
        copyFailed: COPY_FAILED,
        notCovered: NOT_COVERED,
        whatToDo: WHAT_TO_DO,
        noAccount: NO_ACCOUNT,
        loadError: LOAD_ERROR,
        saveError: SAVE_ERROR,
        tryAgain: TRY_AGAIN,
        cloudIntro: CLOUD_INTRO,
        generateTech: GENERATE_TECH,
        generatePrivileged: GENERATE_PRIVILEGED,
        currentTitle: CURRENT_TITLE
    };

    wiredResult?: GraphQLResult;
    customer?: Customer | null;
    storedPins: IssuedPin[] = [];
    loadErrors: string[] = [];
    issuedPin?: IssuedPin;
    saving = false;
    saveErrors: string[] = [];
    announcement = '';
    panel?: Panel;
    opener?: Opener;
    /** Set when a panel opens or closes: the next render moves focus to it or back to its opener. */
    focusPending = false;

    @wire(MessageContext)
    messageContext?: MessageContextType;

    /** The customer query's variables: the same in every component (one request). */
    variables = customerVariables();

    /** Tells the rest of the portal (email composer, case flow) which PIN the customer holds. */
    sharePin(pin: string): void {
        shareContext(this.messageContext, { pin });
    }

    @wire(graphql, { query: CUSTOMER_QUERY, variables: '$variables' })
    wiredCustomer(result: GraphQLResult): void {
        this.wiredResult = result;
        if (result.errors?.length) {
            this.loadErrors = reduceErrors(result.errors);
        } else if (result.data) {
            this.loadErrors = [];
            this.customer = customerFrom(result.data);
            this.storedPins = pinsFrom(result.data);
            const current = this.currentPin;
            if (current && this.isCovered) {
                this.sharePin(current.pin);
            }
        }
    }

    get isLoading(): boolean {
        return this.customer === undefined && !this.loadErrors.length;
    }

    get hasLoadError(): boolean {
        return this.loadErrors.length > 0 && this.customer === undefined;
    }

    get hasNoAccount(): boolean {
        return this.customer === null;
    }

    get coverage(): Coverage | undefined {
        if (!this.customer) {
            return undefined;
        }
        try {
            return supportCoverage(
                this.customer.userLicenses,
                this.customer.licenses,
                calendarDate(new Date(), TIME_ZONE)
            );
        } catch {
            // A license with an impossible issue date cannot prove coverage.
            return supportCoverage(this.customer.userLicenses, [], calendarDate(new Date(), TIME_ZONE));
        }
    }

    get isCovered(): boolean {
        return Boolean(this.coverage?.covered);
    }

    get isNotCovered(): boolean {
        return this.coverage !== undefined && !this.coverage.covered;
    }

    get coverageText(): string {
        return this.coverage ? describeCoverage(this.coverage, LOCALE) : '';
    }

    get isCloud(): boolean {
        const mode = String(this.mode ?? '').toUpperCase();
        return mode === 'CLOUD' || (mode !== 'STANDARD' && hasPrivilegedPin(this.customer?.product));
    }

    get isStandard(): boolean {
        return !this.isCloud;
    }

    /**
     * The privileged action is for Secret Server Cloud accounts only, whatever the builder mode says
     * (the org refuses it for any other product too).
     */
    get offersPrivileged(): boolean {
        return hasPrivilegedPin(this.customer?.product) && !this.activePrivilegedPin;
    }

    /** The customer's own privileged PIN that is still valid, if any: one at a time per account. */
    get activePrivilegedPin(): IssuedPin | undefined {
        const now = new Date();
        return [this.issuedPin, ...this.storedPins].find(
            (pin) => pin && pin.kind === 'privileged' && isPinCurrent(pin.expiresAt, now)
        );
    }

    get privilegedActiveText(): string {
        const active = hasPrivilegedPin(this.customer?.product) ? this.activePrivilegedPin : undefined;
        return active ? formatLabel(PRIVILEGED_ACTIVE_UNTIL, this.formatExpiry(active.expiresAt)) : '';
    }

    /** The PIN to show on the bar: the one just issued, or a still-valid one from before. */
    get currentPin(): IssuedPin | undefined {
        const now = new Date();
        return [this.issuedPin, ...this.storedPins].find(
            (pin) => pin && pin.kind === 'standard' && isPinCurrent(pin.expiresAt, now)
        );
    }

    get currentPinText(): string {
        return this.currentPin ? formatLabel(YOUR_PIN, this.currentPin.pin) : '';
    }

    get currentPinValidUntil(): string {
        return this.currentPin ? formatLabel(VALID_UNTIL, this.formatExpiry(this.currentPin.expiresAt)) : '';
    }

    /** Secret Server Cloud: every still-valid PIN, the one just issued first, each once. */
    get currentPins(): { id: string; kind: string; pin: string; validUntil: string }[] {
        const now = new Date();
        const byPin = new Map<string, IssuedPin>();
        for (const pin of this.issuedPin ? [this.issuedPin, ...this.storedPins] : this.storedPins) {
            if (isPinCurrent(pin.expiresAt, now) && !byPin.has(pin.pin)) {
                byPin.set(pin.pin, pin);
            }
        }
        return [...byPin.values()].map((pin) => ({
            id: pin.id,
            kind: `${pin.kind === 'privileged' ? KIND_PRIVILEGED : KIND_STANDARD}:`,
            pin: pin.pin,
            validUntil: formatLabel(VALID_UNTIL, this.formatExpiry(pin.expiresAt))
        }));
    }

    get hasCurrentPins(): boolean {
        return this.currentPins.length > 0;
    }

    get hasSaveErrors(): boolean {
        return this.saveErrors.length > 0;
    }

    formatExpiry(expiresAt: string): string {
        return formatDateTime(expiresAt, LOCALE, TIME_ZONE);
    }

    handleTryAgain(): void {
        this.loadErrors = [];
        this.customer = undefined;
        this.wiredResult?.refresh?.();
    }

    async handleGetPin(): Promise<void> {
        const issued = await this.issuePin('standard');
        if (issued) {
            this.announcement = formatLabel(ANNOUNCE, issued.pin, this.formatExpiry(issued.expiresAt));
        }
    }

    get isConfirming(): boolean {
        return this.panel?.kind === 'confirm';
    }

    get isConfirmingText(): string {
        return String(this.isConfirming);
    }

    get shownPin(): Extract<Panel, { kind: 'pin' }> | undefined {
        return this.panel?.kind === 'pin' ? this.panel : undefined;
    }

    get confirmTitle(): string {
        return CONFIRM_TITLE;
    }

    async handleTechPin(): Promise<void> {
        this.openPanel(undefined, 'tech-pin');
        const issued = await this.issuePin('standard');
        if (issued) {
            this.showPin(issued, TECH_TITLE);
        }
    }

    handlePrivilegedPin(): void {
        if (!this.saving && this.offersPrivileged) {
            this.openPanel({ kind: 'confirm' }, 'privileged-pin');
        }
    }

    /** The question stays (its buttons busy) until the PIN is stored, then gives way to the PIN or the error. */
    async handleConfirmPrivileged(): Promise<void> {
        const issued = await this.issuePin('privileged');
        if (issued) {
            this.showPin(issued, PRIVILEGED_TITLE);
        } else {
            this.closePanel();
        }
    }

    /** Cancel, Escape or Close: the panel goes and focus returns to the action that opened it. */
    closePanel(): void {
        this.panel = undefined;
        this.focusPending = true;
    }

    openPanel(panel: Panel | undefined, opener: Opener): void {
        this.panel = panel;
        this.opener = opener;
        this.focusPending = Boolean(panel);
    }

    showPin(issued: IssuedPin, heading: string): void {
        const expires = this.formatExpiry(issued.expiresAt);
        this.openPanel(
            { kind: 'pin', heading, pin: issued.pin, expires, privileged: issued.kind === 'privileged' },
            this.opener ?? 'tech-pin'
        );
        this.announcement = formatLabel(ANNOUNCE, issued.pin, expires);
    }

    renderedCallback(): void {
        if (!this.focusPending) {
            return;
        }
        this.focusPending = false;
        const panel = this.template?.querySelector<HTMLElement & { focus(): void }>(
            'c-support-pin-confirm, c-support-pin-dialog'
        );
        // Back to the action that opened the panel; the privileged one is gone while its PIN is valid.
        const target =
            panel ??
            this.template?.querySelector<HTMLElement>(`button.${this.opener ?? 'tech-pin'}`) ??
            this.template?.querySelector<HTMLElement>('button.tech-pin');
        target?.focus();
    }

    /**
     * Stores a new PIN. A collision with an existing PIN is retried with a fresh
     * one; any other failure is shown in words and leaves the bar usable.
     * Calls while a save is under way are ignored, so a double click files one record.
     */
    async issuePin(kind: PinKind): Promise<IssuedPin | undefined> {
        if (this.saving || !this.customer || !this.isCovered || (kind === 'privileged' && !this.offersPrivileged)) {
            return undefined;
        }
        this.saving = true;
        this.saveErrors = [];
        this.announcement = '';
        try {
            for (let attempt = 1; ; attempt++) {
                const pin = generatePin(kind);
                try {
                    // Only the PIN and its kind: the org stamps the account, contact, product, issue
                    // time and expiry, and refuses what the support policy does not allow (the
                    // Support PIN Policy flow). One attempt at a time: a retry must know that the
                    // previous PIN was refused.
                    // eslint-disable-next-line no-await-in-loop
                    const record = await createRecord({
                        apiName: SUPPORT_PIN_OBJECT.objectApiName,
                        fields: { [PIN_FIELD.fieldApiName]: pin, [KIND_FIELD.fieldApiName]: KIND_VALUES[kind] }
                    });
                    const expiresAt = storedExpiry(record) ?? pinExpiry(kind, new Date()).toISOString();
                    this.issuedPin = { id: record.id, pin, kind, expiresAt };
                    if (kind === 'standard') {
                        this.sharePin(pin);
                    }
                    // LDS does not add a new record to a query's result: ask again, so the bar shows
                    // this PIN when the customer comes back to the page.
                    this.wiredResult?.refresh?.();
                    return this.issuedPin;
                } catch (error) {
                    if (!isPinRefused(error) || attempt >= MAX_PIN_ATTEMPTS) {
                        throw error;
                    }
                }
            }
        } catch (error) {
            // A refused PIN value is never explained (it could name another customer's record).
            this.saveErrors = isPinRefused(error) ? [PIN_REFUSED] : reduceErrors(error);
            return undefined;
        } finally {
            this.saving = false;
        }
    }
}
