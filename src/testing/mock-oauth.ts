import type { AuthClient } from '../core/auth-client.js';
import type { OAuthErrorCode } from '../core/errors.js';
import { oauthError } from '../core/oauth/oauth-errors.js';
import type { OAuthFlows, RedirectStatus, SignInWithRedirectInput } from '../core/oauth/oauth-flows-api.js';
import { createTestTokens, type TestSessionOptions } from './test-session.js';

export interface MockOAuthOptions {
  /**
   * How a sign-in by redirect ends: signed in as this user (default: a federated test user), or refused with an
   * OAuth error code as the way back would be (`'oauthDeclined'`, `'oauthStateMismatch'`…).
   */
  result?: TestSessionOptions | OAuthErrorCode;
  /** The way back has already failed with this when the app starts (a story of the error on the sign-in screen). */
  redirectError?: OAuthErrorCode;
  /** The way back is under way when the app starts (`pending`). */
  pending?: boolean;
}

export interface MockOAuthCall {
  method: 'signInWithRedirect' | 'signOut';
  input?: SignInWithRedirectInput;
}

/** Sign-in by redirect without leaving the page: the provider answers at once, as scripted. */
export function createMockOAuthFlows(client: AuthClient, options: MockOAuthOptions, calls: MockOAuthCall[]): OAuthFlows {
  const signOut = client.signOut;
  let status: RedirectStatus = options.redirectError
    ? { status: 'error', error: oauthError(options.redirectError) }
    : options.pending
      ? { status: 'pending' }
      : { status: 'idle' };
  const listeners = new Set<() => void>();
  const set = (next: RedirectStatus) => {
    status = next;
    listeners.forEach((listener) => listener());
  };
  const user: TestSessionOptions = {
    email: 'federated.user@example.com',
    attributes: { identities: [{ providerName: 'Google', providerType: 'Google', userId: '1234567890', primary: 'true', issuer: null, dateCreated: '1700000000000' }] },
    ...(typeof options.result === 'object' ? options.result : {}),
  };
  return {
    async signInWithRedirect(input = {}) {
      calls.push({ method: 'signInWithRedirect', input });
      if (typeof options.result === 'string') {
        set({ status: 'error', error: oauthError(options.result) });
        return;
      }
      const session = await client.fromTokens(createTestTokens(user));
      set({ status: 'done', returnTo: input.returnTo ?? '/', session });
    },
    handleRedirectCallback: async () => null,
    getRedirectStatus: () => status,
    subscribeRedirectStatus(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    clearRedirectError() {
      if (status.status === 'error') set({ status: 'idle' });
    },
    async signOut(signOutOptions) {
      calls.push({ method: 'signOut' });
      await signOut(signOutOptions);
    },
  };
}
