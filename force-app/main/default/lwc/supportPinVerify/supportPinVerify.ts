/**
 * supportPinVerify — for Thycotic's support engineers, while a customer is on the phone: type or
 * paste the PIN they give, and see in one request whether it is valid, expired, revoked or unknown
 * (in large words), its kind and what that allows, when it was issued and when it expires (live),
 * the account, contact and product, coverage now by the portal's own rule, and the account's open
 * cases. A valid PIN can be revoked after an inline confirmation (the Support Engineer permission
 * set grants the fields; the org refuses anyone else).
 *
 * Every lookup creates a PIN Verification record, whose verdict the server decides (flow
 * Support_PIN_Verification_Stamp): the audit trail support managers report on. The component
 * shows one PIN, the one asked for, and never lists PINs.
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
import EXPIRES_AT_FIELD from '@salesforce/schema/Support_PIN__c.Expires_At__c';
import REVOKED_AT_FIELD from '@salesforce/schema/Support_PIN__c.Revoked_At__c';
import { formatLabel } from 'c/supportFormat';
import { OPEN_CASES_SHOWN, VERIFY_QUERY, foundPinFrom, looksLikePin, pinFromInput } from './verifyQuery';
import type { FoundPin, VerifyData } from './verifyQuery';
import { verifyView } from './verifyView';
import type { VerifyView } from './verifyView';
import { BUTTON, CHECKED_PIN, CHECKING, LABELS, REVOKED_DONE, REVOKE_QUESTION } from './labels';

/** How often "expires in …" is brought up to date. */
export const CLOCK_TICK_MS = 30000;

export default class SupportPinVerify extends NavigationMixin(LightningElement) {
    labels = LABELS;
    input = '';
    /** The PIN asked about; the query runs for it. */
    pin = '';
    wiredResult?: GraphQLResult;
    found?: FoundPin;
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

    /** Nothing is looked up before the engineer asks: no PIN, no query, no request. */
    get verifyQuery(): unknown {
        return this.pin ? VERIFY_QUERY : undefined;
    }

    get variables(): Record<string, unknown> | undefined {
        return this.pin ? { pin: this.pin, openCases: OPEN_CASES_SHOWN } : undefined;
    }

    @wire(graphql, { query: '$verifyQuery', variables: '$variables' })
    wiredPin(result: GraphQLResult): void {
        this.wiredResult = result;
        if (!this.pin) {
            return;
        }
        if (result.errors?.length) {
            this.errors = result.errors;
            this.checking = false;
        } else if (result.data) {
            this.now = new Date();
            this.found = foundPinFrom(result.data as VerifyData, this.now);
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
        return verifyView(this.found, this.now, LOCALE, TIME_ZONE);
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

    /** Enter in the box or the Verify button: look the PIN up, and record the lookup. */
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
        if (!looksLikePin(pin)) {
            // Not a PIN's shape: no PIN can have it, and nothing is asked of the server.
            this.pin = '';
            this.found = undefined;
            this.answered = true;
            await this.record(pin);
            return;
        }
        this.checking = true;
        const again = pin === this.pin;
        this.pin = pin;
        await Promise.all([this.record(pin), again ? this.wiredResult?.refresh?.() : undefined]);
        if (again) {
            this.checking = false;
        }
    }

    /** The audit trail: one PIN Verification per lookup; the server stamps the verdict. */
    async record(pin: string): Promise<void> {
        try {
            await createRecord({
                apiName: VERIFICATION_OBJECT.objectApiName,
                fields: { [PIN_ENTERED_FIELD.fieldApiName]: pin }
            });
        } catch (error) {
            this.errors = error;
            this.checking = false;
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
