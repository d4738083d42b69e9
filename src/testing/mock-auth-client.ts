import { createAuthClient, type AuthClient } from '../core/auth-client.js';
import type { AuthConfig } from '../core/config.js';
import { createSessionPersistence } from '../core/session-persistence.js';
import { createMemoryStorage, resolveStorage, type StorageAdapter } from '../core/storage.js';
import type { Timers } from '../core/timers.js';
import type { Session } from '../core/types.js';
import { createScriptedTransport, type MockCall, type ScriptedTransport } from './scripted-transport.js';
import { createMockOAuthFlows, type MockOAuthCall, type MockOAuthOptions } from './mock-oauth.js';
import type { MockScripts } from './scripts.js';
import { createTestSession, createTestTokens, mockClientId, mockUserPoolId, type TestSessionOptions } from './test-session.js';

export interface MockAuthClientOptions {
  /** How each Cognito call answers; unscripted calls succeed like a happy Cognito. */
  scripts?: MockScripts;
  /** Start signed in with this session (`createTestSession(...)`). Expired: the client restores it by refreshing. */
  session?: Session;
  /** Start signed in as this user: shorthand for `session: createTestSession(user)`. */
  user?: TestSessionOptions;
  /** Users the mock knows, so signing in as one of them gives their groups and claims. */
  users?: readonly TestSessionOptions[];
  /** Milliseconds every call takes unless its script says otherwise (default 0). */
  delay?: number;
  /** Config overrides; the default is a valid fake pool with memory storage. */
  config?: Partial<AuthConfig>;
  /** The user's passkeys at the start (e.g. `[mockPasskey]`). */
  passkeys?: readonly import('../core/cognito-transport.js').Passkey[];
  /** Replaceable time, as for `createAuthClient`. */
  timers?: Timers;
  /** Sign-in by redirect (`useSignInWithRedirect`, `<SocialButtons>`): answered at once, as scripted; `{}` for the defaults. */
  oauth?: MockOAuthOptions;
}

/** The real client (state machine, refresh, error mapping) over a scripted transport, plus what it was asked. */
export interface MockAuthClient extends AuthClient {
  /** Every transport call, in order: `calls.filter((c) => c.method === 'signIn')`. */
  readonly calls: readonly MockCall[];
  /** Changes how a method answers from now on. */
  readonly setScript: ScriptedTransport['setScript'];
  /** Every sign-in by redirect and OAuth sign-out asked of the mock (with `oauth` in the options). */
  readonly oauthCalls: readonly MockOAuthCall[];
}

export function createMockAuthClient(options: MockAuthClientOptions = {}): MockAuthClient {
  const scripted = createScriptedTransport({
    scripts: options.scripts,
    delay: options.delay,
    passkeys: options.passkeys,
    now: options.timers ? () => options.timers!.now() : undefined,
  });
  const storageKey = options.config?.storageKey ?? 'rck.mock';
  const storage: StorageAdapter = options.config?.storage === undefined ? createMemoryStorage() : resolveStorage(options.config.storage);
  const session = options.session ?? (options.user ? createTestSession({ now: options.timers?.now(), ...options.user }) : undefined);
  for (const user of options.users ?? []) scripted.rememberUser(createTestTokens(user));
  if (session) {
    scripted.rememberUser(session.tokens);
    // Seeded where the client looks on start, so it restores it exactly as after a reload.
    createSessionPersistence(storage, storageKey).save(session);
  }
  const client = createAuthClient(
    { userPoolId: mockUserPoolId, clientId: mockClientId, ...options.config, storage, storageKey },
    { transport: scripted.transport, timers: options.timers },
  );
  const oauthCalls: MockOAuthCall[] = [];
  if (options.oauth) {
    const flows = createMockOAuthFlows(client, options.oauth, oauthCalls);
    Object.assign(client, { oauth: () => Promise.resolve(flows), signOut: flows.signOut });
  }
  return Object.assign(client, { calls: scripted.calls, setScript: scripted.setScript, oauthCalls });
}
