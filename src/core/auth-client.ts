import { createAuthStore, initialAuthState, type AuthStore } from './auth-store.js';
import { createCognitoTransport, type ChallengeAnswer, type CognitoTransport, type SignInOutcome } from './cognito-transport.js';
import { resolveConfig, type AuthConfig, type ResolvedConfig } from './config.js';
import { AuthError, toAuthError, type AuthOperation } from './errors.js';
import { createRefreshScheduler, refreshDueAt, type RefreshScheduler } from './refresh-scheduler.js';
import { createSessionPersistence, type SessionPersistence } from './session-persistence.js';
import { systemTimers, type Timers } from './timers.js';
import { sessionFromTokens } from './tokens.js';
import type { AuthState, AuthTokens, NextStep, Session, SignOutReason } from './types.js';

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
  const transport = options.transport ?? createCognitoTransport(resolved);
  const persistence: SessionPersistence = createSessionPersistence(resolved.storage, resolved.storageKey);
  const stored = persistence.load();
  const store: AuthStore = createAuthStore(initialState(stored, timers.now()));
  let pendingChallenge: ((answer: ChallengeAnswer) => Promise<SignInOutcome>) | null = null;
  let inflightRefresh: Promise<Session> | null = null;
  let failedRefreshes = 0;
  // An expired stored session is kept here, not in state: consumers see `loading` until it is refreshed.
  let expiredAtStart: Session | null = stored && stored.expiresAt <= timers.now() ? stored : null;

  const fail = (operation: AuthOperation) => (err: unknown): never => {
    throw toAuthError(err, operation, { revealUserExistence: resolved.revealUserExistence });
  };

  const establish = (tokens: AuthTokens): Session => {
    const session = sessionFromTokens(tokens, timers.now());
    persistence.save(session);
    failedRefreshes = 0;
    store.dispatch({ type: 'signedIn', session });
    return session;
  };

  const endSession = (reason: SignOutReason | null) => {
    persistence.clear();
    pendingChallenge = null;
    expiredAtStart = null;
    store.dispatch({ type: 'signedOut', reason });
  };

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

  async function runRefresh(): Promise<Session> {
    const session = currentSession();
    if (!session) throw new AuthError('notSignedIn');
    try {
      const tokens = await transport.refresh(session.username, session.tokens.refreshToken);
      // Cognito does not always send a new refresh token; keep the one we have then.
      expiredAtStart = null;
      return establish({ ...tokens, refreshToken: tokens.refreshToken || session.tokens.refreshToken });
    } catch (err) {
      const error = toAuthError(err, 'refresh');
      if (error.code === 'sessionRevoked' || error.code === 'sessionExpired') {
        endSession(error.code === 'sessionExpired' ? 'expired' : 'revoked');
        throw error;
      }
      // Network trouble never signs anyone out: keep the session and try again later.
      failedRefreshes += 1;
      const usable = session.expiresAt > timers.now();
      store.dispatch({ type: 'refreshFailed', error, tokensUsable: usable && store.getState().session !== null });
      const backoff = Math.min(maxBackoffMs, 1000 * 2 ** (failedRefreshes - 1));
      scheduler.retryIn(backoff / 2 + Math.random() * (backoff / 2));
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
      .catch((err: unknown): NextStep => {
        const error = toAuthError(err, 'signIn', { revealUserExistence: resolved.revealUserExistence });
        if (error.code === 'userNotConfirmed') return { step: 'confirmSignUp', username };
        if (error.code === 'passwordResetRequired') return { step: 'resetPassword', username };
        throw error;
      });
  }

  let starts = 0;

  return {
    config: resolved,
    getState: store.getState,
    subscribe: store.subscribe,

    start() {
      starts += 1;
      scheduler.start();
      if (starts === 1 && expiredAtStart && !inflightRefresh) {
        store.dispatch({ type: 'waitingForRefresh' });
        refresh().catch(() => undefined);
      }
    },

    stop() {
      if (starts === 0) return;
      starts -= 1;
      scheduler.stop();
    },

    signIn,

    answerChallenge(answer) {
      if (!pendingChallenge) return Promise.reject(new AuthError('expiredCode', 'There is no sign-in step waiting for an answer. Sign in again.'));
      return pendingChallenge(answer).then(toNextStep, fail('answerChallenge'));
    },

    signUp({ email, password, attributes }) {
      const username = email.trim();
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
      if (global && session) {
        await transport.globalSignOut(session.username, session.tokens).catch(fail('signOut'));
      }
      endSession('user');
      // Local sign-out must not wait on the network; revoking this device's token is best effort.
      if (!global && session) void transport.signOut(session.username, session.tokens);
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
