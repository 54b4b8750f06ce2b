/**
 * supportDirectory — what Thycotic Support publishes: regions and phone numbers, severities and the
 * contact methods each allows, the product with cloud PINs, the portal's links, the checklist of
 * what to gather, and the viewer's region. Pure and typed; customer-visible text comes from labels.
 */
import REGION_AMERICAS from '@salesforce/label/c.Support_Region_Americas';
import REGION_EMEA from '@salesforce/label/c.Support_Region_EMEA';
import REGION_APAC from '@salesforce/label/c.Support_Region_APAC';
import COUNTRY_ALL from '@salesforce/label/c.Support_Country_All';
import COUNTRY_UK from '@salesforce/label/c.Support_Country_UK';
import COUNTRY_GERMANY from '@salesforce/label/c.Support_Country_Germany';
import COUNTRY_AUSTRALIA from '@salesforce/label/c.Support_Country_Australia';
import COUNTRY_PHILIPPINES from '@salesforce/label/c.Support_Country_Philippines';
import COUNTRY_NEW_ZEALAND from '@salesforce/label/c.Support_Country_New_Zealand';
import COUNTRY_SINGAPORE from '@salesforce/label/c.Support_Country_Singapore';
import SEVERITY_1 from '@salesforce/label/c.Support_Severity_1';
import SEVERITY_1_DEFINITION from '@salesforce/label/c.Support_Severity_1_Definition';
import SEVERITY_2 from '@salesforce/label/c.Support_Severity_2';
import SEVERITY_2_DEFINITION from '@salesforce/label/c.Support_Severity_2_Definition';
import SEVERITY_3 from '@salesforce/label/c.Support_Severity_3';
import SEVERITY_3_DEFINITION from '@salesforce/label/c.Support_Severity_3_Definition';
import SEVERITY_4 from '@salesforce/label/c.Support_Severity_4';
import SEVERITY_4_DEFINITION from '@salesforce/label/c.Support_Severity_4_Definition';
import CHECKLIST_USERNAME from '@salesforce/label/c.Support_Checklist_Username';
import CHECKLIST_EMAIL from '@salesforce/label/c.Support_Checklist_Email';
import CHECKLIST_COMPANY from '@salesforce/label/c.Support_Checklist_Company';
import CHECKLIST_CONTACT_NAME from '@salesforce/label/c.Support_Checklist_Contact_Name';
import CHECKLIST_CONTACT_PHONE from '@salesforce/label/c.Support_Checklist_Contact_Phone';
import CHECKLIST_PRODUCT from '@salesforce/label/c.Support_Checklist_Product';
import CHECKLIST_DETAILS from '@salesforce/label/c.Support_Checklist_Details';
import CHECKLIST_OTHER from '@salesforce/label/c.Support_Checklist_Other';

export type RegionCode = 'AMERICAS' | 'EMEA' | 'APAC';

export interface SupportPhone {
    /** ISO 3166-1 alpha-2 code, or 'ALL' for a number that serves a whole region. */
    countryCode: string;
    country: string;
    /** The number as Thycotic publishes it. */
    display: string;
    /** E.164, for `tel:` links. */
    e164: string;
}

export interface SupportRegion {
    code: RegionCode;
    name: string;
    phones: SupportPhone[];
}

/** Regional phone numbers, in the order Thycotic publishes them. */
export const REGIONS: readonly SupportRegion[] = Object.freeze([
    {
        code: 'AMERICAS',
        name: REGION_AMERICAS,
        phones: [{ countryCode: 'ALL', country: COUNTRY_ALL, display: '+1 202 991 0540', e164: '+12029910540' }]
    },
    {
        code: 'EMEA',
        name: REGION_EMEA,
        phones: [
            { countryCode: 'GB', country: COUNTRY_UK, display: '+44 20 3880 0017', e164: '+442038800017' },
            { countryCode: 'DE', country: COUNTRY_GERMANY, display: '+49 69 6677 37597', e164: '+4969667737597' }
        ]
    },
    {
        code: 'APAC',
        name: REGION_APAC,
        phones: [
            { countryCode: 'AU', country: COUNTRY_AUSTRALIA, display: '+61 3 8595 5827', e164: '+61385955827' },
            { countryCode: 'PH', country: COUNTRY_PHILIPPINES, display: '+63 2 231 3885', e164: '+6322313885' },
            { countryCode: 'NZ', country: COUNTRY_NEW_ZEALAND, display: '+64 9-887 4015', e164: '+6498874015' },
            { countryCode: 'SG', country: COUNTRY_SINGAPORE, display: '+65 3157 0602', e164: '+6531570602' }
        ]
    }
]);

export const REGION_CODES: readonly RegionCode[] = REGIONS.map((region) => region.code);

export function isRegionCode(value: unknown): value is RegionCode {
    return typeof value === 'string' && (REGION_CODES as readonly string[]).includes(value);
}

export function telHref(phone: SupportPhone): string {
    return `tel:${phone.e164}`;
}

/** The regions with `first` moved to the front; the rest keep their published order. */
export function regionsInOrder(first?: RegionCode | null): SupportRegion[] {
    const regions = [...REGIONS];
    const index = first ? regions.findIndex((region) => region.code === first) : -1;
    if (index > 0) {
        regions.unshift(...regions.splice(index, 1));
    }
    return regions;
}

export type SeverityLevel = 1 | 2 | 3 | 4;
export type ContactMethod = 'phone' | 'email' | 'ticket';

export interface Severity {
    level: SeverityLevel;
    /** The Case.Severity__c picklist's API value: what is stored, shared and compared. Never translated. */
    value: string;
    /** The translated name (a label), for display only. */
    name: string;
    definition: string;
    methods: readonly ContactMethod[];
}

const ALL_METHODS: readonly ContactMethod[] = Object.freeze(['phone', 'email', 'ticket']);

/**
 * Severity 1 (complete loss of service) must be reported by phone; the rest may use any method.
 * Routing goes by `value` (the picklist API value, which a metadata check keeps in the field's
 * value set), never by the translated `name`.
 */
export const SEVERITIES: readonly Severity[] = Object.freeze([
    {
        level: 1,
        value: 'Severity 1',
        name: SEVERITY_1,
        definition: SEVERITY_1_DEFINITION,
        methods: Object.freeze(['phone'] as ContactMethod[])
    },
    { level: 2, value: 'Severity 2', name: SEVERITY_2, definition: SEVERITY_2_DEFINITION, methods: ALL_METHODS },
    { level: 3, value: 'Severity 3', name: SEVERITY_3, definition: SEVERITY_3_DEFINITION, methods: ALL_METHODS },
    { level: 4, value: 'Severity 4', name: SEVERITY_4, definition: SEVERITY_4_DEFINITION, methods: ALL_METHODS }
]);

/** The severity of a picklist API value ('Severity 1') or a level (1 or '1'); anything else, a label included, is undefined. */
export function severityOf(value: unknown): Severity | undefined {
    const text = String(value ?? '').trim();
    return SEVERITIES.find((severity) => severity.value === text || String(severity.level) === text);
}

export function contactMethodsFor(severity: unknown): readonly ContactMethod[] {
    return severityOf(severity)?.methods ?? ALL_METHODS;
}

export function isMethodAllowed(severity: unknown, method: ContactMethod): boolean {
    return contactMethodsFor(severity).includes(method);
}

/**
 * The product whose customers get the Tech Support PIN and the privileged PIN. Product names are
 * the Support_Products global value set's values (Thycotic trademarks, not translated); a metadata
 * check keeps this one in that set.
 */
export const SECRET_SERVER_CLOUD = 'Secret Server Cloud';

/** Only Secret Server Cloud has the Tech Support PIN and the privileged PIN. */
export function hasPrivilegedPin(product: unknown): boolean {
    return String(product ?? '').trim() === SECRET_SERVER_CLOUD;
}

export const LINKS = Object.freeze({
    servicesGuide: 'https://docs.thycotic.com/bulletins/current/support/servicesguide.md',
    upgrades: 'https://docs.thycotic.com/ss/current/secret-server-setup/index.md',
    featureRequests: 'https://feedback.thycotic.com'
});

export type ChecklistKey =
    'username' | 'email' | 'company' | 'contactName' | 'contactPhone' | 'product' | 'details' | 'other';

/** Step one: what to gather before contacting support, in the seeds' order. */
export const CHECKLIST: readonly { key: ChecklistKey; label: string }[] = Object.freeze([
    { key: 'username', label: CHECKLIST_USERNAME },
    { key: 'email', label: CHECKLIST_EMAIL },
    { key: 'company', label: CHECKLIST_COMPANY },
    { key: 'contactName', label: CHECKLIST_CONTACT_NAME },
    { key: 'contactPhone', label: CHECKLIST_CONTACT_PHONE },
    { key: 'product', label: CHECKLIST_PRODUCT },
    { key: 'details', label: CHECKLIST_DETAILS },
    { key: 'other', label: CHECKLIST_OTHER }
]);

export { countryOfLocale, regionOfCountry, regionOfTimeZone, viewerRegion } from './viewerRegion';
