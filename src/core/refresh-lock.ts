import type { StorageAdapter } from './storage.js';
import type { Timers } from './timers.js';

export interface RefreshLock {
  /** Runs `task` once no other tab of this origin holds the lock. */
  run<T>(task: () => Promise<T>): Promise<T>;
  /** Runs `task` only if no other tab holds the lock right now; `{ ran: false }` otherwise. */
  tryRun<T>(task: () => Promise<T>): Promise<{ ran: true; value: T } | { ran: false }>;
}

interface LockManagerLike {
  request<T>(name: string, options: { ifAvailable?: boolean }, callback: (lock: unknown) => Promise<T>): Promise<T>;
}

const leaseMs = 10_000;
const pollMs = 50;

/**
 * Web Locks where the browser has them. Elsewhere a lease in shared storage: write it, wait a beat, and own
 * it only if it still reads back as ours (two tabs that wrote at once see the same winner). A crashed tab's
 * lease lapses after 10 s. Without shared storage (Node, memory) the in-tab single flight is enough.
 */
export function createRefreshLock(name: string, storage: StorageAdapter, timers: Timers, shared: boolean): RefreshLock {
  const locks = (globalThis as { navigator?: { locks?: LockManagerLike } }).navigator?.locks;
  if (!shared) {
    return { run: (task) => task(), tryRun: async (task) => ({ ran: true, value: await task() }) };
  }
  if (locks && typeof locks.request === 'function') {
    return {
      run: (task) => locks.request(name, {}, task),
      tryRun: (task) =>
        locks.request(name, { ifAvailable: true }, async (lock) => (lock ? { ran: true as const, value: await task() } : { ran: false as const })),
    };
  }

  const owner = Math.random().toString(36).slice(2);
  const sleep = (ms: number) => new Promise<void>((resolve) => timers.setTimeout(resolve, ms));
  // Anything but a live lease of the right shape (garbage, a lease dated past its 10 s) is no lease.
  const read = (): { owner: string; until: number } | null => {
    try {
      const lease = JSON.parse(storage.getItem(name) ?? 'null') as { owner?: unknown; until?: unknown } | null;
      const { owner: by, until } = lease ?? {};
      return typeof by === 'string' && typeof until === 'number' && until <= timers.now() + leaseMs ? { owner: by, until } : null;
    } catch {
      return null;
    }
  };
  const run = async <T>(task: () => Promise<T>): Promise<T> => {
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
  // The lease already makes a waiting tab re-check storage, which its own writes keep current.
  return { run, tryRun: async (task) => ({ ran: true, value: await run(task) }) };
}
