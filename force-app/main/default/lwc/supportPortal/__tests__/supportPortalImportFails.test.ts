// A tab's part whose import fails, as on a dropped connection: in a file of its own, so the part's
// module has not been loaded by another test (jest keeps a module once it loaded).
import { createElement } from 'lwc';
import { flushPromises, shadow } from 'test-helpers';
import SupportPortal from 'c/supportPortal';

let mockImportFails = true;
jest.mock('c/supportEmailComposer', () => {
    if (mockImportFails) {
        throw new Error('network');
    }
    return jest.requireActual('c/supportEmailComposer');
});

describe('c-support-portal, when a tab’s part cannot be imported', () => {
    afterEach(() => {
        document.body.replaceChildren();
        window.sessionStorage.clear();
    });

    it('imports it again when its tab is shown again', async () => {
        const element = createElement('c-support-portal', { is: SupportPortal });
        Object.assign(element, { initialTab: 'email' });
        document.body.appendChild(element);
        await flushPromises();
        const composer = '[data-part="emailComposer"]';
        expect(shadow(element).querySelector(composer)).toBeNull();

        mockImportFails = false;
        const emailTab = Array.from(shadow(element).querySelectorAll('lightning-tab')).find(
            (tab) => (tab as HTMLElement & { value: string }).value === 'email'
        ) as HTMLElement;
        emailTab.dispatchEvent(new CustomEvent('active'));
        await flushPromises();
        expect(shadow(element).querySelector(composer)).not.toBeNull();
    });
});
