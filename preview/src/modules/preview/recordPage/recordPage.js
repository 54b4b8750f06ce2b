// The Thycotic Support app's case page in the preview: the Lightning page the app opens cases on
// (its actionOverrides, force-app/.../flexipages), region by region, as the engineer sees it. The
// project's own components on it are the real ones, given the case as the record page gives it;
// the platform's standard components (the highlights panel, Dynamic Forms field sections) are
// drawn here from the page's metadata and the record as the engineer may read it. Never deployed.
import { LightningElement, api, wire } from 'lwc';
import { getRecord } from 'lightning/uiRecordApi';
import { metadata } from 'virtual:metadata';
import { label } from 'virtual:labels';

const APP = 'Thycotic_Support';
const OBJECT = 'Case';
/** What the highlights panel shows from the case's compact layout, after its name. */
const HIGHLIGHTS = ['Subject', 'Status'];

export const PAGE_NAME = metadata.applications[APP]?.recordPages[OBJECT];
const page = metadata.flexiPages[PAGE_NAME];
const fieldsOf = metadata.objects[OBJECT].fields;
const facets = Object.fromEntries(page.regions.map((region) => [region.name, region.items]));

/** A property in the user's language: `{!$Label.c.Name}` is that label. */
function text(value) {
    const match = /^\{!\$Label\.c\.(\w+)\}$/.exec(value ?? '');
    return match ? label(match[1]) : (value ?? '');
}

/** A field section's fields, column by column, from its columns facet. */
function sectionFields(columnsFacet) {
    return (facets[columnsFacet] ?? [])
        .flatMap((column) => facets[column.properties.body] ?? [])
        .map((item) => item.field);
}

/** Where a field's shown value is in the record: a lookup shows the related record's name. */
function pathOf(field) {
    const definition = fieldsOf[field];
    return ['Lookup', 'MasterDetail'].includes(definition?.type) && definition.relationshipName
        ? `${OBJECT}.${definition.relationshipName}.Name`
        : `${OBJECT}.${field}`;
}

const items = (regionName) =>
    (facets[regionName] ?? []).map((item, index) => ({
        key: `${regionName}-${index}`,
        highlights: item.component === 'force:highlightsPanel',
        section:
            item.component === 'flexipage:fieldSection'
                ? { label: text(item.properties.label), fields: sectionFields(item.properties.columns) }
                : undefined,
        conversation: item.component === 'supportCaseConversation',
        files: item.component === 'supportCaseFiles',
        other: ![
            'force:highlightsPanel',
            'flexipage:fieldSection',
            'supportCaseConversation',
            'supportCaseFiles'
        ].includes(item.component)
            ? item.component
            : undefined
    }));

const FIELD_PATHS = [
    `${OBJECT}.CaseNumber`,
    ...new Set([...HIGHLIGHTS, ...page.fields].filter((field) => fieldsOf[field]).map(pathOf))
];

export default class RecordPage extends LightningElement {
    @api recordId;

    regions = { header: items('header'), main: items('main'), sidebar: items('sidebar') };
    objectLabel = metadata.objects[OBJECT].label;
    record;
    error;

    @wire(getRecord, { recordId: '$recordId', optionalFields: FIELD_PATHS })
    wiredCase({ data, error }) {
        this.record = data;
        this.error = error;
    }

    /** A field as a record page shows it: its label, and its value (a checkbox for a checkbox). */
    shown(field) {
        const [, ...path] = pathOf(field).split('.');
        let entry = { value: this.record };
        for (const segment of path) {
            entry = entry?.value?.fields?.[segment];
        }
        const definition = fieldsOf[field];
        const isCheckbox = definition.type === 'Checkbox';
        return {
            name: field,
            label: definition.label,
            isCheckbox,
            checked: isCheckbox && entry?.value === true,
            text: isCheckbox ? '' : String(entry?.displayValue ?? entry?.value ?? '')
        };
    }

    pageName = PAGE_NAME;

    /** The highlights panel: the object, the record's name, and the compact layout's fields. */
    get heading() {
        return {
            objectLabel: this.objectLabel,
            name: this.record?.fields.CaseNumber?.value ?? '',
            fields: HIGHLIGHTS.map((field) => this.shown(field))
        };
    }

    /** A region's items, each field section with its fields' labels and values. */
    withValues(list) {
        return list.map((item) => {
            if (!item.section) {
                return item;
            }
            return { ...item, section: { ...item.section, fields: item.section.fields.map((f) => this.shown(f)) } };
        });
    }

    get header() {
        return this.withValues(this.regions.header);
    }

    get main() {
        return this.withValues(this.regions.main);
    }

    get sidebar() {
        return this.withValues(this.regions.sidebar);
    }
}
