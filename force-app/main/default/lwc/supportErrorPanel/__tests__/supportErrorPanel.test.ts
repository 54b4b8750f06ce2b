import { createElement } from 'lwc';
import SupportErrorPanel from 'c/supportErrorPanel';
import { clickTryAgain, shadow } from 'test-helpers';
import errors from '../../ldsUtils/__tests__/data/errors.json';

function renderPanel(props: Record<string, unknown>): HTMLElement {
    const element = createElement('c-support-error-panel', { is: SupportErrorPanel });
    Object.assign(element, props);
    document.body.appendChild(element);
    return element;
}

describe('c-support-error-panel', () => {
    afterEach(() => {
        document.body.replaceChildren();
    });

    it('says what failed and why, once each, in an alert', () => {
        const element = renderPanel({
            title: 'We could not load your cases.',
            errors: [errors.networkError, errors.networkError]
        });
        const panel = shadow(element).querySelector('[role="alert"]') as HTMLElement;
        expect(panel.querySelector('.title')?.textContent).toBe('We could not load your cases.');
        expect(Array.from(panel.querySelectorAll('li')).map((li) => li.textContent)).toEqual([
            "The portal's server could not be reached or could not answer. Check your connection and try again."
        ]);
        expect(panel.querySelector('lightning-button')).toBeNull();
    });

    it('reads field errors of a failed save', () => {
        const element = renderPanel({ title: 'Not saved.', errors: errors.fieldError });
        expect(shadow(element).textContent).toContain('Subject: This text is too long.');
        expect(shadow(element).textContent).not.toContain('data value too large');
    });

    it('takes messages already in words, and shows no list without any', () => {
        const element = renderPanel({ title: 'Not saved.', errors: ['That PIN cannot be used.'] });
        expect(shadow(element).querySelector('li')?.textContent).toBe('That PIN cannot be used.');
        document.body.replaceChildren();
        const bare = renderPanel({ title: 'Not saved.' });
        expect(shadow(bare).querySelector('ul')).toBeNull();
    });

    it('has its own title and Try again label, so a caller passes only what differs', () => {
        const element = renderPanel({ errors: errors.networkError, tryAgain: true });
        const panel = shadow(element).querySelector('[role="alert"]') as HTMLElement;
        expect(panel.querySelector('.title')?.textContent).toBe('That did not work.');
        expect((panel.querySelector('lightning-button.try-again') as HTMLElement & { label: string }).label).toBe(
            'Try again'
        );
    });

    it('offers no Try again unless asked, whatever its label', () => {
        const element = renderPanel({ title: 'Not saved.', errors: errors.networkError, tryAgainLabel: 'Retry' });
        expect(shadow(element).querySelector('lightning-button')).toBeNull();
    });

    it('offers Try again when asked, and says so when clicked', () => {
        const element = renderPanel({
            title: 'We could not load your cases.',
            errors: errors.networkError,
            tryAgain: true
        });
        const heard = jest.fn();
        element.addEventListener('tryagain', heard);
        const button = shadow(element).querySelector('lightning-button.try-again') as HTMLElement & { label: string };
        expect(button.label).toBe('Try again');
        clickTryAgain(element);
        expect(heard).toHaveBeenCalledTimes(1);
    });

    it('takes another Try again label when a caller gives one', () => {
        const element = renderPanel({ tryAgain: true, tryAgainLabel: 'Check again' });
        expect(
            (shadow(element).querySelector('lightning-button.try-again') as HTMLElement & { label: string }).label
        ).toBe('Check again');
    });

    it('is accessible', async () => {
        await expect(
            renderPanel({
                title: 'We could not load your cases.',
                errors: errors.networkError,
                tryAgain: true
            })
        ).toBeAccessible();
        document.body.replaceChildren();
        await expect(renderPanel({ errors: errors.networkError })).toBeAccessible();
    });
});
