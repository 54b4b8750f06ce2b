/**
 * supportPinVerify — for Thycotic's support engineers, while a customer is on the phone: type or
 * paste the PIN they give, and see in one request whether it is valid, expired, revoked or unknown
 * (in large words), its kind and what that allows, when it was issued and when it expires (live),
 * the account, contact and product, coverage now by the portal's own rule, and the account's open
 * cases. A valid PIN can be revoked after an inline confirmation (the Support Engineer permission
 * set grants the fields; the org refuses anyone else).
 *
 * Every lookup is a PIN Verification record: the browser sends only what was typed; the server finds
 * the PIN and stamps the verdict in the same transaction (flow Support_PIN_Verification_Stamp), and the
 * component then reads what that verification found. No lookup without its audit record: engineers
 * cannot read PIN values, so the verification is their only way to a PIN. The component shows one
 * PIN, the one asked for, and never lists PINs.
 *
 * Public surface: none (App, Home and utility bar pages of the Thycotic Support app).
 */
import { LightningElement, wire } from 'lwc';
import { NavigationMixin } from 'lightning/navigation';
import { graphql } from 'lightning/graphql';
import type { GraphQLResult } from 'lightning/graphql';
import { createRecord, updateRecord } from 'lightning/uiRecordApi';
import LOCALE from '@salesforce/i18n/locale';
import TIME_ZONE from '@salesforce/i18n/timeZone';
import VERIFICATION_OBJECT from '@salesforce/schema/Support_PIN_Verification__c';
import PIN_ENTERED_FIELD from '@salesforce/schema/Support_PIN_Verification__c.PIN_Entered__c';
import CASE_NUMBER_FIELD from '@salesforce/schema/Support_PIN_Verification__c.Case_Number__c';
import EXPIRES_AT_FIELD from '@salesforce/schema/Support_PIN__c.Expires_At__c';
import REVOKED_AT_FIELD from '@salesforce/schema/Support_PIN__c.Revoked_At__c';
import { formatLabel } from 'c/supportFormat';
import { OPEN_CASES_SHOWN, VERIFY_QUERY, foundPinFrom, isAmbiguous, looksLikePin, pinFromInput } from './verifyQuery';
import type { FoundPin, VerifyData } from './verifyQuery';
import { verifyView } from './verifyView';
import type { VerifyView } from './verifyView';
import { BUTTON, CHECKED_PIN, CHECKING, LABELS, REVOKED_DONE, REVOKE_QUESTION } from './labels';

/** How often "expires in …" is brought up to date. */
export const CLOCK_TICK_MS = 30000;

export default class SupportPinVerify extends NavigationMixin(LightningElement) {
    labels = LABELS;
    input = '';
    caseNumber = '';
    /** The PIN Verification of the last lookup; the query reads what it found. */
    verificationId = '';
    wiredResult?: GraphQLResult;
    found?: FoundPin;
    /** Two companies hold the value active: the server showed neither (Verdict Ambiguous). */
    ambiguous = false;
    answered = false;
    /** The PIN the answer on screen is for: it shows only while the box still holds that PIN. */
    checked = '';
    checking = false;
    errors: unknown;
    confirmingRevoke = false;
    revoking = false;
    revokeError: unknown;
    announcement = '';
    now = new Date();
    caseUrls: Record<string, string> = {};
    clock?: ReturnType<typeof setInterval>;

    /** Nothing is read before a lookup is recorded: no verification, no query, no request. */
    get verifyQuery(): unknown {
        return this.verificationId ? VERIFY_QUERY : undefined;
    }

    get variables(): Record<string, unknown> | undefined {
        return this.verificationId ? { verification: this.verificationId, openCases: OPEN_CASES_SHOWN } : undefined;
    }

    @wire(graphql, { query: '$verifyQuery', variables: '$variables' })
    wiredPin(result: GraphQLResult): void {
        this.wiredResult = result;
        if (!this.verificationId) {
            return;
        }
        if (result.errors?.length) {
            this.errors = result.errors;
            this.checking = false;
        } else if (result.data) {
            this.now = new Date();
            this.found = foundPinFrom(result.data as VerifyData, this.now, this.checked);
            this.ambiguous = isAmbiguous(result.data as VerifyData);
            this.answered = true;
            this.checking = false;
            this.generateCaseUrls();
        }
    }

    connectedCallback(): void {
        // eslint-disable-next-line @lwc/lwc/no-async-operation
        this.clock = setInterval(() => {
            this.now = new Date();
        }, CLOCK_TICK_MS);
    }

    disconnectedCallback(): void {
        clearInterval(this.clock);
    }

    // ----- what the engineer sees ---------------------------------------------------

    get buttonLabel(): string {
        return this.checking ? CHECKING : BUTTON;
    }

    /** The box no longer holds the PIN the answer is for. */
    get isStale(): boolean {
        return this.answered && pinFromInput(this.input) !== this.checked;
    }

    /** The verdict, only for the PIN in the box: another PIN typed over it clears it. */
    get showsAnswer(): boolean {
        return this.answered && !this.checking && !this.errors && !this.isStale;
    }

    /** The box changed since the last answer: say why the answer went, unless the box is empty. */
    get showsChanged(): boolean {
        return this.isStale && Boolean(pinFromInput(this.input)) && !this.checking;
    }

    get checkedText(): string {
        return formatLabel(CHECKED_PIN, this.checked);
    }

    get view(): VerifyView {
        return verifyView(this.found, this.now, LOCALE, TIME_ZONE, this.ambiguous);
    }

    /** What to do when no PIN is shown: read it again, or (two companies hold it) ask for a new one. */
    get unknownHint(): string {
        return this.ambiguous ? LABELS.ambiguousHint : LABELS.unknownHint;
    }

    get isUnknown(): boolean {
        return !this.found;
    }

    get openCases(): { id: string; number: string; subject: string; status: string; url: string }[] {
        return (this.found?.openCases ?? []).map((c) => ({ ...c, url: this.caseUrls[c.id] ?? '' }));
    }

    get hasOpenCases(): boolean {
        return this.openCases.length > 0;
    }

    get revokeQuestion(): string {
        return formatLabel(REVOKE_QUESTION, this.found?.pin ?? '');
    }

    // ----- what the engineer does ---------------------------------------------------

    handleInput(event: CustomEvent<{ value?: string }>): void {
        this.input = event.detail?.value ?? '';
        if (this.isStale) {
            this.confirmingRevoke = false;
        }
    }

    /** The case the lookup is about (optional): the server links it only when it is the PIN's company's case. */
    handleCaseNumber(event: CustomEvent<{ value?: string }>): void {
        this.caseNumber = event.detail?.value ?? '';
    }

    /** Enter in the box or the Verify button: record the lookup; the server finds the PIN, then we read what it found. */
    async handleVerify(event?: Event): Promise<void> {
        event?.preventDefault();
        const pin = pinFromInput(this.input);
        if (this.checking || !pin) {
            return;
        }
        this.errors = undefined;
        this.confirmingRevoke = false;
        this.revokeError = undefined;
        this.announcement = '';
        this.checked = pin;
        this.checking = true;
        const verificationId = await this.record(pin);
        if (!verificationId) {
            return;
        }
        if (!looksLikePin(pin)) {
            // Not a PIN's shape: no PIN can have it, and nothing more is asked of the server.
            this.verificationId = '';
            this.found = undefined;
            this.ambiguous = false;
            this.answered = true;
            this.checking = false;
            return;
        }
        // A new verification each time: the wire reads it (one request, one wave).
        this.verificationId = verificationId;
    }

    /** The audit trail and the lookup in one: a PIN Verification whose PIN and verdict the server stamps. */
    async record(pin: string): Promise<string | undefined> {
        try {
            const created = await createRecord({
                apiName: VERIFICATION_OBJECT.objectApiName,
                fields: {
                    [PIN_ENTERED_FIELD.fieldApiName]: pin,
                    ...(this.caseNumber.trim() ? { [CASE_NUMBER_FIELD.fieldApiName]: this.caseNumber.trim() } : {})
                }
            });
            return created.id;
        } catch (error) {
            this.errors = error;
            this.checking = false;
            return undefined;
        }
    }

    handleStartRevoke(): void {
        this.confirmingRevoke = true;
        this.revokeError = undefined;
    }

    handleCancelRevoke(): void {
        this.confirmingRevoke = false;
    }

    async handleConfirmRevoke(): Promise<void> {
        if (this.revoking || !this.found) {
            return;
        }
        this.revoking = true;
        this.revokeError = undefined;
        const now = new Date().toISOString();
        try {
            await updateRecord({
                fields: {
                    Id: this.found.id,
                    [EXPIRES_AT_FIELD.fieldApiName]: now,
                    [REVOKED_AT_FIELD.fieldApiName]: now
                }
            });
            this.confirmingRevoke = false;
            this.announcement = REVOKED_DONE;
            await this.wiredResult?.refresh?.();
        } catch (error) {
            this.revokeError = error;
        } finally {
            this.revoking = false;
        }
    }

    async generateCaseUrls(): Promise<void> {
        const cases = this.found?.openCases ?? [];
        const urls = await Promise.all(
            cases.map((c) =>
                this[NavigationMixin.GenerateUrl]({
                    type: 'standard__recordPage',
                    attributes: { recordId: c.id, objectApiName: 'Case', actionName: 'view' }
                })
            )
        );
        this.caseUrls = Object.fromEntries(cases.map((c, index) => [c.id, urls[index]]));
    }
}
