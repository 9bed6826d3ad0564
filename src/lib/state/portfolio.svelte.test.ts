/**
 * The portfolio state with a stand-in engine that records its calls: the
 * members are valued in batches of ten with the progress counted up, a
 * version valued once is not valued again, the totals are the engine's
 * answer (asked with every member, a deleted one as null), and a worker that
 * never answers is restarted with a message instead of hanging.
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
import { BATCH, PortfolioState, type PortfolioEngine } from './portfolio.svelte';

function engine() {
  const batches: number[] = [];
  const totals: PortfolioMemberInput[][] = [];
  const progress: number[] = [];
  let state: PortfolioState | null = null;
  const api: PortfolioEngine & { hang: boolean } = {
    hang: false,
    async evaluateMembers(documents: unknown[]): Promise<MemberEvaluation[]> {
      if (api.hang) return new Promise(() => {});
      if (state?.progress) progress.push(state.progress.done);
      batches.push(documents.length);
      return documents.map((d) => evaluateMember(d));
    },
    async portfolio(members, priceYear) {
      totals.push(members);
      return portfolioTotals(members, { priceYear });
    },
    restart: vi.fn(),
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

  it('restarts a worker that does not answer and says so', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const rows = await saveMany(1);
      const e = engine();
      e.api.hang = true;
      const s = new PortfolioState();
      s.connect(e.api);
      await vi.waitFor(() => expect(s.portfolios).not.toBeNull());
      await s.create('P', rows);
      await vi.waitFor(() => expect(s.portfolios?.[0]?.members).toHaveLength(1));
      await vi.advanceTimersByTimeAsync(31_000);
      await vi.waitFor(() => expect(s.error?.sv).toMatch(/startats om/));
      expect(e.api.restart).toHaveBeenCalled();
    } finally {
      vi.useRealTimers();
    }
  });
});
