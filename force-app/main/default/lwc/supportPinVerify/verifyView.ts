// What the verification shows for a PIN at a moment, in the engineer's words, locale and time zone.
import { describeCoverage } from 'c/supportCoverage';
import { formatDateTime, formatLabel } from 'c/supportFormat';
import { relativeTime, verdictOf } from './verifyQuery';
import type { FoundPin } from './verifyQuery';
import { COVERED, EXPIRES, KIND_PRIVILEGED, KIND_STANDARD, NOT_COVERED, VERDICT_WORDS } from './labels';

export interface VerifyView {
    verdict: string;
    verdictClass: string;
    isValid: boolean;
    kind: string;
    issued: string;
    expiry: string;
    revoked: string;
    coverageVerdict: string;
    coverage: string;
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
        coverageVerdict: found?.coverage.covered ? COVERED : NOT_COVERED,
        coverage: found ? describeCoverage(found.coverage, locale) : ''
    };
}
