/**
 * Screenshots of the built app for looking at it as a user would:
 *   npm run build && node tests/visual/screenshots.mjs [URL] [OUTDIR]
 * Serves nothing itself: start `npx vite preview --port 4173` first.
 */
import { chromium } from '@playwright/test';
import { launchOptions } from '../support/chromium.mjs';

const url = process.argv[2] ?? 'http://localhost:4173/';
const out = process.argv[3] ?? '/tmp/shots';
const browser = await chromium.launch(launchOptions);
const views = [
  ['results', 'Resultat'],
  ['inputs', 'Indata'],
  ['parameters', 'Parametrar'],
  ['known', 'Kända siffror'],
  ['analyses', 'Analyser'],
  ['snapshots', 'Sparade versioner'],
];
for (const [width, height, name] of [
  [1280, 900, 'desktop'],
  [360, 780, 'phone'],
]) {
  const page = await browser.newPage({ viewport: { width, height } });
  page.on('console', (m) => m.type() === 'error' && console.error('console:', m.text()));
  await page.goto(url);
  await page.getByTestId('payback-value').waitFor();
  for (const [id, label] of views) {
    await page.getByRole('tab', { name: label }).click();
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${out}/${name}-${id}.png`, fullPage: true });
  }
  await page.close();
}
await browser.close();
console.log(`screenshots in ${out}`);
