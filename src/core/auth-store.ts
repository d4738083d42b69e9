import type { AuthError } from './errors.js';
import type { AuthState, ChallengeStep, Session, SignOutReason } from './types.js';

export type AuthAction =
  | { type: 'signedIn'; session: Session }
  | { type: 'challenge'; challenge: ChallengeStep }
  | { type: 'challengeCleared' }
  | { type: 'waitingForRefresh' }
  | { type: 'refreshFailed'; error: AuthError; tokensUsable: boolean; session: Session }
  | { type: 'signedOut'; reason: SignOutReason | null };

export const initialAuthState: AuthState = Object.freeze({
  status: 'loading',
  session: null,
  challenge: null,
  signOutReason: null,
  lastRefreshError: null,
}) as AuthState;

/** Pure transitions: every change of auth state is one of these named actions. */
export function authReducer(state: AuthState, action: AuthAction): AuthState {
  switch (action.type) {
    case 'signedIn':
      return { status: 'signedIn', session: action.session, challenge: null, signOutReason: null, lastRefreshError: null };
    case 'challenge':
      return { ...state, status: 'challenge', challenge: action.challenge, session: null };
    case 'challengeCleared':
      return state.status === 'challenge' ? { ...state, status: 'signedOut', challenge: null } : state;
    case 'waitingForRefresh':
      return { ...state, status: 'refreshing' };
    case 'refreshFailed':
      // A failed refresh whose tokens still work changes nothing the user sees; only note the error.
      return action.tokensUsable
        ? { ...state, lastRefreshError: action.error }
        : // Expired and unreachable: keep the session (also one restored from storage) and say so.
          { ...state, status: 'offline', session: action.session, lastRefreshError: action.error };
    case 'signedOut':
      return { status: 'signedOut', session: null, challenge: null, signOutReason: action.reason, lastRefreshError: null };
  }
}

export type Listener = () => void;

export interface AuthStore {
  getState(): AuthState;
  dispatch(action: AuthAction): void;
  subscribe(listener: Listener): () => void;
}

export function createAuthStore(initial: AuthState = initialAuthState): AuthStore {
  let state = initial;
  const listeners = new Set<Listener>();
  return {
    getState: () => state,
    dispatch(action) {
      const next = authReducer(state, action);
      if (Object.is(next, state)) return;
      state = next;
      for (const listener of [...listeners]) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}
