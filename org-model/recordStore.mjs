// The org's records as one store: read, insert, update, delete, and transactions that undo a
// refused save. The preview's demo org keeps its state in the browser (preview/platform/demoOrg.js
// persists it); the node tests keep it in memory. Both run every save through org.mjs on top of it.

const KEY_PREFIXES = {
    Account: '001',
    Contact: '003',
    User: '005',
    Case: '500',
    Support_PIN__c: 'a02',
    Support_License__c: 'a01',
    Case_Message__c: 'a03',
    ContentVersion: '068',
    ContentDocument: '069',
    ContentDocumentLink: '06A'
};

/**
 * `state`: { records: { [apiName]: record[] }, nextId } (kept by reference: the caller may persist
 * it). `options.currentUserId()`: who creates a record by default. `options.onWrite(changedIds)`:
 * called after each write. `options.extra`: records held elsewhere (the preview's 10,000 generated
 * cases): { all(apiName), find(id), update(id, fields, now), snapshot(), restore(snapshot) }.
 */
export function createRecordStore(state, { currentUserId = () => undefined, onWrite = () => {}, extra } = {}) {
    let open;

    const written = (changed) => {
        if (open) {
            open.wrote = true;
        }
        onWrite(changed);
    };

    function allRecords(apiName) {
        const stored = (state.records[apiName] || []).map((record) => ({ ...record }));
        return extra ? [...stored, ...extra.all(apiName)] : stored;
    }

    function findRecord(id) {
        const outside = extra?.find(id);
        if (outside) {
            return outside;
        }
        for (const [apiName, records] of Object.entries(state.records)) {
            // An Id is 18 characters, or its 15-character case-sensitive form.
            const record = records.find((r) => r.Id === id || (String(id).length === 15 && r.Id.slice(0, 15) === id));
            if (record) {
                return { apiName, record: { ...record } };
            }
        }
        return undefined;
    }

    function insertRecord(apiName, fields) {
        const serial = String(state.nextId++).padStart(12, '0');
        const now = new Date().toISOString();
        const record = {
            CreatedById: currentUserId(),
            OwnerId: currentUserId(),
            ...fields,
            Id: `${KEY_PREFIXES[apiName] || 'a0Z'}NEW${serial}AAA`.slice(0, 18),
            CreatedDate: now,
            LastModifiedDate: now,
            SystemModstamp: now
        };
        if (apiName === 'Case') {
            record.Status = record.Status || 'New';
            record.IsClosed = record.Status === 'Closed';
            record.AccountId = record.AccountId || findRecord(record.ContactId)?.record.AccountId || null;
            const numbers = (state.records.Case || []).map((c) => Number(c.CaseNumber) || 0);
            record.CaseNumber = String(Math.max(1000, ...numbers) + 1).padStart(8, '0');
        }
        state.records[apiName] = [...(state.records[apiName] || []), record];
        written([record.Id]);
        return { ...record };
    }

    function updateRecordFields(id, fields) {
        const found = findRecord(id);
        if (!found) {
            return undefined;
        }
        const now = new Date().toISOString();
        const updated = { ...found.record, ...fields, Id: found.record.Id, LastModifiedDate: now, SystemModstamp: now };
        if (extra?.find(found.record.Id)) {
            extra.update(found.record.Id, fields, now);
        } else {
            state.records[found.apiName] = state.records[found.apiName].map((r) =>
                r.Id === found.record.Id ? updated : r
            );
        }
        written([found.record.Id]);
        return { apiName: found.apiName, record: { ...updated } };
    }

    function deleteRecordById(id) {
        const found = findRecord(id);
        if (found) {
            state.records[found.apiName] = state.records[found.apiName].filter((r) => r.Id !== found.record.Id);
            written([found.record.Id]);
        }
        return Boolean(found);
    }

    /**
     * A save and everything it triggers, as one transaction: when `work` throws, whatever it wrote
     * is undone, as the org rolls back a save that a flow or rule refused. Nested calls join it.
     */
    function transaction(work) {
        if (open) {
            return work();
        }
        const current = (open = {
            before: JSON.stringify({ records: state.records, nextId: state.nextId }),
            extra: extra?.snapshot(),
            wrote: false
        });
        try {
            return work();
        } catch (error) {
            if (current.wrote) {
                const before = JSON.parse(current.before);
                state.records = before.records;
                state.nextId = before.nextId;
                extra?.restore(current.extra);
                open = undefined;
                onWrite('all');
            }
            throw error;
        } finally {
            open = undefined;
        }
    }

    return { allRecords, findRecord, insertRecord, updateRecordFields, deleteRecordById, transaction };
}
