/** Own resource items: add, validate, offer in situations, no removal while in use. */
import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { AppState } from '../../lib/state/app.svelte';
import CustomResourcesEditor from './custom-resources-editor.svelte';
import TestHost from './test-host.svelte';

describe('custom resources editor', () => {
  it('adds an item that needs a unit cost, and keeps it while a situation uses it', async () => {
    const state = new AppState();
    render(TestHost, { component: CustomResourcesEditor, state });
    await fireEvent.click(screen.getByTestId('custom-add'));
    expect(state.draft.customResources).toHaveLength(1);
    const item = state.draft.customResources[0];
    expect(item.id).toBe('egen1');
    expect(item.unitCost).toBeNaN();
    expect(screen.getByTestId('custom-cost-0')).toHaveAttribute('aria-invalid', 'true');

    await fireEvent.input(screen.getByTestId('custom-name-0'), { target: { value: 'Boendestöd' } });
    await fireEvent.input(screen.getByTestId('custom-cost-0'), { target: { value: '700' } });
    expect(item).toEqual({ id: 'egen1', name: 'Boendestöd', unitCost: 700, bearer: 'kommun' });
    expect(state.validation.ok).toBe(true);

    state.draft.cohorts[0].groups[0].before.resources.push({ item: 'egen1', quantity: 20 });
    await Promise.resolve();
    expect(screen.getByTestId('custom-remove-0')).toBeDisabled();
    expect(screen.getByText('används i 1 situation')).toBeVisible();
    state.draft.cohorts[0].groups[0].before.resources.pop();
    await Promise.resolve();
    await fireEvent.click(screen.getByTestId('custom-remove-0'));
    expect(state.draft.customResources).toHaveLength(0);
  });
});
