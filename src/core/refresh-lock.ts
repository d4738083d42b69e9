import type { StorageAdapter } from './storage.js';
import type { Timers } from './timers.js';

/** Runs `task` while no other tab of this origin runs one under the same name. */
export type RefreshLock = <T>(task: () => Promise<T>) => Promise<T>;

interface LockManagerLike {
  request<T>(name: string, callback: () => Promise<T>): Promise<T>;
}

const leaseMs = 10_000;
const pollMs = 50;

/**
 * Web Locks where the browser has them. Elsewhere a lease in shared storage: write it, wait a beat, and own
 * it only if it still reads back as ours (two tabs that wrote at once see the same winner). A crashed tab's
 * lease lapses after 10 s.
 */
export function createRefreshLock(name: string, storage: StorageAdapter, timers: Timers, shared: boolean): RefreshLock {
  const locks = (globalThis as { navigator?: { locks?: LockManagerLike } }).navigator?.locks;
  if (shared && locks && typeof locks.request === 'function') {
    return (task) => locks.request(name, task);
  }
  if (!shared) return (task) => task();

  const owner = Math.random().toString(36).slice(2);
  const sleep = (ms: number) => new Promise<void>((resolve) => timers.setTimeout(resolve, ms));
  const read = (): { owner: string; until: number } | null => {
    try {
      return JSON.parse(storage.getItem(name) ?? 'null') as { owner: string; until: number } | null;
    } catch {
      return null;
    }
  };
  return async (task) => {
    for (;;) {
      const lease = read();
      if (!lease || lease.until < timers.now() || lease.owner === owner) {
        storage.setItem(name, JSON.stringify({ owner, until: timers.now() + leaseMs }));
        await sleep(pollMs);
        if (read()?.owner === owner) break;
      }
      await sleep(pollMs);
    }
    try {
      return await task();
    } finally {
      if (read()?.owner === owner) storage.removeItem(name);
    }
  };
}
