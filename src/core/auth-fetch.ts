import type { AuthClient } from './auth-client.js';

export interface AuthFetchOptions {
  /** Which token goes in `Authorization: Bearer …`. Default `'access'` (what APIs should verify). */
  token?: 'access' | 'id';
  /** The fetch to wrap; default the global one. */
  fetch?: typeof fetch;
}

// Spelled through `fetch` itself: a Node project without the DOM types has `fetch` but no `RequestInfo`.
export type AuthFetch = (input: Parameters<typeof fetch>[0], init?: RequestInit) => Promise<Response>;

/**
 * fetch with the bearer token. The token is refreshed first when it is due; a 401 gets one refresh — shared
 * by every request that failed with the same token, so twenty 401s cost one refresh — and one retry.
 */
export function createAuthFetch(client: AuthClient, options: AuthFetchOptions = {}): AuthFetch {
  const which = options.token ?? 'access';
  const tokenNow = () => (which === 'id' ? client.getIdToken() : client.getAccessToken());
  const tokenIn = () => {
    const tokens = client.getState().session?.tokens;
    return which === 'id' ? tokens?.idToken : tokens?.accessToken;
  };

  return async (input, init) => {
    const doFetch = options.fetch ?? fetch;
    // A Request body can be read once: keep a pristine copy for the retry.
    const original = new Request(input, init);
    const send = (token: string) => {
      const request = original.clone();
      request.headers.set('Authorization', `Bearer ${token}`);
      return doFetch(request);
    };
    const used = await tokenNow();
    const response = await send(used);
    if (response.status !== 401) return response;
    // Someone else may have refreshed already: only the first request with a stale token asks for a new one.
    if (tokenIn() === used) await client.refresh();
    const fresh = await tokenNow();
    if (fresh === used) return response;
    return send(fresh);
  };
}
