/**
 * The portfolio's rankings worked by hand on members given directly: a payback
 * never reached ranks last, the cost bands' limits are inclusive (64 000 and
 * 82 000 kr per participant), a member that spent nothing but brings revenue
 * has the most revenue per krona there can be, and equal values with equal
 * names are ordered by key, whatever order they come in.
 */
import { describe, expect, it } from 'vitest';
import type { Payback } from './appraisal';
import { rankMembers, type RankedMember } from './portfolio-ranking';

function m(
  key: string,
  label: string,
  o: { payback?: Payback; perKrona?: number | null; cost?: number } = {},
): RankedMember {
  return {
    key,
    label,
    figures: {
      participants: 10,
      paybackMonths: { samhalle: o.payback ?? 12 },
      revenuePerKrona: o.perKrona === undefined ? 1 : o.perKrona,
      costPerParticipant: o.cost ?? 50_000,
    },
  };
}

describe('portfolio rankings, by hand', () => {
  it('ranks a payback never reached after every reached one, whatever its name', () => {
    // "Aldrig" sorts first by name; its payback ("neg.") sorts last.
    const r = rankMembers([m('a', 'Aldrig', { payback: 'neg' }), m('b', 'Bra', { payback: 10 })]);
    expect(r.payback.map((e) => [e.key, e.rank, e.paybackMet])).toEqual([
      ['b', 1, true],
      ['a', 2, false],
    ]);
  });

  it('puts the cost bands’ limits inside the band: 64 000 is standard, 82 000 is NNS', () => {
    const r = rankMembers([
      m('s', 'S', { cost: 64_000 }),
      m('s1', 'S1', { cost: 64_001 }),
      m('n', 'N', { cost: 82_000 }),
      m('n1', 'N1', { cost: 82_001 }),
    ]);
    expect(r.costPerParticipant.map((e) => [e.key, e.costBand])).toEqual([
      ['s', 'withinStandard'],
      ['s1', 'withinNns'],
      ['n', 'withinNns'],
      ['n1', 'aboveNns'],
    ]);
  });

  it('orders by cost per participant, not by name, each its own rank', () => {
    const r = rankMembers([
      m('a', 'A', { cost: 90_000 }),
      m('b', 'B', { cost: 50_000 }),
      m('c', 'C', { cost: 70_000 }),
    ]);
    expect(r.costPerParticipant.map((e) => [e.key, e.rank])).toEqual([
      ['b', 1],
      ['c', 2],
      ['a', 3],
    ]);
  });

  it('orders equal values with equal names by key, in either order given, sharing the rank', () => {
    for (const input of [
      [m('k1', 'Samma'), m('k2', 'Samma')],
      [m('k2', 'Samma'), m('k1', 'Samma')],
    ]) {
      const r = rankMembers(input);
      expect(r.payback.map((e) => [e.key, e.rank])).toEqual([
        ['k1', 1],
        ['k2', 1],
      ]);
    }
  });

  it('ranks revenue per krona: nothing spent for a revenue first, nothing spent for nothing last', () => {
    // Names in the opposite order of the expected ranking, so the names cannot order them.
    const r = rankMembers([
      m('never', 'A', { perKrona: null, payback: 'neg' }),
      m('half', 'B', { perKrona: 0.5, payback: 24 }),
      m('two', 'C', { perKrona: 2, payback: 6 }),
      m('free', 'D', { perKrona: null, payback: 0 }),
    ]);
    // free: −∞; two: −2; half: −0.5; never: +∞. Met: ≥ 1 kr per krona, or payback 0 when nothing was spent.
    expect(r.revenuePerKrona.map((e) => [e.key, e.rank, e.revenueMet])).toEqual([
      ['free', 1, true],
      ['two', 2, true],
      ['half', 3, false],
      ['never', 4, false],
    ]);
  });

  it('leaves out members without figures', () => {
    const r = rankMembers([{ key: 'x', label: 'X', figures: null }, m('b', 'B')]);
    expect(r.payback.map((e) => e.key)).toEqual(['b']);
  });
});
