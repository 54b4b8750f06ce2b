/**
 * supportPhones — Thycotic Support's regional phone numbers as it publishes them, and the viewer's
 * region (viewerRegion.ts) for showing their numbers first. Customer-visible names come from labels.
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

export { countryOfLocale, regionOfCountry, regionOfTimeZone, viewerRegion } from './viewerRegion';
