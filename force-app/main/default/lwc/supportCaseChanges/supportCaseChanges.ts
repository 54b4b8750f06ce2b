/**
 * supportCaseChanges — tells case lists that are not on screen that the customer filed a case.
 *
 * Lightning Data Service keeps a GraphQL result for a query and answers a new wire from it; it
 * does not run the query again when a new record would match ("Lightning Data Service doesn't
 * reevaluate the query to see if the record still matches the query. To ensure that Lightning
 * Data Service reevaluates your query, use the refresh method." GraphQL API Developer Guide,
 * Update Cached Query Results). A list on the same page hears the Support_Case_Created message;
 * a list on another page (the Cases tab after Create a Case) reads this note when it loads, and
 * refreshes once. The note is the signed-in user's (supportSessionStore).
 */
import { readOwn, writeOwn } from 'c/supportSessionStore';

const CHANGED_KEY = 'c-support-cases:changed';
const SEEN_KEY = 'c-support-cases:seen';

function read(key: string): string | null {
    const value = readOwn(key);
    return typeof value === 'string' ? value : null;
}

function write(key: string, value: string): void {
    // No session storage (a private window's quota): lists refresh on the message alone.
    writeOwn(key, value);
}

/** Notes that the customer filed (or changed) a case. */
export function noteCasesChanged(now: Date = new Date()): void {
    write(CHANGED_KEY, `${now.getTime()}`);
}

/**
 * For a case list with data: true once after each change noted since a list last asked, so
 * that the list refreshes its query once.
 */
export function takeCasesChanged(): boolean {
    const changed = read(CHANGED_KEY);
    if (!changed || changed === read(SEEN_KEY)) {
        return false;
    }
    write(SEEN_KEY, changed);
    return true;
}
