/** Parameters: grouped, shares in %, edited marker, reset one and all. */
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { PARAM_IDS, PARAMETER_DEFS } from '../../engine';
import { i18n } from '../../lib/i18n/index.svelte';
import { AppState } from '../../lib/state/app.svelte';
import ParamsEditor from './params-editor.svelte';
import TestHost from './test-host.svelte';

function setup() {
  const state = new AppState();
  render(TestHost, { component: ParamsEditor, state });
  return state;
}
const input = (testid: string) => screen.getByTestId<HTMLInputElement>(testid);
const row = (id: string) => document.querySelector(`tr[data-param="${id}"]`) as HTMLElement;

afterEach(() => i18n.set('sv'));

describe('parameters editor', () => {
  it('lists every parameter once, grouped, with label, unit, range and source', () => {
    setup();
    expect(document.querySelectorAll('tr[data-param]')).toHaveLength(PARAM_IDS.length);
    expect(screen.getByText('Skatter och avgifter')).toBeVisible();
    const wage = row('referenceMonthlyWage');
    expect(wage).toHaveTextContent('Referenslön, osubventionerat instegsjobb');
    expect(wage).toHaveTextContent('20 000–30 000 kr/mån');
    expect(wage).toHaveTextContent('Payoff');
    expect(input('param-referenceMonthlyWage').value).toBe('25\u00a0000');
    expect(within(row('defaultSubsidyShare')).getByText('uppskattning')).toBeVisible();
    expect(within(row('employerContributionRate')).queryByText('uppskattning')).toBeNull();
    expect(input('param-employerContributionRate').value).toBe('31,42');
  });

  it('an edit marks the parameter "ändrad" and reset restores the default', async () => {
    const state = setup();
    expect(screen.getByTestId('params-changed')).toHaveTextContent(
      'Alla parametrar har standardvärden.',
    );
    expect(screen.getByTestId('reset-indirectTaxRate')).toBeDisabled();
    // The example's cohort is of 2017: the first edit makes the calculation's own copy of 2017.
    expect(state.draft.parameterSets).toEqual([]);
    await fireEvent.input(input('param-indirectTaxRate'), { target: { value: '20' } });
    expect(state.draft.parameterSets.map((p) => p.year)).toEqual([2017]);
    expect(state.draft.parameterSets[0].values.indirectTaxRate).toBe(0.2);
    expect(screen.getByTestId('edited-indirectTaxRate')).toHaveTextContent('ändrad');
    expect(row('indirectTaxRate')).toHaveTextContent('standard 24,35 %');
    expect(screen.getByTestId('params-changed')).toHaveTextContent('1 parameter ändrad');
    await fireEvent.click(screen.getByTestId('reset-indirectTaxRate'));
    expect(state.draft.parameterSets[0].values.indirectTaxRate).toBe(
      PARAMETER_DEFS.indirectTaxRate.value,
    );
    expect(input('param-indirectTaxRate').value).toBe('24,35');
    expect(screen.queryByTestId('edited-indirectTaxRate')).toBeNull();
  });

  it('"Återställ alla" resets every edited value; invalid values show their message', async () => {
    const state = setup();
    await fireEvent.input(input('param-referenceMonthlyWage'), { target: { value: '28 000' } });
    await fireEvent.input(input('param-costPrimaryCareVisit'), { target: { value: '-1' } });
    expect(state.draft.parameterSets[0].values.referenceMonthlyWage).toBe(28_000);
    expect(input('param-costPrimaryCareVisit')).toHaveAttribute('aria-invalid', 'true');
    expect(
      within(row('costPrimaryCareVisit')).getByText('Får inte vara mindre än 0.'),
    ).toBeVisible();
    expect(screen.getByTestId('params-changed')).toHaveTextContent('2 parametrar ändrade');
    await fireEvent.click(screen.getByTestId('params-reset-all'));
    // Back to the year's defaults: the calculation no longer carries a copy of 2017.
    expect(state.draft.parameterSets).toEqual([]);
    expect(state.paramsFor(2017).referenceMonthlyWage).toBe(25_000);
    expect(state.paramsFor(2017).costPrimaryCareVisit).toBe(1_500);
    expect(input('param-referenceMonthlyWage').value).toBe('25\u00a0000');
    expect(state.validation.ok).toBe(true);
  });

  it('shows English labels and marks after a language switch', async () => {
    setup();
    await fireEvent.input(input('param-indirectTaxRate'), { target: { value: '20' } });
    i18n.set('en');
    await Promise.resolve();
    expect(row('indirectTaxRate')).toHaveTextContent('Indirect-tax mark-up');
    expect(screen.getByTestId('edited-indirectTaxRate')).toHaveTextContent('edited');
    expect(within(row('defaultSubsidyShare')).getByText('estimate')).toBeVisible();
  });

  // Taking a hundred rows out of jsdom's document costs seconds on a busy 2-core machine:
  // more than the default 5 s limit, which this test has crossed in CI.
  it('filters by a search word', { timeout: 20_000 }, async () => {
    setup();
    await fireEvent.input(screen.getByLabelText('Sök parameter'), { target: { value: 'komvux' } });
    expect(document.querySelectorAll('tr[data-param]')).toHaveLength(1);
  });

  it('shows each rule year in use with its cohorts, and edits only the year shown', async () => {
    const state = new AppState();
    state.draft.cohorts.push({
      ...$state.snapshot(state.draft.cohorts[0]),
      id: 'c2022',
      name: 'Deltagare 2022',
      year: 2022,
    });
    render(TestHost, { component: ParamsEditor, state });
    // Newest year first: 2022, used by the new cohort.
    expect(screen.getByTestId('params-used-by')).toHaveTextContent(
      'Regler för 2022 används av: Deltagare 2022.',
    );
    // Prisbasbelopp 2022: 48 300 kr (Regeringen, SFS 2021:785).
    expect(input('param-prisbasbelopp').value).toBe('48\u00a0300');
    await fireEvent.click(screen.getByTestId('params-year-2017'));
    expect(screen.getByTestId('params-used-by')).toHaveTextContent(
      'Regler för 2017 används av: Deltagare 2017.',
    );
    // Prisbasbelopp 2017: 44 800 kr.
    expect(input('param-prisbasbelopp').value).toBe('44\u00a0800');
    await fireEvent.input(input('param-referenceMonthlyWage'), { target: { value: '27 000' } });
    expect(state.draft.parameterSets.map((p) => p.year)).toEqual([2017]);
    expect(state.paramsFor(2017).referenceMonthlyWage).toBe(27_000);
    expect(state.paramsFor(2022).referenceMonthlyWage).toBe(25_000);
  });

  it('offers an older calculation with one pinned set each cohort’s own year, with undo', async () => {
    const state = new AppState();
    state.draft.parameters = { setId: 'se-2025', year: 2025, values: { ...state.paramsFor(2025) } };
    render(TestHost, { component: ParamsEditor, state });
    expect(screen.getByTestId('params-pinned')).toHaveTextContent(
      'låst parameteruppsättning (2025)',
    );
    await fireEvent.click(screen.getByTestId('params-unpin'));
    expect(state.draft.parameters).toBeUndefined();
    expect(screen.getByTestId('params-used-by')).toHaveTextContent('Regler för 2017');
    await fireEvent.click(screen.getByTestId('params-unpin-undo'));
    expect(state.draft.parameters?.setId).toBe('se-2025');
  });
});
