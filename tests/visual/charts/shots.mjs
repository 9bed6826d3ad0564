/**
 * Screenshots of the chart harness at desktop and phone widths, light and
 * dark, and a check that both export buttons produce a file:
 *   npx vite tests/visual/charts --config vite.config.ts --port 5199 &
 *   node tests/visual/charts/shots.mjs [URL] [OUTDIR]
 */
import { chromium } from '@playwright/test';
import { launchOptions } from '../../support/chromium.mjs';
import { writeFileSync } from 'node:fs';

const url = process.argv[2] ?? 'http://localhost:5199/';
const out = process.argv[3] ?? '/tmp';
const browser = await chromium.launch(launchOptions);
const errors = [];
for (const [width, height, name, schemes, query] of [
  [1280, 900, 'desktop', ['light', 'dark'], ''],
  [360, 780, 'phone', ['light', 'dark'], ''],
  [360, 780, 'phone-en', ['light'], '?lang=en'],
]) {
  for (const scheme of schemes) {
    const page = await browser.newPage({ viewport: { width, height }, colorScheme: scheme });
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(url + query);
    await page.getByTestId('cumulative-chart').waitFor();
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${out}/charts-${name}-${scheme}.png`, fullPage: true });
    for (const id of [
      'income-sources-chart',
      'actor-revenue-chart',
      'profitability-chart',
      'cumulative-chart',
      'potential-chart',
      'cohort-comparison-chart',
    ]) {
      await page
        .getByTestId(id)
        .screenshot({ path: `${out}/charts-${name}-${scheme}-${id.replace('-chart', '')}.png` });
    }
    await page.close();
  }
}

// Export: both buttons download a file (from a dark page: the file is drawn light).
const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, colorScheme: 'dark' });
await page.goto(url);
for (const id of ['cumulative-chart', 'profitability-chart']) {
  const chart = page.getByTestId(id);
  await chart.waitFor();
  for (const kind of ['SVG', 'PNG']) {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      chart.getByRole('button', { name: new RegExp(`^Spara som ${kind}`) }).click(),
    ]);
    const path = `${out}/charts-export-${id.replace('-chart', '')}.${kind.toLowerCase()}`;
    await download.saveAs(path);
    console.log(`${kind}: ${download.suggestedFilename()} → ${path}`);
  }
}
writeFileSync(`${out}/charts-errors.txt`, errors.join('\n'));
await browser.close();
console.log(errors.length ? `console errors:\n${errors.join('\n')}` : 'no console errors');
