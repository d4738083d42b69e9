import type { StorageAdapter } from '../storage.js';

/** What a sign-in by redirect leaves behind for the way back: readable once, by the tab that started it. */
export interface PendingRedirect {
  state: string;
  nonce: string;
  codeVerifier: string;
  /** Where the app goes once signed in (a path on this origin). */
  returnTo: string;
  createdAt: number;
  expiresAt: number;
}

/** A redirect not back within this time is abandoned (Cognito's authorization codes live 5 minutes). */
export const pendingLifetimeMs = 10 * 60_000;

const keyOf = (prefix: string, state: string) => `${prefix}.oauth.${state}`;

export function savePending(storage: StorageAdapter, prefix: string, pending: PendingRedirect): void {
  storage.setItem(keyOf(prefix, pending.state), JSON.stringify(pending));
}

/**
 * Takes the pending redirect for `state` and removes it, so the same state can never be used twice. A state
 * this tab never issued (tampered, or from another browser), or one too old, gives null.
 */
export function takePending(storage: StorageAdapter, prefix: string, state: string, now: number): PendingRedirect | null {
  if (!/^[\w-]{16,128}$/.test(state)) return null;
  const key = keyOf(prefix, state);
  const raw = storage.getItem(key);
  storage.removeItem(key);
  if (!raw) return null;
  try {
    const pending = JSON.parse(raw) as PendingRedirect;
    return pending.state === state && pending.expiresAt > now ? pending : null;
  } catch {
    return null;
  }
}
