import { createElement } from 'lwc';
import SupportPinConfirm from 'c/supportPinConfirm';

function renderConfirm(): HTMLElement {
    const element = createElement('c-support-pin-confirm', { is: SupportPinConfirm });
    Object.assign(element, { label: 'Give support write access for one day?' });
    document.body.appendChild(element);
    return element;
}

function shadow(element: HTMLElement): ShadowRoot {
    return element.shadowRoot as ShadowRoot;
}

function closedWith(element: HTMLElement): jest.Mock {
    const closed = jest.fn();
    element.addEventListener('close', (event) => closed((event as CustomEvent).detail));
    return closed;
}

describe('c-support-pin-confirm', () => {
    afterEach(() => {
        document.body.replaceChildren();
    });

    it('says what a privileged PIN grants before asking', () => {
        const element = renderConfirm();
        const text = shadow(element).textContent as string;
        expect(text).toContain('write access to your Secret Server Cloud database for one day');
        expect(text).toContain('Secrets and other sensitive data remain encrypted and unreadable.');
        const header = shadow(element).querySelector('lightning-modal-header') as HTMLElement & { label: string };
        expect(header.label).toBe('Give support write access for one day?');
    });

    it('resolves true when the customer confirms', () => {
        const element = renderConfirm();
        const closed = closedWith(element);
        const confirm = shadow(element).querySelector('lightning-button.confirm') as HTMLElement & { label: string };
        expect(confirm.label).toBe('Generate Privilege PIN');
        confirm.click();
        expect(closed).toHaveBeenCalledWith(true);
    });

    it('resolves false when the customer cancels', () => {
        const element = renderConfirm();
        const closed = closedWith(element);
        shadow(element).querySelector<HTMLElement>('lightning-button.cancel')?.click();
        expect(closed).toHaveBeenCalledWith(false);
    });

    it('is accessible', async () => {
        await expect(renderConfirm()).toBeAccessible();
    });
});
