import { createElement } from 'lwc';
import { shadow } from 'test-helpers';
import SupportCopyButton from 'c/supportCopyButton';

const writeText = jest.fn();

function renderButton(): HTMLElement {
    const element = createElement('c-support-copy-button', { is: SupportCopyButton });
    Object.assign(element, {
        value: '48210937',
        label: 'Copy PIN',
        copiedMessage: 'PIN copied.',
        failedMessage: 'Could not copy. Select the PIN and copy it yourself.'
    });
    document.body.appendChild(element);
    return element;
}

async function flushPromises(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, 0));
}

describe('c-support-copy-button', () => {
    beforeEach(() => {
        Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    });

    afterEach(() => {
        document.body.replaceChildren();
        jest.clearAllMocks();
    });

    it('shows its label and says nothing before a click', () => {
        const element = renderButton();
        const button = shadow(element).querySelector('lightning-button') as HTMLElement & { label: string };
        expect(button.label).toBe('Copy PIN');
        expect(shadow(element).querySelector('[role="status"]')?.textContent).toBe('');
    });

    it('copies the value and says so', async () => {
        writeText.mockResolvedValue(undefined);
        const element = renderButton();
        shadow(element).querySelector<HTMLElement>('lightning-button')?.click();
        await flushPromises();
        expect(writeText).toHaveBeenCalledWith('48210937');
        const status = shadow(element).querySelector('[role="status"]') as HTMLElement;
        expect(status.textContent).toBe('PIN copied.');
        expect(status.className).toContain('slds-text-color_success');
    });

    it('says how to copy by hand when the clipboard refuses', async () => {
        writeText.mockRejectedValue(new DOMException('Denied', 'NotAllowedError'));
        const element = renderButton();
        shadow(element).querySelector<HTMLElement>('lightning-button')?.click();
        await flushPromises();
        const status = shadow(element).querySelector('[role="status"]') as HTMLElement;
        expect(status.textContent).toBe('Could not copy. Select the PIN and copy it yourself.');
        expect(status.className).toContain('slds-text-color_error');
    });

    it('says nothing about an old value once it holds a new one', async () => {
        writeText.mockResolvedValue(undefined);
        const element = renderButton();
        shadow(element).querySelector<HTMLElement>('lightning-button')?.click();
        await flushPromises();
        const status = () => shadow(element).querySelector('[role="status"]') as HTMLElement;
        expect(status().textContent).toBe('PIN copied.');

        Object.assign(element, { value: '73019284' });
        await flushPromises();
        expect(status().textContent).toBe('');

        // The same value given again (a re-render) keeps what was said.
        shadow(element).querySelector<HTMLElement>('lightning-button')?.click();
        await flushPromises();
        Object.assign(element, { value: '73019284' });
        await flushPromises();
        expect(status().textContent).toBe('PIN copied.');
    });

    it('says nothing when the value changes while the clipboard is still writing the old one', async () => {
        let finishWriting: () => void = () => undefined;
        writeText.mockReturnValue(new Promise<void>((resolve) => (finishWriting = resolve)));
        const element = renderButton();
        shadow(element).querySelector<HTMLElement>('lightning-button')?.click();
        Object.assign(element, { value: '73019284' });
        finishWriting();
        await flushPromises();
        expect(shadow(element).querySelector('[role="status"]')?.textContent).toBe('');
    });

    it('is accessible', async () => {
        const element = renderButton();
        await expect(element).toBeAccessible();
    });
});
