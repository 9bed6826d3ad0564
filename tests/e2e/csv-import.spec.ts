/**
 * The CSV import in the built app: the sample file from public/examples is
 * chosen on the Indata tab, its columns are recognised, every row passes,
 * and importing it as a new cohort doubles the participants in the key
 * figures (the sample has the example's 63 participants). A file with
 * problems lists them by row and column and imports only the valid rows.
 */
import { expect, test } from '@playwright/test';

const SAMPLE = 'public/examples/deltagare-exempel.csv';

test('imports the sample file as a new cohort and the key figures follow', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));

  await page.goto('./');
  await expect(page.getByTestId('kf-cost')).toContainText('Deltagare: 63');
  await page.getByRole('tab', { name: 'Indata' }).click();
  // The import shares the tab with the input editors: look only inside it.
  const csv = page.getByTestId('csv-import');

  await csv.getByLabel('Välj CSV- eller Excel-fil').setInputFiles(SAMPLE);
  await expect(csv.getByRole('heading', { name: 'Vilken kolumn är vad?' })).toBeFocused();
  await expect(page.getByTestId('csv-summary')).toContainText('deltagare-exempel.csv');
  await expect(csv.getByLabel('Före (försörjning vid start)')).toHaveValue('2');
  await expect(page.getByTestId('csv-preview').getByRole('row')).toHaveCount(11);
  await expect(page.getByTestId('csv-check-summary')).toContainText(
    '20 datarader: 20 giltiga med 63 deltagare, 0 med fel.',
  );
  await expect(page.getByTestId('csv-errors')).toHaveCount(0);

  await page.getByTestId('csv-merge').check();
  await expect(page.getByTestId('csv-check-summary')).toContainText('Blir 18 grupper.');
  await csv.getByLabel('Kohortens namn').fill('Importerade 2025');
  await page.getByTestId('csv-import-button').click();

  await expect(page.getByTestId('csv-message')).toContainText(
    'Importerade 63 deltagare i 18 grupper till kohorten "Importerade 2025".',
  );
  await expect(page.getByTestId('kf-cost')).toContainText('Deltagare: 126');
  await expect(page.getByTestId('status')).toContainText('Resultatet är aktuellt');
  expect(errors).toEqual([]);
});

test('lists the rows with problems and imports only the valid ones', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByTestId('kf-cost')).toContainText('Deltagare: 63');
  await page.getByRole('tab', { name: 'Indata' }).click();
  await page
    .getByTestId('csv-import')
    .getByLabel('Välj CSV- eller Excel-fil')
    .setInputFiles('public/examples/deltagare-med-fel.csv');
  const list = page.getByTestId('csv-errors');
  await expect(list).toContainText("Rad 4, kolumn efter: okänd försörjning 'lönebidrg'");
  await expect(list.getByRole('listitem')).toHaveCount(5);
  await page.getByTestId('target-append').check();
  await page.getByTestId('csv-import-button').click();
  await expect(page.getByTestId('kf-cost')).toContainText('Deltagare: 66');
});
