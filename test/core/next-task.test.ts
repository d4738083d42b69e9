// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { nextTaskOrHide } from '../../src/core/next-task';

describe('nextTaskOrHide', () => {
  it('resolves in a later task, after what was already queued, not in a microtask', async () => {
    const order: string[] = [];
    const waited = nextTaskOrHide().then(() => order.push('next task'));
    setTimeout(() => order.push('a timer queued after'), 0);
    await Promise.resolve();
    await Promise.resolve();
    order.push('microtasks done');
    await waited;
    expect(order[0]).toBe('microtasks done');
    expect(order).toContain('next task');
  });

  it.each(['pagehide', 'visibilitychange'])('resolves at once when the page hides first (%s): what waits must not be lost with the page', async (type) => {
    let resolved = false;
    void nextTaskOrHide().then(() => (resolved = true));
    window.dispatchEvent(new Event(type));
    // Only the promise's own microtask later: still inside the event's task, before any other task.
    await Promise.resolve();
    expect(resolved).toBe(true);
  });
});
