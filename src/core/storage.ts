/** Where the session is persisted. The same three methods as Web Storage, so any of them fits. */
export interface StorageAdapter {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export type StorageOption = 'local' | 'session' | 'memory' | StorageAdapter;

export function createMemoryStorage(): StorageAdapter {
  const items = new Map<string, string>();
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}

/**
 * Any adapter made safe to use: a key whose write failed (QuotaExceededError in private modes or a full quota,
 * an app adapter that throws) lives in memory from then on, and reads of that key see the memory copy, so the
 * kit never acts on an older value than the one it wrote. The stale copy is removed from the real storage
 * (removing frees quota, so it rarely fails), so a reload or another tab does not revive it. A later write that
 * succeeds moves the key back. Reads that throw read as empty.
 */
export function withMemoryFallback(primary: StorageAdapter): StorageAdapter {
  const fallback = new Map<string, string>();
  const remove = (key: string) => {
    try {
      primary.removeItem(key);
    } catch {
      /* nothing was readable there either */
    }
  };
  return {
    getItem(key) {
      if (fallback.has(key)) return fallback.get(key) as string;
      try {
        const value = primary.getItem(key);
        return typeof value === 'string' ? value : null;
      } catch {
        return null;
      }
    },
    setItem(key, value) {
      try {
        primary.setItem(key, value);
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

/** Web Storage looked up on each call, never at import: during SSR there is none, and reading it may throw. */
const webStorage = (pick: () => Storage | undefined): StorageAdapter => {
  const target = (): StorageAdapter => {
    const storage = pick();
    if (!storage) throw new Error('no storage');
    return storage;
  };
  return withMemoryFallback({
    getItem: (key) => target().getItem(key),
    setItem: (key, value) => target().setItem(key, value),
    removeItem: (key) => target().removeItem(key),
  });
};

export const localStorageAdapter = (): StorageAdapter =>
  webStorage(() => (typeof localStorage === 'undefined' ? undefined : localStorage));

export const sessionStorageAdapter = (): StorageAdapter =>
  webStorage(() => (typeof sessionStorage === 'undefined' ? undefined : sessionStorage));

export function resolveStorage(option: StorageOption | undefined): StorageAdapter {
  if (option === undefined || option === 'local') return localStorageAdapter();
  if (option === 'session') return sessionStorageAdapter();
  if (option === 'memory') return createMemoryStorage();
  return withMemoryFallback(option);
}
