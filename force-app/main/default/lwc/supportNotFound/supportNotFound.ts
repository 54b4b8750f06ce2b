/**
 * supportNotFound — where there is nothing to show, say so, with a way on: the site's page for an
 * address that is no page (the Error route's view), or a case that does not exist or is not the
 * customer's (supportCaseDetail). Links go to the customer's cases and to Home.
 *
 * Public surface: `subject`, 'page' (default) or 'case'; `casesPage` (an Experience Builder
 * property), the API name of the site's Cases page.
 */
import { LightningElement, api } from 'lwc';
import { NavigationMixin } from 'lightning/navigation';
import PAGE_TITLE from '@salesforce/label/c.Support_Not_Found_Page_Title';
import PAGE_TEXT from '@salesforce/label/c.Support_Not_Found_Page_Text';
import CASE_TITLE from '@salesforce/label/c.Support_Not_Found_Case_Title';
import CASE_TEXT from '@salesforce/label/c.Support_Not_Found_Case_Text';
import CASES from '@salesforce/label/c.Support_Nav_Cases';
import HOME from '@salesforce/label/c.Support_Nav_Home';
import { CASES_PAGE } from 'c/supportPages';

export default class SupportNotFound extends NavigationMixin(LightningElement) {
    @api subject = 'page';
    @api casesPage = CASES_PAGE;

    hrefs: string[] = [];

    get isCase(): boolean {
        return this.subject === 'case';
    }

    get title(): string {
        return this.isCase ? CASE_TITLE : PAGE_TITLE;
    }

    get text(): string {
        return this.isCase ? CASE_TEXT : PAGE_TEXT;
    }

    get links(): { name: string; label: string; href: string }[] {
        return [
            { name: this.casesPage, label: CASES, href: this.hrefs[0] ?? '' },
            { name: 'Home', label: HOME, href: this.hrefs[1] ?? '' }
        ];
    }

    async connectedCallback(): Promise<void> {
        this.hrefs = await Promise.all(
            this.links.map((link) =>
                this[NavigationMixin.GenerateUrl]({ type: 'comm__namedPage', attributes: { name: link.name } })
            )
        );
    }

    handleClick(event: Event): void {
        event.preventDefault();
        const name = (event.currentTarget as HTMLElement).dataset.page as string;
        this[NavigationMixin.Navigate]({ type: 'comm__namedPage', attributes: { name } });
    }
}
