/**
 * The page's Monte Carlo run state: idle, running with progress, done with its result and
 * what it was computed for, cancelled or failed — and the last result kept through a new
 * run or a cancel. The real uncertainty API runs behind a MessageChannel in place of the worker.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { exampleScenario, NO_WHAT_IF, type Scenario } from '../../engine';
import { channelWorker } from '../../../tests/support/channel-worker';
import { createUncertaintyApi, type UncertaintyApi } from '../../worker/uncertainty-api';
import { UncertaintyClient } from '../uncertainty-client';
import { MonteCarloState } from './monte-carlo.svelte';

const clients: UncertaintyClient[] = [];
afterEach(() => clients.splice(0).forEach((c) => c.dispose()));

function stateWith(api: () => UncertaintyApi = createUncertaintyApi) {
  const client = new UncertaintyClient(() => channelWorker(api()));
  clients.push(client);
  return new MonteCarloState(client);
}

function scenario(draws: number, seed = 5): Scenario {
  const s = exampleScenario();
  s.uncertainty = { ...s.uncertainty, draws, seed };
  return s;
}

/** An API whose Monte Carlo run waits for `release`, reporting the progress it is given first. */
function gated() {
  let release: () => void = () => {};
  const gate = new Promise<void>((r) => (release = r));
  const real = createUncertaintyApi();
  const api: UncertaintyApi = {
    sensitivity: (...a) => real.sensitivity(...a),
    async monteCarlo(scenario, revision, whatIf, onProgress) {
      onProgress?.(250, 1_000);
      await gate;
      return real.monteCarlo(scenario, revision, whatIf, onProgress);
    },
  };
  return { api, release: () => release() };
}

describe('MonteCarloState', () => {
  it('is idle until a run starts, and has no last result', () => {
    const mc = stateWith();
    expect(mc.run).toEqual({ kind: 'idle' });
    expect(mc.last).toBeNull();
  });

  it('runs: running from 0 of the draws, with progress, then done with the result and its key', async () => {
    const { api, release } = gated();
    const mc = stateWith(() => api);
    const started = mc.start(scenario(1_000), 3, NO_WHAT_IF, 'rev-3');
    expect(mc.run).toMatchObject({ kind: 'running', done: 0, total: 1_000 });
    // The progress the worker reports reaches the state while it runs.
    await vi.waitFor(() => expect(mc.run).toMatchObject({ kind: 'running', done: 250 }));
    release();
    await started;
    expect(mc.run.kind).toBe('done');
    if (mc.run.kind !== 'done') return;
    expect(mc.run.key).toBe('rev-3');
    expect(mc.run.result.draws).toBe(1_000);
    expect(mc.run.result.seed).toBe(5);
    expect(mc.run.ms).toBeGreaterThanOrEqual(0);
    expect(mc.last).toEqual({ result: mc.run.result, ms: mc.run.ms, key: 'rev-3' });
  });

  it('a cancelled run says so and keeps the last finished result', async () => {
    // The first run answers; the second waits, and cancelling it does not wait.
    const real = createUncertaintyApi();
    const { api: waiting } = gated();
    let calls = 0;
    const mc = stateWith(() => ({
      sensitivity: (...a) => real.sensitivity(...a),
      monteCarlo: (...a) => (++calls === 1 ? real : waiting).monteCarlo(...a),
    }));
    await mc.start(scenario(200), 1, NO_WHAT_IF, 'a');
    expect(mc.run.kind).toBe('done');
    const kept = mc.last;
    expect(kept?.key).toBe('a');

    const started = mc.start(scenario(1_000), 2, NO_WHAT_IF, 'b');
    if (mc.run.kind !== 'running') throw new Error('expected a running run');
    mc.run.cancel();
    await started;
    expect(mc.run).toEqual({ kind: 'cancelled' });
    expect(mc.last).toBe(kept);
  });

  it('a second run replaces the result of the first', async () => {
    const mc = stateWith();
    await mc.start(scenario(200, 1), 1, NO_WHAT_IF, 'first');
    const first = mc.last!;
    await mc.start(scenario(300, 2), 2, NO_WHAT_IF, 'second');
    expect(mc.run).toMatchObject({ kind: 'done', key: 'second' });
    expect(mc.last!.key).toBe('second');
    expect(mc.last!.result.draws).toBe(300);
    expect(mc.last!.result).not.toEqual(first.result);
  });

  it('an invalid scenario fails with its problems in both languages', async () => {
    const mc = stateWith();
    const bad = { ...scenario(200), horizonYears: -1 };
    await mc.start(bad, 1, NO_WHAT_IF, 'bad');
    expect(mc.run.kind).toBe('failed');
    if (mc.run.kind !== 'failed') return;
    expect(mc.run.message.sv.length).toBeGreaterThan(0);
    expect(mc.run.message.en.length).toBeGreaterThan(0);
    expect(mc.run.message.sv).not.toBe(mc.run.message.en);
    expect(mc.last).toBeNull();
  });

  it('a run that stops on an error fails with the message that the inputs are intact', async () => {
    const real = createUncertaintyApi();
    const mc = stateWith(() => ({
      sensitivity: (...a) => real.sensitivity(...a),
      monteCarlo: () => Promise.reject(new Error('out of memory')),
    }));
    await mc.start(scenario(200), 1, NO_WHAT_IF, 'x');
    expect(mc.run).toMatchObject({ kind: 'failed' });
    if (mc.run.kind === 'failed') {
      expect(mc.run.message.sv).toMatch(/indata finns kvar/);
      expect(mc.run.message.en).toMatch(/inputs are intact/);
    }
    expect(mc.last).toBeNull();
  });
});
