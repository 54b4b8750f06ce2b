// Picklist values as the org offers them, from the project's metadata (one source).
import { picklistsOf, readProjectMetadata } from './projectMetadata.mjs';

/** @returns {Record<string, {label: string, value: string}[]>} "Object.Field" → values */
export function readPicklists() {
    return picklistsOf(readProjectMetadata());
}
