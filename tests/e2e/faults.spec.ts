/**
 * Data safety under faults, in Chromium: the engine worker dies in
 * the middle of a computation; the storage quota is full when a version is
 * saved; the database on disk is from the first schema (v1); the tab is closed
 * before the autosave's delay has passed, also with 10 000 participants. Each
 * time the work on screen survives and the user is told what happened.
 */
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import {
  EXAMPLE_PAYBACK_MONTHS,
  EXAMPLE_PAYBACK_TEXT,
  examplePaybackMonths,
} from '../support/example-figures';
import { exampleScenario, NO_WHAT_IF } from '../../src/engine';
import { syntheticScenario } from '../bench/records';

/** A new tab of the app in `context`, its example's figures shown. */
async function readyPage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto('./');
  await ready(page);
  return page;
}

async function ready(page: Page) {
  await expect(page.getByTestId('payback-value')).toHaveText(EXAMPLE_PAYBACK_TEXT);
  await expect(page.getByTestId('status')).toContainText('Resultatet är aktuellt');
}

test('the engine worker dies mid-computation: restarted, the change computed, the user told', async ({
  page,
}) => {
  await page.goto('./');
  await ready(page);
  const base = EXAMPLE_PAYBACK_MONTHS;

  // The worker fails while answering the next request: its answer never leaves it and an
  // uncaught error ends its work, as when a worker crashes mid-computation.
  const engine = page.workers().find((w) => /engine[.-]worker/.test(w.url()));
  expect(engine, 'the engine worker').toBeDefined();
  await engine!.evaluate(() => {
    self.postMessage = () => {
      setTimeout(() => {
        throw new Error('simulated crash');
      });
    };
  });
  const slider = page.getByTestId('slider-sub');
  await slider.focus();
  await page.keyboard.press('End');

  await expect(page.getByTestId('status')).toContainText(
    'Beräkningsmotorn kraschade och har startats om; dina indata finns kvar.',
  );
  // A fresh worker computed the change that was in flight: same figures as without a crash.
  // Everyone in subsidised work moved: the engine's payback for that, computed in Node.
  const moved = examplePaybackMonths({ subsidisedToUnsubsidisedShare: 1 });
  expect(moved).toBeLessThan(base);
  await expect(page.getByTestId('payback-value')).toHaveText(`${moved} mån`);
  await expect(page.getByTestId('effect-sub')).toContainText(`${base} → ${moved} mån`);
  await expect(slider).toHaveValue('1');
});

test('the storage quota is full: saving says so, the work stays; with room it saves', async ({
  page,
  baseURL,
}) => {
  await page.goto('./');
  await ready(page);
  await page.getByRole('tab', { name: 'Indata' }).click();
  await page.getByTestId('scenario-title').fill('Arbete som inte får försvinna');
  await page.getByRole('tab', { name: 'Sparade versioner' }).click();
  await expect(page.getByTestId('snapshot-save')).toBeEnabled();

  const cdp = await page.context().newCDPSession(page);
  const origin = new URL(baseURL ?? 'http://localhost:4173').origin;
  await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 1 });
  await page.getByTestId('snapshot-name').fill('Stor version');
  await page.getByTestId('snapshot-save').click();
  await expect(page.getByRole('tabpanel')).toContainText('Lagringsutrymmet är fullt');
  await expect(page.getByTestId('snapshot-item-name')).toHaveCount(0);
  // Nothing on screen was lost.
  await expect(page.locator('.scenario-title h2')).toHaveText('Arbete som inte får försvinna');
  await expect(page.getByTestId('payback-value')).toHaveText(EXAMPLE_PAYBACK_TEXT);

  // Room again (the user deleted something elsewhere): the same save goes through.
  await cdp.send('Storage.overrideQuotaForOrigin', { origin });
  await page.getByTestId('snapshot-save').click();
  await expect(page.getByTestId('snapshot-item-name')).toHaveText(['Stor version']);
});

test('a database from schema version 1 opens: its versions and draft are there', async ({
  page,
}) => {
  const scenario = JSON.parse(JSON.stringify(exampleScenario()));
  // Seed the first shipped schema by hand (Dexie's version 1 is IndexedDB version 10),
  // from a page of the app's origin before the app has opened its database.
  await page.route('**/seed.html', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>seed</title>' }),
  );
  await page.goto('./seed.html');
  await page.evaluate(
    async ({ scenario, whatIf }) => {
      await new Promise<void>((resolve, reject) => {
        const req = indexedDB.open('nyttokalkyl', 10);
        req.onupgradeneeded = () => {
          const db = req.result;
          const snapshots = db.createObjectStore('snapshots', {
            keyPath: 'id',
            autoIncrement: true,
          });
          for (const index of ['name', 'createdAt', 'updatedAt'])
            snapshots.createIndex(index, index);
          db.createObjectStore('draft', { keyPath: 'id' });
          // v1 rows: no deletedAt, sometimes no notes or figures.
          snapshots.add({ name: 'Sparad i v1', createdAt: 1, updatedAt: 2, scenario });
          snapshots.add({
            name: 'Borttagen i v1',
            notes: '',
            createdAt: 3,
            updatedAt: 3,
            deletedAt: 4,
            scenario,
          });
          req.transaction!.objectStore('draft').put({
            id: 'current',
            scenario: { ...scenario, title: 'Utkast från v1' },
            whatIf,
            savedAt: 5,
          });
        };
        req.onsuccess = () => {
          req.result.close();
          resolve();
        };
        req.onerror = () => reject(req.error);
      });
    },
    { scenario, whatIf: NO_WHAT_IF },
  );

  await page.goto('./');
  await expect(page.locator('.scenario-title h2')).toHaveText('Utkast från v1');
  await ready(page);
  await page.getByRole('tab', { name: 'Sparade versioner' }).click();
  await expect(page.getByTestId('snapshot-item-name')).toHaveText(['Sparad i v1']);
  await expect(page.getByTestId('storage-problem')).toHaveCount(0);
  const version = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const req = indexedDB.open('nyttokalkyl');
        req.onsuccess = () => {
          resolve(req.result.version);
          req.result.close();
        };
      }),
  );
  expect(version).toBe(50); // upgraded to the current schema, 5 (Dexie stores version × 10)
});

test('a tab closed before the autosave delay: the edit is in the draft when the app opens again', async ({
  context,
}) => {
  const page = await readyPage(context);
  await page.getByRole('tab', { name: 'Indata' }).click();
  const title = page.getByTestId('scenario-title');
  await title.fill('Skrivet precis före stängning');
  // Close at once (well inside the 500 ms delay): pagehide writes the draft.
  await page.close({ runBeforeUnload: true });

  const again = await context.newPage();
  await again.goto('./');
  await expect(again.locator('.scenario-title h2')).toHaveText('Skrivet precis före stängning');
  await again.getByRole('tab', { name: 'Indata' }).click();
  await expect(again.getByTestId('scenario-title')).toHaveValue('Skrivet precis före stängning');
});

test('a calculation of 10 000 participants, edited just before its tab closes, comes back whole with its figures', async ({
  context,
}) => {
  const page = await readyPage(context);
  // Two cohorts of 5 000 individual records: stored in blocks of groups.
  const large = syntheticScenario(10_000, 2, 7);
  await page.getByTestId('file-input').setInputFiles({
    name: 'stor.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(large)),
  });
  await expect(page.locator('.scenario-title h2')).toHaveText(large.title);
  await expect(page.getByTestId('status')).toContainText('Resultatet är aktuellt');
  // The cost's key figure names the participants: 10 000, then 10 004.
  const cost = page.getByTestId('kf-cost');
  await expect(cost).toContainText(/Deltagare: 10\s000;/);

  // One participant of the first cohort becomes five: the figures follow.
  await page.getByRole('tab', { name: 'Indata' }).click();
  await page.getByTestId('count-0-0').fill('5');
  await expect(cost).toContainText(/Deltagare: 10\s004;/);
  await expect(page.getByTestId('status')).toContainText('Resultatet är aktuellt');
  const edited = await cost.textContent();
  // Closed at once, well inside the autosave's delay: the page writes the draft as it goes.
  await page.close({ runBeforeUnload: true });

  const again = await context.newPage();
  await again.goto('./');
  await expect(again.locator('.scenario-title h2')).toHaveText(large.title);
  await expect(again.getByTestId('kf-cost')).toHaveText(edited ?? '');
  await expect(again.getByTestId('status')).toContainText('Resultatet är aktuellt');
  await again.getByRole('tab', { name: 'Indata' }).click();
  await expect(again.getByTestId('count-0-0')).toHaveValue('5');
});
