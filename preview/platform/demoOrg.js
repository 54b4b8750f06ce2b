// The embedded demo org: records kept in this browser's localStorage so what a
// user creates survives a reload. It is the preview's only "server"; the
// platform stand-ins (uiRecordApi, uiGraphQLApi, ...) read and write through it.
import {
    COLLEAGUE_USER_ID,
    DEMO_USER_ID,
    SUPPORT_ENGINEER_ID,
    generatedCases,
    seedRecords
} from '../../org-model/demoData.mjs';
import { demoArticles } from 'virtual:demoArticles';
import { createRecordStore } from '../../org-model/recordStore.mjs';

const STORAGE_KEY = 'thycoticSupportPortal.preview.org.v1';
const listeners = new Set();
const state = load();

function load() {
    try {
        const saved = JSON.parse(window.localStorage.getItem(STORAGE_KEY));
        if (saved && saved.records) {
            return saved;
        }
    } catch {
        // A corrupt or missing store starts again from the seed.
    }
    // The seed is stored at once, so what the page shows is what the store holds.
    const seeded = { records: seedRecords(new Date(), { articles: demoArticles }), nextId: 1, faults: {} };
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(seeded));
    return seeded;
}

/** `changed`: the Ids of the records a change touched, or 'all' (a reset, a new demo customer). */
function save(changed = 'all') {
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(state));
    listeners.forEach((listener) => listener(changed));
}

/**
 * Called after every change with the Ids it touched, so the stand-ins can update what LDS would
 * update (records a wire already holds), and nothing more.
 */
export function onChange(listener) {
    listeners.add(listener);
    return () => listeners.delete(listener);
}

export function reset() {
    // The customer's language is a setting of the preview as much as of the user: a reset keeps it.
    // Whoever was signed in, the reset signs Dana in again (the seed's state has no signedInAs).
    const language = currentLanguage();
    // The store holds this state object: it is emptied and refilled, never replaced.
    for (const key of Object.keys(state)) {
        delete state[key];
    }
    Object.assign(state, { records: seedRecords(new Date(), { articles: demoArticles }), nextId: 1, faults: {} });
    state.records.User = state.records.User.map((user) =>
        user.Id === DEMO_USER_ID ? { ...user, LanguageLocaleKey: language } : user
    );
    save();
}

/**
 * Who is signed in: the engineer view (/engineer, the Thycotic Support app's stand-in) is Fox Mulder,
 * a support engineer with the Support Engineer permission set; every other page is the portal's
 * demo customer. The page loads again when it changes, as signing in as someone else would.
 */
export function currentPersona() {
    return window.location.pathname.startsWith('/engineer') ? 'engineer' : 'customer';
}

/**
 * The portal users the preview can sign in as (the bar's "Signed in as"): Dana Scully, whom Acme
 * authorized to grant and end Thycotic's access, and her colleague Walter Skinner, who may not.
 */
export const CUSTOMERS = [
    { userId: DEMO_USER_ID, label: 'Dana Scully (may grant access)' },
    { userId: COLLEAGUE_USER_ID, label: 'Walter Skinner (colleague)' }
];

/** The portal user signed in, kept in the demo org's state; Dana unless the bar chose Walter. */
export function currentCustomerId() {
    const chosen = state.signedInAs;
    return CUSTOMERS.some((c) => c.userId === chosen) && findRecord(chosen) ? chosen : DEMO_USER_ID;
}

/**
 * Signs another portal user in, as signing out and in again would; the preview's language goes
 * with the page (copied to the new user's record). The caller reloads the page.
 */
export function signInAs(userId) {
    if (!CUSTOMERS.some((c) => c.userId === userId) || !findRecord(userId)) {
        return;
    }
    const language = currentLanguage();
    state.signedInAs = userId;
    updateRecordFields(userId, { LanguageLocaleKey: language });
    save('all');
}

/** The signed-in user's Id (@salesforce/user/Id). */
export function currentUserId() {
    return currentPersona() === 'engineer' ? SUPPORT_ENGINEER_ID : currentCustomerId();
}

/** The signed-in customer's language (User.LanguageLocaleKey): what the page's labels and formats follow. */
export function currentLanguage() {
    return findRecord(currentCustomerId())?.record.LanguageLocaleKey || 'en_US';
}

/** Sets the signed-in customer's language, as an admin would on the user record. The page reloads in it. */
export function setLanguage(code) {
    updateRecordFields(currentCustomerId(), { LanguageLocaleKey: code });
}

/**
 * A large account's extra cases (the "10,000 cases" demo customer): made once, held in memory only;
 * what the org changed on one of them (a customer closing it) is kept in the store by Id.
 */
let extraCases = { count: 0, records: [] };
function largeAccountCases() {
    const count = state.generatedCases || 0;
    if (extraCases.count !== count) {
        extraCases = { count, records: generatedCases(count) };
    }
    const changed = state.generatedChanges ?? {};
    return Object.keys(changed).length
        ? extraCases.records.map((record) => (changed[record.Id] ? { ...record, ...changed[record.Id] } : record))
        : extraCases.records;
}

/** The records, held by the org model's store; each write is kept in this browser and announced. */
const store = createRecordStore(state, {
    currentUserId,
    onWrite: (changed) => save(changed),
    extra: {
        all: (apiName) => (apiName === 'Case' ? largeAccountCases() : []),
        find: (id) => {
            if (!String(id).startsWith('500GEN')) {
                return undefined;
            }
            const record = largeAccountCases().find((r) => r.Id === id || r.Id.slice(0, 15) === id);
            return record ? { apiName: 'Case', record: { ...record } } : undefined;
        },
        update: (id, fields, now) => {
            const changes = { ...(state.generatedChanges ?? {})[id], ...fields, LastModifiedDate: now };
            state.generatedChanges = { ...(state.generatedChanges ?? {}), [id]: changes };
        },
        snapshot: () => JSON.stringify(state.generatedChanges ?? {}),
        restore: (snapshot) => {
            state.generatedChanges = JSON.parse(snapshot);
        }
    }
});

export const { allRecords, findRecord, insertRecord, updateRecordFields, deleteRecordById, transaction } = store;

/**
 * The emails the org's flows sent (a Send Email action whose transaction committed), oldest first:
 * an org would deliver them; the preview keeps them for its Sent emails panel. A reset clears them.
 */
export function keepSentEmail(email) {
    state.sentEmails = [...(state.sentEmails ?? []), email];
    // No record changed: nothing a wire holds is read again.
    save([]);
}

export function sentEmails() {
    return state.sentEmails ?? [];
}

// Faults: the preview's toolbar can make the next read or write fail, so that
// error states can be seen and tested. Each fault is used once.
export const FAULTS = ['network', 'validation', 'duplicate'];

export function setNextFault(kind, fault) {
    state.faults = { ...state.faults, [kind]: fault || undefined };
    save([]);
}

export function nextFault(kind) {
    return state.faults[kind];
}

export function takeFault(kind) {
    const fault = state.faults[kind];
    if (fault) {
        state.faults = { ...state.faults, [kind]: undefined };
        save([]);
    }
    return fault;
}

/**
 * Every round trip to the demo org's server, as the page made it: { name, start, end } in
 * milliseconds since the page loaded. `npm run bench` and the budget's browser test read it
 * (window.demoOrg.calls()) to count a page's server calls and their sequential waves.
 */
const calls = [];

export function serverCalls() {
    return calls.map((call) => ({ ...call }));
}

export function clearServerCalls() {
    calls.length = 0;
}

/** A server round trip takes time (default 250 ms); components must show that they wait. */
export async function latency(name = 'server') {
    const ms = Number(window.localStorage.getItem('thycoticSupportPortal.preview.latencyMs') ?? 250);
    const call = { name, start: performance.now(), end: undefined };
    calls.push(call);
    await new Promise((resolve) => setTimeout(resolve, ms));
    call.end = performance.now();
}

/** Demo customers the preview can switch between, to see every state of the components. */
export const SCENARIOS = {
    covered: { label: 'Acme Corp, Secret Server, covered', product: 'Secret Server', userLicenses: 5 },
    cloud: { label: 'Acme Corp, Secret Server Cloud, covered', product: 'Secret Server Cloud', userLicenses: 5 },
    notCovered: { label: 'Acme Corp, 8 user licenses, not covered', product: 'Secret Server', userLicenses: 8 },
    large: {
        label: 'Acme Corp, 10,000 cases',
        product: 'Secret Server',
        userLicenses: 5,
        generatedCases: 10000
    }
};

export function currentScenario() {
    const account = state.records.Account[0];
    return (
        Object.keys(SCENARIOS).find(
            (key) =>
                SCENARIOS[key].product === account.Support_Product__c &&
                SCENARIOS[key].userLicenses === account.User_Licenses__c &&
                (SCENARIOS[key].generatedCases || 0) === (state.generatedCases || 0)
        ) || 'covered'
    );
}

export function setScenario(key) {
    const scenario = SCENARIOS[key];
    if (scenario) {
        const [account, ...others] = state.records.Account;
        state.records.Account = [
            { ...account, Support_Product__c: scenario.product, User_Licenses__c: scenario.userLicenses },
            ...others
        ];
        state.generatedCases = scenario.generatedCases || 0;
        save('all');
    }
}
