import type { AuthFlow, RememberDevice } from './config.js';
import type { StorageAdapter } from './storage.js';
import type { AuthTokens, ChallengeStep, CodeDelivery, FirstFactor, MfaFactor } from './types.js';

export interface TransportConfig {
  userPoolId: string;
  /** USER_AUTH: the way to ask for first when a sign-in names none. */
  preferredChallenge?: FirstFactor;
  clientId: string;
  endpoint: string;
  /** Where remembered devices are kept (the kit's storage); without it the transport remembers none. */
  storage?: StorageAdapter;
  storageKey?: string;
  rememberDevice?: RememberDevice;
  /** Whether a passkey sign-in remembers its user for the autofill (core/passkey/remembered-passkey-user.ts). */
  rememberPasskeyUser?: boolean;
  keepSteps?: boolean;
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
  | { kind: 'resendCode' }
  /**
   * USER_AUTH: the way to sign in, at `selectChallenge` or to switch from any first-factor step (a fresh
   * challenge for the same user). `password` with PASSWORD / PASSWORD_SRP; without it a `password` step comes.
   */
  | { kind: 'selectChallenge'; challenge: FirstFactor; password?: string }
  /** At `password`. */
  | { kind: 'password'; password: string }
  /**
   * At `passkey`: asks the browser for the passkey (`navigator.credentials.get`) and sends Cognito the assertion.
   * `conditional`: offer it in the email field's autofill (`mediation: 'conditional'`) until this signal aborts.
   */
  | { kind: 'passkey'; conditional?: AbortSignal };

export type SignInOutcome =
  | { kind: 'tokens'; tokens: AuthTokens; newDevice?: { deviceKey: string; deviceGroupKey: string } }
  | { kind: 'challenge'; step: ChallengeStep; answer(answer: ChallengeAnswer): Promise<SignInOutcome> };

export interface SignUpOutcome {
  userSub: string;
  userConfirmed: boolean;
  delivery: CodeDelivery | undefined;
}

/** USER_AUTH's extra: the way to ask for first (default: the config's `preferredChallenge`). */
export interface UserAuthOptions {
  preferredChallenge?: FirstFactor;
}

export interface CognitoTransport {
  /**
   * `password` may be empty under USER_AUTH (a passkey or a code); `options` and `session` (ConfirmSignUp's: signs
   * the new user in with nothing typed again) only matter there.
   */
  signIn(username: string, password: string | undefined, flow: AuthFlow, options?: UserAuthOptions, session?: string): Promise<SignInOutcome>;
  /** `attributes` as sent, `email` included when there is one; without a password where the pool allows it. */
  signUp(username: string, password: string | undefined, attributes: Record<string, string>): Promise<SignUpOutcome>;
  /** Resolves to ConfirmSignUp's `Session`, when Cognito gives one (USER_AUTH: sign in with it). */
  confirmSignUp(username: string, code: string): Promise<string | undefined>;
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
  /** Passkeys and sign-in factors: a chunk of their own, fetched with the first call. */
  passwordless(): Promise<PasswordlessTransport>;
}

/** The signed-in user's passkeys and sign-in factors (Cognito's WebAuthn operations, GetUserAuthFactors). */
export interface PasswordlessTransport {
  /** StartWebAuthnRegistration, the browser's `navigator.credentials.create()`, CompleteWebAuthnRegistration. */
  registerPasskey(tokens: AuthTokens): Promise<void>;
  /** ListWebAuthnCredentials, every page. */
  listPasskeys(tokens: AuthTokens): Promise<Passkey[]>;
  deletePasskey(tokens: AuthTokens, credentialId: string): Promise<void>;
  getAuthFactors(tokens: AuthTokens): Promise<AuthFactors>;
}

/** A passkey registered for the user (ListWebAuthnCredentials). */
export interface Passkey {
  credentialId: string;
  /** The name Cognito gives it (from the authenticator, e.g. "iCloud Keychain"), if any. */
  name?: string;
  relyingPartyId: string;
  /** `platform` (this device's own) or `cross-platform` (a security key, a phone). */
  attachment?: string;
  transports: string[];
  createdAt?: Date;
}

/** What the user can sign in with (GetUserAuthFactors): first factors and MFA. */
export interface AuthFactors {
  /** Configured first factors: `PASSWORD`, `EMAIL_OTP`, `SMS_OTP`, `WEB_AUTHN`. */
  signIn: Array<Exclude<FirstFactor, 'PASSWORD_SRP'>>;
  mfa: MfaFactor[];
  preferredMfa: MfaFactor | null;
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
