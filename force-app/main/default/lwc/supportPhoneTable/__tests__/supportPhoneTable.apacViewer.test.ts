import { createElement } from 'lwc';
import SupportPhoneTable from 'c/supportPhoneTable';
import { regionOrder, yourRegionBadges } from './phoneTableDom';

// A viewer in Sydney whose Salesforce locale was left at en_US: the time zone decides.
jest.mock('@salesforce/i18n/timeZone', () => ({ __esModule: true, default: 'Australia/Sydney' }), { virtual: true });
jest.mock('@salesforce/i18n/locale', () => ({ __esModule: true, default: 'en-US' }), { virtual: true });

describe('c-support-phone-table for a viewer in APAC', () => {
    afterEach(() => {
        document.body.replaceChildren();
    });

    it('puts APAC first and marks it as the viewer’s region', () => {
        const element = createElement('c-support-phone-table', { is: SupportPhoneTable });
        document.body.appendChild(element);
        expect(regionOrder(element)).toEqual(['APAC', 'AMERICAS', 'EMEA']);
        expect(yourRegionBadges(element)).toEqual(['APAC']);
    });

    it('shows only APAC when asked to show only the viewer’s region', () => {
        const element = createElement('c-support-phone-table', { is: SupportPhoneTable });
        Object.assign(element, { showOnlyRegion: true });
        document.body.appendChild(element);
        expect(regionOrder(element)).toEqual(['APAC']);
    });
});
