/**
 * The Osäkerhet tab in Chromium: appraisal settings change every
 * result and can be reset; the tornado is drawn with its data; a Monte Carlo
 * run shows its progress, can be cancelled, is reproducible by its seed, and
 * its settings survive a reload.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { EXAMPLE_PAYBACK_TEXT, examplePaybackMonths } from '../support/example-figures';
import { storedDraft } from '../support/stored-draft';

const months = async (page: Page) =>
  Number((await page.getByTestId('payback-value').textContent())?.match(/\d+/)?.[0]);

async function openTab(page: Page) {
  await page.goto('./');
  await expect(page.getByTestId('payback-value')).toHaveText(EXAMPLE_PAYBACK_TEXT);
  await page.getByRole('tab', { name: 'Osäkerhet' }).click();
  await expect(page.getByTestId('uncertainty-view')).toBeVisible();
}

test('appraisal settings change the result everywhere, are explained, and reset', async ({
  page,
}) => {
  await openTab(page);
  const base = await months(page);
  await expect(page.getByTestId('appraisal-summary')).toHaveText(/Rapporternas räknesätt/);

  // Half of the change would have happened anyway: the revenue halves, the payback doubles.
  await page.getByTestId('deadweight').fill('50');
  await expect.poll(() => months(page)).toBeGreaterThanOrEqual(2 * base - 1);
  await expect(page.getByTestId('appraisal-summary')).toHaveText(
    /Justerat räknesätt \(dödvikt 50 %\)/,
  );
  await expect(page.getByTestId('explain')).toContainText('50 % av varje förändring');
  // The explanation compares with the reports' arithmetic once the worker answers.
  await expect(page.getByTestId('explain-figures')).toContainText(`och ${base} mån`);

  await page.getByRole('button', { name: 'Använd 3,5 %' }).click();
  await expect(page.getByTestId('discount-rate')).toHaveValue('3,5');
  await expect(page.getByTestId('explain')).toContainText('en krona om fem år är värd 0,84 kr');

  await page.getByTestId('appraisal-reset').click();
  await expect.poll(() => months(page)).toBe(base);
  await expect(page.getByTestId('appraisal-summary')).toHaveText(/Rapporternas räknesätt/);
});

test('persistence shows year by year: the revenue falls as the effect fades', async ({ page }) => {
  await openTab(page);
  const cell = (year: number) =>
    page
      .getByTestId('explain-years')
      .locator('tbody tr')
      .nth(year - 1)
      .locator('td')
      .first();
  const amount = async (year: number) =>
    Number((await cell(year).textContent())!.replace(/[^\d−-]/g, '').replace('−', '-'));
  expect(await amount(2)).toBe(await amount(1));
  for (const o of ['work', 'studies', 'other'])
    await page.getByTestId(`persistence-${o}`).fill('50');
  await expect.poll(() => amount(2)).toBeLessThan(await amount(1));
  // Half of the effect lasts each year: year 3 has a quarter of year 1 (to the nearest 1 000 kr),
  // once all three settings are computed (the first alone already lowers year 2).
  await expect
    .poll(async () => Math.abs((await amount(3)) - (await amount(1)) / 4))
    .toBeLessThanOrEqual(1000);
  // The tornado gives the payback at both ends of each range.
  await expect(page.getByTestId('tornado-chart').locator('text.column-header')).toHaveText(
    'Återbetalning',
  );
});

test('a wrong setting is explained at the field and keeps the last result', async ({ page }) => {
  await openTab(page);
  await page.getByTestId('persistence-work').fill('150');
  await expect(page.getByTestId('error-appraisal.persistence.work')).toHaveText(
    /Får inte vara större än 100 %/,
  );
  // Marked out of date: the status says so, and the last result stays on screen, dimmed.
  await expect(page.getByTestId('status')).toHaveAttribute('data-status', 'outdated');
  await expect(page.getByTestId('status')).toContainText('Resultatet är inaktuellt');
  await page.getByRole('tab', { name: 'Resultat' }).click();
  await expect(page.locator('.results')).toHaveClass(/\boutdated\b/);
  await expect(page.getByTestId('payback-value')).toHaveText(EXAMPLE_PAYBACK_TEXT);
});

test('the tornado ranks the inputs and offers its data and an SVG', async ({ page }) => {
  await openTab(page);
  const chart = page.getByTestId('tornado-chart');
  await expect(chart).toBeVisible();
  await chart.getByText('Visa data').click();
  const rows = chart.locator('tbody tr');
  await expect(rows).toHaveCount(10);
  // Parameter uncertainty only: the Tänk om levers have a chart of their own.
  const levers = page.getByTestId('tornado-levers-chart');
  await levers.getByText('Visa data').click();
  const leverRows = levers.locator('tbody tr');
  await expect(leverRows.first()).toBeVisible();
  const leverNames = await leverRows.locator('th').allTextContents();
  expect(leverNames).toContain('Andel i subventionerat arbete som går till osubventionerat');
  for (const name of await rows.locator('th').allTextContents())
    expect(leverNames).not.toContain(name);
  // The example has ten parameters that move the result: all of them shown, no "Alla" needed.
  await expect(page.getByRole('button', { name: /^Alla/ })).toHaveCount(0);
  const download = page.waitForEvent('download');
  await chart.getByRole('button', { name: 'Spara som SVG' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.svg$/);
});

test('a Monte Carlo run shows its progress and can be cancelled at once', async ({ page }) => {
  await openTab(page);
  const mc = page.getByTestId('monte-carlo');
  // The longest run allowed, with discounting (the slower path), so there is time to cancel.
  await page.getByTestId('mc-draws').fill('100000');
  await page.getByTestId('mc-distribution').selectOption('normal');
  await page.getByRole('button', { name: 'Använd 3,5 %' }).click();
  await page.getByTestId('mc-run').click();
  const progress = page.getByTestId('mc-progress');
  await expect(progress).toBeVisible();
  await expect(page.getByTestId('mc-cancel')).toBeFocused();
  await expect.poll(async () => Number(await progress.getAttribute('value'))).toBeGreaterThan(0);
  await expect(page.getByTestId('mc-status')).toContainText(/Dragning [\d\s]+ av 100\s000/);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('mc-status')).toHaveText(
    'Analysen avbröts. Inga resultat ändrades.',
  );
  await expect(progress).toHaveCount(0);
  await expect(mc.getByTestId('mc-result')).toHaveCount(0);
  await expect(page.getByTestId('mc-run')).toBeFocused();
});

test('a run goes on in its worker while the user works on another tab', async ({ page }) => {
  await openTab(page);
  await page.getByTestId('mc-draws').fill('100000');
  await page.getByRole('button', { name: 'Använd 3,5 %' }).click();
  await page.getByTestId('mc-run').click();
  await expect(page.getByTestId('mc-progress')).toBeVisible();

  // The page answers during the run: a what-if slider still moves the payback, to what the
  // engine gives (discounted at 3.5 %) with everyone in subsidised work moved to unsubsidised.
  await page.getByRole('tab', { name: 'Resultat' }).click();
  await expect(page.getByTestId('payback-value')).toHaveText(
    `${examplePaybackMonths({}, 0.035)} mån`,
  );
  await page.getByTestId('slider-sub').focus();
  await page.keyboard.press('End');
  const moved = examplePaybackMonths({ subsidisedToUnsubsidisedShare: 1 }, 0.035);
  expect(moved).toBeLessThan(examplePaybackMonths({}, 0.035));
  await expect(page.getByTestId('payback-value')).toHaveText(`${moved} mån`);
  // … and it did so while the run was still going.
  await page.getByRole('tab', { name: 'Osäkerhet' }).click();
  expect(await page.getByTestId('mc-status').textContent()).toMatch(/Dragning [\d\s]+ av 100\s000/);
  await expect(page.getByTestId('mc-status')).toContainText(/100\s000 dragningar på/, {
    timeout: 30_000,
  });
  // The result is for the inputs of its start: the slider moved since, so it is marked.
  await expect(page.getByText('Indata har ändrats sedan detta räknades fram')).toBeVisible();
});

test('a Monte Carlo run is reproduced by its seed, and its settings survive a reload', async ({
  page,
}) => {
  await openTab(page);
  await page.getByTestId('mc-draws').fill('2000');
  await page.getByTestId('mc-seed').fill('42');
  const median = () =>
    page.getByTestId('mc-bands').locator('tr[data-perspective="samhalle"] td').nth(2).textContent();

  await page.getByTestId('mc-run').click();
  await expect(page.getByTestId('mc-status')).toContainText('2 000 dragningar');
  await expect(page.getByTestId('mc-status')).toContainText('frö 42');
  const first = await median();
  expect(first).toMatch(/\d/);
  await expect(page.getByTestId('mc-probability')).toContainText('högst 12 månader');
  await expect(page.getByTestId('mc-histogram')).toBeVisible();

  await page.getByTestId('mc-run').click();
  await expect(page.getByTestId('mc-status')).toContainText('frö 42');
  expect(await median()).toBe(first);

  await page.getByTestId('mc-seed').fill('43');
  await expect(page.getByText('Indata har ändrats sedan detta räknades fram')).toBeVisible();
  await page.getByTestId('mc-run').click();
  await expect(page.getByTestId('mc-status')).toContainText('frö 43');
  expect(await median()).not.toBe(first);

  // The settings are part of the scenario: the autosaved draft brings them back. Reload
  // once the draft with the new seed is stored.
  await expect
    .poll(async () => (await storedDraft(page))?.uncertainty)
    .toMatchObject({ seed: 43, draws: 2000 });
  await page.reload();
  await page.getByRole('tab', { name: 'Osäkerhet' }).click();
  await expect(page.getByTestId('mc-seed')).toHaveValue('43');
  await expect(page.getByTestId('mc-draws')).toHaveValue(/^2\s000$/);
});

test('the printed report carries a Monte Carlo run made for the printed inputs', async ({
  page,
}) => {
  await page.addInitScript(() => {
    window.print = () => {};
  });
  await openTab(page);
  await page.getByTestId('mc-draws').fill('1000');
  await page.getByTestId('mc-seed').fill('7');
  await page.getByTestId('mc-run').click();
  await expect(page.getByTestId('mc-status')).toContainText('frö 7');
  await page.getByTestId('print-button').click();
  const section = page.getByTestId('print-monte-carlo');
  await expect(section).toBeAttached();
  await expect(section).toContainText('frö 7');
  const median = await page
    .getByTestId('mc-bands')
    .locator('tr[data-perspective="samhalle"] td')
    .nth(2)
    .textContent();
  await expect(section.locator('tbody tr').first().locator('td').nth(1)).toHaveText(median!);
});

for (const lang of ['sv', 'en'] as const) {
  test(`no serious accessibility violations with every part open (${lang})`, async ({ page }) => {
    await openTab(page);
    if (lang === 'en') await page.getByTestId('lang-toggle').click();
    await page.getByTestId('mc-draws').fill('1000');
    await page.getByTestId('tornado-chart').waitFor();
    await page.getByTestId('mc-run').click();
    await expect(page.getByTestId('mc-histogram')).toBeVisible();
    for (const d of await page.getByTestId('uncertainty-view').locator('details').all())
      await d.locator('summary').click();
    const results = await new AxeBuilder({ page })
      .include('[data-testid="uncertainty-view"]')
      .withTags(['wcag2a', 'wcag2aa'])
      .analyze();
    const serious = results.violations.filter(
      (v) => v.impact === 'serious' || v.impact === 'critical',
    );
    expect(serious.map((v) => `${v.id}: ${v.nodes.length} × ${v.help}`)).toEqual([]);
  });
}
