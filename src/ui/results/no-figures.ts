import type { MessageKey } from '../../lib/i18n/index.svelte';
import type { Status } from '../../lib/state/app.svelte';

/**
 * What stands where the key figures go while there are none: that they are being computed,
 * that the inputs must be corrected first, or that they could not be computed. Never
 * "computing" for a calculation that nothing is computing.
 */
export function noFiguresKey(status: Status): MessageKey {
  if (status === 'outdated') return 'results:keyFigures.invalid';
  if (status === 'failed') return 'results:keyFigures.failed';
  return 'results:keyFigures.waiting';
}
