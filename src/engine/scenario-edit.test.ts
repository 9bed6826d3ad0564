/**
 * An edit validated from the document before it and the changed groups
 * alone gives what validating the whole new document gives: the same value
 * or the same problems, with their paths, codes and order.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { anyGroupArb } from '../../tests/support/group-arbitraries';
import { exampleScenario } from './example';
import { groupEdits, MAX_GROUP_EDITS, parseScenarioEdit, sameData } from './scenario-edit';
import { LIMITS, type Group, type Scenario } from './scenario-schema';
import { parseScenario } from './schema';

function parseValue(doc: unknown): Scenario {
  const r = parseScenario(doc);
  if (!r.ok) throw new Error('the document is valid');
  return r.value;
}
const example = exampleScenario();
const prev = parseValue(example);

/** `s` with group `gi` of cohort `ci` replaced. */
function replaced(s: Scenario, ci: number, gi: number, g: unknown): Scenario {
  return {
    ...s,
    cohorts: s.cohorts.map((c, i) =>
      i === ci ? { ...c, groups: c.groups.map((x, j) => (j === gi ? (g as Group) : x)) } : c,
    ),
  };
}

describe('groupEdits', () => {
  const g0 = example.cohorts[0].groups[0];

  it('finds no edit between a document and itself or a copy of it', () => {
    expect(groupEdits(example, example)).toEqual([]);
    expect(groupEdits(example, structuredClone(example))).toEqual([]);
  });

  it('finds the one group whose count changed, as it is in the new document', () => {
    const next = replaced(example, 0, 2, { ...example.cohorts[0].groups[2], count: 99 });
    expect(groupEdits(example, next)).toEqual([
      { cohort: 0, index: 2, group: next.cohorts[0].groups[2] },
    ]);
  });

  it('is null when anything but groups changed: a field, a cohort, the number of groups', () => {
    expect(groupEdits(example, { ...example, title: 'Annat' })).toBeNull();
    expect(groupEdits(example, { ...example, extra: 1 })).toBeNull();
    const { title: _, ...untitled } = example;
    expect(groupEdits(example, untitled)).toBeNull();
    expect(
      groupEdits(example, { ...example, cohorts: [...example.cohorts, example.cohorts[0]] }),
    ).toBeNull();
    const renamed = { ...example, cohorts: [{ ...example.cohorts[0], name: 'Annan' }] };
    expect(groupEdits(example, renamed)).toBeNull();
    const longer = { ...example.cohorts[0], groups: [...example.cohorts[0].groups, g0] };
    expect(groupEdits(example, { ...example, cohorts: [longer] })).toBeNull();
    expect(groupEdits(null, example)).toBeNull();
    expect(groupEdits(example, [])).toBeNull();
    expect(groupEdits({ ...example, cohorts: 'x' }, { ...example, cohorts: 'x' })).toBeNull();
  });

  it('is null when cohorts or groups are not lists, or a cohort is gone', () => {
    const two = { ...example, cohorts: [example.cohorts[0], { ...example.cohorts[0], id: 'b' }] };
    expect(groupEdits(two, { ...two, cohorts: [two.cohorts[0]] })).toBeNull();
    // Shaped like a list of the same length, but not one: not an edit of the document.
    const listLike = { 0: example.cohorts[0], length: 1 };
    expect(groupEdits(example, { ...example, cohorts: listLike })).toBeNull();
    expect(groupEdits(example, { ...example, cohorts: [null] })).toBeNull();
    const groups = example.cohorts[0].groups;
    const groupsLike = Object.assign({}, groups, { length: groups.length });
    expect(
      groupEdits(example, { ...example, cohorts: [{ ...example.cohorts[0], groups: groupsLike }] }),
    ).toBeNull();
  });

  it('is null past the most edits it sends, and lists that many', () => {
    const many = (n: number): Scenario => {
      const groups = Array.from({ length: n }, (_, i) => ({ ...g0, id: `g${i}` }));
      return { ...example, cohorts: [{ ...example.cohorts[0], groups }] };
    };
    const from = many(MAX_GROUP_EDITS + 1);
    const bump = (s: Scenario, k: number): Scenario => ({
      ...s,
      cohorts: [
        {
          ...s.cohorts[0],
          groups: s.cohorts[0].groups.map((g, i) => (i < k ? { ...g, count: g.count + 1 } : g)),
        },
      ],
    });
    expect(groupEdits(from, bump(from, MAX_GROUP_EDITS))).toHaveLength(MAX_GROUP_EDITS);
    expect(groupEdits(from, bump(from, MAX_GROUP_EDITS + 1))).toBeNull();
  });
});

describe('sameData', () => {
  it('compares plain data by structure', () => {
    expect(sameData({ a: [1, { b: 'x' }] }, { a: [1, { b: 'x' }] })).toBe(true);
    expect(sameData(Number.NaN, Number.NaN)).toBe(true);
    expect(sameData({ a: 1 }, { a: 2 })).toBe(false);
    expect(sameData({ a: 1 }, { b: 1 })).toBe(false);
    expect(sameData({ a: undefined }, {})).toBe(false);
    expect(sameData([1], { 0: 1 })).toBe(false);
    expect(sameData([1, 2], [1])).toBe(false);
    expect(sameData(null, {})).toBe(false);
    expect(sameData({}, null)).toBe(false);
    expect(sameData(0, '0')).toBe(false);
    expect(sameData('a', 'b')).toBe(false);
    // A string is not the object that has its characters as keys.
    expect(sameData('a', { 0: 'a' })).toBe(false);
    expect(sameData({ 0: 'a' }, 'a')).toBe(false);
    expect(sameData(Number.NaN, 1)).toBe(false);
    expect(sameData(1, Number.NaN)).toBe(false);
  });
});

describe('parseScenarioEdit', () => {
  it('gives the value of the whole new document, sharing the groups that did not change', () => {
    const next = replaced(example, 0, 1, { ...example.cohorts[0].groups[1], count: 12 });
    const r = parseScenarioEdit(prev, groupEdits(example, next) ?? []);
    expect(r).toEqual(parseScenario(next));
    if (!r.ok) return;
    expect(r.value.cohorts[0].groups[1].count).toBe(12);
    expect(r.value.cohorts[0].groups[0]).toBe(prev.cohorts[0].groups[0]);
    // The document before is left as it was (compared with a fresh copy of the example).
    expect(prev).toEqual(parseValue(exampleScenario()));
  });

  it('puts in every edit of one cohort, valid or not, and leaves the document before as it was', () => {
    const g = example.cohorts[0].groups;
    let both = replaced(example, 0, 0, { ...g[0], count: g[0].count + 10 });
    both = replaced(both, 0, 2, { ...g[2], count: g[2].count + 20 });
    const edits = groupEdits(example, both) ?? [];
    expect(edits).toHaveLength(2);
    const ok = parseScenarioEdit(prev, edits);
    expect(ok).toEqual(parseScenario(both));
    expect(ok.ok).toBe(true);
    if (ok.ok)
      expect(ok.value.cohorts[0].groups.map((x) => x.count).slice(0, 3)).toEqual([
        g[0].count + 10,
        g[1].count,
        g[2].count + 20,
      ]);
    let bad = replaced(example, 0, 0, { ...g[0], count: -1 });
    bad = replaced(bad, 0, 2, { ...g[2], count: -2 });
    const refused = parseScenarioEdit(prev, groupEdits(example, bad) ?? []);
    expect(refused).toEqual(parseScenario(bad));
    expect(refused.ok).toBe(false);
    if (!refused.ok)
      expect(refused.issues.map((i) => i.path)).toEqual([
        'cohorts[0].groups[0].count',
        'cohorts[0].groups[2].count',
      ]);
    expect(prev).toEqual(parseValue(exampleScenario()));
  });

  it('without edits gives the document before', () => {
    expect(parseScenarioEdit(prev, [])).toEqual({ ok: true, value: prev });
  });

  it('finds the problems a group brings that only the whole document shows', () => {
    const g = example.cohorts[0].groups[0];
    // A resource item nobody defined; an income over 100 %; too many participants in all.
    const unknownItem = { ...g, after: { ...g.after, resources: [{ item: 'x', quantity: 1 }] } };
    const overFull = {
      ...g,
      after: {
        ...g.after,
        income: [
          { source: 'osubventioneratArbete', extent: 0.8 },
          { source: 'studier', extent: 0.5, school: 'komvux' },
        ],
      },
    };
    const crowd = { ...g, count: LIMITS.maxTotalParticipants };
    for (const bad of [unknownItem, overFull, crowd]) {
      const next = replaced(example, 0, 0, bad);
      const r = parseScenarioEdit(prev, groupEdits(example, next) ?? []);
      expect(r.ok).toBe(false);
      expect(r).toEqual(parseScenario(next));
    }
  });

  it('is refused for a group the document does not have: the edit fits another document', () => {
    const g = example.cohorts[0].groups[0];
    const notKept = { ok: false, issues: [{ path: '', code: 'scenarioNotKept', params: {} }] };
    expect(parseScenarioEdit(prev, [{ cohort: 0, index: 999, group: g }])).toEqual(notKept);
    const n = prev.cohorts[0].groups.length;
    expect(parseScenarioEdit(prev, [{ cohort: 0, index: n, group: g }])).toEqual(notKept);
    expect(parseScenarioEdit(prev, [{ cohort: 0, index: -1, group: g }])).toEqual(notKept);
    expect(parseScenarioEdit(prev, [{ cohort: 5, index: 0, group: g }])).toEqual(notKept);
  });

  it('agrees with parsing the whole document for any groups put in', () => {
    const n = example.cohorts[0].groups.length;
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat({ max: n - 1 }), anyGroupArb), { minLength: 1, maxLength: 3 }),
        (puts) => {
          let next: Scenario = example;
          for (const [gi, g] of puts) next = replaced(next, 0, gi, g);
          const edits = groupEdits(example, next);
          if (edits === null) throw new Error('only groups changed');
          expect(parseScenarioEdit(prev, edits)).toEqual(parseScenario(next));
        },
      ),
    );
  });
});
