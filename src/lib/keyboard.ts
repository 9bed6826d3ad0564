/**
 * Keyboard helpers shared by the tab lists (WAI-ARIA tabs pattern: arrow keys
 * move between tabs, Home and End jump to the first and last).
 */

/** The tab index a key moves to from `current` among `count` tabs, or null for other keys. */
export function tabKeyTarget(key: string, current: number, count: number): number | null {
  if (count <= 0) return null;
  switch (key) {
    case 'ArrowRight':
      return (current + 1) % count;
    case 'ArrowLeft':
      return (current - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}
