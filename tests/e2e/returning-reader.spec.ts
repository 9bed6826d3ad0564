/**
 * A returning reader, in Chromium: the page opens on the calculation they left, and never
 * shows the built-in example's figures or title while their draft is read from storage.
 * Every frame of the new page is watched from before its own scripts run, and a click made
 * while the stored calculation is read replaces nothing. A page that cannot know it should
 * wait (no note of the stored draft) can be used meanwhile; what is done then keeps the
 * stored calculation under its Ångra.
 */
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { exampleScenario } from '../../src/engine';
import { syntheticScenario } from '../bench/records';
import { EXAMPLE_PAYBACK_TEXT } from '../support/example-figures';
import { storedDraft } from '../support/stored-draft';

/**
 * A reader's visit that ends with their own calculation stored: `participants` individual
 * records in two cohorts, opened from a file and autosaved; the tab is then closed.
 */
async function leaveCalculation(context: BrowserContext, participants: number) {
  const page = await context.newPage();
  await page.goto('./');
  await expect(page.getByTestId('payback-value')).toHaveText(EXAMPLE_PAYBACK_TEXT);
  const mine = syntheticScenario(participants, 2, 7);
  await page.getByTestId('file-input').setInputFiles({
    name: 'min-kalkyl.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(mine)),
  });
  await expect(page.locator('.scenario-title h2')).toHaveText(mine.title);
  await expect.poll(async () => (await storedDraft(page))?.title).toBe(mine.title);
  await page.close();
  return mine;
}

/**
 * Record every frame of `page`'s next document from before its scripts run: the calculation's
 * title and the cost's key figure as drawn, each change once; `seenFrames` reads them.
 */
function watchFrames(page: Page) {
  return page.addInitScript(() => {
    const seen: string[] = [];
    (globalThis as unknown as { __seen: string[] }).__seen = seen;
    const look = () => {
      const h2 = document.querySelector('.scenario-title h2')?.textContent?.trim() ?? '';
      const cost = document.querySelector('[data-testid=kf-cost]')?.textContent ?? '';
      const now = `${h2} | ${cost.replace(/\s+/g, ' ')}`;
      if (seen.at(-1) !== now) seen.push(now);
      requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  });
}
const seenFrames = (page: Page) =>
  page.evaluate(() => (globalThis as unknown as { __seen: string[] }).__seen);

/**
 * Hold the reading of the stored draft: another page of the same origin keeps a read-write
 * transaction on the draft store open (a request always in flight), so the reader's page
 * waits for its draft until `release` is called. A click made meanwhile is certain to land
 * while the draft is read, however fast this machine reads it.
 */
async function holdDraftStore(context: BrowserContext): Promise<{ release: () => Promise<void> }> {
  const holder = await context.newPage();
  // A page of the app's origin that does not run the app.
  await holder.goto('./favicon.svg');
  await holder.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('nyttokalkyl');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const store = db.transaction('draft', 'readwrite').objectStore('draft');
          const g = globalThis as unknown as { __released?: boolean };
          const spin = () => {
            if (g.__released) return db.close();
            store.get('held').onsuccess = spin;
          };
          spin();
          resolve();
        };
      }),
  );
  return {
    release: async () => {
      await holder.evaluate(() => {
        (globalThis as unknown as { __released: boolean }).__released = true;
      });
      await holder.close();
    },
  };
}

test('a returning reader sees their own calculation first, never the example it replaces', async ({
  context,
}) => {
  // Their calculation: 200 participants in two cohorts.
  const mine = await leaveCalculation(context, 200);

  // The next visit, watched frame by frame: the title and the cost's key figure as drawn.
  const again = await context.newPage();
  await watchFrames(again);
  await again.goto('./');
  await expect(again.locator('.scenario-title h2')).toHaveText(mine.title);
  await expect(again.getByTestId('status')).toContainText('Resultatet är aktuellt');
  await expect(again.getByTestId('kf-cost')).toContainText(/Deltagare: 200;/);

  const seen = await seenFrames(again);
  const example = exampleScenario();
  const exampleCount = example.cohorts[0].groups.reduce((n, g) => n + g.count, 0);
  expect(seen.length).toBeGreaterThan(1);
  for (const frame of seen) {
    expect(frame).not.toContain(example.title);
    expect(frame).not.toMatch(new RegExp(`Deltagare: ${exampleCount};`));
  }
});

test('a click while the stored calculation is read replaces nothing: it comes back whole', async ({
  context,
}) => {
  // Large enough that reading it back takes a while (≈ 1 s here): 20 000 participants.
  const mine = await leaveCalculation(context, 20_000);

  const held = await holdDraftStore(context);
  const again = await context.newPage();
  await again.goto('./');
  await expect(again.getByTestId('status')).toContainText('Hämtar din senaste kalkyl');
  // A real click, where "Ny kalkyl" is drawn (not a call that waits until it can be clicked).
  const box = await again.getByTestId('new-calculation').boundingBox();
  expect(box).not.toBeNull();
  await again.mouse.click(box!.x + box!.width / 2, box!.y + box!.height / 2);
  await expect(again.getByTestId('status')).toContainText('Hämtar din senaste kalkyl');
  await held.release();

  await expect(again.locator('.scenario-title h2')).toHaveText(mine.title);
  await expect(again.getByTestId('status')).toContainText('Resultatet är aktuellt');
  await expect(again.getByTestId('kf-cost')).toContainText(/Deltagare: 20\s000;/);
  expect((await storedDraft(again))?.title).toBe(mine.title);
});

test('without the note of a stored draft, "Ny kalkyl" clicked while it is read keeps it under Ångra', async ({
  context,
}) => {
  const mine = await leaveCalculation(context, 20_000);

  const again = await context.newPage();
  // As on the first visit after an update from before the note, or where localStorage is refused.
  await again.addInitScript(() => localStorage.removeItem('nyttokalkyl.draft'));
  await watchFrames(again);
  const held = await holdDraftStore(context);
  await again.goto('./');
  await expect(again.locator('.scenario-title h2')).toHaveText(exampleScenario().title);
  await again.getByTestId('new-calculation').click();
  await expect(again.locator('.scenario-title h2')).toHaveText('Ny kalkyl');
  await held.release();

  // The new calculation stays; beneath it, stored too, the calculation the reader left.
  await expect.poll(async () => (await storedDraft(again, 'replaced'))?.title).toBe(mine.title);
  await expect(again.getByTestId('draft-replaced-text')).toContainText(
    'En ny, tom kalkyl har ersatt ditt utkast.',
  );
  // The page never showed the stored calculation before the click's undo.
  for (const frame of await seenFrames(again)) expect(frame).not.toContain(mine.title);

  await again.getByTestId('draft-undo').click();
  await expect(again.locator('.scenario-title h2')).toHaveText(mine.title);
  await expect(again.getByTestId('kf-cost')).toContainText(/Deltagare: 20\s000;/);
});
