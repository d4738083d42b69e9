import type { AuthFactors, ChallengeAnswer, CognitoTransport, Passkey, UserDevices, MfaPreference, MfaSettings } from './cognito-transport.js';
import type { ResolvedConfig } from './config.js';
import type { OAuthFlows } from './oauth/oauth-flows-api.js';
import type { Timers } from './timers.js';
import type { AuthState, AuthTokens, CodeDelivery, FirstFactor, NextStep, Session } from './types.js';

// The public shape of the client (createAuthClient in auth-client.ts puts it together).

/**
 * Who signs in: `email` as before, or `username` for whatever the pool signs in with (a username, a phone number
 * in E.164 such as "+447700900123", a preferred username or an email alias; see `loginMechanisms`).
 */
export type Identifier = { email: string; username?: undefined } | { username: string; email?: undefined };

export type SignInInput = Identifier & {
  /** Required unless `authFlow` is `USER_AUTH`, where a passkey or a one-time code may sign in instead. */
  password?: string;
  /** With `USER_AUTH`: the way to ask for first (default: the config's `preferredChallenge`). */
  preferredChallenge?: FirstFactor;
};

export interface SignUpInput {
  /** The Cognito username. Omitted: the email is the username (pools that sign in by email). */
  username?: string;
  /** Sent as the `email` attribute; the username when `username` is omitted. */
  email?: string;
  /** Leave out where the pool allows sign-up without a password (USER_AUTH with passkeys or one-time codes). */
  password?: string;
  /** Extra user attributes, e.g. { name: 'Ada', phone_number: '+447700900123' } or custom ones ('custom:plan'). */
  attributes?: Record<string, string>;
}

export type ConfirmSignUpInput = Identifier & {
  code: string;
  /**
   * Give the password from sign-up and the user is signed in right after confirming. Under `USER_AUTH` the user is
   * signed in without it, with the session Cognito hands back (no password, no second code).
   */
  password?: string;
};

export type ConfirmForgotPasswordInput = Identifier & {
  code: string;
  newPassword: string;
  /** Sign in with the new password right after the reset. Default false. */
  signIn?: boolean;
};

export interface ChangePasswordInput {
  currentPassword: string;
  newPassword: string;
}

export interface VerifyAttributeInput {
  attribute: string;
  code: string;
}

export interface TotpSetupStart {
  /** The shared secret, base32: for manual entry in an authenticator app. */
  secret: string;
  /** `otpauth://totp/...` for a QR code. */
  uri: string;
}

export interface SignOutOptions {
  /** Revoke the user's refresh tokens on every device (Cognito GlobalSignOut). */
  global?: boolean;
  /**
   * With `oauth` configured and a session from managed login: leave through Cognito's `/logout` so the managed
   * login session ends too (default true). `false` keeps the user on the page.
   */
  redirect?: boolean;
}

export interface AuthClientOptions {
  timers?: Timers;
  /** Replace the Cognito transport (tests, or a future SDK). */
  transport?: CognitoTransport;
}

export interface AuthClient {
  readonly config: ResolvedConfig;
  /** Sign-in by redirect (managed login, social and enterprise providers), fetched on demand; undefined without `oauth` in the config. */
  readonly oauth?: () => Promise<OAuthFlows>;
  getState(): AuthState;
  subscribe(listener: () => void): () => void;
  /** Starts the refresh timer. Counted: call `stop()` as many times; StrictMode double effects are harmless. */
  start(): void;
  stop(): void;
  signIn(input: SignInInput): Promise<NextStep>;
  answerChallenge(answer: ChallengeAnswer): Promise<NextStep>;
  signUp(input: SignUpInput): Promise<NextStep>;
  confirmSignUp(input: ConfirmSignUpInput): Promise<NextStep>;
  resendCode(email: string): Promise<NextStep>;
  signOut(options?: SignOutOptions): Promise<void>;
  /** Sends a password reset code; resolves to `resetPassword` with where the code went. */
  forgotPassword(email: string): Promise<NextStep>;
  /** Sets the new password with the emailed code; resolves to `signIn`, or `done` when `signIn: true`. */
  confirmForgotPassword(input: ConfirmForgotPasswordInput): Promise<NextStep>;
  changePassword(input: ChangePasswordInput): Promise<void>;
  getUserAttributes(): Promise<Record<string, string>>;
  /** Updates attributes, then refreshes so the id token's claims match; resolves to pending verifications. */
  updateUserAttributes(attributes: Record<string, string>): Promise<CodeDelivery[]>;
  sendAttributeCode(attribute: string): Promise<CodeDelivery | undefined>;
  verifyAttribute(input: VerifyAttributeInput): Promise<void>;
  /** Starts TOTP setup for the signed-in user. `issuer` names the app in the authenticator. */
  startTotpSetup(options?: { issuer?: string }): Promise<TotpSetupStart>;
  /** Verifies the first code from the authenticator and makes TOTP the preferred MFA. */
  completeTotpSetup(input: { code: string; deviceName?: string }): Promise<void>;
  /** Turns factors on or off and picks the preferred one; a factor left out is left as it is. */
  setMfaPreference(preference: MfaPreference): Promise<void>;
  /** The devices Cognito tracks for the user (pools with device tracking), this browser's marked `current`. */
  listDevices(): Promise<UserDevices>;
  /** Remembers this browser's device (a remembered device skips MFA where the pool allows); `false` stops it. */
  rememberDevice(remembered?: boolean): Promise<void>;
  /**
   * Forgets a device (this browser's when no key is given): Cognito asks for MFA on it again. This browser's key
   * and secret are removed from storage. Cognito cannot rename a device: the name is set when it is confirmed.
   */
  forgetDevice(deviceKey?: string): Promise<void>;
  /**
   * Deletes the signed-in user's account (Cognito's DeleteUser), then ends the session here and in every other
   * tab. It cannot be undone; other devices find out at their next refresh, which Cognito refuses.
   */
  deleteUser(): Promise<void>;
  /** Which factors the signed-in user has on, and the preferred one (Cognito's GetUser). */
  getMfaPreference(): Promise<MfaSettings>;
  /** Creates a passkey on this device for the signed-in user (the browser asks the authenticator) and registers it. */
  registerPasskey(): Promise<void>;
  /** The user's passkeys Cognito holds. */
  listPasskeys(): Promise<Passkey[]>;
  deletePasskey(credentialId: string): Promise<void>;
  /** What the user can sign in with (GetUserAuthFactors): first factors and MFA, for settings screens. */
  getAuthFactors(): Promise<AuthFactors>;
  /**
   * USER_AUTH: offers the passkey of the user remembered on this device (`rememberPasskeyUser`) in the email
   * field's autofill (`autocomplete="username webauthn"`, `mediation: 'conditional'`) and signs in when it is
   * picked. Resolves to the session, or to null when there is nothing to offer or `signal` aborted it; abort it
   * before any other sign-in. LoginForm does all of this (`usePasskeyAutofill`).
   */
  signInWithPasskeyAutofill(signal: AbortSignal): Promise<Session | null>;
  /**
   * Seeds the client with tokens obtained elsewhere (a server that proxies Cognito, a native shell…) and
   * resolves to the session: no sign-in round trip. Expired access tokens are refreshed with the refresh token.
   */
  fromTokens(tokens: AuthTokens): Promise<Session>;
  /** Refreshes now. Concurrent calls share one request. */
  refresh(): Promise<Session>;
  /** A usable access token: refreshed first when it is due. Rejects with `notSignedIn` when there is none. */
  getAccessToken(): Promise<string>;
  getIdToken(): Promise<string>;
}
