import type { AuthStore } from './auth-store.js';
import type { CognitoTransport } from './cognito-transport.js';
import type { ResolvedConfig } from './config.js';
import { AuthError } from './errors.js';
import { createRefreshLock, type RefreshLock } from './refresh-lock.js';
import type { Timers } from './timers.js';
import type { SessionPersistence } from './session-persistence.js';
import type { AuthTokens, Session, SignOutReason } from './types.js';

/** What a refresh needs of the session engine (./session-engine.ts), which alone owns the session. */
export interface RefreshContext {
  readonly resolved: ResolvedConfig;
  readonly transport: CognitoTransport;
  readonly persistence: SessionPersistence;
  readonly store: AuthStore;
  readonly timers: Timers;
  /** Made with the first refresh, kept for the engine's life. */
  lock?: RefreshLock;
  /** Whether a session is due for a refresh (or past it). */
  isDue(session: Session): boolean;
  /** Whatever a refresh failed with, as an AuthError. */
  toAuthError(err: unknown): Promise<AuthError>;
  /** Bumped whenever the signed-in user ends or changes. */
  epoch(): number;
  /** Whether other tabs hear this one (and may refresh for it). */
  crossTabOpen(): boolean;
  adopt(session: Session): Session;
  establish(tokens: AuthTokens): Promise<Session>;
  endSession(reason: SignOutReason | null): void;
  /** Resolves at the next session change from another tab, or after `ms`. */
  nextFromOtherTab(ms: number): Promise<void>;
}

/**
 * Refreshes `session`, one refresh per expiry across tabs: rides in the wire chunk (a refresh sends a request
 * anyway), so a page that shows a stored session or the forms does not carry it. Rejects with `notSignedIn`
 * (signed out or switched user meanwhile), `sessionExpired` / `sessionRevoked` (the session ended), or anything
 * else the engine keeps the session through and tries again later.
 */
export async function refreshSession(ctx: RefreshContext, session: Session): Promise<Session> {
  const { resolved, persistence, store } = ctx;
  const startedIn = ctx.epoch();
  const { isDue } = ctx;
  const lock = (ctx.lock ??= createRefreshLock(`${resolved.storageKey}.refresh-lock`, resolved.storage, ctx.timers, resolved.crossTab));
  /** Tokens newer than `than` that this tab already has (adopted from a message) or that storage holds. */
  const newerSession = (than: Session): Session | null => {
    const adopted = store.getState().session;
    if (adopted && adopted.tokens.accessToken !== than.tokens.accessToken && !isDue(adopted)) return adopted;
    const stored = resolved.crossTab ? persistence.load() : null;
    if (stored && stored.tokens.accessToken !== than.tokens.accessToken && !isDue(stored)) return ctx.adopt(stored);
    return null;
  };
  const refreshNow = async (): Promise<Session> => {
    // Another tab may have refreshed while this one waited for the lock.
    const newer = newerSession(session);
    if (newer) return newer;
    // A tab that slept through another's rotation holds a spent refresh token: the stored one is the newest.
    const stored = resolved.crossTab ? persistence.load() : null;
    const { refreshToken } = (stored?.user.sub === session.user.sub ? stored : session).tokens;
    const tokens = await ctx.transport.refresh(session.username, refreshToken);
    // Signed out (here or in another tab) or switched user while the request was out: drop these tokens.
    if (ctx.epoch() !== startedIn || (resolved.crossTab && !persistence.has())) throw new AuthError('notSignedIn');
    // Cognito does not always send a new refresh token; keep the one we have then.
    return ctx.establish({ ...tokens, refreshToken: tokens.refreshToken || refreshToken });
  };
  try {
    const attempt = await lock.tryRun(refreshNow);
    if (attempt.ran) return attempt.value;
    // Another tab is refreshing right now: its tokens arrive in a message. Refresh here only if they do not.
    await ctx.nextFromOtherTab(10_000);
    if (ctx.epoch() !== startedIn) throw new AuthError('notSignedIn');
    return newerSession(session) ?? (await lock.run(refreshNow));
  } catch (err) {
    if (err instanceof AuthError && err.code === 'notSignedIn') throw err;
    const error = await ctx.toAuthError(err);
    // A refresh token spent by another tab's refresh (rotation): its new tokens are here, or on their way.
    if (ctx.crossTabOpen() && /Reuse/.test(error.cognitoCode!) && !newerSession(session)) await ctx.nextFromOtherTab(5000);
    // Signed out (or switched user) while the request was out: its failure must not bring this session back.
    if (ctx.epoch() !== startedIn) throw new AuthError('notSignedIn');
    // A refusal from Cognito (mapped to these two codes: see cognito-errors.ts) would come again at every retry.
    if (error.code === 'sessionExpired' || error.code === 'sessionRevoked') {
      // Another tab may have refreshed first: with refresh-token rotation Cognito then refuses the token this tab
      // sent (RefreshTokenReuseException). That tab's tokens are the session: taken, never a sign-out.
      const winner = newerSession(session);
      // Another user's session (signed in elsewhere meanwhile) is not this refresh's result.
      if (winner) return winner.user.sub === session.user.sub ? winner : Promise.reject(new AuthError('notSignedIn'));
      ctx.endSession(error.code === 'sessionExpired' ? 'expired' : 'revoked');
    }
    throw error;
  }
}
