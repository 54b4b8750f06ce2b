import { createElement } from 'lwc';
import { shadow } from 'test-helpers';
import SupportPinDialog from 'c/supportPinDialog';

function renderPanel(props: Record<string, unknown>): HTMLElement & { focus(): void } {
    const element = createElement('c-support-pin-dialog', { is: SupportPinDialog });
    Object.assign(element, {
        heading: 'Privileged PIN',
        pin: 'p0z0ahz123456',
        expires: 'Nov 23, 2026, 2:00 AM PST',
        ...props
    });
    document.body.appendChild(element);
    return element as HTMLElement & { focus(): void };
}

describe('c-support-pin-dialog', () => {
    afterEach(() => {
        document.body.replaceChildren();
    });

    it('shows the PIN, its expiry and a copy action in an inline panel named by its title', () => {
        const element = renderPanel({ privileged: true });
        const panel = shadow(element).querySelector('[role="dialog"]') as HTMLElement;
        const heading = shadow(element).querySelector('h2') as HTMLElement;
        expect(panel.getAttribute('aria-labelledby')).toBe(heading.getAttribute('id'));
        expect(heading.textContent).toBe('Privileged PIN');
        expect(shadow(element).querySelector('[data-pin]')?.textContent).toBe('p0z0ahz123456');
        expect(shadow(element).querySelector('.pin-expiry')?.textContent).toBe('Expires Nov 23, 2026, 2:00 AM PST');
        expect(panel.textContent).toContain('Privileged PINs begin with p.');
        // The one rule the question before it gave, word for word: never in an email subject.
        expect(shadow(element).querySelector('.give')?.textContent).toBe(
            'Read it out only to the Thycotic support engineer working on your case, on the phone. Never write it in an email or on a case.'
        );
        expect(panel.textContent).not.toContain('subject of your email');
        expect(shadow(element).querySelector('.end')?.textContent).toBe(
            "Support's access ends when the PIN expires. To end it sooner, choose End access on the PIN bar or the Support access page."
        );
        const copy = shadow(element).querySelector('c-support-copy-button') as HTMLElement & {
            value: string;
            label: string;
        };
        expect(copy.value).toBe('p0z0ahz123456');
        expect(copy.label).toBe('Copy PIN');
    });

    it('does not mention the p prefix for a Tech Support PIN', () => {
        const element = renderPanel({ heading: 'Tech Support PIN', pin: '48210937', privileged: false });
        expect(shadow(element).textContent).not.toContain('begin with p');
        expect(shadow(element).textContent).toContain('Record your PIN.');
        expect(shadow(element).querySelector('.end')).toBeNull();
    });

    it('moves focus to its title when asked', () => {
        const element = renderPanel({});
        element.focus();
        expect(shadow(element).activeElement?.textContent).toBe('Privileged PIN');
    });

    it('fires close on Close and on Escape', () => {
        const element = renderPanel({});
        const closed = jest.fn();
        element.addEventListener('close', closed);
        shadow(element).querySelector<HTMLElement>('lightning-button.close')?.click();
        shadow(element)
            .querySelector('[data-pin]')
            ?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
        expect(closed).toHaveBeenCalledTimes(2);
    });

    it('is accessible', async () => {
        await expect(renderPanel({ privileged: true })).toBeAccessible();
    });
});
