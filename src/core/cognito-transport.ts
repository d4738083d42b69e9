// The ONE file that imports amazon-cognito-identity-js. Swap the SDK by rewriting this file alone.
import './define-global.js';
import * as sdk from 'amazon-cognito-identity-js';
import {
  CognitoAccessToken,
  CognitoIdToken,
  CognitoRefreshToken,
  CognitoUser,
  CognitoUserAttribute,
  CognitoUserPool,
  CognitoUserSession,
  WordArray,
  type ICognitoStorage,
} from 'amazon-cognito-identity-js';
import type { AuthFlow } from './config.js';
import { hexToBytes } from './srp/srp-math.js';
import { startSrpSession, type SrpDependencies, type SrpSession } from './srp/srp-session.js';
import type { AuthTokens, ChallengeStep, CodeDelivery } from './types.js';

export interface TransportConfig {
  userPoolId: string;
  clientId: string;
  endpoint: string;
}

export type ChallengeAnswer =
  | { kind: 'newPassword'; newPassword: string; attributes?: Record<string, string> }
  | { kind: 'mfaCode'; code: string }
  | { kind: 'selectMfa'; mfa: 'SMS_MFA' | 'SOFTWARE_TOKEN_MFA' }
  | { kind: 'customAnswer'; answer: string };

export type SignInOutcome =
  | { kind: 'tokens'; tokens: AuthTokens }
  | { kind: 'challenge'; step: ChallengeStep; answer(answer: ChallengeAnswer): Promise<SignInOutcome> };

export interface SignUpOutcome {
  userSub: string;
  userConfirmed: boolean;
  delivery: CodeDelivery | undefined;
}

export interface CognitoTransport {
  signIn(username: string, password: string, flow: AuthFlow): Promise<SignInOutcome>;
  signUp(email: string, password: string, attributes: Record<string, string>): Promise<SignUpOutcome>;
  confirmSignUp(username: string, code: string): Promise<void>;
  resendCode(username: string): Promise<CodeDelivery | undefined>;
  refresh(username: string, refreshToken: string): Promise<AuthTokens>;
  /** Revokes this device's refresh token where the SDK can (tokens with `origin_jti`); never throws. */
  signOut(username: string, tokens: AuthTokens): Promise<void>;
  globalSignOut(username: string, tokens: AuthTokens): Promise<void>;
  forgotPassword(username: string): Promise<CodeDelivery | undefined>;
  confirmForgotPassword(username: string, code: string, newPassword: string): Promise<void>;
  changePassword(username: string, tokens: AuthTokens, oldPassword: string, newPassword: string): Promise<void>;
  getUserAttributes(username: string, tokens: AuthTokens): Promise<Record<string, string>>;
  /** Resolves to where verification codes went for attributes that need one (a changed email). */
  updateUserAttributes(username: string, tokens: AuthTokens, attributes: Record<string, string>): Promise<CodeDelivery[]>;
  sendAttributeCode(username: string, tokens: AuthTokens, attribute: string): Promise<CodeDelivery | undefined>;
  verifyAttribute(username: string, tokens: AuthTokens, attribute: string, code: string): Promise<void>;
  /** Starts TOTP setup; resolves to the shared secret (base32). */
  associateTotp(username: string, tokens: AuthTokens): Promise<string>;
  verifyTotp(username: string, tokens: AuthTokens, code: string, deviceName: string): Promise<void>;
  setMfaPreference(username: string, tokens: AuthTokens, preference: MfaPreference): Promise<void>;
}

export interface MfaPreference {
  totp?: 'preferred' | 'enabled' | 'disabled';
  sms?: 'preferred' | 'enabled' | 'disabled';
}

/** The SDK caches tokens in its own storage; the kit's store is the single owner, so give it a throwaway one. */
function scratchStorage(): ICognitoStorage {
  const items: Record<string, string> = {};
  return {
    setItem: (key: string, value: string) => void (items[key] = value),
    getItem: (key: string) => items[key] ?? null,
    removeItem: (key: string) => void delete items[key],
    clear: () => {
      for (const key of Object.keys(items)) delete items[key];
    },
  };
}

interface SdkClient {
  request(operation: string, params: object, callback: (err: unknown, data?: unknown) => void): void;
}

type SignInCallbacks = Parameters<CognitoUser['authenticateUser']>[1];

/** What InitiateAuth / RespondToAuthChallenge answer (the SDK's `dataAuthenticate`). */
interface SdkAuthResponse {
  ChallengeName?: string;
  ChallengeParameters?: Record<string, string>;
  Session?: string;
  AuthenticationResult?: SdkAuthenticationResult;
}

/** CognitoUser members the SDK's sign-in uses that its .d.ts leaves out (amazon-cognito-identity-js 6.x). */
interface SdkUserInternals {
  username: string;
  /** The sign-in session a challenge answer sends back (set by authenticateUserInternal). */
  Session?: string | null;
  keyPrefix: string;
  userDataKey: string;
  deviceKey?: string | null;
  randomPassword?: string | null;
  deviceGroupKey?: string | null;
  client: SdkClient;
  getCachedDeviceKeyAndPassword(): void;
  clearCachedDeviceKeyAndPassword(): void;
  getUserContextData(): string | undefined;
  /** Turns a sign-in response into the callbacks (challenges, or tokens + device confirmation). */
  authenticateUserInternal(data: SdkAuthResponse, helper: object, callback: SignInCallbacks): void;
}

/** Runtime exports of the SDK missing from its .d.ts. */
const sdkRuntime = sdk as unknown as {
  AuthenticationHelper: new (poolName: string) => object & { hash(data: Uint8Array): string };
  DateHelper: new () => { getNowString(): string };
};

/** SRP hashing and randomness from the SDK itself; only the big-number maths is the kit's (src/core/srp/). */
const srpDependencies: SrpDependencies = {
  sha256: (data) => hexToBytes(sdkRuntime.AuthenticationHelper.prototype.hash(data)),
  randomHex: (n) => new WordArray().random(n).toString(),
};

/** The SDK helper's getNewPasswordRequiredChallengeUserAttributePrefix(). */
const USER_ATTRIBUTES_PREFIX = 'userAttributes.';

interface SdkAuthenticationResult {
  IdToken?: string;
  AccessToken?: string;
  RefreshToken?: string;
}

function tokensOf(session: CognitoUserSession): AuthTokens {
  return {
    idToken: session.getIdToken().getJwtToken(),
    accessToken: session.getAccessToken().getJwtToken(),
    refreshToken: session.getRefreshToken().getToken(),
  };
}

interface SdkDelivery {
  Destination?: string;
  DeliveryMedium?: string;
  AttributeName?: string;
}

function deliveryOf(details: SdkDelivery | undefined): CodeDelivery | undefined {
  if (!details) return undefined;
  return { destination: details.Destination, medium: details.DeliveryMedium, attribute: details.AttributeName };
}

export function createCognitoTransport(config: TransportConfig): CognitoTransport {
  const storage = scratchStorage();
  const pool = new CognitoUserPool({
    UserPoolId: config.userPoolId,
    ClientId: config.clientId,
    endpoint: config.endpoint,
    Storage: storage,
  });
  // The SDK's low-level API client: one signed-out JSON request, no retries.
  const sdkClient = (pool as unknown as { client: SdkClient }).client;
  const userFor = (username: string) => new CognitoUser({ Username: username, Pool: pool, Storage: storage });
  const signedIn = (username: string, tokens: AuthTokens) => {
    const user = userFor(username);
    user.setSignInUserSession(sessionOf(tokens));
    return user;
  };

  /** Runs one SDK step and turns its callbacks into the next outcome. */
  function step(user: CognitoUser, start: (callbacks: Parameters<CognitoUser['authenticateUser']>[1]) => void) {
    return new Promise<SignInOutcome>((resolve, reject) => {
      const challenge = (challengeStep: ChallengeStep) =>
        resolve({ kind: 'challenge', step: challengeStep, answer: (answer) => respond(user, answer, challengeStep) });
      start({
        onSuccess: (session) => resolve({ kind: 'tokens', tokens: tokensOf(session) }),
        onFailure: reject,
        newPasswordRequired: (userAttributes: Record<string, string>, requiredAttributes: string[]) => {
          // Cognito rejects these two if sent back with the new password.
          const { email_verified: _verified, phone_number_verified: _phoneVerified, ...attributes } = userAttributes ?? {};
          challenge({ step: 'newPasswordRequired', requiredAttributes: requiredAttributes ?? [], userAttributes: attributes });
        },
        mfaRequired: (_name, parameters: { CODE_DELIVERY_DESTINATION?: string; CODE_DELIVERY_DELIVERY_MEDIUM?: string }) =>
          challenge({
            step: 'smsMfa',
            delivery: { destination: parameters?.CODE_DELIVERY_DESTINATION, medium: parameters?.CODE_DELIVERY_DELIVERY_MEDIUM ?? 'SMS' },
          }),
        totpRequired: () => challenge({ step: 'totpMfa' }),
        selectMFAType: (_name, parameters: { MFAS_CAN_CHOOSE?: string }) => {
          let options: Array<'SMS_MFA' | 'SOFTWARE_TOKEN_MFA'> = ['SMS_MFA', 'SOFTWARE_TOKEN_MFA'];
          try {
            if (parameters?.MFAS_CAN_CHOOSE) options = JSON.parse(parameters.MFAS_CAN_CHOOSE);
          } catch {
            /* keep both options */
          }
          challenge({ step: 'selectMfa', options });
        },
        mfaSetup: () => challenge({ step: 'totpSetup' }),
        customChallenge: (parameters: Record<string, string>) => challenge({ step: 'customChallenge', parameters: parameters ?? {} }),
      });
    });
  }

  // Sign-in as CognitoUser.authenticateUser does it, request for request, minus its `new AuthenticationHelper()`
  // (A = g^a in the SDK's jsbn: a ~100 ms task on submit, even for USER_PASSWORD_AUTH, which never uses it) and
  // its password key (~125 ms, a second long task): src/core/srp/ does both with native BigInt, in slices. The
  // SDK still sends the requests (its Client) and handles every answer (authenticateUserInternal: challenges,
  // tokens, device confirmation).
  const request = (operation: string, params: object) =>
    new Promise<SdkAuthResponse>((resolve, reject) =>
      sdkClient.request(operation, params, (err, data) => (err ? reject(err) : resolve(data as SdkAuthResponse))),
    );
  const send = (user: SdkUserInternals, operation: string, params: object) => {
    const UserContextData = user.getUserContextData();
    return request(operation, UserContextData ? { ...params, UserContextData } : params);
  };
  // authenticateUserInternal asks its helper for a prefix, and in device-tracking pools for a device verifier:
  // only then is the SDK's own helper built.
  const helperFor = () => {
    let helper: Record<string, (...args: unknown[]) => unknown> | undefined;
    return new Proxy({}, {
      get: (_, name: string) =>
        name === 'getNewPasswordRequiredChallengeUserAttributePrefix'
          ? () => USER_ATTRIBUTES_PREFIX
          : (...args: unknown[]) => (helper ??= new sdkRuntime.AuthenticationHelper(pool.getUserPoolName()) as never)[name]!(...args),
    });
  };

  async function authenticate(user: SdkUserInternals, password: string, flow: AuthFlow, cb: SignInCallbacks) {
    const srp = flow === 'USER_SRP_AUTH' ? await startSrpSession(srpDependencies) : undefined;
    if (!srp) {
      if (!password) throw new Error('PASSWORD parameter is required');
      user.getCachedDeviceKeyAndPassword();
    }
    const AuthParameters: Record<string, string> = srp
      ? { USERNAME: user.username, SRP_A: srp.srpA }
      : { USERNAME: user.username, PASSWORD: password };
    if (user.deviceKey != null) AuthParameters.DEVICE_KEY = user.deviceKey;
    const started = await send(user, 'InitiateAuth', { AuthFlow: flow, ClientId: config.clientId, AuthParameters, ClientMetadata: {} });
    user.authenticateUserInternal(srp ? await answerPasswordVerifier(user, password, srp, started) : started, helperFor(), cb);
  }

  async function answerPasswordVerifier(user: SdkUserInternals, password: string, srp: SrpSession, started: SdkAuthResponse) {
    const challenge = started.ChallengeParameters ?? {};
    user.username = challenge.USER_ID_FOR_SRP ?? user.username;
    user.userDataKey = `${user.keyPrefix}.${user.username}.userData`;
    user.getCachedDeviceKeyAndPassword();
    const TIMESTAMP = new sdkRuntime.DateHelper().getNowString();
    const ChallengeResponses: Record<string, string | null> = {
      USERNAME: user.username,
      PASSWORD_CLAIM_SECRET_BLOCK: challenge.SECRET_BLOCK ?? '',
      TIMESTAMP,
      PASSWORD_CLAIM_SIGNATURE: await srp.passwordClaimSignature(pool.getUserPoolName(), user.username, password, challenge, TIMESTAMP),
    };
    if (user.deviceKey != null) ChallengeResponses.DEVICE_KEY = user.deviceKey;
    const answer = { ChallengeName: 'PASSWORD_VERIFIER', ClientId: config.clientId, ChallengeResponses, Session: started.Session, ClientMetadata: {} };
    return send(user, 'RespondToAuthChallenge', answer).catch((err: { code?: string; message?: string } | undefined) => {
      // As the SDK: a remembered device Cognito no longer knows is forgotten, and the answer sent again without it.
      if (err?.code !== 'ResourceNotFoundException' || !/device/i.test(err.message ?? '')) throw err;
      ChallengeResponses.DEVICE_KEY = user.deviceKey = user.randomPassword = user.deviceGroupKey = null;
      user.clearCachedDeviceKeyAndPassword();
      return send(user, 'RespondToAuthChallenge', answer);
    });
  }

  // completeNewPasswordChallenge and sendCustomChallengeAnswer build an AuthenticationHelper (a ~100 ms task)
  // before they send anything, only to hand it to authenticateUserInternal, which needs it only when Cognito
  // answers with NewDeviceMetadata. So these two answers are sent as those methods send them (same fields,
  // same order) and answered by authenticateUserInternal with the lazy helper, as sign-in is. sendMFACode
  // and sendMFASelectionAnswer build one only for NewDeviceMetadata already: the SDK still runs those.
  async function answerChallenge(user: SdkUserInternals, answer: ChallengeAnswer & { kind: 'newPassword' | 'customAnswer' }, cb: SignInCallbacks) {
    const ChallengeResponses: Record<string, string> = {};
    let params: object;
    if (answer.kind === 'newPassword') {
      if (!answer.newPassword) throw new Error('New password is required.');
      for (const [name, value] of Object.entries(answer.attributes ?? {})) ChallengeResponses[USER_ATTRIBUTES_PREFIX + name] = value;
      ChallengeResponses.NEW_PASSWORD = answer.newPassword;
      ChallengeResponses.USERNAME = user.username;
      params = { ChallengeName: 'NEW_PASSWORD_REQUIRED', ClientId: config.clientId, ChallengeResponses, Session: user.Session };
    } else {
      ChallengeResponses.USERNAME = user.username;
      ChallengeResponses.ANSWER = answer.answer;
      user.getCachedDeviceKeyAndPassword();
      if (user.deviceKey != null) ChallengeResponses.DEVICE_KEY = user.deviceKey;
      params = { ChallengeName: 'CUSTOM_CHALLENGE', ChallengeResponses, ClientId: config.clientId, Session: user.Session };
    }
    user.authenticateUserInternal(await send(user, 'RespondToAuthChallenge', params), helperFor(), cb);
  }

  function respond(user: CognitoUser, answer: ChallengeAnswer, asked: ChallengeStep): Promise<SignInOutcome> {
    switch (answer.kind) {
      case 'newPassword':
      case 'customAnswer':
        return step(user, (cb) => void answerChallenge(user as unknown as SdkUserInternals, answer, cb).catch(cb.onFailure));
      case 'mfaCode':
        return step(user, (cb) => user.sendMFACode(answer.code, cb, asked.step === 'totpMfa' ? 'SOFTWARE_TOKEN_MFA' : 'SMS_MFA'));
      case 'selectMfa':
        return step(user, (cb) => user.sendMFASelectionAnswer(answer.mfa, cb));
    }
  }

  return {
    signIn(username, password, flow) {
      const user = userFor(username);
      user.setAuthenticationFlowType(flow);
      return step(user, (cb) => void authenticate(user as unknown as SdkUserInternals, password, flow, cb).catch(cb.onFailure));
    },

    signUp(email, password, attributes) {
      const list = Object.entries({ email, ...attributes }).map(
        ([Name, Value]) => new CognitoUserAttribute({ Name, Value }),
      );
      return new Promise((resolve, reject) => {
        pool.signUp(email, password, list, [], (err, result) => {
          if (err || !result) return reject(err);
          resolve({
            userSub: result.userSub,
            userConfirmed: result.userConfirmed,
            delivery: deliveryOf(result.codeDeliveryDetails as SdkDelivery | undefined),
          });
        });
      });
    },

    confirmSignUp(username, code) {
      return new Promise((resolve, reject) => {
        userFor(username).confirmRegistration(code, false, (err) => (err ? reject(err) : resolve()));
      });
    },

    resendCode(username) {
      return new Promise((resolve, reject) => {
        userFor(username).resendConfirmationCode((err, result?: { CodeDeliveryDetails?: SdkDelivery }) =>
          err ? reject(err) : resolve(deliveryOf(result?.CodeDeliveryDetails)),
        );
      });
    },

    refresh(_username, refreshToken) {
      // Not `CognitoUser.refreshSession`: it retries every error, a revoked token included, for ~6 s.
      // The kit's scheduler owns retries (backoff for network errors, none for a revoked token).
      const params = { ClientId: config.clientId, AuthFlow: 'REFRESH_TOKEN_AUTH', AuthParameters: { REFRESH_TOKEN: refreshToken } };
      return new Promise((resolve, reject) => {
        sdkClient.request('InitiateAuth', params, (err, data) => {
          const result = (data as { AuthenticationResult?: SdkAuthenticationResult } | undefined)?.AuthenticationResult;
          if (err || !result?.IdToken || !result.AccessToken) return reject(err ?? new Error('Cognito returned no tokens'));
          resolve({ idToken: result.IdToken, accessToken: result.AccessToken, refreshToken: result.RefreshToken ?? refreshToken });
        });
      });
    },

    signOut(username, tokens) {
      return new Promise((resolve) => {
        try {
          signedIn(username, tokens).signOut(() => resolve());
        } catch {
          resolve();
        }
      });
    },

    globalSignOut(username, tokens) {
      const user = signedIn(username, tokens);
      return new Promise((resolve, reject) => {
        user.globalSignOut({ onSuccess: () => resolve(), onFailure: reject });
      });
    },

    forgotPassword(username) {
      return new Promise((resolve, reject) => {
        userFor(username).forgotPassword({
          onSuccess: (data: { CodeDeliveryDetails?: SdkDelivery }) => resolve(deliveryOf(data?.CodeDeliveryDetails)),
          onFailure: reject,
        });
      });
    },

    confirmForgotPassword(username, code, newPassword) {
      return new Promise((resolve, reject) => {
        userFor(username).confirmPassword(code, newPassword, { onSuccess: () => resolve(), onFailure: reject });
      });
    },

    changePassword(username, tokens, oldPassword, newPassword) {
      return new Promise((resolve, reject) => {
        signedIn(username, tokens).changePassword(oldPassword, newPassword, (err) => (err ? reject(err) : resolve()));
      });
    },

    getUserAttributes(username, tokens) {
      return new Promise((resolve, reject) => {
        signedIn(username, tokens).getUserAttributes((err, attributes) => {
          if (err || !attributes) return reject(err);
          resolve(Object.fromEntries(attributes.map((attribute) => [attribute.getName(), attribute.getValue()])));
        });
      });
    },

    updateUserAttributes(username, tokens, attributes) {
      const list = Object.entries(attributes).map(([Name, Value]) => new CognitoUserAttribute({ Name, Value }));
      return new Promise((resolve, reject) => {
        signedIn(username, tokens).updateAttributes(list, (err, _result, details?: { CodeDeliveryDetailsList?: SdkDelivery[] }) => {
          if (err) return reject(err);
          resolve((details?.CodeDeliveryDetailsList ?? []).map((d) => deliveryOf(d) as CodeDelivery));
        });
      });
    },

    sendAttributeCode(username, tokens, attribute) {
      return new Promise((resolve, reject) => {
        signedIn(username, tokens).getAttributeVerificationCode(attribute, {
          onSuccess: () => resolve(undefined),
          onFailure: reject,
          // The SDK types this as a string; it is the response object with CodeDeliveryDetails.
          inputVerificationCode: (data: unknown) =>
            resolve(deliveryOf((data as { CodeDeliveryDetails?: SdkDelivery } | undefined)?.CodeDeliveryDetails)),
        });
      });
    },

    verifyAttribute(username, tokens, attribute, code) {
      return new Promise((resolve, reject) => {
        signedIn(username, tokens).verifyAttribute(attribute, code, { onSuccess: () => resolve(), onFailure: reject });
      });
    },

    associateTotp(username, tokens) {
      return new Promise((resolve, reject) => {
        signedIn(username, tokens).associateSoftwareToken({ associateSecretCode: resolve, onFailure: reject });
      });
    },

    verifyTotp(username, tokens, code, deviceName) {
      return new Promise((resolve, reject) => {
        signedIn(username, tokens).verifySoftwareToken(code, deviceName, { onSuccess: () => resolve(), onFailure: reject });
      });
    },

    setMfaPreference(username, tokens, preference) {
      const settings = (value: MfaPreference['totp']) =>
        value === undefined ? null : { Enabled: value !== 'disabled', PreferredMfa: value === 'preferred' };
      return new Promise((resolve, reject) => {
        signedIn(username, tokens).setUserMfaPreference(settings(preference.sms), settings(preference.totp), (err) =>
          err ? reject(err) : resolve(),
        );
      });
    },
  };
}

function sessionOf(tokens: AuthTokens): CognitoUserSession {
  return new CognitoUserSession({
    IdToken: new CognitoIdToken({ IdToken: tokens.idToken }),
    AccessToken: new CognitoAccessToken({ AccessToken: tokens.accessToken }),
    RefreshToken: new CognitoRefreshToken({ RefreshToken: tokens.refreshToken }),
  });
}
