import { createContext, useContext, useEffect, useState, useSyncExternalStore, type ReactNode } from 'react';
import { useAuthClient, type AuthClient } from 'react-cognito-kit';

export interface RefreshEvent {
  /** When the new tokens arrived (ms since epoch). */
  at: number;
  /** When the new access token expires (ms since epoch). */
  expiresAt: number;
}

interface RefreshLog {
  subscribe(listener: () => void): () => void;
  getSnapshot(): readonly RefreshEvent[];
  /** Follows the client; returns the unsubscribe. */
  start(): () => void;
}

const none: readonly RefreshEvent[] = [];

/**
 * Every refresh the kit makes, seen from outside: a new access token for the same user while signed in. A new
 * user, or signing out, starts the list over.
 */
function createRefreshLog(client: AuthClient): RefreshLog {
  let events: readonly RefreshEvent[] = none;
  let last: { username: string; accessToken: string } | null = null;
  const listeners = new Set<() => void>();
  const set = (next: readonly RefreshEvent[]) => {
    if (next === events) return;
    events = next;
    for (const listener of [...listeners]) listener();
  };
  const onChange = () => {
    const session = client.getState().session;
    if (!session) {
      last = null;
      set(none);
      return;
    }
    const { username } = session;
    const { accessToken } = session.tokens;
    if (last && last.username === username && last.accessToken !== accessToken) {
      set([...events, { at: Date.now(), expiresAt: session.expiresAt }]);
    } else if (last && last.username !== username) {
      set(none);
    }
    last = { username, accessToken };
  };
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => events,
    start() {
      onChange();
      return client.subscribe(onChange);
    },
  };
}

const RefreshLogContext = createContext<RefreshLog | null>(null);

/** Mounted once at the root, so refreshes are counted on every page, not only while the dashboard is open. */
export function RefreshLogProvider({ children }: { children: ReactNode }) {
  const client = useAuthClient();
  const [log] = useState(() => createRefreshLog(client));
  useEffect(() => log.start(), [log]);
  return <RefreshLogContext.Provider value={log}>{children}</RefreshLogContext.Provider>;
}

export function useRefreshEvents(): readonly RefreshEvent[] {
  const log = useContext(RefreshLogContext);
  if (!log) throw new Error('useRefreshEvents must be used inside <RefreshLogProvider>');
  return useSyncExternalStore(log.subscribe, log.getSnapshot, log.getSnapshot);
}
