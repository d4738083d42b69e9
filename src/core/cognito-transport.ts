// The ONE file that imports amazon-cognito-identity-js. Swap the SDK by rewriting this file alone.
//
// Only the SDK's Client (its Cognito wire protocol: fetch, headers, error shapes) is used. CognitoUser brings
// the SDK's jsbn BigInteger, AuthenticationHelper and a `buffer` polyfill: ~22 KB brotli, more than the whole
// kit, and long main-thread tasks at sign-in. Each request below carries the fields CognitoUser's method for
// it sends, in the same order (test/core/*-sdk-equality tests compare them on the wire).
import SdkClientModule from 'amazon-cognito-identity-js/lib/Client.js';
import type { AuthFlow } from './config.js';
import { loadSrp } from './srp/load-srp.js';
import { decodeJwtPayload } from './tokens.js';
import type { AuthTokens, ChallengeStep, CodeDelivery } from './types.js';

// Rides in this chunk: only browsers without Web Locks use it, and only to refresh (./refresh-lock.ts).
export { createStorageLease } from './storage-lease.js';

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

type Json = Record<string, unknown>;

interface SdkClient {
  request(operation: string, params: Json, callback: (err: unknown, data?: unknown) => void): void;
}

// lib/ is CommonJS (`exports.default`): Node hands over the exports object, bundlers the class itself.
const Client = ((SdkClientModule as { default?: unknown }).default ?? SdkClientModule) as new (
  region: string | undefined,
  endpoint: string,
) => SdkClient;

/** What InitiateAuth and RespondToAuthChallenge answer. */
interface AuthResponse {
  ChallengeName?: string;
  ChallengeParameters?: Record<string, string>;
  Session?: string;
  AuthenticationResult?: { IdToken?: string; AccessToken?: string; RefreshToken?: string };
}

interface Delivery {
  Destination?: string;
  DeliveryMedium?: string;
  AttributeName?: string;
}

const deliveryOf = (details: Delivery | undefined): CodeDelivery | undefined =>
  details && { destination: details.Destination, medium: details.DeliveryMedium, attribute: details.AttributeName };

/** The SDK's DateHelper.getNowString(): "Tue Nov 3 09:05:07 UTC 2026", the TIMESTAMP Cognito signs. */
function cognitoTimestamp(now = new Date()): string {
  const [weekday, , month, year, time] = now.toUTCString().replace(',', '').split(' ');
  return `${weekday} ${month} ${now.getUTCDate()} ${time} UTC ${year}`;
}

/** The prefix Cognito puts on attribute names in NEW_PASSWORD_REQUIRED. */
const USER_ATTRIBUTES_PREFIX = 'userAttributes.';

const parseJson = <T>(text: string | undefined, fallback: T): T => {
  try {
    return text ? (JSON.parse(text) as T) : fallback;
  } catch {
    return fallback;
  }
};

export function createCognitoTransport(config: TransportConfig): CognitoTransport {
  const { userPoolId, clientId: ClientId } = config;
  const poolName = userPoolId.split('_')[1] ?? '';
  const client = new Client(undefined, config.endpoint);
  const call = <T = Json>(operation: string, params: Json) =>
    new Promise<T>((resolve, reject) => client.request(operation, params, (err, data) => (err ? reject(err) : resolve(data as T))));
  /** Cognito advanced security: the SDK adds this when the app loaded Amazon's data collection script. */
  const withContext = (username: string, params: Json): Json => {
    const asf = (globalThis as { AmazonCognitoAdvancedSecurityData?: { getData(u: string, p: string, c: string): string | undefined } })
      .AmazonCognitoAdvancedSecurityData;
    const EncodedData = asf?.getData(username, userPoolId, ClientId);
    return EncodedData ? { ...params, UserContextData: { EncodedData } } : params;
  };

  /** Turns a sign-in answer into tokens or the next challenge, whose answer carries the sign-in session on. */
  function outcome(username: string, data: AuthResponse): SignInOutcome {
    const { ChallengeName: name, ChallengeParameters: parameters = {}, Session, AuthenticationResult: result } = data;
    const challenge = (step: ChallengeStep): SignInOutcome => ({
      kind: 'challenge',
      step,
      answer: (answer) => respond(username, Session, answer, step),
    });
    switch (name) {
      case 'SMS_MFA':
        return challenge({
          step: 'smsMfa',
          delivery: { destination: parameters.CODE_DELIVERY_DESTINATION, medium: parameters.CODE_DELIVERY_DELIVERY_MEDIUM ?? 'SMS' },
        });
      case 'SOFTWARE_TOKEN_MFA':
        return challenge({ step: 'totpMfa' });
      case 'SELECT_MFA_TYPE':
        return challenge({ step: 'selectMfa', options: parseJson(parameters.MFAS_CAN_CHOOSE, ['SMS_MFA', 'SOFTWARE_TOKEN_MFA']) });
      case 'MFA_SETUP':
        return challenge({ step: 'totpSetup' });
      case 'CUSTOM_CHALLENGE':
        return challenge({ step: 'customChallenge', parameters });
      case 'NEW_PASSWORD_REQUIRED': {
        // Cognito rejects these two if sent back with the new password.
        const { email_verified: _e, phone_number_verified: _p, ...userAttributes } = parseJson<Record<string, string>>(parameters.userAttributes, {});
        const required = parseJson<string[]>(parameters.requiredAttributes, []);
        return challenge({
          step: 'newPasswordRequired',
          requiredAttributes: required.map((name) => name.slice(USER_ATTRIBUTES_PREFIX.length)),
          userAttributes,
        });
      }
    }
    if (!result?.IdToken || !result.AccessToken || !result.RefreshToken) {
      // DEVICE_SRP_AUTH only follows a DEVICE_KEY, which the kit never sends.
      throw Object.assign(new Error(`Unsupported sign-in step ${name}`), { code: 'UnsupportedError' });
    }
    return { kind: 'tokens', tokens: { idToken: result.IdToken, accessToken: result.AccessToken, refreshToken: result.RefreshToken } };
  }

  async function respond(username: string, Session: string | undefined, answer: ChallengeAnswer, asked: ChallengeStep): Promise<SignInOutcome> {
    let ChallengeName: string;
    const ChallengeResponses: Record<string, string> = {};
    if (answer.kind === 'newPassword') {
      if (!answer.newPassword) throw new Error('New password is required.');
      for (const [name, value] of Object.entries(answer.attributes ?? {})) ChallengeResponses[USER_ATTRIBUTES_PREFIX + name] = value;
      ChallengeResponses.NEW_PASSWORD = answer.newPassword;
      ChallengeResponses.USERNAME = username;
      const params = { ChallengeName: 'NEW_PASSWORD_REQUIRED', ClientId, ChallengeResponses, Session };
      return outcome(username, await call('RespondToAuthChallenge', withContext(username, params)));
    }
    ChallengeResponses.USERNAME = username;
    if (answer.kind === 'mfaCode') {
      ChallengeName = asked.step === 'totpMfa' ? 'SOFTWARE_TOKEN_MFA' : 'SMS_MFA';
      ChallengeResponses.SMS_MFA_CODE = answer.code;
      if (asked.step === 'totpMfa') ChallengeResponses.SOFTWARE_TOKEN_MFA_CODE = answer.code;
    } else {
      ChallengeName = answer.kind === 'selectMfa' ? 'SELECT_MFA_TYPE' : 'CUSTOM_CHALLENGE';
      ChallengeResponses.ANSWER = answer.kind === 'selectMfa' ? answer.mfa : answer.answer;
    }
    const params = { ChallengeName, ChallengeResponses, ClientId, Session };
    return outcome(username, await call('RespondToAuthChallenge', withContext(username, params)));
  }

  const accessCall = <T = Json>(operation: string, tokens: AuthTokens, params: Json = {}) =>
    call<T>(operation, { AccessToken: tokens.accessToken, ...params });

  return {
    async signIn(username, password, flow) {
      if (!password && flow !== 'USER_SRP_AUTH') throw new Error('PASSWORD parameter is required');
      // SRP as CognitoUser.authenticateUserDefaultAuth does it, with the big-number maths on native BigInt in
      // slices (src/core/srp/): the SDK's jsbn takes two ~100 ms main-thread tasks for the same numbers.
      const srp = flow === 'USER_SRP_AUTH' ? await (await loadSrp()).startSignInSrp() : undefined;
      const AuthParameters = srp ? { USERNAME: username, SRP_A: srp.srpA } : { USERNAME: username, PASSWORD: password };
      const started = await call<AuthResponse>(
        'InitiateAuth',
        withContext(username, { AuthFlow: flow, ClientId, AuthParameters, ClientMetadata: {} }),
      );
      if (!srp || started.ChallengeName !== 'PASSWORD_VERIFIER') return outcome(username, started);
      const challenge = started.ChallengeParameters ?? {};
      const userId = challenge.USER_ID_FOR_SRP ?? username;
      const TIMESTAMP = cognitoTimestamp();
      const ChallengeResponses = {
        USERNAME: userId,
        PASSWORD_CLAIM_SECRET_BLOCK: challenge.SECRET_BLOCK ?? '',
        TIMESTAMP,
        PASSWORD_CLAIM_SIGNATURE: await srp.passwordClaimSignature(poolName, userId, password, challenge, TIMESTAMP),
      };
      const params = { ChallengeName: 'PASSWORD_VERIFIER', ClientId, ChallengeResponses, Session: started.Session, ClientMetadata: {} };
      return outcome(userId, await call('RespondToAuthChallenge', withContext(userId, params)));
    },

    async signUp(email, password, attributes) {
      const UserAttributes = Object.entries({ email, ...attributes }).map(([Name, Value]) => ({ Name, Value }));
      const params = { ClientId, Username: email, Password: password, UserAttributes, ValidationData: [] };
      const result = await call<{ UserSub: string; UserConfirmed: boolean; CodeDeliveryDetails?: Delivery }>('SignUp', withContext(email, params));
      return { userSub: result.UserSub, userConfirmed: result.UserConfirmed, delivery: deliveryOf(result.CodeDeliveryDetails) };
    },

    async confirmSignUp(username, code) {
      await call('ConfirmSignUp', withContext(username, { ClientId, ConfirmationCode: code, Username: username, ForceAliasCreation: false }));
    },

    async resendCode(username) {
      return deliveryOf((await call<{ CodeDeliveryDetails?: Delivery }>('ResendConfirmationCode', { ClientId, Username: username })).CodeDeliveryDetails);
    },

    async refresh(_username, refreshToken) {
      // Not `CognitoUser.refreshSession`: it retries every error, a revoked token included, for ~6 s.
      // The kit's scheduler owns retries (backoff for network errors, none for a revoked token).
      const params = { ClientId, AuthFlow: 'REFRESH_TOKEN_AUTH', AuthParameters: { REFRESH_TOKEN: refreshToken } };
      const result = (await call<AuthResponse>('InitiateAuth', params)).AuthenticationResult;
      if (!result?.IdToken || !result.AccessToken) throw new Error('Cognito returned no tokens');
      return { idToken: result.IdToken, accessToken: result.AccessToken, refreshToken: result.RefreshToken ?? refreshToken };
    },

    async signOut(_username, tokens) {
      // As CognitoUser.signOut: only tokens issued with revocation on (`origin_jti`) can be revoked.
      try {
        if (decodeJwtPayload(tokens.accessToken).origin_jti) await call('RevokeToken', { Token: tokens.refreshToken, ClientId });
      } catch {
        /* best effort: the local sign-out has happened already */
      }
    },

    async globalSignOut(_username, tokens) {
      await accessCall('GlobalSignOut', tokens);
    },

    async forgotPassword(username) {
      const result = await call<{ CodeDeliveryDetails?: Delivery }>('ForgotPassword', withContext(username, { ClientId, Username: username }));
      return deliveryOf(result.CodeDeliveryDetails);
    },

    async confirmForgotPassword(username, code, newPassword) {
      const params = { ClientId, Username: username, ConfirmationCode: code, Password: newPassword };
      await call('ConfirmForgotPassword', withContext(username, params));
    },

    async changePassword(_username, tokens, oldPassword, newPassword) {
      await call('ChangePassword', { PreviousPassword: oldPassword, ProposedPassword: newPassword, AccessToken: tokens.accessToken });
    },

    async getUserAttributes(_username, tokens) {
      const { UserAttributes = [] } = await accessCall<{ UserAttributes?: Array<{ Name: string; Value: string }> }>('GetUser', tokens);
      return Object.fromEntries(UserAttributes.map((attribute) => [attribute.Name, attribute.Value]));
    },

    async updateUserAttributes(_username, tokens, attributes) {
      const UserAttributes = Object.entries(attributes).map(([Name, Value]) => ({ Name, Value }));
      const result = await call<{ CodeDeliveryDetailsList?: Delivery[] }>('UpdateUserAttributes', { AccessToken: tokens.accessToken, UserAttributes });
      return (result.CodeDeliveryDetailsList ?? []).map((details) => deliveryOf(details)!);
    },

    async sendAttributeCode(_username, tokens, attribute) {
      const result = await call<{ CodeDeliveryDetails?: Delivery }>('GetUserAttributeVerificationCode', { AttributeName: attribute, AccessToken: tokens.accessToken });
      return deliveryOf(result.CodeDeliveryDetails);
    },

    async verifyAttribute(_username, tokens, attribute, code) {
      await call('VerifyUserAttribute', { AttributeName: attribute, Code: code, AccessToken: tokens.accessToken });
    },

    async associateTotp(_username, tokens) {
      return (await accessCall<{ SecretCode: string }>('AssociateSoftwareToken', tokens)).SecretCode;
    },

    async verifyTotp(_username, tokens, code, deviceName) {
      await accessCall('VerifySoftwareToken', tokens, { UserCode: code, FriendlyDeviceName: deviceName });
    },

    async setMfaPreference(_username, tokens, preference) {
      const settings = (value: MfaPreference['totp']) =>
        value === undefined ? null : { Enabled: value !== 'disabled', PreferredMfa: value === 'preferred' };
      await call('SetUserMFAPreference', {
        SMSMfaSettings: settings(preference.sms),
        SoftwareTokenMfaSettings: settings(preference.totp),
        AccessToken: tokens.accessToken,
      });
    },
  };
}
