/** Texts shared by the uncertainty views. */
import type { WhatIf } from '../../engine';
import type { MessageKey } from '../../lib/i18n/index.svelte';

export { paybackText } from '../results/payback-text';

/** The what-if settings the tornado moves, by their slider's name. */
export const WHAT_IF_LABEL: Partial<Record<keyof WhatIf, MessageKey>> = {
  subsidisedToUnsubsidisedShare: 'results:whatIf.subsidisedToUnsubsidised',
  studiesToWorkShare: 'results:whatIf.studiesToWork',
  fewerPrimaryCareVisits: 'results:whatIf.fewerVisits',
  fewerPsychiatricCareDays: 'results:whatIf.fewerDays',
};
