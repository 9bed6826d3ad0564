/**
 * The starting point of the what-if sliders (MODEL.md §9: "subsidised →
 * unsubsidised", "studies → work", a lower average subsidy level): how many
 * are in subsidised work and in studies at exit, and their mean subsidy share
 * weighted by participants × extent.
 */
import { describe, expect, it } from 'vitest';
import { scenarioWith } from '../../../tests/support/scenario-builders';
import { evaluatePrepared, NO_WHAT_IF, prepare } from '../evaluate';
import { type Group, type Scenario } from '../schema';

const baselineOf = (s: Scenario) => evaluatePrepared(prepare(s), NO_WHAT_IF).baseline;

const group = (id: string, count: number, after: Group['after']): Group => ({
  id,
  label: id,
  count,
  gender: 'kvinna',
  before: { income: [{ source: 'ekonomisktBistand', extent: 1 }], resources: [] },
  after,
});

describe('the what-if baseline', () => {
  it('counts the example’s participants in subsidised work and studies, and their mean subsidy', () => {
    // Subsidised work at exit in the example (count × extent × share):
    //   g03 5 × 0.5  × 0.8  = 2.0    g04 4 × 1 × 0.8  = 3.2
    //   g05 5 × 1    × 0.45 = 2.25   g06 5 × 0.75 × 0.6 = 2.25   → 9.7
    // extents: 5 × 0.5 + 4 + 5 + 5 × 0.75 = 15.25; mean share 9.7 / 15.25.
    // Persons: 5 + 4 + 5 + 5 = 19 in subsidised work; studies g07–g09: 4 + 3 + 4 = 11.
    const b = baselineOf(scenarioWith(() => {}));
    expect(b.averageSubsidyShare).toBeCloseTo(9.7 / 15.25, 12);
    expect(b.personsInSubsidisedWork).toBe(19);
    expect(b.personsInStudies).toBe(11);
    expect(b.extraParticipants).toBe(0);
  });

  it('takes the year’s default subsidy share where a group gives none', () => {
    // The default subsidy share of the rules is 80 % (MODEL.md's "80 % wage subsidy").
    // 2 × 1.0 × 0.5 + 3 × 0.5 × 0.8 = 1 + 1.2 = 2.2 over 2 × 1.0 + 3 × 0.5 = 3.5.
    const s = scenarioWith((sc) => {
      sc.cohorts[0].groups = [
        group('a', 2, {
          income: [{ source: 'subventioneratArbete', extent: 1, subsidyShare: 0.5 }],
          resources: [],
        }),
        group('b', 3, {
          income: [
            { source: 'subventioneratArbete', extent: 0.5 },
            { source: 'studier', extent: 0.5, school: 'komvux' },
          ],
          resources: [],
        }),
      ];
    });
    const b = baselineOf(s);
    expect(b.averageSubsidyShare).toBeCloseTo(2.2 / 3.5, 12);
    // Group b is in both: counted once in each.
    expect(b.personsInSubsidisedWork).toBe(5);
    expect(b.personsInStudies).toBe(3);
  });

  it('does not count an income source of extent 0', () => {
    const s = scenarioWith((sc) => {
      sc.cohorts[0].groups = [
        group('a', 4, {
          income: [
            { source: 'subventioneratArbete', extent: 0, subsidyShare: 0.3 },
            { source: 'studier', extent: 0, school: 'komvux' },
            { source: 'osubventioneratArbete', extent: 1 },
          ],
          resources: [],
        }),
      ];
    });
    const b = baselineOf(s);
    expect(b.personsInSubsidisedWork).toBe(0);
    expect(b.personsInStudies).toBe(0);
    // No one in subsidised work: no mean subsidy share.
    expect(b.averageSubsidyShare).toBeNull();
  });
});
