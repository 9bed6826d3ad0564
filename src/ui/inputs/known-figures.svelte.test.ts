/**
 * Known figures: the Balder example goes through the engine (a fake client
 * calls it directly) and gives the published paybacks; society's cost gives
 * every actor its cost; the figures live in the scenario (saved with it and
 * shown again when it is opened); invalid input shows messages and no table.
 */
import { fireEvent, render, screen } from '@testing-library/svelte';
import { tick } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import {
  appraiseKnownCase,
  exampleScenario,
  parseKnownCase,
  parseScenario,
  type WhatIf,
} from '../../engine';
import { EngineClient, type Outcome } from '../../lib/engine-client';
import { i18n } from '../../lib/i18n/index.svelte';
import { AppState, connectEngine } from '../../lib/state/app.svelte';
import type { KnownCaseResponse } from '../../worker/api';
import KnownFigures from './known-figures.svelte';
import TestHost from './test-host.svelte';

/** The worker's appraiseKnown, run in the test instead of a worker; no participant evaluation. */
class DirectClient extends EngineClient {
  calls: unknown[] = [];
  override async appraiseKnown(input: unknown): Promise<KnownCaseResponse> {
    this.calls.push(structuredClone(input));
    const parsed = parseKnownCase(input);
    return parsed.ok
      ? { ok: true, result: appraiseKnownCase(parsed.value) }
      : { ok: false, issues: parsed.issues };
  }
  override evaluate(_s: unknown, _r: number, _w: WhatIf): Promise<Outcome> {
    return Promise.resolve({ kind: 'superseded' });
  }
}

const cleanups: (() => void)[] = [];
function setup(state = new AppState()) {
  const client = new DirectClient();
  cleanups.push($effect.root(() => connectEngine(state, client)));
  render(TestHost, { component: KnownFigures, state, client });
  return { client, state };
}
const input = (testid: string) => screen.getByTestId<HTMLInputElement>(testid);
/** Until the table shows (the appraisal answers asynchronously). */
const table = () => screen.findByTestId('known-table');

afterEach(() => {
  i18n.set('sv');
  while (cleanups.length) cleanups.pop()!();
});

describe('known figures', () => {
  it('the Balder example gives payback 13 for society and "neg." for Arbetsförmedlingen', async () => {
    const { client, state } = setup();
    expect(screen.getByTestId('known-empty')).toBeVisible();
    // Opening the tab changes nothing in the calculation.
    expect(state.draft.knownFigures).toBeUndefined();
    await fireEvent.click(screen.getByTestId('known-example'));
    await table();
    expect(input('known-participants').value).toBe('63');
    expect(input('known-revenue-af').value).toBe('-2\u00a0901\u00a0000');
    expect(client.calls.at(-1)).toMatchObject({ participants: 63, budget: 1_968_750 });
    expect(screen.getByTestId('known-payback-samhalle')).toHaveTextContent('13');
    expect(screen.getByTestId('known-payback-af')).toHaveTextContent('neg.');
    expect(screen.getByTestId('known-payback-kommun')).toHaveTextContent('6');
    expect(screen.getByTestId('known-payback-fk')).toHaveTextContent('43');
    const society = document.querySelector('tr[data-actor="samhalle"]')!;
    // Cost 2 448 000, 1 year −169 000, 5 years 8 946 000 in the report (MODEL.md §8: its
    // inputs are rounded, ±5 000 kr); the engine's 8 946 859 rounds to 8 947 000.
    expect(society).toHaveTextContent('2 448 000 kr');
    expect(society).toHaveTextContent('−169 000 kr');
    expect(society).toHaveTextContent('8 947 000 kr');
    // The figures are the scenario's: saved with it.
    expect(state.draft.knownFigures).toMatchObject({ participants: 63, cost: 1_968_750 });
    expect(screen.getByTestId('known-example')).toBeDisabled();
    i18n.set('en');
    await tick();
    expect(screen.getByTestId('known-payback-af')).toHaveTextContent('not reached');
  });

  it('typing the figures by hand in Swedish format gives the same result', async () => {
    setup();
    await fireEvent.input(input('known-participants'), { target: { value: '63' } });
    await fireEvent.input(input('known-cost'), { target: { value: '1 968 750' } });
    await fireEvent.input(input('known-revenue-samhalle'), { target: { value: '2 279 000' } });
    await table();
    expect(screen.getByTestId('known-payback-samhalle')).toHaveTextContent('13');
    expect(document.querySelector('tr[data-actor="af"]')).toBeNull();
  });

  it('invalid input shows messages at the fields typed in, and no table', async () => {
    const { client } = setup();
    await fireEvent.input(input('known-participants'), { target: { value: '-5' } });
    expect(input('known-participants')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getAllByText('Får inte vara mindre än 0.')).toHaveLength(1);
    // The cost has not been typed in yet: no message there.
    expect(input('known-cost')).toHaveAttribute('aria-invalid', 'false');
    expect(screen.getByTestId('known-empty')).toHaveTextContent('Rätta fälten ovan');
    await fireEvent.input(input('known-participants'), { target: { value: '63' } });
    await fireEvent.input(input('known-cost'), { target: { value: '100000' } });
    await fireEvent.input(input('known-revenue-kommun'), { target: { value: '5' } });
    await table();
    await fireEvent.input(input('known-revenue-kommun'), { target: { value: '' } });
    expect(await screen.findByText('Ange den årliga intäkten för minst en aktör.')).toBeVisible();
    expect(screen.queryByTestId('known-table')).toBeNull();
    expect(client.calls).toHaveLength(1);
  });

  it("takes society's cost and gives every actor its cost, profitability and payback", async () => {
    const { state } = setup();
    await fireEvent.click(screen.getByTestId('known-example'));
    await fireEvent.click(screen.getByLabelText('Samhällets kostnad (inkl. indirekta skatter)'));
    await fireEvent.input(input('known-cost'), { target: { value: '2 448 000' } });
    await table();
    expect(state.draft.knownFigures).toMatchObject({ costGiven: 'societalCost', cost: 2_448_000 });
    // 2 448 000 / 1.2435 × 25 % = 492 159 kr for kommun: 1 year 1 061 000 − 492 159 = 568 841;
    // payback ceil(12 × 492 159 / 1 061 000) = 6 months. ovrigStat: 2 448 000 − 4 × 492 159 = 479 363.
    const kommun = document.querySelector('tr[data-actor="kommun"]')!;
    expect(kommun).toHaveTextContent('492 000 kr');
    expect(kommun).toHaveTextContent('569 000 kr');
    expect(screen.getByTestId('known-payback-kommun')).toHaveTextContent('6');
    expect(screen.getByTestId('known-payback-fk')).toHaveTextContent('43');
    expect(screen.getByTestId('known-payback-samhalle')).toHaveTextContent('13');
    expect(document.querySelector('tr[data-actor="ovrigStat"]')).toHaveTextContent('479 000 kr');
  });

  it('shows the figures of an opened calculation, and chooses what the key figures show', async () => {
    const s = exampleScenario();
    s.knownFigures = {
      participants: 63,
      costGiven: 'budget',
      cost: 1_968_750,
      yearlyRevenue: { samhalle: 2_279_000 },
      inKeyFigures: false,
    };
    const parsed = parseScenario(JSON.parse(JSON.stringify(s)));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    const state = new AppState();
    state.load(parsed.value);
    setup(state);
    await table();
    expect(screen.getByTestId('known-payback-samhalle')).toHaveTextContent('13');
    expect(screen.getByTestId('known-show-participants')).toBeChecked();
    await fireEvent.click(screen.getByTestId('known-show-known'));
    expect(state.draft.knownFigures?.inKeyFigures).toBe(true);
    expect(state.knownInKeyFigures).toBe(true);
    // Emptying the form keeps the choice but no figures.
    await fireEvent.click(screen.getByTestId('known-clear'));
    expect(state.draft.knownFigures).toEqual({
      costGiven: 'budget',
      yearlyRevenue: {},
      inKeyFigures: true,
    });
    expect(await screen.findByTestId('known-empty')).toBeVisible();
  });
});
