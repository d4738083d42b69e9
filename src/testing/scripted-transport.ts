import type { ChallengeAnswer, CognitoTransport, Device, MfaPreference, MfaSettings, Passkey, PasswordlessTransport, SignInOutcome } from '../core/cognito-transport.js';
import { decodeJwtPayload } from '../core/tokens.js';
import type { AuthTokens, ChallengeStep, CodeDelivery, MfaFactor, Session, UserClaims } from '../core/types.js';
import { buildFailure } from './mock-errors.js';
import type { MockArgs, MockMethod, MockResult, MockScripts, MockSignInResult, Script, ScriptStep } from './scripts.js';
import { createTestTokens, subFor } from './test-session.js';

/** One call the app made, in order. Arguments as the transport got them (passwords included: tests only). */
export interface MockCall<M extends MockMethod = MockMethod> {
  method: M;
  args: MockArgs<M>;
}

export interface ScriptedTransportOptions {
  scripts?: MockScripts;
  /** Milliseconds every call takes unless its script says otherwise (default 0: settles on the next tick). */
  delay?: number;
  /** The clock tokens are issued by (default `Date.now`). */
  now?: () => number;
  /** The passkeys the user starts with (`mockPasskey`-like); `registerPasskey` adds one, `deletePasskey` removes one. */
  passkeys?: readonly Passkey[];
}

/** A passkey as ListWebAuthnCredentials describes one. */
export const mockPasskey: Passkey = {
  credentialId: 'mock-passkey-1',
  name: 'Chrome on Mac',
  relyingPartyId: 'localhost',
  attachment: 'platform',
  transports: ['internal', 'hybrid'],
  createdAt: new Date('2026-10-12T19:30:00Z'),
};

export interface ScriptedTransport {
  transport: CognitoTransport;
  calls: MockCall[];
  /** Replaces (or with `undefined` removes) the script of one method from now on. */
  setScript<M extends MockMethod>(method: M, script: Script<M> | undefined): void;
  /** Registers a user, so refreshes and attribute reads answer with their claims. */
  rememberUser(tokens: AuthTokens): void;
}

/** The TOTP secret the mock hands out by default (RFC 4648 base32, the usual authenticator-app test key). */
export const mockTotpSecret = 'JBSWY3DPEHPK3PXP';

interface MockUser {
  sub: string;
  email: string;
  groups: string[];
  claims: Record<string, unknown>;
  /** No factor on until the app turns one on (setMfaPreference, a TOTP set-up). */
  mfa?: MfaSettings;
}

const PREFERENCE_KEYS: Record<keyof MfaPreference, MfaFactor> = { sms: 'SMS_MFA', totp: 'SOFTWARE_TOKEN_MFA', email: 'EMAIL_OTP' };

/** SetUserMFAPreference's rules: a factor left out stays as it is; turning off the preferred one leaves none. */
function applyMfaPreference(current: MfaSettings, preference: MfaPreference): MfaSettings {
  const enabled = new Set(current.enabled);
  let preferred = current.preferred;
  for (const [key, factor] of Object.entries(PREFERENCE_KEYS) as Array<[keyof MfaPreference, MfaFactor]>) {
    const value = preference[key];
    if (value === undefined) continue;
    if (value === 'disabled') enabled.delete(factor);
    else enabled.add(factor);
    if (value === 'preferred') preferred = factor;
    else if (preferred === factor) preferred = null;
  }
  return { enabled: [...enabled], preferred };
}

/**
 * What a happy Cognito answers to a sign-in step nobody scripted: a resent code repeats the step, the MFA set-up
 * steps lead to the next one (TOTP with the mock's secret, email with a code to the given address), anything
 * else signs in.
 */
function nextStepOf(answer: ChallengeAnswer, step: ChallengeStep, username: string): ChallengeStep | undefined {
  if (answer.kind === 'resendCode') return step;
  if (answer.kind === 'selectChallenge') {
    // USER_AUTH: the way chosen (or switched to), as Cognito would ask for it next.
    const options = 'options' in step && step.step !== 'selectMfa' && step.step !== 'mfaSetup' ? step.options : [];
    switch (answer.challenge) {
      case 'WEB_AUTHN':
        return { step: 'passkey', options };
      case 'EMAIL_OTP':
        return { step: 'emailOtp', delivery: emailDelivery(username), options };
      case 'SMS_OTP':
        return { step: 'smsOtp', delivery: { destination: '+*******0100', medium: 'SMS', attribute: 'phone_number' }, options };
      default:
        return answer.password ? undefined : { step: 'password', options };
    }
  }
  if (step.step === 'mfaSetup' && answer.kind === 'selectMfa') {
    return answer.mfa === 'EMAIL_OTP' ? { step: 'emailSetup' } : { step: 'totpSetup', secret: mockTotpSecret };
  }
  if (step.step === 'emailSetup' && answer.kind === 'emailAddress') return { step: 'emailMfa', delivery: emailDelivery(answer.email) };
  return undefined;
}

const standardClaims = new Set(['sub', 'email', 'email_verified', 'cognito:groups', 'cognito:username', 'iss', 'aud', 'token_use', 'auth_time', 'iat', 'exp', 'jti', 'origin_jti']);

/** "ada@example.com" → "a***@e***", as Cognito shows where a code went. */
export function maskEmail(email: string): string {
  const [name = '', domain = ''] = email.split('@');
  return `${name.slice(0, 1)}***@${domain.slice(0, 1)}***`;
}

const emailDelivery = (email: string): CodeDelivery => ({ destination: maskEmail(email), medium: 'EMAIL', attribute: 'email' });

const never = new Promise<never>(() => undefined);

/** The devices the mock starts with: this browser's (remembered) and a phone that is only tracked. */
export const mockDevices: readonly Device[] = [
  {
    deviceKey: 'eu-west-1_11111111-2222-4333-8444-555555555555',
    name: 'Firefox on Linux',
    remembered: true,
    current: true,
    createdAt: new Date('2026-09-01T10:00:00Z'),
    lastAuthenticatedAt: new Date('2026-11-30T08:15:00Z'),
    lastModifiedAt: new Date('2026-09-01T10:00:00Z'),
  },
  {
    deviceKey: 'eu-west-1_66666666-7777-4888-9999-000000000000',
    name: 'Safari on iPhone',
    remembered: false,
    current: false,
    createdAt: new Date('2026-10-12T19:30:00Z'),
    lastAuthenticatedAt: new Date('2026-11-02T07:45:00Z'),
    lastModifiedAt: new Date('2026-10-12T19:30:00Z'),
  },
];

/**
 * A `CognitoTransport` whose every method follows a script. Methods are looked up by name, so methods
 * added to the interface later work unscripted (resolving with `undefined`) without any change here.
 */
export function createScriptedTransport(options: ScriptedTransportOptions = {}): ScriptedTransport {
  const scripts: MockScripts = { ...options.scripts };
  const now = options.now ?? Date.now;
  const calls: MockCall[] = [];
  const counts = new Map<MockMethod, number>();
  const users = new Map<string, MockUser>();
  let lastUsername = 'ada@example.com';
  let devices: Device[] = mockDevices.map((device) => ({ ...device }));
  let passkeys: Passkey[] = (options.passkeys ?? []).map((p) => ({ ...p }));
  const deviceFor = (deviceKey: string | undefined) => devices.find((d) => (deviceKey ? d.deviceKey === deviceKey : d.current));

  const userByName = (username: string): MockUser => {
    const known = users.get(username) ?? [...users.values()].find((user) => user.email === username);
    if (known) return known;
    const email = username.includes('@') ? username : `${username}@example.com`;
    // A pool that signs in by phone number (loginMechanisms ['phone_number']): the number is a claim too.
    const user: MockUser = { sub: subFor(email), email, groups: [], claims: username.startsWith('+') ? { phone_number: username } : {} };
    users.set(user.sub, user);
    return user;
  };

  const tokensOf = (user: MockUser): AuthTokens =>
    createTestTokens({ email: user.email, sub: user.sub, groups: user.groups, attributes: user.claims, now: now() });

  const rememberUser = (tokens: AuthTokens) => {
    const claims = decodeJwtPayload<UserClaims>(tokens.idToken);
    const extra = Object.fromEntries(Object.entries(claims).filter(([name]) => !standardClaims.has(name)));
    const groups = Array.isArray(claims['cognito:groups']) ? claims['cognito:groups'] : [];
    users.set(claims.sub, { sub: claims.sub, email: claims.email ?? claims.sub, groups, claims: extra });
  };

  const toOutcome = (result: MockSignInResult, username: string): SignInOutcome => {
    if (result === undefined) return { kind: 'tokens', tokens: tokensOf(userByName(username)) };
    if ('kind' in result) return result;
    if ('step' in result) {
      const step: ChallengeStep = result;
      return { kind: 'challenge', step, answer: (answer) => call('answerChallenge', [answer, step]) as Promise<SignInOutcome> };
    }
    const tokens = 'tokens' in result ? (result as Session).tokens : result;
    rememberUser(tokens);
    return { kind: 'tokens', tokens };
  };

  /** What an unscripted method resolves with: what a happy Cognito would say. */
  const defaults: { [M in MockMethod]?: (...args: MockArgs<M>) => MockResult<M> } = {
    signIn: () => undefined,
    answerChallenge: (answer, step) => nextStepOf(answer, step, lastUsername),
    // The code goes to the email when there is one, else by text message to the phone number (a phone pool).
    signUp: (username, _password, attributes) => {
      const phone = attributes.email ? undefined : (attributes.phone_number ?? (username.startsWith('+') ? username : undefined));
      const delivery = phone ? { destination: `+*******${phone.slice(-4)}`, medium: 'SMS', attribute: 'phone_number' } : emailDelivery(attributes.email ?? username);
      return { userSub: subFor(username), userConfirmed: false, delivery };
    },
    resendCode: (username) => emailDelivery(userByName(username).email),
    forgotPassword: (username) => emailDelivery(userByName(username).email),
    refresh: (username) => tokensOf(userByName(username)),
    getUserAttributes: (username) => {
      const user = userByName(username);
      const attributes: Record<string, string> = { sub: user.sub, email: user.email, email_verified: 'true' };
      for (const [name, value] of Object.entries(user.claims)) attributes[name] = String(value);
      return attributes;
    },
    updateUserAttributes: (username, _tokens, attributes) => {
      const user = userByName(username);
      const { email, ...rest } = attributes;
      Object.assign(user.claims, rest);
      if (email === undefined || email === user.email) return [];
      user.email = email;
      return [emailDelivery(email)];
    },
    sendAttributeCode: (username) => emailDelivery(userByName(username).email),
    associateTotp: () => mockTotpSecret,
    listDevices: () => ({ devices: devices.map((d) => ({ ...d })), currentDeviceKey: deviceFor(undefined)?.deviceKey }),
    setDeviceRemembered: (_username, _tokens, remembered, deviceKey) => {
      const device = deviceFor(deviceKey);
      if (device) device.remembered = remembered;
    },
    forgetDevice: (_username, _tokens, deviceKey) => {
      const device = deviceFor(deviceKey);
      devices = devices.filter((d) => d !== device);
    },
    registerPasskey: () => {
      passkeys = [...passkeys, { ...mockPasskey, credentialId: `mock-passkey-${passkeys.length + 1}`, createdAt: new Date(now()) }];
    },
    listPasskeys: () => passkeys.map((p) => ({ ...p })),
    deletePasskey: (_tokens, credentialId) => {
      passkeys = passkeys.filter((p) => p.credentialId !== credentialId);
    },
    getAuthFactors: () => ({ signIn: passkeys.length ? ['PASSWORD', 'EMAIL_OTP', 'WEB_AUTHN'] : ['PASSWORD', 'EMAIL_OTP'], mfa: [], preferredMfa: null }),
    getMfaPreference: (username) => userByName(username).mfa ?? { enabled: [], preferred: null },
    deleteUser: (username) => void users.delete(userByName(username).sub),
    setMfaPreference: (username, _tokens, preference) => {
      const user = userByName(username);
      user.mfa = applyMfaPreference(user.mfa ?? { enabled: [], preferred: null }, preference);
    },
  };

  const stepFor = <M extends MockMethod>(method: M, args: MockArgs<M>): ScriptStep<MockResult<M>> | undefined => {
    const script = scripts[method] as Script<M> | undefined;
    const index = counts.get(method) ?? 0;
    counts.set(method, index + 1);
    if (script === undefined) return undefined;
    if (typeof script === 'function') return script(...args);
    if (Array.isArray(script)) return script[Math.min(index, script.length - 1)];
    return script as ScriptStep<MockResult<M>>;
  };

  async function call<M extends MockMethod>(method: M, args: MockArgs<M>): Promise<unknown> {
    calls.push({ method, args } as MockCall);
    if (method === 'signIn') lastUsername = (args as MockArgs<'signIn'>)[0];
    const step = stepFor(method, args);
    const delay = step?.delay ?? options.delay ?? 0;
    if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
    else await Promise.resolve();
    if (step && 'hang' in step) return never;
    if (step && 'fail' in step) throw buildFailure(step.fail, method, step.message);
    const fallback = defaults[method] as ((...a: MockArgs<M>) => MockResult<M>) | undefined;
    const result = step ? step.resolve : fallback?.(...args);
    if (method === 'signIn' || method === 'answerChallenge') return toOutcome(result as MockSignInResult, lastUsername);
    return result;
  }

  const passwordless = new Proxy({} as PasswordlessTransport, {
    get: (_target, name) => (typeof name === 'string' && name !== 'then' ? (...args: unknown[]) => call(name as MockMethod, args as MockArgs<MockMethod>) : undefined),
  });

  const transport = new Proxy({} as CognitoTransport, {
    get(_target, name) {
      // Not a thenable, not a symbol-keyed protocol: only named methods.
      if (typeof name !== 'string' || name === 'then') return undefined;
      // Passkeys and sign-in factors come from a chunk of their own in the real transport: scripted by their names here.
      if (name === 'passwordless') return async () => passwordless;
      return (...args: unknown[]) => call(name as MockMethod, args as MockArgs<MockMethod>);
    },
  });

  return {
    transport,
    calls,
    setScript(method, script) {
      if (script === undefined) delete scripts[method];
      else (scripts as Record<string, unknown>)[method] = script;
      counts.delete(method);
    },
    rememberUser,
  };
}

export type { ChallengeAnswer };
