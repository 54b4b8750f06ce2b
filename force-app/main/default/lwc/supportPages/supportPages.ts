/**
 * supportPages — where things are: the site's pages a component links to, and the pages outside
 * the site (Thycotic's documentation and feedback) the portal links to.
 */
import type { PageReference } from 'lightning/navigation';

/**
 * The API names of the site's case pages (sfdc_cms__route in site/): the default of every
 * component's Create a Case and Cases page properties, kept in one place.
 */
export const CREATE_CASE_PAGE = 'Create_a_Case__c';
export const CASES_PAGE = 'Cases__c';
/** The Support access page (issue 27): the company's PINs and Thycotic's use of them. */
export const SUPPORT_ACCESS_PAGE = 'Support_Access__c';
/** The Email notifications page (issue 28): which case emails the customer gets. */
export const EMAIL_NOTIFICATIONS_PAGE = 'Email_Notifications__c';

/** A case's own page: the site's case detail route (routeType detail-500). */
export function caseRecordPage(recordId: string): PageReference {
    return { type: 'standard__recordPage', attributes: { recordId, objectApiName: 'Case', actionName: 'view' } };
}

/** Thycotic's pages outside the site, opened in a new window. */
export const LINKS = Object.freeze({
    servicesGuide: 'https://docs.thycotic.com/bulletins/current/support/servicesguide.md',
    upgrades: 'https://docs.thycotic.com/ss/current/secret-server-setup/index.md',
    featureRequests: 'https://feedback.thycotic.com'
});
