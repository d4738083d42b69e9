import type { RefreshLock } from './refresh-lock.js';
import type { StorageAdapter } from './storage.js';
import type { Timers } from './timers.js';

const leaseMs = 10_000;
const pollMs = 50;

/**
 * The refresh lock where there are no Web Locks: a lease in shared storage. Write it, wait a beat, and own it
 * only if it still reads back as ours (two tabs that wrote at once see the same winner). A crashed tab's lease
 * lapses after 10 s.
 */
export function createStorageLease(name: string, storage: StorageAdapter, timers: Timers): RefreshLock {
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
