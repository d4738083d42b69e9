/**
 * Passkey failures. Their messages come with the passkey code (core/passkey/passkey-errors.ts), fetched on
 * demand, so they are not in `defaultErrorMessages`; override them through `messages.errors` like any other.
 */
export type PasskeyErrorCode = 'passkeyCancelled' | 'passkeyExists' | 'passkeyRelyingParty' | 'passkeyUnsupported';

/** Every failure the kit reports, named for what the user or app should do about it. */
export type AuthErrorCode =
  | PasskeyErrorCode
  | 'invalidCredentials'
  | 'userNotFound'
  | 'userNotConfirmed'
  | 'usernameExists'
  | 'invalidPassword'
  | 'wrongCurrentPassword'
  | 'samePassword'
  | 'passwordMismatch'
  | 'invalidEmail'
  | 'invalidCharacters'
  | 'missingField'
  | 'invalidAttribute'
  | 'codeMismatch'
  | 'expiredCode'
  | 'alreadyConfirmed'
  | 'passwordResetRequired'
  | 'limitExceeded'
  | 'tooManyRequests'
  | 'sessionExpired'
  | 'sessionRevoked'
  | 'notSignedIn'
  | 'network'
  | 'serviceUnavailable'
  | 'invalidConfig'
  | 'unsupported'
  | 'unknown'
  | OAuthErrorCode;

/**
 * Sign-in by redirect (managed login): the user declined at the provider, the `state` was not one this tab
 * issued (possible CSRF: nothing was exchanged), the code was refused (expired, used, wrong PKCE verifier), the
 * provider reported an error, or the id token failed its checks. Their texts ship with the OAuth chunk.
 */
export type OAuthErrorCode = 'oauthDeclined' | 'oauthStateMismatch' | 'oauthCodeRejected' | 'oauthProviderError' | 'oauthTokenRejected';

/** The codes whose default messages ship with the first load (`defaultErrorMessages`). */
export type CoreErrorCode = Exclude<AuthErrorCode, PasskeyErrorCode | OAuthErrorCode>;

/** What the kit was doing when a Cognito error came back: some exceptions mean different things per flow. */
export type AuthOperation =
  | 'signIn'
  | 'signUp'
  | 'confirmSignUp'
  | 'resendCode'
  | 'refresh'
  | 'signOut'
  | 'answerChallenge'
  | 'forgotPassword'
  | 'confirmForgotPassword'
  | 'changePassword'
  | 'userAttributes'
  | 'totp'
  | 'devices'
  | 'deleteUser'
  | 'passkeys'
  | 'other';

export const defaultErrorMessages: Record<CoreErrorCode, string> = {
  invalidCredentials: 'Incorrect email or password.',
  userNotFound: 'No account uses this email address.',
  userNotConfirmed: 'This account is not confirmed yet. Enter the code we sent to your email.',
  usernameExists: 'An account with this email already exists. Sign in instead.',
  invalidPassword: 'This password is not allowed. Use at least 8 characters with upper and lower case letters, a number and a symbol.',
  wrongCurrentPassword: 'Your current password is not right.',
  samePassword: 'Choose a new password that differs from the current one.',
  passwordMismatch: 'The passwords do not match.',
  invalidEmail: 'Enter a valid email address, like name@example.com.',
  invalidCharacters: 'This contains invisible or control characters (often pasted by accident). Type it again by hand.',
  missingField: 'This field is required.',
  invalidAttribute: 'This value is not accepted.',
  codeMismatch: 'That code is not right. Check the latest email and try again.',
  expiredCode: 'That code has expired. Ask for a new one.',
  alreadyConfirmed: 'This account is already confirmed. You can sign in.',
  passwordResetRequired: 'You need to reset your password before you can sign in.',
  limitExceeded: 'Too many attempts. Wait a few minutes and try again.',
  tooManyRequests: 'Too many requests. Wait a moment and try again.',
  sessionExpired: 'Your session has expired. Sign in again.',
  sessionRevoked: 'You were signed out. Sign in again.',
  notSignedIn: 'You are not signed in.',
  network: 'Cannot reach the sign-in service. Check your connection and try again.',
  serviceUnavailable: 'The sign-in service is not available right now. Try again in a moment.',
  invalidConfig: 'The sign-in service is not set up correctly.',
  unsupported: 'This sign-in method is not supported here.',
  unknown: 'Something went wrong. Try again.',
};

/** A message per error code; the passkey and OAuth ones are optional (they come with their chunks and messages). */
export type ErrorMessages = Record<CoreErrorCode, string> & Partial<Record<PasskeyErrorCode | OAuthErrorCode, string>>;

const retryableCodes: ReadonlySet<AuthErrorCode> = new Set(['network', 'serviceUnavailable', 'tooManyRequests']);

/** Which form field an error belongs to, so forms can put it next to the right input. */
export type AuthErrorField = 'email' | 'password' | 'confirmPassword' | 'currentPassword' | 'code' | AttributeName;

/** A user attribute Cognito refused, by its name ('phone_number', 'custom:plan'): sign-up forms put the error on its field. */
export type AttributeName = string & { readonly attribute?: never };

const fieldOf: Partial<Record<AuthErrorCode, AuthErrorField>> = {
  usernameExists: 'email',
  invalidEmail: 'email',
  invalidCharacters: 'email',
  userNotFound: 'email',
  invalidPassword: 'password',
  wrongCurrentPassword: 'currentPassword',
  samePassword: 'password',
  passwordMismatch: 'confirmPassword',
  codeMismatch: 'code',
  expiredCode: 'code',
};

export interface AuthErrorOptions {
  /** The Cognito exception name (`NotAuthorizedException`…), when there was one. */
  cognitoCode?: string;
  cause?: unknown;
  field?: AuthErrorField;
}

export class AuthError extends Error {
  override readonly name = 'AuthError';
  // Set in the constructor, in this order; `declare` keeps the class from defining them twice.
  declare readonly code: AuthErrorCode;
  declare readonly retryable: boolean;
  declare readonly cognitoCode: string | undefined;
  declare readonly field: AuthErrorField | undefined;

  constructor(code: AuthErrorCode, message: string = defaultErrorMessages[code as CoreErrorCode], options: AuthErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.retryable = retryableCodes.has(code);
    this.cognitoCode = options.cognitoCode;
    this.field = options.field ?? fieldOf[code];
  }
}

export function isAuthError(value: unknown): value is AuthError {
  return value instanceof AuthError;
}
