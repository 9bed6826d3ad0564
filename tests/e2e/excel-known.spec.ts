/**
 * Inputs as reports and people state them, in the built app: a participant
 * list from an Excel workbook goes through the same mapping, preview and
 * per-row checks as CSV; the report tables download as .xlsx and read back;
 * a cost is typed including indirect taxes; and known figures from a report
 * ("Kända siffror", society's cost given) are a calculation of their own —
 * in the key figures on top, the printed report and the CSV export, and
 * still there after a reload. ExcelJS is built here, in the test, with the
 * library the app loads on demand.
 */
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { EXAMPLE_PAYBACK_MONTHS, EXAMPLE_PAYBACK_TEXT } from '../support/example-figures';

/** A participant list as kept in Excel: an empty first sheet, a blank first row, a % column. */
async function participantWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Anteckningar');
  const ws = wb.addWorksheet('Deltagare');
  ws.getRow(2).values = ['Antal', 'Kön', 'Försörjning före', 'Försörjning efter', 'Subvention'];
  ws.getRow(3).values = [3, 'kvinna', 'ekonomisktBistand:100', 'subventioneratArbete:100', 0.8];
  ws.getRow(3).getCell(5).numFmt = '0%';
  ws.getRow(4).values = [2, 'man', 'aktivitetsstod:100', 'studier:100'];
  ws.getRow(5).values = [1, 'man', 'ingen', 'lönebidrg'];
  ws.getRow(6).values = [2.5, 'annat', 'ingen', 'arbete:50'];
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  return errors;
}

test('imports participants from an Excel workbook, row by row as from CSV', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('./');
  await expect(page.getByTestId('kf-cost')).toContainText('Deltagare: 63');
  await page.getByRole('tab', { name: 'Indata' }).click();
  const box = page.getByTestId('csv-import');
  await box.getByLabel('Välj CSV- eller Excel-fil').setInputFiles({
    name: 'deltagare.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: await participantWorkbook(),
  });
  await expect(box.getByRole('heading', { name: 'Vilken kolumn är vad?' })).toBeFocused();
  await expect(page.getByTestId('csv-summary')).toContainText(
    'Excel-arbetsbok, bladet "Deltagare", 4 rader.',
  );
  await expect(page.getByTestId('xlsx-sheet')).toHaveValue('1');
  await expect(box.getByLabel('Subventionsgrad (%)')).toHaveValue('4');
  await expect(page.getByTestId('csv-check-summary')).toContainText(
    '4 datarader: 2 giltiga med 5 deltagare, 2 med fel.',
  );
  const list = page.getByTestId('csv-errors');
  await expect(list).toContainText(
    "Rad 5, kolumn Försörjning efter: okänd försörjning 'lönebidrg'",
  );
  await expect(list).toContainText("Rad 6, kolumn Antal: antalet '2.5' är inte ett heltal");
  await box.getByLabel('Kohortens namn').fill('Från Excel');
  await page.getByTestId('csv-import-button').click();
  await expect(page.getByTestId('csv-message')).toContainText(
    'Importerade 5 deltagare i 2 grupper till kohorten "Från Excel".',
  );
  await expect(page.getByTestId('kf-cost')).toContainText('Deltagare: 68');
  // The old .xls format is named, not misread.
  await box.getByLabel('Välj CSV- eller Excel-fil').setInputFiles({
    name: 'gammal.xls',
    mimeType: 'application/vnd.ms-excel',
    buffer: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
  });
  await expect(page.getByTestId('csv-file-error')).toContainText('Excels gamla format (.xls)');
  expect(errors).toEqual([]);
});

test('downloads the report tables as .xlsx with the figures on screen', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('./');
  await expect(page.getByTestId('payback-value')).toHaveText(EXAMPLE_PAYBACK_TEXT);
  const payback = EXAMPLE_PAYBACK_MONTHS;
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('results-xlsx').click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^nyttokalkyl-tabeller-.*\.xlsx$/);
  const wb = new ExcelJS.Workbook();
  const bytes = readFileSync(await download.path());
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  const ws = wb.worksheets[0];
  expect(ws.name).toBe('Tabeller');
  let society: ExcelJS.Row | undefined;
  ws.eachRow((row) => {
    if (!society && row.getCell(1).value === 'Samhället') society = row;
  });
  expect(society!.getCell(9).value).toBe(payback);
  expect(typeof society!.getCell(2).value).toBe('number');
  await expect(page.getByTestId('results-xlsx')).toHaveText('Exportera tabeller (Excel)');
  expect(errors).toEqual([]);
});

test('a cost typed as "2,5 mkr" including indirect taxes is society’s cost', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByTestId('kf-cost')).toContainText('Deltagare: 63');
  await page.getByRole('tab', { name: 'Indata' }).click();
  await page.getByTestId('mode-0-total').check();
  await page.getByTestId('budget-0').fill('2,5 mkr');
  await page.getByTestId('tax-incl-0').check();
  await expect(page.getByTestId('kf-cost')).toContainText('2 500 000 kr');
  // 2 500 000 / 1.2435 = 2 010 454 kr excluding the indirect taxes.
  await expect(page.getByTestId('engine-budget-0')).toContainText('budget 2 010 454 kr');
});

test('known figures from a report are a calculation: key figures, print, CSV, reload', async ({
  page,
}) => {
  const errors = collectErrors(page);
  await page.addInitScript(() => {
    window.print = () => {};
  });
  await page.goto('./');
  await expect(page.getByTestId('kf-basis')).toContainText('Beräknat från deltagarna');
  await page.getByRole('tab', { name: 'Kända siffror' }).click();
  await page.getByLabel('Samhällets kostnad (inkl. indirekta skatter)').first().check();
  await page.getByTestId('known-participants').fill('63');
  await page.getByTestId('known-cost').fill('2 448 000');
  await page.getByTestId('known-revenue-samhalle').fill('2 279 000');
  await page.getByTestId('known-revenue-kommun').fill('1 061 000');
  await page.getByTestId('known-revenue-af').fill('–2 901 000');
  // Every actor gets its cost from society's: kommun 2 448 000 / 1.2435 × 25 % = 492 159 kr,
  // payback ceil(12 × 492 159 / 1 061 000) = 6 months; society ceil(12.89) = 13.
  await expect(page.getByTestId('known-payback-kommun')).toHaveText('6');
  await expect(page.getByTestId('known-payback-samhalle')).toHaveText('13');
  await expect(page.locator('tr[data-actor="kommun"]')).toContainText('492 000 kr');

  await page.getByTestId('known-show-known').check();
  await expect(page.getByTestId('kf-basis')).toContainText('Kända siffror');
  await expect(page.getByTestId('payback-value')).toHaveText('13 mån');
  await expect(page.getByTestId('kf-cost')).toContainText('2 448 000 kr');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('results-csv').click(),
  ]);
  const csv = readFileSync(await download.path(), 'utf8');
  expect(csv).toContain('Nyckeltalen visar;Kända siffror');
  expect(csv).toMatch(/Kommun;1061000;16841;492159;568841;\d+;6/);

  // Saved with the calculation: once autosaved, a reload brings it back.
  await expect
    .poll(() =>
      page.evaluate(async () => {
        const open = indexedDB.open('nyttokalkyl');
        const db = await new Promise<IDBDatabase>((r) => (open.onsuccess = () => r(open.result)));
        const get = db.transaction('draft').objectStore('draft').get('current');
        const row = await new Promise<unknown>((r) => (get.onsuccess = () => r(get.result)));
        db.close();
        return (row as { scenario?: { knownFigures?: { inKeyFigures?: boolean } } } | undefined)
          ?.scenario?.knownFigures?.inKeyFigures;
      }),
    )
    .toBe(true);
  await page.reload();
  await expect(page.getByTestId('kf-basis')).toContainText('Kända siffror');
  await expect(page.getByTestId('payback-value')).toHaveText('13 mån');
  expect(errors).toEqual([]);

  // The printed report holds them, marked as the calculation's key figures.
  await page.getByTestId('print-button').click();
  await page.emulateMedia({ media: 'print' });
  const known = page.getByTestId('print-known-figures');
  await expect(known).toBeVisible();
  await expect(known).toContainText('Kalkylens nyckeltal är dessa kända siffror');
  await expect(known).toContainText('samhällets kostnad 2 448 000 kr inklusive indirekta skatter');
  await expect(known.locator('tr[data-actor="kommun"]')).toContainText('492 000');
  await page.emulateMedia({ media: 'screen' });

  await page.getByTestId('kf-basis-toggle').click();
  await expect(page.getByTestId('kf-basis')).toContainText('Beräknat från deltagarna');
});
