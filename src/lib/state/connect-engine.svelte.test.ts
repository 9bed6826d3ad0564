/**
 * The figures the page shows belong to the draft as it is: an answer the engine gives for an
 * earlier state of the draft is dropped, also when the draft has since become invalid and
 * asked for no figures of its own.
 */
import { flushSync } from 'svelte';
import { afterEach, expect, it } from 'vitest';
import type { WhatIf } from '../../engine';
import { EngineClient, type Outcome } from '../engine-client';
import { AppState, connectEngine } from './app.svelte';

/** A client whose answers the test gives, one per request, in the order asked. */
class HeldClient extends EngineClient {
  answers: ((o: Outcome) => void)[] = [];
  override evaluate(_s: unknown, _r: number, _w: WhatIf): Promise<Outcome> {
    return new Promise((resolve) => this.answers.push(resolve));
  }
}

const stops: (() => void)[] = [];
afterEach(() => stops.splice(0).forEach((s) => s()));

it('an answer that comes after the draft became invalid is not shown as its figures', async () => {
  const state = new AppState();
  const client = new HeldClient();
  stops.push($effect.root(() => connectEngine(state, client)));
  flushSync();
  expect(client.answers).toHaveLength(1);
  expect(state.status).toBe('computing');

  // The draft becomes invalid while the example's figures are computed: a negative count.
  state.draft.cohorts[0].groups[0].count = -1;
  flushSync();
  expect(state.validation.ok).toBe(false);
  expect(state.status).toBe('outdated');
  expect(client.answers).toHaveLength(1);

  // The example's figures arrive: they are not this draft's.
  const figures = { total: { participants: 63 } } as unknown;
  client.answers[0]({
    kind: 'done',
    response: { ok: true, result: figures, base: figures, single: {} },
  } as Outcome);
  await Promise.resolve();
  await Promise.resolve();
  expect(state.result).toBeNull();
  expect(state.status).toBe('outdated');
});
