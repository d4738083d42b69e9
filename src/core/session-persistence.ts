import type { StorageAdapter } from './storage.js';
import { sessionFromStored, toStoredSession } from './stored-session.js';
import type { Session } from './types.js';

/**
 * Reads and writes the one storage entry the kit owns. Storage is user-writable and outlives releases: anything
 * there that is not a sound session of this format counts as no session, and is removed unless another release
 * wrote it.
 */
export function createSessionPersistence(storage: StorageAdapter, key: string) {
  const entry = `${key}.session`;
  return {
    key: entry,
    load(): Session | null {
      const raw = storage.getItem(entry);
      if (raw === null) return null;
      const session = sessionFromStored(raw);
      // Another release's format (a tab of a newer deploy) is left to it; anything else unreadable is removed.
      const version = /^\{"v":(\d+)/.exec(raw)?.[1];
      if (!session && (!version || version === '1')) storage.removeItem(entry);
      return session;
    },
    /** Whether there is an entry at all, sound or not: gone means signed out (here or in another tab). */
    has: (): boolean => storage.getItem(entry) !== null,
    save(session: Session): void {
      storage.setItem(entry, JSON.stringify(toStoredSession(session)));
    },
    clear(): void {
      storage.removeItem(entry);
    },
  };
}

export type SessionPersistence = ReturnType<typeof createSessionPersistence>;
