/**
 * supportCoverage — support coverage: support licenses expire 365 days after issue, and a customer
 * is covered while unexpired support licenses cover their user licenses. The org holds the same
 * rule in the Support PIN Policy flow.
 */
import COVERAGE_COUNTS from '@salesforce/label/c.Support_Coverage_Counts';
import COVERAGE_LAST_EXPIRED from '@salesforce/label/c.Support_Coverage_Last_Expired';
import COVERAGE_NO_USER_LICENSES from '@salesforce/label/c.Support_Coverage_No_User_Licenses';
import COVERAGE_NO_SUPPORT_LICENSES from '@salesforce/label/c.Support_Coverage_No_Support_Licenses';
import { addDays, dayNumber, formatDay, formatLabel } from 'c/supportFormat';

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

/**
 * Support needs as many unexpired support licenses as user licenses.
 * A license issued 365 days before `today` has expired today.
 */
export function supportCoverage(userLicenses: number, grants: readonly SupportLicenseGrant[], today: string): Coverage {
    const todayNumber = dayNumber(today);
    const users = wholeCount(userLicenses);
    const dated = grants
        .map((grant) => ({ expiresOn: supportLicenseExpiry(grant.issuedOn), quantity: wholeCount(grant.quantity) }))
        .filter((grant) => grant.quantity > 0)
        .sort((a, b) => a.expiresOn.localeCompare(b.expiresOn));
    const unexpired = dated.filter((grant) => dayNumber(grant.expiresOn) > todayNumber);
    const expired = dated.filter((grant) => dayNumber(grant.expiresOn) <= todayNumber);
    const unexpiredCount = unexpired.reduce((sum, grant) => sum + grant.quantity, 0);
    const shortfall = Math.max(0, users - unexpiredCount);
    const covered = users > 0 && shortfall === 0;

    let reason: CoverageReason = 'COVERED';
    if (users === 0) {
        reason = 'NO_USER_LICENSES';
    } else if (dated.length === 0) {
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
