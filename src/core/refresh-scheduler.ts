import type { AuthStore } from './auth-store.js';
import type { Timers } from './timers.js';
import type { Session } from './types.js';
import { decodeJwtPayload } from './tokens.js';

/**
 * When to refresh: `margin` before expiry, but never later than half-way through the token's life, so
 * short-lived tokens (and small test lifetimes) still refresh before they expire.
 */
export function refreshDueAt(session: Session, marginMs: number): number {
  const { iat, exp } = decodeJwtPayload<{ iat: number; exp: number }>(session.tokens.accessToken);
  const lifetimeMs = Math.max(0, (exp - iat) * 1000);
  return session.expiresAt - Math.min(marginMs, lifetimeMs / 2);
}

const maxDelayMs = 2 ** 31 - 1;

export interface RefreshScheduler {
  /** Arms the timer for the current session and follows every later one. Counted: StrictMode may call it twice. */
  start(): void;
  stop(): void;
  /** Re-checks now, e.g. after a retryable failure's backoff. */
  retryIn(ms: number): void;
}

export function createRefreshScheduler(options: {
  store: AuthStore;
  timers: Timers;
  marginMs: number;
  refresh: () => Promise<unknown>;
}): RefreshScheduler {
  const { store, timers, marginMs, refresh } = options;
  let handle: unknown = null;
  let armedFor: Session | null = null;
  let starts = 0;
  let unsubscribe: (() => void) | null = null;

  const disarm = () => {
    if (handle !== null) timers.clearTimeout(handle);
    handle = null;
  };

  const fire = () => {
    handle = null;
    // Errors are the client's to handle (it retries or signs out); the scheduler only keeps time.
    refresh().catch(() => undefined);
  };

  const rearm = () => {
    armedFor = null;
    arm();
  };

  const arm = () => {
    const { session } = store.getState();
    // Same session: either already armed, or already fired and the client owns the retry.
    if (session === armedFor) return;
    disarm();
    armedFor = session;
    if (!session) return;
    const wait = refreshDueAt(session, marginMs) - timers.now();
    // Timers fire at once past 2^31 - 1 ms (24.8 days, only a forged expiry is that far): wait that long, then again.
    handle = timers.setTimeout(wait > maxDelayMs ? rearm : fire, Math.min(maxDelayMs, Math.max(0, wait)));
  };

  return {
    start() {
      starts += 1;
      if (starts > 1) return;
      unsubscribe = store.subscribe(arm);
      arm();
    },
    stop() {
      if (starts === 0) return;
      starts -= 1;
      if (starts > 0) return;
      unsubscribe?.();
      unsubscribe = null;
      disarm();
      armedFor = null;
    },
    retryIn(ms) {
      if (starts === 0) return;
      disarm();
      handle = timers.setTimeout(fire, ms);
    },
  };
}
