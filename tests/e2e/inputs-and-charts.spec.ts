/**
 * Editing a participant group on the Indata tab changes the figures at once
 * and moves nothing on screen meanwhile; an invalid entry keeps the last
 * result, marked out of date; a chart's data
 * table can be opened and read; the axe audit finds no serious violation on
 * the main views.
 */
import { expect, test, type Page } from '@playwright/test';
import { EXAMPLE_PAYBACK_TEXT, examplePaybackMonths } from '../support/example-figures';
import AxeBuilder from '@axe-core/playwright';

const participants = async (page: Page) =>
  Number((await page.getByTestId('kf-cost').textContent())?.match(/Deltagare: (\d+)/)?.[1]);

test('editing a group count changes the key figures; an invalid count marks the result out of date', async ({
  page,
}) => {
  await page.goto('./');
  await expect(page.getByTestId('payback-value')).toHaveText(EXAMPLE_PAYBACK_TEXT);
  expect(await participants(page)).toBe(63);
  const revenue = await page.getByTestId('kf-revenue').locator('.big').textContent();

  await page.getByRole('tab', { name: 'Indata' }).click();
  const count = page.getByTestId('count-0-0');
  await count.fill('13');
  await count.blur();
  await expect.poll(() => participants(page)).toBe(73);
  // 13 instead of 3 in the first group: the payback the engine gives for it, in Node.
  const edited = examplePaybackMonths({}, 0, (s) => {
    s.cohorts[0].groups[0].count = 13;
  });
  await expect(page.getByTestId('payback-value')).toHaveText(`${edited} mån`);
  await expect(page.getByTestId('kf-revenue').locator('.big')).not.toHaveText(revenue ?? '');

  await count.fill('-2');
  await count.blur();
  await expect(page.getByTestId('status')).toHaveAttribute('data-status', 'outdated');
  await expect(page.getByTestId('status')).toContainText('Resultatet är inaktuellt');
  await expect(count).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Får inte vara mindre än 0.').first()).toBeVisible();
  // The last valid result stays on screen, marked out of date.
  await page.getByRole('tab', { name: 'Resultat' }).click();
  await expect(page.locator('.results')).toHaveClass(/\boutdated\b/);
  expect(await participants(page)).toBe(73);
});

test('an edit moves nothing on screen while its figures are computed', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByTestId('payback-value')).toHaveText(EXAMPLE_PAYBACK_TEXT);
  await page.getByRole('tab', { name: 'Indata' }).click();
  await expect(page.getByTestId('engine-budget-0')).toBeVisible();
  // A first edit: the draft is no longer the example (the file menu offers it from now on).
  const count = page.getByTestId('count-0-0');
  await count.fill('4');
  await expect(page.getByTestId('kf-cost')).toContainText('Deltagare: 64');
  // Where the edited field is on screen at every change of the page, from the next edit
  // until its figures are in (a status of "ready" after "computing").
  await count.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  const seen = await count.evaluate(
    (field: HTMLInputElement) =>
      new Promise<{ tops: number[]; statuses: string[] }>((resolve) => {
        const status = document.querySelector<HTMLElement>('[data-testid=status]')!;
        const tops = [field.getBoundingClientRect().top];
        const statuses: string[] = [];
        const observer = new MutationObserver(() => {
          tops.push(field.getBoundingClientRect().top);
          const now = status.dataset.status ?? '';
          if (statuses.at(-1) !== now) statuses.push(now);
          if (statuses.includes('computing') && now === 'ready') {
            observer.disconnect();
            resolve({ tops, statuses });
          }
        });
        observer.observe(document.body, {
          subtree: true,
          childList: true,
          characterData: true,
          attributes: true,
        });
        field.value = '5';
        field.dispatchEvent(new Event('input', { bubbles: true }));
      }),
  );
  expect(seen.statuses).toContain('computing');
  expect(new Set(seen.tops)).toEqual(new Set([seen.tops[0]]));
});

test("a chart's data table can be opened and holds the figures", async ({ page }) => {
  await page.goto('./');
  await expect(page.getByTestId('payback-value')).toHaveText(EXAMPLE_PAYBACK_TEXT);
  const chart = page.getByTestId('cumulative-chart');
  await chart.getByText('Visa data').click();
  const table = chart.locator('table');
  await expect(table).toBeVisible();
  await expect(table.locator('caption')).not.toBeEmpty();
  expect(await table.locator('tbody tr').count()).toBeGreaterThan(3);
  await expect(chart.locator('svg[role="img"]')).toHaveAttribute('aria-labelledby', /.+/);
});

for (const tab of [
  'Resultat',
  'Indata',
  'Parametrar',
  'Kända siffror',
  'Analyser',
  'Sparade versioner',
]) {
  test(`no serious accessibility violations on "${tab}"`, async ({ page }) => {
    await page.goto('./');
    await expect(page.getByTestId('payback-value')).toHaveText(EXAMPLE_PAYBACK_TEXT);
    await page.getByRole('tab', { name: tab }).click();
    // Audit the view once it is there: the tab is selected and its code has loaded.
    await expect(page.getByRole('tab', { name: tab })).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('tabpanel').locator('.loading')).toHaveCount(0);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
    const serious = results.violations.filter(
      (v) => v.impact === 'serious' || v.impact === 'critical',
    );
    expect(serious.map((v) => `${v.id}: ${v.nodes.length} × ${v.help}`)).toEqual([]);
  });
}
