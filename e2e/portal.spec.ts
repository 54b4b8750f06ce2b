import { test, expect } from './fixtures';
import { axeViolations } from './demoOrg';
import { focusedMatches, tabTo } from './keyboard';

test.describe('the Support Portal page', () => {
    test('keyboard only: PIN bar → a composed email → the Cases tab', async ({ page }, testInfo) => {
        await page.goto('/');
        await expect(page.getByRole('heading', { name: 'Thycotic Support', level: 1 })).toBeVisible();

        // The PIN bar.
        await tabTo(page, 'button.get-pin');
        await page.keyboard.press('Enter');
        const shown = page.locator('c-support-pin-bar [data-pin]');
        await expect(shown).toHaveText(/^Your PIN: \d{8}$/);
        const pin = ((await shown.textContent()) ?? '').replace('Your PIN: ', '');

        // The Email support tab, reached with the tab list's arrow keys.
        await tabTo(page, '[role="tab"][aria-selected="true"]');
        await page.keyboard.press('ArrowRight');
        await expect(page.getByRole('tab', { name: 'Email support' })).toHaveAttribute('aria-selected', 'true');
        await tabTo(page, 'c-support-email-composer input');
        await page.keyboard.type('Workflow Stopped Unexpectedly');
        await page.keyboard.press('Tab');
        await tabTo(page, 'c-support-email-composer textarea');
        await page.keyboard.type('Since 09:00 no workflow runs.');
        await page.keyboard.press('Enter');
        await page.keyboard.type('Error: timeout & retry');
        await page.keyboard.press('Tab');

        const composer = page.locator('c-support-email-composer');
        await expect(composer.locator('.subject')).toHaveText(`PIN ${pin} Workflow Stopped Unexpectedly`);
        const link = composer.getByRole('link', { name: 'Open in your email app' });
        const href = (await link.getAttribute('href')) ?? '';
        const [address, query] = href.split('?');
        expect(address).toBe('mailto:support@thycotic.com');
        const params = Object.fromEntries(query.split('&').map((pair) => pair.split('=')));
        expect(decodeURIComponent(params.subject)).toBe(`PIN ${pin} Workflow Stopped Unexpectedly`);
        expect(decodeURIComponent(params.body)).toBe(
            [
                'Company: Acme Corp',
                'Contact name: Dana Scully',
                'Contact phone: +1 202 555 0142',
                'Product: Secret Server',
                '',
                'Details of the issue:',
                'Since 09:00 no workflow runs.',
                'Error: timeout & retry'
            ].join('\r\n')
        );
        expect(params.body).not.toContain('&');
        await tabTo(page, 'c-support-email-composer a.open-mail');
        await expect(composer).toContainText('Send it from dana.scully@acme.example, the address on file.');
        expect(await axeViolations(page)).toEqual([]);
        await page.screenshot({ path: testInfo.outputPath('email-composer.png'), fullPage: true });

        // The Cases tab.
        await tabTo(page, '[role="tab"][aria-selected="true"]', 120);
        await page.keyboard.press('ArrowRight');
        await page.keyboard.press('ArrowRight');
        await expect(page.getByRole('tab', { name: 'Cases' })).toHaveAttribute('aria-selected', 'true');
        await expect(page.locator('c-support-case-list tbody tr')).toHaveCount(1);
        await tabTo(page, 'c-support-case-list a.case-link');
        expect(await focusedMatches(page, 'a.case-link')).toBe(true);
        await page.keyboard.press('Enter');
        await expect(page.getByRole('heading', { name: 'Case 00001026' })).toBeVisible();
    });

    test('Severity 1 on the contact options leaves only phone, with the numbers', async ({ page }) => {
        await page.goto('/');
        await page.locator('c-support-contact-options lightning-radio-group label', { hasText: 'Severity 1:' }).click();
        const options = page.locator('c-support-contact-options');
        await expect(options.getByRole('alert')).toContainText('Severity 1 issues must be reported by phone');
        await expect(options.locator('c-support-phone-table a[href^="tel:"]')).toHaveCount(7);
        await expect(options.locator('.method_blocked')).toHaveCount(2);

        await page.getByRole('tab', { name: 'Email support' }).click();
        await expect(page.locator('c-support-email-composer [role="alert"]')).toContainText(
            'must be reported by phone, not by email'
        );
        expect(await axeViolations(page)).toEqual([]);
    });

    test('the checklist is prefilled and what the customer adds reaches the email', async ({ page }) => {
        await page.goto('/');
        const checklist = page.locator('c-support-checklist');
        await expect(checklist.locator('[data-item="company"] .item-value')).toHaveText('Acme Corp');
        await expect(checklist.locator('[data-item="email"] .item-value')).toHaveText('dana.scully@acme.example');
        await checklist.getByLabel('Issue symptoms and details').fill('Typed in the checklist');
        await checklist.getByLabel('Issue symptoms and details').blur();
        await page.getByRole('button', { name: /Get your support PIN/ }).click();
        await expect(page.locator('c-support-pin-bar [data-pin]')).toBeVisible();
        await page.getByRole('tab', { name: 'Email support' }).click();
        await expect(page.locator('c-support-email-composer textarea')).toHaveValue('Typed in the checklist');
    });
});
