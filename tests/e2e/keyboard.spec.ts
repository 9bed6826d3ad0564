/**
 * Keyboard only: the main flow — move between views with the arrow
 * keys, change a what-if slider, save a version — without a mouse, and every
 * control that takes focus on the way shows it (a visible outline or ring).
 * Screen-reader labels in English too: the axe audit of two views after
 * switching the language.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { EXAMPLE_PAYBACK_MONTHS, EXAMPLE_PAYBACK_TEXT } from '../support/example-figures';

/** What the focused element looks like: its name and whether its focus is visible. */
async function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const cs = getComputedStyle(el);
    const outline =
      cs.outlineStyle !== 'none' &&
      parseFloat(cs.outlineWidth) > 0 &&
      cs.outlineColor !== 'transparent';
    const ring = cs.boxShadow !== 'none' && cs.boxShadow !== '';
    return {
      what: `${el.tagName.toLowerCase()}${el.dataset.testid ? `[${el.dataset.testid}]` : ''} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 30)}"`,
      testid: el.dataset.testid ?? null,
      role: el.getAttribute('role'),
      visible: el.matches(':focus-visible') && (outline || ring),
    };
  });
}

/** Press Tab until `done` holds for the focused element; every stop must show its focus. */
async function tabUntil(
  page: Page,
  done: (f: NonNullable<Awaited<ReturnType<typeof focused>>>) => boolean,
  max = 60,
) {
  const invisible: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    if (!f) continue;
    if (!f.visible) invisible.push(f.what);
    if (done(f)) {
      expect(invisible, 'controls that took focus without showing it').toEqual([]);
      return f;
    }
  }
  throw new Error(`not reached in ${max} presses of Tab`);
}

const selectedTab = (page: Page) =>
  page.getByRole('tablist', { name: 'Vyer' }).locator('[role=tab][aria-selected=true]');

test('the main flow by keyboard alone, with visible focus at every stop', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByTestId('payback-value')).toHaveText(EXAMPLE_PAYBACK_TEXT);

  // To the view tabs, then along them with the arrow keys.
  await tabUntil(page, (f) => f.role === 'tab');
  await expect(selectedTab(page)).toHaveText('Resultat');
  await page.keyboard.press('ArrowRight');
  await expect(selectedTab(page)).toHaveText('Indata');
  expect((await focused(page))?.visible).toBe(true);
  await page.keyboard.press('ArrowLeft');
  await expect(selectedTab(page)).toHaveText('Resultat');
  await expect(selectedTab(page)).toBeFocused();

  // Into the results, to the first what-if slider; the arrow keys move it.
  const before = await page.getByTestId('payback-value').textContent();
  await tabUntil(page, (f) => f.testid === 'slider-sub');
  await page.keyboard.press('End');
  await expect(page.getByTestId('slider-sub')).toHaveValue('1');
  await expect(page.getByTestId('payback-value')).not.toHaveText(before ?? '');
  await expect(page.getByTestId('effect-sub')).toContainText('→');

  // Back to the tabs (Shift+Tab), to "Sparade versioner" with End, and save a version.
  for (let i = 0; i < 80; i++) {
    if ((await focused(page))?.role === 'tab') break;
    await page.keyboard.press('Shift+Tab');
  }
  await page.keyboard.press('End');
  await expect(selectedTab(page)).toHaveText('Sparade versioner');
  await tabUntil(page, (f) => f.testid === 'snapshot-name');
  await page.keyboard.type('Sparad med tangentbordet');
  await tabUntil(page, (f) => f.testid === 'snapshot-save');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('snapshot-item-name')).toHaveText(['Sparad med tangentbordet']);
  // The saved version keeps the slider's setting: its figures are the changed ones.
  await expect(page.getByTestId('item-payback')).toHaveText(
    (await page.getByTestId('payback-value').textContent()) ?? '',
  );
});

for (const tab of ['Results', 'Saved versions']) {
  test(`in English, no serious accessibility violations on "${tab}"`, async ({ page }) => {
    await page.goto('./');
    await expect(page.getByTestId('payback-value')).toHaveText(EXAMPLE_PAYBACK_TEXT);
    await page.getByTestId('lang-toggle').focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.getByRole('tab', { name: tab }).click();
    await expect(page.getByTestId('payback-value')).toHaveText(`${EXAMPLE_PAYBACK_MONTHS} months`);
    // Audit the view once it is there: the tab is selected and its code has loaded.
    await expect(page.getByRole('tab', { name: tab })).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('tabpanel').locator('.loading')).toHaveCount(0);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
    const serious = results.violations.filter(
      (v) => v.impact === 'serious' || v.impact === 'critical',
    );
    expect(serious.map((v) => `${v.id}: ${v.nodes.length} × ${v.help}`)).toEqual([]);
    // Labels are English: no Swedish tab or button names left.
    await expect(page.getByRole('tab', { name: 'Resultat' })).toHaveCount(0);
  });
}
