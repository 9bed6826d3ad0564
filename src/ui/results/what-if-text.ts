/**
 * What the Tänk om sliders say about themselves, in words true to the model:
 * the change one setting makes on its own (the worker's `single` figures;
 * the change in revenue from engine/figures) and all of them together.
 * Studies → work after a delay changes nothing in the first years, so its
 * effect is told from the year the work starts and over the horizon, never
 * as "+0 kr per år".
 */
import type { EvaluationResult, WhatIf } from '../../engine';
import { revenueChangeAlone, revenueChangeInYear } from '../../engine/figures';
import { formatAmount, formatKr, formatMkr, formatMonths, type Lang } from '../../lib/format';
import { i18n } from '../../lib/i18n/index.svelte';
import { paybackText } from './payback-text';
import type { SliderFigures } from '../../worker/api';

type Segment = EvaluationResult['total'];

/** "+1 234 000 kr", "−2,9 mkr", "±0 kr". */
export function signedAmount(x: number, lang: Lang): string {
  const rounded = Math.round(x / 1000) * 1000;
  if (rounded === 0) return `±${formatAmount(0, lang)}`;
  return `${rounded > 0 ? '+' : ''}${formatAmount(x, lang)}`;
}

/** The change one what-if setting makes on its own, or "Ingen ändring". */
export function sliderEffect(
  key: keyof WhatIf,
  single: SliderFigures | undefined,
  base: Segment | undefined,
  whatIf: WhatIf,
  horizonYears: number,
  lang: Lang,
): string {
  if (!single || !base) return i18n.t('results:whatIf.noEffect');
  const from = formatMonths(base.paybackMonths.samhalle, lang);
  const to = formatMonths(single.paybackMonths.samhalle, lang);
  const delay = key === 'studiesToWorkShare' ? whatIf.studiesToWorkDelayYears : 0;
  if (delay > 0) {
    const year = delay + 1;
    if (delay >= horizonYears)
      return i18n.t('results:whatIf.effectBeyond', { years: horizonYears, year });
    const change = revenueChangeInYear(single, base, delay);
    const [profitFrom, profitTo] = amountPair(
      base.profitHorizon.samhalle,
      single.profitHorizon.samhalle,
      lang,
    );
    return i18n.t('results:whatIf.effectDelayed', {
      revenue: signedAmount(change, lang),
      year,
      unchanged: i18n.t('results:whatIf.unchanged', { count: delay }),
      years: horizonYears,
      profitFrom,
      profitTo,
      from,
      to,
    });
  }
  return i18n.t('results:whatIf.effect', {
    from,
    to,
    revenue: signedAmount(revenueChangeAlone(single, base), lang),
  });
}

/** Two amounts in one unit (mkr from ten million, as the key figures), so "from → to" reads at a glance. */
export function amountPair(a: number, b: number, lang: Lang): [string, string] {
  const f = Math.max(Math.abs(a), Math.abs(b)) >= 10_000_000 ? formatMkr : formatKr;
  return [f(a, lang), f(b, lang)];
}

/** One line of the combined summary: a key figure without and with the what-if settings. */
export interface TogetherLine {
  key: 'payback' | 'revenue' | 'profitH';
  label: string;
  from: string;
  to: string;
}

/** The key figures without and with every what-if setting, for the summary under the sliders. */
export function togetherLines(
  result: Segment,
  base: Segment,
  horizonYears: number,
  lang: Lang,
): TogetherLine[] {
  const months = (p: Segment['paybackMonths']['samhalle']) => paybackText(p, lang);
  const revenue = amountPair(base.yearlyRevenue.samhalle, result.yearlyRevenue.samhalle, lang);
  const profit = amountPair(base.profitHorizon.samhalle, result.profitHorizon.samhalle, lang);
  return [
    {
      key: 'payback',
      label: i18n.t('results:whatIf.togetherPayback'),
      from: months(base.paybackMonths.samhalle),
      to: months(result.paybackMonths.samhalle),
    },
    {
      key: 'revenue',
      label: i18n.t('results:whatIf.togetherRevenue'),
      from: revenue[0],
      to: revenue[1],
    },
    {
      key: 'profitH',
      label: i18n.t('results:keyFigures.profitH', { years: horizonYears }),
      from: profit[0],
      to: profit[1],
    },
  ];
}
