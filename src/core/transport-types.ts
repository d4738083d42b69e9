import type { AuthFlow } from './config.js';
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
  /**
   * New tokens from the refresh token (GetTokensFromRefreshToken; REFRESH_TOKEN_AUTH where the endpoint lacks it),
   * with the new refresh token when the app client rotates them. `deviceKey`: this device's, when it is remembered.
   */
  refresh(username: string, refreshToken: string, deviceKey?: string): Promise<AuthTokens>;
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
