/**
 * Validation in steps (`parseScenarioSteps`): the same result as
 * `parseScenario` for valid, repairable and invalid documents, one step per
 * `groupsPerStep` groups checked, and a group array found final item by item
 * is not checked again by the schema (and only during that parse).
 */
import { describe, expect, it, vi } from 'vitest';
import * as v from 'valibot';
import { exampleScenario } from './example';
import { fastArray } from './fast-array';
import { isFinalGroupArray, withFinalGroupArrays } from './group-schema';
import { GroupSchema, isFinalGroup, parseScenario, parseScenarioSteps } from './schema';
import type { Group, Scenario } from './schema';

/** Run the steps to the end: the result and how many steps came before it. */
function runSteps(input: unknown, groupsPerStep?: number) {
  const steps = parseScenarioSteps(input, groupsPerStep);
  let pauses = 0;
  let next = steps.next();
  while (!next.done) {
    pauses++;
    next = steps.next();
  }
  return { result: next.value, pauses };
}

/** The example with its first cohort's groups as `n` copies of its first group (a large file). */
function large(n: number, edit?: (groups: Group[]) => void): Scenario {
  const s = exampleScenario();
  const first = parseScenario(JSON.parse(JSON.stringify(s)));
  if (!first.ok) throw new Error('the example is invalid');
  const doc = JSON.parse(JSON.stringify(first.value)) as Scenario;
  const g = doc.cohorts[0].groups[0];
  doc.cohorts[0].groups = Array.from({ length: n }, () => structuredClone(g));
  edit?.(doc.cohorts[0].groups);
  return doc;
}

describe('parseScenarioSteps', () => {
  it('gives parseScenario’s value for a valid document, keeping its final groups as they are', () => {
    const doc = large(2500);
    const { result } = runSteps(doc, 1000);
    expect(result).toEqual(parseScenario(doc));
    if (!result.ok) throw new Error('invalid');
    expect(result.value.cohorts[0].groups).toBe(doc.cohorts[0].groups);
  });

  it('gives parseScenario’s problems, with their paths, for a broken group', () => {
    const doc = large(2500, (groups) => {
      groups[1700] = { ...groups[1700], count: -1 };
    });
    const { result } = runSteps(doc, 1000);
    expect(result.ok).toBe(false);
    expect(result).toEqual(parseScenario(doc));
    if (result.ok) return;
    expect(result.issues.map((i) => i.path)).toContain('cohorts[0].groups[1700].count');
  });

  it('completes a valid group that is not final (a default missing) as parseScenario does', () => {
    const doc = large(1200, (groups) => {
      delete (groups[900] as Partial<Group>).label;
    });
    const { result } = runSteps(doc, 1000);
    expect(result).toEqual(parseScenario(doc));
    if (!result.ok) throw new Error('invalid');
    expect(result.value.cohorts[0].groups[900].label).toBe('');
  });

  it('refuses what is no scenario as parseScenario does, at once', () => {
    for (const input of [null, 'text', { format: 'other' }, { ...large(3), version: 99 }])
      expect(runSteps(input, 1)).toEqual({ result: parseScenario(input), pauses: 0 });
  });

  it('pauses once per groupsPerStep groups checked: 25 000 groups in steps of 10 000 → 2', () => {
    const doc = large(15_000);
    doc.cohorts.push({
      ...doc.cohorts[0],
      id: 'k2',
      groups: doc.cohorts[0].groups.slice(0, 10_000),
    });
    const { result, pauses } = runSteps(doc, 10_000);
    expect(result.ok).toBe(true);
    // 15 000 + 10 000 groups checked: pauses after the 10 000th and the 20 000th.
    expect(pauses).toBe(2);
  });

  it('pauses only after a whole step: 10 000 groups in steps of 10 001 → none, of 10 000 → 1', () => {
    const doc = large(10_000);
    expect(runSteps(doc, 10_001).pauses).toBe(0);
    expect(runSteps(doc, 10_000).pauses).toBe(1);
    expect(runSteps(doc, 5_000).pauses).toBe(2);
  });

  it('gives parseScenario’s problems for cohorts without groups, or no cohorts at all', () => {
    const noGroups = large(3);
    delete (noGroups.cohorts[0] as Partial<Scenario['cohorts'][number]>).groups;
    (noGroups.cohorts as unknown[]).push('ingen kohort');
    const noCohorts: Partial<Scenario> = large(3);
    delete noCohorts.cohorts;
    for (const doc of [noGroups, noCohorts]) {
      const { result } = runSteps(doc, 1);
      expect(result.ok).toBe(false);
      expect(result).toEqual(parseScenario(doc));
    }
  });

  it('has the schema keep a cohort’s groups found final without checking them again', () => {
    // Each group counted as it is read: once while stepping, not a second time by the schema.
    let reads = 0;
    const doc = large(4, (groups) =>
      groups.forEach((g, i) => {
        groups[i] = new Proxy(g, {
          get: (target, key, receiver) => {
            if (key === 'count') reads++;
            return Reflect.get(target, key, receiver) as unknown;
          },
        });
      }),
    );
    // Each group's count is read once by its check and once where the participants are summed.
    expect(parseScenario(doc).ok).toBe(true);
    expect(reads).toBe(4 + 4);
    // In steps: checked by the steps, summed, and not checked a second time by the schema.
    reads = 0;
    expect(runSteps(doc, 2).result.ok).toBe(true);
    expect(reads).toBe(4 + 4);
  });

  it('stops checking a cohort at its first group that is not final', () => {
    // Group 5 of 15 000 is not final: 6 checked there, then 10 000 in the second cohort.
    const doc = large(15_000, (groups) => {
      groups[5] = { ...groups[5], count: 1.5 };
    });
    doc.cohorts.push({ ...doc.cohorts[0], id: 'k2', groups: large(10_000).cohorts[0].groups });
    const { result, pauses } = runSteps(doc, 10_000);
    expect(result.ok).toBe(false);
    expect(pauses).toBe(1);
  });
});

describe('a group array found final item by item', () => {
  it('is kept by the schema without asking of each group again', () => {
    const isFinal = vi.fn(isFinalGroup);
    const marked = large(3).cohorts[0].groups;
    const other = large(3).cohorts[0].groups;
    const schema = fastArray(GroupSchema, isFinal, (a) => a === marked);
    const out = v.parse(schema, marked);
    expect(out).toBe(marked);
    expect(isFinal).not.toHaveBeenCalled();
    expect(v.parse(schema, other)).toBe(other);
    expect(isFinal).toHaveBeenCalledTimes(3);
  });

  it('is known as such only during the parse it was found for, even one that throws', () => {
    const groups: unknown[] = [];
    expect(withFinalGroupArrays(new Set([groups]), () => isFinalGroupArray(groups))).toBe(true);
    expect(isFinalGroupArray(groups)).toBe(false);
    expect(() =>
      withFinalGroupArrays(new Set([groups]), () => {
        throw new Error('parse failed');
      }),
    ).toThrow('parse failed');
    expect(isFinalGroupArray(groups)).toBe(false);
  });
});
