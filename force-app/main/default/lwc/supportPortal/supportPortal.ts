/**
 * supportPortal — the Support Portal's landing page in one component, for a
 * single Experience Builder region: the PIN bar, then tabs for contacting
 * support (method guidance and the information checklist), emailing support,
 * the phone numbers and the Cases tab, then links for upgrades and feature
 * requests. Every part also works alone on a page.
 *
 * Public surface (also Experience Builder properties):
 * - `pinMode`: passed to the PIN bar (AUTO, STANDARD, CLOUD).
 * - `createCasePage`: API name of the Create a Case page.
 * - `initialTab`: contact (default), email, phone or cases.
 */
import { LightningElement, api } from 'lwc';
import TITLE from '@salesforce/label/c.Support_Portal_Title';
import TAB_CONTACT from '@salesforce/label/c.Support_Portal_Tab_Contact';
import TAB_EMAIL from '@salesforce/label/c.Support_Portal_Tab_Email';
import TAB_PHONE from '@salesforce/label/c.Support_Portal_Tab_Phone';
import TAB_CASES from '@salesforce/label/c.Support_Portal_Tab_Cases';
import LINKS_TITLE from '@salesforce/label/c.Support_Portal_Links_Title';
import UPGRADES from '@salesforce/label/c.Support_Portal_Upgrades';
import FEATURE_REQUESTS from '@salesforce/label/c.Support_Portal_Feature_Requests';
import SERVICES_GUIDE from '@salesforce/label/c.Support_Portal_Services_Guide';
import NEW_WINDOW from '@salesforce/label/c.Support_Portal_New_Window';
import { CREATE_CASE_PAGE, LINKS } from 'c/supportPages';

const TABS = ['contact', 'email', 'phone', 'cases'];

export default class SupportPortal extends LightningElement {
    @api pinMode = 'AUTO';
    @api createCasePage = CREATE_CASE_PAGE;

    @api
    get initialTab(): string {
        return this.activeTab;
    }
    set initialTab(value: string) {
        const tab = String(value ?? '').toLowerCase();
        this.activeTab = TABS.includes(tab) ? tab : 'contact';
    }

    activeTab = 'contact';

    labels = {
        title: TITLE,
        tabContact: TAB_CONTACT,
        tabEmail: TAB_EMAIL,
        tabPhone: TAB_PHONE,
        tabCases: TAB_CASES,
        linksTitle: LINKS_TITLE,
        newWindow: NEW_WINDOW
    };

    links = [
        { key: 'upgrades', label: UPGRADES, href: LINKS.upgrades },
        { key: 'features', label: FEATURE_REQUESTS, href: LINKS.featureRequests },
        { key: 'guide', label: SERVICES_GUIDE, href: LINKS.servicesGuide }
    ];

    /** Contact options ask for the phone or email section: show it in its tab. */
    handleSectionRequest(event: CustomEvent<{ section: string }>): void {
        if (TABS.includes(event.detail.section)) {
            event.preventDefault();
            this.activeTab = event.detail.section;
        }
    }

    handleTabActive(event: Event): void {
        this.activeTab = (event.target as HTMLElement & { value: string }).value;
    }
}
