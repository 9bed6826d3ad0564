/**
 * Known figures: the Balder example goes through the engine (a fake client
 * calls it directly) and gives the published paybacks; invalid input shows
 * messages and no table.
 */
import { fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { appraiseKnownCase, parseKnownCase } from '../../engine';
import { EngineClient } from '../../lib/engine-client';
import { i18n } from '../../lib/i18n/index.svelte';
import { AppState } from '../../lib/state/app.svelte';
import type { KnownCaseResponse } from '../../worker/api';
import KnownFigures from './known-figures.svelte';
import TestHost from './test-host.svelte';

/** The worker's appraiseKnown, run in the test instead of a worker. */
class DirectClient extends EngineClient {
  calls: unknown[] = [];
  override async appraiseKnown(input: unknown): Promise<KnownCaseResponse> {
    this.calls.push(structuredClone(input));
    const parsed = parseKnownCase(input);
    return parsed.ok
      ? { ok: true, result: appraiseKnownCase(parsed.value) }
      : { ok: false, issues: parsed.issues };
  }
}

function setup() {
  const client = new DirectClient();
  render(TestHost, { component: KnownFigures, state: new AppState(), client });
  return client;
}
const input = (testid: string) => screen.getByTestId(testid) as HTMLInputElement;
const settle = () => new Promise((r) => setTimeout(r, 0));

afterEach(() => i18n.set('sv'));

describe('known figures', () => {
  it('the Balder example gives payback 13 for society and "neg." for Arbetsförmedlingen', async () => {
    const client = setup();
    expect(screen.getByTestId('known-empty')).toBeVisible();
    await fireEvent.click(screen.getByTestId('known-example'));
    await settle();
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
    i18n.set('en');
    await settle();
    expect(screen.getByTestId('known-payback-af')).toHaveTextContent('not reached');
  });

  it('typing the figures by hand in Swedish format gives the same result', async () => {
    setup();
    await fireEvent.input(input('known-participants'), { target: { value: '63' } });
    await fireEvent.input(input('known-cost'), { target: { value: '1 968 750' } });
    await fireEvent.input(input('known-revenue-samhalle'), { target: { value: '2 279 000' } });
    await settle();
    expect(screen.getByTestId('known-payback-samhalle')).toHaveTextContent('13');
    expect(document.querySelector('tr[data-actor="af"]')).toBeNull();
  });

  it('invalid input shows messages at the fields typed in, and no table', async () => {
    const client = setup();
    await fireEvent.input(input('known-participants'), { target: { value: '-5' } });
    await settle();
    expect(input('known-participants')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('Får inte vara mindre än 0.')).toBeVisible();
    // The cost has not been typed in yet: no message there.
    expect(input('known-cost')).toHaveAttribute('aria-invalid', 'false');
    expect(screen.getByTestId('known-empty')).toHaveTextContent('Rätta fälten ovan');
    await fireEvent.input(input('known-participants'), { target: { value: '63' } });
    await fireEvent.input(input('known-cost'), { target: { value: '100000' } });
    await fireEvent.input(input('known-revenue-kommun'), { target: { value: '5' } });
    await fireEvent.input(input('known-revenue-kommun'), { target: { value: '' } });
    await settle();
    expect(screen.getByText('Ange den årliga intäkten för minst en aktör.')).toBeVisible();
    expect(screen.queryByTestId('known-table')).toBeNull();
    expect(client.calls).toHaveLength(1);
  });

  it('takes a societal cost instead of a budget', async () => {
    setup();
    await fireEvent.click(screen.getByTestId('known-example'));
    await fireEvent.click(screen.getByLabelText('Samhällets kostnad (inkl. indirekta skatter)'));
    await fireEvent.input(input('known-cost'), { target: { value: '2 448 000' } });
    await settle();
    expect(screen.getByTestId('known-payback-samhalle')).toHaveTextContent('13');
    expect(screen.getByTestId('known-payback-kommun')).toHaveTextContent('–');
  });
});
