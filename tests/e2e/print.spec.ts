/**
 * The printed report in Chromium: the print button renders the report and
 * calls window.print() (stubbed here); in print media the report's tables
 * show and the app around it (buttons, tabs, sliders) does not; Ctrl+P
 * (beforeprint) renders it too and afterprint removes it. A title page with
 * the period, rules, price year and date; page numbers in the margin; the
 * note on adjusted arithmetic when it applies; on an A4 page (180 mm of
 * text, 680 px) every table fits, chart text is the size of table text and
 * a long chart label wraps whole. Also writes the report as a PDF to
 * /tmp/nyttokalkyl-report.pdf for a look at the pages.
 */
import { expect, test } from '@playwright/test';
import { EXAMPLE_PAYBACK_TEXT, examplePaybackMonths } from '../support/example-figures';

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
  await expect(page.getByTestId('payback-value')).toHaveText(EXAMPLE_PAYBACK_TEXT);
});

test('prints a report of the current result and nothing of the app around it', async ({ page }) => {
  await page.getByTestId('slider-sub').focus();
  await page.keyboard.press('End');
  await expect(page.getByTestId('effect-sub')).toContainText('→');
  // Everyone in subsidised work moved to unsubsidised: the engine's payback for that (in Node).
  const moved = examplePaybackMonths({ subsidisedToUnsubsidisedShare: 1 });
  await expect(page.getByTestId('payback-value')).toHaveText(`${moved} mån`);

  await page.getByTestId('print-button').click();
  expect(await page.evaluate(() => window.printCalls)).toBe(1);
  const report = page.getByTestId('print-report');
  await expect(report).toBeAttached();
  await expect(report).toBeHidden(); // never on screen

  await page.emulateMedia({ media: 'print' });
  await expect(report).toBeVisible();
  await expect(report.getByRole('heading', { level: 1 })).toHaveText(/^Exempel \(fiktivt\)/);
  // The title page: the example's cohort is of 2017, valued with that year's rules, in 2017 prices.
  const titlePage = report.getByTestId('print-title-page');
  await expect(titlePage.getByTestId('print-period')).toHaveText('2017');
  await expect(titlePage.getByTestId('print-rules')).toHaveText('2017 års regler (se-2017)');
  await expect(titlePage.getByTestId('print-price-year')).toHaveText('2017 års priser (KPI)');
  await expect(titlePage.getByTestId('print-date')).toHaveText(/^\d{1,2} \p{L}+ \d{4}$/u);
  await expect(titlePage.getByTestId('print-key-figures')).toBeVisible();
  await expect(report.getByTestId('print-payback')).toHaveText(`${moved} månader`);
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
  await expect(report.getByTestId('print-rules')).toHaveText('the rules of 2017 (se-2017)');
  await expect(report.getByTestId('print-price-year')).toHaveText('2017 prices (CPI)');
  // The built-in example, untouched, in the report's language; kronor as SEK.
  await expect(report.getByRole('heading', { level: 1 })).toHaveText(
    'Example (fictional): young adults with mental ill health',
  );
  await expect(report).toContainText('rounded to the nearest 1,000 SEK');
  await expect(report.getByTestId('print-key-figures')).not.toContainText(/\d kr\b/);
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

test("page numbers and the title run in the page margin, in the report's language", async ({
  page,
}) => {
  await page.getByTestId('print-button').click();
  await expect(page.getByTestId('print-report')).toBeAttached();
  // A style sheet built through the CSSOM (the Content-Security-Policy refuses style elements).
  const rules = await page.evaluate(() =>
    document.adoptedStyleSheets.flatMap((s) => [...s.cssRules].map((r) => r.cssText)).join('\n'),
  );
  expect(rules).toContain('counter(page)');
  expect(rules).toContain('counter(pages)');
  expect(rules).toContain('"Sida "');
  expect(rules).toContain('Exempel (fiktivt): unga vuxna med psykisk ohälsa');
  // Gone with the report.
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await expect
    .poll(() =>
      page.evaluate(() =>
        document.adoptedStyleSheets.some((s) =>
          [...s.cssRules].some((r) => r.cssText.includes('counter(page)')),
        ),
      ),
    )
    .toBe(false);
});

test('the title page notes adjusted arithmetic only when it applies', async ({ page }) => {
  await page.getByTestId('print-button').click();
  await expect(page.getByTestId('print-title-page')).toBeAttached();
  await expect(page.getByTestId('print-adjusted')).toHaveCount(0);
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));

  await page.getByRole('tab', { name: 'Osäkerhet' }).click();
  await page.getByRole('button', { name: 'Använd 3,5 %' }).click();
  await page.getByRole('tab', { name: 'Resultat' }).click();
  await expect(page.getByTestId('status')).toHaveAttribute('data-status', 'ready');
  await page.getByTestId('print-button').click();
  await page.emulateMedia({ media: 'print' });
  const note = page.getByTestId('print-title-page').getByTestId('print-adjusted');
  await expect(note).toBeVisible();
  await expect(note).toContainText('Justerat räknesätt');
  await expect(note).toContainText('diskontering 3,5 %');
});

test('on an A4 page every table fits, chart text is table text and long labels wrap whole', async ({
  page,
}) => {
  // The analysis whose chart has the longest label, break-even, chosen for the report.
  await page.getByRole('tab', { name: 'Analyser' }).click();
  await page.getByTestId('in-report-breakEven').check();
  await page.getByRole('tab', { name: 'Resultat' }).click();
  // The text width of an A4 page with the report's margins: 210 − 2 × 15 mm = 180 mm ≈ 680 px.
  await page.setViewportSize({ width: 680, height: 1000 });
  await page.getByTestId('print-button').click();
  await page.emulateMedia({ media: 'print' });
  const report = page.getByTestId('print-report');
  await expect(report.getByTestId('be-chart')).toBeVisible();

  const layout = await report.evaluate((el) => {
    const tableText = parseFloat(getComputedStyle(el.querySelector('tbody td')!).fontSize);
    // The size a chart's text is drawn at: its CSS size, scaled as the SVG is to the page.
    const charts = [...el.querySelectorAll<SVGSVGElement>('figure.chart .chart-body > svg')].map(
      (svg) => {
        const label =
          svg.querySelector('text.row-label') ??
          svg.querySelector('text.tick-label') ??
          svg.querySelector('text');
        const box = svg.viewBox.baseVal;
        const rect = svg.getBoundingClientRect();
        const scale = Math.min(rect.width / box.width, rect.height / box.height);
        return {
          chart: svg.closest('figure')?.getAttribute('data-testid') ?? '',
          size: label ? parseFloat(getComputedStyle(label).fontSize) * scale : 0,
        };
      },
    );
    return { tableText, charts, width: document.documentElement.scrollWidth };
  });
  // Nothing wider than the page: the browser would shrink every page to fit it.
  expect(layout.width).toBeLessThanOrEqual(681);
  expect(layout.charts.length).toBeGreaterThan(5);
  for (const c of layout.charts)
    expect(Math.abs(c.size - layout.tableText), c.chart).toBeLessThanOrEqual(0.5);

  // RAR Sörmland 2020's step, whole, over more than one line: never cut with "…".
  const step = report
    .getByTestId('be-chart')
    .locator('g.row[data-key="unemployedToHalfTimeSubsidised"] text.row-label');
  await expect(step).toHaveText('Från arbetslös till halvtidsarbete med 80 % lönesubvention');
  expect(await step.locator('tspan').count()).toBeGreaterThan(1);
  await expect(report.locator('text.row-label', { hasText: '…' })).toHaveCount(0);
});
