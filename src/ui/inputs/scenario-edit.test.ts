/** Row defaults, ids, source changes, summaries and the table's plain counts. */
import { describe, expect, it } from 'vitest';
import { defaultParamValues, EXAMPLE_GROUPS, exampleScenario, type IncomeItem } from '../../engine';
import { hold } from '../../lib/state/held-groups.svelte';
import {
  clone,
  countByGender,
  countColumns,
  duplicateGroup,
  newCohort,
  newGroup,
  newIncomeItem,
  restExtent,
  setSource,
  situationSummary,
  uniqueId,
} from './scenario-edit';

const params = defaultParamValues();

describe('new rows', () => {
  it('copies gender and before-situation from the previous row, count 1, no effect yet', () => {
    const prev = EXAMPLE_GROUPS[2];
    const g = newGroup(
      prev,
      EXAMPLE_GROUPS.map((x) => x.id),
    );
    expect(g.count).toBe(1);
    expect(g.gender).toBe(prev.gender);
    expect(g.before).toEqual(prev.before);
    expect(g.after).toEqual(prev.before);
    expect(g.before).not.toBe(prev.before);
    expect(g.id).toBe('g1');
    expect(g.label).toBe('');
  });

  it('a duplicate is a deep copy with its own id', () => {
    const src = EXAMPLE_GROUPS[5];
    const d = duplicateGroup(src, ['g1', 'g2']);
    expect(d.id).toBe('g3');
    expect({ ...d, id: src.id }).toEqual(src);
    expect(d.after.income).not.toBe(src.after.income);
  });

  it('uniqueId skips taken ids', () => {
    expect(uniqueId('c', ['c1', 'c3'])).toBe('c2');
  });

  it('a first row has an unknown gender: none is assumed', () => {
    expect(newGroup(undefined, []).gender).toBe('annat');
  });

  it('a new cohort follows the last year and asks for its cost (no silent standard cost)', () => {
    const c = newCohort(exampleScenario().cohorts, 'Kohort 2');
    expect(c.year).toBe(2018);
    expect(c.cost.mode).toBe('total');
    expect(c.cost.mode === 'total' && c.cost.budget).toBeNaN();
    expect(c.groups).toHaveLength(1);
    expect(c.groups[0].gender).toBe('annat');
    expect(c.id).not.toBe('c2017');
  });

  it('clone keeps NaN and undefined', () => {
    const x = clone({ a: NaN, b: undefined, c: [1, { d: 2 }] });
    expect(x.a).toBeNaN();
    expect('b' in x).toBe(true);
    expect(x.c).toEqual([1, { d: 2 }]);
  });
});

describe('income items', () => {
  it('keeps only the details a source takes', () => {
    const item: IncomeItem = { source: 'aktivitetsersattning', extent: 1 };
    setSource(item, 'subventioneratArbete', params);
    expect(item.subsidyShare).toBe(params.defaultSubsidyShare);
    item.monthlyWage = 22_000;
    setSource(item, 'osubventioneratArbete', params);
    expect(item).toEqual({ source: 'osubventioneratArbete', extent: 1, monthlyWage: 22_000 });
    setSource(item, 'studier', params);
    expect(item).toEqual({ source: 'studier', extent: 1, school: 'komvux' });
    setSource(item, 'sjukpenning', params);
    expect(item).toEqual({ source: 'sjukpenning', extent: 1 });
  });

  it('a new item takes the rest of the time', () => {
    const s = {
      income: [{ source: 'aktivitetsersattning' as const, extent: 0.75 }],
      resources: [],
    };
    expect(restExtent(s)).toBeCloseTo(0.25);
    const item = newIncomeItem(s, params);
    expect(item.extent).toBe(0.25);
    expect(item.source).toBe('osubventioneratArbete');
  });

  it('summarises a situation, the rest as no public support', () => {
    const sv = (s: Parameters<typeof situationSummary>[0]) =>
      situationSummary(s, 'sv').replace(/\u00a0/g, ' ');
    expect(sv({ income: [{ source: 'aktivitetsersattning', extent: 1 }], resources: [] })).toBe(
      'Aktivitetsersättning 100 %',
    );
    expect(sv({ income: [{ source: 'sjukpenning', extent: 0.5 }], resources: [] })).toBe(
      'Sjukpenning 50 % + Ingen försörjning 50 %',
    );
    expect(
      situationSummary({ income: [{ source: 'studier', extent: 1 }], resources: [] }, 'sv'),
    ).toBe('Studier 100\u00a0%');
    expect(situationSummary({ income: [], resources: [] }, 'en')).toBe('No public support');
  });
});

describe('counts', () => {
  it('counts the example at exit: 25 in work, 11 in studies of 63', () => {
    const counts = countColumns(EXAMPLE_GROUPS);
    expect(counts.after).toEqual({ covered: 63, work: 25, studies: 11 });
    expect(counts.followUp6.covered).toBe(0);
    const gender = countByGender(EXAMPLE_GROUPS);
    expect(gender.total).toBe(63);
    expect(gender.kvinna + gender.man).toBe(63);
  });

  it('counts every time point in one pass: any work counts as work, zero extents as nothing', () => {
    const base = { ...EXAMPLE_GROUPS[0] };
    delete base.followUp6;
    delete base.followUp24;
    const item = (source: IncomeItem['source'], extent: number): IncomeItem => ({ source, extent });
    const groups = [
      {
        ...base,
        count: 2,
        before: { income: [item('studier', 1)], resources: [] },
        after: {
          income: [item('studier', 0.5), item('osubventioneratArbete', 0.5)],
          resources: [],
        },
        followUp6: { income: [item('studier', 0), item('aktivitetsstod', 1)], resources: [] },
      },
      {
        ...base,
        count: 3,
        before: { income: [item('ekonomisktBistand', 1)], resources: [] },
        after: { income: [item('studier', 1)], resources: [] },
      },
      { ...base, count: NaN },
    ];
    const expected = {
      before: { covered: 5, work: 0, studies: 2 },
      after: { covered: 5, work: 2, studies: 3 },
      followUp6: { covered: 2, work: 0, studies: 0 },
      followUp24: { covered: 0, work: 0, studies: 0 },
    };
    expect(countColumns(groups)).toEqual(expected);
    // Held (frozen) groups, as a loaded file keeps them, count the same.
    expect(countColumns(hold(groups))).toEqual(expected);
    expect(countByGender(hold(groups)).total).toBe(5);
  });

  it('ignores counts that are not numbers yet', () => {
    const groups = [{ ...EXAMPLE_GROUPS[0], count: NaN }, EXAMPLE_GROUPS[1]];
    expect(countByGender(groups).total).toBe(EXAMPLE_GROUPS[1].count);
  });
});
