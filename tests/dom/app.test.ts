/** Proves the `dom` project: the placeholder App renders its Swedish and English text. */
import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import App from '../../src/App.svelte';

describe('App (placeholder)', () => {
  it('shows the heading and the loading message in Swedish first, English second', () => {
    render(App);
    expect(screen.getByRole('heading', { level: 1, name: 'Nyttokalkyl' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Nyttokalkyl — laddar exempelscenariot …');
    expect(screen.getByText('Nyttokalkyl — loading the example scenario …')).toBeVisible();
  });
});
