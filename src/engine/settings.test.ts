/** Discounting, persistence, deadweight and attribution (MODEL.md §10) against hand-worked examples. */
import { describe, expect, it } from 'vitest';
import { defaultParamValues } from './parameters';
import {
  discountedFlows,
  effectFactor,
  NEUTRAL_SETTINGS,
  paybackMonths,
  type AppraisalSettings,
} from './appraisal';
import { evaluatePrepared, evaluateScenario, prepare, stepValue } from './evaluate';
import { parseScenario } from './schema';
import { exampleScenario } from './example';
import { PERSPECTIVES } from './types';

/** Flows of a constant yearly revenue `r` for a participant in work, with the settings applied. */
const adjustedFlows = (cost: number, r: () => number, s: AppraisalSettings, months: number) =>
  discountedFlows(cost, (y) => r() * effectFactor(s, y, 'work'), s.discountRate, months);

describe('discountedFlows with the appraisal settings', () => {
  it('with neutral settings gives the reports’ payback ceil(12·C/R)', () => {
    for (const [c, r] of [
      [2_448_141, 2_279_000],
      [1200, 1200],
      [1201, 1200],
    ])
      expect(adjustedFlows(c, () => r, NEUTRAL_SETTINGS, 60).payback).toBe(paybackMonths(c, [r]));
  });

  it('discounts month by month: payback from the geometric series', () => {
    // C = 1 200, R = 1 200 a year (100 a month), r = 5 %: S(M) = 100·q·(1 − q^M)/(1 − q), q = 1.05^(−1/12).
    const q = 1.05 ** (-1 / 12);
    const exact = Math.log(1 - (1200 * (1 - q)) / (100 * q)) / Math.log(q);
    const { payback, cumulative } = adjustedFlows(
      1200,
      () => 1200,
      { ...NEUTRAL_SETTINGS, discountRate: 0.05 },
      60,
    );
    expect(payback).toBe(Math.ceil(exact));
    expect(payback).toBe(13);
    expect(cumulative[12]).toBeCloseTo(-1200 + (100 * q * (1 - q ** 12)) / (1 - q), 9);
  });

  it('lets the effect fade with persistence: 50 % a year repays 1.5 R in 24 months, never 3 R', () => {
    const s = { ...NEUTRAL_SETTINGS, persistence: { work: 0.5, studies: 1, other: 1 } };
    expect(adjustedFlows(1.5 * 1200, () => 1200, s, 60).payback).toBe(24);
    expect(adjustedFlows(3 * 1200, () => 1200, s, 60).payback).toBe('neg');
  });

  it('with nothing to repay: at once when the first year gains, "not reached" when nothing ever does', () => {
    // MODEL.md §7: 0 when C = 0 and R > 0; "not reached" when R ≤ 0 — also for C = 0.
    const s = { ...NEUTRAL_SETTINGS, discountRate: 0.03 };
    expect(adjustedFlows(0, () => 1200, s, 60).payback).toBe(0);
    expect(adjustedFlows(0, () => 0, s, 60).payback).toBe('neg');
    expect(adjustedFlows(0, () => 0, NEUTRAL_SETTINGS, 60).payback).toBe(paybackMonths(0, [0]));
    // Nothing in year 1, 1 200 a year from year 2: the first gain comes in month 13.
    expect(discountedFlows(0, (y) => (y === 1 ? 0 : 1200), 0.03, 60).payback).toBe(13);
  });

  it('takes deadweight and attribution off every year', () => {
    const s = { ...NEUTRAL_SETTINGS, deadweight: 0.2, attribution: 0.5 };
    // 40 % of 1 200 a year = 480: a cost of 960 is repaid in 24 months.
    expect(adjustedFlows(960, () => 1200, s, 60).payback).toBe(24);
  });
});

describe('appraisal settings in a scenario', () => {
  const base = evaluateScenario(exampleScenario()).total;

  it('are neutral by default (the published arithmetic)', () => {
    const s = exampleScenario();
    expect(s.appraisal).toEqual(NEUTRAL_SETTINGS);
  });

  it('deadweight 25 % scales every yearly revenue to 75 % and moves profit and payback with it', () => {
    const s = exampleScenario();
    s.appraisal.deadweight = 0.25;
    const r = evaluateScenario(s).total;
    for (const p of PERSPECTIVES) {
      expect(r.yearlyRevenue[p]).toBeCloseTo(0.75 * base.yearlyRevenue[p], 4);
      expect(r.profitYear5[p]).toBeCloseTo(5 * 0.75 * base.yearlyRevenue[p] - base.cost[p], 3);
    }
    expect(r.paybackMonths.samhalle).toBe(
      paybackMonths(base.cost.samhalle, [0.75 * base.yearlyRevenue.samhalle]),
    );
  });

  it('discounting lowers the 5-year profit and never shortens the payback', () => {
    const s = exampleScenario();
    s.appraisal.discountRate = 0.035;
    const r = evaluateScenario(s).total;
    expect(r.profitYear5.samhalle).toBeLessThan(base.profitYear5.samhalle);
    expect(r.paybackMonths.samhalle as number).toBeGreaterThanOrEqual(
      base.paybackMonths.samhalle as number,
    );
    expect(r.cumulative.samhalle.at(-1)).toBeCloseTo(r.profitYear5.samhalle, 4);
  });
});

describe('persistence per outcome type', () => {
  const bistand = { income: [{ source: 'ekonomisktBistand' as const, extent: 1 }], resources: [] };
  const work = {
    income: [{ source: 'osubventioneratArbete' as const, extent: 1 }],
    resources: [],
  };
  const studies = {
    income: [{ source: 'studier' as const, extent: 1, school: 'komvux' as const }],
    resources: [],
  };
  /** 2 persons bistånd → work, 3 persons bistånd → studies; cost 0. */
  function twoGroups() {
    const s = exampleScenario();
    s.cohorts = [
      {
        ...s.cohorts[0],
        cost: { mode: 'total', budget: 0 },
        groups: [
          { id: 'a', label: '', count: 2, gender: 'kvinna', before: bistand, after: work },
          { id: 'b', label: '', count: 3, gender: 'man', before: bistand, after: studies },
        ],
      },
    ];
    return s;
  }
  // The example's cohort is of 2017, valued with the rules of 2017.
  const params = defaultParamValues(2017);
  const dWork = stepValue(bistand, work, params).samhalle;
  const dStudies = stepValue(bistand, studies, params).samhalle;

  it('lets each type fade at its own rate (hand-worked: work lasts, studies gone after year 1)', () => {
    const s = twoGroups();
    s.appraisal.persistence = { work: 1, studies: 0, other: 1 };
    const r = evaluateScenario(s).total;
    expect(r.revenueByYear[0].samhalle).toBeCloseTo(2 * dWork + 3 * dStudies, 4);
    expect(r.revenueByYear[1].samhalle).toBeCloseTo(2 * dWork, 4);
    expect(r.profitYear5.samhalle).toBeCloseTo(5 * 2 * dWork + 3 * dStudies, 3);
  });

  it('works with halves: year y has 0.5^(y−1) of work and 0.8^(y−1) of studies, per cohort too', () => {
    const s = twoGroups();
    s.appraisal.persistence = { work: 0.5, studies: 0.8, other: 1 };
    const r = evaluateScenario(s);
    for (const seg of [r.total, r.byCohort[0]])
      for (let y = 1; y <= 5; y++)
        expect(seg.revenueByYear[y - 1].samhalle).toBeCloseTo(
          2 * dWork * 0.5 ** (y - 1) + 3 * dStudies * 0.8 ** (y - 1),
          4,
        );
    // By gender: the women are the work group, the men the studies group.
    const women = r.byGender.find((g) => g.id === 'kvinna')!;
    expect(women.revenueByYear[2].samhalle).toBeCloseTo(2 * dWork * 0.25, 4);
  });

  it('moves converted students to the work type: studies → work 100 % keeps the work rate', () => {
    const s = twoGroups();
    s.appraisal.persistence = { work: 1, studies: 0, other: 1 };
    s.whatIf.studiesToWorkShare = 1;
    const r = evaluateScenario(s).total;
    expect(r.revenueByYear[3].samhalle).toBeCloseTo(5 * dWork, 4);
  });

  it('with a delay, the studies years fade at the studies rate, the work years at the work rate', () => {
    const s = twoGroups();
    s.appraisal.persistence = { work: 1, studies: 0.5, other: 1 };
    s.whatIf.studiesToWorkShare = 1;
    s.whatIf.studiesToWorkDelayYears = 2;
    const r = evaluateScenario(s).total;
    // Years 1–2: the 3 are still studying (studies type); from year 3 they work.
    expect(r.revenueByYear[1].samhalle).toBeCloseTo(2 * dWork + 3 * dStudies * 0.5, 4);
    expect(r.revenueByYear[2].samhalle).toBeCloseTo(5 * dWork, 4);
  });

  it('a delay as long as the horizon still counts the work that follows it in the payback', () => {
    // Half the students move to work after 5 years; horizon 5 years; the reports' arithmetic
    // (no discounting, no fading). Years 1–5 bring the delayed revenue B, year 6 on the revenue
    // A of the move made (what the same move without a delay brings every year). A cost C
    // larger than 5 × B is repaid in month 60 + ⌈(C − 5B) / (A / 12)⌉, once A > B.
    const s = exampleScenario();
    s.cohorts[0].cost = { mode: 'total', budget: 40_000_000 };
    s.horizonYears = 5;
    s.whatIf = { ...s.whatIf, studiesToWorkShare: 0.5, studiesToWorkDelayYears: 5 };
    const delayed = evaluateScenario(s).total;
    s.whatIf.studiesToWorkDelayYears = 0;
    const atOnce = evaluateScenario(s).total;
    const B = delayed.yearlyRevenue.samhalle;
    const A = atOnce.yearlyRevenue.samhalle;
    const C = delayed.cost.samhalle;
    expect(A).toBeGreaterThan(B);
    expect(C).toBeGreaterThan(5 * B);
    expect(delayed.revenueByYear.map((r) => r.samhalle)).toEqual([B, B, B, B, B, A]);
    expect(delayed.paybackMonths.samhalle).toBe(60 + Math.ceil((C - 5 * B) / (A / 12)));
    // Discounting can only make the payback later, never earlier.
    s.whatIf.studiesToWorkDelayYears = 5;
    s.appraisal.discountRate = 0.0001;
    const discounted = evaluateScenario(s).total.paybackMonths.samhalle;
    expect(discounted).toBeGreaterThanOrEqual(delayed.paybackMonths.samhalle as number);
  });

  it('equal rates give the same result through the split path as through the total', () => {
    const s = exampleScenario();
    s.whatIf = { ...s.whatIf, studiesToWorkShare: 0.4, fewerPrimaryCareVisits: 2 };
    s.appraisal.persistence = { work: 0.7, studies: 0.7, other: 0.7 };
    const same = evaluateScenario(s).total;
    s.appraisal.persistence = { work: 0.7, studies: 0.7, other: 0.7 + 1e-12 };
    const split = evaluateScenario(s).total;
    for (let y = 0; y < 5; y++)
      for (const p of PERSPECTIVES)
        expect(split.revenueByYear[y][p]).toBeCloseTo(same.revenueByYear[y][p], 3);
  });

  it('a single number in a scenario file applies to every type', () => {
    const doc = JSON.parse(JSON.stringify(exampleScenario()));
    doc.appraisal = { persistence: 0.9 };
    const parsed = parseScenario(doc);
    expect(parsed.ok && parsed.value.appraisal.persistence).toEqual({
      work: 0.9,
      studies: 0.9,
      other: 0.9,
    });
    doc.appraisal = { persistence: { work: 1.5 } };
    const bad = parseScenario(doc);
    expect(!bad.ok && bad.issues[0].path).toBe('appraisal.persistence.work');
    doc.appraisal = { persistence: 'hög' };
    const wrong = parseScenario(doc);
    expect(!wrong.ok && wrong.issues[0]).toEqual({
      path: 'appraisal.persistence',
      code: 'notPersistence',
      params: { received: '"hög"' },
    });
  });
});

describe('a copy of a prepared scenario with other settings', () => {
  it('shares the cache without spoiling the split by outcome type', () => {
    const s = exampleScenario();
    s.appraisal.persistence = { work: 1, studies: 0.3, other: 0.8 };
    s.whatIf = { ...s.whatIf, studiesToWorkShare: 0.5, subsidyShare: 0.6 };
    const prep = prepare(s);
    // The worker values the reports' arithmetic on a shallow copy first.
    evaluatePrepared({ ...prep, scenario: { ...prep.scenario, appraisal: NEUTRAL_SETTINGS } });
    const shared = evaluatePrepared(prep).total;
    const fresh = evaluatePrepared(prepare(s)).total;
    for (let y = 0; y < 5; y++)
      expect(shared.revenueByYear[y].samhalle).toBeCloseTo(fresh.revenueByYear[y].samhalle, 4);
  });
});
