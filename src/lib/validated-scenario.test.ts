/**
 * Validation as the app asks it, document after document: an edit of a few
 * groups is validated from the document before, with the result the whole
 * new document gives.
 */
import { describe, expect, it } from 'vitest';
import { exampleScenario, parseScenario, type Group, type Scenario } from '../engine';
import { nextTask } from './after-paint';
import { validateScenario, validateScenarioInSteps } from './validated-scenario';

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

describe('validateScenarioInSteps', () => {
  /** A file of `n` participants: the example's first group, read as JSON, `n` times. */
  const file = (n: number): unknown => {
    const s = exampleScenario();
    s.cohorts[0].groups = Array.from({ length: n }, () => s.cohorts[0].groups[0]);
    return JSON.parse(JSON.stringify(s));
  };

  it('gives what validateScenario gives, and remembers it for the document', async () => {
    const doc = file(1200);
    const r = await validateScenarioInSteps(doc);
    expect(r).toEqual(parseScenario(doc));
    expect(validateScenario(doc)).toBe(r);
    const broken = file(3);
    (broken as Scenario).cohorts[0].groups[2].count = -1;
    expect(await validateScenarioInSteps(broken)).toEqual(parseScenario(broken));
  });

  it('lets the page do other work between its steps (25 000 groups: 2 pauses)', async () => {
    const doc = file(25_000);
    let done = false;
    let other = 0;
    const validating = validateScenarioInSteps(doc).then((r) => ((done = true), r));
    void (async () => {
      while (!done) {
        await nextTask();
        if (!done) other++;
      }
    })();
    expect((await validating).ok).toBe(true);
    expect(other).toBeGreaterThan(0);
  });
});
