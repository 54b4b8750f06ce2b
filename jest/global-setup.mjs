// Before the tests: custom labels and the metadata's object info and picklists, as modules.
import writeLabelModules from './labels.global-setup.mjs';
import writeMetadataModules from './metadata.global-setup.mjs';

export default function globalSetup() {
    writeLabelModules();
    writeMetadataModules();
}
