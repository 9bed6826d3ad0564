/**
 * What the printed report (print-report.svelte) attaches to its root to read
 * well on paper: soft hyphens in long column headers, and charts in their
 * light palette. Its page margins are page-margins.svelte.ts.
 */
import { i18n } from '../../lib/i18n/index.svelte';

/**
 * Long compounds in column headers ("Återbetalningstid", "Arbetsförmedlingen")
 * get soft hyphens where they may break, so that a table of seven or nine
 * columns fits the page (the browser has no Swedish hyphenation of its own).
 * The words and their break points are the language's (`share:print.hyphenation`).
 */
export function hyphenateHeaders(node: HTMLElement) {
  const words = new Map(
    i18n
      .t('share:print.hyphenation')
      .split(/\s+/)
      .filter(Boolean)
      .map((w) => [w.replaceAll('-', ''), w.replaceAll('-', '\u00AD')] as const),
  );
  const apply = () => {
    for (const th of node.querySelectorAll('thead th')) {
      const walker = document.createTreeWalker(th, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const text = n.nodeValue ?? '';
        const next = text.replace(/\p{L}{12,}/gu, (w) => words.get(w) ?? w);
        if (next !== text) n.nodeValue = next;
      }
    }
  };
  apply();
  const mo = new MutationObserver(apply);
  mo.observe(node, { childList: true, subtree: true, characterData: true });
  return () => mo.disconnect();
}

/**
 * Charts print in their light palette whatever the screen's colour scheme:
 * the chart frame's `data-exporting` attribute selects it (as for SVG export).
 */
export function lightCharts(node: HTMLElement) {
  const mark = () =>
    node.querySelectorAll('figure.chart').forEach((f) => f.setAttribute('data-exporting', ''));
  mark();
  const mo = new MutationObserver(mark);
  mo.observe(node, { childList: true, subtree: true });
  return () => mo.disconnect();
}
