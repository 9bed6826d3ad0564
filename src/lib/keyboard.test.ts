import { describe, expect, it } from 'vitest';
import { tabKeyTarget } from './keyboard';

describe('tabKeyTarget', () => {
  it.each([
    ['ArrowRight', 0, 3, 1],
    ['ArrowRight', 2, 3, 0],
    ['ArrowLeft', 0, 3, 2],
    ['Home', 2, 3, 0],
    ['End', 0, 3, 2],
    ['Enter', 1, 3, null],
    ['ArrowRight', 0, 0, null],
  ] as const)('%s from %d of %d → %s', (key, i, n, want) =>
    expect(tabKeyTarget(key, i, n)).toBe(want),
  );
});
