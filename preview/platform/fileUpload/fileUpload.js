// Stand-in for lightning-file-upload (an org-only base component): the same public surface
// (label, accept, multiple, record-id, disabled; the uploadfinished event with each file's name
// and documentId), uploading to the demo org as the customer. The browser's file picker filters
// by `accept`; like the platform, the upload refuses a file over 2 GB or of a type not accepted.
import { LightningElement, api } from 'lwc';
import { latency } from '../demoOrg';
import { uploadFileAs } from '../server';

const MAX_BYTES = 2 * 1024 * 1024 * 1024;

export default class FileUpload extends LightningElement {
    @api label = 'Upload Files';
    @api accept;
    @api multiple = false;
    @api recordId;
    @api disabled = false;
    @api name;

    errors = [];
    uploading = false;

    get acceptText() {
        return Array.isArray(this.accept) ? this.accept.join(',') : (this.accept ?? '');
    }

    get hasErrors() {
        return this.errors.length > 0;
    }

    accepted(fileName) {
        const types = this.acceptText
            .split(',')
            .map((type) => type.trim().toLowerCase())
            .filter(Boolean);
        return !types.length || types.some((type) => fileName.toLowerCase().endsWith(type));
    }

    async handleChange(event) {
        const files = Array.from(event.target.files ?? []);
        event.target.value = '';
        this.errors = [];
        const uploaded = [];
        this.uploading = true;
        // One round trip for the upload, as the platform sends the chosen files together.
        await latency(`upload ${files.length} file(s)`);
        for (const file of files) {
            if (!this.accepted(file.name)) {
                this.errors = [...this.errors, `${file.name}: this file type isn't supported.`];
                continue;
            }
            if (file.size > MAX_BYTES) {
                this.errors = [...this.errors, `${file.name}: the file is larger than 2 GB.`];
                continue;
            }
            try {
                const { documentId, contentVersionId } = uploadFileAs(this.recordId, {
                    name: file.name,
                    size: file.size
                });
                uploaded.push({ name: file.name, documentId, contentVersionId });
            } catch (error) {
                this.errors = [...this.errors, `${file.name}: ${error.body?.message ?? error.message ?? error}`];
            }
        }
        this.uploading = false;
        if (uploaded.length) {
            this.dispatchEvent(new CustomEvent('uploadfinished', { detail: { files: uploaded } }));
        }
    }
}
