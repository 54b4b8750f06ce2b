/**
 * supportCoverage — support coverage: support licenses expire 365 days after issue, and a customer
 * is covered while unexpired support licenses cover their user licenses. The org holds the rule in
 * the Support PIN Policy flow, and the PIN bar must agree with it to the minute: "today" is the UTC
 * date of now (the flow's TodayUtc, DATEVALUE of $Flow.CurrentDateTime), never the viewer's date,
 * and a license issued on day D counts from D to D + 364 (the flow reads licenses issued from
 * TodayUtc - 364 to TodayUtc). scripts/__tests__/coverageRule.test.mjs runs this rule and the
 * flow's own formulas on one table of instants and time zones.
 */
import COVERAGE_COUNTS from '@salesforce/label/c.Support_Coverage_Counts';
import COVERAGE_COVERED_UNTIL from '@salesforce/label/c.Support_Coverage_Covered_Until';
import COVERAGE_LAST_EXPIRED from '@salesforce/label/c.Support_Coverage_Last_Expired';
import COVERAGE_NO_USER_LICENSES from '@salesforce/label/c.Support_Coverage_No_User_Licenses';
import COVERAGE_NO_SUPPORT_LICENSES from '@salesforce/label/c.Support_Coverage_No_Support_Licenses';
import { addDays, dayNumber, formatDay, formatLabel, formatUtcMinute } from 'c/supportFormat';

/** All support licenses expire this many days after they are issued. */
export const SUPPORT_LICENSE_DAYS = 365;

export interface SupportLicenseGrant {
    /** Calendar date of issue, YYYY-MM-DD. */
    issuedOn: string;
    /** Number of support licenses in this grant. */
    quantity: number;
}

export type CoverageReason = 'COVERED' | 'NO_USER_LICENSES' | 'NO_SUPPORT_LICENSES' | 'SUPPORT_EXPIRED' | 'SHORTFALL';

export interface Coverage {
    covered: boolean;
    reason: CoverageReason;
    userLicenses: number;
    unexpiredSupportLicenses: number;
    /** Support licenses still needed to be covered (0 when covered). */
    shortfall: number;
    /** First day on which one of the unexpired support licenses will have expired. */
    nextExpiry: string | null;
    /** Day on which the most recently expired support license expired. */
    lastExpired: string | null;
    /** First day without coverage if nothing is renewed (null when not covered now). */
    coveredUntil: string | null;
}

/** A support license issued on `issuedOn` has expired from this day on. */
export function supportLicenseExpiry(issuedOn: string): string {
    return addDays(issuedOn, SUPPORT_LICENSE_DAYS);
}

function wholeCount(value: number): number {
    return Number.isFinite(value) && value > 0 ? Math.floor(value) : 0;
}

/** The day coverage is judged on at `now`: its UTC date, wherever the viewer is (the flow's TodayUtc). */
export function coverageDay(now: Date): string {
    return now.toISOString().slice(0, 10);
}

/**
 * Support needs as many unexpired support licenses as user licenses, at `now`. A license issued
 * 365 days before today (UTC) has expired today; one issued after today does not count yet.
 */
export function supportCoverage(userLicenses: number, grants: readonly SupportLicenseGrant[], now: Date): Coverage {
    const todayNumber = dayNumber(coverageDay(now));
    const users = wholeCount(userLicenses);
    const onFile = grants
        .map((grant) => ({
            issuedOn: dayNumber(grant.issuedOn),
            expiresOn: supportLicenseExpiry(grant.issuedOn),
            quantity: wholeCount(grant.quantity)
        }))
        .filter((grant) => grant.quantity > 0);
    const dated = onFile
        .filter((grant) => grant.issuedOn <= todayNumber)
        .sort((a, b) => a.expiresOn.localeCompare(b.expiresOn));
    const unexpired = dated.filter((grant) => dayNumber(grant.expiresOn) > todayNumber);
    const expired = dated.filter((grant) => dayNumber(grant.expiresOn) <= todayNumber);
    const unexpiredCount = unexpired.reduce((sum, grant) => sum + grant.quantity, 0);
    const shortfall = Math.max(0, users - unexpiredCount);
    const covered = users > 0 && shortfall === 0;

    let reason: CoverageReason = 'COVERED';
    if (users === 0) {
        reason = 'NO_USER_LICENSES';
    } else if (onFile.length === 0) {
        reason = 'NO_SUPPORT_LICENSES';
    } else if (unexpiredCount === 0) {
        reason = 'SUPPORT_EXPIRED';
    } else if (shortfall > 0) {
        reason = 'SHORTFALL';
    }

    // Walk the unexpired grants in expiry order until fewer than `users` remain.
    let coveredUntil: string | null = null;
    if (covered) {
        let remaining = unexpiredCount;
        for (const grant of unexpired) {
            remaining -= grant.quantity;
            if (remaining < users) {
                coveredUntil = grant.expiresOn;
                break;
            }
        }
    }

    return {
        covered,
        reason,
        userLicenses: users,
        unexpiredSupportLicenses: unexpiredCount,
        shortfall,
        nextExpiry: unexpired[0]?.expiresOn ?? null,
        lastExpired: expired.length ? expired[expired.length - 1].expiresOn : null,
        coveredUntil
    };
}

/**
 * Until when a covered customer is covered, in words and in UTC, as the org counts it: the last
 * minute of the last day, "Your support coverage runs until March 14, 2027 at 11:59 PM UTC." (''
 * when not covered).
 */
export function describeCoveredUntil(coverage: Coverage, locale?: string): string {
    if (!coverage.coveredUntil) {
        return '';
    }
    const lastMinute = new Date(Date.parse(`${coverage.coveredUntil}T00:00:00Z`) - 60 * 1000);
    return formatLabel(COVERAGE_COVERED_UNTIL, formatUtcMinute(lastMinute, locale));
}

/** Why a customer is not covered, in words: "5 user licenses, 3 unexpired support licenses. The last one expired on Oct 1, 2026." */
export function describeCoverage(coverage: Coverage, locale?: string): string {
    if (coverage.reason === 'NO_USER_LICENSES') {
        return COVERAGE_NO_USER_LICENSES;
    }
    if (coverage.reason === 'NO_SUPPORT_LICENSES') {
        return COVERAGE_NO_SUPPORT_LICENSES;
    }
    const counts = formatLabel(COVERAGE_COUNTS, coverage.userLicenses, coverage.unexpiredSupportLicenses);
    return coverage.lastExpired
        ? `${counts} ${formatLabel(COVERAGE_LAST_EXPIRED, formatDay(coverage.lastExpired, locale))}`
        : counts;
}
