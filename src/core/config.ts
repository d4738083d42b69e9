import { AuthError } from './errors.js';
import type { OAuthConfig } from './oauth-config.js';
import type { PasswordPolicy } from './password-policy.js';
import { resolveStorage, type StorageAdapter, type StorageOption } from './storage.js';

import type { FirstFactor } from './types.js';

export type AuthFlow = 'USER_SRP_AUTH' | 'USER_PASSWORD_AUTH' | 'USER_AUTH';

/** What users sign in with: the pool's username attribute(s) or aliases (Cognito console › Sign-in options). */
export type LoginMechanism = 'email' | 'phone_number' | 'username' | 'preferred_username';

/** What to do with the device key a pool with device tracking hands out at sign-in. */
export type RememberDevice = 'always' | 'ask' | 'never';

export interface AuthConfig {
  /** e.g. "eu-west-1_AbC123xyZ" — Cognito console › User pools › User pool ID. */
  userPoolId: string;
  /** The app client id — User pool › App integration › App clients. The client must have no secret. */
  clientId: string;
  /** Cognito API URL; defaults to the pool's region endpoint. Point it at an emulator in development. */
  endpoint?: string;
  /**
   * `USER_SRP_AUTH` (default: the password never leaves the device), `USER_PASSWORD_AUTH`, or `USER_AUTH`:
   * choice-based sign-in (passkey, email or SMS code, password), the app client needs `ALLOW_USER_AUTH`.
   */
  authFlow?: AuthFlow;
  /** With `USER_AUTH`: the way to offer first, when the user has it; otherwise Cognito lists the choices. */
  preferredChallenge?: FirstFactor;
  /** Where the session lives: `'local'` (default), `'session'`, `'memory'` or your own adapter. */
  storage?: StorageOption;
  /**
   * With `USER_AUTH`: remember (in localStorage) the username of the last user who signed in with a passkey or
   * added one on this device, so `LoginForm` can offer that passkey in the email field's autofill. Default true;
   * never with `storage: 'memory'`.
   */
  rememberPasskeyUser?: boolean;
  /** Refresh this many seconds before the tokens expire (default 60; at most half the token lifetime). */
  refreshMarginSeconds?: number;
  /** Say "no account with this email" at sign-in instead of the generic message. Off: it leaks who has an account. */
  revealUserExistence?: boolean;
  /** Storage key prefix; change it to run two pools side by side in one origin. */
  storageKey?: string;
  /**
   * Keep every tab of the origin on one session (sign-in, sign-out, new tokens) and let one tab refresh for
   * all. Default: on with `'local'` storage (the default), off otherwise.
   */
  crossTab?: boolean;
  /**
   * For pools with device tracking: `'always'` confirms and remembers this browser after sign-in (a remembered
   * device skips MFA where the pool allows), `'ask'` lets the user choose on the MFA step, `'never'` (default)
   * confirms nothing.
   */
  rememberDevice?: RememberDevice;
  /**
   * Social and enterprise sign-in through Cognito's managed login (authorization code with PKCE). Checked when
   * the client starts; without it nothing of the OAuth code is fetched.
   */
  oauth?: OAuthConfig;
  /**
   * What the forms ask for to sign in, as the pool is set up: `['email']` (default), `['phone_number']`,
   * `['username']`, or several for a pool with aliases, e.g. `['username', 'email', 'preferred_username']`.
   */
  loginMechanisms?: LoginMechanism[];
  /**
   * The pool's password policy, for the checklist under every new-password field; a rule left out is Cognito's
   * default (8 characters, upper and lower case, a number, a symbol). Cognito still judges every password.
   */
  passwordPolicy?: Partial<PasswordPolicy>;
}

export interface ResolvedConfig {
  userPoolId: string;
  clientId: string;
  region: string;
  endpoint: string;
  authFlow: AuthFlow;
  preferredChallenge?: FirstFactor;
  storage: StorageAdapter;
  refreshMarginMs: number;
  revealUserExistence: boolean;
  storageKey: string;
  crossTab: boolean;
  /** Whether a form may keep its open code step (the username) in sessionStorage for a reload: not with 'memory'. */
  keepSteps: boolean;
  /** Undefined means 'never'. */
  rememberDevice?: RememberDevice;
  /** As given: checked where it is used (core/passkey/remembered-passkey-user.ts). */
  rememberPasskeyUser?: boolean;
  loginMechanisms: LoginMechanism[];
  passwordPolicy?: Partial<PasswordPolicy>;
}

// Cognito's own rule (the SDK checks the same): "<region>_<id>", at most 55 characters.
const poolIdPattern = /^[\w-]+_[0-9a-zA-Z]+$/;

function invalid(message: string): AuthError {
  return new AuthError('invalidConfig', `react-cognito-kit: ${message}`);
}

export function resolveConfig(config: AuthConfig): ResolvedConfig {
  if (!config || typeof config !== 'object') throw invalid('config is missing: pass { userPoolId, clientId }.');
  const { userPoolId, clientId } = config;
  if (typeof userPoolId !== 'string' || userPoolId.trim() === '') {
    throw invalid('userPoolId is missing. Find it in the Cognito console under User pools, e.g. "eu-west-1_AbC123xyZ".');
  }
  if (userPoolId.length > 55 || !poolIdPattern.test(userPoolId)) {
    throw invalid(
      `userPoolId "${userPoolId}" is not a user pool id. Expected "<region>_<id>", e.g. "eu-west-1_AbC123xyZ" (not the pool name or ARN).`,
    );
  }
  if (typeof clientId !== 'string' || clientId.trim() === '') {
    throw invalid('clientId is missing. Use the id of an app client without a secret (User pool › App integration › App clients).');
  }
  if (/\s/.test(clientId)) throw invalid(`clientId "${clientId}" contains whitespace; copy it again from the console.`);
  const authFlow = config.authFlow ?? 'USER_SRP_AUTH';
  if (!/^USER_(SRP_|PASSWORD_|)AUTH$/.test(authFlow)) {
    throw invalid(`authFlow "${String(authFlow)}" is not supported; use "USER_SRP_AUTH", "USER_PASSWORD_AUTH" or "USER_AUTH".`);
  }
  const margin = config.refreshMarginSeconds ?? 60;
  if (!Number.isFinite(margin) || margin < 0) throw invalid('refreshMarginSeconds must be a number of seconds, 0 or more.');
  const region = userPoolId.split('_')[0] as string;
  const endpoint = config.endpoint ?? `https://cognito-idp.${region}.amazonaws.com/`;
  if (!/^https?:\/\//.test(endpoint)) throw invalid(`endpoint "${endpoint}" must be an http(s) URL.`);
  // The rest of the app's config (rememberDevice, passwordPolicy, …) goes through as given.
  return {
    // Options passed on as given (`preferredChallenge`: checked with the first sign-in, in the wire chunk).
    ...config,
    userPoolId,
    clientId,
    region,
    endpoint,
    authFlow,
    storage: resolveStorage(config.storage),
    refreshMarginMs: margin * 1000,
    revealUserExistence: config.revealUserExistence ?? false,
    storageKey: config.storageKey ?? `rck.${clientId}`,
    crossTab: config.crossTab ?? (config.storage === undefined || config.storage === 'local'),
    keepSteps: config.storage !== 'memory',
    loginMechanisms: config.loginMechanisms?.length ? config.loginMechanisms : ['email'],
  };
}
