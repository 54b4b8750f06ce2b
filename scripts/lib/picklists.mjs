// Reads picklist values from the project's field and global value set metadata,
// so the preview's demo org offers exactly what the org will.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';

const root = new URL('../../force-app/main/default/', import.meta.url).pathname;
const parser = new XMLParser({
    isArray: (name) => ['value', 'customValue'].includes(name),
    parseTagValue: false
});

/** Standard picklists the project does not define, with the values of a new org. */
const STANDARD = {
    'Case.Status': ['New', 'Working', 'Waiting on Customer', 'Escalated', 'Closed'],
    'Case.Origin': ['Phone', 'Email', 'Web']
};

function globalValueSet(name) {
    const file = join(root, 'globalValueSets', `${name}.globalValueSet-meta.xml`);
    const set = parser.parse(readFileSync(file, 'utf8')).GlobalValueSet;
    return set.customValue.map((v) => ({ label: String(v.label ?? v.fullName), value: String(v.fullName) }));
}

/** @returns {Record<string, {label: string, value: string}[]>} "Object.Field" → values */
export function readPicklists() {
    const picklists = Object.fromEntries(
        Object.entries(STANDARD).map(([key, values]) => [key, values.map((value) => ({ label: value, value }))])
    );
    const objectsDir = join(root, 'objects');
    for (const object of existsSync(objectsDir) ? readdirSync(objectsDir) : []) {
        const fieldsDir = join(objectsDir, object, 'fields');
        for (const file of existsSync(fieldsDir) ? readdirSync(fieldsDir) : []) {
            const field = parser.parse(readFileSync(join(fieldsDir, file), 'utf8')).CustomField;
            if (!/Picklist/.test(field.type) || !field.valueSet) {
                continue;
            }
            const { valueSetName, valueSetDefinition } = field.valueSet;
            picklists[`${object}.${field.fullName}`] = valueSetName
                ? globalValueSet(valueSetName)
                : valueSetDefinition.value.map((v) => ({
                      label: String(v.label ?? v.fullName),
                      value: String(v.fullName)
                  }));
        }
    }
    return picklists;
}
