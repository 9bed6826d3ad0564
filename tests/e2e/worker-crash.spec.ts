/**
 * The engine worker dies while it answers a further analysis, in the built
 * app in Chromium: the analysis is asked again of a fresh worker (with the
 * scenario sent to it again) and shows its figures, and the status says the
 * engine was restarted. Before, a break-even or full-allocation call in
 * flight when the worker died was never answered. The worker is reached
 * through Playwright's own handle on it: the app exposes nothing for tests.
 */
import { expect, test, type Page } from '@playwright/test';
import { EXAMPLE_PAYBACK_TEXT } from '../support/example-figures';

const CRASHED = 'Beräkningsmotorn kraschade och har startats om; dina indata finns kvar.';

/** A number as the app writes it (spaces between thousands). */
const num = (text: string | null) => Number((text ?? '').replace(/[^\d]/g, ''));

async function openAnalyses(page: Page) {
  await page.goto('./');
  await expect(page.getByTestId('payback-value')).toHaveText(EXAMPLE_PAYBACK_TEXT);
  await expect(page.getByTestId('status')).toContainText('Resultatet är aktuellt');
  await page.getByRole('tab', { name: 'Analyser' }).click();
  await expect(page.getByTestId('analyses-view')).toBeVisible();
}

/**
 * Make the engine worker crash on the next call of `method`: its answer
 * never leaves the worker and an uncaught error follows, as when a worker
 * dies mid-computation. `fresh` resolves when the worker that replaces it starts.
 */
async function crashOnNext(page: Page, method: string) {
  const engine = page.workers().find((w) => /engine[.-]worker/.test(w.url()));
  expect(engine, 'the engine worker').toBeDefined();
  await engine!.evaluate((name) => {
    const post = self.postMessage.bind(self) as (
      message: unknown,
      transfer: Transferable[],
    ) => void;
    const calls = new Set<string>();
    self.addEventListener('message', (e: MessageEvent<{ id?: string; path?: string[] }>) => {
      if (e.data?.path?.[0] === name && e.data.id) calls.add(e.data.id);
    });
    // Comlink may answer before the listener above sees the call: every answer waits a task,
    // then the one to the call is never posted and an uncaught error ends the worker's work.
    self.postMessage = ((message: { id?: string }, transfer: Transferable[] = []) => {
      setTimeout(() => {
        if (message?.id && calls.has(message.id)) throw new Error('simulated crash');
        post(message, transfer);
      });
    }) as typeof self.postMessage;
  }, method);
  return { fresh: page.waitForEvent('worker', (w) => /engine[.-]worker/.test(w.url())) };
}

test.beforeEach(async ({ page }) => openAnalyses(page));

test('the worker dies during a break-even: a fresh worker answers it with the scenario’s parameters', async ({
  page,
}) => {
  const section = page.getByTestId('an-break-even');
  await expect(section.getByTestId('be-table')).toContainText('2 448 000 kr');
  const { fresh } = await crashOnNext(page, 'breakEven');
  await section.getByLabel('Kostnad för samhället (kr)').fill('57000000');
  await fresh;
  await expect(page.getByTestId('status')).toContainText(CRASHED);
  // RAR Sörmland 2020: 114 persons into full-time work, as without a crash (analyses.spec.ts).
  await expect
    .poll(async () => num(await section.getByTestId('be-persons-samhalle').textContent()))
    .toBeGreaterThanOrEqual(112);
  expect(num(await section.getByTestId('be-persons-samhalle').textContent())).toBeLessThanOrEqual(
    120,
  );
  // The worker that replaced it goes on answering.
  await section.getByLabel('Kostnad för samhället (kr)').fill('2448000');
  await expect(section.getByTestId('be-table')).toContainText('2 448 000 kr');
});

test('the worker dies during a full allocation: a fresh worker answers it', async ({ page }) => {
  const section = page.getByTestId('an-full-allocation');
  await expect(section.getByTestId('fa-prompt')).toBeVisible();
  const { fresh } = await crashOnNext(page, 'fullAllocation');
  await section.getByLabel('Medel som inte tagits ut (kr)').fill('312500');
  await fresh;
  await expect(page.getByTestId('status')).toContainText(CRASHED);
  await expect(section.getByTestId('fa-row-participants').locator('td')).toHaveText([
    '63',
    '10',
    '73',
  ]);
});
