import type { StorageAdapter } from './storage.js';
import { sessionFromStored, toStoredSession } from './stored-session.js';
import type { Session } from './types.js';

/**
 * Reads and writes the one storage entry the kit owns. Storage is user-writable and outlives releases: anything
 * there that is not a sound session of this format is removed and counts as no session.
 */
export function createSessionPersistence(storage: StorageAdapter, key: string) {
  const entry = `${key}.session`;
  return {
    key: entry,
    load(): Session | null {
      const raw = storage.getItem(entry);
      if (raw === null) return null;
      const session = sessionFromStored(raw);
      if (!session) storage.removeItem(entry);
      return session;
    },
    save(session: Session): void {
      storage.setItem(entry, JSON.stringify(toStoredSession(session)));
    },
    clear(): void {
      storage.removeItem(entry);
    },
  };
}

export type SessionPersistence = ReturnType<typeof createSessionPersistence>;
