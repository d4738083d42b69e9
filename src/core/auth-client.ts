import type { AccountFlows } from './account-flows.js';
import type { AuthClient, AuthClientOptions } from './auth-client-api.js';
// identifier.ts first, before config.ts brings in errors.ts: Rolldown 1.2 (Vite 8.3) folds a module shared with
// lazy chunks into the first load in the order modules run, and refuses errors.ts as a cycle when it runs before
// every module of the client that RegisterForm's chunk also reaches, leaving it a second first-load file (~170 B).
import { hasInvisibleCharacter } from './identifier.js';
import { resolveConfig, type AuthConfig } from './config.js';
import { AuthError } from './errors.js';
import { createLazyTransport, isMethodName, loadCognitoTransport } from './lazy-transport.js';
import { onDemand } from './on-demand.js';
import { createSessionEngine } from './session-engine.js';
import { createSignInFlow } from './sign-in-flow.js';
import { resolveStorage } from './storage.js';
import { systemTimers } from './timers.js';
import type { NextStep } from './types.js';

export type * from './auth-client-api.js';

/**
 * Confirming a sign-up, passwords, attributes and MFA: a chunk of their own, fetched with the first call. Forms
 * that lead to them ask for it as they mount, so it is there when the user submits.
 */
export const loadAccountFlows = onDemand(() => import('./account-flows.js'));

/** The client: the session engine, the sign-in flow, sign-up, and the other flows on demand. */
export function createAuthClient(config: AuthConfig, options: AuthClientOptions = {}): AuthClient {
  const resolved = resolveConfig(config);
  const transport = options.transport ?? createLazyTransport(resolved);
  const engine = createSessionEngine(resolved, options.timers ?? systemTimers, transport);
  const { signIn, answerChallenge } = createSignInFlow(engine);
  const flows = onDemand(async () => {
    // Every flow sends a request: the wire layer comes in the same round trip.
    if (!options.transport) loadCognitoTransport().catch(() => undefined);
    return (await loadAccountFlows()).createAccountFlows({ ...engine, signIn });
  });
  // A chunk that cannot be fetched (offline, a deploy removed it) is a network error; the next call tries again.
  type Method = (...args: never[]) => Promise<unknown>;
  const later = <K extends keyof AccountFlows>(name: K): AccountFlows[K] =>
    ((...args: never[]) =>
      flows().then(
        (loaded) => (loaded[name] as Method)(...args),
        (cause: unknown) => Promise.reject(new AuthError('network', undefined, { cause })),
      )) as AccountFlows[K];

  // Only apps with `oauth` fetch it (at start: to finish a redirect back and check the config at once).
  const oauth = config.oauth && onDemand(() => import('./oauth/attach-oauth.js').then((m) => m.attachOAuth(client, engine, config.oauth!, resolveStorage('session'))));

  const own: Omit<AuthClient, keyof AccountFlows> = {
    config: resolved,
    getState: engine.store.getState,
    subscribe: engine.store.subscribe,
    oauth,
    start() {
      engine.start();
      oauth?.().catch(String);
    },
    stop: engine.stop,
    signIn,
    answerChallenge,

    signUp({ username: given, email, password, attributes }) {
      const username = (given ?? email ?? '').trim();
      // Cognito takes `admin\u200B@example.com` as a new account that every screen shows as admin@example.com.
      if (hasInvisibleCharacter(username)) return Promise.reject(new AuthError('invalidCharacters'));
      return transport.signUp(username, password, email ? { email: email.trim(), ...attributes } : { ...attributes }).then(
        (result): NextStep =>
          result.userConfirmed ? { step: 'signIn', username } : { step: 'confirmSignUp', username, delivery: result.delivery },
        engine.fail('signUp'),
      );
    },

    signOut: engine.signOut,
    fromTokens: engine.fromTokens,
    refresh: engine.refresh,
    getAccessToken: () => engine.usableSession().then((s) => s.tokens.accessToken),
    getIdToken: () => engine.usableSession().then((s) => s.tokens.idToken),
  };
  // Every other method lives in the account flows chunk (not a promise's `then`, JSON's `toJSON`, nothing every
  // object has): listing them by name cost the first load more than this does.
  const client = new Proxy(own, {
    get: (target, name) => (name in target ? (target as Record<string | symbol, unknown>)[name] : isMethodName(name) ? later(name as keyof AccountFlows) : undefined),
  }) as AuthClient;
  return client;
}
