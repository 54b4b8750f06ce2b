import { createElement } from 'lwc';
import SupportPhoneTable from 'c/supportPhoneTable';
import { regionOrder, yourRegionBadges } from './phoneTableDom';

// UTC and a locale without a country say nothing about where the viewer is.
jest.mock('@salesforce/i18n/timeZone', () => ({ __esModule: true, default: 'Etc/UTC' }), { virtual: true });
jest.mock('@salesforce/i18n/locale', () => ({ __esModule: true, default: 'en' }), { virtual: true });

describe('c-support-phone-table for a viewer whose region is unknown', () => {
    afterEach(() => {
        document.body.replaceChildren();
    });

    it('shows every region in published order, none marked as the viewer’s', () => {
        const element = createElement('c-support-phone-table', { is: SupportPhoneTable });
        document.body.appendChild(element);
        expect(regionOrder(element)).toEqual(['AMERICAS', 'EMEA', 'APAC']);
        expect(yourRegionBadges(element)).toEqual([]);
    });

    it('still shows every region when asked for only the viewer’s', () => {
        const element = createElement('c-support-phone-table', { is: SupportPhoneTable });
        Object.assign(element, { showOnlyRegion: true });
        document.body.appendChild(element);
        expect(regionOrder(element)).toEqual(['AMERICAS', 'EMEA', 'APAC']);
    });

    it('is accessible', async () => {
        const element = createElement('c-support-phone-table', { is: SupportPhoneTable });
        document.body.appendChild(element);
        await expect(element).toBeAccessible();
    });
});
