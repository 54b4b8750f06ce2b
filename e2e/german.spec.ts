// The portal in German, as a customer whose language is German uses it: every page in German
// (no English label text on it), axe clean, Severity 1 still routed to the phone, the email
// subject still `PIN <pin> <summary>`, and switching language keeps what the customer typed.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { axeViolations, chooseLanguage, portalText, storedRecords } from './demoOrg';
import { de, en, englishOnlyTexts, format } from './labels';

async function expectAllGerman(page: Page): Promise<void> {
    const text = await portalText(page);
    const english = englishOnlyTexts().filter((label) => text.includes(label));
    expect(english, 'English label texts on a German page').toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
}

/** Clicks a severity's label in a radio group, as a person does. */
async function chooseSeverity(page: Page, within: string, level: 1 | 2 | 3 | 4): Promise<void> {
    const name = de[`Support_Severity_${level}`];
    await page.locator(`${within} lightning-radio-group label`, { hasText: `${name}:` }).click();
    await expect(page.getByRole('radio', { name: new RegExp(`^${name}:`) })).toBeChecked();
}

test.describe('the portal in German', () => {
    test('the PIN bar, the contact options (Severity 1 → phone) and the email composer', async ({ page }, testInfo) => {
        await page.goto('/');
        await chooseLanguage(page, 'de');
        await expect(page.locator('html')).toHaveAttribute('lang', 'de');
        await expect(
            page.getByRole('navigation').getByRole('link', { name: de.Support_Nav_Create_Case })
        ).toBeVisible();

        await page.getByRole('button', { name: de.Support_PIN_Bar_Action }).click();
        const shown = page.locator('c-support-pin-bar [data-pin]');
        await expect(shown).toHaveText(new RegExp(`^${format(de.Support_PIN_Your_PIN, '\\d{8}')}$`));
        const pin = /\d{8}/.exec((await shown.textContent()) ?? '')?.[0] ?? '';
        await expectAllGerman(page);

        // Routing goes by the picklist value, not by the translated name.
        await chooseSeverity(page, 'c-support-contact-options', 1);
        const options = page.locator('c-support-contact-options');
        await expect(options.getByRole('alert')).toContainText(de.Support_Case_Severity_1_Title);
        await expect(options.locator('c-support-phone-table a[href^="tel:"]')).toHaveCount(7);
        await expect(options.locator('.method_blocked')).toHaveCount(2);
        await expectAllGerman(page);
        await chooseSeverity(page, 'c-support-contact-options', 2);
        await expect(options.locator('.method_blocked')).toHaveCount(0);

        await page.getByRole('tab', { name: de.Support_Portal_Tab_Email }).click();
        const composer = page.locator('c-support-email-composer');
        await composer.locator('input').fill('Workflow angehalten');
        await composer.locator('textarea').fill('Seit 09:00 läuft kein Workflow.');
        await composer.locator('textarea').blur();
        // The policy's subject format does not change with the language.
        await expect(composer.locator('.subject')).toHaveText(`PIN ${pin} Workflow angehalten`);
        const href = (await composer.locator('a.open-mail').getAttribute('href')) ?? '';
        const params = new URLSearchParams(href.split('?')[1].replace(/\+/g, '%2B'));
        expect(params.get('subject')).toBe(`PIN ${pin} Workflow angehalten`);
        expect((params.get('body') ?? '').split(/\r\n/)).toEqual([
            `${de.Support_Email_Body_Company}: Acme Corp`,
            `${de.Support_Email_Body_Contact}: Dana Scully`,
            `${de.Support_Email_Body_Phone}: +1 202 555 0142`,
            `${de.Support_Email_Body_Product}: Secret Server`,
            '',
            `${de.Support_Email_Body_Details}:`,
            'Seit 09:00 läuft kein Workflow.'
        ]);
        await expectAllGerman(page);
        await page.screenshot({ path: testInfo.outputPath('german-email.png'), fullPage: true });
    });

    test('Create a Case to the end, then the Cases list', async ({ page }) => {
        // The whole wizard and the list, in two languages' reloads: about 26 s on a loaded 2-core machine.
        test.slow();
        await page.goto('/create-case');
        await chooseLanguage(page, 'de');
        await expect(page.getByText(format(de.Support_Case_Step_Of, 1, 3, de.Support_Case_Step_1))).toBeVisible();
        await chooseSeverity(page, 'c-support-create-case', 2);
        await expectAllGerman(page);
        await page.getByRole('button', { name: de.Support_Case_Next }).click();

        await expect(page.getByText(format(de.Support_Case_Step_Of, 2, 3, de.Support_Case_Step_2))).toBeVisible();
        await page.getByRole('textbox', { name: de.Support_Case_Subject, exact: true }).fill('Workflow angehalten');
        await page.getByLabel(de.Support_Case_Description).fill('Seit 09:00 läuft kein Workflow.');
        await page.getByLabel(de.Support_Case_Contact_Hours).fill('Werktags 08:00–17:00 MEZ');
        await expectAllGerman(page);
        await page.getByRole('button', { name: de.Support_Case_Next }).click();

        await expect(page.getByText(format(de.Support_Case_Step_Of, 3, 3, de.Support_Case_Step_3))).toBeVisible();
        await expectAllGerman(page);
        await page.getByRole('button', { name: de.Support_Case_Submit }).click();
        await expect(page.getByText(format(de.Support_Case_Created, '00001027'))).toBeVisible();
        await expectAllGerman(page);
        const stored = await storedRecords<{ CaseNumber: string; Severity__c: string }>(page, 'Case');
        // The value stored is the picklist's API value, whatever the language.
        expect(stored.find((c) => c.CaseNumber === '00001027')?.Severity__c).toBe('Severity 2');

        await page.getByRole('link', { name: format(de.Support_Case_View, '00001027') }).click();
        await expect(
            page.getByRole('heading', { name: format(de.Support_Case_Detail_Title, '00001027') })
        ).toBeVisible();
        // The status path shows the org's German labels and marks the status by its value.
        await expect(page.locator('c-support-case-detail li[aria-current="step"]')).toHaveText('Neu');
        await expect(page.locator('c-support-case-detail')).toContainText(de.Support_Severity_2);
        await expectAllGerman(page);

        await page.getByRole('navigation').getByRole('link', { name: de.Support_Nav_Cases }).click();
        await expect(page.locator('c-support-case-list tbody tr')).toHaveCount(2);
        await expect(page.locator('c-support-case-list tbody tr').first()).toContainText('Workflow angehalten');
        await expectAllGerman(page);
    });

    test('switching language keeps the Create a Case draft and the checklist', async ({ page }) => {
        await page.goto('/');
        const checklist = page.locator('c-support-checklist');
        await checklist.getByLabel(en.Support_Checklist_Details).fill('Typed before switching');
        await checklist.getByLabel(en.Support_Checklist_Details).blur();
        await page.goto('/create-case');
        await page
            .locator('c-support-create-case lightning-radio-group label', { hasText: `${en.Support_Severity_3}:` })
            .click();
        await page.getByRole('button', { name: en.Support_Case_Next }).click();
        await page
            .getByRole('textbox', { name: en.Support_Case_Subject, exact: true })
            .fill('Draft kept across languages');
        await page.getByRole('textbox', { name: en.Support_Case_Subject, exact: true }).blur();

        await chooseLanguage(page, 'de');
        await expect(page.getByRole('textbox', { name: de.Support_Case_Subject, exact: true })).toHaveValue(
            'Draft kept across languages'
        );
        await page.goto('/');
        await expect(page.locator('c-support-checklist').getByLabel(de.Support_Checklist_Details)).toHaveValue(
            'Typed before switching'
        );
    });

    test('the customer switches language in the site header: their own user record, then the page in German', async ({
        page
    }) => {
        await page.goto('/cases');
        const header = page.locator('c-support-language-switch');
        await Promise.all([page.waitForEvent('load'), header.getByLabel(en.Support_Language_Label).selectOption('de')]);
        await expect(page.locator('html')).toHaveAttribute('lang', 'de');
        await expect(header.getByLabel(de.Support_Language_Label)).toHaveValue('de');
        await expect(page.getByRole('navigation').getByRole('link', { name: de.Support_Nav_Cases })).toBeVisible();
        const [user] = await storedRecords<{ LanguageLocaleKey: string }>(page, 'User');
        expect(user.LanguageLocaleKey).toBe('de');
        await expectAllGerman(page);
    });
});
