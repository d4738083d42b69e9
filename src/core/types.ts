/** The three tokens Cognito issues. Strings only: the kit never keeps SDK objects in its state. */
export interface AuthTokens {
  idToken: string;
  accessToken: string;
  refreshToken: string;
}

/** Claims of the id token that every Cognito user pool issues, typed; the rest stay reachable by name. */
export interface UserClaims {
  sub: string;
  email?: string;
  email_verified?: boolean;
  name?: string;
  'cognito:username'?: string;
  'cognito:groups'?: string[];
  iss: string;
  aud?: string;
  exp: number;
  iat: number;
  auth_time?: number;
  /** Federated users (social, OIDC, SAML through managed login): the providers linked to this user. */
  identities?: FederatedIdentity[];
  [claim: string]: unknown;
}

/** One entry of the id token's `identities` claim, as Cognito writes it. */
export interface FederatedIdentity {
  providerName: string;
  providerType: string;
  userId: string;
  primary?: string;
  issuer?: string | null;
  dateCreated?: string;
}

/** A signed-in user's session, as the store holds and persists it. */
export interface Session {
  tokens: AuthTokens;
  /** Cognito's username (the `sub` UUID when the pool signs in by email). */
  username: string;
  /** Claims of the id token. */
  user: UserClaims;
  /** Groups from `cognito:groups`, empty when the user has none. */
  groups: string[];
  /** When the access token expires, in this device's clock (ms since epoch), corrected for clock drift. */
  expiresAt: number;
  /** Device clock minus Cognito's clock when the tokens were received, in ms. */
  clockDriftMs: number;
}

export type AuthStatus = 'loading' | 'signedOut' | 'challenge' | 'signedIn' | 'refreshing' | 'offline';

/** Why a session ended: the user signed out, the refresh token expired, or Cognito revoked it. */
export type SignOutReason = 'user' | 'expired' | 'revoked';

export interface CodeDelivery {
  destination?: string;
  medium?: 'EMAIL' | 'SMS' | string;
  attribute?: string;
}

/** The second factors Cognito signs in with, in its challenge names: SMS, an authenticator app, email. */
export type MfaFactor = 'SMS_MFA' | 'SOFTWARE_TOKEN_MFA' | 'EMAIL_OTP';

/** The factors a user can set up while signing in, when the pool requires MFA (SMS is not offered there). */
export type MfaSetupFactor = 'SOFTWARE_TOKEN_MFA' | 'EMAIL_OTP';

/**
 * A way to sign in as the first factor under `authFlow: 'USER_AUTH'`, in Cognito's names: a passkey, a code by email
 * or SMS, or the password (sent as it is, or proved with SRP).
 */
export type FirstFactor = 'WEB_AUTHN' | 'EMAIL_OTP' | 'SMS_OTP' | 'PASSWORD' | 'PASSWORD_SRP';

/** What a sign-in or sign-up call resolves to: the session, or what Cognito needs next. */
export type NextStep =
  | { step: 'done'; session: Session }
  | { step: 'signIn'; username: string }
  | { step: 'confirmSignUp'; username: string; delivery?: CodeDelivery }
  | { step: 'newPasswordRequired'; requiredAttributes: string[]; userAttributes: Record<string, string> }
  | { step: 'smsMfa'; delivery?: CodeDelivery }
  | { step: 'totpMfa' }
  /** A code Cognito emailed (email MFA); `answerChallenge({ kind: 'resendCode' })` signs in again for a new one. */
  | { step: 'emailMfa'; delivery?: CodeDelivery }
  | { step: 'selectMfa'; options: MfaFactor[] }
  /** The pool requires MFA and the user has none: choose which to set up (answer `selectMfa`). */
  | { step: 'mfaSetup'; options: MfaSetupFactor[] }
  /** Set up an authenticator app: show `secret` (and a QR code of it), answer with its first code (`mfaCode`). */
  | { step: 'totpSetup'; secret: string }
  /** Set up email MFA: answer with the address (`emailAddress`); a code goes there next (`emailMfa`). */
  | { step: 'emailSetup' }
  | { step: 'customChallenge'; parameters: Record<string, string> }
  /** USER_AUTH: the ways Cognito offers this user; answer `selectChallenge`. */
  | { step: 'selectChallenge'; options: FirstFactor[] }
  /**
   * USER_AUTH: a one-time code went by email (`emailOtp`) or SMS (`smsOtp`); answer `mfaCode`, or `resendCode` for a
   * new one (a fresh challenge). `options`: the other ways Cognito offered, to switch with `selectChallenge`.
   */
  | { step: 'emailOtp' | 'smsOtp'; delivery?: CodeDelivery; options: FirstFactor[] }
  /** USER_AUTH: sign in with a passkey; answer `passkey` (the browser asks the authenticator). */
  | { step: 'passkey'; options: FirstFactor[] }
  /** USER_AUTH: the password was chosen; answer `password`. */
  | { step: 'password'; options: FirstFactor[] }
  | { step: 'resetPassword'; username: string; delivery?: CodeDelivery };

export type ChallengeStep = Exclude<NextStep, { step: 'done' | 'signIn' | 'confirmSignUp' | 'resetPassword' }>;

/** Everything the store knows. One object, replaced on every change, so slices compare by identity. */
export interface AuthState {
  status: AuthStatus;
  session: Session | null;
  /** Set while a sign-in waits for the user to answer a challenge (new password, MFA code…). */
  challenge: ChallengeStep | null;
  /** Why the last session ended; null while signed in or before any session. */
  signOutReason: SignOutReason | null;
  /** The last refresh error that did not end the session (e.g. network down), else null. */
  lastRefreshError: import('./errors.js').AuthError | null;
}
