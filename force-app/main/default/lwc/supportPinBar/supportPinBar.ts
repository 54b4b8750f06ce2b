/**
 * supportPinBar — the large blue PIN bar. One GraphQL request reads the customer's account (user licenses, product,
 * support licenses) and still-valid PINs, and works out support coverage (supportCoverage). Covered customers get a
 * PIN in one click, stored as a Support_PIN__c record (storePin.ts) and shown on the bar; Secret Server Cloud
 * customers get Generate Tech Support PIN and Generate Privilege PIN, each answered in an inline panel under the bar
 * (panel.ts: LWR sites support no modals). Customers who are not covered are told why. After storing a PIN the bar asks
 * the customer query again: that query is the one source of the current PIN for the rest of the portal. While a
 * privileged PIN is active the bar says so for the whole company, with End access (c/supportEndAccess) for the
 * contacts the company authorized.
 *
 * Public surface (also an Experience Builder property): `mode`: AUTO (default) shows the cloud actions when the
 * account's product is Secret Server Cloud; STANDARD always shows the single bar; CLOUD always the cloud actions.
 */
import { LightningElement, api, wire } from 'lwc';
import { graphql } from 'lightning/graphql';
import type { GraphQLResult } from 'lightning/graphql';
import LOCALE from '@salesforce/i18n/locale';
import { formatLabel, formatTimeLeft } from 'c/supportFormat';
import { describeCoverage, describeCoveredUntil } from 'c/supportCoverage';
import { isPinCurrent, offersCloudPins } from 'c/supportPins';
import type { Coverage } from 'c/supportCoverage';
import type { PinKind } from 'c/supportPinFormat';
import { reduceErrors } from 'c/ldsUtils';
import { CUSTOMER_QUERY, companyPrivilegedPin, customerFrom, customerVariables, pinsFrom } from 'c/supportCustomer';
import type { CompanyPrivilegedPin, Customer, IssuedPin } from 'c/supportCustomer';
import {
    LABELS,
    COMPANY_PRIVILEGED,
    COMPANY_PRIVILEGED_BY,
    CONFIRM_TITLE,
    ENDED,
    PRIVILEGED_TITLE,
    TECH_TITLE,
    YOUR_PIN
} from './labels';
import { pinSaveErrors, storePin } from './storePin';
import { announcementOf, coverageToday, currentPinRows, expiryText, validPins, validUntilText } from './pinList';
import { focusPanelOrOpener, pinPanel, showsCloudActions } from './panel';
import type { Opener, Panel, PinPanel } from './panel';

export { MAX_PIN_ATTEMPTS } from './storePin';

export default class SupportPinBar extends LightningElement {
    @api mode = 'AUTO';

    labels = LABELS;
    confirmTitle = CONFIRM_TITLE;

    wiredResult?: GraphQLResult;
    customer?: Customer | null;
    storedPins: IssuedPin[] = [];
    companyPrivileged?: CompanyPrivilegedPin;
    loadErrors: string[] = [];
    issuedPin?: IssuedPin;
    saving = false;
    saveErrors: string[] = [];
    announcement = '';
    panel?: Panel;
    opener?: Opener;
    /** Set when a panel opens or closes: the next render moves focus to it or back to its opener. */
    focusPending = false;
    /** Set when the privileged PIN's access ended: its notice goes, focus goes to the bar. */
    focusBar = false;

    /** The customer query's variables: the same in every component (one request). */
    variables = customerVariables();

    @wire(graphql, { query: CUSTOMER_QUERY, variables: '$variables' })
    wiredCustomer(result: GraphQLResult): void {
        this.wiredResult = result;
        if (result.errors?.length) {
            this.loadErrors = reduceErrors(result.errors);
        } else if (result.data) {
            this.loadErrors = [];
            this.customer = customerFrom(result.data);
            this.storedPins = pinsFrom(result.data);
            this.companyPrivileged = companyPrivilegedPin(result.data);
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
        return this.customer ? coverageToday(this.customer) : undefined;
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

    /** Until when the customer is covered, in UTC as the org counts it, so the bar never promises a day the org refuses. */
    get coveredUntilText(): string {
        return this.coverage?.covered ? describeCoveredUntil(this.coverage, LOCALE) : '';
    }

    get isStandard(): boolean {
        return !showsCloudActions(this.mode, this.customer?.product);
    }

    /**
     * For Secret Server Cloud accounts only, whatever the builder mode says, and only to a contact the company
     * authorized (Privileged Access): the org refuses the others too (flow Support_PIN_Policy).
     */
    get offersPrivileged(): boolean {
        return offersCloudPins(this.customer?.product) && !this.activePrivilegedPin && this.privilegedAccess;
    }

    get privilegedAccess(): boolean {
        return this.customer?.privilegedAccess === true;
    }

    /** A cloud customer the company did not authorize: who can issue a privileged PIN instead. */
    get privilegedNotAuthorized(): boolean {
        return offersCloudPins(this.customer?.product) && !this.activePrivilegedPin && !this.privilegedAccess;
    }

    /**
     * The company's privileged PIN that is still valid, whoever issued it (the customer query), or the one this bar
     * has just issued while the query is asked again: one at a time per account.
     */
    get activePrivilegedPin(): CompanyPrivilegedPin | undefined {
        const now = new Date();
        if (this.companyPrivileged && isPinCurrent(this.companyPrivileged.expiresAt, now)) {
            return this.companyPrivileged;
        }
        const issued = validPins(this.issuedPin, [], now).find((pin) => pin.kind === 'privileged');
        return issued
            ? { id: issued.id, expiresAt: issued.expiresAt, issuedBy: '', lastFour: issued.pin.slice(-4) }
            : undefined;
    }

    /** For everyone at the company, in any mode: Thycotic can write to the cloud database, until when. */
    get privilegedNotice(): string {
        const active = this.activePrivilegedPin;
        return active
            ? formatLabel(
                  COMPANY_PRIVILEGED,
                  expiryText(active.expiresAt),
                  formatTimeLeft(Date.parse(active.expiresAt) - Date.now(), LOCALE)
              )
            : '';
    }

    /** End access in the notice: only for a contact the company authorized (the org refuses the others too). */
    get endsPrivileged(): boolean {
        return this.privilegedAccess && Boolean(this.activePrivilegedPin);
    }

    get privilegedPinId(): string {
        return this.activePrivilegedPin?.id ?? '';
    }

    /**
     * The last four of the privileged PIN, when it is one of this contact's (the customer query reads no
     * colleague's PIN value): the name of End access says which PIN it ends.
     */
    get privilegedLastFour(): string {
        return this.activePrivilegedPin?.lastFour ?? '';
    }

    get privilegedIssuedBy(): string {
        const issuedBy = this.activePrivilegedPin?.issuedBy;
        return issuedBy ? formatLabel(COMPANY_PRIVILEGED_BY, issuedBy) : '';
    }

    /** The PIN to show on the bar: the one just issued, or a still-valid one from before. */
    get currentPin(): IssuedPin | undefined {
        return validPins(this.issuedPin, this.storedPins, new Date()).find((pin) => pin.kind === 'standard');
    }

    get currentPinText(): string {
        return this.currentPin ? formatLabel(YOUR_PIN, this.currentPin.pin) : '';
    }

    get currentPinValidUntil(): string {
        return this.currentPin ? validUntilText(this.currentPin) : '';
    }

    /** Secret Server Cloud: every still-valid PIN, the one just issued first, each once. */
    get currentPins(): { id: string; kind: string; pin: string; validUntil: string }[] {
        return currentPinRows(validPins(this.issuedPin, this.storedPins, new Date()));
    }

    get hasCurrentPins(): boolean {
        return this.currentPins.length > 0;
    }

    get hasSaveErrors(): boolean {
        return this.saveErrors.length > 0;
    }

    handleTryAgain(): void {
        this.loadErrors = [];
        this.customer = undefined;
        this.wiredResult?.refresh?.();
    }

    async handleGetPin(): Promise<void> {
        const issued = await this.issuePin('standard');
        if (issued) {
            this.announcement = announcementOf(issued);
        }
    }

    get isConfirming(): boolean {
        return this.panel?.kind === 'confirm';
    }

    get isConfirmingText(): string {
        return String(this.isConfirming);
    }

    get shownPin(): PinPanel | undefined {
        return this.panel?.kind === 'pin' ? this.panel : undefined;
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
        this.openPanel(pinPanel(issued, heading), this.opener ?? 'tech-pin');
        this.announcement = announcementOf(issued);
    }

    /**
     * The notice's End access filed its record and the org applied it: the notice goes now (the PIN no
     * longer grants access), the query is asked again for everyone wired to it, and it is announced.
     */
    handlePrivilegedEnded(event: CustomEvent<{ lastFour: string }>): void {
        const id = this.activePrivilegedPin?.id;
        if (this.companyPrivileged?.id === id) {
            this.companyPrivileged = undefined;
        }
        if (this.issuedPin?.id === id) {
            this.issuedPin = undefined;
        }
        this.announcement = formatLabel(ENDED, event.detail.lastFour);
        this.focusBar = true;
        this.wiredResult?.refresh?.();
    }

    renderedCallback(): void {
        if (this.focusBar) {
            this.focusBar = false;
            this.template?.querySelector<HTMLElement>('section.pin')?.focus();
        }
        if (this.focusPending) {
            this.focusPending = false;
            focusPanelOrOpener(this.template, this.opener);
        }
    }

    /**
     * Stores a new PIN. A collision with an existing PIN is retried with a fresh one; any other failure is shown in
     * words and leaves the bar usable. Calls while a save is under way are ignored: a double click files one record.
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
            // LDS does not add a new record to a query's result: ask again. Every component wired to the
            // same query (email composer, Create a Case) gets the answer with this PIN, and so does the bar
            // when the customer comes back ("refresh", LWC Developer Guide; "Lightning Data Service":
            // all components using a relevant wire receive the new value).
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
