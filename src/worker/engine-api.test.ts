/**
 * The engine worker's warm-up: the built-in example valued ahead, before
 * the page asks for it, without becoming the scenario the worker keeps.
 */
import { describe, expect, it } from 'vitest';
import { exampleScenario, NO_WHAT_IF, ValueStore } from '../engine';
import { createEngineApi, warmUp } from './engine-api';

describe('engine API: warm-up', () => {
  it("values the example's situations, so the page's first request finds them valued", async () => {
    const store = new ValueStore();
    const api = createEngineApi(store);
    warmUp(store);
    const valued = store.size;
    expect(valued).toBeGreaterThan(0);
    const r = await api.evaluate(exampleScenario(), 1, NO_WHAT_IF);
    expect(r.ok).toBe(true);
    // Not one situation of the example was left for the request to value.
    expect(store.size).toBe(valued);
  });

  it('keeps no scenario: a re-evaluation before any request is refused as not kept', async () => {
    const store = new ValueStore();
    const api = createEngineApi(store);
    warmUp(store);
    const r = await api.evaluate(null, 0, NO_WHAT_IF);
    expect(r).toEqual({
      ok: false,
      issues: [expect.objectContaining({ code: 'scenarioNotKept' })],
    });
  });

  it('changes no figure: the example evaluates the same warmed or not', async () => {
    const cold = await createEngineApi().evaluate(exampleScenario(), 1, NO_WHAT_IF);
    const store = new ValueStore();
    const warmed = createEngineApi(store);
    warmUp(store);
    const warm = await warmed.evaluate(exampleScenario(), 1, NO_WHAT_IF);
    if (!cold.ok || !warm.ok) throw new Error('the example did not evaluate');
    expect(warm.result).toEqual(cold.result);
    expect(warm.base).toEqual(cold.base);
  });
});
