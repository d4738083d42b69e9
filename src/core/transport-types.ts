import type { AuthFlow, RememberDevice } from './config.js';
import type { StorageAdapter } from './storage.js';
import type { AuthTokens, ChallengeStep, CodeDelivery, MfaFactor } from './types.js';

export interface TransportConfig {
  userPoolId: string;
  clientId: string;
  endpoint: string;
  /** Where remembered devices are kept (the kit's storage); without it the transport remembers none. */
  storage?: StorageAdapter;
  storageKey?: string;
  rememberDevice?: RememberDevice;
}

export type ChallengeAnswer =
  | { kind: 'newPassword'; newPassword: string; attributes?: Record<string, string> }
  /** `deviceName` names the authenticator app at `totpSetup`. */
  | { kind: 'mfaCode'; code: string; deviceName?: string; /** With `rememberDevice: 'ask'`: the user's answer to "Remember this device". */ rememberDevice?: boolean }
  | { kind: 'selectMfa'; mfa: MfaFactor }
  | { kind: 'customAnswer'; answer: string }
  /** At `emailSetup`: where email MFA codes should go. */
  | { kind: 'emailAddress'; email: string }
  /** Cognito cannot resend an MFA code: the sign-in starts again with the credentials the flow still holds. */
  | { kind: 'resendCode' };

export type SignInOutcome =
  | { kind: 'tokens'; tokens: AuthTokens; newDevice?: { deviceKey: string; deviceGroupKey: string } }
  | { kind: 'challenge'; step: ChallengeStep; answer(answer: ChallengeAnswer): Promise<SignInOutcome> };

export interface SignUpOutcome {
  userSub: string;
  userConfirmed: boolean;
  delivery: CodeDelivery | undefined;
}

export interface CognitoTransport {
  signIn(username: string, password: string, flow: AuthFlow): Promise<SignInOutcome>;
  /** `attributes` as sent, `email` included when there is one. */
  signUp(username: string, password: string, attributes: Record<string, string>): Promise<SignUpOutcome>;
  confirmSignUp(username: string, code: string): Promise<void>;
  resendCode(username: string): Promise<CodeDelivery | undefined>;
  /**
   * New tokens from the refresh token (GetTokensFromRefreshToken; REFRESH_TOKEN_AUTH where the endpoint lacks it),
   * with the new refresh token when the app client rotates them. `deviceKey`: by default this browser's remembered device for `username`.
   */
  refresh(username: string, refreshToken: string, deviceKey?: string): Promise<AuthTokens>;
  /** Revokes this device's refresh token where the SDK can (tokens with `origin_jti`); never throws. */
  signOut(username: string, tokens: AuthTokens): Promise<void>;
  globalSignOut(username: string, tokens: AuthTokens): Promise<void>;
  /** DeleteUser: the signed-in user's profile is gone for good. */
  deleteUser(username: string, tokens: AuthTokens): Promise<void>;
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
  getMfaPreference(username: string, tokens: AuthTokens): Promise<MfaSettings>;
  /** The user's devices Cognito tracks (ListDevices, every page), and which one is this browser's. */
  listDevices(username: string, tokens: AuthTokens): Promise<UserDevices>;
  /** UpdateDeviceStatus for this browser's device (or `deviceKey`); rejects when this browser has none. */
  setDeviceRemembered(username: string, tokens: AuthTokens, remembered: boolean, deviceKey?: string): Promise<void>;
  /** ForgetDevice (this browser's device when no key is given) and, for this browser's, its stored key and secret. */
  forgetDevice(username: string, tokens: AuthTokens, deviceKey?: string): Promise<void>;
}

export interface Device {
  deviceKey: string;
  /** The name given at confirmation (the browser's user agent unless the app chose one). */
  name?: string;
  remembered: boolean;
  /** This browser's own device. */
  current: boolean;
  createdAt?: Date;
  lastAuthenticatedAt?: Date;
  lastModifiedAt?: Date;
}

export interface UserDevices {
  devices: Device[];
  /** This browser's device key for the user, if it has one. */
  currentDeviceKey?: string;
}

/** A factor left out is left as it is. */
export interface MfaPreference {
  totp?: 'preferred' | 'enabled' | 'disabled';
  sms?: 'preferred' | 'enabled' | 'disabled';
  email?: 'preferred' | 'enabled' | 'disabled';
}

/** The user's MFA as Cognito holds it (GetUser): the factors turned on, and the one asked for first. */
export interface MfaSettings {
  enabled: MfaFactor[];
  preferred: MfaFactor | null;
}
