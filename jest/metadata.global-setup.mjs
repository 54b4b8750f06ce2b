// Writes what the UI API would answer the portal customer, from the project's metadata, for tests
// to emit through the wire adapters: object info (`@metadata/objectInfo/<Object>`) and picklist
// values (`@metadata/picklist/<Object>.<Field>`, and all of an object's: `@metadata/picklists/<Object>`),
// and the same in each translation for a user of that language (`@metadata/de/picklists/<Object>`).
// No hand copy of the metadata in a fixture: a field's length or a picklist value changed in its
// XML reaches the tests.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { readProjectMetadata } from '../org-model/projectMetadata.mjs';
import { translationLanguages } from '../org-model/labels.mjs';
import { accessFor } from '../org-model/access.mjs';
import { objectInfoFor, picklistValuesByRecordType, picklistValuesFor } from '../org-model/objectInfo.mjs';

export const METADATA_MODULES = new URL('../.build/jest-metadata/', import.meta.url);

function writeModules(metadata, root) {
    const access = accessFor(metadata, 'Support_Portal_Customer');
    for (const folder of ['objectInfo', 'picklist', 'picklists']) {
        mkdirSync(new URL(`${folder}/`, root), { recursive: true });
    }
    for (const apiName of Object.keys(metadata.objects)) {
        const info = objectInfoFor(metadata, access, apiName);
        if (info) {
            writeFileSync(new URL(`objectInfo/${apiName}.json`, root), JSON.stringify(info, null, 2));
            writeFileSync(
                new URL(`picklists/${apiName}.json`, root),
                JSON.stringify(picklistValuesByRecordType(metadata, access, apiName), null, 2)
            );
        }
        for (const field of Object.keys(metadata.objects[apiName].fields)) {
            const values = picklistValuesFor(metadata, access, apiName, field);
            if (values) {
                writeFileSync(new URL(`picklist/${apiName}.${field}.json`, root), JSON.stringify(values, null, 2));
            }
        }
    }
}

export default function writeMetadataModules() {
    rmSync(METADATA_MODULES, { recursive: true, force: true });
    writeModules(readProjectMetadata(), METADATA_MODULES);
    for (const language of translationLanguages()) {
        writeModules(readProjectMetadata(undefined, { language }), new URL(`${language}/`, METADATA_MODULES));
    }
}
