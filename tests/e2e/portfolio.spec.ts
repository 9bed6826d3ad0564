/**
 * The Portfölj view in Chromium with real IndexedDB and the engine worker:
 * three versions saved through the app (the example of 2017, the same
 * intervention in 2024, and one with deadweight) become a portfolio that
 * survives a reload, is exported with its versions and imported in a fresh
 * browser, prints as its own section, and whose chart's data table reads the
 * same figures as the member table. A deleted version is shown as such and
 * left out of the totals; many versions are valued with progress. axe finds
 * no serious violation in Swedish or English.
 */
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import {
  EXAMPLE_PAYBACK_MONTHS,
  EXAMPLE_PAYBACK_TEXT,
  examplePaybackMonths,
} from '../support/example-figures';

declare global {
  interface Window {
    printCalls: number;
    sawProgress: string;
  }
}

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    window.printCalls = 0;
    window.print = () => {
      window.printCalls++;
    };
  });
});

async function start(page: Page) {
  await page.goto('./');
  await expect(page.getByTestId('payback-value')).toHaveText(EXAMPLE_PAYBACK_TEXT);
}

/** Society's payback of the example with its cohort moved to 2024 (its rules and prices), in Node. */
const PAYBACK_2024 = examplePaybackMonths({}, 0, (s) => {
  s.cohorts[0].year = 2024;
});

async function saveVersion(page: Page, name: string) {
  await page.getByRole('tab', { name: 'Sparade versioner' }).click();
  await expect(page.getByTestId('snapshot-save')).toBeEnabled();
  await page.getByTestId('snapshot-name').fill(name);
  await page.getByTestId('snapshot-save').click();
  await expect(page.getByTestId('snapshot-item-name').filter({ hasText: name })).toBeVisible();
}

/** Save the three versions: 2017 as the example is, the same in 2024, and 2024 with deadweight. */
async function saveThree(page: Page) {
  await start(page);
  await saveVersion(page, 'Balder 2017');
  await page.getByRole('tab', { name: 'Indata' }).click();
  const year = page.getByTestId('cohort-year').first();
  await year.fill('2024');
  await year.blur();
  // The 2024 figures are in (not the 2017 ones still on screen) before the version is saved.
  expect(PAYBACK_2024).not.toBe(EXAMPLE_PAYBACK_MONTHS);
  await expect(page.getByTestId('payback-value')).toHaveText(`${PAYBACK_2024} mån`);
  await saveVersion(page, 'Balder 2024');
  await page.getByRole('tab', { name: 'Osäkerhet' }).click();
  await page.getByTestId('deadweight').fill('50');
  await expect(page.getByTestId('appraisal-summary')).toHaveText(/dödvikt 50 %/);
  await saveVersion(page, 'Balder 2024 med dödvikt');
}

async function buildPortfolio(page: Page, name: string) {
  await page.getByRole('tab', { name: 'Portfölj' }).click();
  await page.getByTestId('portfolio-name').fill(name);
  await page.getByTestId('portfolio-create').click();
  await expect(page.getByTestId('portfolio-title')).toHaveText(name);
  await page.getByTestId('portfolio-add-all').click();
  await expect(page.getByTestId('portfolio-member')).toHaveCount(3);
  await expect(page.getByTestId('portfolio-total-row')).toBeVisible();
}

const memberRow = (page: Page, name: string) =>
  page
    .getByTestId('portfolio-member')
    .filter({ has: page.getByRole('rowheader', { name, exact: true }) });

test('three saved versions make a portfolio that survives a reload, exports, imports and prints', async ({
  page,
  browser,
}) => {
  test.slow();
  await saveThree(page);
  await buildPortfolio(page, 'Förbundet 2017–2024');

  // One price year, said; the 2017 version carried by KPI (415,15 / 322,11 = 1,289).
  await expect(page.getByTestId('portfolio-price-year')).toContainText('2024 års priser');
  await expect(page.getByTestId('portfolio-price-year')).toContainText('2017 × 1,289');
  // Three times the example's 63 participants.
  await expect(page.getByTestId('pf-total-participants')).toHaveText('189');
  // The version with deadweight is flagged and counted with the reports' arithmetic:
  // then it is the 2024 version again, payback and all; its own payback is said in the flag.
  const plain = await memberRow(page, 'Balder 2024').getByTestId('pf-member-payback').textContent();
  const dead = memberRow(page, 'Balder 2024 med dödvikt');
  await expect(dead.getByTestId('pf-member-payback')).toHaveText(plain!);
  await expect(dead.getByTestId('pf-settings-flag')).toContainText('dödvikt 50 %');
  await expect(page.getByTestId('portfolio-arithmetic')).toContainText(
    '1 version är sparad med ett annat räknesätt',
  );
  const totalPayback = await page.getByTestId('pf-total-row-payback').textContent();

  // The chart's data table holds the same figures as the member table.
  const chart = page.getByTestId('portfolio-chart');
  await chart.getByText('Visa data').click();
  const dataRows = chart.locator('.chart-data tbody tr');
  await expect(dataRows).toHaveCount(3);
  const row2024 = dataRows.filter({
    has: page.getByRole('rowheader', { name: 'Balder 2024', exact: true }),
  });
  await expect(row2024.locator('td').nth(1)).toHaveText(plain!);
  await expect(row2024.locator('td').nth(2)).toHaveText('63');
  const costPer = await memberRow(page, 'Balder 2024').locator('td').nth(3).textContent();
  await expect(row2024.locator('td').nth(0)).toHaveText(costPer!);

  // axe: no serious violation in the view, in Swedish and English.
  for (const lang of ['sv', 'en']) {
    if (lang === 'en') await page.getByTestId('lang-toggle').click();
    const axe = await new AxeBuilder({ page })
      .include('[data-testid="portfolio-view"]')
      .withTags(['wcag2a', 'wcag2aa'])
      .analyze();
    const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${lang} ${v.id}: ${v.help}`)).toEqual([]);
  }
  await expect(page.getByTestId('portfolio-price-year')).toContainText('2024 prices');
  await page.getByTestId('lang-toggle').click();

  // Reload: the portfolio and its figures are back.
  await page.reload();
  await page.getByRole('tab', { name: 'Portfölj' }).click();
  await expect(page.getByTestId('portfolio-title')).toHaveText('Förbundet 2017–2024');
  await expect(page.getByTestId('portfolio-member')).toHaveCount(3);
  await expect(page.getByTestId('pf-total-row-payback')).toHaveText(totalPayback!);

  // Printed as its own section once chosen for the report.
  await page.getByTestId('portfolio-in-report').check();
  await page.getByTestId('print-button').click();
  expect(await page.evaluate(() => window.printCalls)).toBe(1);
  await page.emulateMedia({ media: 'print' });
  const section = page.getByTestId('print-portfolio');
  await expect(section).toBeVisible();
  await expect(section.getByRole('heading', { level: 2 })).toHaveText(
    'Portfölj: Förbundet 2017–2024',
  );
  await expect(section.getByTestId('portfolio-member')).toHaveCount(3);
  await expect(section.getByTestId('pf-total-row-payback')).toHaveText(totalPayback!);
  await expect(section.getByTestId('portfolio-financiers')).toBeVisible();
  await expect(section.getByTestId('portfolio-chart')).toBeVisible();
  await expect(section.getByTestId('portfolio-perspective')).toHaveCount(0);
  // On the A4 text width (180 mm ≈ 680 px) nothing is wider than the page, and the chart's
  // text prints at the size of the table text.
  await page.setViewportSize({ width: 680, height: 1000 });
  const layout = await section.evaluate((el) => {
    const tableText = parseFloat(getComputedStyle(el.querySelector('tbody td')!).fontSize);
    const svg = el.querySelector<SVGSVGElement>('figure.chart .chart-body > svg')!;
    const box = svg.viewBox.baseVal;
    const rect = svg.getBoundingClientRect();
    const scale = Math.min(rect.width / box.width, rect.height / box.height);
    const label = svg.querySelector('text.tick')!;
    return {
      tableText,
      chartText: parseFloat(getComputedStyle(label).fontSize) * scale,
      width: document.documentElement.scrollWidth,
    };
  });
  expect(layout.width).toBeLessThanOrEqual(681);
  expect(Math.abs(layout.chartText - layout.tableText)).toBeLessThanOrEqual(0.5);
  await page.pdf({ path: '/tmp/nyttokalkyl-portfolio.pdf', preferCSSPageSize: true });
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await page.emulateMedia({ media: 'screen' });

  // Exported with its versions, imported in a fresh browser: the same portfolio.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('portfolio-export').click(),
  ]);
  const path = await download.path();
  const doc = JSON.parse(readFileSync(path, 'utf8'));
  expect(doc).toMatchObject({ format: 'nyttokalkyl-snapshots', version: 2 });
  expect(doc.snapshots).toHaveLength(3);
  expect(doc.portfolios[0].members.map((m: { version: number }) => m.version).sort()).toEqual([
    0, 1, 2,
  ]);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await start(other);
  await other.getByRole('tab', { name: 'Sparade versioner' }).click();
  await other.getByTestId('snapshot-file').setInputFiles(path);
  await expect(other.getByTestId('snapshot-message')).toContainText(
    '3 versioner importerades. 1 portfölj importerades.',
  );
  await other.getByRole('tab', { name: 'Portfölj' }).click();
  await expect(other.getByTestId('portfolio-title')).toHaveText('Förbundet 2017–2024');
  await expect(other.getByTestId('portfolio-member')).toHaveCount(3);
  await expect(other.getByTestId('pf-total-row-payback')).toHaveText(totalPayback!);
  await fresh.close();
});

test('a deleted version is shown as such and the rest still adds up', async ({ page }) => {
  test.slow();
  await saveThree(page);
  await buildPortfolio(page, 'P');
  await expect(page.getByTestId('pf-total-participants')).toHaveText('189');

  await page.getByRole('tab', { name: 'Sparade versioner' }).click();
  await page
    .getByTestId('snapshot-item')
    .filter({ hasText: 'Balder 2017' })
    .getByTestId('snapshot-delete')
    .click();
  await page.getByRole('tab', { name: 'Portfölj' }).click();
  const gone = memberRow(page, 'Balder 2017');
  await expect(gone).toHaveAttribute('data-status', 'missing');
  await expect(gone.getByTestId('pf-member-status')).toContainText('har tagits bort');
  await expect(page.getByTestId('portfolio-excluded')).toContainText('1 version ingår inte');
  // 189 − 63: the deleted version's participants are out of the totals.
  await expect(page.getByTestId('pf-total-participants')).toHaveText('126');
  // Taken out of the portfolio, it is gone from the list.
  await gone.getByTestId('pf-member-remove').click();
  await expect(page.getByTestId('portfolio-member')).toHaveCount(2);
  await expect(page.getByTestId('portfolio-excluded')).toHaveCount(0);
});

test('many versions are valued in the worker with progress, then totalled', async ({ page }) => {
  test.slow();
  await start(page);
  await saveVersion(page, 'Mall');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('snapshot-export-all').click(),
  ]);
  const doc = JSON.parse(readFileSync(await download.path(), 'utf8'));
  const N = 60;
  doc.snapshots = Array.from({ length: N }, (_, i) => ({
    ...doc.snapshots[0],
    name: `Insats ${i + 1}`,
    createdAt: new Date(Date.UTC(2025, 0, 1, 0, i)).toISOString(),
  }));
  await page.getByTestId('snapshot-file').setInputFiles({
    name: 'many.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(doc)),
  });
  await expect(page.getByTestId('snapshot-message')).toContainText(`${N} versioner importerades`);

  await page.getByRole('tab', { name: 'Portfölj' }).click();
  await page.getByTestId('portfolio-name').fill('Många');
  await page.getByTestId('portfolio-create').click();
  await expect(page.getByTestId('portfolio-add-all')).toBeEnabled();
  // Watch for the progress line: it may come and go between two looks.
  await page.evaluate(() => {
    window.sawProgress = '';
    new MutationObserver(() => {
      const el = document.querySelector('[data-testid="portfolio-progress"]');
      if (el?.textContent && !window.sawProgress) window.sawProgress = el.textContent;
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  await page.getByTestId('portfolio-add-all').click();
  // The N copies and the version they were made from, each with the example's 63 participants.
  await expect(page.getByTestId('portfolio-member')).toHaveCount(N + 1);
  await expect(page.getByTestId('pf-total-participants')).toHaveText(/^3\s843$/);
  expect(await page.evaluate(() => window.sawProgress)).toMatch(/Beräknar versionerna: \d+ av 61/);
});
