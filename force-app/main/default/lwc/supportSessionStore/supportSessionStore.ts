/**
 * supportSessionStore — what the portal keeps in the browser tab's session storage (the shared
 * context, Create a Case drafts, notes for case lists), each entry marked
 * with the signed-in user's Id. Session storage outlives a logout in the same tab: an entry of
 * another user is discarded unread, so the next person never sees the previous one's draft.
 */
import USER_ID from '@salesforce/user/Id';

interface Entry {
    owner: string;
    value: unknown;
}

// Every use of window.sessionStorage is inside a try: reading the property itself throws where the
// browser blocks site data (a SecurityError), and writing throws when storage is full.

/** The signed-in user's value under `key`, or undefined (none, unreadable, or another user's, now discarded). */
export function readOwn(key: string): unknown {
    let entry: Partial<Entry> | null = null;
    try {
        // JSON.parse(null) is null: no entry under the key.
        entry = JSON.parse(window.sessionStorage.getItem(key) as string) as Partial<Entry> | null;
    } catch {
        // Storage refused, or not JSON: no entry.
    }
    if (!entry) {
        return undefined;
    }
    if (entry.owner !== USER_ID) {
        removeOwn(key);
        return undefined;
    }
    return entry.value;
}

/** Keeps `value` under `key` for the signed-in user. Storage full or disabled: nothing is kept. */
export function writeOwn(key: string, value: unknown): void {
    try {
        window.sessionStorage.setItem(key, JSON.stringify({ owner: USER_ID, value } satisfies Entry));
    } catch {
        // Nothing kept: the components still share what is on the page.
    }
}

export function removeOwn(key: string): void {
    try {
        window.sessionStorage.removeItem(key);
    } catch {
        // Nothing to remove.
    }
}
