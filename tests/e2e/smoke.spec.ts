/**
 * The built app in Debian's Chromium: it evaluates the example in the worker,
 * a slider moved with the keyboard changes the payback, the language switches,
 * the chart and table data are readable, and nothing is requested from any
 * other host, nor is anything logged as an error.
 */
import { expect, test, type Page } from '@playwright/test';
import { EXAMPLE_PAYBACK_TEXT, examplePaybackMonths } from '../support/example-figures';

function watch(page: Page, baseURL: string | undefined) {
  const origin = new URL(baseURL ?? 'http://localhost:4173').origin;
  const foreign: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== origin)
      foreign.push(r.url());
  });
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  return { foreign, errors };
}

test('loads the example, evaluates it in the worker and talks to no other host', async ({
  page,
  baseURL,
}) => {
  const seen = watch(page, baseURL);
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nyttokalkyl');
  await expect(page.getByTestId('payback-value')).toHaveText(EXAMPLE_PAYBACK_TEXT);
  await expect(page.getByTestId('status')).toContainText('Resultatet är aktuellt');
  await expect(page.getByTestId('payback-af')).toHaveText('neg.');
  await page.waitForLoadState('networkidle');
  expect(seen.foreign, 'requests to other hosts').toEqual([]);
  expect(seen.errors, 'console errors').toEqual([]);
});

test('a slider moved with the keyboard shortens the payback, and reset restores it', async ({
  page,
}) => {
  await page.goto('./');
  await expect(page.getByTestId('payback-value')).toHaveText(EXAMPLE_PAYBACK_TEXT);
  const base = examplePaybackMonths();
  const moved = examplePaybackMonths({ subsidisedToUnsubsidisedShare: 1 });
  expect(moved).toBeLessThan(base);
  const slider = page.getByTestId('slider-sub');
  await slider.focus();
  await page.keyboard.press('End');
  await expect(page.getByTestId('payback-value')).toHaveText(`${moved} mån`);
  await expect(page.getByTestId('effect-sub')).toContainText(`${base} → ${moved} mån`);
  await page.getByTestId('whatif-reset').click();
  await expect(page.getByTestId('payback-value')).toHaveText(EXAMPLE_PAYBACK_TEXT);
});

test('switches to English and back', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByTestId('payback-value')).toHaveText(EXAMPLE_PAYBACK_TEXT);
  await page.getByTestId('lang-toggle').click();
  await expect(page.getByTestId('payback-value')).toHaveText(`${examplePaybackMonths()} months`);
  await expect(page.getByRole('tab', { name: 'Results' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.reload();
  await expect(page.getByRole('tab', { name: 'Results' })).toBeVisible();
  await page.getByTestId('lang-toggle').click();
  await expect(page.getByRole('tab', { name: 'Resultat' })).toBeVisible();
});
