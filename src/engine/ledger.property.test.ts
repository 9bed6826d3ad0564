/** The two invariants of MODEL.md §2, for random situations (fast-check). */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { INCOME_SOURCES, RESOURCE_ITEMS, SCHOOLS } from './catalogue';
import { ledgerFor, makeContext, partyRow, rowTotal, SOCIETY_ROW, summarise } from './ledger';
import {
  defaultParamValues,
  PARAM_IDS,
  paramDefsFor,
  RULE_YEARS,
  type ParamValues,
} from './parameters';
import type { Situation } from './schema';
import { ACTORS, PARTIES } from './types';

const situationArb: fc.Arbitrary<Situation> = fc
  .array(
    fc.record({
      source: fc.constantFrom(...INCOME_SOURCES),
      weight: fc.double({ min: 0.01, max: 1, noNaN: true }),
      subsidyShare: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
      monthlyWage: fc.option(fc.integer({ min: 0, max: 200_000 }), { nil: undefined }),
      school: fc.option(fc.constantFrom(...SCHOOLS), { nil: undefined }),
      subsidyForm: fc.option(fc.constantFrom('lonebidrag', 'nystartsjobb', 'annat' as const), {
        nil: undefined,
      }),
    }),
    { maxLength: 5 },
  )
  .chain((items) =>
    fc.double({ min: 0, max: 1, noNaN: true }).map((fill) => {
      const total = items.reduce((a, i) => a + i.weight, 0) || 1;
      return items.map((i) => ({
        source: i.source,
        extent: (i.weight / total) * fill,
        ...(i.source === 'subventioneratArbete' && i.subsidyShare !== undefined
          ? { subsidyShare: i.subsidyShare }
          : {}),
        ...(i.source === 'subventioneratArbete' && i.subsidyForm !== undefined
          ? { subsidyForm: i.subsidyForm }
          : {}),
        ...(i.source.endsWith('Arbete') && i.monthlyWage !== undefined
          ? { monthlyWage: i.monthlyWage }
          : {}),
        ...(i.source === 'studier' && i.school ? { school: i.school } : {}),
      }));
    }),
  )
  .chain((income) =>
    fc
      .array(
        fc.record({
          item: fc.constantFrom(...RESOURCE_ITEMS),
          quantity: fc.integer({ min: 0, max: 400 }),
        }),
        { maxLength: 4 },
      )
      .chain((resources) =>
        fc
          .boolean()
          .map((registered) => ({ income, resources, ...(registered ? { registered } : {}) })),
      ),
  );

/** A rule year and an age band, drawn: the invariants hold in every year's law. */
const contextArb = fc.record({
  year: fc.constantFrom(...RULE_YEARS),
  ageBand: fc.option(fc.constantFrom('15-18', '19-23', '24-25', '26-29', '30-' as const), {
    nil: undefined,
  }),
  activitySupportPayer: fc.constantFrom('fk', 'af' as const),
});

/** Parameters of a random rule year, drawn across each parameter's low–high range in that year. */
const paramsArb: fc.Arbitrary<ParamValues & { year: number }> = fc
  .tuple(
    fc.constantFrom(...RULE_YEARS),
    fc.tuple(...PARAM_IDS.map(() => fc.double({ min: 0, max: 1, noNaN: true }))),
  )
  .map(([year, us]) => {
    const p = defaultParamValues(year);
    const defs = paramDefsFor(year);
    PARAM_IDS.forEach((id, i) => {
      const d = defs[id];
      p[id] = d.low + us[i] * (d.high - d.low);
    });
    return { ...p, year };
  });

/** Fewer runs under mutation testing, where the suite runs once per mutant (tests/setup/mutation.ts). */
const RUNS = fc.readConfigureGlobal().numRuns ?? 500;

const close = (a: number, b: number) =>
  Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));

describe('ledger invariants (MODEL.md §2)', () => {
  it('1. financial entries sum to zero over all parties, employer included', () => {
    fc.assert(
      fc.property(situationArb, paramsArb, contextArb, (s, p, c) => {
        const entries = ledgerFor(s, makeContext(p, [], c));
        const net = new Map<string, number>();
        for (const e of entries)
          if (e.kind === 'financial') {
            net.set(e.from, (net.get(e.from) ?? 0) - e.amount);
            net.set(e.to, (net.get(e.to) ?? 0) + e.amount);
          }
        const sum = [...net.values()].reduce((a, b) => a + b, 0);
        const scale = entries.reduce((a, e) => a + Math.abs(e.amount), 0);
        expect(Math.abs(sum)).toBeLessThanOrEqual(1e-9 * Math.max(1, scale));
      }),
      { numRuns: RUNS },
    );
  });

  it("2. the actors' net effects sum to society's real effect, and the employer nets zero", () => {
    fc.assert(
      fc.property(situationArb, paramsArb, contextArb, (s, p, c) => {
        const m = summarise(ledgerFor(s, makeContext(p, [], c)));
        const society = rowTotal(m, SOCIETY_ROW);
        const actors = ACTORS.reduce((a, actor) => a + rowTotal(m, partyRow(actor)), 0);
        const all = PARTIES.reduce((a, party) => a + rowTotal(m, partyRow(party)), 0);
        expect(close(all, society)).toBe(true);
        expect(close(rowTotal(m, partyRow('arbetsgivare')), 0)).toBe(true);
        expect(close(actors, society)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('values every situation with finite numbers', () => {
    fc.assert(
      fc.property(situationArb, contextArb, (s, c) => {
        const m = summarise(ledgerFor(s, makeContext(defaultParamValues(c.year), [], c)));
        expect(m.every(Number.isFinite)).toBe(true);
      }),
    );
  });
});

describe('ledger distribution of a wage (MODEL.md §3), rules of 2025', () => {
  const p = defaultParamValues(2025);
  const m = summarise(
    ledgerFor(
      { income: [{ source: 'osubventioneratArbete', extent: 1 }], resources: [] },
      makeContext(p),
    ),
  );
  it('society gets the production value e·W·12·(1+a)·(1+t)', () => {
    expect(rowTotal(m, SOCIETY_ROW)).toBeCloseTo(25_000 * 12 * 1.3142 * 1.2435, 6);
  });
  it('kommun and region get income tax, the individual the wage net of tax', () => {
    expect(rowTotal(m, partyRow('kommun'))).toBeGreaterThan(0);
    expect(rowTotal(m, partyRow('region'))).toBeGreaterThan(0);
    const indiv = rowTotal(m, partyRow('individ'));
    expect(indiv).toBeGreaterThan(0.7 * 300_000);
    expect(indiv).toBeLessThan(300_000);
  });
  it('ovrigStat gets the employer contributions and indirect taxes (less the tax credit)', () => {
    const ovrig = rowTotal(m, partyRow('ovrigStat'));
    const gross = 300_000 * 0.3142 + 300_000 * 1.3142 * 0.2435;
    expect(ovrig).toBeLessThan(gross);
    expect(ovrig).toBeGreaterThan(gross - 40_000);
  });
  it('af pays the subsidy of subsidised work', () => {
    const s = summarise(
      ledgerFor(
        {
          income: [{ source: 'subventioneratArbete', extent: 1, subsidyShare: 0.5 }],
          resources: [],
        },
        makeContext(p),
      ),
    );
    // Lönebidrag 2025: 0.5 of the wage up to the ceiling of 20 000 kr/month (SFS 2017:887, 21 §)
    // with employer contributions on that part, plus af's handling of a subsidised job.
    expect(rowTotal(s, partyRow('af'))).toBeCloseTo(
      -(0.5 * 20_000 * 12 * 1.3142 + p.handlingAfSubsidisedWork),
      6,
    );
  });
});
