/**
 * Smoke test of the built app: it renders, logs no console errors and talks to no
 * host other than the preview server (the app must work offline and leak nothing).
 */
import { expect, test } from '@playwright/test';

test('the built app loads offline-clean with its Swedish heading', async ({ page, baseURL }) => {
  const origin = new URL(baseURL ?? 'http://localhost:4173').origin;
  const foreignRequests: string[] = [];
  const consoleErrors: string[] = [];

  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    if (url.origin !== origin) foreignRequests.push(request.url());
  });
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));

  await page.goto('./');

  await expect(page).toHaveTitle('Nyttokalkyl');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nyttokalkyl');
  await expect(page.getByRole('status')).toHaveText('Nyttokalkyl — laddar exempelscenariot …');
  await page.waitForLoadState('networkidle');

  expect(foreignRequests, 'requests to other hosts').toEqual([]);
  expect(consoleErrors, 'console errors').toEqual([]);
});
