/**
 * Resolves once the browser has painted the next frame: work that is not on
 * the way to what the reader waits for (the print report's code, the
 * results view's tables and charts, offline support) starts after the first
 * figures are on screen, not in the same task that puts them there. Where
 * there are no frames (no requestAnimationFrame: tests, workers) it resolves
 * on the next task.
 */
export function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    const nextTask = () => setTimeout(resolve, 0);
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(nextTask);
    else nextTask();
  });
}
