/**
 * Offline support in jsdom: registering the service worker does nothing in
 * development and tests, and never throws where service workers are missing
 * or misbehave; the update notice is small, non-blocking, in the current
 * language, and reloads only when asked.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '../../src/lib/i18n/index.svelte';

afterEach(async () => {
  vi.unstubAllEnvs();
  i18n.set('sv');
  (await import('../../src/lib/i18n/index.svelte')).i18n.set('sv');
  vi.resetModules();
  document.body.innerHTML = '';
  Object.defineProperty(window, 'isSecureContext', { configurable: true, value: true });
  delete (navigator as unknown as Record<string, unknown>).serviceWorker;
});

const load = async () => (await import('../../src/lib/pwa')).registerServiceWorker;

function fakeServiceWorker(register: () => Promise<unknown>) {
  Object.defineProperty(navigator, 'serviceWorker', {
    configurable: true,
    value: { register, addEventListener: () => {}, controller: null },
  });
}

describe('registerServiceWorker', () => {
  it('does nothing in development and tests', async () => {
    // Everything else would allow it: a secure origin with service workers.
    Object.defineProperty(window, 'isSecureContext', { configurable: true, value: true });
    const register = vi.fn(() => Promise.resolve({}));
    fakeServiceWorker(register);
    const registerServiceWorker = await load();
    expect(import.meta.env.DEV).toBe(true);
    expect(() => registerServiceWorker()).not.toThrow();
    // Registering starts with loading workbox-window: once every load has settled, it would have.
    await vi.dynamicImportSettled();
    expect(register).not.toHaveBeenCalled();
  });

  it('does nothing and does not throw without service workers (jsdom, old browsers)', async () => {
    vi.stubEnv('DEV', false);
    const registerServiceWorker = await load();
    expect('serviceWorker' in navigator).toBe(false);
    expect(() => registerServiceWorker()).not.toThrow();
  });

  it('does nothing on an insecure origin', async () => {
    vi.stubEnv('DEV', false);
    Object.defineProperty(window, 'isSecureContext', { configurable: true, value: false });
    const register = vi.fn(() => Promise.resolve({}));
    fakeServiceWorker(register);
    const registerServiceWorker = await load();
    expect(() => registerServiceWorker()).not.toThrow();
    // Registering starts with loading workbox-window: once every load has settled, it would have.
    await vi.dynamicImportSettled();
    expect(register).not.toHaveBeenCalled();
  });

  it('never throws when touching service workers throws', async () => {
    vi.stubEnv('DEV', false);
    Object.defineProperty(navigator, 'serviceWorker', {
      configurable: true,
      get() {
        throw new DOMException('sandboxed', 'SecurityError');
      },
    });
    const registerServiceWorker = await load();
    expect(() => registerServiceWorker()).not.toThrow();
    await vi.dynamicImportSettled();
  });

  it('swallows a failed registration (file://, blocked, quota)', async () => {
    vi.stubEnv('DEV', false);
    const register = vi.fn(() => Promise.reject(new TypeError('Failed to register')));
    fakeServiceWorker(register);
    const onUnhandled = vi.fn();
    process.on('unhandledRejection', onUnhandled);
    try {
      const registerServiceWorker = await load();
      expect(() => registerServiceWorker()).not.toThrow();
      await vi.waitFor(() => expect(register).toHaveBeenCalledTimes(1));
      expect(register.mock.calls[0]).toEqual(['./sw.js', { scope: './' }]);
      registerServiceWorker(); // once only
      await vi.dynamicImportSettled();
      expect(register).toHaveBeenCalledTimes(1);
      expect(onUnhandled).not.toHaveBeenCalled();
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });
});

describe('update notice', () => {
  it('is a polite status with Reload and Later, in the current language', async () => {
    const { showUpdateNotice } = await import('../../src/lib/pwa');
    const onReload = vi.fn();
    const box = showUpdateNotice(onReload);
    expect(box.getAttribute('role')).toBe('status');
    expect(box).toHaveTextContent('En ny version av Nyttokalkyl finns.');
    const [reload, later] = box.querySelectorAll('button');
    expect(reload).toHaveTextContent('Ladda om');
    reload.click();
    expect(onReload).toHaveBeenCalledTimes(1);
    expect(reload.disabled).toBe(true);
    expect(later).toHaveTextContent('Senare');
    later.click();
    expect(document.body.contains(box)).toBe(false);
  });

  it('speaks English when the app does, and never stacks', async () => {
    const { showUpdateNotice } = await import('../../src/lib/pwa');
    // The module registry was reset: use the i18n instance the fresh pwa module sees
    // (its English texts are not loaded yet: the switch waits for them).
    await (await import('../../src/lib/i18n/index.svelte')).i18n.switchTo('en');
    showUpdateNotice(() => {});
    const box = showUpdateNotice(() => {});
    expect(document.querySelectorAll('[data-testid="update-notice"]')).toHaveLength(1);
    expect(box).toHaveTextContent('A new version of Nyttokalkyl is available.');
    expect(box.querySelectorAll('button')[0]).toHaveTextContent('Reload');
  });
});
