/**
 * Validation as the app asks it, document after document: an edit of a few
 * groups is validated from the document before, with the result the whole
 * new document gives.
 */
import { describe, expect, it } from 'vitest';
import { exampleScenario, parseScenario, type Group, type Scenario } from '../engine';
import { validateScenario } from './validated-scenario';

const withGroup = (s: Scenario, gi: number, edit: (g: Group) => Group): Scenario => ({
  ...s,
  cohorts: s.cohorts.map((c, ci) =>
    ci === 0 ? { ...c, groups: c.groups.map((g, i) => (i === gi ? edit(g) : g)) } : c,
  ),
});

describe('validateScenario', () => {
  it('gives what parsing each whole document gives, through valid and invalid edits', () => {
    const first = exampleScenario();
    const docs = [
      first,
      withGroup(first, 0, (g) => ({ ...g, count: g.count + 1 })),
      withGroup(first, 0, (g) => ({ ...g, count: -1 })),
      withGroup(first, 0, (g) => ({ ...g, count: 4 })),
      withGroup(first, 1, (g) => ({ ...g, gender: 'annat' })),
      { ...first, title: 'Nytt namn' },
    ];
    for (const doc of docs) expect(validateScenario(doc)).toEqual(parseScenario(doc));
  });

  it('keeps the groups that did not change, and remembers the result per document', () => {
    const first = exampleScenario();
    const a = validateScenario(first);
    const next = withGroup(first, 2, (g) => ({ ...g, count: 11 }));
    const b = validateScenario(next);
    if (!a.ok || !b.ok) throw new Error('both are valid');
    expect(b.value.cohorts[0].groups[2].count).toBe(11);
    expect(b.value.cohorts[0].groups[0]).toBe(a.value.cohorts[0].groups[0]);
    expect(validateScenario(next)).toBe(b);
    expect(validateScenario(b.value)).toBe(b);
  });
});
