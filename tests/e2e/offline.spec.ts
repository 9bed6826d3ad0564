/**
 * Offline and hosting: once the built app has been opened, its service
 * worker serves every file, so a reload without network still evaluates the
 * example in the engine worker; and the same build works unchanged from a
 * sub-path of a plain static host (a tiny Node server here), offline too.
 * A new version is announced with a small notice and taken on "Reload".
 * No request ever goes to another host.
 */
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { EXAMPLE_PAYBACK_TEXT, examplePaybackMonths } from '../support/example-figures';
import { createServer, type Server } from 'node:http';
import { appendFile, cp, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';

/** Wait until a service worker controls the page, reloading once if it installed on this visit. */
async function waitForServiceWorker(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null)))
    await page.reload();
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
    .toBe(true);
}

async function expectFiguresOffline(page: Page, context: BrowserContext) {
  await context.setOffline(true);
  try {
    await page.reload();
    await expect(page.getByTestId('payback-value')).toHaveText(EXAMPLE_PAYBACK_TEXT);
    await expect(page.getByTestId('actor-table')).toBeVisible();
  } finally {
    await context.setOffline(false);
  }
}

function foreignRequests(page: Page, origin: string) {
  const foreign: string[] = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== origin)
      foreign.push(r.url());
  });
  return foreign;
}

test('once opened, the app works offline', async ({ page, context, baseURL }) => {
  const foreign = foreignRequests(page, new URL(baseURL ?? 'http://localhost:4173').origin);
  await page.goto('./');
  await expect(page.getByTestId('payback-value')).toHaveText(EXAMPLE_PAYBACK_TEXT);
  await waitForServiceWorker(page);

  await expectFiguresOffline(page, context);

  // Any address of the app falls back to index.html offline (e.g. with a query string).
  await context.setOffline(true);
  try {
    await page.goto('./?from=bookmark');
    await expect(page.getByTestId('payback-value')).toHaveText(EXAMPLE_PAYBACK_TEXT);
    // The English texts are fetched only when chosen, and they too are in the precache:
    // a reader who never chose English can still switch offline.
    await page.getByTestId('lang-toggle').click();
    await expect(page.getByRole('tab', { name: 'Results' })).toBeVisible();
    await expect(page.getByTestId('lang-failed')).toHaveCount(0);
    await page.getByTestId('lang-toggle').click();
    await expect(page.getByRole('tab', { name: 'Resultat' })).toBeVisible();
  } finally {
    await context.setOffline(false);
  }
  expect(foreign, 'requests to other hosts').toEqual([]);
});

test('the manifest names the app and its icons are served', async ({ page }) => {
  await page.goto('./');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBe('./manifest.webmanifest');
  const manifest = (await (await page.request.get(href ?? '')).json()) as {
    name: string;
    lang: string;
    start_url: string;
    icons: { src: string }[];
  };
  expect(manifest).toMatchObject({ name: 'Nyttokalkyl', lang: 'sv', start_url: './' });
  for (const icon of manifest.icons) expect((await page.request.get(icon.src)).ok()).toBe(true);
});

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.csv': 'text/csv; charset=utf-8',
  '.map': 'application/json',
};

/** A plain static file server, like any intranet folder or GitHub Pages: no rewrites. */
function staticServer(root: string): Server {
  return createServer((req, res) => {
    void (async () => {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      let file = normalize(join(root, path));
      if (file !== root && !file.startsWith(root + sep)) {
        res.writeHead(403).end();
        return;
      }
      try {
        if ((await stat(file)).isDirectory()) {
          if (!path.endsWith('/')) {
            res.writeHead(301, { Location: `${path}/` }).end();
            return;
          }
          file = join(file, 'index.html');
        }
        const body = await readFile(file);
        res.writeHead(200, {
          'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
          'Cache-Control': 'no-cache',
        });
        res.end(body);
      } catch {
        res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
      }
    })();
  });
}

/** The built app copied to `<tmp>/sub/path/` and served from 127.0.0.1 on a free port. */
async function hostOnSubPath() {
  const root = await mkdtemp(join(tmpdir(), 'nyttokalkyl-host-'));
  const dir = join(root, 'sub', 'path');
  await cp(resolve(process.env.NK_OUT_DIR ?? 'dist'), dir, { recursive: true });
  const server = staticServer(root);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    dir,
    origin,
    close: async () => {
      await new Promise((done) => server.close(done));
      await rm(root, { recursive: true, force: true });
    },
  };
}

test('the same build works from a sub-path of a static host, offline too', async ({
  page,
  context,
}) => {
  const { origin, close } = await hostOnSubPath();
  const foreign = foreignRequests(page, origin);
  const notFound: string[] = [];
  page.on('response', (r) => r.status() >= 400 && notFound.push(r.url()));
  try {
    await page.goto(`${origin}/sub/path/`);
    await expect(page.getByTestId('payback-value')).toHaveText(EXAMPLE_PAYBACK_TEXT);
    await waitForServiceWorker(page);
    const scope = await page.evaluate(
      async () => (await navigator.serviceWorker.getRegistration())?.scope,
    );
    expect(scope).toBe(`${origin}/sub/path/`);
    await expectFiguresOffline(page, context);
    expect(notFound, 'failed requests').toEqual([]);
    expect(foreign, 'requests to other hosts').toEqual([]);
  } finally {
    await close();
  }
});

test('a new version is announced with a small notice and taken on reload', async ({ page }) => {
  const { dir, origin, close } = await hostOnSubPath();
  try {
    await page.goto(`${origin}/sub/path/`);
    await expect(page.getByTestId('payback-value')).toHaveText(EXAMPLE_PAYBACK_TEXT);
    await waitForServiceWorker(page);
    await expect(page.getByTestId('update-notice')).toHaveCount(0);

    // Deploy "a new version": any byte change in sw.js is one.
    await appendFile(join(dir, 'sw.js'), '\n// next version\n');
    await page.evaluate(async () => {
      await (await navigator.serviceWorker.getRegistration())?.update();
    });
    const notice = page.getByTestId('update-notice');
    await expect(notice).toBeVisible();
    await expect(notice).toHaveAttribute('role', 'status');
    await expect(notice).toContainText('En ny version av Nyttokalkyl finns.');
    // Non-blocking: the app still works under it.
    await page.getByTestId('slider-sub').focus();
    await page.keyboard.press('End');
    const moved = `${examplePaybackMonths({ subsidisedToUnsubsidisedShare: 1 })} mån`;
    await expect(page.getByTestId('payback-value')).toHaveText(moved);

    await Promise.all([
      page.waitForEvent('framenavigated'),
      notice.getByRole('button', { name: 'Ladda om' }).click(),
    ]);
    // The new version opens on the same draft and what-if settings.
    await expect(page.getByTestId('payback-value')).toHaveText(moved);
    await expect(page.getByTestId('update-notice')).toHaveCount(0);
    expect(
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting),
    ).toBeNull();
  } finally {
    await close();
  }
});
