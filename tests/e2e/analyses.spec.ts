/**
 * The Analyser tab in Chromium, with figures derived from the inputs rather
 * than read off the app: break-even reproduces RAR Sörmland 2020 (MODEL.md
 * §9, tolerances of §8); depreciation spreads the example's societal cost
 * (1 968 750 × 1.2435 = 2 448 000 kr, MODEL.md §8) over the chosen years;
 * full allocation spends funds at the example's 4 750 000 / 152 = 31 250 kr
 * per participant; the exit outcome is 25 of 63 in work and 11 in studies
 * (the example's description). Tables and charts follow changed inputs, a
 * chart saves as SVG, the tab works from the keyboard, errors show in both
 * languages, and the print report carries the analyses with their settings.
 */
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { EXAMPLE_PAYBACK_TEXT } from '../support/example-figures';
import { storedDraft } from '../support/stored-draft';

/** A number as the app writes it (sv or en: spaces between thousands, U+2212 minus). */
const num = (text: string | null) =>
  Number(
    (text ?? '')
      .replace('\u2212', '-')
      .replace(/[^\d,.-]/g, '')
      .replace(',', '.'),
  );

/** The cells of a chart's data table row ("Visa data"), by the row's key. */
async function dataRow(chart: Locator, key: string) {
  return chart.locator(`details table tr[data-key="${key}"] td`).allTextContents();
}

async function openAnalyses(page: Page) {
  await page.addInitScript(() => {
    window.print = () => {};
  });
  await page.goto('./');
  await expect(page.getByTestId('payback-value')).toHaveText(EXAMPLE_PAYBACK_TEXT);
  await page.getByRole('tab', { name: 'Analyser' }).click();
  await expect(page.getByTestId('analyses-view')).toBeVisible();
}

test.beforeEach(async ({ page }) => openAnalyses(page));

test('break-even for 57 mkr reproduces RAR Sörmland 2020 in table and chart', async ({ page }) => {
  const section = page.getByTestId('an-break-even');
  // The example's societal cost is the default: 2 448 000 kr (MODEL.md §8).
  await expect(section.getByTestId('be-table')).toContainText('2 448 000 kr');
  await section.getByLabel('Kostnad för samhället (kr)').fill('57000000');
  await expect(section.getByTestId('be-chart').getByRole('heading')).toContainText('57 000 000 kr');

  const chart = section.getByTestId('be-chart');
  // Published: 114 persons into full-time work (±5 %), ≈ 850 into half-time work with 80 %
  // subsidy (±15 %), ≈ 580 earning 5 000 kr/month more (±3 %).
  for (const [key, published, tolerance] of [
    ['unemployedToFullTimeWork', 114, 0.05],
    ['unemployedToHalfTimeSubsidised', 850, 0.15],
    ['wagePlus5000', 580, 0.03],
  ] as const) {
    const [, persons] = await dataRow(chart, key);
    expect(Math.abs(num(persons) / published - 1), key).toBeLessThanOrEqual(tolerance);
    const bar = chart.locator(`.bar-rows .row[data-key="${key}"] rect`);
    expect(Number(await bar.getAttribute('data-value'))).toBe(num(persons));
  }
  const persons = num(await section.getByTestId('be-persons-samhalle').textContent());
  expect(Math.abs(persons / 114 - 1)).toBeLessThanOrEqual(0.05);
  // 10 persons keep the step: the cost takes persons/10 years to repay.
  const years = num(await section.getByTestId('be-years-samhalle').textContent());
  expect(years).toBeGreaterThan((persons - 1) / 10);
  expect(years).toBeLessThanOrEqual(persons / 10 + 0.05);

  // Another step in the select: the table answers for it.
  await section.getByRole('combobox', { name: 'Steg' }).selectOption('wagePlus5000');
  await expect(section.getByTestId('be-table').locator('caption')).toContainText(
    'En lön 5 000 kr/mån högre',
  );
  const wage = num(await section.getByTestId('be-persons-samhalle').textContent());
  expect(Math.abs(wage / 580 - 1)).toBeLessThanOrEqual(0.03);
});

test('a negative cost is refused with a message in Swedish and in English', async ({ page }) => {
  const section = page.getByTestId('an-break-even');
  const cost = section.getByLabel('Kostnad för samhället (kr)');
  await cost.fill('-5000');
  await expect(section.getByTestId('be-cost-error')).toHaveText(/Kostnaden kan inte vara negativ/);
  await expect(cost).toHaveAttribute('aria-invalid', 'true');
  await expect(cost).toHaveAccessibleDescription(/Kostnaden kan inte vara negativ/);
  await expect(section.getByTestId('be-table')).toHaveCount(0);
  await page.getByTestId('lang-toggle').click();
  await expect(section.getByTestId('be-cost-error')).toHaveText(/The cost cannot be negative/);
  await section.getByLabel('Cost to society (SEK)').fill('');
  await expect(section.getByTestId('be-cost-error')).toHaveText(/Enter an amount in kronor/);
  await section.getByLabel('Cost to society (SEK)').fill('1000000');
  await expect(section.getByTestId('be-cost-error')).toHaveCount(0);
  await expect(section.getByTestId('be-table')).toContainText('1,000,000 SEK');
  // Back to the calculation's own cost (2 448 000 kr).
  await section.getByRole('button', { name: 'Use the calculation’s cost' }).click();
  // Shown as the English interface writes amounts (every number field the same way).
  await expect(section.getByLabel('Cost to society (SEK)')).toHaveValue('2,448,141');
  await expect(section.getByTestId('be-table')).toContainText('2,448,000 SEK');
});

test('depreciation: another period moves the yearly cost and the chart, not the totals', async ({
  page,
}) => {
  const section = page.getByTestId('an-depreciation');
  const table = section.getByTestId('dep-table');
  const total = await section.getByTestId('dep-total').textContent();
  const chart = section.getByTestId('dep-chart');

  await section.getByLabel('Avskrivningstid (år)').selectOption('1');
  await expect(table.locator('caption')).toContainText('på 1 år');
  // All of 1 968 750 × 1.2435 = 2 448 140.6 kr in year 1, none after.
  await expect(table.locator('tbody tr').nth(0).locator('td').nth(1)).toHaveText('2 448 000 kr');
  await expect(table.locator('tbody tr').nth(1).locator('td').nth(1)).toHaveText('0 kr');
  const year1 = Number(await chart.locator('rect.bar[data-year="1"]').getAttribute('data-value'));

  await section.getByLabel('Avskrivningstid (år)').selectOption('4');
  await expect(table.locator('caption')).toContainText('på 4 år');
  // 2 448 140.6 / 4 = 612 035 kr a year for four years.
  for (const row of [0, 1, 2, 3])
    await expect(table.locator('tbody tr').nth(row).locator('td').nth(1)).toHaveText('612 000 kr');
  await expect(table.locator('tbody tr').nth(4).locator('td').nth(1)).toHaveText('0 kr');
  await expect(chart.getByRole('heading')).toContainText('avskriven på 4 år');
  // The first year's profit in the chart grows by what is no longer charged to it.
  await expect
    .poll(async () =>
      Number(await chart.locator('rect.bar[data-year="1"]').getAttribute('data-value')),
    )
    .toBeCloseTo(year1 + 2_448_140.625 * 0.75, 0);
  expect(await section.getByTestId('dep-total').textContent()).toBe(total);
  await expect(chart.locator('.bars rect.bar')).toHaveCount(5);
});

test('targets: the exit outcome against the SOT targets, following an edited target', async ({
  page,
}) => {
  const section = page.getByTestId('an-targets');
  // 25 of 63 in work (39.7 %) against 25 %; 11 of 63 in studies (17.5 %) against 20 %.
  await expect(section.getByTestId('targets-exit-work')).toContainText('Utfall 40 %');
  await expect(section.getByTestId('targets-exit-work')).toContainText('Skillnad +15 p.e.');
  await expect(section.getByTestId('targets-exit-studies')).toContainText('Utfall 17 %');
  await expect(section.getByTestId('targets-exit-studies')).toContainText('Skillnad \u22123 p.e.');
  const chart = section.getByTestId('targets-chart');
  await expect(chart.locator('.row[data-key="exit-work"] text.value').first()).toHaveText('25 %');

  await section.getByLabel('Arbete, mål vid avslut (%)').fill('50');
  // 39.7 − 50 = −10.3 percentage points.
  await expect(section.getByTestId('targets-exit-work')).toContainText('Skillnad \u221210 p.e.');
  await expect(chart.locator('.row[data-key="exit-work"] text.value').first()).toHaveText('50 %');
  expect(await dataRow(chart, 'exit-work')).toEqual(['50 %', '40 %', '\u221210 p.e.']);

  const studies = section.getByLabel('Studier, mål vid avslut (%)');
  await studies.fill('150');
  await expect(section.getByTestId('target-exit-studies-error')).toHaveText(
    'Ange en andel mellan 0 och 100 %.',
  );
  await expect(studies).toHaveAttribute('aria-invalid', 'true');
  await expect(section.getByTestId('targets-table')).toHaveCount(0);
  await studies.fill('20');
  await expect(section.getByTestId('targets-table')).toBeVisible();
});

test('full allocation: 312 500 kr at 31 250 kr per participant gives 10 more participants', async ({
  page,
}) => {
  const section = page.getByTestId('an-full-allocation');
  await expect(section.getByTestId('fa-prompt')).toBeVisible();
  await section.getByLabel('Medel som inte tagits ut (kr)').fill('312500');
  const participants = section.getByTestId('fa-row-participants').locator('td');
  await expect(participants).toHaveText(['63', '10', '73']);
  await expect(section.getByTestId('fa-summary')).toContainText('31 250 kr');
  // The extra funds' revenue is 10/63 of today's, the whole 73/63 of it.
  const revenue = await section.getByTestId('fa-row-revenue').locator('td').allTextContents();
  expect(Math.abs(num(revenue[1]) - (num(revenue[0]) * 10) / 63)).toBeLessThanOrEqual(1000);
  expect(Math.abs(num(revenue[2]) - (num(revenue[0]) * 73) / 63)).toBeLessThanOrEqual(1000);
  // The same payback at any scale.
  const payback = await section.getByTestId('fa-row-payback').locator('td').allTextContents();
  expect(new Set(payback).size).toBe(1);
  const chart = section.getByTestId('fa-chart');
  const today = Number(
    await chart
      .locator('.row[data-key="samhalle"] rect[data-series="0"]')
      .getAttribute('data-value'),
  );
  const full = Number(
    await chart
      .locator('.row[data-key="samhalle"] rect[data-series="1"]')
      .getAttribute('data-value'),
  );
  expect(full / today).toBeCloseTo(73 / 63, 9);

  await section.getByLabel('Medel som inte tagits ut (kr)').fill('-1');
  await expect(section.getByTestId('fa-funds-error')).toHaveText(/kan inte vara negativa/);
  await expect(section.getByTestId('fa-table')).toHaveCount(0);
});

test('a what-if setting shows the bridge as a table and a waterfall', async ({ page }) => {
  await expect(page.getByTestId('bridge-none')).toBeVisible();
  await page.getByRole('tab', { name: 'Resultat' }).click();
  await page.getByTestId('slider-sub').focus();
  await page.keyboard.press('End');
  await expect(page.getByTestId('effect-sub')).toContainText('→');
  await page.getByRole('tab', { name: 'Analyser' }).click();
  const section = page.getByTestId('an-bridge');
  const rows = section.getByTestId('bridge-table').locator('tbody tr th');
  await expect(rows).toHaveText(['Bas', 'Subventionerat till osubventionerat arbete']);
  const chart = section.getByTestId('bridge-chart');
  await expect(chart.locator('.waterfall .row')).toHaveCount(3);
  // The floating bar starts where the base ends and ends where the result begins.
  const base = chart.locator('.row[data-key="base"] rect');
  const step = chart.locator('.row[data-key="subsidisedToUnsubsidisedShare"] rect');
  const result = chart.locator('.row[data-key="result"] rect');
  expect(await step.getAttribute('data-from')).toBe(await base.getAttribute('data-to'));
  expect(await step.getAttribute('data-to')).toBe(await result.getAttribute('data-to'));
});

test('a chart saves as an SVG file with its title, text alternative and bars', async ({ page }) => {
  const chart = page.getByTestId('an-break-even').getByTestId('be-chart');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    chart.getByRole('button', { name: /SVG/ }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(
    'personer-som-behover-ta-steget-under-ett-ar-for-att-betala-tillbaka-2-448-000-kr.svg',
  );
  const svg = await readFile((await download.path()) ?? '', 'utf8');
  // Parsed in a blank page: under the app's Content-Security-Policy a parsed
  // document's style attributes are refused, and the inlined colours would read empty.
  const blank = await page.context().newPage();
  const parsed = await blank.evaluate((s) => {
    const doc = new DOMParser().parseFromString(s, 'image/svg+xml');
    if (doc.querySelector('parsererror')) return null;
    return {
      root: doc.documentElement.localName,
      title: doc.querySelector('title')?.textContent ?? '',
      desc: doc.querySelector('desc')?.textContent ?? '',
      // Class names are dropped on export; the bars keep their values and inlined colours.
      bars: [...doc.querySelectorAll('rect[data-value]')].map((r) => ({
        value: Number(r.getAttribute('data-value')),
        fill: (r as SVGElement).style.fill,
      })),
      labels: [...doc.querySelectorAll('text')]
        .map((t) => t.textContent ?? '')
        .filter((t) => t.endsWith('pers.')),
    };
  }, svg);
  await blank.close();
  expect(parsed).not.toBeNull();
  expect(parsed!.root).toBe('svg');
  expect(parsed!.title).toContain('Personer som behöver ta steget under ett år');
  expect(parsed!.desc).toContain('Från arbetslös till heltidsarbete utan subvention');
  expect(parsed!.bars).toHaveLength(3);
  for (const b of parsed!.bars) {
    expect(b.value).toBeGreaterThan(0);
    expect(b.fill).toMatch(/^rgb/);
  }
  expect(parsed!.labels).toEqual(parsed!.bars.map((b) => `${b.value} pers.`));
});

test('keyboard: the tab, a select, the data table and the SVG button work without a mouse', async ({
  page,
}) => {
  // Arrow keys move along the tab list and select the tab.
  await page.getByRole('tab', { name: 'Analyser' }).focus();
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByRole('tab', { name: 'Kända siffror' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'Analyser' })).toHaveAttribute(
    'aria-selected',
    'true',
  );

  const section = page.getByTestId('an-depreciation');
  const select = section.getByLabel('Avskrivningstid (år)');
  await select.focus();
  await page.keyboard.press('ArrowDown');
  await expect(select).toHaveValue('4');
  await expect(section.getByTestId('dep-table').locator('caption')).toContainText('på 4 år');

  // The chart's "Visa data" opens with Enter; Tab moves on to its SVG button.
  const chart = section.getByTestId('dep-chart');
  const summary = chart.getByText('Visa data');
  await summary.focus();
  await expect(summary).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(chart.locator('details table')).toBeVisible();
  expect(await chart.locator('details tbody tr').count()).toBe(5);
  await page.keyboard.press('Tab');
  await expect(chart.getByRole('button', { name: /SVG/ })).toBeFocused();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.keyboard.press('Enter'),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.svg$/);
});

test('the print report carries the analyses with the settings made on the tab', async ({
  page,
}) => {
  await page.getByTestId('an-break-even').getByLabel('Kostnad för samhället (kr)').fill('57000000');
  await page.getByTestId('an-depreciation').getByLabel('Avskrivningstid (år)').selectOption('2');
  await page
    .getByTestId('an-full-allocation')
    .getByLabel('Medel som inte tagits ut (kr)')
    .fill('312500');
  await expect(page.getByTestId('an-full-allocation').getByTestId('fa-table')).toBeVisible();
  await expect(page.getByTestId('an-break-even').getByTestId('be-table')).toContainText(
    '57 000 000 kr',
  );
  // Setting an analysis up includes it in the report; the others are ticked or left out.
  for (const id of ['breakEven', 'depreciation', 'fullAllocation'])
    await expect(page.getByTestId(`in-report-${id}`)).toBeChecked();
  await page.getByTestId('in-report-targets').check();
  await page.getByTestId('in-report-benchmarks').check();

  await page.getByTestId('print-button').click();
  await page.emulateMedia({ media: 'print' });
  const part = page.getByTestId('print-analyses');
  await expect(part).toBeVisible();
  await expect(part.getByRole('heading', { level: 2 })).toHaveText('Analyser');
  await expect(part.getByTestId('an-break-even')).toContainText(
    'Kostnad för samhället 57 000 000 kr',
  );
  await expect(part.getByTestId('be-table')).toBeVisible();
  await expect(part.getByTestId('be-chart')).toBeVisible();
  await expect(part.getByTestId('dep-table').locator('caption')).toContainText('på 2 år');
  // 2 448 140.6 / 2 = 1 224 070 kr in each of the first two years.
  await expect(part.getByTestId('dep-table').locator('tbody tr').first()).toContainText(
    '1 224 000 kr',
  );
  await expect(part.getByTestId('dep-chart')).toBeVisible();
  await expect(part.getByTestId('targets-table')).toBeVisible();
  await expect(part.getByTestId('fa-row-participants').locator('td')).toHaveText([
    '63',
    '10',
    '73',
  ]);
  await expect(part.getByTestId('fa-chart')).toBeVisible();
  await expect(part.getByTestId('an-benchmarks')).toBeVisible();
  // Not chosen, not printed.
  await expect(part.getByTestId('an-bridge')).toHaveCount(0);
  await expect(part.getByTestId('year-by-year')).toHaveCount(0);
  // On paper: no inputs and no save buttons.
  await expect(part.locator('input, select')).toHaveCount(0);
  await expect(part.getByRole('button', { name: /SVG/ }).first()).toBeHidden();
});

test('no serious accessibility violation with every analysis shown, a message and open data tables', async ({
  page,
}) => {
  await page.getByRole('tab', { name: 'Resultat' }).click();
  await page.getByTestId('slider-studies').focus();
  await page.keyboard.press('End');
  await page.getByRole('tab', { name: 'Analyser' }).click();
  await page
    .getByTestId('an-full-allocation')
    .getByLabel('Medel som inte tagits ut (kr)')
    .fill('312500');
  await page.getByTestId('an-break-even').getByLabel('Antal personer').fill('0');
  await expect(page.getByTestId('be-persons-error')).toBeVisible();
  await expect(page.getByTestId('bridge-chart')).toBeVisible();
  await expect(page.getByTestId('fa-chart')).toBeVisible();
  for (const summary of await page.getByText('Visa data').all()) await summary.click();
  const results = await new AxeBuilder({ page })
    .include('[data-testid="analyses-view"]')
    .withTags(['wcag2a', 'wcag2aa'])
    .analyze();
  const serious = results.violations.filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  );
  expect(serious.map((v) => `${v.id}: ${v.nodes.length} × ${v.help}`)).toEqual([]);
});

test('the settings are part of the scenario: a reload (the autosaved draft) brings them back', async ({
  page,
}) => {
  await page.getByTestId('dep-years').selectOption('4');
  await page.getByTestId('fa-funds').fill('312500');
  await page.getByTestId('be-cost').fill('57000000');
  await expect(page.getByTestId('fa-summary')).toBeVisible();
  // Reload once the autosave has stored the three settings.
  await expect
    .poll(async () => (await storedDraft(page))?.analyses)
    .toMatchObject({ depreciationYears: 4, undrawnFunds: 312_500, breakEvenCost: 57_000_000 });
  await page.reload();
  await expect(page.getByTestId('payback-value')).toHaveText(EXAMPLE_PAYBACK_TEXT);
  await page.getByRole('tab', { name: 'Analyser' }).click();
  await expect(page.getByTestId('dep-years')).toHaveValue('4');
  await expect(page.getByTestId('fa-funds')).toHaveValue('312\u00a0500');
  await expect(page.getByTestId('be-cost')).toHaveValue('57\u00a0000\u00a0000');
  await expect(page.getByTestId('fa-summary')).toBeVisible();
});
