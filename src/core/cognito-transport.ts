// The ONE file that imports amazon-cognito-identity-js. Swap the SDK by rewriting this file alone.
//
// Only the SDK's Client (its Cognito wire protocol: fetch, headers, error shapes) is used. CognitoUser brings
// the SDK's jsbn BigInteger, AuthenticationHelper and a `buffer` polyfill: ~22 KB brotli, more than the whole
// kit, and long main-thread tasks at sign-in. Each request (built in ./wire/, one file per family of operations)
// carries the fields CognitoUser's method for it sends, in the same order (test/core/*-sdk-equality tests compare
// them on the wire).
import SdkClientModule from 'amazon-cognito-identity-js/lib/Client.js';
import type { CognitoTransport, TransportConfig } from './transport-types.js';
import { deviceAuth } from './wire/device-auth.js';
import { deviceOperations } from './wire/devices.js';
import { mfaSettingOperations } from './wire/mfa-settings.js';
import { passwordOperations } from './wire/password.js';
import { withResendCode } from './wire/restartable-sign-in.js';
import { signInOperations } from './wire/sign-in.js';
import { signUpOperations } from './wire/sign-up.js';
import { tokenOperations } from './wire/token-operations.js';
import { userAttributeOperations } from './wire/user-attributes.js';
import { createWire, type Json } from './wire/wire.js';
import { atIdle } from './at-idle.js';
import { onDemand } from './on-demand.js';
import { checkPreferredChallenge } from './wire/preferred-challenge.js';

export type {
  ChallengeAnswer,
  CognitoTransport,
  Device,
  UserDevices,
  MfaPreference,
  MfaSettings,
  AuthFactors,
  Passkey,
  PasswordlessTransport,
  UserAuthOptions,
  SignInOutcome,
  SignUpOutcome,
  TransportConfig,
} from './transport-types.js';

// The refresh (./refresh-flow.ts) rides in this chunk: it sends a request anyway, and a page showing a stored
// session or the forms need not carry it.
export { refreshSession } from './refresh-flow.js';
// So does this: only a session that arrives (a sign-in, a refresh: both after a request) waits on it.
export { nextTaskOrHide } from './next-task.js';

interface SdkClient {
  request(operation: string, params: Json, callback: (err: unknown, data?: unknown) => void): void;
}

// lib/ is CommonJS (`exports.default`): Node hands over the exports object, bundlers the class itself.
const Client = ((SdkClientModule as { default?: unknown }).default ?? SdkClientModule) as new (
  region: string | undefined,
  endpoint: string,
) => SdkClient;

const built = new WeakMap<TransportConfig, CognitoTransport>();

/** The one transport of a client (its config): built once, by whichever comes first, the warm-up or a request. */
export function transportFor(config: TransportConfig): CognitoTransport {
  let transport = built.get(config);
  if (!transport) built.set(config, (transport = createCognitoTransport(config)));
  return transport;
}

/** Whether that client's transport is built yet (for the test that it is built before the first click). */
export const transportBuilt = (config: TransportConfig): boolean => built.has(config);

/**
 * Builds the client's transport (the SDK's Client, the wire's operations) while the page is idle: LoginForm asks as
 * it mounts, so the first "Sign in" does not build it in its click's task, where at 4× CPU throttling it took
 * 5-12 ms of the task.
 */
export const warmTransport = (config: TransportConfig): void =>
  atIdle(() => {
    transportFor(config);
    // The page's first fetch() did ~15 ms of one-time set-up at 4× CPU throttling, in the task that sends
    // InitiateAuth: building a Request like it (never sent: no network, no CSP check) does most of it now.
    if (typeof Request == 'function') new Request(config.endpoint, { method: 'POST', headers: { 'Content-Type': 'application/x-amz-json-1.1' }, body: '{}' });
  });

export function createCognitoTransport(config: TransportConfig): CognitoTransport {
  const client = new Client(undefined, config.endpoint);
  const wire = createWire(config, <T = Json>(operation: string, params: Json) =>
    new Promise<T>((resolve, reject) => client.request(operation, params, (err, data) => (err ? reject(err) : resolve(data as T)))),
  );
  const devices = deviceAuth(config, wire);
  const passwordSignIn = signInOperations(wire, devices);
  const { signIn } = withResendCode(passwordSignIn);
  // Choice-based sign-in and passkeys are chunks of their own: only apps that use them fetch them.
  const userAuth = onDemand(async () => (await import('./wire/user-auth.js')).userAuthSignIn(wire, passwordSignIn, config));
  return {
    signIn: async (username, password, flow, options, session) => {
      const preferredChallenge = options?.preferredChallenge ?? config.preferredChallenge;
      checkPreferredChallenge(flow, preferredChallenge);
      return flow === 'USER_AUTH' ? (await userAuth())(username, password, { preferredChallenge, session }) : signIn(username, password, flow);
    },
    passwordless: onDemand(async () => (await import('./wire/passkeys.js')).passwordlessOperations(wire)),
    ...signUpOperations(wire),
    ...tokenOperations(wire, devices),
    ...passwordOperations(wire),
    ...userAttributeOperations(wire),
    ...mfaSettingOperations(wire),
    ...deviceOperations(wire, devices),
  };
}
