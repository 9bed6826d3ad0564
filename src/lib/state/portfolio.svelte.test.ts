/**
 * The portfolio state with a stand-in engine that records its calls: the
 * members are valued in batches of ten with the progress counted up, a
 * version valued once is not valued again, the totals are the engine's
 * answer (asked with every member, a deleted one as null), and a worker the
 * boundary gave up on (timed out or crashed twice) ends in a message instead
 * of a hang.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  evaluateMember,
  portfolioTotals,
  type MemberEvaluation,
  type PortfolioMemberInput,
} from '../../engine';
import { setDb } from '../db/db';
import { listSnapshots, saveSnapshot, softDelete } from '../db/snapshots';
import { freshDb, scenarioAndFigures } from '../db/test-db';
import { WorkerError } from '../worker-bridge';
import { createEngineApi } from '../../worker/engine-api';
import { BATCH, PortfolioState, type PortfolioEngine } from './portfolio.svelte';

function engine() {
  const batches: number[] = [];
  const totals: PortfolioMemberInput[][] = [];
  const progress: number[] = [];
  let state: PortfolioState | null = null;
  const api: PortfolioEngine & { fail: WorkerError | null } = {
    fail: null,
    async evaluateMembers(documents: unknown[]): Promise<MemberEvaluation[]> {
      if (api.fail) throw api.fail;
      if (state?.progress) progress.push(state.progress.done);
      batches.push(documents.length);
      return documents.map((d) => evaluateMember(d));
    },
    async portfolio(members, priceYear) {
      totals.push(members);
      return portfolioTotals(members, { priceYear });
    },
  };
  return { api, batches, totals, progress, bind: (s: PortfolioState) => (state = s) };
}

async function saveMany(n: number) {
  const { scenario, figures } = scenarioAndFigures();
  for (let i = 0; i < n; i++) await saveSnapshot({ name: `V${i}`, scenario, figures });
  return listSnapshots();
}

beforeEach(() => {
  freshDb();
});
afterEach(() => setDb(null));

describe('portfolio state', () => {
  it('values a large version whole: read from its blocks and sent to the engine as its stored text', async () => {
    const big = scenarioAndFigures((sc) => {
      sc.cohorts[0].groups = Array.from({ length: 2500 }, (_, i) => ({
        ...sc.cohorts[0].groups[i % 3],
        id: `g${i}`,
        count: 1,
      }));
    });
    await saveSnapshot({ name: 'Stor', ...big });
    const rows = await saveMany(1);
    // Listed without its groups (they are in blocks).
    expect(rows.find((r) => r.name === 'Stor')?.scenario.cohorts[0].groups).toEqual([]);
    const sent: unknown[] = [];
    // The real worker's API, recording what it is sent.
    const real = createEngineApi();
    const api: PortfolioEngine = {
      evaluateMembers: (documents) => (sent.push(...documents), real.evaluateMembers(documents)),
      portfolio: (members, priceYear) => real.portfolio(members, priceYear),
    };
    const s = new PortfolioState();
    s.connect(api);
    await vi.waitFor(() => expect(s.portfolios).not.toBeNull());
    const r = await s.create('P', rows);
    if (!r.ok) throw new Error('not created');
    await vi.waitFor(() => expect(s.computed[r.id]).toBeDefined());
    const result = s.computed[r.id].result;
    expect(result.counts.included).toBe(2);
    // 2 500 participants in the large version's first cohort, and the example's 63.
    expect(result.totals!.participants).toBe(2500 + 63);
    const text = sent.find((d) => typeof d === 'string');
    expect(typeof text).toBe('string');
    expect(JSON.parse(text as string).cohorts[0].groups).toHaveLength(2500);
  });

  it('values 25 versions in batches of ten with progress, then asks the engine for the totals', async () => {
    const rows = await saveMany(25);
    const e = engine();
    const s = new PortfolioState();
    e.bind(s);
    s.connect(e.api);
    await vi.waitFor(() => expect(s.portfolios).not.toBeNull());
    const r = await s.create('P', rows);
    if (!r.ok) throw new Error('not created');
    await vi.waitFor(() => expect(s.computed[r.id]).toBeDefined());
    expect(BATCH).toBe(10);
    expect(e.batches).toEqual([10, 10, 5]);
    // Progress before each batch: none done, then 10, then 20.
    expect(e.progress).toEqual([0, 10, 20]);
    expect(s.progress).toBeNull();
    const result = s.computed[r.id].result;
    expect(result.counts.included).toBe(25);
    expect(result.totals!.participants).toBe(25 * 63);

    // A version deleted since: listed as null, and nothing is valued again.
    await softDelete(rows[0].id);
    await vi.waitFor(() => expect(s.computed[r.id].result.counts.missing).toBe(1));
    expect(e.batches).toEqual([10, 10, 5]);
    const last = e.totals[e.totals.length - 1];
    expect(last.filter((m) => m.evaluation === null).map((m) => m.label)).toEqual(['V0']);
    expect(s.computed[r.id].result.totals!.participants).toBe(24 * 63);
  });

  it.each([
    ['timeout', /tog för lång tid/, /took too long/],
    ['crashed', /kraschade/, /crashed/],
  ] as const)(
    'says so when the worker boundary gave up on a batch (%s) and computes on retry',
    async (code, sv, en) => {
      const rows = await saveMany(1);
      const e = engine();
      e.api.fail = new WorkerError(code, 'evaluateMembers');
      const s = new PortfolioState();
      s.connect(e.api);
      await vi.waitFor(() => expect(s.portfolios).not.toBeNull());
      const r = await s.create('P', rows);
      if (!r.ok) throw new Error('not created');
      await vi.waitFor(() => expect(s.error).not.toBeNull());
      expect(s.error!.sv).toMatch(sv);
      expect(s.error!.en).toMatch(en);
      expect(s.computed[r.id]).toBeUndefined();

      e.api.fail = null;
      s.retry();
      await vi.waitFor(() => expect(s.computed[r.id]).toBeDefined());
      expect(s.error).toBeNull();
      expect(s.computed[r.id].result.totals!.participants).toBe(63);
    },
  );

  it('says the totals failed when the engine throws for another reason', async () => {
    const rows = await saveMany(1);
    const e = engine();
    e.api.portfolio = async () => {
      throw new Error('bug');
    };
    const s = new PortfolioState();
    s.connect(e.api);
    await vi.waitFor(() => expect(s.portfolios).not.toBeNull());
    await s.create('P', rows);
    await vi.waitFor(() => expect(s.error).not.toBeNull());
    expect(s.error!.sv).toBe('Portföljen kunde inte beräknas. Försök igen.');
    expect(s.error!.en).toBe('The portfolio could not be computed. Try again.');
  });
});
