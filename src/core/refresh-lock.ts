import type { StorageAdapter } from './storage.js';
import type { Timers } from './timers.js';
import { createStorageLease } from './storage-lease.js';

export interface RefreshLock {
  /** Runs `task` once no other tab of this origin holds the lock. */
  run<T>(task: () => Promise<T>): Promise<T>;
  /** Runs `task` only if no other tab holds the lock right now; `{ ran: false }` otherwise. */
  tryRun<T>(task: () => Promise<T>): Promise<{ ran: true; value: T } | { ran: false }>;
}

interface LockManagerLike {
  request<T>(name: string, options: { ifAvailable?: boolean }, callback: (lock: unknown) => Promise<T>): Promise<T>;
}

/**
 * Web Locks where the browser has them. Elsewhere a lease in shared storage (./storage-lease.ts). Without shared
 * storage (Node, memory) the in-tab single flight is enough. Comes with the refresh in the wire chunk.
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
  return createStorageLease(name, storage, timers);
}
