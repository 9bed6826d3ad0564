/**
 * Every kind of call to the two workers, with the worker killed (or hung)
 * while it answers: the user always gets an answer — the same figures from a
 * fresh worker, or a clear message in Swedish and English. Table-driven
 * over the methods of the worker APIs; a method without a case fails.
 */
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  channelWorker,
  crashableWorker,
  holdingApi,
  type CrashableWorker,
} from '../../tests/support/channel-worker';
import { createEngineApi } from '../worker/engine-api';
import { createUncertaintyApi } from '../worker/uncertainty-api';
import type { WorkerApi } from '../worker/api';
import {
  exampleScenario,
  groupEdits,
  NO_WHAT_IF,
  type EvaluationResult,
  type PortfolioMemberInput,
} from '../engine';
import { BREAK_EVEN_STEP_IDS } from '../engine/analysis-targets';
import {
  ENGINE_TIMEOUT_MS,
  EngineClient,
  engineErrorMessage,
  engineMessage,
  PORTFOLIO_TIMEOUT_MS,
  type EngineCall,
  type Outcome,
} from './engine-client';
import {
  UNCERTAINTY_CALLS,
  UncertaintyClient,
  uncertaintyMessage,
  type UncertaintyCall,
} from './uncertainty-client';

const scenario = exampleScenario();
/** The example with one group's count changed: an edit the worker is sent alone. */
const edited = {
  ...scenario,
  cohorts: scenario.cohorts.map((c, ci) =>
    ci === 0 ? { ...c, groups: c.groups.map((g, i) => (i === 1 ? { ...g, count: 9 } : g)) } : c,
  ),
};
const whatIf = { ...NO_WHAT_IF, subsidisedToUnsubsidisedShare: 0.5, studiesToWorkShare: 0.2 };
/** The example evaluated directly: the analyses' inputs. */
let r: EvaluationResult;
/** The example as a portfolio member, valued. */
let members: PortfolioMemberInput[];
beforeAll(async () => {
  const api = createEngineApi();
  const e = await api.evaluate(scenario, 1, NO_WHAT_IF);
  if (!e.ok) throw new Error('the example must evaluate');
  r = e.result;
  members = (await api.evaluateMembers([scenario])).map((evaluation) => ({
    key: 'a',
    label: 'Exempel',
    evaluation,
  }));
});

/** Time spent differs from run to run; everything else must be the same. */
const noMs = (v: unknown) =>
  v && typeof v === 'object' && 'ms' in v ? { ...(v as object), ms: 0 } : v;

type Answer = { value: unknown } | { failed: { sv: string; en: string } } | { superseded: true };

interface EngineCase {
  /** The worker API's method held in flight (an edit is asked within an evaluation). */
  kind: EngineCall | 'evaluateEdit';
  /** The method a fresh worker is asked instead (it holds no scenario to edit). */
  retryKind?: EngineCall;
  name: string;
  /** Asked before, on the first worker (e.g. the scenario it then keeps). */
  before?: (c: EngineClient) => Promise<unknown>;
  call: (c: EngineClient) => Promise<unknown>;
  /** The same asked of the engine API directly, without a worker. */
  direct: (api: WorkerApi) => Promise<unknown>;
  /** The call resolves with an evaluation Outcome instead of rejecting. */
  outcome?: true;
  limitMs: number;
}

const sendScenario = (c: EngineClient) => c.evaluate(scenario, 1, NO_WHAT_IF);
const kept = async (api: WorkerApi) => void (await api.evaluate(scenario, 1, NO_WHAT_IF));
const breakEvenInput = {
  cost: { samhalle: 2_000_000 },
  step: BREAK_EVEN_STEP_IDS[0],
  persons: 3,
};
const fullAllocationInput = () => ({
  basis: {
    participants: r.total.participants,
    budget: r.total.budget,
    cost: r.total.cost,
    yearlyRevenue: r.total.yearlyRevenue,
    revenueByYear: r.total.revenueByYear,
  },
  undrawnFunds: 1_500_000,
  horizonYears: r.horizonYears,
});
const depreciationInput = {
  cost: 1_000_000,
  revenueByYear: [300_000, 450_000],
  years: 3,
  horizon: 5,
};
const ENGINE_CASES: EngineCase[] = [
  {
    kind: 'evaluate',
    name: 'evaluation of a new scenario',
    call: (c) => c.evaluate(scenario, 1, NO_WHAT_IF),
    direct: (api) => api.evaluate(scenario, 1, NO_WHAT_IF),
    outcome: true,
    limitMs: ENGINE_TIMEOUT_MS,
  },
  {
    kind: 'evaluate',
    name: 'what-if (a slider moved: the scenario is not sent again)',
    before: sendScenario,
    call: (c) => c.evaluate(scenario, 1, whatIf),
    direct: (api) => api.evaluate(scenario, 1, whatIf),
    outcome: true,
    limitMs: ENGINE_TIMEOUT_MS,
  },
  {
    kind: 'evaluateEdit',
    name: 'evaluation of an edit (only the changed group is sent)',
    before: sendScenario,
    call: (c) => c.evaluate(edited, 2, NO_WHAT_IF),
    retryKind: 'evaluate',
    direct: async (api) => {
      await kept(api);
      const edits = groupEdits(scenario, edited);
      if (edits?.length !== 1) throw new Error('one group was edited');
      return api.evaluateEdit(1, edits, 2, NO_WHAT_IF);
    },
    outcome: true,
    limitMs: ENGINE_TIMEOUT_MS,
  },
  {
    kind: 'readAhead',
    name: 'a scenario file read ahead',
    call: (c) => c.readAhead(JSON.stringify(scenario)),
    direct: (api) => api.readAhead(JSON.stringify(scenario)),
    limitMs: ENGINE_TIMEOUT_MS,
  },
  {
    kind: 'appraiseKnown',
    name: 'known figures',
    call: (c) => c.appraiseKnown({ participants: 10, cost: 500_000, yearlyRevenue: {} }),
    direct: (api) => api.appraiseKnown({ participants: 10, cost: 500_000, yearlyRevenue: {} }),
    limitMs: ENGINE_TIMEOUT_MS,
  },
  {
    kind: 'breakEven',
    name: 'break-even (with the scenario the worker keeps)',
    before: sendScenario,
    call: (c) => c.breakEven(breakEvenInput),
    direct: async (api) => (await kept(api), api.breakEven(breakEvenInput)),
    limitMs: ENGINE_TIMEOUT_MS,
  },
  {
    kind: 'depreciation',
    name: 'depreciation',
    call: (c) => c.depreciation(depreciationInput),
    direct: (api) => api.depreciation(depreciationInput),
    limitMs: ENGINE_TIMEOUT_MS,
  },
  {
    kind: 'compareCohorts',
    name: 'cohorts compared',
    call: (c) => c.compareCohorts(r.byCohort),
    direct: (api) => api.compareCohorts(r.byCohort),
    limitMs: ENGINE_TIMEOUT_MS,
  },
  {
    kind: 'targetGaps',
    name: 'targets',
    call: (c) => c.targetGaps(r.followUps, {}),
    direct: (api) => api.targetGaps(r.followUps, {}),
    limitMs: ENGINE_TIMEOUT_MS,
  },
  {
    kind: 'bridge',
    name: 'the bridge from base to what-if (with the scenario the worker keeps)',
    before: sendScenario,
    call: (c) => c.bridge(whatIf),
    direct: async (api) => (await kept(api), api.bridge(whatIf)),
    limitMs: ENGINE_TIMEOUT_MS,
  },
  {
    kind: 'fullAllocation',
    name: 'full allocation',
    call: (c) => c.fullAllocation(fullAllocationInput()),
    direct: (api) => api.fullAllocation(fullAllocationInput()),
    limitMs: ENGINE_TIMEOUT_MS,
  },
  {
    kind: 'evaluateMembers',
    name: 'a portfolio batch of saved versions',
    call: (c) => c.evaluateMembers([scenario, scenario]),
    direct: (api) => api.evaluateMembers([scenario, scenario]),
    limitMs: PORTFOLIO_TIMEOUT_MS,
  },
  {
    kind: 'portfolio',
    name: 'the portfolio totals',
    call: (c) => c.portfolio(members, null),
    direct: (api) => api.portfolio(members, null),
    limitMs: PORTFOLIO_TIMEOUT_MS,
  },
];

async function answer(p: Promise<unknown>, outcome = false): Promise<Answer> {
  try {
    const v = await p;
    if (!outcome) return { value: v };
    const o = v as Outcome;
    if (o.kind === 'failed') return { failed: o.message };
    if (o.kind === 'superseded') return { superseded: true };
    return { value: noMs(o.response) };
  } catch (e) {
    const message = engineErrorMessage(e);
    if (!message) throw e;
    return { failed: message };
  }
}

const expected = async (k: EngineCase): Promise<Answer> => {
  const v = await k.direct(createEngineApi());
  return { value: k.outcome ? noMs(v) : v };
};

const clients: { dispose(): void }[] = [];
afterEach(() => {
  clients.splice(0).forEach((c) => c.dispose());
  vi.useRealTimers();
});

/**
 * A client whose first worker holds `k.kind` in flight once `before` is done;
 * later workers hold it too when `holdEvery`, else answer.
 */
function engineSetup(k: EngineCase, holdEvery: boolean) {
  const workers: CrashableWorker[] = [];
  const held: ReturnType<typeof holdingApi<WorkerApi>>[] = [];
  const messages: { sv: string; en: string }[] = [];
  const client = new EngineClient(() => {
    if (workers.length > 0 && !holdEvery) {
      const w = crashableWorker(createEngineApi());
      workers.push(w);
      return w;
    }
    // The first worker holds the call once `before` is done (see `arm`).
    const h = holdingApi(
      createEngineApi(),
      workers.length > 0 ? [k.retryKind ?? k.kind] : k.before ? [] : [k.kind],
    );
    held.push(h);
    const w = crashableWorker(h.api);
    workers.push(w);
    return w;
  });
  client.onRestart = (m) => messages.push(m);
  clients.push(client);
  /** Ask what comes before, then hold the call under test on the first worker. */
  const arm = async () => {
    await k.before?.(client);
    held[0]?.hold.add(k.kind);
  };
  return { client, workers, held, messages, arm };
}

describe('the engine worker killed during a call', () => {
  it('every method of the engine API has a case', () => {
    const kinds = new Set(ENGINE_CASES.map((k) => k.kind));
    expect([...kinds].sort()).toEqual(Object.keys(createEngineApi()).sort());
  });

  it.each(ENGINE_CASES)('$name: answered by a fresh worker, the user told', async (k) => {
    const { client, workers, held, messages, arm } = engineSetup(k, false);
    await arm();
    const p = answer(k.call(client), k.outcome);
    await held[0].entered;
    workers[0].crash();
    expect(await p).toEqual(await expected(k));
    expect(workers).toHaveLength(2);
    expect(messages).toEqual([engineMessage('crashed')]);
    expect(messages[0].sv).toMatch(/kraschade och har startats om/);
  });

  it.each(ENGINE_CASES)('$name: killed again, a clear error in both languages', async (k) => {
    const { client, workers, held, arm } = engineSetup(k, true);
    await arm();
    const p = answer(k.call(client), k.outcome);
    await held[0].entered;
    workers[0].crash();
    await vi.waitFor(() => expect(held).toHaveLength(2));
    await held[1].entered;
    workers[1].crash();
    const a = await p;
    expect(a).toEqual({ failed: engineMessage('crashed') });
    if (!('failed' in a)) return;
    expect(a.failed.sv).toMatch(/indata finns kvar/);
    expect(a.failed.en).toMatch(/inputs are intact/);
  });

  it.each(ENGINE_CASES)(
    '$name: hung, stopped after its time limit; the next call is answered',
    async (k) => {
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      const { client, held, messages, arm } = engineSetup(k, false);
      await arm();
      let settled = false;
      const p = answer(k.call(client), k.outcome).finally(() => (settled = true));
      await held[0].entered;
      await vi.advanceTimersByTimeAsync(k.limitMs - 1);
      expect(settled).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      expect(await p).toEqual({ failed: engineMessage('timeout') });
      expect(messages.map((m) => m.en)).toEqual([expect.stringMatching(/too long/)]);
      expect(await answer(k.call(client), k.outcome)).toEqual(await expected(k));
    },
  );

  it('the portfolio has a longer time limit than the evaluation', () => {
    expect(PORTFOLIO_TIMEOUT_MS).toBeGreaterThan(ENGINE_TIMEOUT_MS);
  });

  it('the break-even case above proves the scenario is sent again: without it the answer differs', async () => {
    const withScenario = await expected(ENGINE_CASES.find((k) => k.kind === 'breakEven')!);
    const without = await createEngineApi().breakEven(breakEvenInput);
    expect(withScenario).not.toEqual({ value: without });
  });
});

interface UncertaintyCase {
  kind: UncertaintyCall;
  start: (
    c: UncertaintyClient,
  ) => ReturnType<UncertaintyClient['sensitivity'] | UncertaintyClient['monteCarlo']>;
}

const small = () => {
  const s = exampleScenario();
  s.uncertainty = { ...s.uncertainty, draws: 200 };
  return s;
};

const UNCERTAINTY_CASES: UncertaintyCase[] = [
  { kind: 'sensitivity', start: (c) => c.sensitivity(small(), 1, whatIf) },
  { kind: 'monteCarlo', start: (c) => c.monteCarlo(small(), 1, whatIf, () => {}) },
];

function uncertaintySetup(k: UncertaintyCase) {
  const workers: CrashableWorker[] = [];
  const held: ReturnType<typeof holdingApi<ReturnType<typeof createUncertaintyApi>>>[] = [];
  const client = new UncertaintyClient(() => {
    const h = holdingApi(createUncertaintyApi(), workers.length === 0 ? [k.kind] : []);
    held.push(h);
    const w = crashableWorker(h.api);
    workers.push(w);
    return w;
  });
  clients.push(client);
  return { client, workers, held };
}

describe('the uncertainty worker killed during a run', () => {
  it('every method of the uncertainty API has a case', () => {
    expect(UNCERTAINTY_CASES.map((k) => k.kind).sort()).toEqual(
      Object.keys(createUncertaintyApi()).sort(),
    );
  });

  it.each(UNCERTAINTY_CASES)(
    '$kind: a clear error in both languages; asked again, a fresh worker answers',
    async (k) => {
      const { client, workers, held } = uncertaintySetup(k);
      const run = k.start(client);
      await held[0].entered;
      workers[0].crash();
      const outcome = await run.done;
      expect(outcome).toEqual({
        kind: 'failed',
        code: 'crashed',
        message: uncertaintyMessage('crashed'),
      });
      if (outcome.kind === 'failed') {
        expect(outcome.message.sv).toMatch(/indata finns kvar/);
        expect(outcome.message.en).toMatch(/inputs are intact/);
      }
      const again = await k.start(client).done;
      const direct = await k.start(
        track(new UncertaintyClient(() => channelWorker(createUncertaintyApi()))),
      ).done;
      if (again.kind !== 'done' || direct.kind !== 'done') throw new Error('expected figures');
      expect(noMs(again.response)).toEqual(noMs(direct.response));
    },
  );

  it.each(UNCERTAINTY_CASES)('$kind: hung, stopped by its time limit or by the user', async (k) => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { client, held, workers } = uncertaintySetup(k);
    const run = k.start(client);
    let settled = false;
    void run.done.finally(() => (settled = true));
    await held[0].entered;
    const limit = UNCERTAINTY_CALLS[k.kind].timeoutMs;
    if (limit === null) {
      // A Monte Carlo run has no limit: it shows its progress and the user can stop it.
      await vi.advanceTimersByTimeAsync(3_600_000);
      expect(settled).toBe(false);
      run.cancel();
      expect(await run.done).toEqual({ kind: 'cancelled' });
    } else {
      await vi.advanceTimersByTimeAsync(limit - 1);
      expect(settled).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      expect(await run.done).toEqual({
        kind: 'failed',
        code: 'timeout',
        message: uncertaintyMessage('timeout'),
      });
    }
    expect(workers[0].terminated).toBe(true);
  });
});

function track<T extends { dispose(): void }>(c: T): T {
  clients.push(c);
  return c;
}
