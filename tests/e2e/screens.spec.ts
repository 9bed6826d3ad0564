/**
 * Screens a person can work with, measured in Chromium at the sizes people
 * use: Tänk om at 1280×800 and 1366×768 keeps every slider, its effect and
 * the combined summary within reach with the key figures in sight, and a
 * slider reached with the keyboard is scrolled into view; the sliders' words
 * are true to the model; on a 375 px phone the tabs are on the first screen;
 * "Lägg till grupp" is one step past the rows; the uncertainty year table
 * says what is discounted; English has no kronor as "kr" and marks Swedish
 * notes; accessible names contain the visible labels.
 */
import { expect, test, type Page } from '@playwright/test';
import { EXAMPLE_PAYBACK_TEXT } from '../support/example-figures';

async function open(page: Page, width: number, height: number) {
  await page.setViewportSize({ width, height });
  await page.goto('./');
  await expect(page.getByTestId('payback-value')).toHaveText(EXAMPLE_PAYBACK_TEXT);
}

/** Where an element is in the window, and whether it is whole within it. */
const box = (page: Page, testid: string) =>
  page.getByTestId(testid).evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, inWindow: r.top >= 0 && r.bottom <= innerHeight };
  });

const SLIDERS = [
  'slider-sub',
  'slider-level',
  'slider-studies',
  'slider-delay',
  'slider-funds',
  'slider-visits',
  'slider-days',
  'slider-horizon',
];

for (const [width, height] of [
  [1280, 800],
  [1366, 768],
] as const) {
  test(`Tänk om at ${width}×${height}: every slider within reach, key figures in sight`, async ({
    page,
  }) => {
    await open(page, width, height);
    // At the top of the page the panel fits the window under the key figures.
    const cards = await box(page, 'kf-payback');
    const panel = await box(page, 'whatif-panel');
    expect(cards.inWindow).toBe(true);
    expect(panel.top).toBeGreaterThan(cards.bottom);
    expect(panel.bottom).toBeLessThanOrEqual(height);
    expect((await box(page, 'whatif-together')).inWindow).toBe(true);

    // Every slider reached with the keyboard is scrolled into view, with its effect, and the
    // summary of the key figures stays in the window all along.
    await page.getByTestId('whatif-reset').focus();
    for (const id of SLIDERS) {
      let guard = 0;
      while (
        (await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))) !== id
      ) {
        await page.keyboard.press('Tab');
        if (++guard > 10) throw new Error(`${id} not reached by Tab`);
      }
      const slider = await box(page, id);
      expect(slider.inWindow, id).toBe(true);
      const scroller = await box(page, 'whatif-sliders');
      expect(slider.top, id).toBeGreaterThanOrEqual(scroller.top - 1);
      expect(slider.bottom, id).toBeLessThanOrEqual(scroller.bottom + 1);
      expect((await box(page, 'whatif-together')).inWindow, id).toBe(true);
    }
    // The summary shows the key figures: payback, yearly revenue, profitability after 5 years.
    // No slider was moved (only focused): the example's own payback, with no "from → to".
    await expect(page.getByTestId('together-payback').locator('dd')).toHaveText(
      EXAMPLE_PAYBACK_TEXT,
    );
    await expect(page.getByTestId('together-profitH')).toContainText('Lönsamhet efter 5 år');
  });
}

test('slider words are true to the model: a delay, the base subsidy, no stray separators', async ({
  page,
}) => {
  await open(page, 1280, 800);
  // Studies → work after 2 years: nothing in year 1, so the effect is told from year 3 on.
  await page.getByTestId('slider-studies').focus();
  await page.keyboard.press('End');
  await page.getByTestId('slider-delay').focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  const studies = page.getByTestId('effect-studies');
  await expect(studies).toContainText('per år från år 3 (oförändrad de första 2 åren)');
  await expect(studies).toContainText('lönsamhet efter 5 år');
  await expect(studies).not.toContainText('+0 kr');
  // Beyond the horizon: said so, not "+0 kr".
  await page.keyboard.press('End');
  await expect(studies).toContainText('Märks inte inom tidshorisonten på 5 år');

  // The average subsidy level moved away from its base comes back to it exactly.
  const level = page.getByTestId('slider-level');
  const base = await page.locator('output[for="wi-level"]').textContent();
  await level.focus();
  await page.keyboard.press('ArrowLeft');
  await expect(page.locator('output[for="wi-level"]')).not.toHaveText(base!);
  await expect(page.getByTestId('effect-level')).toContainText('→');
  await page.getByTestId('level-to-base').click();
  await expect(page.locator('output[for="wi-level"]')).toHaveText(base!);
  await expect(page.getByTestId('effect-level')).toHaveText('Ingen ändring');
  await expect(page.getByTestId('level-to-base')).toHaveCount(0);

  // No help line ends on a separator or holds two in a row.
  for (const help of await page.locator('.what-if .help').allTextContents()) {
    const t = help.replace(/\s+/g, ' ').trim();
    expect(t).not.toMatch(/·\s*$/);
    expect(t).not.toMatch(/^\s*·/);
    expect(t).not.toMatch(/·\s*·/);
  }
});

for (const lang of ['sv', 'en'] as const)
  test(`on a 375 px phone the tabs are on the first screen (${lang})`, async ({ page }) => {
    await open(page, 375, 740);
    if (lang === 'en') await page.getByTestId('lang-toggle').click();
    const tabs = page.getByRole('tablist', { name: lang === 'sv' ? 'Vyer' : 'Views' });
    const first = tabs.getByRole('tab').first();
    const r = await first.evaluate((el) => el.getBoundingClientRect().bottom);
    expect(r).toBeLessThanOrEqual(740);
    // Every key figure is there too, above them.
    for (const id of ['kf-revenue', 'kf-profit1', 'kf-profitH', 'kf-payback', 'kf-cost'])
      expect((await box(page, id)).inWindow, id).toBe(true);
  });

test('"Lägg till grupp" is one step past the rows, and the table says how', async ({ page }) => {
  await open(page, 1280, 800);
  await page.getByRole('tab', { name: 'Indata' }).click();
  const skip = page.getByTestId('skip-to-add');
  await expect(page.getByTestId('groups-table').locator('caption')).toContainText(
    'genväg förbi alla rader till ”Lägg till grupp”',
  );
  // The tab stop just before the table.
  await page.getByTestId('cohort-year').focus();
  await page.keyboard.press('Tab');
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('add-group')).toBeFocused();
  // And it works: Enter on it adds a row.
  const rows = await page.getByTestId('groups-table').locator('tbody tr').count();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('groups-table').locator('tbody tr')).toHaveCount(rows + 1);
});

test('the year table says what is discounted', async ({ page }) => {
  await open(page, 1280, 800);
  await page.getByRole('tab', { name: 'Osäkerhet' }).click();
  await expect(page.getByTestId('explain-revenue-head')).toHaveText('Intäkt under året');
  await page.getByRole('button', { name: 'Använd 3,5 %' }).click();
  await expect(page.getByTestId('explain-revenue-head')).toHaveText(
    'Intäkt under året (odiskonterad)',
  );
  await expect(page.getByTestId('explain-cumulative-head')).toContainText('diskonterat, nuvärde');
  await expect(page.getByTestId('explain-years').locator('caption')).toContainText(
    'diskonterat med 3,5 %',
  );
});

test('in English: SEK, the example in English, Swedish notes marked as such', async ({ page }) => {
  await open(page, 1280, 800);
  await page.getByTestId('lang-toggle').click();
  await expect(page.locator('main h2').first()).toHaveText(
    'Example (fictional): young adults with mental ill health',
  );
  await page.getByTestId('slider-sub').focus();
  await page.keyboard.press('End');
  await expect(page.getByTestId('effect-sub')).toContainText('SEK');
  await expect(page.getByTestId('actor-table')).toBeVisible();
  for (const text of [
    await page.locator('main').textContent(),
    await page.getByTestId('whatif-panel').textContent(),
  ])
    expect(text).not.toMatch(/\d\s?kr\b/);

  await page.getByRole('tab', { name: 'Parameters' }).click();
  // A Swedish note says it is in Swedish; an English one does not.
  const notes = page.locator('.param-note');
  await expect(notes.first()).toBeVisible();
  const all = await notes.evaluateAll((els) =>
    els.map((e) => ({ lang: e.getAttribute('lang'), text: e.textContent ?? '' })),
  );
  expect(all.some((n) => n.lang === 'sv')).toBe(true);
  for (const n of all)
    if (n.lang === 'sv') expect(n.text).toContain('(in Swedish)');
    else expect(n.text).not.toContain('(in Swedish)');
});

test('accessible names contain the visible labels', async ({ page }) => {
  await open(page, 1280, 800);
  const mismatches = async () =>
    page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('button[aria-label], a[aria-label]')]
        .filter((el) => el.offsetParent !== null)
        .map((el) => ({
          visible: (el.textContent ?? '').replace(/\s+/g, ' ').trim().toLowerCase(),
          name: (el.getAttribute('aria-label') ?? '').toLowerCase(),
        }))
        .filter((x) => x.visible && /\p{L}/u.test(x.visible) && !x.name.includes(x.visible)),
    );
  for (const tab of ['Resultat', 'Indata', 'Analyser']) {
    await page.getByRole('tab', { name: tab }).click();
    await page.waitForLoadState('networkidle');
    expect(await mismatches(), tab).toEqual([]);
  }
  await page.getByTestId('lang-toggle').click();
  expect(await mismatches(), 'English').toEqual([]);
});
