// Who may grant privileged access (issue 27 item 4), end to end over the flow as its XML says: Dana,
// Acme's support admin, allows her colleague Walter on the Support access page (a Privileged Access
// Change the flow Privileged_Access_Change_Apply applies); signed in as Walter, the PIN bar then
// offers him the privileged PIN, and End access once one is active. Dana withdraws it; Walter reads
// the list without Allow or Withdraw, told whom to ask, and the bar no longer offers the privileged PIN.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { axeViolations, chooseCustomer, signInAs, storedRecords } from './demoOrg';
import { en } from './labels';

async function openSupportAccess(page: Page): Promise<ReturnType<Page['locator']>> {
    await page.locator('c-support-site-nav').getByRole('link', { name: en.Support_Access_Title }).click();
    await expect(page).toHaveURL(/\/support-access$/);
    // The list loads when asked for (the page is ready without it).
    await page.getByRole('button', { name: en.Support_Access_People_Show }).click();
    const people = page.locator('c-support-access-people');
    await expect(people.getByRole('heading', { name: en.Support_People_Title })).toBeVisible();
    return people;
}

const row = (people: ReturnType<Page['locator']>, name: string) =>
    people.locator('tr.person-row', { has: people.page().locator('.person-name', { hasText: name }) });

test.describe('Who may grant privileged access', () => {
    test('Dana allows Walter; he may then issue a privileged PIN and end it; Dana withdraws it again', async ({
        page
    }) => {
        await page.goto('/');
        await chooseCustomer(page, 'cloud');
        let people = await openSupportAccess(page);
        await expect(row(people, 'Dana Scully').locator('.admin')).toHaveText(en.Support_People_Admin);
        await expect(row(people, 'Walter Skinner').locator('.access')).toHaveText(en.Support_People_May_Not);
        await expect(people.locator('.ask')).toHaveCount(0);

        await people.getByRole('button', { name: 'Allow Walter Skinner to grant privileged access' }).click();
        const question = people.getByRole('group', {
            name: 'Allow Walter Skinner to grant Thycotic privileged access and to end PINs?'
        });
        await expect(question.getByRole('button', { name: en.Support_People_Keep })).toBeFocused();
        expect(await axeViolations(page)).toEqual([]);
        await question.getByRole('button', { name: en.Support_People_Allow }).dblclick();
        await expect(row(people, 'Walter Skinner').locator('.access')).toHaveText(en.Support_People_May_Grant);
        await expect(people.locator('.announcement')).toHaveText('Walter Skinner may now grant privileged access.');
        // One change filed for a double click, applied by the server: Walter's contact points at it.
        const [change] = await storedRecords(page, 'Privileged_Access_Change__c');
        expect(await storedRecords(page, 'Privileged_Access_Change__c')).toHaveLength(1);
        expect(change).toMatchObject({ Contact__c: '003DEMO0000000002AAA', Grant__c: true });
        expect(change.Applied_At__c).toEqual(expect.any(String));
        const walter = (await storedRecords(page, 'Contact')).find((c) => c.Id === '003DEMO0000000002AAA');
        expect(walter).toMatchObject({ Privileged_Access__c: true, Privileged_Access_Change__c: change.Id });

        // Walter: the bar offers him the privileged PIN; once he issues it, End access.
        await signInAs(page, 'walter');
        await page.goto('/');
        await page.getByRole('button', { name: 'Generate Privilege PIN' }).click();
        await page
            .getByRole('dialog', { name: 'Give support write access for one day?' })
            .getByRole('button', { name: 'Generate Privilege PIN' })
            .click();
        const result = page.getByRole('dialog', { name: 'Privileged PIN' });
        await expect(result.locator('[data-pin]')).toHaveText(/^p[0-9a-hjkmnp-tv-z]{12}$/);
        await result.getByRole('button', { name: 'Close' }).last().click();
        const notice = page.locator('c-support-pin-bar .privileged-notice');
        await expect(notice).toContainText('Thycotic can write to your cloud database until');
        await expect(notice.getByRole('button', { name: /^End access/ })).toBeVisible();

        // Dana withdraws it.
        await signInAs(page, 'dana');
        await page.goto('/');
        people = await openSupportAccess(page);
        await people
            .getByRole('button', { name: "Withdraw Walter Skinner's right to grant privileged access" })
            .click();
        await people
            .getByRole('group', {
                name: "Withdraw Walter Skinner's right to grant Thycotic privileged access and to end PINs?"
            })
            .getByRole('button', { name: en.Support_People_Withdraw })
            .click();
        await expect(row(people, 'Walter Skinner').locator('.access')).toHaveText(en.Support_People_May_Not);
        await expect(people.locator('.announcement')).toHaveText(
            'Walter Skinner may no longer grant privileged access.'
        );

        // Walter: the list read-only, whom to ask; the bar tells him of the active PIN but offers him nothing.
        await signInAs(page, 'walter');
        await page.goto('/');
        await expect(notice).toContainText('Thycotic can write to your cloud database until');
        await expect(notice.getByRole('button', { name: /^End access/ })).toHaveCount(0);
        people = await openSupportAccess(page);
        await expect(people.getByRole('button')).toHaveCount(0);
        await expect(people.locator('.ask')).toHaveText('To change this, ask Dana Scully or Thycotic Support.');
        await expect(row(people, 'Dana Scully').locator('.access')).toHaveText(en.Support_People_May_Grant);
        expect(await axeViolations(page)).toEqual([]);
    });

    test('on a phone the people are cards, nothing cut and no sideways scroll', async ({ page }) => {
        await page.setViewportSize({ width: 320, height: 640 });
        await page.goto('/');
        const people = await openSupportAccess(page);
        const walter = row(people, 'Walter Skinner');
        await expect(walter.locator('.email')).toBeVisible();
        // A card: the email under the name, not beside it.
        const name = await walter.locator('th').boundingBox();
        const email = await walter.locator('.email').boundingBox();
        expect(email!.y).toBeGreaterThanOrEqual(name!.y + name!.height - 1);
        const scroll = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(scroll).toBeLessThanOrEqual(0);
    });
});
