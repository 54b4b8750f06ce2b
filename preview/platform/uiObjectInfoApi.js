// Stand-in for lightning/uiObjectInfoApi: object info and picklist values for the portal
// customer, from the project's metadata (objectInfo.js).
import { latency } from './demoOrg';
import { objectInfoFor, picklistValuesByRecordType as picklistsOf, picklistValuesFor } from './objectInfo';

/**
 * LDS asks the server once for the same object info or picklists, whichever components ask, and
 * keeps the answer: the stand-ins share one request per adapter and config.
 */
const requests = new Map();

function requestOnce(key) {
    if (!requests.has(key)) {
        requests.set(key, latency(key));
    }
    return requests.get(key);
}

class LdsAdapter {
    constructor(dataCallback) {
        this.dataCallback = dataCallback;
    }

    connect() {}

    disconnect() {}

    async update(config) {
        await requestOnce(`${this.constructor.name} ${JSON.stringify(config)}`);
        const data = this.read(config);
        this.dataCallback(
            data
                ? { data, error: undefined }
                : { data: undefined, error: { status: 404, body: [{ errorCode: 'NOT_FOUND', message: 'Not found' }] } }
        );
    }
}

export class getObjectInfo extends LdsAdapter {
    read({ objectApiName }) {
        const apiName = objectApiName?.objectApiName || objectApiName;
        return apiName ? objectInfoFor(apiName) : undefined;
    }
}

export class getPicklistValues extends LdsAdapter {
    read({ recordTypeId, fieldApiName }) {
        return recordTypeId && fieldApiName
            ? picklistValuesFor(fieldApiName.objectApiName, fieldApiName.fieldApiName, recordTypeId)
            : undefined;
    }
}

export class getPicklistValuesByRecordType extends LdsAdapter {
    read({ objectApiName, recordTypeId }) {
        const apiName = objectApiName?.objectApiName || objectApiName;
        return apiName && recordTypeId ? picklistsOf(apiName, recordTypeId) : undefined;
    }
}
