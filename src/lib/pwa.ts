/**
 * Offline support: registers the service worker that vite-plugin-pwa
 * generates at build time (`sw.js`, beside index.html, precaching every
 * built file). Once the app has been opened it works without a network, from
 * whatever sub-path it is hosted at. A new version waits until the user
 * chooses to reload: a small notice says it is there, and nothing is lost by
 * ignoring it. Does nothing in development, in tests, or where service
 * workers are unavailable (file://, plain http on another host, old browsers).
 */
import { i18n } from './i18n/index.svelte';

let registered = false;

/** Register the service worker once; never throws. */
export function registerServiceWorker(): void {
  if (import.meta.env.DEV || registered) return;
  try {
    if (typeof window === 'undefined' || !window.isSecureContext) return;
    // Reading it may throw (sandboxed frames); the catch below covers that.
    if (!navigator.serviceWorker) return;
    registered = true;
    void import('workbox-window')
      .then(({ Workbox }) => {
        // Relative to the page, so the app works from any folder of any static host.
        const wb = new Workbox('./sw.js', { scope: './' });
        wb.addEventListener('waiting', () =>
          showUpdateNotice(() => {
            // Reload once the new worker has taken over, so page and cache match.
            wb.addEventListener('controlling', () => window.location.reload());
            wb.messageSkipWaiting();
          }),
        );
        return wb.register();
      })
      .catch(() => {
        // No offline support this time (blocked, private mode, quota): the app still works.
      });
  } catch {
    // Some browsers throw on merely touching navigator.serviceWorker in a sandboxed frame.
  }
}

const NOTICE_ID = 'nyttokalkyl-update';

/**
 * A small, non-blocking notice at the bottom of the page: "A new version is
 * available [Reload] [Later]". Plain DOM, so it needs no place in the app's
 * component tree.
 */
export function showUpdateNotice(onReload: () => void): HTMLElement {
  document.getElementById(NOTICE_ID)?.remove();
  const box = document.createElement('div');
  box.id = NOTICE_ID;
  box.setAttribute('role', 'status');
  box.dataset.testid = 'update-notice';
  box.style.cssText = [
    'position:fixed',
    'inset:auto 1rem 1rem auto',
    'max-width:min(24rem,calc(100vw - 2rem))',
    'z-index:50',
    'display:flex',
    'flex-wrap:wrap',
    'align-items:center',
    'gap:0.5rem',
    'padding:0.6rem 0.8rem',
    'background:var(--surface,#f5f7f9)',
    'color:var(--fg,#1b1f24)',
    'border:1px solid var(--border,#d0d7de)',
    'border-left:4px solid var(--accent,#0b5d7a)',
    'border-radius:0.35rem',
    'box-shadow:0 2px 8px rgb(0 0 0 / 0.15)',
    'font-size:0.9rem',
  ].join(';');

  const text = document.createElement('span');
  text.textContent = i18n.t('share:update.available');
  const reload = document.createElement('button');
  reload.type = 'button';
  reload.textContent = i18n.t('share:update.reload');
  reload.addEventListener('click', () => {
    reload.disabled = true;
    onReload();
  });
  const later = document.createElement('button');
  later.type = 'button';
  later.textContent = i18n.t('share:update.later');
  later.addEventListener('click', () => box.remove());

  box.append(text, reload, later);
  document.body.append(box);
  return box;
}
