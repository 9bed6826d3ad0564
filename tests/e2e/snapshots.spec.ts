/**
 * Saved work in the built app (Chromium, real IndexedDB): a saved version
 * survives a reload; two tabs see each other's versions (liveQuery); a broken
 * import says why and changes nothing; an export imports back in a fresh
 * browser; the draft and what-if settings survive a reload; and a tab whose
 * database is upgraded by a newer tab stops writing and asks for a reload.
 */
import { expect, test, type Page } from '@playwright/test';
import { EXAMPLE_PAYBACK_TEXT } from '../support/example-figures';

async function gotoSnapshots(page: Page) {
  await page.goto('./');
  await expect(page.getByTestId('payback-value')).toHaveText(EXAMPLE_PAYBACK_TEXT);
  await page.getByRole('tab', { name: 'Sparade versioner' }).click();
  await expect(page.getByTestId('snapshot-save')).toBeEnabled();
}

async function saveVersion(page: Page, name: string, notes = '') {
  await page.getByTestId('snapshot-name').fill(name);
  await page.getByTestId('snapshot-notes').fill(notes);
  await page.getByTestId('snapshot-save').click();
  await expect(page.getByTestId('snapshot-item-name').filter({ hasText: name })).toBeVisible();
}

const names = (page: Page) => page.getByTestId('snapshot-item-name');

/** The stored draft row, read with the raw IndexedDB API (no app code involved). */
function storedDraft(page: Page) {
  return page.evaluate(
    () =>
      new Promise<{ title?: string; sub?: number } | null>((resolve) => {
        const req = indexedDB.open('nyttokalkyl');
        req.onsuccess = () => {
          const db = req.result;
          if (!db.objectStoreNames.contains('draft')) return resolve(null);
          const get = db.transaction('draft').objectStore('draft').get('current');
          get.onsuccess = () => {
            const row = get.result;
            db.close();
            resolve(
              row
                ? { title: row.scenario?.title, sub: row.whatIf?.subsidisedToUnsubsidisedShare }
                : null,
            );
          };
        };
      }),
  );
}

test('a saved version is still there after a reload', async ({ page }) => {
  await gotoSnapshots(page);
  await expect(page.getByTestId('snapshot-empty')).toBeVisible();
  const payback = await page.getByTestId('payback-value').textContent();
  await saveVersion(page, 'Basfall 2025', 'Som rapporten');
  await page.reload();
  await page.getByRole('tab', { name: 'Sparade versioner' }).click();
  await expect(names(page)).toHaveText(['Basfall 2025']);
  const item = page.getByTestId('snapshot-item');
  await expect(item.getByTestId('item-payback')).toHaveText(payback!);
  await expect(item).toContainText('Som rapporten');
});

test('two tabs see each other’s new versions', async ({ context }) => {
  const a = await context.newPage();
  const b = await context.newPage();
  await gotoSnapshots(a);
  await gotoSnapshots(b);
  await saveVersion(a, 'Från flik A');
  await expect(names(b)).toHaveText(['Från flik A']);
  await saveVersion(b, 'Från flik B');
  await expect(names(a)).toHaveText(['Från flik B', 'Från flik A']);
  // A deletion in one tab disappears from the other too.
  await a
    .getByTestId('snapshot-item')
    .filter({ hasText: 'Från flik B' })
    .getByTestId('snapshot-delete')
    .click();
  await expect(names(b)).toHaveText(['Från flik A']);
});

test('a broken import file shows the problem and leaves the list intact', async ({ page }) => {
  await gotoSnapshots(page);
  await saveVersion(page, 'Finns redan');
  await page.getByTestId('snapshot-file').setInputFiles({
    name: 'trasig.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format":"nyttokalkyl-snapshots","version":1,"snapshots":[{"na'),
  });
  const message = page.getByTestId('snapshot-message');
  await expect(message).toContainText('Filen kunde inte importeras');
  await expect(message).toContainText('inte giltig JSON');
  await expect(message).toHaveAttribute('role', 'alert');

  await page.getByTestId('snapshot-file').setInputFiles({
    name: 'ny.json',
    mimeType: 'application/json',
    buffer: Buffer.from(
      JSON.stringify({ format: 'nyttokalkyl-snapshots', version: 7, snapshots: [] }),
    ),
  });
  await expect(message).toContainText('nyare version av Nyttokalkyl (exportformat 7)');
  await expect(names(page)).toHaveText(['Finns redan']);
  await page.reload();
  await page.getByRole('tab', { name: 'Sparade versioner' }).click();
  await expect(names(page)).toHaveText(['Finns redan']);
});

test('an exported file imports back in a fresh browser', async ({ page, browser }) => {
  await gotoSnapshots(page);
  await saveVersion(page, 'Ett');
  await saveVersion(page, 'Två', 'med anteckning');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('snapshot-export-all').click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^nyttokalkyl-versioner-\d{4}-\d\d-\d\d\.json$/);
  const path = await download.path();

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await gotoSnapshots(other);
  await other.getByTestId('snapshot-file').setInputFiles(path);
  await expect(other.getByTestId('snapshot-message')).toContainText('2 versioner importerades');
  await expect(names(other)).toHaveText(['Två', 'Ett']);
  await expect(other.getByTestId('snapshot-item').first()).toContainText('med anteckning');
  await fresh.close();
});

test('the draft and the what-if settings survive a reload', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByTestId('payback-value')).toHaveText(EXAMPLE_PAYBACK_TEXT);
  await page.getByRole('tab', { name: 'Indata' }).click();
  const title = page.getByTestId('scenario-title');
  await title.fill('Mitt eget scenario');
  await page.getByRole('tab', { name: 'Resultat' }).click();
  const slider = page.getByTestId('slider-sub');
  await slider.focus();
  await page.keyboard.press('End');
  await expect(slider).toHaveValue('1');
  await expect.poll(() => storedDraft(page)).toEqual({ title: 'Mitt eget scenario', sub: 1 });

  await page.reload();
  await expect(page.locator('.scenario-title h2')).toHaveText('Mitt eget scenario');
  await expect(page.getByTestId('slider-sub')).toHaveValue('1');
  await page.getByRole('tab', { name: 'Indata' }).click();
  await expect(page.getByTestId('scenario-title')).toHaveValue('Mitt eget scenario');
});

test('a tab whose database a newer version upgrades stops saving and asks for a reload', async ({
  context,
}) => {
  const old = await context.newPage();
  await gotoSnapshots(old);
  await saveVersion(old, 'Före uppgraderingen');
  // Another tab opens the database at a higher version, as a newer release would.
  const newer = await context.newPage();
  await newer.goto('./');
  const upgraded = await newer.evaluate(
    () =>
      new Promise<boolean>((resolve) => {
        const req = indexedDB.open('nyttokalkyl', 1000);
        req.onsuccess = () => {
          req.result.close();
          resolve(true);
        };
        req.onblocked = () => resolve(false);
      }),
  );
  expect(upgraded).toBe(true); // the old tab let go at once
  await expect(old.getByTestId('storage-problem')).toContainText(
    'Nyttokalkyl har uppdaterats i en annan flik. Ladda om sidan',
  );
  await expect(old.getByTestId('snapshot-save')).toBeDisabled();
  // Its work is still on screen.
  await expect(names(old)).toHaveText(['Före uppgraderingen']);
  await expect(old.getByTestId('payback-value')).toHaveText(EXAMPLE_PAYBACK_TEXT);
});
