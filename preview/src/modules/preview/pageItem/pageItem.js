// One item of the app's case page in the preview (preview-record-page): the platform's highlights
// panel or a Dynamic Forms field section as the preview draws them, or the project's component
// itself, given the case as a record page gives it (recordId). Never deployed.
import { LightningElement, api } from 'lwc';

export default class PageItem extends LightningElement {
    /** { highlights, section: { label, fields }, conversation, files, other } */
    @api item;
    @api recordId;
    /** { objectLabel, name, fields } for the highlights panel. */
    @api heading;
}
