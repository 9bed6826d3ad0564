/**
 * The draft the page has autosaved, read from its IndexedDB in the browser: a browser test
 * that reloads waits until the change it made is stored, not for the autosave's pause.
 */
import type { Page } from '@playwright/test';

/**
 * The stored draft's scenario (row "current" of the store "draft"), or with `row` "replaced"
 * the one its open undo brings back; null when none is stored.
 */
export function storedDraft(
  page: Page,
  row: 'current' | 'replaced' = 'current',
): Promise<Record<string, unknown> | null> {
  return page.evaluate(
    (row) =>
      new Promise<Record<string, unknown> | null>((resolve, reject) => {
        // Without a version: the database at the version the page opened it with.
        const open = indexedDB.open('nyttokalkyl');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('draft')) {
            db.close();
            resolve(null);
            return;
          }
          const get = db.transaction('draft').objectStore('draft').get(row);
          get.onerror = () => reject(get.error);
          get.onsuccess = () => {
            db.close();
            resolve(
              (get.result as { scenario?: Record<string, unknown> } | undefined)?.scenario ?? null,
            );
          };
        };
      }),
    row,
  );
}
