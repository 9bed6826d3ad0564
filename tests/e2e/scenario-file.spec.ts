/**
 * A scenario file through the file menu in Chromium: "Spara scenario" downloads the draft
 * and its what-if settings as a valid scenario file, and "Öppna scenario" brings exactly
 * that calculation back — the figures the engine gives for it — after the draft was
 * replaced; a file the schema refuses changes nothing and says where it is wrong.
 */
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { EXAMPLE_PAYBACK_TEXT } from '../support/example-figures';
// The engine's rule data, installed as the worker installs it.
import '../../src/engine/rules/install';
import { evaluatePrepared, exampleScenario, parseScenario, prepare } from '../../src/engine';

const participants = async (page: Page) =>
  Number((await page.getByTestId('kf-cost').textContent())?.match(/Deltagare: (\d+)/)?.[1]);

/** The example with 13 instead of 3 in its first group and everyone in subsidised work moved. */
function edited() {
  const s = exampleScenario();
  s.title = 'Min sparade kalkyl';
  s.cohorts[0].groups[0].count = 13;
  const w = { ...s.whatIf, subsidisedToUnsubsidisedShare: 1 };
  const months = evaluatePrepared(prepare(s), w).total.paybackMonths.samhalle;
  return { months: `${months} mån`, participants: 73 };
}

test('a saved scenario file opens as the same calculation, what-if settings included', async ({
  page,
}) => {
  const expected = edited();
  await page.goto('./');
  await expect(page.getByTestId('payback-value')).toHaveText(EXAMPLE_PAYBACK_TEXT);

  await page.getByRole('tab', { name: 'Indata' }).click();
  await page.getByTestId('scenario-title').fill('Min sparade kalkyl');
  const count = page.getByTestId('count-0-0');
  await count.fill('13');
  await count.blur();
  await page.getByRole('tab', { name: 'Resultat' }).click();
  await page.getByTestId('slider-sub').focus();
  await page.keyboard.press('End');
  await expect(page.getByTestId('payback-value')).toHaveText(expected.months);
  expect(await participants(page)).toBe(expected.participants);

  // Save: a file named after the title, valid for the engine, with the what-if settings.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Spara scenario' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('min-sparade-kalkyl.json');
  const path = await file.path();
  const doc = JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown>;
  const parsed = parseScenario(doc);
  expect(parsed.ok).toBe(true);
  if (!parsed.ok) return;
  expect(parsed.value.title).toBe('Min sparade kalkyl');
  expect(parsed.value.cohorts[0].groups[0].count).toBe(13);
  expect(parsed.value.whatIf.subsidisedToUnsubsidisedShare).toBe(1);

  // Replace the draft, then open the file: the same calculation is back.
  await page.getByTestId('new-calculation').click();
  await expect(page.locator('.scenario-title h2')).toHaveText('Ny kalkyl');
  await page.getByTestId('file-input').setInputFiles(path);
  await expect(page.locator('.scenario-title h2')).toHaveText('Min sparade kalkyl');
  await expect(page.getByTestId('payback-value')).toHaveText(expected.months);
  expect(await participants(page)).toBe(expected.participants);
  await expect(page.getByTestId('slider-sub')).toHaveValue('1');
  await expect(page.getByTestId('draft-undo')).toBeVisible();
});

test('a scenario file the schema refuses changes nothing and names the field', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByTestId('payback-value')).toHaveText(EXAMPLE_PAYBACK_TEXT);
  const title = await page.locator('.scenario-title h2').textContent();
  const bad = { ...exampleScenario(), horizonYears: -1 };
  await page.getByTestId('file-input').setInputFiles({
    name: 'trasig.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(bad)),
  });
  const message = page.getByTestId('file-message');
  await expect(message).toBeVisible();
  await expect(message).toHaveAttribute('role', 'alert');
  await expect(message.locator('code')).toHaveText(['horizonYears']);
  await expect(page.locator('.scenario-title h2')).toHaveText(title ?? '');
  await expect(page.getByTestId('draft-undo')).toHaveCount(0);
});
