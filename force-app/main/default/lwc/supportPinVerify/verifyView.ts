// What the verification shows for a PIN at a moment, in the engineer's words, locale and time zone.
import { describeCoverage } from 'c/supportCoverage';
import { formatDateTime, formatLabel } from 'c/supportFormat';
import { relativeTime, verdictOf } from './verifyQuery';
import type { FoundPin } from './verifyQuery';
import {
    COVERED,
    EXPIRES,
    KIND_PRIVILEGED,
    KIND_STANDARD,
    NOT_COVERED,
    REVOKED_BY_CUSTOMER,
    REVOKED_BY_THYCOTIC,
    VERDICT_WORDS
} from './labels';

export interface VerifyView {
    verdict: string;
    verdictClass: string;
    isValid: boolean;
    kind: string;
    issued: string;
    expiry: string;
    revoked: string;
    revokedBy: string;
    coverageVerdict: string;
    coverage: string;
}

/** Who ended a revoked PIN: the customer (End access on the portal) or someone at Thycotic. */
function revokedByText(found: FoundPin | undefined): string {
    if (!found?.revokedAt || !found.revokedBy.name) {
        return '';
    }
    return formatLabel(found.revokedBy.customer ? REVOKED_BY_CUSTOMER : REVOKED_BY_THYCOTIC, found.revokedBy.name);
}

export function verifyView(
    found: FoundPin | undefined,
    now: Date,
    locale: string,
    timeZone: string,
    ambiguous = false
): VerifyView {
    const verdict = ambiguous ? 'ambiguous' : verdictOf(found, now);
    const at = (instant: string | undefined) => (instant ? formatDateTime(instant, locale, timeZone) : '');
    return {
        verdict: VERDICT_WORDS[verdict],
        verdictClass: `verdict verdict_${verdict}`,
        isValid: verdict === 'valid',
        kind: found?.privileged ? KIND_PRIVILEGED : KIND_STANDARD,
        issued: at(found?.issuedAt),
        expiry: found?.expiresAt
            ? formatLabel(EXPIRES, at(found.expiresAt), relativeTime(found.expiresAt, now, locale))
            : '',
        revoked: at(found?.revokedAt),
        revokedBy: revokedByText(found),
        coverageVerdict: found?.coverage.covered ? COVERED : NOT_COVERED,
        coverage: found ? describeCoverage(found.coverage, locale) : ''
    };
}
