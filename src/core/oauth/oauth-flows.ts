import { AuthError } from '../errors.js';
import { resolveOAuthConfig, type OAuthConfig } from '../oauth-config.js';
import type { SessionEngine } from '../session-engine.js';
import type { StorageAdapter } from '../storage.js';
import { decodeJwtPayload } from '../tokens.js';
import type { Session } from '../types.js';
import { authorizeUrl, logoutUrl } from './authorize-url.js';
import { cleanedUrl, parseCallback } from './callback-params.js';
import { checkIdToken, poolIssuer } from './id-token-checks.js';
import { oauthError } from './oauth-errors.js';
import type { OAuthFlows, RedirectResult, RedirectStatus } from './oauth-flows-api.js';
import { codeChallenge, randomString } from './pkce.js';
import { pendingLifetimeMs, savePending, takePending } from './redirect-state.js';
import { exchangeCode, revokeToken } from './token-endpoint.js';

/** What the browser provides; tests and non-browser hosts pass their own. */
export interface BrowserSeams {
  /**
   * Where the one-time state, nonce and verifier wait for the way back: sessionStorage (this tab only) from the
   * client, which already holds the storage module (imported here, it would split into a chunk of its own).
   */
  pendingStorage: StorageAdapter;
  location?: () => string;
  navigate?: (url: string) => void;
  /** Replaces the address bar's URL without a reload, and tells the app's router. */
  replaceUrl?: (path: string) => void;
  now?: () => number;
}

const browser: Required<Omit<BrowserSeams, 'pendingStorage' | 'now'>> = {
  location: () => window.location.href,
  navigate: (url) => window.location.assign(url),
  replaceUrl: (path) => {
    window.history.replaceState(window.history.state, '', path);
    // Routers (React Router, TanStack Router…) follow popstate: the restored route renders without a reload.
    window.dispatchEvent(new PopStateEvent('popstate', { state: window.history.state }));
  },
};

/** A path on this origin, never an absolute URL elsewhere (an open redirect through `returnTo`). */
export function safePath(value: string | undefined, origin: string): string {
  if (!value) return '/';
  try {
    const url = new URL(value, origin);
    // "//evil.example/p" as a path is another origin to history.replaceState and to any router.
    return url.origin === origin && !url.pathname.startsWith('//') ? `${url.pathname}${url.search}${url.hash}` : '/';
  } catch {
    return '/';
  }
}

/** Tokens from the token endpoint carry OpenID scopes; the kit's own sign-in gets only Cognito's admin scope. */
const openIdScoped = (session: Session): boolean => {
  try {
    return /(^| )openid( |$)/.test(String(decodeJwtPayload<{ scope?: string }>(session.tokens.accessToken).scope ?? ''));
  } catch {
    return false;
  }
};

export function createOAuthFlows(engine: SessionEngine, config: OAuthConfig, seams: BrowserSeams): OAuthFlows {
  const { clientId, userPoolId, endpoint, storageKey } = engine.config;
  const oauth = resolveOAuthConfig(config, userPoolId);
  // A backend that proxies Cognito as `endpoint` is not the tokens' issuer: `oauth.issuer` says who is.
  const issuer = oauth.issuer ?? poolIssuer(endpoint, userPoolId);
  const pendingStorage = seams.pendingStorage;
  const now = seams.now ?? Date.now;
  const location = seams.location ?? browser.location;
  const navigate = seams.navigate ?? browser.navigate;
  const replaceUrl = seams.replaceUrl ?? browser.replaceUrl;
  // Whose session came through managed login, kept beside the session (same storage: reloads and other tabs see
  // it): a refresh through the API may return tokens without the OpenID scopes.
  const managedKey = `${storageKey}.oauth.managed`;
  const fromManagedLogin = (session: Session | null): session is Session =>
    !!session && (engine.config.storage.getItem(managedKey) === session.user.sub || openIdScoped(session));

  let status: RedirectStatus = { status: 'idle' };
  const listeners = new Set<() => void>();
  const setStatus = (next: RedirectStatus) => {
    status = next;
    listeners.forEach((listener) => listener());
  };
  // StrictMode mounts twice and two components may ask: one exchange per URL.
  const handled = new Map<string, Promise<RedirectResult | null>>();

  async function finish(url: string): Promise<RedirectResult | null> {
    const params = parseCallback(url, oauth.redirectSignIn);
    if (!params) return null;
    const origin = new URL(url).origin;
    setStatus({ status: 'pending' });
    // Taken (and so spent) before anything else: the same state can never be used twice.
    const pending = params.state ? takePending(pendingStorage, storageKey, params.state, now()) : null;
    // Whatever happens next, code and state leave the address bar (and so the history and any Referer).
    replaceUrl(pending && params.kind === 'error' ? pending.returnTo : cleanedUrl(url));
    try {
      if (params.kind === 'error') {
        if (params.error === 'access_denied') throw oauthError('oauthDeclined', { detail: params.description });
        throw oauthError('oauthProviderError', { detail: params.description ?? params.error });
      }
      // Not issued by this tab, used already, or too old: possible CSRF, so the code is never sent anywhere.
      if (!pending) throw oauthError('oauthStateMismatch');
      const tokens = await exchangeCode(oauth.domain, { clientId, code: params.code, redirectUri: oauth.redirectSignIn, codeVerifier: pending.codeVerifier });
      checkIdToken(tokens.idToken, { nonce: pending.nonce, clientId, issuer, nowSeconds: now() / 1000 });
      // Back on the app's route before the session shows: the app renders signed in where the user was going.
      const returnTo = safePath(pending.returnTo, origin);
      replaceUrl(returnTo);
      const session = await engine.establish(tokens);
      engine.config.storage.setItem(managedKey, session.user.sub);
      setStatus({ status: 'done', returnTo, session });
      return { session, returnTo };
    } catch (err) {
      const error = err instanceof AuthError ? err : new AuthError('unknown', undefined, { cause: err });
      setStatus({ status: 'error', error });
      throw error;
    }
  }

  return {
    async signInWithRedirect(input = {}) {
      const here = location();
      const state = randomString();
      const nonce = randomString();
      // 64 characters, within RFC 7636's 43–128.
      const codeVerifier = randomString(48);
      const challenge = await codeChallenge(codeVerifier);
      const createdAt = now();
      const origin = new URL(here).origin;
      const fallback = parseCallback(here, oauth.redirectSignIn) ? '/' : here;
      savePending(pendingStorage, storageKey, {
        state,
        nonce,
        codeVerifier,
        returnTo: safePath(input.returnTo ?? fallback, origin),
        createdAt,
        expiresAt: createdAt + pendingLifetimeMs,
      });
      if (status.status === 'error') setStatus({ status: 'idle' });
      navigate(authorizeUrl(oauth, { clientId, state, nonce, codeChallenge: challenge }, input));
    },

    handleRedirectCallback(url = location()) {
      let run = handled.get(url);
      if (!run) {
        run = finish(url);
        handled.set(url, run);
      }
      return run;
    },

    getRedirectStatus: () => status,
    subscribeRedirectStatus(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    clearRedirectError() {
      if (status.status === 'error') setStatus({ status: 'idle' });
    },

    async signOut(options = {}) {
      const session = engine.store.getState().session;
      if (!fromManagedLogin(session)) return engine.signOut(options);
      // Revoked before the page is left: a navigation would cancel the request.
      if (!options.global && session.tokens.refreshToken) await revokeToken(oauth.domain, clientId, session.tokens.refreshToken).catch(() => undefined);
      await engine.signOut(options);
      engine.config.storage.removeItem(managedKey);
      if (options.redirect !== false) navigate(logoutUrl(oauth, clientId));
    },
  };
}
