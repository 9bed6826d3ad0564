/**
 * Each what-if setting on its own: the figures one slider gives when every
 * other setting is at none, and the change it makes to society's revenue.
 * The Tänk om panel tells each slider's effect from these (the summary below
 * the sliders shows all settings together, which is the ordinary result).
 */
import {
  evaluatePrepared,
  keyFigures,
  NO_WHAT_IF,
  type KeyFigures,
  type Prepared,
  type SegmentResult,
} from '../evaluate';
import type { WhatIf } from '../schema';

/**
 * What one what-if setting does on its own: the key figures, and what a
 * delayed effect needs to be told truly (studies → work after a delay
 * changes nothing in year 1, but every year from the delay on).
 */
export interface SliderFigures extends KeyFigures {
  profitHorizon: KeyFigures['yearlyRevenue'];
  /** Society's revenue year by year, over max(horizon, 5) years. */
  revenueByYear: number[];
}

/**
 * The what-if settings with only `key` taken from `settings`, every other
 * setting at none. The delay goes with the share of studies → work: on its
 * own it means nothing.
 */
export function settingAlone(settings: WhatIf, key: keyof WhatIf): WhatIf {
  return key === 'studiesToWorkShare'
    ? {
        ...NO_WHAT_IF,
        studiesToWorkShare: settings.studiesToWorkShare,
        studiesToWorkDelayYears: settings.studiesToWorkDelayYears,
      }
    : { ...NO_WHAT_IF, [key]: settings[key] };
}

/** A segment's figures as a slider reports them. */
export function sliderFigures(t: SegmentResult): SliderFigures {
  return {
    ...keyFigures(t),
    profitHorizon: t.profitHorizon,
    revenueByYear: t.revenueByYear.map((y) => y.samhalle),
  };
}

/**
 * Every setting that differs from none, evaluated alone on the prepared
 * scenario (`settingAlone`): the change that one slider makes, e.g. payback
 * 13 → 4 months. Settings at none are left out.
 */
export function eachSettingAlone(
  prepared: Prepared,
  settings: WhatIf,
): Partial<Record<keyof WhatIf, SliderFigures>> {
  const single: Partial<Record<keyof WhatIf, SliderFigures>> = {};
  for (const key of Object.keys(settings) as (keyof WhatIf)[]) {
    if (settings[key] === NO_WHAT_IF[key]) continue;
    single[key] = sliderFigures(evaluatePrepared(prepared, settingAlone(settings, key)).total);
  }
  return single;
}

/**
 * A setting's own effect on society's yearly revenue:
 * revenue(setting alone) − revenue(base).
 */
export function revenueChangeAlone(single: SliderFigures, base: SegmentResult): number {
  return single.yearlyRevenue.samhalle - base.yearlyRevenue.samhalle;
}

/**
 * A setting's own effect on society's revenue in one year (0 = the first),
 * for an effect that starts late: revenueByYear(alone)[y] − revenueByYear(base)[y],
 * a year beyond either series counting as 0.
 */
export function revenueChangeInYear(
  single: SliderFigures,
  base: SegmentResult,
  yearIndex: number,
): number {
  return (single.revenueByYear[yearIndex] ?? 0) - (base.revenueByYear[yearIndex]?.samhalle ?? 0);
}
