/**
 * The analyses of the Analyser tab (MODEL.md §9) as one rune class: the
 * reader's settings (break-even cost and step, depreciation years, targets,
 * undrawn funds) and the figures the worker computed from them and the
 * current result. The tab and the print report share one instance per app,
 * so the report prints exactly what the tab shows, and it has them at hand
 * the moment printing starts (Ctrl+P leaves no time to ask the worker).
 */
import { untrack } from 'svelte';
import {
  BREAK_EVEN_STEPS,
  COST_PERSPECTIVES,
  defaultAnalysesSettings,
  NO_WHAT_IF,
  type AnalysesSettings,
  type BreakEvenResult,
  type BreakEvenStepId,
  type BridgeStep,
  type CohortComparison,
  type CostPerspective,
  type EvaluationResult,
  type FullAllocationResult,
  type ReportAnalysis,
  type Target,
  type TargetGap,
  type TimePoint,
  type WhatIf,
} from '../../engine';
import type { DepreciationResponse } from '../../worker/api';
import type { EngineClient } from '../engine-client';
import type { MessageKey } from '../i18n/index.svelte';
import { useEngineClient } from '../engine-client';
import { useAppState, type AppState } from './app.svelte';

export const BREAK_EVEN_STEP_IDS = Object.keys(BREAK_EVEN_STEPS) as BreakEvenStepId[];
export const TARGET_SHARES = ['work', 'studies', 'other'] as const;
export type TargetShare = (typeof TARGET_SHARES)[number];
/** Targets as the reader edits them: whole percent per share and time point. */
export type TargetPercents = Record<TimePoint, Record<TargetShare, number | null>>;

/** A time point without a target: none of its shares given. */
const noTarget = (t: Record<TargetShare, number | null>) =>
  TARGET_SHARES.every((s) => t[s] === null);

/** The settings a scenario without its own starts with (no targets, nothing in the report). */
const DEFAULTS = defaultAnalysesSettings();

/** Pause after the last change before asking the worker, so a dragged slider asks once. */
const DELAY_MS = 60;

export interface BreakEvenFigures {
  /** The cost per perspective the answer repays. */
  cost: Partial<Record<CostPerspective, number>>;
  persons: number;
  byStep: Record<BreakEvenStepId, BreakEvenResult>;
}

export class AnalysesState {
  /** The cost for break-even; null follows the calculation's societal cost. */
  breakEvenCost = $state<number | null>(DEFAULTS.breakEvenCost);
  breakEvenStep = $state<BreakEvenStepId>(DEFAULTS.breakEvenStep);
  breakEvenPersons = $state<number | null>(DEFAULTS.breakEvenPersons);
  depreciationYears = $state(DEFAULTS.depreciationYears);
  targets = $state<TargetPercents>(structuredClone(DEFAULTS.targets));
  paybackTarget = $state<number | null>(DEFAULTS.paybackTarget);
  /** Funds the association was allotted but did not draw (kr). */
  undrawnFunds = $state<number | null>(DEFAULTS.undrawnFunds);
  /** Which analyses the printed report includes. */
  inReport = $state<Record<ReportAnalysis, boolean>>({ ...DEFAULTS.inReport });
  /**
   * Analyses whose "include in the report" the user has ticked or unticked in
   * this session. Read only by `setUp`, never by a template: no reactivity needed.
   */
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  #chosen = new Set<ReportAnalysis>();

  breakEven = $state.raw<BreakEvenFigures | null>(null);
  depreciation = $state.raw<(DepreciationResponse & { years: number }) | null>(null);
  cohorts = $state.raw<CohortComparison | null>(null);
  targetGaps = $state.raw<TargetGap[] | null>(null);
  /** Null when no what-if setting is active. */
  bridge = $state.raw<BridgeStep[] | null>(null);
  fullAllocation = $state.raw<FullAllocationResult | null>(null);

  /** Problems in the settings, as message keys (shown next to their fields in both languages). */
  breakEvenCostError: MessageKey | null = $derived(
    this.breakEvenCost === null
      ? null
      : !Number.isFinite(this.breakEvenCost)
        ? 'analyses:errors.notANumber'
        : this.breakEvenCost < 0
          ? 'analyses:errors.costNegative'
          : null,
  );
  breakEvenPersonsError: MessageKey | null = $derived(
    this.breakEvenPersons === null || !Number.isFinite(this.breakEvenPersons)
      ? 'analyses:errors.personsRequired'
      : this.breakEvenPersons < 1 || !Number.isInteger(this.breakEvenPersons)
        ? 'analyses:errors.personsWhole'
        : null,
  );
  undrawnFundsError: MessageKey | null = $derived(
    this.undrawnFunds === null || !Number.isFinite(this.undrawnFunds)
      ? 'analyses:errors.notANumber'
      : this.undrawnFunds < 0
        ? 'analyses:errors.fundsNegative'
        : null,
  );
  /**
   * Targets outside 0–100 %, by time point and share. A time point whose three
   * shares are all empty has no target (a new calculation sets none); one with
   * some of them given needs all three.
   */
  targetErrors: Partial<Record<`${TimePoint}-${TargetShare}`, MessageKey>> = $derived.by(() => {
    const out: Partial<Record<`${TimePoint}-${TargetShare}`, MessageKey>> = {};
    for (const [tp, t] of Object.entries(this.targets) as [TimePoint, TargetPercents['exit']][]) {
      if (noTarget(t)) continue;
      for (const s of TARGET_SHARES) {
        const v = t[s];
        if (v === null || !Number.isFinite(v) || v < 0 || v > 100)
          out[`${tp}-${s}`] = 'analyses:errors.targetRange';
      }
    }
    return out;
  });
  paybackTargetError: MessageKey | null = $derived(
    this.paybackTarget !== null && (!Number.isFinite(this.paybackTarget) || this.paybackTarget < 0)
      ? 'analyses:errors.paybackTarget'
      : null,
  );

  #users = 0;
  #stop: (() => void) | null = null;

  /**
   * Keep the figures in step with `app.result` and the settings while at
   * least one component uses them; returns the function that lets go.
   */
  attach(app: AppState, client: EngineClient): () => void {
    this.#users++;
    if (this.#users === 1) this.#stop = $effect.root(() => this.#connect(app, client));
    return () => {
      this.#users--;
      if (this.#users === 0) {
        this.#stop?.();
        this.#stop = null;
      }
    };
  }

  /** The user ticks or unticks "include in the report"; later edits leave the choice alone. */
  include(id: ReportAnalysis, on: boolean) {
    this.#chosen.add(id);
    this.inReport[id] = on;
  }

  /**
   * The user has set an analysis up (changed one of its settings): it goes
   * into the report, unless the user has already said whether it should.
   */
  setUp(id: ReportAnalysis) {
    if (!this.#chosen.has(id) && !this.inReport[id]) this.inReport[id] = true;
  }

  /** The settings as the scenario stores them, or null while one is invalid (not saved then). */
  settings(): AnalysesSettings | null {
    if (
      this.breakEvenCostError ||
      this.breakEvenPersonsError ||
      this.undrawnFundsError ||
      this.paybackTargetError ||
      Object.keys(this.targetErrors).length > 0
    )
      return null;
    return {
      breakEvenCost: this.breakEvenCost,
      breakEvenStep: this.breakEvenStep,
      breakEvenPersons: this.breakEvenPersons ?? DEFAULTS.breakEvenPersons,
      depreciationYears: this.depreciationYears,
      targets: $state.snapshot<AnalysesSettings['targets']>(this.targets),
      paybackTarget: this.paybackTarget,
      undrawnFunds: this.undrawnFunds ?? 0,
      inReport: { ...this.inReport },
    };
  }

  /** Take the settings a loaded scenario brings (a saved version, a file, a link). */
  apply(a: AnalysesSettings) {
    if (this.breakEvenCost !== a.breakEvenCost) this.breakEvenCost = a.breakEvenCost;
    if (this.breakEvenStep !== a.breakEvenStep) this.breakEvenStep = a.breakEvenStep;
    if (this.breakEvenPersons !== a.breakEvenPersons) this.breakEvenPersons = a.breakEvenPersons;
    if (this.depreciationYears !== a.depreciationYears)
      this.depreciationYears = a.depreciationYears;
    if (JSON.stringify($state.snapshot(this.targets)) !== JSON.stringify(a.targets))
      this.targets = structuredClone(a.targets);
    if (this.paybackTarget !== a.paybackTarget) this.paybackTarget = a.paybackTarget;
    if (this.undrawnFunds !== a.undrawnFunds) this.undrawnFunds = a.undrawnFunds;
    if (JSON.stringify($state.snapshot(this.inReport)) !== JSON.stringify(a.inReport))
      this.inReport = { ...a.inReport };
  }

  /** The societal cost break-even repays: the reader's, or the calculation's own (whole kronor). */
  breakEvenCostFor(r: EvaluationResult): number {
    return this.breakEvenCost ?? Math.round(r.total.cost.samhalle);
  }

  /** The targets as the engine takes them (shares 0–1), for the time points that have one. */
  targetsAsShares(): Partial<Record<TimePoint, Target>> {
    const out: Partial<Record<TimePoint, Target>> = {};
    for (const [tp, t] of Object.entries(this.targets) as [TimePoint, TargetPercents['exit']][])
      if (!noTarget(t))
        out[tp] = {
          work: (t.work ?? 0) / 100,
          studies: (t.studies ?? 0) / 100,
          other: (t.other ?? 0) / 100,
          paybackMonths: this.paybackTargetError ? undefined : (this.paybackTarget ?? undefined),
        };
    return out;
  }

  #connect(app: AppState, client: EngineClient) {
    // The settings live in the scenario, so saved versions, files and links keep them:
    // a loaded scenario's settings come in, and valid edits go out (invalid ones wait).
    $effect(() => {
      const stored = app.draft.analyses;
      if (!stored) return;
      const a = $state.snapshot<AnalysesSettings>(stored);
      untrack(() => this.apply(a));
    });
    $effect(() => {
      const a = this.settings();
      if (!a) return;
      untrack(() => {
        const stored = app.draft.analyses;
        if (!stored || JSON.stringify($state.snapshot(stored)) !== JSON.stringify(a))
          app.draft.analyses = a;
      });
    });

    /**
     * One analysis: `read` takes what it needs from the runes (so the effect
     * follows them) and returns the worker call, or null when there is
     * nothing to ask; a newer change drops an older answer.
     */
    const follow = (read: (r: EvaluationResult) => (() => Promise<() => void>) | null) => {
      $effect(() => {
        const r = app.result;
        if (!r) return;
        const job = read(r);
        if (!job) return;
        let stale = false;
        const timer = setTimeout(() => {
          job().then(
            (apply) => {
              if (!stale) apply();
            },
            () => {
              // The worker failed or restarted; the last figures stay until the next change.
            },
          );
        }, DELAY_MS);
        return () => {
          stale = true;
          clearTimeout(timer);
        };
      });
    };

    follow((r) => {
      if (this.breakEvenCostError || this.breakEvenPersonsError) return null;
      const cost: Partial<Record<CostPerspective, number>> = {
        samhalle: this.breakEvenCostFor(r),
      };
      // The actors' costs come from the calculation while the cost follows it.
      if (this.breakEvenCost === null)
        for (const p of COST_PERSPECTIVES)
          if (p !== 'samhalle' && r.total.cost[p] > 0) cost[p] = r.total.cost[p];
      const persons = this.breakEvenPersons ?? 1;
      return async () => {
        const answers = await Promise.all(
          BREAK_EVEN_STEP_IDS.map((step) => client.breakEven({ cost, step, persons })),
        );
        const byStep = Object.fromEntries(
          BREAK_EVEN_STEP_IDS.map((s, i) => [s, answers[i]]),
        ) as Record<BreakEvenStepId, BreakEvenResult>;
        return () => (this.breakEven = { cost, persons, byStep });
      };
    });

    follow((r) => {
      const years = this.depreciationYears;
      const input = {
        cost: r.total.cost.samhalle,
        revenueByYear: r.total.revenueByYear.map((y) => y.samhalle),
        years,
        horizon: r.horizonYears,
      };
      return async () => {
        const d = await client.depreciation(input);
        return () => (this.depreciation = { ...d, years });
      };
    });

    follow((r) => {
      const segments = r.byCohort;
      return async () => {
        const c = await client.compareCohorts(segments);
        return () => (this.cohorts = c);
      };
    });

    follow((r) => {
      if (Object.keys(this.targetErrors).length > 0) return null;
      const targets = this.targetsAsShares();
      const followUps = r.followUps;
      return async () => {
        const g = await client.targetGaps(followUps, targets);
        return () => (this.targetGaps = g);
      };
    });

    follow((r) => {
      const whatIf = r.whatIf;
      const active = (Object.keys(NO_WHAT_IF) as (keyof WhatIf)[]).some(
        (k) => whatIf[k] !== NO_WHAT_IF[k],
      );
      if (!active) {
        untrack(() => (this.bridge = null));
        return null;
      }
      return async () => {
        const b = await client.bridge(whatIf);
        return () => (this.bridge = b.ok ? b.steps : null);
      };
    });

    follow((r) => {
      if (this.undrawnFundsError) return null;
      const t = r.total;
      const input = {
        basis: {
          participants: t.participants,
          budget: t.budget,
          cost: t.cost,
          yearlyRevenue: t.yearlyRevenue,
          revenueByYear: t.revenueByYear,
        },
        undrawnFunds: this.undrawnFunds ?? 0,
        horizonYears: r.horizonYears,
      };
      return async () => {
        const f = await client.fullAllocation(input);
        return () => (this.fullAllocation = f);
      };
    });
  }
}

const states = new WeakMap<AppState, AnalysesState>();

/** The one AnalysesState of an app. */
export function analysesOf(app: AppState): AnalysesState {
  let s = states.get(app);
  if (!s) {
    s = new AnalysesState();
    states.set(app, s);
  }
  return s;
}

/**
 * The app's analyses, kept up to date while the calling component is
 * mounted. Call during component initialisation.
 */
export function useAnalyses(): AnalysesState {
  const app = useAppState();
  const client = useEngineClient();
  const s = analysesOf(app);
  $effect(() => untrack(() => s.attach(app, client)));
  return s;
}
