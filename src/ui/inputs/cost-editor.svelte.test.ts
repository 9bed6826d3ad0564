/** Title, horizon, financing shares (stored as shares, sum shown) and cost modes. */
import { fireEvent, render, screen } from '@testing-library/svelte';
import { tick } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { evaluateScenario } from '../../engine';
import { i18n } from '../../lib/i18n/index.svelte';
import { AppState } from '../../lib/state/app.svelte';
import CostEditor from './cost-editor.svelte';
import TestHost from './test-host.svelte';
import { newCohort } from './scenario-edit';

function setup() {
  const state = new AppState();
  render(TestHost, { component: CostEditor, state });
  return state;
}
const input = (testid: string) => screen.getByTestId<HTMLInputElement>(testid);

afterEach(() => i18n.set('sv'));

describe('cost editor', () => {
  it('financing shares are typed in percent, stored as shares, and their sum is shown', async () => {
    const state = setup();
    expect(input('financing-kommun').value).toBe('25');
    expect(screen.getByTestId('financing-sum')).toHaveTextContent('100 %');
    await fireEvent.input(input('financing-kommun'), { target: { value: '30' } });
    expect(state.draft.financing.kommun).toBe(0.3);
    expect(screen.getByTestId('financing-sum')).toHaveTextContent('105 %');
    expect(screen.getByText('måste bli 100 %')).toBeVisible();
    expect(
      screen.getByText('Finansieringsandelarna summerar till 105 %; de måste bli 100 %.'),
    ).toBeVisible();
    await fireEvent.input(input('financing-region'), { target: { value: '12,5' } });
    expect(state.draft.financing.region).toBe(0.125);
    await fireEvent.input(input('financing-ovrigStat'), { target: { value: '7,5' } });
    expect(state.draft.financing.ovrigStat).toBe(0.075);
    expect(screen.getByTestId('financing-sum')).toHaveTextContent('100 %');
    expect(state.validation.ok).toBe(true);
    await fireEvent.click(screen.getByTestId('reset-financing'));
    expect(state.draft.financing).toEqual({
      kommun: 0.25,
      region: 0.25,
      af: 0.25,
      fk: 0.25,
      ovrigStat: 0,
    });
  });

  it('an emptied share shows a dash as the sum and stores NaN', async () => {
    const state = setup();
    await fireEvent.input(input('financing-af'), { target: { value: '' } });
    expect(state.draft.financing.af).toBeNaN();
    expect(screen.getByTestId('financing-sum')).toHaveTextContent('–');
    expect(input('financing-af')).toHaveAttribute('aria-invalid', 'true');
  });

  it('edits title and horizon, with messages at their fields', async () => {
    const state = setup();
    await fireEvent.input(screen.getByTestId('scenario-title'), { target: { value: 'Balder' } });
    expect(state.draft.title).toBe('Balder');
    await fireEvent.input(input('horizon'), { target: { value: '0' } });
    expect(state.draft.horizonYears).toBe(0);
    expect(input('horizon')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('Får inte vara mindre än 1.')).toBeVisible();
  });

  it('shows the evaluated share of an annual budget', () => {
    setup();
    expect(screen.getByTestId('mode-0-annualShare')).toBeChecked();
    expect(input('annual-budget-0').value).toBe('4\u00a0750\u00a0000');
    expect(screen.getByTestId('evaluated-share-0')).toHaveTextContent(
      'Tabellen har 63 av årets 152 deltagare (41 %)',
    );
  });

  it('switches cost mode and keeps what was typed in the other mode', async () => {
    const state = setup();
    await fireEvent.click(screen.getByTestId('mode-0-total'));
    expect(state.draft.cohorts[0].cost.mode).toBe('total');
    expect(input('budget-0').value).toBe('');
    expect(screen.getByText('Ange ett tal.')).toBeVisible();
    await fireEvent.input(input('budget-0'), { target: { value: '1 968 750' } });
    expect(state.draft.cohorts[0].cost).toEqual({ mode: 'total', budget: 1_968_750 });
    await fireEvent.click(screen.getByTestId('mode-0-standard'));
    expect(state.draft.cohorts[0].cost).toEqual({ mode: 'standard' });
    expect(screen.getByText(/64 000 kr per deltagare \(parametern/)).toBeVisible();
    await fireEvent.click(screen.getByTestId('mode-0-annualShare'));
    expect(state.draft.cohorts[0].cost).toEqual({
      mode: 'annualShare',
      annualBudget: 4_750_000,
      annualParticipants: 152,
    });
    await fireEvent.click(screen.getByTestId('mode-0-total'));
    expect(state.draft.cohorts[0].cost).toEqual({ mode: 'total', budget: 1_968_750 });
  });

  it('a new cohort asks for its cost and offers the standard cost as a marked choice', async () => {
    const state = setup();
    state.draft.cohorts.push(newCohort(state.draft.cohorts, 'Kohort 2'));
    const ask = await screen.findByTestId('cost-ask-1');
    expect(ask).toHaveTextContent('Ange kohortens kostnad.');
    // The standard cost is not taken silently: the cost is invalid until given.
    expect(state.draft.cohorts[1].cost.mode).toBe('total');
    expect(state.issuesAt('cohorts[1].cost.budget').length).toBeGreaterThan(0);
    expect(screen.getByTestId('cohort-cost-1')).toHaveTextContent(/Standardkostnad\s*schablon:/);

    await fireEvent.input(input('budget-1'), { target: { value: '2,5 mkr' } });
    expect(state.draft.cohorts[1].cost).toEqual({ mode: 'total', budget: 2_500_000 });
    expect(screen.queryByTestId('cost-ask-1')).toBeNull();

    await fireEvent.input(input('budget-1'), { target: { value: '' } });
    await fireEvent.click(screen.getByTestId('use-standard-1'));
    expect(state.draft.cohorts[1].cost).toEqual({ mode: 'standard' });
    expect(screen.queryByTestId('cost-ask-1')).toBeNull();
  });

  it('an unreadable amount says why, in the current language', async () => {
    setup();
    await fireEvent.click(screen.getByTestId('mode-0-total'));
    await fireEvent.input(input('budget-0'), { target: { value: '2 5OO 000' } });
    expect(input('budget-0')).toHaveAttribute('aria-invalid', 'true');
    expect(input('budget-0')).toHaveAccessibleDescription(/"2 5OO 000" är inte ett tal/);
    i18n.set('en');
    await fireEvent.input(input('budget-0'), { target: { value: '5 kg' } });
    expect(input('budget-0')).toHaveAccessibleDescription(/Unknown unit "kg"/);
  });
});

describe('a cost including or excluding indirect taxes', () => {
  it('is stated as people quote it ("2,5 mkr inklusive indirekta skatter") and shows both figures', async () => {
    const state = setup();
    await fireEvent.click(screen.getByTestId('mode-0-total'));
    await fireEvent.input(input('budget-0'), { target: { value: '2,5 mkr' } });
    expect(screen.getByTestId('tax-excl-0')).toBeChecked();
    await fireEvent.click(screen.getByTestId('tax-incl-0'));
    expect(state.draft.cohorts[0].cost).toEqual({
      mode: 'total',
      budget: 2_500_000,
      includesIndirectTaxes: true,
    });
    expect(screen.getByText(/Belopp inklusive indirekta skatter/)).toBeVisible();
    // The engine's figures, as the worker would give them: 2 500 000 / 1.2435 = 2 010 454 kr.
    if (!state.validation.ok) throw new Error('invalid');
    const r = evaluateScenario(state.validation.value);
    state.base = r;
    state.result = r;
    state.status = 'ready';
    await tick();
    expect(screen.getByTestId('engine-budget-0')).toHaveTextContent(
      'budget 2 010 454 kr exklusive indirekta skatter, samhällets kostnad 2 500 000 kr inklusive indirekta skatter (24,35 %)',
    );
    // While the next result is computed the figures stay (nothing below them moves), as they
    // were; dimmed when the inputs have no current result.
    state.status = 'computing';
    await tick();
    expect(screen.getByTestId('engine-budget-0')).toHaveTextContent('budget 2 010 454 kr');
    expect(screen.getByTestId('engine-budget-0')).not.toHaveClass('outdated');
    state.status = 'outdated';
    await tick();
    expect(screen.getByTestId('engine-budget-0')).toHaveClass('outdated');
    state.status = 'ready';
    await tick();
    expect(screen.getByTestId('engine-budget-0')).not.toHaveClass('outdated');
    // Another mode keeps the choice; excluding again writes no flag (what older files mean).
    await fireEvent.click(screen.getByTestId('mode-0-perParticipant'));
    expect(state.draft.cohorts[0].cost).toMatchObject({ includesIndirectTaxes: true });
    await fireEvent.click(screen.getByTestId('tax-excl-0'));
    expect(state.draft.cohorts[0].cost).not.toHaveProperty('includesIndirectTaxes');
    await fireEvent.click(screen.getByTestId('mode-0-standard'));
    expect(screen.queryByTestId('tax-incl-0')).toBeNull();
  });
});
