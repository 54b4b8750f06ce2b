// Stand-in for lightning/uiObjectInfoApi: object info and picklist values, the
// values read at build time from the project's field and value-set metadata.
import picklists from 'virtual:picklists';
import { latency } from './demoOrg';

const RECORD_TYPE_ID = '012000000000000AAA';

class LdsAdapter {
    constructor(dataCallback) {
        this.dataCallback = dataCallback;
    }

    connect() {}

    disconnect() {}

    async update(config) {
        await latency();
        const data = this.read(config);
        this.dataCallback(
            data
                ? { data, error: undefined }
                : { data: undefined, error: { status: 404, body: [{ message: 'Not found' }] } }
        );
    }
}

export class getObjectInfo extends LdsAdapter {
    read({ objectApiName }) {
        const apiName = objectApiName?.objectApiName || objectApiName;
        return apiName ? { apiName, label: apiName, defaultRecordTypeId: RECORD_TYPE_ID, fields: {} } : undefined;
    }
}

export class getPicklistValues extends LdsAdapter {
    read({ recordTypeId, fieldApiName }) {
        if (!recordTypeId || !fieldApiName) {
            return undefined;
        }
        const key = `${fieldApiName.objectApiName}.${fieldApiName.fieldApiName}`;
        const values = picklists[key];
        return values ? { defaultValue: null, values, controllerValues: {} } : undefined;
    }
}
