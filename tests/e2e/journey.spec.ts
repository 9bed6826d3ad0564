/**
 * The path from "my association's data" to "a report I can hand my board",
 * walked as a new user would: Ny kalkyl → a RAR-like cohort typed in (20
 * participants on försörjningsstöd, 5 of them into work) with its cost
 * pasted as "9,1 mkr" including indirect taxes → the results → the printed
 * report, in the print view's DOM and as a PDF. The figures are worked by
 * hand below; the report must hold nothing of the built-in example and no
 * analysis that was not chosen.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { EXAMPLE_PAYBACK_TEXT } from '../support/example-figures';

declare global {
  interface Window {
    printCalls: number;
  }
}

/** A Swedish amount as the tables print it ("1 830 000 kr", "−6 573 000") → a number. */
const kronor = (text: string | null) =>
  Number((text ?? '').replace(/\s|kr|\u00a0|\u202f/g, '').replace('−', '-'));

// The mark-up of the indirect taxes, 24,35 % (MODEL.md §6): the same for every rule year.
const T = 0.2435;
/** The cost as pasted, society's cost including the indirect taxes. */
const SOCIETAL = 9_100_000;
/** The financiers' budget excluding them: 9 100 000 / 1,2435 = 7 318 053,9 kr. */
const BUDGET = SOCIETAL / (1 + T);

async function situation(page: Page, path: string, source: string) {
  await page.getByTestId(`situation-toggle-${path}`).click();
  const panel = page.getByTestId(`situation-panel-${path}`);
  if ((await panel.getByTestId(`source-${path}.income[0]`).count()) === 0)
    await panel.getByTestId('add-income').click();
  await panel.getByTestId(`source-${path}.income[0]`).selectOption(source);
  await page.keyboard.press('Escape');
}

async function group(page: Page, row: number, label: string, count: number) {
  await page.getByTestId('add-group').click();
  await page.getByTestId(`label-0-${row}`).fill(label);
  await page.getByTestId(`count-0-${row}`).fill(String(count));
}

/** The value cell of a row of the printed key figures, by its heading. */
const keyFigure = (report: Locator, name: string | RegExp) =>
  report
    .getByTestId('print-key-figures')
    .getByRole('row')
    .filter({ has: report.page().getByRole('rowheader', { name }) })
    .locator('td')
    .first();

test('from a new calculation to the board report, nothing of the example along', async ({
  page,
}) => {
  await page.addInitScript(() => {
    window.printCalls = 0;
    window.print = () => {
      window.printCalls++;
    };
  });
  await page.goto('./');
  await expect(page.getByTestId('payback-value')).toHaveText(EXAMPLE_PAYBACK_TEXT);

  // Ny kalkyl: an empty calculation, ready to type into.
  await page.getByTestId('new-calculation').click();
  await page.getByRole('tab', { name: 'Indata' }).click();
  await page.getByTestId('scenario-title').fill('Samordningsförbundet Exempelbygd: Vägen vidare');

  // The cost, pasted as the report states it: 9,1 mkr including indirect taxes.
  await page.getByTestId('tax-incl-0').check();
  await page.getByTestId('budget-0').fill('9,1 mkr');
  await page.getByTestId('budget-0').blur();

  // 20 participants on försörjningsstöd; 5 reach full-time unsubsidised work, 15 remain.
  await group(page, 0, 'Till arbete', 5);
  await situation(page, 'cohorts[0].groups[0].before', 'ekonomisktBistand');
  await situation(page, 'cohorts[0].groups[0].after', 'osubventioneratArbete');
  await group(page, 1, 'Kvar i försörjningsstöd', 15);
  await situation(page, 'cohorts[0].groups[1].after', 'ekonomisktBistand');
  await expect(page.getByTestId('total-count')).toContainText('20');

  // The results: computed, with no input problem left.
  await expect(page.getByTestId('status')).toHaveAttribute('data-status', 'ready');
  await page.getByRole('tab', { name: 'Resultat' }).click();
  await expect(page.getByTestId('kf-cost')).toContainText('9 100 000 kr');
  // The cost per participant excludes the indirect taxes and says so: 7 318 054 / 20 ≈ 366 000 kr.
  await expect(page.getByTestId('kf-cost')).toContainText(
    '366 000 kr per deltagare exkl. indirekta skatter',
  );

  // Choose one analysis for the report (setting break-even up includes it); the others stay out.
  await page.getByRole('tab', { name: 'Analyser' }).click();
  await page.getByTestId('be-persons').fill('5');
  await expect(page.getByTestId('in-report-breakEven')).toBeChecked();
  await expect(page.getByTestId('in-report-benchmarks')).not.toBeChecked();
  await expect(page.getByTestId('in-report-targets')).not.toBeChecked();
  // Targets start empty: no other association's målbild.
  await expect(page.getByTestId('target-exit-work')).toHaveValue('');

  // The printed report.
  await page.getByTestId('print-button').click();
  await expect.poll(() => page.evaluate(() => window.printCalls)).toBe(1);
  await page.emulateMedia({ media: 'print' });
  const report = page.getByTestId('print-report');
  await expect(report).toBeVisible();

  // The title page: the user's title, the cohort's year as the period, rules and price year.
  const year = String(new Date().getFullYear());
  const titlePage = report.getByTestId('print-title-page');
  await expect(titlePage.getByRole('heading', { level: 1 })).toHaveText(
    'Samordningsförbundet Exempelbygd: Vägen vidare',
  );
  await expect(titlePage.getByTestId('print-period')).toHaveText(year);
  await expect(titlePage.getByTestId('print-rules')).toContainText(/\d{4} års regler \(se-\d{4}\)/);
  await expect(titlePage.getByTestId('print-price-year')).toHaveText(/^\d{4} års priser \(KPI\)$/);
  // The reports' arithmetic (nothing adjusted): no note about it.
  await expect(titlePage.getByTestId('print-adjusted')).toHaveCount(0);

  // The figures, by hand. Society's cost is the amount pasted: 9 100 000 kr.
  await expect(keyFigure(report, 'Insatskostnad (inkl. indirekta skatter)')).toHaveText(
    '9 100 000 kr',
  );
  await expect(keyFigure(report, 'Kostnad per deltagare (exkl. indirekta skatter)')).toContainText(
    '366 000 kr',
  );
  // Each of the four Finsam financiers bears 25 % of the budget: 1 829 513 → 1 830 000;
  // the rest of the state bears the indirect taxes: 9 100 000 − 7 318 054 = 1 781 946 → 1 782 000.
  const actors = report.getByTestId('actor-table');
  const cost = (actor: string) => actors.locator(`tr[data-actor="${actor}"] td`).nth(2);
  expect(Math.round(BUDGET * 0.25)).toBe(1_829_513);
  for (const a of ['kommun', 'region', 'af', 'fk']) await expect(cost(a)).toHaveText('1 830 000');
  await expect(cost('ovrigStat')).toHaveText('1 782 000');
  await expect(cost('samhalle')).toHaveText('9 100 000');

  // Society's yearly revenue R: five persons from försörjningsstöd to full-time work, each
  // ≈ 500 000 kr a year for society (RAR Sörmland 2020: 57 mkr / 114 persons, within 5 %).
  const R = kronor(await keyFigure(report, 'Årlig samhällsekonomisk intäkt').textContent());
  expect(R / 5).toBeGreaterThan(475_000);
  expect(R / 5).toBeLessThan(525_000);
  // Profitability after 1 year R − C, after 5 years 5R − C (R is shown to the nearest 1 000 kr).
  const profit1 = kronor(await keyFigure(report, 'Lönsamhet efter 1 år').textContent());
  expect(Math.abs(profit1 - (R - SOCIETAL))).toBeLessThanOrEqual(1000);
  const profit5 = kronor(await keyFigure(report, 'Lönsamhet efter 5 år').textContent());
  expect(Math.abs(profit5 - (5 * R - SOCIETAL))).toBeLessThanOrEqual(3000);
  // Payback ceil(12 · C / R) months, for any R within the rounding of the one shown.
  const payback = Number(
    (await report.getByTestId('print-payback').textContent())?.match(/\d+/)?.[0],
  );
  expect(payback).toBeGreaterThanOrEqual(Math.ceil((12 * SOCIETAL) / (R + 500)));
  expect(payback).toBeLessThanOrEqual(Math.ceil((12 * SOCIETAL) / (R - 500)));
  await expect(report.getByTestId('print-facts')).toContainText('20');

  // Nothing of the built-in example: its title, description and targets.
  const text = (await report.textContent()) ?? '';
  for (const example of ['Exempel (fiktivt)', 'Fiktiv kohort', 'Balder', 'SOT Västerås'])
    expect(text).not.toContain(example);
  // Only the analysis chosen.
  const analyses = report.getByTestId('print-analyses');
  await expect(analyses.getByTestId('an-break-even')).toBeVisible();
  for (const id of [
    'an-cohorts',
    'an-depreciation',
    'year-by-year',
    'an-targets',
    'an-bridge',
    'an-full-allocation',
    'an-benchmarks',
  ])
    await expect(analyses.getByTestId(id)).toHaveCount(0);

  // On paper: an A4 PDF of several pages, for a board member to read.
  const pdf = await page.pdf({
    path: test.info().outputPath('report.pdf'),
    preferCSSPageSize: true,
  });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  expect(pages).toBeGreaterThanOrEqual(3);
  await test.info().attach('report.pdf', { body: pdf, contentType: 'application/pdf' });
});
