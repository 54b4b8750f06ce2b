import { createElement } from 'lwc';
import SupportPhoneTable from 'c/supportPhoneTable';
import { regionOrder, renderedRows, yourRegionBadges } from './phoneTableDom';
import publishedRows from './data/phoneRows.json';

// sfdx-lwc-jest gives every test the time zone America/Los_Angeles and locale en-US,
// so the viewer's region here is AMERICAS. Other viewers have test files of their own.

interface PhoneTableProps {
    region?: string;
    showOnlyRegion?: boolean;
}

function renderTable(props: PhoneTableProps = {}): HTMLElement {
    const element = createElement('c-support-phone-table', { is: SupportPhoneTable });
    Object.assign(element, props);
    document.body.appendChild(element);
    return element;
}

function root(element: HTMLElement): ShadowRoot {
    return element.shadowRoot as ShadowRoot;
}

describe('c-support-phone-table', () => {
    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
    });

    it('lists every published number as a callable tel: link, grouped by region', () => {
        const element = renderTable();
        expect(renderedRows(element)).toEqual(publishedRows);
    });

    it('is a real table: heading, caption, column headers, region and country headers', () => {
        const element = renderTable();
        expect(root(element).querySelector('h2')?.textContent).toBe('Phone support');
        expect(root(element).querySelector('caption')?.textContent).toBe('Thycotic Support phone numbers by region');
        const columns = Array.from(root(element).querySelectorAll('thead th'));
        expect(columns.map((th) => [th.textContent, th.getAttribute('scope')])).toEqual([
            ['Region', 'col'],
            ['Country', 'col'],
            ['Support number', 'col']
        ]);
        const regionHeaders = Array.from(root(element).querySelectorAll('th[scope="rowgroup"]'));
        expect(
            regionHeaders.map((th) => [th.querySelector('.region-name')?.textContent, th.getAttribute('rowspan')])
        ).toEqual([
            ['AMERICAS', '1'],
            ['EMEA', '2'],
            ['APAC', '4']
        ]);
        expect(root(element).querySelectorAll('th[scope="row"]')).toHaveLength(7);
    });

    it('says Severity 1 must go by phone and to have the PIN ready', () => {
        const text = root(renderTable()).textContent as string;
        expect(text).toContain('Severity 1 issues (complete loss of service) must be reported by phone.');
        expect(text).toContain('have your support PIN ready');
    });

    it('puts the viewer’s own region first and marks it', () => {
        const element = renderTable();
        expect(regionOrder(element)).toEqual(['AMERICAS', 'EMEA', 'APAC']);
        expect(yourRegionBadges(element)).toEqual(['AMERICAS']);
        expect(root(element).querySelector('.your-region')?.textContent).toBe('Your region');
    });

    it('puts a region pinned by the builder first, still marking the viewer’s own', () => {
        const element = renderTable({ region: 'APAC' });
        expect(regionOrder(element)).toEqual(['APAC', 'AMERICAS', 'EMEA']);
        expect(renderedRows(element).map((row) => row.country)).toEqual([
            'Australia',
            'Philippines',
            'New Zealand',
            'Singapore',
            'All countries',
            'UK',
            'Germany'
        ]);
        expect(yourRegionBadges(element)).toEqual(['AMERICAS']);
    });

    it('accepts a pinned region in any case and ignores one it does not know', () => {
        expect(regionOrder(renderTable({ region: ' emea ' }))).toEqual(['EMEA', 'AMERICAS', 'APAC']);
        expect(regionOrder(renderTable({ region: 'MARS' }))).toEqual(['AMERICAS', 'EMEA', 'APAC']);
    });

    it('shows only the pinned region when asked', () => {
        const element = renderTable({ region: 'EMEA', showOnlyRegion: true });
        expect(renderedRows(element)).toEqual(publishedRows.filter((row) => row.region === 'EMEA'));
        expect(yourRegionBadges(element)).toEqual([]);
    });

    it('shows only the viewer’s region when asked without a pinned one', () => {
        const element = renderTable({ showOnlyRegion: true });
        expect(regionOrder(element)).toEqual(['AMERICAS']);
    });

    it('re-renders when a parent changes the region', async () => {
        const element = renderTable({ region: 'AMERICAS' }) as HTMLElement & PhoneTableProps;
        element.region = 'APAC';
        await Promise.resolve();
        expect(regionOrder(element)).toEqual(['APAC', 'AMERICAS', 'EMEA']);
        element.showOnlyRegion = true;
        await Promise.resolve();
        expect(regionOrder(element)).toEqual(['APAC']);
    });

    it('lets a keyboard user reach every number: each is a link with an href', () => {
        const element = renderTable();
        const links = Array.from(root(element).querySelectorAll<HTMLAnchorElement>('a[href^="tel:"]'));
        expect(links).toHaveLength(7);
        for (const link of links) {
            link.focus();
            expect(root(element).activeElement).toBe(link);
            expect(link.getAttribute('href')).toMatch(/^tel:\+\d+$/);
            expect(link.getAttribute('tabindex')).toBeNull();
        }
    });

    it('says what the published support pages say about hours: none listed, the policy in the Support Services Guide', () => {
        const hours = root(renderTable()).querySelector('.hours') as HTMLElement;
        expect(hours.textContent).toBe(
            "Support hours are not listed on this page. Thycotic's support policy: Support Services Guide (opens in a new window)"
        );
        const guide = hours.querySelector('a') as HTMLAnchorElement;
        expect(guide.getAttribute('href')).toBe('https://docs.thycotic.com/bulletins/current/support/servicesguide.md');
        expect(guide.getAttribute('target')).toBe('_blank');
        expect(guide.getAttribute('rel')).toBe('noopener noreferrer');
    });

    it('is accessible', async () => {
        const element = renderTable();
        await expect(element).toBeAccessible();
    });
});
