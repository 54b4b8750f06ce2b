import { createElement } from 'lwc';
import SupportPinDialog from 'c/supportPinDialog';

function renderDialog(props: Record<string, unknown>): HTMLElement {
    const element = createElement('c-support-pin-dialog', { is: SupportPinDialog });
    Object.assign(element, {
        label: 'Privileged PIN',
        pin: 'p0z0ahz123456',
        expires: 'Nov 23, 2026, 2:00 AM',
        ...props
    });
    document.body.appendChild(element);
    return element;
}

function shadow(element: HTMLElement): ShadowRoot {
    return element.shadowRoot as ShadowRoot;
}

describe('c-support-pin-dialog', () => {
    afterEach(() => {
        document.body.replaceChildren();
    });

    it('shows the PIN, its expiry and a copy action under the dialog title', () => {
        const element = renderDialog({ privileged: true });
        const header = shadow(element).querySelector('lightning-modal-header') as HTMLElement & { label: string };
        expect(header.label).toBe('Privileged PIN');
        expect(shadow(element).querySelector('[data-pin]')?.textContent).toBe('p0z0ahz123456');
        expect(shadow(element).querySelector('.pin-expiry')?.textContent).toBe('Expires Nov 23, 2026, 2:00 AM');
        expect(shadow(element).textContent).toContain('Privileged PINs begin with p.');
        const copy = shadow(element).querySelector('c-support-copy-button') as HTMLElement & {
            value: string;
            label: string;
        };
        expect(copy.value).toBe('p0z0ahz123456');
        expect(copy.label).toBe('Copy PIN');
    });

    it('does not mention the p prefix for a Tech Support PIN', () => {
        const element = renderDialog({ label: 'Tech Support PIN', pin: '48210937', privileged: false });
        expect(shadow(element).textContent).not.toContain('begin with p');
        expect(shadow(element).textContent).toContain('Record your PIN.');
    });

    it('closes when the customer clicks Close', () => {
        const element = renderDialog({});
        const closed = jest.fn();
        element.addEventListener('close', (event) => closed((event as CustomEvent).detail));
        shadow(element).querySelector<HTMLElement>('lightning-button.close')?.click();
        expect(closed).toHaveBeenCalledWith('closed');
    });

    it('is accessible', async () => {
        await expect(renderDialog({ privileged: true })).toBeAccessible();
    });
});
