/**
 * Loads ExcelJS (≈ 240 kB gzipped) the first time an Excel file is read or
 * written, never with the app: the import and export import this module
 * dynamically, so it lands in its own chunk (kept out of the PWA precache,
 * see vite.config.ts).
 */
import type * as ExcelJS from 'exceljs';

export type { ExcelJS };

let loading: Promise<typeof ExcelJS> | null = null;

export function loadExcelJs(): Promise<typeof ExcelJS> {
  loading ??= import('exceljs').then(
    // The browser build is a UMD bundle: its namespace arrives as the default export.
    (m) => (m as { default?: typeof ExcelJS }).default ?? m,
  );
  return loading;
}
