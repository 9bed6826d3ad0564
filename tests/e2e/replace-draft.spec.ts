/**
 * Nothing is lost, in the built app (Chromium, real IndexedDB): a new
 * calculation replaces an edited draft with "Ångra" offered, the offer and the
 * replaced draft survive a reload, and Ångra brings the draft back; the new
 * calculation's cost takes a pasted amount; a CSV file opened as a scenario
 * points to the CSV import.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { EXAMPLE_PAYBACK_TEXT } from '../support/example-figures';
import { storedDraft } from '../support/stored-draft';

/** The titles of the stored draft and of the one its undo brings back (no app code involved). */
async function storedTitles(page: Page) {
  const [current, replaced] = await Promise.all([storedDraft(page), storedDraft(page, 'replaced')]);
  return { current: current?.title, replaced: replaced?.title };
}

test.beforeEach(async ({ page }) => {
  await page.goto('./');
  await expect(page.getByTestId('payback-value')).toHaveText(EXAMPLE_PAYBACK_TEXT);
});

test('"Ny kalkyl" can be undone, also after a reload, and the new cohort takes a pasted amount', async ({
  page,
}) => {
  await page.getByRole('tab', { name: 'Indata' }).click();
  await page.getByTestId('scenario-title').fill('Mitt utkast');

  await page.getByTestId('new-calculation').click();
  const notice = page.getByTestId('draft-replaced');
  await expect(notice).toContainText('En ny, tom kalkyl har ersatt ditt utkast.');
  await expect(notice).toHaveAttribute('role', 'status');
  await expect(page.locator('.scenario-title h2')).toHaveText('Ny kalkyl');
  // The draft that was replaced is stored beside the new one at once.
  await expect
    .poll(() => storedTitles(page))
    .toEqual({
      current: 'Ny kalkyl',
      replaced: 'Mitt utkast',
    });

  const axe = await new AxeBuilder({ page })
    .include('[data-testid="draft-replaced"]')
    .withTags(['wcag2a', 'wcag2aa'])
    .analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

  // The cost is asked for; a pasted "2,5 mkr" is 2 500 000 kr.
  await expect(page.getByTestId('cost-ask-0')).toContainText('Ange kohortens kostnad.');
  await page.getByTestId('budget-0').fill('2,5 mkr');
  await page.getByTestId('budget-0').blur();
  await expect(page.getByTestId('budget-0')).toHaveValue('2\u00a0500\u00a0000');
  await expect(page.getByTestId('cost-ask-0')).toHaveCount(0);

  await page.reload();
  await expect(page.locator('.scenario-title h2')).toHaveText('Ny kalkyl');
  await expect(notice).toContainText('En ny, tom kalkyl har ersatt ditt utkast.');
  // By keyboard: the notice's Ångra is reachable and works with Enter.
  await page.getByTestId('draft-undo').focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.scenario-title h2')).toHaveText('Mitt utkast');
  await expect(notice).toContainText('Det tidigare utkastet är tillbaka.');
  await page.getByTestId('draft-dismiss').click();
  await expect.poll(() => storedTitles(page)).toEqual({ current: 'Mitt utkast' });
});

test('a CSV file opened as a scenario points to the CSV import', async ({ page }) => {
  await page.getByTestId('file-input').setInputFiles('public/examples/deltagare-exempel.csv');
  const message = page.getByTestId('file-message');
  await expect(message).toContainText('Det här är en CSV-fil, inte en scenariofil.');
  await expect(message).not.toContainText('JSON');
  await page.getByTestId('file-to-csv').click();
  await expect(page.getByTestId('csv-file')).toBeFocused();
});
