/**
 * The what-if panel's help under each slider tells how many participants the setting acts
 * on. Before there are figures (the first ones are computed, or a stored draft is read, which
 * takes seconds for a large one) it tells no count: "0 deltagare" would be a statement about
 * the reader's calculation that is not true.
 */
import { render } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { evaluateScenario, exampleScenario } from '../../engine';
import { i18n } from '../../lib/i18n/index.svelte';
import { AppState } from '../../lib/state/app.svelte';
import TestHost from '../inputs/test-host.svelte';
import WhatIfPanel from './what-if-panel.svelte';

function setup() {
  const state = new AppState();
  render(TestHost, { component: WhatIfPanel, state });
  return state;
}
const help = (id: string) => document.getElementById(id)?.textContent ?? '';

afterEach(() => i18n.set('sv'));

describe('the what-if panel before and after the first figures', () => {
  it('tells no count before there are figures, and the example’s counts once there are', async () => {
    const state = setup();
    for (const id of ['wi-sub-help', 'wi-level-help', 'wi-studies-help', 'wi-funds-help'])
      expect(help(id)).not.toMatch(/deltagare/);

    state.result = evaluateScenario(exampleScenario());
    // The example at exit (its groups): subsidised work g03–g06, 5 + 4 + 5 + 5 = 19 persons;
    // studies g07–g09, 4 + 3 + 4 = 11.
    await expect
      .poll(() => help('wi-sub-help'))
      .toContain('19 deltagare är i subventionerat arbete vid avslut.');
    expect(help('wi-studies-help')).toContain('11 deltagare studerar vid avslut.');
    expect(help('wi-level-help')).not.toContain('Ingen deltagare');
  });

  it('says that no one is in subsidised work only when the figures show it', async () => {
    const state = setup();
    expect(help('wi-level-help')).not.toContain('Ingen deltagare är i subventionerat arbete.');
    const none = exampleScenario();
    for (const g of none.cohorts[0].groups)
      for (const s of [g.after, g.followUp6, g.followUp24])
        if (s) s.income = s.income.filter((i) => i.source !== 'subventioneratArbete');
    state.result = evaluateScenario(none);
    await expect
      .poll(() => help('wi-level-help'))
      .toContain('Ingen deltagare är i subventionerat arbete.');
  });
});
