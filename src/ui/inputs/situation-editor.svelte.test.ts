/** One situation: sources and their details, extents in %, the rest, resources. */
import { fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../../lib/i18n/index.svelte';
import { AppState } from '../../lib/state/app.svelte';
import SituationEditor from './situation-editor.svelte';
import TestHost from './test-host.svelte';

const AFTER = 'cohorts[0].groups[0].after';

function setup(compact = false) {
  const state = new AppState();
  const situation = state.draft.cohorts[0].groups[0].after;
  render(TestHost, {
    component: SituationEditor,
    args: { situation, path: AFTER, label: 'Vid avslut, rad 1', compact },
    state,
  });
  return { state, situation };
}

afterEach(() => i18n.set('sv'));

describe('situation editor', () => {
  it('summarises the situation and opens with the keyboard', async () => {
    setup(true);
    const toggle = screen.getByTestId(`situation-toggle-${AFTER}`);
    expect(toggle).toHaveTextContent('Arbete 75 % + Ingen försörjning 25 %');
    expect(toggle).toHaveAccessibleName(/^Vid avslut, rad 1: Arbete\s75\s%/);
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await fireEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const panel = screen.getByTestId(`situation-panel-${AFTER}`);
    await fireEvent.keyDown(panel, { key: 'Escape' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(document.activeElement).toBe(toggle);
  });

  it('extent is typed in percent and stored as a share', async () => {
    const { situation } = setup();
    const extent = screen.getByTestId<HTMLInputElement>(`extent-${AFTER}.income[0]`);
    expect(extent.value).toBe('75');
    await fireEvent.input(extent, { target: { value: '62,5' } });
    expect(situation.income[0].extent).toBe(0.625);
    expect(screen.getByText('Resten av tiden (38 %): ingen offentlig försörjning.')).toBeVisible();
  });

  it('extents over 100 % show the sum message', async () => {
    const { situation } = setup();
    await fireEvent.click(screen.getByTestId('add-income'));
    expect(situation.income).toHaveLength(2);
    expect(situation.income[1].extent).toBe(0.25);
    await fireEvent.input(screen.getByTestId(`extent-${AFTER}.income[1]`), {
      target: { value: '50' },
    });
    expect(
      screen.getByText('Omfattningarna summerar till 125 %; högst 100 % är möjligt.'),
    ).toBeVisible();
  });

  it('subsidised work gets the default subsidy share; studies a school; work a wage', async () => {
    const { state, situation } = setup();
    const source = screen.getByTestId(`source-${AFTER}.income[0]`);
    expect(screen.getByTestId(`wage-${AFTER}.income[0]`)).toHaveAttribute(
      'placeholder',
      '25\u00a0000',
    );

    await fireEvent.change(source, { target: { value: 'subventioneratArbete' } });
    expect(situation.income[0].subsidyShare).toBe(0.8);
    const subsidy = screen.getByTestId<HTMLInputElement>(`subsidy-${AFTER}.income[0]`);
    expect(subsidy.value).toBe('80');
    await fireEvent.input(subsidy, { target: { value: '45' } });
    expect(situation.income[0].subsidyShare).toBe(0.45);

    await fireEvent.input(screen.getByTestId(`wage-${AFTER}.income[0]`), {
      target: { value: '22 000' },
    });
    expect(situation.income[0].monthlyWage).toBe(22_000);
    await fireEvent.input(screen.getByTestId(`wage-${AFTER}.income[0]`), {
      target: { value: '' },
    });
    expect(situation.income[0].monthlyWage).toBeUndefined();

    await fireEvent.change(source, { target: { value: 'studier' } });
    expect(situation.income[0]).toEqual({ source: 'studier', extent: 0.75, school: 'komvux' });
    expect(screen.queryByTestId(`subsidy-${AFTER}.income[0]`)).toBeNull();
    expect(screen.getByLabelText('Skolform')).toBeVisible();
    expect(state.validation.ok).toBe(true);
  });

  it('removes an income item and adds and removes resource use', async () => {
    const { state, situation } = setup();
    await fireEvent.click(screen.getByTestId(`remove-income-${AFTER}.income[0]`));
    expect(situation.income).toHaveLength(0);
    expect(screen.getByText('Ingen offentlig försörjning hela tiden.')).toBeVisible();

    await fireEvent.click(screen.getByText('+ Lägg till resurs'));
    expect(situation.resources).toEqual([{ item: 'vardcentralBesok', quantity: 0 }]);
    const qty = screen.getByTestId(`quantity-${AFTER}.resources[0]`);
    await fireEvent.input(qty, { target: { value: '5' } });
    expect(situation.resources[0].quantity).toBe(5);
    expect(state.validation.ok).toBe(true);
    await fireEvent.click(screen.getByRole('button', { name: 'Ta bort Besök i primärvården' }));
    expect(situation.resources).toHaveLength(0);
  });

  it('offers the scenario’s own resource items', async () => {
    const state = new AppState();
    state.draft.customResources.push({
      id: 'boende',
      name: 'Boendestöd',
      unitCost: 700,
      bearer: 'kommun',
    });
    const situation = state.draft.cohorts[0].groups[0].before;
    render(TestHost, {
      component: SituationEditor,
      args: { situation, path: 'cohorts[0].groups[0].before', label: 'Före', compact: false },
      state,
    });
    await fireEvent.click(screen.getByText('+ Lägg till resurs'));
    const select = screen.getByLabelText<HTMLSelectElement>('Resurs');
    expect([...select.options].map((o) => o.textContent)).toContain('Boendestöd');
  });

  it('labels follow the language', async () => {
    setup();
    i18n.set('en');
    await Promise.resolve();
    expect(screen.getByText('Support')).toBeVisible();
    expect(screen.getByRole('option', { name: 'Unsubsidised work' })).toBeInTheDocument();
  });
});
