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
const input = (testid: string) => screen.getByTestId(testid) as HTMLInputElement;
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
    await fireEvent.input(input('param-indirectTaxRate'), { target: { value: '20' } });
    expect(state.draft.parameters.values.indirectTaxRate).toBe(0.2);
    expect(screen.getByTestId('edited-indirectTaxRate')).toHaveTextContent('ändrad');
    expect(row('indirectTaxRate')).toHaveTextContent('standard 24,35 %');
    expect(screen.getByTestId('params-changed')).toHaveTextContent('1 parameter ändrad');
    await fireEvent.click(screen.getByTestId('reset-indirectTaxRate'));
    expect(state.draft.parameters.values.indirectTaxRate).toBe(
      PARAMETER_DEFS.indirectTaxRate.value,
    );
    expect(input('param-indirectTaxRate').value).toBe('24,35');
    expect(screen.queryByTestId('edited-indirectTaxRate')).toBeNull();
  });

  it('"Återställ alla" resets every edited value; invalid values show their message', async () => {
    const state = setup();
    await fireEvent.input(input('param-referenceMonthlyWage'), { target: { value: '28 000' } });
    await fireEvent.input(input('param-costPrimaryCareVisit'), { target: { value: '-1' } });
    expect(state.draft.parameters.values.referenceMonthlyWage).toBe(28_000);
    expect(input('param-costPrimaryCareVisit')).toHaveAttribute('aria-invalid', 'true');
    expect(
      within(row('costPrimaryCareVisit')).getByText('Får inte vara mindre än 0.'),
    ).toBeVisible();
    expect(screen.getByTestId('params-changed')).toHaveTextContent('2 parametrar ändrade');
    await fireEvent.click(screen.getByTestId('params-reset-all'));
    expect(state.draft.parameters.values.referenceMonthlyWage).toBe(25_000);
    expect(state.draft.parameters.values.costPrimaryCareVisit).toBe(1_500);
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

  it('filters by a search word', async () => {
    setup();
    await fireEvent.input(screen.getByLabelText('Sök parameter'), { target: { value: 'komvux' } });
    expect(document.querySelectorAll('tr[data-param]')).toHaveLength(1);
  });
});
