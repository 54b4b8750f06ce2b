// Object info for the portal customer, from the project's metadata (org-model/objectInfo.mjs).
import { metadata } from 'virtual:metadata';
import {
    objectInfoFor as objectInfoOf,
    picklistValuesByRecordType as picklistsOf,
    picklistValuesFor as picklistValuesOf
} from '../../org-model/objectInfo.mjs';
import { access } from './server';

export { MASTER_RECORD_TYPE_ID } from '../../org-model/objectInfo.mjs';

export function objectInfoFor(apiName) {
    return objectInfoOf(metadata, access, apiName);
}

export function picklistValuesFor(objectApiName, fieldName, recordTypeId) {
    return picklistValuesOf(metadata, access, objectApiName, fieldName, recordTypeId);
}

export function picklistValuesByRecordType(objectApiName, recordTypeId) {
    return picklistsOf(metadata, access, objectApiName, recordTypeId);
}
