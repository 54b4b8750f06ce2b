// The ledger in the customer's words: a PIN's kind and state ("Active, 5 h 12 min left", "Expired",
// "Ended by Dana Scully Nov 20, 2026, 3:42 PM"), a verification's verdict, PINs masked to their last
// four characters (the ledger is an audit, not a place to pick up a colleague's PIN), and the same
// records as the CSV reads them.
import { formatDateTime, formatLabel, formatNumber } from 'c/supportFormat';
import { offersCloudPins } from 'c/supportPins';
import { lastFour } from 'c/supportAccessCsv';
import type { LedgerPin, LedgerVerification } from 'c/supportAccessCsv';
import type { PinNode, VerificationNode } from './ledgerQuery';
import {
    DURATION_DAYS,
    DURATION_HOURS,
    DURATION_MINUTES,
    KIND_PRIVILEGED,
    KIND_SUPPORT,
    KIND_TECH,
    MASKED_PIN,
    NO_CASE,
    SHOWN,
    STATE_ACTIVE,
    STATE_ENDED,
    STATE_EXPIRED,
    THYCOTIC,
    VERDICT_AMBIGUOUS,
    VERDICT_EXPIRED,
    VERDICT_REVOKED,
    VERDICT_UNKNOWN,
    VERDICT_VALID
} from './labels';

export interface PinRow {
    id: string;
    lastFour: string;
    masked: string;
    kind: string;
    issuedBy: string;
    issued: string;
    expires: string;
    state: string;
    active: boolean;
}

export interface VerificationRow {
    id: string;
    when: string;
    engineer: string;
    verdict: string;
    masked: string;
    caseNumber: string;
    caseId: string;
    hasCase: boolean;
}

const MINUTE_MS = 60 * 1000;

/** The time left until `expiresAt`, to the minute: "6 d 23 h", "5 h 12 min", "4 min". */
export function timeLeft(expiresAt: string, now: Date, locale: string): string {
    const minutes = Math.max(1, Math.floor((Date.parse(expiresAt) - now.getTime()) / MINUTE_MS));
    const days = Math.floor(minutes / (24 * 60));
    const hours = Math.floor(minutes / 60) % 24;
    const n = (value: number) => formatNumber(value, locale);
    if (days > 0) {
        return formatLabel(DURATION_DAYS, n(days), n(hours));
    }
    return hours > 0
        ? formatLabel(DURATION_HOURS, n(hours), n(minutes % 60))
        : formatLabel(DURATION_MINUTES, n(minutes));
}

/** A PIN's kind as the PIN bar names it: the Tech Support PIN is the standard PIN of Secret Server Cloud. */
export function kindWord(kind: string | null | undefined, product: string | null | undefined): string {
    if (kind === 'Privileged') {
        return KIND_PRIVILEGED;
    }
    return offersCloudPins(product) ? KIND_TECH : KIND_SUPPORT;
}

const VERDICTS: Record<string, string> = {
    Valid: VERDICT_VALID,
    Expired: VERDICT_EXPIRED,
    Revoked: VERDICT_REVOKED,
    Unknown: VERDICT_UNKNOWN,
    Ambiguous: VERDICT_AMBIGUOUS
};

/** A verdict in the customer's words; a value the page does not know, as the org wrote it. */
export function verdictWord(verdict: string | null | undefined): string {
    return VERDICTS[verdict ?? ''] ?? verdict ?? '';
}

export function maskedPin(pin: string | null | undefined): string {
    return formatLabel(MASKED_PIN, lastFour(pin));
}

/** Whether a PIN still grants access: not ended and not expired at `now`. */
export function isActive(node: PinNode, now: Date): boolean {
    const expires = Date.parse(node.Expires_At__c?.value ?? '');
    return !node.Revoked_At__c?.value && expires > now.getTime();
}

/** Who ended a PIN: the customer's colleague by name, anyone else as Thycotic. */
function endedBy(node: PinNode): string {
    return node.Revoked_By_Customer__c?.value ? (node.Revoked_By_Name__c?.value ?? '') : THYCOTIC;
}

function when(instant: string | null | undefined, locale: string, timeZone: string): string {
    return instant ? formatDateTime(instant, locale, timeZone) : '';
}

export function pinRowOf(node: PinNode, now: Date, locale: string, timeZone: string): PinRow {
    const four = lastFour(node.PIN__c?.value);
    const active = isActive(node, now);
    const revokedAt = node.Revoked_At__c?.value;
    let state = STATE_EXPIRED;
    if (revokedAt) {
        state = formatLabel(STATE_ENDED, endedBy(node), when(revokedAt, locale, timeZone));
    } else if (active) {
        state = formatLabel(STATE_ACTIVE, timeLeft(node.Expires_At__c?.value ?? '', now, locale));
    }
    return {
        id: node.Id,
        lastFour: four,
        masked: maskedPin(four),
        kind: kindWord(node.Kind__c?.value, node.Product__c?.value),
        issuedBy: node.Issued_By_Name__c?.value ?? '',
        issued: when(node.Issued_At__c?.value, locale, timeZone),
        expires: when(node.Expires_At__c?.value, locale, timeZone),
        state,
        active
    };
}

export function verificationRowOf(node: VerificationNode, locale: string, timeZone: string): VerificationRow {
    const caseNumber = node.Case__r?.CaseNumber?.value ?? '';
    return {
        id: node.Id,
        when: when(node.CreatedDate?.value, locale, timeZone),
        engineer: node.Engineer_Name__c?.value ?? '',
        verdict: verdictWord(node.Verdict__c?.value),
        masked: maskedPin(node.Support_PIN__r?.PIN__c?.value),
        caseNumber: caseNumber || NO_CASE,
        caseId: caseNumber ? (node.Case__c?.value ?? '') : '',
        hasCase: Boolean(caseNumber && node.Case__c?.value)
    };
}

/** "25 of 40 shown", in the viewer's numbers. */
export function shownText(shown: number, total: number, locale: string): string {
    return formatLabel(SHOWN, formatNumber(shown, locale), formatNumber(total, locale));
}

/** A PIN as the CSV reads it. */
export function ledgerPinOf(node: PinNode): LedgerPin {
    return {
        id: node.Id,
        kind: kindWord(node.Kind__c?.value, node.Product__c?.value),
        pinLastFour: lastFour(node.PIN__c?.value),
        issuedAt: node.Issued_At__c?.value ?? '',
        issuedBy: node.Issued_By_Name__c?.value ?? '',
        revokedAt: node.Revoked_At__c?.value ?? '',
        revokedBy: node.Revoked_At__c?.value ? endedBy(node) : ''
    };
}

/** A verification as the CSV reads it. */
export function ledgerVerificationOf(node: VerificationNode): LedgerVerification {
    const pin = node.Support_PIN__r;
    return {
        id: node.Id,
        at: node.CreatedDate?.value ?? '',
        engineer: node.Engineer_Name__c?.value ?? '',
        verdict: verdictWord(node.Verdict__c?.value),
        kind: pin ? kindWord(pin.Kind__c?.value, pin.Product__c?.value) : '',
        pinLastFour: lastFour(pin?.PIN__c?.value),
        caseNumber: node.Case__r?.CaseNumber?.value ?? ''
    };
}
