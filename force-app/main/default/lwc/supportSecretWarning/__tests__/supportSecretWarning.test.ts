import { createElement } from 'lwc';
import { flushPromises, shadow, textOf } from 'test-helpers';
import SupportSecretWarning from 'c/supportSecretWarning';

function render(text: string): HTMLElement & { text: string } {
    const element = createElement('c-support-secret-warning', { is: SupportSecretWarning }) as HTMLElement & {
        text: string;
    };
    element.text = text;
    document.body.appendChild(element);
    return element;
}

describe('c-support-secret-warning', () => {
    afterEach(() => document.body.replaceChildren());

    it('says nothing about ordinary text', () => {
        const element = render('The import stops at 40%.');
        expect(shadow(element).querySelector('.secret-warning')).toBeNull();
        expect(shadow(element).querySelector('[aria-live="polite"]')).not.toBeNull();
    });

    it('names what it found, says why it should go, and removes it on request', async () => {
        const element = render('Log in as admin, password: hunter2, token AKIAIOSFODNN7EXAMPLE');
        expect(textOf(element)).toContain(
            'This looks like a password. This looks like an access token. Thycotic Support never needs it, and everyone who reads the case would see it. Remove it before you send.'
        );
        const removed = jest.fn();
        element.addEventListener('remove', (event) => removed((event as CustomEvent<{ text: string }>).detail.text));
        shadow(element).querySelector<HTMLElement>('lightning-button.remove')?.click();
        expect(removed).toHaveBeenCalledWith('Log in as admin, password: [removed], token [removed]');

        // Once the field holds the cleaned text, the warning goes.
        element.text = 'Log in as admin, password: [removed], token [removed]';
        await flushPromises();
        expect(shadow(element).querySelector('.secret-warning')).toBeNull();
    });

    it('is accessible while it warns', async () => {
        const element = render('-----BEGIN PRIVATE KEY-----\nMIIB');
        expect(textOf(element)).toContain('This looks like a private key.');
        await expect(element).toBeAccessible();
    });
});
