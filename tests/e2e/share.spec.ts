/**
 * Share by link in Chromium: a what-if setting travels in the link to a new
 * page, which shows the same payback; the link is copied to the clipboard
 * when allowed; the fragment never reaches the server; a broken link shows
 * an alert in both languages and the example still loads.
 */
import { expect, test } from '@playwright/test';
import { EXAMPLE_PAYBACK_TEXT, examplePaybackMonths } from '../support/example-figures';

test('a link carries the scenario and its what-if settings to a new page', async ({
  page,
  context,
}) => {
  await page.goto('./');
  await expect(page.getByTestId('payback-value')).toHaveText(EXAMPLE_PAYBACK_TEXT);
  await page.getByTestId('slider-sub').focus();
  await page.keyboard.press('End');
  const moved = examplePaybackMonths({ subsidisedToUnsubsidisedShare: 1 });
  await expect(page.getByTestId('payback-value')).toHaveText(`${moved} mån`);

  await page.getByTestId('share-button').click();
  await expect(page.getByTestId('share-privacy')).toContainText(
    'alla som får länken kan se alla uppgifter',
  );
  const link = await page.getByTestId('share-url').inputValue();
  expect(link).toMatch(/^http:\/\/localhost:\d+\/#s=[A-Za-z0-9+\-$]+$/);
  await expect(page.getByTestId('share-long')).toHaveCount(0);

  const other = await context.newPage();
  const sent: string[] = [];
  other.on('request', (r) => sent.push(r.url()));
  await other.goto(link);
  await expect(other.getByTestId('payback-value')).toHaveText(`${moved} mån`);
  await expect(other.getByTestId('slider-sub')).toHaveValue('1');
  await expect(other.getByRole('alert')).toHaveCount(0);
  // The fragment stays in the browser: no request carries it.
  const payload = link.split('#s=')[1];
  expect(sent.length).toBeGreaterThan(0);
  expect(sent.filter((u) => u.includes('#') || u.includes(payload.slice(0, 40)))).toEqual([]);

  // Escape closes the panel and returns to the button.
  await page.getByTestId('share-url').focus();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('share-panel')).toHaveCount(0);
  await expect(page.getByTestId('share-button')).toBeFocused();
});

test('copies the link to the clipboard when the browser allows it', async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: new URL(baseURL ?? 'http://localhost:4173').origin,
  });
  await page.goto('./');
  await expect(page.getByTestId('payback-value')).toHaveText(EXAMPLE_PAYBACK_TEXT);
  await page.getByTestId('share-button').click();
  await expect(page.getByTestId('share-status')).toHaveText(/Länken är kopierad/);
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await page.getByTestId('share-url').inputValue());
  await page.getByTestId('lang-toggle').click();
  await expect(page.getByTestId('share-privacy')).toContainText(
    'anyone who gets the link can see all its data',
  );
});

test('a broken link shows an alert and the example still loads', async ({ page }) => {
  await page.goto('./#s=N4Ig7glgJgLg9gZwPIGMBOBTAhtE6CuAtgIwBs');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Länken är trasig eller ofullständig');
  await expect(page.getByTestId('payback-value')).toHaveText(EXAMPLE_PAYBACK_TEXT);
  await expect(page.getByRole('heading', { level: 2, name: /^Exempel \(fiktivt\)/ })).toBeVisible();
  await page.getByTestId('lang-toggle').click();
  await expect(alert).toContainText('The link is broken or incomplete');
});
