import type { AuthClient } from '../auth-client-api.js';
import type { AuthError } from '../errors.js';
import type { OAuthConfig } from '../oauth-config.js';
import type { SessionEngine } from '../session-engine.js';
import type { StorageAdapter } from '../storage.js';
import { createOAuthFlows } from './oauth-flows.js';
import type { OAuthFlows } from './oauth-flows-api.js';

/**
 * Joins the OAuth flows to a client when `oauth` is configured, the first time the client starts (or an OAuth
 * call comes first): sign-out goes through `/oauth2/revoke` and `/logout`, and a redirect back is finished.
 */
export function attachOAuth(client: AuthClient, engine: SessionEngine, config: OAuthConfig, pendingStorage: StorageAdapter): OAuthFlows {
  let flows: OAuthFlows;
  try {
    flows = createOAuthFlows(engine, config, { pendingStorage });
  } catch (err) {
    // The config is wrong: said at once, and every OAuth call rejects with the fix; sign-out still works.
    console.error(err);
    const reject = () => Promise.reject(err as AuthError);
    return {
      signInWithRedirect: reject,
      handleRedirectCallback: reject,
      getRedirectStatus: () => ({ status: 'error', error: err as AuthError }),
      subscribeRedirectStatus: () => () => undefined,
      clearRedirectError: () => undefined,
      signOut: engine.signOut,
    };
  }
  client.signOut = flows.signOut;
  // Its errors live in the redirect status, which the sign-in screen shows.
  if (typeof window !== 'undefined') flows.handleRedirectCallback().catch(() => undefined);
  return flows;
}
