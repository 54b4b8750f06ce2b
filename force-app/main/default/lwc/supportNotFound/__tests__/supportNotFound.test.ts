import { createElement } from 'lwc';
import { flushPromises, shadow } from 'test-helpers';
import SupportNotFound from 'c/supportNotFound';
import * as navigation from 'lightning/navigation';

const { navigate: mockNavigate } = navigation as unknown as { navigate: jest.Mock };

async function render(props: Record<string, unknown> = {}): Promise<HTMLElement> {
    const element = createElement('c-support-not-found', { is: SupportNotFound });
    Object.assign(element, props);
    document.body.appendChild(element);
    await flushPromises();
    return element;
}

const links = (element: HTMLElement) =>
    Array.from(shadow(element).querySelectorAll('a')).map((a) => [a.textContent, a.getAttribute('href')]);

describe('c-support-not-found', () => {
    afterEach(() => {
        document.body.replaceChildren();
        jest.clearAllMocks();
    });

    it('says there is no page at the address, and links to the cases and Home', async () => {
        const element = await render();
        expect(shadow(element).querySelector('.title')?.textContent).toBe('Page not found');
        expect(shadow(element).querySelector('.text')?.textContent).toBe(
            'There is no page at this address. Check the address, or go on from here:'
        );
        expect(links(element)).toEqual([
            ['Cases', '/s/Cases__c'],
            ['Home', '/s/Home']
        ]);
    });

    it('says a case is not there or not the customer’s, and goes to the builder’s Cases page', async () => {
        const element = await render({ subject: 'case', casesPage: 'My_Cases__c' });
        expect(shadow(element).querySelector('.title')?.textContent).toBe('Case not found');
        expect(shadow(element).querySelector('.text')?.textContent).toContain(
            'This case does not exist, or it is not shared with you.'
        );
        (shadow(element).querySelector('a') as HTMLElement).click();
        expect(mockNavigate).toHaveBeenCalledWith(
            { type: 'comm__namedPage', attributes: { name: 'My_Cases__c' } },
            undefined
        );
    });

    it('is accessible', async () => {
        await expect(await render()).toBeAccessible();
    });
});
