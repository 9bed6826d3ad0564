import { afterEach, describe, expect, it, vi } from 'vitest';
import { UncertaintyClient } from './uncertainty-client';
import { channelWorker } from '../../tests/support/channel-worker';
import { createUncertaintyApi, type UncertaintyApi } from '../worker/uncertainty-api';
import { exampleScenario, NO_WHAT_IF } from '../engine';

const clients: UncertaintyClient[] = [];
afterEach(() => clients.splice(0).forEach((c) => c.dispose()));
const track = (c: UncertaintyClient) => (clients.push(c), c);

function scenario(draws = 1_000) {
  const s = exampleScenario();
  s.uncertainty = { ...s.uncertainty, draws };
  return s;
}

describe('UncertaintyClient', () => {
  it('runs Monte Carlo in the worker, reporting progress up to the number of draws', async () => {
    const client = track(new UncertaintyClient(() => channelWorker(createUncertaintyApi())));
    const seen: number[] = [];
    const run = client.monteCarlo(scenario(1_200), 1, NO_WHAT_IF, (done) => seen.push(done));
    const outcome = await run.done;
    if (outcome.kind !== 'done' || !outcome.response.ok) throw new Error('expected a result');
    expect(outcome.response.result.draws).toBe(1_200);
    // Progress messages travel separately from the answer: wait until the last one is in.
    await vi.waitFor(() => expect(seen).toEqual([500, 1000, 1200]));
  });

  it('cancels a run at once, and the next run starts a fresh worker', async () => {
    let created = 0;
    let release: () => void = () => {};
    const gate = new Promise<void>((r) => (release = r));
    const real = createUncertaintyApi();
    // A worker whose run waits: the cancel must not wait for it.
    const slow: UncertaintyApi = {
      sensitivity: (...a) => real.sensitivity(...a),
      async monteCarlo(...a) {
        await gate;
        return real.monteCarlo(...a);
      },
    };
    const client = track(
      new UncertaintyClient(() => (created++, channelWorker(created === 1 ? slow : real))),
    );
    const run = client.monteCarlo(scenario(), 1, NO_WHAT_IF, () => {});
    run.cancel();
    expect((await run.done).kind).toBe('cancelled');
    release();
    const next = await client.monteCarlo(scenario(), 1, NO_WHAT_IF, () => {}).done;
    expect(next.kind).toBe('done');
    expect(created).toBe(2);
  });

  it('a new run supersedes the one in progress', async () => {
    const client = track(new UncertaintyClient(() => channelWorker(createUncertaintyApi())));
    const first = client.monteCarlo(scenario(), 1, NO_WHAT_IF, () => {});
    const second = client.monteCarlo(scenario(), 1, NO_WHAT_IF, () => {});
    expect((await first.done).kind).toBe('cancelled');
    expect((await second.done).kind).toBe('done');
  });

  it('says so in both languages when the worker crashes', async () => {
    const client = track(
      new UncertaintyClient(() => {
        const w = channelWorker(createUncertaintyApi());
        // A worker whose code fails: the error event arrives instead of an answer.
        queueMicrotask(() => w.dispatchEvent(new Event('error')));
        return w;
      }),
    );
    const outcome = await client.monteCarlo(scenario(), 1, NO_WHAT_IF, () => {}).done;
    expect(outcome.kind).toBe('failed');
    if (outcome.kind === 'failed') {
      expect(outcome.message.sv).toMatch(/indata finns kvar/);
      expect(outcome.message.en).toMatch(/inputs are intact/);
    }
  });

  it('returns the validation problems of an invalid scenario instead of figures', async () => {
    const client = track(new UncertaintyClient(() => channelWorker(createUncertaintyApi())));
    const bad = { ...scenario(), horizonYears: -1 };
    const outcome = await client.sensitivity(bad, 1, NO_WHAT_IF).done;
    if (outcome.kind !== 'done') throw new Error('expected an answer');
    expect(outcome.response.ok).toBe(false);
    if (!outcome.response.ok) expect(outcome.response.issues[0].path).toBe('horizonYears');
  });
});
