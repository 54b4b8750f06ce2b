// Reads the project's custom labels, so the preview and the jest mocks show
// the text a customer will see rather than label names.
import { readFileSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';

export const LABELS_FILE = new URL('../../force-app/main/default/labels/CustomLabels.labels-meta.xml', import.meta.url);

/** @returns {Map<string, string>} label full name → English value */
export function readLabels(file = LABELS_FILE) {
    const parser = new XMLParser({ isArray: (name) => name === 'labels', parseTagValue: false });
    const xml = parser.parse(readFileSync(file, 'utf8'));
    return new Map((xml.CustomLabels?.labels ?? []).map((label) => [String(label.fullName), String(label.value)]));
}
