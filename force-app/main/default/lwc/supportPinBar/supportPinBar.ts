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
import { MessageContext } from 'lightning/messageService';
import type { MessageContextType } from 'lightning/messageService';
import LOCALE from '@salesforce/i18n/locale';
import TIME_ZONE from '@salesforce/i18n/timeZone';
import { calendarDate, formatDateTime, formatLabel } from 'c/supportFormat';
import { describeCoverage } from 'c/supportCoverage';
import { hasPrivilegedPin } from 'c/supportDirectory';
import type { Coverage } from 'c/supportCoverage';
import type { PinKind } from 'c/supportPins';
import { reduceErrors } from 'c/ldsUtils';
import { shareContext } from 'c/supportContext';
import { CUSTOMER_QUERY, customerFrom, customerVariables, pinsFrom } from 'c/supportCustomer';
import type { Customer, IssuedPin } from 'c/supportCustomer';
import {
    LABELS,
    ANNOUNCE,
    CONFIRM_TITLE,
    KIND_PRIVILEGED,
    KIND_STANDARD,
    PRIVILEGED_ACTIVE_UNTIL,
    PRIVILEGED_TITLE,
    TECH_TITLE,
    VALID_UNTIL,
    YOUR_PIN
} from './labels';
import { pinSaveErrors, storePin } from './storePin';
import { coverageOn, validPins } from './pinList';

export { MAX_PIN_ATTEMPTS } from './storePin';

/** What the inline panel under the cloud actions shows: a question, or a new PIN. */
type Panel = { kind: 'confirm' } | { kind: 'pin'; heading: string; pin: string; expires: string; privileged: boolean };

/** The action button that opened a panel gets focus back when the panel closes. */
type Opener = 'tech-pin' | 'privileged-pin';

export default class SupportPinBar extends LightningElement {
    @api mode = 'AUTO';

    labels = LABELS;

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
        return coverageOn(this.customer, calendarDate(new Date(), TIME_ZONE));
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
        return validPins(this.issuedPin, this.storedPins, new Date()).find((pin) => pin.kind === 'privileged');
    }

    get privilegedActiveText(): string {
        const active = hasPrivilegedPin(this.customer?.product) ? this.activePrivilegedPin : undefined;
        return active ? formatLabel(PRIVILEGED_ACTIVE_UNTIL, this.formatExpiry(active.expiresAt)) : '';
    }

    /** The PIN to show on the bar: the one just issued, or a still-valid one from before. */
    get currentPin(): IssuedPin | undefined {
        return validPins(this.issuedPin, this.storedPins, new Date()).find((pin) => pin.kind === 'standard');
    }

    get currentPinText(): string {
        return this.currentPin ? formatLabel(YOUR_PIN, this.currentPin.pin) : '';
    }

    get currentPinValidUntil(): string {
        return this.currentPin ? formatLabel(VALID_UNTIL, this.formatExpiry(this.currentPin.expiresAt)) : '';
    }

    /** Secret Server Cloud: every still-valid PIN, the one just issued first, each once. */
    get currentPins(): { id: string; kind: string; pin: string; validUntil: string }[] {
        return validPins(this.issuedPin, this.storedPins, new Date()).map((pin) => ({
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
            this.issuedPin = await storePin(kind);
            if (kind === 'standard') {
                this.sharePin(this.issuedPin.pin);
            }
            // LDS does not add a new record to a query's result: ask again, so the bar shows
            // this PIN when the customer comes back to the page.
            this.wiredResult?.refresh?.();
            return this.issuedPin;
        } catch (error) {
            this.saveErrors = pinSaveErrors(error);
            return undefined;
        } finally {
            this.saving = false;
        }
    }
}
