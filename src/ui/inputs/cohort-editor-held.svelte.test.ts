/**
 * The group table on a loaded draft, whose groups are held as frozen plain
 * data (lib/state/held-groups.svelte.ts): every edit replaces the group, the
 * row keeps its fields (and focus), validation follows, and the document the
 * draft was loaded from is never changed.
 */
import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { exampleScenario } from '../../engine';
import { AppState } from '../../lib/state/app.svelte';
import { heldArray } from '../../lib/state/held-groups.svelte';
import CohortEditor from './cohort-editor.svelte';
import TestHost from './test-host.svelte';

function setup() {
  const state = new AppState();
  const doc = exampleScenario();
  const original = structuredClone(doc);
  state.load(doc);
  render(TestHost, { component: CohortEditor, state });
  return { state, doc, original };
}

const input = (testid: string) => screen.getByTestId<HTMLInputElement>(testid);

describe('cohort editor on a loaded (held) draft', () => {
  it('holds the loaded groups frozen and shares them with the plain copy', () => {
    const { state } = setup();
    const groups = state.draft.cohorts[0].groups;
    expect(heldArray(groups)).toBeDefined();
    expect(Object.isFrozen(groups[0])).toBe(true);
    expect(state.plain.cohorts[0].groups).toBe(heldArray(groups));
    expect(state.validation.ok).toBe(true);
  });

  it('a typed count replaces the group, keeps the field and updates validation', async () => {
    const { state, doc, original } = setup();
    const count = input('count-0-2');
    count.focus();
    await fireEvent.input(count, { target: { value: '-3' } });
    expect(state.draft.cohorts[0].groups[2].count).toBe(-3);
    expect(state.plain.cohorts[0].groups[2].count).toBe(-3);
    expect(state.validation.ok).toBe(false);
    expect(input('count-0-2')).toBe(count);
    expect(document.activeElement).toBe(count);
    expect(count).toHaveAttribute('aria-invalid', 'true');
    await fireEvent.input(count, { target: { value: '4' } });
    expect(state.draft.cohorts[0].groups[2].count).toBe(4);
    expect(state.validation.ok).toBe(true);
    expect(doc).toEqual(original);
  });

  it('adds, duplicates, removes and restores rows', async () => {
    const { state } = setup();
    await fireEvent.click(screen.getByTestId('add-group'));
    expect(state.draft.cohorts[0].groups).toHaveLength(16);
    await fireEvent.click(screen.getByTestId('duplicate-0-0'));
    expect(state.draft.cohorts[0].groups).toHaveLength(17);
    expect(state.draft.cohorts[0].groups[1].label).toBe(state.draft.cohorts[0].groups[0].label);
    const removed = state.draft.cohorts[0].groups[3];
    await fireEvent.click(screen.getByTestId('remove-0-3'));
    expect(state.draft.cohorts[0].groups).toHaveLength(16);
    await fireEvent.click(screen.getByTestId('undo-remove'));
    expect(state.draft.cohorts[0].groups[3]).toEqual(removed);
    expect(heldArray(state.draft.cohorts[0].groups)).toBeDefined();
  });

  it('adds and removes a follow-up and edits a situation', async () => {
    const { state } = setup();
    await fireEvent.click(screen.getByTestId('add-followUp6-0-0'));
    const g = state.draft.cohorts[0].groups[0];
    expect(g.followUp6).toEqual(g.after);
    await fireEvent.click(screen.getByTestId('situation-toggle-cohorts[0].groups[0].after'));
    const extent = screen.getByTestId('extent-cohorts[0].groups[0].after.income[0]');
    await fireEvent.input(extent, { target: { value: '50' } });
    expect(state.draft.cohorts[0].groups[0].after.income[0].extent).toBe(0.5);
    await fireEvent.click(screen.getByTestId('remove-followUp6-0-0'));
    expect('followUp6' in state.draft.cohorts[0].groups[0]).toBe(false);
  });

  it('undo of a replacement brings back the loaded draft exactly', () => {
    const { state } = setup();
    const before = structuredClone(state.plain);
    const other = exampleScenario();
    other.title = 'Annan';
    state.replaceDraft(other, 'file');
    state.undoReplace();
    expect(state.plain).toEqual(before);
  });
});
