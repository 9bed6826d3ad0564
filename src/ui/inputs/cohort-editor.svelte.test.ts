/**
 * The group table: validation messages next to their field in both
 * languages, add / duplicate / remove (with undo) rows, Enter on the last
 * row, follow-ups, cohorts, and the plain totals.
 */
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '../../lib/i18n/index.svelte';
import { AppState } from '../../lib/state/app.svelte';
import CohortEditor from './cohort-editor.svelte';
import TestHost from './test-host.svelte';

function setup() {
  const state = new AppState();
  render(TestHost, { component: CohortEditor, state });
  return state;
}

const input = (testid: string) => screen.getByTestId<HTMLInputElement>(testid);

afterEach(() => i18n.set('sv'));

describe('cohort editor', () => {
  it('shows the example cohort with one row per group and the totals', () => {
    const state = setup();
    const rows = within(screen.getByTestId('groups-table')).getAllByRole('row');
    // header + 15 groups + totals
    expect(rows).toHaveLength(17);
    expect(input('count-0-0').value).toBe('3');
    expect(screen.getByTestId('total-count')).toHaveTextContent('63');
    expect(screen.getByTestId('total-after')).toHaveTextContent('i arbete 25 (40 %)');
    expect(screen.getByTestId('total-after')).toHaveTextContent('i studier 11 (17 %)');
    expect(state.draft.cohorts[0].groups).toHaveLength(15);
  });

  it('a negative count shows the Swedish message next to the field, then the English one', async () => {
    const state = setup();
    const count = input('count-0-2');
    await fireEvent.input(count, { target: { value: '-3' } });
    expect(state.draft.cohorts[0].groups[2].count).toBe(-3);
    expect(count).toHaveAttribute('aria-invalid', 'true');
    const describedBy = count.getAttribute('aria-describedby');
    expect(describedBy).toBeTruthy();
    const message = document.getElementById(describedBy!)!;
    expect(message).toHaveTextContent('Får inte vara mindre än 0.');
    // Next to its field: in the same table cell.
    expect(count.closest('td')).toContainElement(message);
    i18n.set('en');
    await Promise.resolve();
    expect(document.getElementById(count.getAttribute('aria-describedby')!)).toHaveTextContent(
      'Must not be less than 0.',
    );
    await fireEvent.input(count, { target: { value: '4' } });
    expect(count).toHaveAttribute('aria-invalid', 'false');
    expect(count).not.toHaveAttribute('aria-describedby');
  });

  it('stores NaN for an emptied or garbled count, never 0', async () => {
    const state = setup();
    await fireEvent.input(input('count-0-0'), { target: { value: '' } });
    expect(state.draft.cohorts[0].groups[0].count).toBeNaN();
    expect(screen.getByText('Ange ett tal.')).toBeInTheDocument();
    await fireEvent.input(input('count-0-0'), { target: { value: 'tre' } });
    expect(state.draft.cohorts[0].groups[0].count).toBeNaN();
    expect(input('count-0-0').value).toBe('tre');
    await fireEvent.input(input('count-0-0'), { target: { value: '2,5' } });
    expect(state.draft.cohorts[0].groups[0].count).toBe(2.5);
    expect(screen.getByText('Måste vara ett heltal.')).toBeInTheDocument();
  });

  it('adds a row with sensible defaults and focuses its label', async () => {
    const state = setup();
    const groups = state.draft.cohorts[0].groups;
    const last = groups[14];
    await fireEvent.click(screen.getByTestId('add-group'));
    expect(groups).toHaveLength(16);
    const g = groups[15];
    expect(g.count).toBe(1);
    expect(g.gender).toBe(last.gender);
    expect(g.before).toEqual(last.before);
    expect(g.after).toEqual(last.before);
    expect(new Set(groups.map((x) => x.id)).size).toBe(16);
    // Focus moves once the new row is drawn: wait for that, not for a tick of the clock.
    await vi.waitFor(() => expect(document.activeElement).toBe(input('label-0-15')));
  });

  it('Enter moves down the column and adds a row on the last one', async () => {
    const state = setup();
    await fireEvent.keyDown(input('count-0-3'), { key: 'Enter' });
    await vi.waitFor(() => expect(document.activeElement).toBe(input('count-0-4')));
    expect(state.draft.cohorts[0].groups).toHaveLength(15);
    await fireEvent.keyDown(input('label-0-14'), { key: 'Enter' });
    expect(state.draft.cohorts[0].groups).toHaveLength(16);
  });

  it('duplicates a row below itself', async () => {
    const state = setup();
    const groups = state.draft.cohorts[0].groups;
    const src = $state.snapshot(groups[4]);
    await fireEvent.click(screen.getByTestId('duplicate-0-4'));
    expect(groups).toHaveLength(16);
    expect({ ...$state.snapshot(groups[5]), id: src.id }).toEqual(src);
    expect(groups[5].id).not.toBe(src.id);
    expect(screen.getByTestId('cohort-status')).toHaveTextContent('Rad 5 kopierades.');
  });

  it('removes a row and brings it back with Undo', async () => {
    const state = setup();
    const groups = state.draft.cohorts[0].groups;
    const removed = $state.snapshot(groups[6]);
    await fireEvent.click(screen.getByTestId('remove-0-6'));
    expect(groups).toHaveLength(14);
    expect(groups.map((g) => g.id)).not.toContain(removed.id);
    expect(screen.getByTestId('cohort-status')).toHaveTextContent(`”${removed.label}” togs bort.`);
    expect(screen.getByTestId('total-count')).toHaveTextContent(String(63 - removed.count));
    await fireEvent.click(screen.getByTestId('undo-remove'));
    expect(groups).toHaveLength(15);
    expect($state.snapshot(groups[6])).toEqual(removed);
    expect(screen.queryByTestId('undo-remove')).toBeNull();
  });

  it('adds and removes a follow-up, starting from the situation at exit', async () => {
    const state = setup();
    const g = state.draft.cohorts[0].groups[0];
    await fireEvent.click(screen.getByTestId('add-followUp6-0-0'));
    expect($state.snapshot(g.followUp6)).toEqual($state.snapshot(g.after));
    expect(screen.getByTestId('total-followUp6')).toHaveTextContent('3 följs upp');
    await fireEvent.click(screen.getByTestId('remove-followUp6-0-0'));
    expect(g.followUp6).toBeUndefined();
    expect('followUp6' in g).toBe(false);
  });

  it('adds a cohort, renames it and removes it only after confirmation', async () => {
    const state = setup();
    await fireEvent.click(screen.getByTestId('add-cohort'));
    expect(state.draft.cohorts).toHaveLength(2);
    expect(state.draft.cohorts[1].year).toBe(2018);
    expect(screen.getByTestId('cohort-tab-1')).toHaveAttribute('aria-selected', 'true');
    await fireEvent.input(screen.getByTestId('cohort-name'), {
      target: { value: 'Deltagare 2018' },
    });
    expect(state.draft.cohorts[1].name).toBe('Deltagare 2018');
    expect(screen.getByTestId('cohort-tab-1')).toHaveTextContent('Deltagare 2018');

    await fireEvent.click(screen.getByTestId('remove-cohort'));
    expect(state.draft.cohorts).toHaveLength(2);
    expect(screen.getByRole('alertdialog')).toHaveTextContent('Ta bort kohorten ”Deltagare 2018”');
    await fireEvent.click(screen.getByTestId('confirm-remove-cohort'));
    expect(state.draft.cohorts).toHaveLength(1);
    expect(screen.getByTestId('remove-cohort')).toBeDisabled();
  });

  it('an empty cohort name shows its message', async () => {
    const state = setup();
    await fireEvent.input(screen.getByTestId('cohort-name'), { target: { value: '  ' } });
    expect(state.validation.ok).toBe(false);
    expect(screen.getByTestId('cohort-name')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('Får inte vara tom.')).toBeInTheDocument();
  });
});
