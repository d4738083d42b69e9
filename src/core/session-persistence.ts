import type { StorageAdapter } from './storage.js';
import { isSessionShaped } from './tokens.js';
import type { Session } from './types.js';

/** Reads and writes the one storage entry the kit owns. Bad JSON or a foreign shape counts as no session. */
export function createSessionPersistence(storage: StorageAdapter, key: string) {
  const entry = `${key}.session`;
  return {
    key: entry,
    load(): Session | null {
      const raw = storage.getItem(entry);
      if (!raw) return null;
      try {
        const parsed: unknown = JSON.parse(raw);
        return isSessionShaped(parsed) ? parsed : null;
      } catch {
        return null;
      }
    },
    save(session: Session): void {
      storage.setItem(entry, JSON.stringify(session));
    },
    clear(): void {
      storage.removeItem(entry);
    },
  };
}

export type SessionPersistence = ReturnType<typeof createSessionPersistence>;
