/** Texts shared by the uncertainty views. */
import type { Payback, WhatIf } from '../../engine';
import { formatMonths, type Lang } from '../../lib/format';
import { i18n, type MessageKey } from '../../lib/i18n/index.svelte';

/** "13 mån" / "Nås inte". */
export function paybackText(p: Payback, lang: Lang): string {
  return p === 'neg'
    ? i18n.t('results:keyFigures.paybackNeg')
    : i18n.t('results:keyFigures.paybackValue', { months: formatMonths(p, lang) });
}

/** The what-if settings the tornado moves, by their slider's name. */
export const WHAT_IF_LABEL: Partial<Record<keyof WhatIf, MessageKey>> = {
  subsidisedToUnsubsidisedShare: 'results:whatIf.subsidisedToUnsubsidised',
  studiesToWorkShare: 'results:whatIf.studiesToWork',
  fewerPrimaryCareVisits: 'results:whatIf.fewerVisits',
  fewerPsychiatricCareDays: 'results:whatIf.fewerDays',
};
