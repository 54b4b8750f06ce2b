import { readdirSync } from 'fs';
import { join } from 'path';
import {
    CASES_PAGE,
    CREATE_CASE_PAGE,
    EMAIL_NOTIFICATIONS_PAGE,
    LINKS,
    SUPPORT_ACCESS_PAGE,
    caseRecordPage
} from 'c/supportPages';

/** The API names of the site's pages: its sfdc_cms__route folders. */
const ROUTES = readdirSync(
    join(__dirname, '../../../../../../site/main/default/digitalExperiences/site/Support_Portal1/sfdc_cms__route')
);

describe('pages', () => {
    it('names the site’s Create a Case and Cases pages', () => {
        expect(CREATE_CASE_PAGE).toBe('Create_a_Case__c');
        expect(CASES_PAGE).toBe('Cases__c');
        expect(ROUTES).toEqual(expect.arrayContaining([CREATE_CASE_PAGE, CASES_PAGE]));
    });

    it('names the site’s Support access page', () => {
        expect(SUPPORT_ACCESS_PAGE).toBe('Support_Access__c');
        expect(ROUTES).toContain(SUPPORT_ACCESS_PAGE);
    });

    it('names the site’s Email notifications page', () => {
        expect(EMAIL_NOTIFICATIONS_PAGE).toBe('Email_Notifications__c');
        expect(ROUTES).toContain(EMAIL_NOTIFICATIONS_PAGE);
    });

    it('opens a case on its record page', () => {
        expect(caseRecordPage('500000000000001AAA')).toEqual({
            type: 'standard__recordPage',
            attributes: { recordId: '500000000000001AAA', objectApiName: 'Case', actionName: 'view' }
        });
    });

    it('links to Thycotic’s documentation and feedback over HTTPS', () => {
        expect(LINKS.featureRequests).toBe('https://feedback.thycotic.com');
        expect(LINKS.upgrades).toMatch(/^https:\/\/docs\.thycotic\.com\//);
        expect(LINKS.servicesGuide).toMatch(/^https:\/\/docs\.thycotic\.com\//);
        expect(Object.isFrozen(LINKS)).toBe(true);
    });
});
