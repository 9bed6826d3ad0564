/**
 * Security policy in Chromium. The built app runs under its
 * Content-Security-Policy with no violation on any view, a chart's PNG and SVG
 * export or the print report, and asks no other host for anything; the policy
 * really is in force (eval, an inline script and a request to another host
 * are refused). Text a user typed — a version's name and notes, the scenario's
 * title, a cohort's name — shows as text everywhere it appears: the list, the
 * comparison, the print report and an exported SVG; no dialog ever opens.
 */
import { expect, test, type Page } from '@playwright/test';
import { EXAMPLE_PAYBACK_TEXT } from '../support/example-figures';
import { readFile } from 'node:fs/promises';

const HOSTILE = '<img src=x onerror=alert(1)><script>alert(2)</script>';
const HOSTILE_NOTES = '<b>fet</b><svg onload=alert(3)></svg> "citat" & \'apostrof\'';
const TABS = [
  'Resultat',
  'Indata',
  'Parametrar',
  'Kända siffror',
  'Analyser',
  'Osäkerhet',
  'Sparade versioner',
] as const;

declare global {
  interface Window {
    cspViolations: string[];
    printCalls: number;
    pwned?: number;
  }
}

/** Records CSP violations, console errors about the policy, other hosts and dialogs. */
async function guard(page: Page, baseURL: string | undefined) {
  const origin = new URL(baseURL ?? 'http://localhost:4173').origin;
  const seen = { foreign: [] as string[], cspConsole: [] as string[], dialogs: [] as string[] };
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.cspViolations.push(`${e.effectiveDirective} ${e.blockedURI}`),
    );
    window.printCalls = 0;
    window.print = () => {
      window.printCalls++;
    };
  });
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== origin)
      seen.foreign.push(r.url());
  });
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) seen.cspConsole.push(m.text());
  });
  page.on('dialog', (d) => {
    seen.dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  return seen;
}

const violations = (page: Page) => page.evaluate(() => window.cspViolations);

async function openTab(page: Page, name: (typeof TABS)[number]) {
  await page.getByRole('tab', { name, exact: true }).click();
  await expect(page.getByRole('tab', { name, exact: true })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  // The view has drawn something focusable or a heading (lazy views load first).
  await expect(page.getByRole('tabpanel').locator('h2, h3, table, button').first()).toBeVisible();
}

test('every view, chart export and print run under the policy, which is in force', async ({
  page,
  baseURL,
}) => {
  const seen = await guard(page, baseURL);
  const response = await page.goto('./');
  const html = (await response?.text()) ?? '';
  const policy = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
  const directives = new Map(
    policy.split(';').map((d) => {
      const [name, ...values] = d.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );
  expect(directives.get('script-src')).toEqual(["'self'"]);
  expect(directives.get('connect-src')).toEqual(["'self'"]);
  expect(directives.get('object-src')).toEqual(["'none'"]);
  expect(directives.get('base-uri')).toEqual(["'self'"]);
  expect(directives.get('worker-src')).toEqual(["'self'"]);
  expect(policy).not.toMatch(/unsafe-eval|unsafe-inline/);

  await expect(page.getByTestId('payback-value')).toHaveText(EXAMPLE_PAYBACK_TEXT);
  for (const tab of TABS) await openTab(page, tab);

  // Chart export: PNG goes through a blob: image and a canvas; SVG is a blob download.
  await openTab(page, 'Resultat');
  const chart = page.getByTestId('actor-revenue-chart');
  const [png] = await Promise.all([
    page.waitForEvent('download'),
    chart.getByRole('button', { name: /PNG/ }).click(),
  ]);
  expect(png.suggestedFilename()).toMatch(/\.png$/);
  const [svg] = await Promise.all([
    page.waitForEvent('download'),
    chart.getByRole('button', { name: /SVG/ }).click(),
  ]);
  expect(svg.suggestedFilename()).toMatch(/\.svg$/);
  // The print report (window.print is stubbed), in print media.
  await page.getByTestId('print-button').click();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('print-report')).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
  // The engine worker answered under the policy: a slider still moves the figures.
  const before = await page.getByTestId('payback-value').textContent();
  await page.getByTestId('slider-sub').focus();
  await page.keyboard.press('End');
  await expect(page.getByTestId('payback-value')).not.toHaveText(before ?? '');
  await page.waitForLoadState('networkidle');

  expect(await violations(page), 'CSP violations').toEqual([]);
  expect(seen.cspConsole, 'CSP console errors').toEqual([]);
  expect(seen.foreign, 'requests to other hosts').toEqual([]);

  // The policy is in force: eval, an inline script and another host are all refused.
  // (eval runs from a timer: code Playwright evaluates directly is exempt from the policy.)
  const refused = await page.evaluate(async () => {
    const evalRan = await new Promise<boolean>((resolve) =>
      setTimeout(() => {
        try {
          resolve((0, eval)('1 + 1') === 2);
        } catch {
          resolve(false); // EvalError: refused by the policy.
        }
      }),
    );
    const s = document.createElement('script');
    s.textContent = 'window.pwned = 1';
    document.head.append(s);
    let fetched = false;
    try {
      await fetch('http://other-host.invalid/');
      fetched = true;
    } catch {
      // Refused by connect-src (or unreachable): either way nothing was read.
    }
    return { evalRan, inlineRan: window.pwned === 1, fetched };
  });
  expect(refused.evalRan, 'eval ran').toBe(false);
  expect(refused.inlineRan, 'inline script ran').toBe(false);
  expect(refused.fetched).toBe(false);
  // The policy's reports arrive as events after the fact: wait for all three.
  await expect
    .poll(async () => (await violations(page)).map((v) => v.split(' ')[0]).sort())
    .toEqual(['connect-src', 'script-src-elem', 'script-src'].sort());
  expect(seen.dialogs).toEqual([]);
});

test('names and notes a user typed show as text in the list, comparison, print and SVG', async ({
  page,
  baseURL,
}) => {
  const seen = await guard(page, baseURL);
  await page.goto('./');
  await expect(page.getByTestId('payback-value')).toHaveText(EXAMPLE_PAYBACK_TEXT);

  // The scenario's title and the cohort's name, as typed.
  await openTab(page, 'Indata');
  await page.getByTestId('scenario-title').fill(HOSTILE);
  await page.getByTestId('cohort-name').first().fill(HOSTILE);

  await openTab(page, 'Sparade versioner');
  for (const [name, notes] of [
    [HOSTILE, HOSTILE_NOTES],
    ['Andra versionen', ''],
  ]) {
    await page.getByTestId('snapshot-name').fill(name);
    await page.getByTestId('snapshot-notes').fill(notes);
    await page.getByTestId('snapshot-save').click();
    await expect(page.getByTestId('snapshot-item-name').filter({ hasText: name })).toHaveCount(1);
  }
  const item = page.getByTestId('snapshot-item').filter({ hasText: HOSTILE });
  await expect(item.getByTestId('snapshot-item-name')).toHaveText(HOSTILE);
  await expect(item.locator('.notes')).toHaveText(HOSTILE_NOTES);

  // Compare the two: the name heads a column, as text.
  for (const box of await page.getByTestId('snapshot-select').all()) await box.check();
  await page.getByTestId('snapshot-compare').click();
  await expect(page.getByTestId('compare-back')).toBeVisible();
  const head = page
    .getByTestId('compare-key-figures')
    .locator('thead th')
    .filter({ hasText: HOSTILE });
  await expect(head).toHaveCount(1);
  expect((await head.textContent())?.trim().startsWith(HOSTILE)).toBe(true);
  await expect(head.locator('img, script')).toHaveCount(0);
  await page.getByTestId('compare-back').click();

  // The print report's heading is the scenario's title, as text.
  await page.getByTestId('print-button').click();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('print-report').getByRole('heading', { level: 1 })).toHaveText(
    HOSTILE,
  );
  await page.emulateMedia({ media: 'screen' });

  // A chart that names the cohort (the Analyser tab's cohort comparison) carries the name
  // into its SVG file; every exported SVG is well-formed, with no element or handler from it.
  await openTab(page, 'Analyser');
  await expect(page.getByTestId('an-cohorts-table')).toContainText(HOSTILE);
  await page.waitForLoadState('networkidle');
  const named = page.getByRole('figure').filter({ hasText: HOSTILE });
  const withName = (await named.count()) > 0;
  if (!withName) await openTab(page, 'Resultat');
  const chart = withName ? named.first() : page.getByTestId('actor-revenue-chart');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    chart.getByRole('button', { name: /SVG/ }).click(),
  ]);
  const svgText = await readFile((await download.path()) ?? '', 'utf8');
  expect(svgText).not.toMatch(/<img|<script|\son[a-z]+\s*=\s*["']/i);
  // Parsed in a blank page: the app's policy would (rightly) report the file's style attributes.
  const blank = await page.context().newPage();
  const texts = await blank.evaluate((s) => {
    const doc = new DOMParser().parseFromString(s, 'image/svg+xml');
    if (doc.querySelector('parsererror')) return null;
    const all = [...doc.querySelectorAll('*')];
    if (all.some((e) => /^(img|script|foreignObject)$/i.test(e.localName))) return null;
    if (all.some((e) => [...e.attributes].some((a) => /^on/i.test(a.name)))) return null;
    return [...doc.querySelectorAll('text, title, desc')].map((e) => e.textContent ?? '');
  }, svgText);
  await blank.close();
  expect(texts, 'the SVG parses as XML, with no element or handler from the text').not.toBeNull();
  expect(texts!.length).toBeGreaterThan(0);
  if (withName) {
    expect(svgText).toContain('&lt;img src=x onerror=alert(1)&gt;&lt;script&gt;');
    expect(texts!.some((t) => t.includes(HOSTILE))).toBe(true);
  }

  // Nowhere did the markup become elements, run, or open a dialog.
  expect(await page.locator('img[src="x"], svg[onload]').count()).toBe(0);
  expect(await page.evaluate(() => window.pwned)).toBeUndefined();
  // No element with a handler exists (above), so no dialog can still be on its way.
  expect(seen.dialogs, 'dialogs').toEqual([]);
  expect(await violations(page), 'CSP violations').toEqual([]);
  expect(seen.foreign, 'requests to other hosts').toEqual([]);
});
