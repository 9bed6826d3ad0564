/**
 * The group table of a large cohort (a file of individual records) shown a
 * page at a time: 100 rows per page, the pager's buttons and page field, a
 * new row on the last page with focus, a removal that stays on the page, and
 * totals that count every group. A small cohort shows no pager.
 */
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { exampleScenario, type Group } from '../../engine';
import { i18n } from '../../lib/i18n/index.svelte';
import { AppState } from '../../lib/state/app.svelte';
import CohortEditor from './cohort-editor.svelte';
import TestHost from './test-host.svelte';

const N = 250;

/** A loaded draft (held groups, as from a file) whose first cohort has N groups of one participant. */
function setup() {
  const doc = exampleScenario();
  const model = doc.cohorts[0].groups[0];
  doc.cohorts[0].groups = Array.from({ length: N }, (_, i): Group => ({
    ...structuredClone(model),
    id: `p${i}`,
    label: `P${i + 1}`,
    count: 1,
  }));
  const state = new AppState();
  state.load(doc);
  render(TestHost, { component: CohortEditor, state });
  return state;
}

/** The rows of groups drawn (a query by role would take seconds over 100 rows in jsdom). */
const groupRows = () => [
  ...screen.getByTestId('groups-table').querySelectorAll<HTMLElement>('tbody tr[data-row]'),
];
const firstRow = () => Number(groupRows()[0].dataset.row);
const showing = () => screen.getByTestId('pager-showing').textContent?.trim();

afterEach(() => i18n.set('sv'));

// Each page draws 100 rows: a second or more in jsdom on a shared machine.
describe('cohort editor with many groups', { timeout: 60_000 }, () => {
  it('shows 100 rows of 250, the summary in both languages and totals of all 250', async () => {
    setup();
    expect(groupRows()).toHaveLength(100);
    expect(firstRow()).toBe(0);
    expect(showing()).toBe('Visar 1–100 av 250 grupper');
    expect(screen.getByTestId('total-count')).toHaveTextContent('250');
    expect(screen.getByTestId('pager-page')).toHaveValue('0');
    expect(screen.getByTestId('pager-first')).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByTestId('pager-prev')).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByTestId('pager-next')).toHaveAttribute('aria-disabled', 'false');
    const pager = screen.getByTestId('pager');
    expect(pager).toHaveAccessibleName('Sidor med grupper');
    expect(within(pager).getByRole('button', { name: 'Nästa sida' })).toBeInTheDocument();
    i18n.set('en');
    await vi.waitFor(() => expect(showing()).toBe('Showing 1–100 of 250 groups'));
    expect(within(pager).getByRole('button', { name: 'Next page' })).toBeInTheDocument();
    expect(within(pager).getByRole('combobox', { name: 'Page' })).toHaveAccessibleDescription(
      'of 3',
    );
  });

  it('next, previous, last, first and the page field move between pages', async () => {
    setup();
    await fireEvent.click(screen.getByTestId('pager-next'));
    expect(firstRow()).toBe(100);
    expect(screen.getByTestId('count-0-100')).toBeInTheDocument();
    expect(screen.queryByTestId('count-0-0')).toBeNull();
    expect(showing()).toBe('Visar 101–200 av 250 grupper');
    await fireEvent.click(screen.getByTestId('pager-next'));
    expect(groupRows()).toHaveLength(50);
    expect(showing()).toBe('Visar 201–250 av 250 grupper');
    expect(screen.getByTestId('pager-next')).toHaveAttribute('aria-disabled', 'true');
    // At the end Next does nothing and keeps its focus.
    screen.getByTestId('pager-next').focus();
    await fireEvent.click(screen.getByTestId('pager-next'));
    expect(firstRow()).toBe(200);
    expect(document.activeElement).toBe(screen.getByTestId('pager-next'));
    await fireEvent.click(screen.getByTestId('pager-prev'));
    expect(firstRow()).toBe(100);
    await fireEvent.click(screen.getByTestId('pager-first'));
    expect(firstRow()).toBe(0);
    await fireEvent.click(screen.getByTestId('pager-last'));
    expect(firstRow()).toBe(200);
    await fireEvent.change(screen.getByTestId('pager-page'), { target: { value: '1' } });
    expect(firstRow()).toBe(100);
    expect(screen.getByTestId('pager-bottom-page')).toHaveValue('1');
    // The pager under the table hands focus to the one above it: the new page is read from its top.
    await fireEvent.click(screen.getByTestId('pager-bottom-next'));
    expect(firstRow()).toBe(200);
    await vi.waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('pager-next')));
  });

  it('adds a group at the end, goes to the last page and focuses the new row', async () => {
    const state = setup();
    await fireEvent.click(screen.getByTestId('add-group'));
    expect(state.draft.cohorts[0].groups).toHaveLength(251);
    await vi.waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('label-0-250')));
    expect(groupRows()).toHaveLength(51);
    expect(showing()).toBe('Visar 201–251 av 251 grupper');
    expect(screen.getByTestId('total-count')).toHaveTextContent('251');
  });

  it('Enter on the last row of a page goes to the next page', async () => {
    setup();
    await fireEvent.keyDown(screen.getByTestId('count-0-99'), { key: 'Enter' });
    await vi.waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('count-0-100')));
    expect(firstRow()).toBe(100);
  });

  it('removing a row stays on its page; Undo brings it back there', async () => {
    const state = setup();
    await fireEvent.click(screen.getByTestId('pager-next'));
    await fireEvent.click(screen.getByTestId('remove-0-150'));
    expect(state.draft.cohorts[0].groups).toHaveLength(249);
    expect(firstRow()).toBe(100);
    expect(showing()).toBe('Visar 101–200 av 249 grupper');
    await vi.waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('label-0-150')));
    expect(screen.getByTestId('total-count')).toHaveTextContent('249');
    await fireEvent.click(screen.getByTestId('pager-first'));
    await fireEvent.click(screen.getByTestId('undo-remove'));
    expect(state.draft.cohorts[0].groups[150].label).toBe('P151');
    await vi.waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('label-0-150')));
    expect(firstRow()).toBe(100);
  });

  it('an edit on page 2 changes that group and the totals', async () => {
    const state = setup();
    await fireEvent.click(screen.getByTestId('pager-next'));
    await fireEvent.input(screen.getByTestId('count-0-120'), { target: { value: '4' } });
    expect(state.draft.cohorts[0].groups[120].count).toBe(4);
    expect(screen.getByTestId('total-count')).toHaveTextContent('253');
    expect(firstRow()).toBe(100);
  });

  it('a cohort of 100 groups has no pager', () => {
    const doc = exampleScenario();
    const model = doc.cohorts[0].groups[0];
    doc.cohorts[0].groups = Array.from({ length: 100 }, (_, i) => ({ ...model, id: `p${i}` }));
    const state = new AppState();
    state.load(doc);
    render(TestHost, { component: CohortEditor, state });
    expect(groupRows()).toHaveLength(100);
    expect(screen.queryByTestId('pager')).toBeNull();
    expect(screen.queryByTestId('pager-bottom')).toBeNull();
  });
});
