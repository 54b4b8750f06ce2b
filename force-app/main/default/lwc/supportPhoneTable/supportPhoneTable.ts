/**
 * supportPhoneTable — Thycotic Support's regional phone numbers.
 *
 * Public surface (also Experience Builder properties):
 * - `region`: 'AUTO' (default) puts the viewer's region first, worked out from
 *   their Salesforce time zone and locale; AMERICAS, EMEA or APAC pins that
 *   region first instead.
 * - `showOnlyRegion`: show just that one region (the pinned one, or the viewer's).
 *   When no region is known, every region is shown.
 */
import { LightningElement, api } from 'lwc';
import LOCALE from '@salesforce/i18n/locale';
import TIME_ZONE from '@salesforce/i18n/timeZone';
import TITLE from '@salesforce/label/c.Support_Phone_Title';
import INTRO from '@salesforce/label/c.Support_Phone_Intro';
import SEVERITY_1_NOTE from '@salesforce/label/c.Support_Phone_Severity_1';
import CAPTION from '@salesforce/label/c.Support_Phone_Caption';
import COLUMN_REGION from '@salesforce/label/c.Support_Phone_Column_Region';
import COLUMN_COUNTRY from '@salesforce/label/c.Support_Phone_Column_Country';
import COLUMN_NUMBER from '@salesforce/label/c.Support_Phone_Column_Number';
import YOUR_REGION from '@salesforce/label/c.Support_Phone_Your_Region';
import HOURS from '@salesforce/label/c.Support_Phone_Hours';
import SERVICES_GUIDE from '@salesforce/label/c.Support_Portal_Services_Guide';
import NEW_WINDOW from '@salesforce/label/c.Support_Portal_New_Window';
import { isRegionCode, regionsInOrder, telHref, viewerRegion } from 'c/supportPhones';
import type { RegionCode } from 'c/supportPhones';
import { LINKS } from 'c/supportPages';

interface PhoneRow {
    key: string;
    isFirstInRegion: boolean;
    regionName: string;
    regionSize: number;
    isViewerRegion: boolean;
    country: string;
    display: string;
    href: string;
}

interface RegionGroup {
    code: RegionCode;
    rows: PhoneRow[];
}

export default class SupportPhoneTable extends LightningElement {
    @api region = 'AUTO';
    @api showOnlyRegion = false;

    labels = {
        title: TITLE,
        intro: INTRO,
        severity1Note: SEVERITY_1_NOTE,
        caption: CAPTION,
        columnRegion: COLUMN_REGION,
        columnCountry: COLUMN_COUNTRY,
        columnNumber: COLUMN_NUMBER,
        yourRegion: YOUR_REGION,
        hours: HOURS,
        guide: SERVICES_GUIDE,
        newWindow: NEW_WINDOW
    };

    /** The seeds give no support hours, only the Support Services Guide for the support policy. */
    guideHref = LINKS.servicesGuide;

    /** The viewer's own region, from their Salesforce time zone and locale. */
    get viewerRegion(): RegionCode | undefined {
        return viewerRegion(LOCALE, TIME_ZONE);
    }

    get firstRegion(): RegionCode | undefined {
        const pinned = String(this.region ?? '')
            .trim()
            .toUpperCase();
        return isRegionCode(pinned) ? pinned : this.viewerRegion;
    }

    get regionGroups(): RegionGroup[] {
        const first = this.firstRegion;
        const viewer = this.viewerRegion;
        const regions = regionsInOrder(first).filter((r) => !this.showOnlyRegion || !first || r.code === first);
        return regions.map((region) => ({
            code: region.code,
            rows: region.phones.map((phone, index) => ({
                key: `${region.code}-${phone.countryCode}`,
                isFirstInRegion: index === 0,
                regionName: region.name,
                regionSize: region.phones.length,
                isViewerRegion: region.code === viewer,
                country: phone.country,
                display: phone.display,
                href: telHref(phone)
            }))
        }));
    }
}
