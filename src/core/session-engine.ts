import { createAuthStore, initialAuthState, type AuthStore } from './auth-store.js';
import type { AuthClient, SignOutOptions } from './auth-client-api.js';
import type { CognitoTransport } from './cognito-transport.js';
import type { ResolvedConfig } from './config.js';
import { AuthError, type AuthOperation } from './errors.js';
import { openCrossTabChannel, type CrossTabChannel, type CrossTabMessage } from './cross-tab-channel.js';
import type { FlowContext } from './flow-context.js';
import { loadCognitoTransport, toAuthErrorLoaded } from './lazy-transport.js';
import type { RefreshContext } from './refresh-flow.js';
import { createRefreshScheduler, refreshDueAt, type RefreshScheduler } from './refresh-scheduler.js';
import { onWake } from './wake-signals.js';
import { createSessionPersistence, type SessionPersistence } from './session-persistence.js';
import type { Timers } from './timers.js';
import { sessionFromTokens } from './tokens.js';
import type { AuthState, AuthTokens, Session, SignOutReason } from './types.js';

/**
 * The session engine: the one owner of the session. It keeps the store, storage and the other tabs in step,
 * refreshes ahead of expiry (one refresh at a time, one per expiry across tabs), re-checks after sleep, and ends
 * the session. The flows (sign-in, sign-up, passwords, account) reach it through `FlowContext`.
 */
export interface SessionEngine extends Omit<FlowContext, 'signIn'>, Pick<AuthClient, 'start' | 'stop' | 'fromTokens' | 'refresh'> {
  readonly store: AuthStore;
  /** Takes fresh tokens from Cognito as the session: shown at once; stored and told to the other tabs a task later (resolves then). */
  establish(tokens: AuthTokens): Promise<Session>;
  /** Runs `listener` whenever a session ends, here or in another tab. */
  onEnd(listener: () => void): void;
  signOut(options?: SignOutOptions): Promise<void>;
}

const maxBackoffMs = 30_000;

export function createSessionEngine(resolved: ResolvedConfig, timers: Timers, transport: CognitoTransport): SessionEngine {
  const persistence: SessionPersistence = createSessionPersistence(resolved.storage, resolved.storageKey);
  const stored = persistence.load();
  const store: AuthStore = createAuthStore(initialState(stored, timers.now()));
  let inflightRefresh: Promise<Session> | null = null;
  let failedRefreshes = 0;
  // An expired stored session is kept here, not in state: consumers see `loading` until it is refreshed.
  let expiredAtStart: Session | null = stored && stored.expiresAt <= timers.now() ? stored : null;

  const fail = (operation: AuthOperation) => async (err: unknown): Promise<never> => {
    throw await toAuthErrorLoaded(err, operation, { revealUserExistence: resolved.revealUserExistence });
  };

  let channel: CrossTabChannel | null = null;
  // Bumped whenever the signed-in user ends or changes, so a refresh answer that arrives after it is dropped.
  let epoch = 0;
  // What else ends with a session (the sign-in step waiting for an answer).
  const ends: Array<() => void> = [];
  const otherTabWaiters = new Set<() => void>();

  /** Takes a session as this tab's own without telling anyone: it came from another tab. */
  const adopt = (session: Session): Session => {
    if (currentSession()?.user.sub !== session.user.sub) epoch += 1;
    expiredAtStart = null;
    failedRefreshes = 0;
    store.dispatch({ type: 'signedIn', session });
    return session;
  };

  // The session goes to the store first, so React renders it in the task the tokens arrived in; storing it and
  // telling the other tabs wait for the next task (at 4× CPU throttling they made that task too long), or for the
  // page hiding, whichever comes first. Not a session that ended or was replaced meanwhile. The wait comes with
  // the wire layer (the tokens came through it); where that chunk cannot load, storing does not wait.
  const establish = async (tokens: AuthTokens): Promise<Session> => {
    const session = adopt(sessionFromTokens(tokens, timers.now()));
    await loadCognitoTransport().then((wire) => wire.nextTaskOrHide(), String);
    if (store.getState().session === session) {
      persistence.save(session);
      channel?.post({ type: 'session', session });
    }
    return session;
  };

  const endSession = (reason: SignOutReason | null) => {
    epoch += 1;
    persistence.clear();
    expiredAtStart = null;
    ends.forEach((end) => end());
    store.dispatch({ type: 'signedOut', reason });
    channel?.post({ type: 'signedOut', reason });
  };

  const onOtherTab = (message: CrossTabMessage) => {
    const mine = currentSession();
    if (message.type === 'signedOut') {
      if (mine) {
        epoch += 1;
        expiredAtStart = null;
        ends.forEach((end) => end());
        store.dispatch({ type: 'signedOut', reason: message.reason });
      }
    } else if (message.session.tokens.accessToken !== mine?.tokens.accessToken) {
      adopt(message.session);
    }
    for (const wake of [...otherTabWaiters]) wake();
  };

  /** Resolves at the next session change from another tab, or after `ms`. */
  const nextFromOtherTab = (ms: number) =>
    new Promise<void>((resolve) => {
      const done = () => {
        otherTabWaiters.delete(done);
        timers.clearTimeout(handle);
        resolve();
      };
      const handle = timers.setTimeout(done, ms);
      otherTabWaiters.add(done);
    });

  const currentSession = (): Session | null => store.getState().session ?? expiredAtStart;

  const isDue = (session: Session) => timers.now() >= refreshDueAt(session, resolved.refreshMarginMs);
  const refreshContext: RefreshContext = {
    resolved,
    timers,
    isDue,
    toAuthError: (err) => toAuthErrorLoaded(err, 'refresh'),
    transport,
    persistence,
    store,
    epoch: () => epoch,
    crossTabOpen: () => !!channel,
    adopt,
    establish,
    endSession,
    nextFromOtherTab,
  };

  async function runRefresh(): Promise<Session> {
    const session = currentSession();
    if (!session) throw new AuthError('notSignedIn');
    try {
      return await (await loadCognitoTransport()).refreshSession(refreshContext, session);
    } catch (err) {
      // The wire chunk itself may not download (offline, a new deploy): network trouble like any other.
      const error = err instanceof AuthError ? err : new AuthError('network', undefined, { cause: err });
      if (error.code === 'notSignedIn' || error.code === 'sessionExpired' || error.code === 'sessionRevoked') throw error;
      // Network trouble never signs anyone out: keep the session and try again later.
      failedRefreshes += 1;
      const usable = session.expiresAt > timers.now();
      store.dispatch({ type: 'refreshFailed', error, tokensUsable: usable && store.getState().session !== null, session });
      const backoff = Math.min(maxBackoffMs, 1000 * 2 ** (failedRefreshes - 1));
      const untilExpiry = session.expiresAt - timers.now();
      // Try once more right at expiry too, so the status turns `offline` when the tokens stop working.
      const delay = backoff / 2 + Math.random() * (backoff / 2);
      scheduler.retryIn(untilExpiry > 0 ? Math.min(delay, untilExpiry) : delay);
      throw error;
    }
  }

  const refresh = (): Promise<Session> => {
    inflightRefresh ??= runRefresh().finally(() => {
      inflightRefresh = null;
    });
    return inflightRefresh;
  };

  const scheduler: RefreshScheduler = createRefreshScheduler({ store, timers, marginMs: resolved.refreshMarginMs, refresh });

  async function usableSession(): Promise<Session> {
    const session = currentSession();
    if (!session) throw new AuthError('notSignedIn');
    if (!isDue(session)) return session;
    return refresh();
  }

  /** Runs an operation that needs the signed-in user's tokens, refreshed first if due. */
  async function withUser<T>(operation: AuthOperation, run: (username: string, tokens: AuthTokens) => Promise<T>): Promise<T> {
    const session = await usableSession();
    return run(session.username, session.tokens).catch(fail(operation));
  }

  let starts = 0;
  let stopWatchingWake: (() => void) | null = null;

  /** After sleep, a refocus or coming back online: refresh at once if the tokens are due (or already stale). */
  const recheck = () => {
    const session = currentSession();
    if (!session) return;
    if (isDue(session) || store.getState().status === 'offline') refresh().catch(() => undefined);
  };
  return {
    config: resolved,
    transport,
    store,
    fail,
    withUser,
    usableSession,
    refresh,
    establish,
    endSession,
    onEnd: (listener) => void ends.push(listener),

    start() {
      starts += 1;
      scheduler.start();
      if (starts > 1) return;
      if (resolved.crossTab) channel = openCrossTabChannel(`rck:${resolved.storageKey}`, persistence.key, onOtherTab);
      stopWatchingWake = onWake(recheck);
      if (expiredAtStart && !inflightRefresh) {
        store.dispatch({ type: 'waitingForRefresh' });
        refresh().catch(() => undefined);
      }
    },

    stop() {
      if (starts === 0) return;
      starts -= 1;
      scheduler.stop();
      if (starts > 0) return;
      channel?.close();
      channel = null;
      stopWatchingWake?.();
      stopWatchingWake = null;
    },

    async signOut({ global = false } = {}) {
      const session = currentSession();
      // Cognito refuses an expired access token, and the refresh tokens would live on: refreshed first when due.
      if (global && session) await withUser('signOut', (username, tokens) => transport.globalSignOut(username, tokens));
      endSession('user');
      // Local sign-out must not wait on the network; revoking this device's token is best effort (and the wire
      // layer may not even load).
      if (!global && session) transport.signOut(session.username, session.tokens).catch(() => undefined);
    },

    async fromTokens(tokens) {
      // Their age is unknown, so no drift can be measured: trust this clock.
      const session = sessionFromTokens(tokens, timers.now(), 0);
      if (session.expiresAt > timers.now()) {
        persistence.save(session);
        store.dispatch({ type: 'signedIn', session });
        return session;
      }
      expiredAtStart = session;
      return refresh();
    },
  };
}

function initialState(stored: Session | null, now: number): AuthState {
  if (!stored) return { ...initialAuthState, status: 'signedOut' };
  if (stored.expiresAt <= now) return initialAuthState;
  return { ...initialAuthState, status: 'signedIn', session: stored };
}
