/** The one list of a door's problems: paths, the cap and "… and N more". */
import { render } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import ProblemList from '../../src/ui/problem-list.svelte';

const issue = (path: string, n: number) => ({ path, sv: `fel ${n}`, en: `problem ${n}` });

describe('problem list', () => {
  it('names each problem with its path, "–" for none, and counts those past the cap', () => {
    const problems = [
      issue('title', 1),
      issue('', 2),
      ...Array.from({ length: 20 }, (_, i) => issue('x', i + 3)),
    ];
    const { container } = render(ProblemList, { problems });
    const items = [...container.querySelectorAll('li')].map((li) => li.textContent?.trim());
    expect(items.slice(0, 2)).toEqual(['title: fel 1', '–: fel 2']);
    expect(items).toHaveLength(20);
    expect(container.textContent).toContain('… och 2 fel till.');
  });

  it('leaves out paths when asked, and an empty path with "ifAny"', () => {
    const never = render(ProblemList, { problems: [issue('a', 1)], path: 'never' });
    expect(never.container.querySelector('li')?.textContent?.trim()).toBe('fel 1');
    const ifAny = render(ProblemList, { problems: [issue('', 2), issue('b', 3)], path: 'ifAny' });
    const items = [...ifAny.container.querySelectorAll('li')].map((li) => li.textContent?.trim());
    expect(items).toEqual(['fel 2', 'b: fel 3']);
  });
});
