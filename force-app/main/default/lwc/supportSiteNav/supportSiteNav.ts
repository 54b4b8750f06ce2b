/**
 * supportSiteNav — the Support Portal site's navigation for the theme header:
 * Home, Cases, Create a Case, Support access and Email notifications, as links that the site's router follows.
 * The current page is marked with aria-current. Guests (the login, forgot
 * password and other public pages of the site) see no navigation: every page
 * it links to needs a signed-in customer.
 *
 * Public surface (also Experience Builder properties): `casesPage`,
 * `createCasePage`, `supportAccessPage` and `emailNotificationsPage`, the API
 * names of those site pages.
 */
import { LightningElement, api, wire } from 'lwc';
import { CurrentPageReference, NavigationMixin } from 'lightning/navigation';
import type { PageReference } from 'lightning/navigation';
import NAV_LABEL from '@salesforce/label/c.Support_Nav_Label';
import HOME from '@salesforce/label/c.Support_Nav_Home';
import CASES from '@salesforce/label/c.Support_Nav_Cases';
import CREATE_CASE from '@salesforce/label/c.Support_Nav_Create_Case';
import SUPPORT_ACCESS from '@salesforce/label/c.Support_Access_Title';
import EMAIL_NOTIFICATIONS from '@salesforce/label/c.Support_Email_Choices_Title';
import IS_GUEST from '@salesforce/user/isGuest';
import { CASES_PAGE, CREATE_CASE_PAGE, EMAIL_NOTIFICATIONS_PAGE, SUPPORT_ACCESS_PAGE } from 'c/supportPages';

interface NavItem {
    label: string;
    pageName: string;
    href: string;
    current: string | null;
}

export default class SupportSiteNav extends NavigationMixin(LightningElement) {
    @api casesPage = CASES_PAGE;
    @api createCasePage = CREATE_CASE_PAGE;
    @api supportAccessPage = SUPPORT_ACCESS_PAGE;
    @api emailNotificationsPage = EMAIL_NOTIFICATIONS_PAGE;

    navLabel = NAV_LABEL;
    isSignedIn = !IS_GUEST;
    currentPageName?: string;
    hrefs: Record<string, string> = {};

    @wire(CurrentPageReference)
    wiredPage(page?: PageReference): void {
        this.currentPageName =
            page?.type === 'standard__namedPage' || page?.type === 'comm__namedPage'
                ? String(page.attributes?.name ?? '')
                : undefined;
    }

    connectedCallback(): void {
        if (this.isSignedIn) {
            this.generateLinks();
        }
    }

    get pages(): { label: string; pageName: string }[] {
        return [
            { label: HOME, pageName: 'Home' },
            { label: CASES, pageName: this.casesPage },
            { label: CREATE_CASE, pageName: this.createCasePage },
            { label: SUPPORT_ACCESS, pageName: this.supportAccessPage },
            { label: EMAIL_NOTIFICATIONS, pageName: this.emailNotificationsPage }
        ];
    }

    get items(): NavItem[] {
        return this.pages.map((page) => ({
            ...page,
            href: this.hrefs[page.pageName] ?? '',
            current: page.pageName === this.currentPageName ? 'page' : null
        }));
    }

    async generateLinks(): Promise<void> {
        const pages = this.pages;
        const urls = await Promise.all(
            pages.map((page) =>
                this[NavigationMixin.GenerateUrl]({ type: 'comm__namedPage', attributes: { name: page.pageName } })
            )
        );
        this.hrefs = Object.fromEntries(pages.map((page, index) => [page.pageName, urls[index]]));
    }

    handleClick(event: Event): void {
        event.preventDefault();
        const name = (event.currentTarget as HTMLElement).dataset.page as string;
        this[NavigationMixin.Navigate]({ type: 'comm__namedPage', attributes: { name } });
    }
}
