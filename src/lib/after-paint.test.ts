import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterNextPaint } from './after-paint';

describe('afterNextPaint', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('waits for the next frame, then for the task after it', async () => {
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => frames.push(cb));
    let done = false;
    const p = afterNextPaint().then(() => (done = true));
    // Tasks run, but no frame has been painted: still waiting.
    await new Promise((r) => setTimeout(r, 0));
    expect(done).toBe(false);
    expect(frames).toHaveLength(1);
    frames[0](0);
    // The frame's callback runs before the paint: it resolves only on a later task.
    await Promise.resolve();
    expect(done).toBe(false);
    await p;
    expect(done).toBe(true);
  });

  it('resolves on the next task where there are no frames', async () => {
    vi.stubGlobal('requestAnimationFrame', undefined);
    let done = false;
    const p = afterNextPaint().then(() => (done = true));
    await Promise.resolve();
    expect(done).toBe(false);
    await p;
    expect(done).toBe(true);
  });
});
