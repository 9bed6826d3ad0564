/** A payback as the results show it: "13 mån" / "Nås inte", or "–" when there is none. */
import type { Payback } from '../../engine';
import { formatMonths, type Lang } from '../../lib/format';
import { i18n } from '../../lib/i18n/index.svelte';

export function paybackText(p: Payback | undefined, lang: Lang): string {
  if (p === undefined) return '–';
  return p === 'neg'
    ? i18n.t('results:keyFigures.paybackNeg')
    : i18n.t('results:keyFigures.paybackValue', { months: formatMonths(p, lang) });
}
