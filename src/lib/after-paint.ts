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

/**
 * Resolves in a new task, soon: between steps of long work, so that the page
 * handles what its user does meanwhile. A message to itself: a zero timeout
 * may wait 4 ms, and scheduler.yield puts the work ahead of the page's timers.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
