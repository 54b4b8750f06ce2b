// Writes one module per custom label (`export default "<English value>"`) so that
// `@salesforce/label/c.X` resolves in jest to the text the customer sees. A label
// missing from the metadata does not resolve, and the test sees its name instead.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { readLabels } from '../scripts/lib/labels.mjs';

export const LABEL_MODULES = new URL('../.build/jest-labels/', import.meta.url);

export default function writeLabelModules() {
    rmSync(LABEL_MODULES, { recursive: true, force: true });
    mkdirSync(LABEL_MODULES, { recursive: true });
    for (const [name, value] of readLabels()) {
        writeFileSync(
            new URL(`c.${name}.js`, LABEL_MODULES),
            `module.exports = { __esModule: true, default: ${JSON.stringify(value)} };\n`
        );
    }
}
