import { describe, expect, it } from 'vitest';
import { authReducer, createAuthStore, initialAuthState } from '../../src/core/auth-store';
import { AuthError } from '../../src/core/errors';
import { sessionFromTokens } from '../../src/core/tokens';
import { tokensFor } from '../support/unsigned-jwt';

const session = sessionFromTokens(tokensFor({ iat: 1_800_000_000, lifetime: 3600 }), 1_800_000_000_000);

describe('auth store', () => {
  it('moves through sign-in, a kept session on network failure, and sign-out with a reason', () => {
    let state = authReducer(initialAuthState, { type: 'signedIn', session });
    expect(state).toMatchObject({ status: 'signedIn', session, signOutReason: null });
    const network = new AuthError('network');
    const usable = authReducer(state, { type: 'refreshFailed', error: network, tokensUsable: true, session });
    expect(usable.status).toBe('signedIn');
    expect(usable.session).toBe(session);
    const expired = authReducer(state, { type: 'refreshFailed', error: network, tokensUsable: false, session });
    expect(expired.status).toBe('offline');
    expect(expired.session).toBe(session);
    // A session restored from storage whose refresh fails on the network is kept too, not dropped.
    const restoring = authReducer(initialAuthState, { type: 'refreshFailed', error: network, tokensUsable: false, session });
    expect(restoring).toMatchObject({ status: 'offline', session });
    state = authReducer(expired, { type: 'signedOut', reason: 'revoked' });
    expect(state).toMatchObject({ status: 'signedOut', session: null, signOutReason: 'revoked', lastRefreshError: null });
  });

  it('notifies subscribers once per change and never for a no-op', () => {
    const store = createAuthStore({ ...initialAuthState, status: 'signedOut' });
    let calls = 0;
    const unsubscribe = store.subscribe(() => calls++);
    store.dispatch({ type: 'challengeCleared' }); // not in a challenge: nothing changes
    expect(calls).toBe(0);
    store.dispatch({ type: 'signedIn', session });
    expect(calls).toBe(1);
    unsubscribe();
    store.dispatch({ type: 'signedOut', reason: 'user' });
    expect(calls).toBe(1);
  });
});
