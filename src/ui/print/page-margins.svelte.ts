/**
 * The printed report's page margins (print-report.svelte): page numbers and
 * the title in the margin boxes, following the report's language. A rune
 * module, because the style sheet follows the language through an effect.
 */
import { i18n } from '../../lib/i18n/index.svelte';

/**
 * Page numbers and the title in the page margin (CSS margin boxes), in the
 * report's language. A style sheet of its own, because a Svelte style
 * block cannot hold translated text; built through the CSSOM (a style
 * element would be refused by the Content-Security-Policy, style-src
 * 'self'), and it lives as long as the report.
 */
export function pageMargins(title: () => string) {
  return (node: HTMLElement) => {
    const doc = node.ownerDocument;
    if (typeof CSSStyleSheet === 'undefined' || !('adoptedStyleSheets' in doc)) return;
    const sheet = new CSSStyleSheet();
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    $effect(() => {
      const quote = (x: string) => `"${x.replace(/["\\]/g, '\\$&').replace(/\n/g, ' ')}"`;
      const page = i18n.t('share:print.page');
      const of = i18n.t('share:print.of');
      const box = 'font: 8pt system-ui, sans-serif; color: #333;';
      try {
        sheet.replaceSync(`@media print {
          @page {
            @bottom-left { content: ${quote(title())}; ${box} }
            @bottom-right { content: ${quote(`${page} `)} counter(page) ${quote(` ${of} `)} counter(pages); ${box} }
          }
          @page :first { @bottom-left { content: none; } }
        }`);
      } catch {
        // A browser without page-margin boxes prints without page numbers.
      }
    });
    return () => {
      doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  };
}
