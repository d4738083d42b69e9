import { createAuthStore, initialAuthState, type AuthStore } from './auth-store.js';
import type { ChallengeAnswer, CognitoTransport, MfaPreference, SignInOutcome } from './cognito-transport.js';
import { resolveConfig, type AuthConfig, type ResolvedConfig } from './config.js';
import { AuthError, type AuthOperation } from './errors.js';
import { hasInvisibleCharacter } from './identifier.js';
import { openCrossTabChannel, type CrossTabChannel, type CrossTabMessage } from './cross-tab-channel.js';
import { createLazyTransport, toAuthErrorLoaded } from './lazy-transport.js';
import { createRefreshLock } from './refresh-lock.js';
import { createRefreshScheduler, refreshDueAt, type RefreshScheduler } from './refresh-scheduler.js';
import { onWake } from './wake-signals.js';
import { createSessionPersistence, type SessionPersistence } from './session-persistence.js';
import { systemTimers, type Timers } from './timers.js';
import { sessionFromTokens } from './tokens.js';
import type { AuthState, AuthTokens, CodeDelivery, NextStep, Session, SignOutReason } from './types.js';

export interface SignInInput {
  email: string;
  password: string;
}

export interface SignUpInput {
  email: string;
  password: string;
  /** Extra user attributes, e.g. { name: 'Ada' } or custom ones ('custom:plan'). */
  attributes?: Record<string, string>;
}

export interface ConfirmSignUpInput {
  email: string;
  code: string;
  /** Give the password from sign-up and the user is signed in right after confirming. */
  password?: string;
}

export interface ConfirmForgotPasswordInput {
  email: string;
  code: string;
  newPassword: string;
  /** Sign in with the new password right after the reset. Default false. */
  signIn?: boolean;
}

export interface ChangePasswordInput {
  currentPassword: string;
  newPassword: string;
}

export interface VerifyAttributeInput {
  attribute: string;
  code: string;
}

export interface TotpSetupStart {
  /** The shared secret, base32: for manual entry in an authenticator app. */
  secret: string;
  /** `otpauth://totp/...` for a QR code. */
  uri: string;
}

export interface SignOutOptions {
  /** Revoke the user's refresh tokens on every device (Cognito GlobalSignOut). */
  global?: boolean;
}

export interface AuthClientOptions {
  timers?: Timers;
  /** Replace the Cognito transport (tests, or a future SDK). */
  transport?: CognitoTransport;
}

export interface AuthClient {
  readonly config: ResolvedConfig;
  getState(): AuthState;
  subscribe(listener: () => void): () => void;
  /** Starts the refresh timer. Counted: call `stop()` as many times; StrictMode double effects are harmless. */
  start(): void;
  stop(): void;
  signIn(input: SignInInput): Promise<NextStep>;
  answerChallenge(answer: ChallengeAnswer): Promise<NextStep>;
  signUp(input: SignUpInput): Promise<NextStep>;
  confirmSignUp(input: ConfirmSignUpInput): Promise<NextStep>;
  resendCode(email: string): Promise<NextStep>;
  signOut(options?: SignOutOptions): Promise<void>;
  /** Sends a password reset code; resolves to `resetPassword` with where the code went. */
  forgotPassword(email: string): Promise<NextStep>;
  /** Sets the new password with the emailed code; resolves to `signIn`, or `done` when `signIn: true`. */
  confirmForgotPassword(input: ConfirmForgotPasswordInput): Promise<NextStep>;
  changePassword(input: ChangePasswordInput): Promise<void>;
  getUserAttributes(): Promise<Record<string, string>>;
  /** Updates attributes, then refreshes so the id token's claims match; resolves to pending verifications. */
  updateUserAttributes(attributes: Record<string, string>): Promise<CodeDelivery[]>;
  sendAttributeCode(attribute: string): Promise<CodeDelivery | undefined>;
  verifyAttribute(input: VerifyAttributeInput): Promise<void>;
  /** Starts TOTP setup for the signed-in user. `issuer` names the app in the authenticator. */
  startTotpSetup(options?: { issuer?: string }): Promise<TotpSetupStart>;
  /** Verifies the first code from the authenticator and makes TOTP the preferred MFA. */
  completeTotpSetup(input: { code: string; deviceName?: string }): Promise<void>;
  setMfaPreference(preference: MfaPreference): Promise<void>;
  /**
   * Seeds the client with tokens obtained elsewhere (a server that proxies Cognito, a native shell…) and
   * resolves to the session: no sign-in round trip. Expired access tokens are refreshed with the refresh token.
   */
  fromTokens(tokens: AuthTokens): Promise<Session>;
  /** Refreshes now. Concurrent calls share one request. */
  refresh(): Promise<Session>;
  /** A usable access token: refreshed first when it is due. Rejects with `notSignedIn` when there is none. */
  getAccessToken(): Promise<string>;
  getIdToken(): Promise<string>;
}

const maxBackoffMs = 30_000;

export function createAuthClient(config: AuthConfig, options: AuthClientOptions = {}): AuthClient {
  const resolved = resolveConfig(config);
  const timers = options.timers ?? systemTimers;
  const transport = options.transport ?? createLazyTransport(resolved);
  const persistence: SessionPersistence = createSessionPersistence(resolved.storage, resolved.storageKey);
  const stored = persistence.load();
  const store: AuthStore = createAuthStore(initialState(stored, timers.now()));
  let pendingChallenge: ((answer: ChallengeAnswer) => Promise<SignInOutcome>) | null = null;
  let inflightRefresh: Promise<Session> | null = null;
  let failedRefreshes = 0;
  // An expired stored session is kept here, not in state: consumers see `loading` until it is refreshed.
  let expiredAtStart: Session | null = stored && stored.expiresAt <= timers.now() ? stored : null;

  const fail = (operation: AuthOperation) => async (err: unknown): Promise<never> => {
    throw await toAuthErrorLoaded(err, operation, { revealUserExistence: resolved.revealUserExistence });
  };

  let channel: CrossTabChannel | null = null;
  const refreshLock = createRefreshLock(`${resolved.storageKey}.refresh-lock`, resolved.storage, timers, resolved.crossTab);
  // Bumped whenever the signed-in user ends or changes, so a refresh answer that arrives after it is dropped.
  let epoch = 0;
  const otherTabWaiters = new Set<() => void>();

  /** Takes a session as this tab's own without telling anyone: it came from another tab. */
  const adopt = (session: Session): Session => {
    if (currentSession()?.user.sub !== session.user.sub) epoch += 1;
    expiredAtStart = null;
    failedRefreshes = 0;
    store.dispatch({ type: 'signedIn', session });
    return session;
  };

  const establish = (tokens: AuthTokens): Session => {
    const session = sessionFromTokens(tokens, timers.now());
    persistence.save(session);
    adopt(session);
    channel?.post({ type: 'session', session });
    return session;
  };

  const endSession = (reason: SignOutReason | null) => {
    epoch += 1;
    persistence.clear();
    pendingChallenge = null;
    expiredAtStart = null;
    store.dispatch({ type: 'signedOut', reason });
    channel?.post({ type: 'signedOut', reason });
  };

  const onOtherTab = (message: CrossTabMessage) => {
    const mine = currentSession();
    if (message.type === 'signedOut') {
      if (mine) {
        epoch += 1;
        pendingChallenge = null;
        expiredAtStart = null;
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

  const toNextStep = (outcome: SignInOutcome): NextStep => {
    if (outcome.kind === 'tokens') {
      pendingChallenge = null;
      return { step: 'done', session: establish(outcome.tokens) };
    }
    pendingChallenge = outcome.answer;
    store.dispatch({ type: 'challenge', challenge: outcome.step });
    return outcome.step;
  };

  const currentSession = (): Session | null => store.getState().session ?? expiredAtStart;

  /** Tokens newer than `than` that this tab already has (adopted from a message) or that storage holds. */
  const newerSession = (than: Session): Session | null => {
    const due = (candidate: Session) => timers.now() >= refreshDueAt(candidate, resolved.refreshMarginMs);
    const adopted = store.getState().session;
    if (adopted && adopted.tokens.accessToken !== than.tokens.accessToken && !due(adopted)) return adopted;
    const stored = resolved.crossTab ? persistence.load() : null;
    if (stored && stored.tokens.accessToken !== than.tokens.accessToken && !due(stored)) return adopt(stored);
    return null;
  };

  async function runRefresh(): Promise<Session> {
    const session = currentSession();
    if (!session) throw new AuthError('notSignedIn');
    const startedIn = epoch;
    const refreshNow = async (): Promise<Session> => {
      // Another tab may have refreshed while this one waited for the lock.
      const newer = newerSession(session);
      if (newer) return newer;
      const tokens = await transport.refresh(session.username, session.tokens.refreshToken);
      // Signed out (here or in another tab) or switched user while the request was out: drop these tokens.
      if (epoch !== startedIn || (resolved.crossTab && !persistence.load())) throw new AuthError('notSignedIn');
      // Cognito does not always send a new refresh token; keep the one we have then.
      return establish({ ...tokens, refreshToken: tokens.refreshToken || session.tokens.refreshToken });
    };
    try {
      const attempt = await refreshLock.tryRun(refreshNow);
      if (attempt.ran) return attempt.value;
      // Another tab is refreshing right now: its tokens arrive in a message. Refresh here only if they do not.
      await nextFromOtherTab(10_000);
      if (epoch !== startedIn) throw new AuthError('notSignedIn');
      return newerSession(session) ?? (await refreshLock.run(refreshNow));
    } catch (err) {
      if (err instanceof AuthError && err.code === 'notSignedIn') throw err;
      const error = await toAuthErrorLoaded(err, 'refresh');
      // Signed out (or switched user) while the request was out: its failure must not bring this session back.
      if (epoch !== startedIn) throw new AuthError('notSignedIn');
      // Only trouble on the way (network, throttling, 5xx) can pass. Any other refusal (revoked, expired, a
      // token Cognito calls invalid, a deleted app client) would be refused again at every retry: end it now.
      if (!error.retryable && error.code !== 'limitExceeded') {
        const reason = error.code === 'sessionExpired' ? 'expired' : 'revoked';
        endSession(reason);
        throw reason === 'expired' || error.code === 'sessionRevoked'
          ? error
          : new AuthError('sessionRevoked', undefined, { cognitoCode: error.cognitoCode, cause: error });
      }
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
    if (timers.now() < refreshDueAt(session, resolved.refreshMarginMs)) return session;
    return refresh();
  }

  function signIn({ email, password }: SignInInput): Promise<NextStep> {
    const username = email.trim();
    return transport
      .signIn(username, password, resolved.authFlow)
      .then(toNextStep)
      .catch(async (err: unknown): Promise<NextStep> => {
        const error = await toAuthErrorLoaded(err, 'signIn', { revealUserExistence: resolved.revealUserExistence });
        if (error.code === 'userNotConfirmed') return { step: 'confirmSignUp', username };
        if (error.code === 'passwordResetRequired') return { step: 'resetPassword', username };
        throw error;
      });
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
    const due = timers.now() >= refreshDueAt(session, resolved.refreshMarginMs);
    if (due || store.getState().status === 'offline') refresh().catch(() => undefined);
  };

  return {
    config: resolved,
    getState: store.getState,
    subscribe: store.subscribe,

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

    signIn,

    answerChallenge(answer) {
      if (!pendingChallenge) return Promise.reject(new AuthError('expiredCode', 'There is no sign-in step waiting for an answer. Sign in again.'));
      return pendingChallenge(answer).then(toNextStep, fail('answerChallenge'));
    },

    signUp({ email, password, attributes }) {
      const username = email.trim();
      // Cognito takes `admin\u200B@example.com` as a new account that every screen shows as admin@example.com.
      if (hasInvisibleCharacter(username)) return Promise.reject(new AuthError('invalidCharacters'));
      return transport.signUp(username, password, attributes ?? {}).then(
        (result): NextStep =>
          result.userConfirmed ? { step: 'signIn', username } : { step: 'confirmSignUp', username, delivery: result.delivery },
        fail('signUp'),
      );
    },

    async confirmSignUp({ email, code, password }) {
      const username = email.trim();
      await transport.confirmSignUp(username, code.trim()).catch(fail('confirmSignUp'));
      if (password === undefined) return { step: 'signIn', username };
      return signIn({ email: username, password });
    },

    resendCode(email) {
      const username = email.trim();
      return transport.resendCode(username).then(
        (delivery): NextStep => ({ step: 'confirmSignUp', username, delivery }),
        fail('resendCode'),
      );
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

    forgotPassword(email) {
      const username = email.trim();
      return transport.forgotPassword(username).then(
        (delivery): NextStep => ({ step: 'resetPassword', username, delivery }),
        fail('forgotPassword'),
      );
    },

    async confirmForgotPassword({ email, code, newPassword, signIn: thenSignIn = false }) {
      const username = email.trim();
      await transport.confirmForgotPassword(username, code.trim(), newPassword).catch(fail('confirmForgotPassword'));
      return thenSignIn ? signIn({ email: username, password: newPassword }) : { step: 'signIn', username };
    },

    changePassword({ currentPassword, newPassword }) {
      if (currentPassword === newPassword) return Promise.reject(new AuthError('samePassword'));
      return withUser('changePassword', (username, tokens) => transport.changePassword(username, tokens, currentPassword, newPassword));
    },

    getUserAttributes: () => withUser('userAttributes', (username, tokens) => transport.getUserAttributes(username, tokens)),

    async updateUserAttributes(attributes) {
      const pending = await withUser('userAttributes', (username, tokens) => transport.updateUserAttributes(username, tokens, attributes));
      await refresh();
      return pending;
    },

    sendAttributeCode: (attribute) =>
      withUser('userAttributes', (username, tokens) => transport.sendAttributeCode(username, tokens, attribute)),

    async verifyAttribute({ attribute, code }) {
      await withUser('userAttributes', (username, tokens) => transport.verifyAttribute(username, tokens, attribute, code.trim()));
      await refresh();
    },

    async startTotpSetup({ issuer = 'react-cognito-kit' } = {}) {
      const session = await usableSession();
      const secret = await transport.associateTotp(session.username, session.tokens).catch(fail('totp'));
      const account = session.user.email ?? session.username;
      const label = `${encodeURIComponent(issuer)}:${encodeURIComponent(account)}`;
      return { secret, uri: `otpauth://totp/${label}?secret=${secret}&issuer=${encodeURIComponent(issuer)}` };
    },

    completeTotpSetup: ({ code, deviceName = 'Authenticator' }) =>
      withUser('totp', async (username, tokens) => {
        await transport.verifyTotp(username, tokens, code.replace(/\s/g, ''), deviceName);
        await transport.setMfaPreference(username, tokens, { totp: 'preferred' });
      }),

    setMfaPreference: (preference) =>
      withUser('totp', (username, tokens) => transport.setMfaPreference(username, tokens, preference)),

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

    refresh,
    getAccessToken: () => usableSession().then((s) => s.tokens.accessToken),
    getIdToken: () => usableSession().then((s) => s.tokens.idToken),
  };
}

function initialState(stored: Session | null, now: number): AuthState {
  if (!stored) return { ...initialAuthState, status: 'signedOut' };
  if (stored.expiresAt <= now) return initialAuthState;
  return { ...initialAuthState, status: 'signedIn', session: stored };
}
