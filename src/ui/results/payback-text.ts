/**
 * A payback as the results show it: "13 mån" / "Nås inte", or "–" when there
 * is none. The key figures' style of `formatPayback`, which every view shares.
 */
import type { Payback } from '../../engine';
import { formatPayback, type Lang } from '../../lib/format';

export function paybackText(p: Payback | undefined, lang: Lang): string {
  return formatPayback(p, lang);
}
