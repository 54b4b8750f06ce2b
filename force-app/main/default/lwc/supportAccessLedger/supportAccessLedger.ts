/**
 * supportAccessLedger — the Support access page: every PIN of the customer's company (masked to its last
 * four characters, newest first, with kind, who issued it, issue and expiry times and state) and every
 * verification Thycotic made with one (when, the engineer, the verdict, the case), from one GraphQL
 * request (ledgerQuery.ts), each list with Show more. A contact the company authorized for privileged
 * access (Contact.Privileged_Access__c, read through supportCustomer's query) ends an active PIN after an
 * inline confirmation: one Support_PIN_Revocation__c record, which the org applies or refuses in words
 * (c/supportEndAccess, the one home of End access; flow Support_PIN_Revocation_Apply). The ledger for a date range downloads as CSV (supportAccessCsv).
 *
 * Public surface (also an Experience Builder property): `pageSize`, rows per list and per Show more.
 */
import { LightningElement, api, wire } from 'lwc';
import { NavigationMixin } from 'lightning/navigation';
import { graphql } from 'lightning/graphql';
import type { GraphQLResult } from 'lightning/graphql';
import LOCALE from '@salesforce/i18n/locale';
import TIME_ZONE from '@salesforce/i18n/timeZone';
import { reduceErrors } from 'c/ldsUtils';
import { formatLabel, formatNumber, calendarDate } from 'c/supportFormat';
import { caseRecordPage } from 'c/supportPages';
import { CUSTOMER_QUERY, customerFrom, customerVariables } from 'c/supportCustomer';
import { accessEvents, buildCsvInChunks, csvFileName, dayRange, daysBefore } from 'c/supportAccessCsv';
import type { LedgerPin, LedgerVerification } from 'c/supportAccessCsv';
import {
    LEDGER_QUERY,
    MAX_ROWS,
    PAGE_SIZE,
    csvDone,
    csvNext,
    csvStart,
    csvVariables,
    ledgerPage,
    pageVariables
} from './ledgerQuery';
import type { CsvReading, LedgerPage } from './ledgerQuery';
import { ledgerPinOf, ledgerVerificationOf, pinRowOf, shownText, verificationRowOf } from './ledgerView';
import type { PinRow, VerificationRow } from './ledgerView';
import { CSV_PREPARING, CSV_READY, CSV_WORDS, ENDED, LABELS } from './labels';
import { downloadFile } from './csvDownload';

/** The CSV covers the last 30 days unless the customer picks others: today and the 29 before. */
export const CSV_DEFAULT_DAYS = 30;

/** `derive` computed again only when an input changed (by identity), as the Cases tab's rows. */
function memo<A extends unknown[], R>(derive: (...inputs: A) => R): (...inputs: A) => R {
    let last: A | undefined;
    let value: R;
    return (...inputs: A): R => {
        if (!last || inputs.some((input, index) => input !== last?.[index])) {
            last = inputs;
            value = derive(...inputs);
        }
        return value;
    };
}

type PinView = PinRow & { showEnd: boolean };
type VerificationView = VerificationRow & { href: string };

export default class SupportAccessLedger extends NavigationMixin(LightningElement) {
    /** Rows per list at first and per Show more (1 to 2,000: what one subquery returns). */
    @api
    get pageSize(): number {
        return this.step;
    }
    set pageSize(value: number) {
        const size = Math.floor(Number(value));
        this.step = Number.isFinite(size) ? Math.min(Math.max(size, 1), MAX_ROWS) : PAGE_SIZE;
        this.pinFirst = this.step;
        this.verificationFirst = this.step;
    }

    labels = LABELS;
    step = PAGE_SIZE;
    pinFirst = PAGE_SIZE;
    verificationFirst = PAGE_SIZE;
    customerVariables = customerVariables();

    wiredResult?: GraphQLResult;
    page?: LedgerPage;
    /** When the page last read the ledger: a PIN's time left counts from it. */
    readAt = new Date();
    loadErrors: string[] = [];
    authorized = false;
    hrefs: Record<string, string> = {};

    announcement = '';
    /** Set by an action: the next render moves focus there (a selector in the template). */
    focusTarget?: string;

    csvFrom = daysBefore(calendarDate(new Date(), TIME_ZONE), CSV_DEFAULT_DAYS - 1);
    csvTo = calendarDate(new Date(), TIME_ZONE);
    csvReading?: CsvReading;
    csvSeen = new Set<string>();
    csvPins: LedgerPin[] = [];
    csvVerifications: LedgerVerification[] = [];
    csvBusy = false;
    csvStatus = '';
    csvErrors: string[] = [];
    csvRangeError = '';

    @wire(graphql, { query: CUSTOMER_QUERY, variables: '$customerVariables' })
    wiredCustomer({ data }: GraphQLResult): void {
        if (data) {
            this.authorized = customerFrom(data)?.privilegedAccess === true;
        }
    }

    get variables(): Record<string, unknown> {
        return pageVariables(this.pinFirst, this.verificationFirst);
    }

    @wire(graphql, { query: LEDGER_QUERY, variables: '$variables' })
    wiredLedger(result: GraphQLResult): void {
        this.wiredResult = result;
        if (result.errors?.length) {
            this.loadErrors = reduceErrors(result.errors);
        } else if (result.data) {
            this.loadErrors = [];
            this.readAt = new Date();
            this.page = ledgerPage(result.data);
            this.generateLinks(this.page.verifications.map((v) => v.Case__c?.value ?? '').filter(Boolean));
        }
    }

    /** The CSV reads the same query for its range; no query (no request) until it is asked for. */
    get csvQuery(): unknown {
        return this.csvReading ? LEDGER_QUERY : undefined;
    }

    get csvVariables(): Record<string, unknown> {
        return this.csvReading ? csvVariables(this.csvReading) : {};
    }

    @wire(graphql, { query: '$csvQuery', variables: '$csvVariables' })
    wiredCsv({ data, errors }: GraphQLResult): void {
        const reading = this.csvReading;
        if (!reading) {
            return;
        }
        if (errors?.length) {
            this.finishCsv(reduceErrors(errors));
        } else if (data) {
            const page = ledgerPage(data);
            const next = csvNext(reading, page, this.csvSeen);
            page.pins.forEach((pin) => this.csvSeen.add(pin.Id));
            page.verifications.forEach((verification) => this.csvSeen.add(verification.Id));
            this.csvPins.push(...page.pins.map(ledgerPinOf));
            this.csvVerifications.push(...page.verifications.map(ledgerVerificationOf));
            this.csvStatus = formatLabel(CSV_PREPARING, formatNumber(this.csvSeen.size, LOCALE));
            if (csvDone(next)) {
                this.writeCsv(reading);
            } else {
                this.csvReading = next;
            }
        }
    }

    async generateLinks(caseIds: string[]): Promise<void> {
        const missing = caseIds.filter((id) => !this.hrefs[id]);
        if (missing.length) {
            const urls = await Promise.all(missing.map((id) => this[NavigationMixin.GenerateUrl](caseRecordPage(id))));
            this.hrefs = { ...this.hrefs, ...Object.fromEntries(missing.map((id, index) => [id, urls[index]])) };
        }
    }

    get isLoading(): boolean {
        return !this.page && !this.loadErrors.length;
    }

    get hasLoadError(): boolean {
        return this.loadErrors.length > 0;
    }

    get isLoaded(): boolean {
        return Boolean(this.page) && !this.hasLoadError;
    }

    get pins(): PinView[] {
        return this.pinViews(this.page, this.readAt, this.authorized);
    }

    get verifications(): VerificationView[] {
        return this.verificationViews(this.page, this.hrefs);
    }

    /** The rows, worked out again only when what they show changed: the template reads them several times. */
    private pinViews = memo((page: LedgerPage | undefined, readAt: Date, authorized: boolean) =>
        (page?.pins ?? []).map((node): PinView => {
            const row = pinRowOf(node, readAt, LOCALE, TIME_ZONE);
            return { ...row, showEnd: row.active && authorized };
        })
    );

    private verificationViews = memo((page: LedgerPage | undefined, hrefs: Record<string, string>) =>
        (page?.verifications ?? []).map((node): VerificationView => {
            const row = verificationRowOf(node, LOCALE, TIME_ZONE);
            return { ...row, href: hrefs[row.caseId] ?? '' };
        })
    );

    get hasPins(): boolean {
        return this.pins.length > 0;
    }

    get hasVerifications(): boolean {
        return this.verifications.length > 0;
    }

    get pinsShown(): string {
        return shownText(this.pins.length, this.page?.pinTotal ?? 0, LOCALE);
    }

    get verificationsShown(): string {
        return shownText(this.verifications.length, this.page?.verificationTotal ?? 0, LOCALE);
    }

    /** Show more while the list has more and a longer first page can still reach them. */
    get morePins(): boolean {
        return Boolean(this.page?.pinsMore) && this.pinFirst < MAX_ROWS;
    }

    get moreVerifications(): boolean {
        return Boolean(this.page?.verificationsMore) && this.verificationFirst < MAX_ROWS;
    }

    /** Said under the PINs to a viewer who may not end access, when there is access to end. */
    get showNotAuthorized(): boolean {
        return !this.authorized && this.pins.some((pin) => pin.active);
    }

    get hasCsvErrors(): boolean {
        return this.csvErrors.length > 0;
    }

    handleShowMorePins(): void {
        this.pinFirst = Math.min(this.pinFirst + this.step, MAX_ROWS);
    }

    handleShowMoreVerifications(): void {
        this.verificationFirst = Math.min(this.verificationFirst + this.step, MAX_ROWS);
    }

    handleTryAgain(): void {
        this.loadErrors = [];
        this.page = undefined;
        this.wiredResult?.refresh?.();
    }

    handleOpenCase(event: Event): void {
        event.preventDefault();
        const recordId = (event.currentTarget as HTMLElement).dataset.id as string;
        this[NavigationMixin.Navigate](caseRecordPage(recordId));
    }

    /**
     * A row's End access filed its record: the query is asked again (LDS adds no revocation to a PIN it
     * holds; "refresh", lightning/graphql), the result announced, focus on the list's title.
     */
    async handleEnded(event: CustomEvent<{ lastFour: string }>): Promise<void> {
        this.announcement = formatLabel(ENDED, event.detail.lastFour);
        this.focusTarget = 'h3.pins-title';
        await this.wiredResult?.refresh?.();
    }

    handleCsvDate(event: CustomEvent<{ value?: string }>): void {
        const key = (event.target as HTMLElement).dataset.key === 'to' ? 'csvTo' : 'csvFrom';
        this[key] = event.detail?.value ?? '';
        this.csvRangeError = '';
    }

    /** Reads the range's events (several requests for a long range), then builds and downloads the file. */
    handleDownload(): void {
        if (this.csvBusy) {
            return;
        }
        if (!this.csvFrom || !this.csvTo || this.csvFrom > this.csvTo) {
            this.csvRangeError = LABELS.csvRangeError;
            return;
        }
        this.csvRangeError = '';
        this.csvErrors = [];
        this.csvBusy = true;
        this.csvSeen = new Set();
        this.csvPins = [];
        this.csvVerifications = [];
        this.csvStatus = formatLabel(CSV_PREPARING, formatNumber(0, LOCALE));
        this.csvReading = csvStart(dayRange(this.csvFrom, this.csvTo, TIME_ZONE));
    }

    async writeCsv(reading: CsvReading): Promise<void> {
        this.csvReading = undefined;
        try {
            const events = accessEvents(this.csvPins, this.csvVerifications, reading.range);
            const csv = await buildCsvInChunks(events, CSV_WORDS, TIME_ZONE);
            const fileName = csvFileName(this.csvFrom, this.csvTo);
            downloadFile(csv, fileName);
            this.finishCsv([], formatLabel(CSV_READY, fileName, formatNumber(events.length, LOCALE)));
        } catch (error) {
            this.finishCsv(reduceErrors(error));
        }
    }

    finishCsv(errors: string[], status = ''): void {
        this.csvReading = undefined;
        this.csvBusy = false;
        this.csvErrors = errors;
        this.csvStatus = status;
        this.csvPins = [];
        this.csvVerifications = [];
    }

    renderedCallback(): void {
        if (this.focusTarget) {
            const target = this.template?.querySelector<HTMLElement>(this.focusTarget);
            if (target) {
                this.focusTarget = undefined;
                target.focus();
            }
        }
    }
}
