/**
 * The printed report in Chromium: the print button renders the report and
 * calls window.print() (stubbed here); in print media the report's tables
 * show and the app around it (buttons, tabs, sliders) does not; Ctrl+P
 * (beforeprint) renders it too and afterprint removes it. Also writes the
 * report as a PDF to /tmp/nyttokalkyl-report.pdf for a look at the pages.
 */
import { expect, test, type Page } from '@playwright/test';

declare global {
  interface Window {
    printCalls: number;
  }
}

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    window.printCalls = 0;
    window.print = () => {
      window.printCalls++;
    };
  });
  await page.goto('./');
  await expect(page.getByTestId('payback-value')).toHaveText(/^\d+ mån$/);
});

const months = async (page: Page) =>
  (await page.getByTestId('payback-value').textContent())?.match(/\d+/)?.[0];

test('prints a report of the current result and nothing of the app around it', async ({ page }) => {
  await page.getByTestId('slider-sub').focus();
  await page.keyboard.press('End');
  await expect(page.getByTestId('effect-sub')).toContainText('→');
  const payback = await months(page);

  await page.getByTestId('print-button').click();
  expect(await page.evaluate(() => window.printCalls)).toBe(1);
  const report = page.getByTestId('print-report');
  await expect(report).toBeAttached();
  await expect(report).toBeHidden(); // never on screen

  await page.emulateMedia({ media: 'print' });
  await expect(report).toBeVisible();
  await expect(report.getByRole('heading', { level: 1 })).toHaveText(/^Exempel \(fiktivt\)/);
  // The example's cohort is of 2017: valued with that year's rules, in 2017 prices.
  await expect(report).toContainText('Parameteruppsättning: se-2017');
  await expect(report).toContainText('Belopp i 2017 års priser (KPI)');
  await expect(report.getByTestId('print-payback')).toHaveText(`${payback} månader`);
  for (const id of [
    'print-key-figures',
    'potential-table',
    'actor-table',
    'print-income',
    'print-components',
    'print-gender-table',
    'print-what-if',
    'cumulative-chart',
    'potential-chart',
    'actor-revenue-chart',
    'profitability-chart',
    'income-sources-chart',
  ])
    await expect(report.getByTestId(id), id).toBeVisible();
  await expect(report.getByTestId('print-what-if')).toContainText('100 %');
  await expect(report).toContainText('avrundade till närmaste 1 000 kr');
  await expect(report).toContainText('Om metoden');

  for (const hidden of [
    page.getByTestId('slider-sub'),
    page.getByRole('tablist'),
    page.getByTestId('print-button'),
    page.getByTestId('share-button'),
    page.getByTestId('lang-toggle'),
    page.locator('#app'),
  ])
    await expect(hidden).toBeHidden();

  await page.pdf({ path: '/tmp/nyttokalkyl-report.pdf', preferCSSPageSize: true });
});

test('the report follows the language, and prints black on white in dark mode', async ({
  page,
}) => {
  await page.getByTestId('lang-toggle').click();
  await page.getByTestId('print-button').click();
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  const report = page.getByTestId('print-report');
  await expect(report).toHaveAttribute('lang', 'en');
  await expect(report).toContainText('Parameter set: se-2017');
  await expect(report).toContainText('Amounts in 2017 prices (CPI)');
  await expect(report).toContainText('rounded to the nearest 1 000 kr');
  const colours = await report.evaluate((el) => {
    const title = el.querySelector('h1');
    const chartText = el.querySelector('figure.chart svg text');
    return [
      getComputedStyle(el).color,
      getComputedStyle(el).backgroundColor,
      title && getComputedStyle(title).color,
      chartText && getComputedStyle(chartText).fill,
    ];
  });
  expect(colours).toEqual([
    'rgb(0, 0, 0)',
    'rgb(255, 255, 255)',
    'rgb(0, 0, 0)',
    expect.any(String),
  ]);
  expect(colours[3]).not.toMatch(/rgb\((2[0-9]{2}), (2[0-9]{2}), (2[0-9]{2})\)/);
  await page.pdf({ path: '/tmp/nyttokalkyl-report-en.pdf', preferCSSPageSize: true });
});

test('printing from the browser menu (beforeprint) renders the report, afterprint removes it', async ({
  page,
}) => {
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('print-report')).toBeVisible();
  await expect(page.getByTestId('slider-sub')).toBeHidden();
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await expect(page.getByTestId('print-report')).toHaveCount(0);
  await page.emulateMedia({ media: 'screen' });
  await expect(page.getByTestId('slider-sub')).toBeVisible();
});
