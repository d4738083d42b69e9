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
 * Web Storage looked up on each call, never at import: during SSR, or with storage blocked (Safari private
 * mode, sandboxed iframes), the kit falls back to memory instead of throwing.
 */
function webStorage(pick: () => Storage | undefined): StorageAdapter {
  const fallback = createMemoryStorage();
  const target = (): StorageAdapter => {
    try {
      return pick() ?? fallback;
    } catch {
      return fallback;
    }
  };
  return {
    getItem: (key) => {
      try {
        return target().getItem(key);
      } catch {
        return fallback.getItem(key);
      }
    },
    setItem: (key, value) => {
      try {
        target().setItem(key, value);
      } catch {
        fallback.setItem(key, value);
      }
    },
    removeItem: (key) => {
      try {
        target().removeItem(key);
      } catch {
        /* storage unavailable: nothing was written there either */
      }
      fallback.removeItem(key);
    },
  };
}

export const localStorageAdapter = (): StorageAdapter =>
  webStorage(() => (typeof localStorage === 'undefined' ? undefined : localStorage));

export const sessionStorageAdapter = (): StorageAdapter =>
  webStorage(() => (typeof sessionStorage === 'undefined' ? undefined : sessionStorage));

export function resolveStorage(option: StorageOption | undefined): StorageAdapter {
  if (option === undefined || option === 'local') return localStorageAdapter();
  if (option === 'session') return sessionStorageAdapter();
  if (option === 'memory') return createMemoryStorage();
  return option;
}
