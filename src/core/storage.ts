/** Where the session is persisted. The same three methods as Web Storage, so any of them fits. */
export interface StorageAdapter {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export type StorageOption = 'local' | 'session' | 'memory' | StorageAdapter;

/**
 * An adapter made safe to use, looked up on each call (never at import: during SSR there is no Web Storage, and
 * reading it may throw). A key whose write failed (QuotaExceededError in private modes or a full quota, an app
 * adapter that throws, no storage at all) lives in memory from then on, and reads of that key see the memory
 * copy, so the kit never acts on an older value than the one it wrote. The stale copy is removed from the real
 * storage (removing frees quota, so it rarely fails), so a reload or another tab does not revive it. A later
 * write that succeeds moves the key back. Reads that throw read as empty.
 */
function withMemoryFallback(target: () => StorageAdapter): StorageAdapter {
  const fallback = new Map<string, string>();
  const remove = (key: string) => {
    try {
      target().removeItem(key);
    } catch {
      /* nothing was readable there either */
    }
  };
  return {
    getItem(key) {
      if (fallback.has(key)) return fallback.get(key) as string;
      try {
        const value = target().getItem(key);
        return typeof value === 'string' ? value : null;
      } catch {
        return null;
      }
    },
    setItem(key, value) {
      try {
        target().setItem(key, value);
        fallback.delete(key);
      } catch {
        fallback.set(key, value);
        remove(key);
      }
    },
    removeItem(key) {
      fallback.delete(key);
      remove(key);
    },
  };
}

// With no storage behind it, every write fails over to the map: memory storage.
export const createMemoryStorage = (): StorageAdapter => withMemoryFallback(() => (undefined as unknown as StorageAdapter));

// A missing global (Node) throws a ReferenceError there, caught like any other failure.
export const localStorageAdapter = (): StorageAdapter => withMemoryFallback(() => localStorage);

export const sessionStorageAdapter = (): StorageAdapter => withMemoryFallback(() => sessionStorage);

export function resolveStorage(option: StorageOption | undefined): StorageAdapter {
  if (option === undefined || option === 'local') return localStorageAdapter();
  if (option === 'session') return sessionStorageAdapter();
  if (option === 'memory') return createMemoryStorage();
  return withMemoryFallback(() => option);
}
