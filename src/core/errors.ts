/** Every failure the kit reports, named for what the user or app should do about it. */
export type AuthErrorCode =
  | 'invalidCredentials'
  | 'userNotFound'
  | 'userNotConfirmed'
  | 'usernameExists'
  | 'invalidPassword'
  | 'wrongCurrentPassword'
  | 'samePassword'
  | 'passwordMismatch'
  | 'invalidEmail'
  | 'missingField'
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
  | 'unknown';

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
  | 'other';

export const defaultErrorMessages: Record<AuthErrorCode, string> = {
  invalidCredentials: 'Incorrect email or password.',
  userNotFound: 'No account uses this email address.',
  userNotConfirmed: 'This account is not confirmed yet. Enter the code we sent to your email.',
  usernameExists: 'An account with this email already exists. Sign in instead.',
  invalidPassword: 'This password is not allowed. Use at least 8 characters with upper and lower case letters, a number and a symbol.',
  wrongCurrentPassword: 'Your current password is not right.',
  samePassword: 'Choose a new password that differs from the current one.',
  passwordMismatch: 'The passwords do not match.',
  invalidEmail: 'Enter a valid email address, like name@example.com.',
  missingField: 'This field is required.',
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

const retryableCodes: ReadonlySet<AuthErrorCode> = new Set(['network', 'serviceUnavailable', 'tooManyRequests']);

/** Which form field an error belongs to, so forms can put it next to the right input. */
export type AuthErrorField = 'email' | 'password' | 'confirmPassword' | 'currentPassword' | 'code';

const fieldOf: Partial<Record<AuthErrorCode, AuthErrorField>> = {
  usernameExists: 'email',
  invalidEmail: 'email',
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
  readonly code: AuthErrorCode;
  readonly retryable: boolean;
  readonly cognitoCode: string | undefined;
  readonly field: AuthErrorField | undefined;

  constructor(code: AuthErrorCode, message: string = defaultErrorMessages[code], options: AuthErrorOptions = {}) {
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

interface SdkError {
  code?: unknown;
  name?: unknown;
  message?: unknown;
  statusCode?: unknown;
}

function cognitoCodeOf(err: unknown): string | undefined {
  if (!err || typeof err !== 'object') return undefined;
  const e = err as SdkError;
  if (typeof e.code === 'string' && e.code) return e.code;
  if (typeof e.name === 'string' && e.name.endsWith('Exception')) return e.name;
  return undefined;
}

function messageOf(err: unknown): string {
  if (err && typeof err === 'object' && typeof (err as SdkError).message === 'string') return (err as SdkError).message as string;
  return '';
}

export interface MapErrorOptions {
  /** Tell users "no such account" instead of the generic "incorrect email or password". Off by default. */
  revealUserExistence?: boolean;
}

/** Turns whatever the SDK or the network threw into an AuthError, keeping the original as `cause`. */
export function toAuthError(err: unknown, operation: AuthOperation, options: MapErrorOptions = {}): AuthError {
  if (err instanceof AuthError) return err;
  const cognitoCode = cognitoCodeOf(err);
  const message = messageOf(err);
  const make = (code: AuthErrorCode) => new AuthError(code, defaultErrorMessages[code], { cognitoCode, cause: err });

  if (operation === 'changePassword') {
    // Real Cognito: NotAuthorizedException; the emulator: InvalidPasswordException "Invalid password".
    if (cognitoCode === 'NotAuthorizedException' && !/token/i.test(message)) return make('wrongCurrentPassword');
    if (cognitoCode === 'InvalidPasswordException' && !/conform|policy/i.test(message)) return make('wrongCurrentPassword');
  }
  if (operation === 'totp' && (cognitoCode === 'EnableSoftwareTokenMFAException' || /code mismatch/i.test(message))) {
    return make('codeMismatch');
  }

  switch (cognitoCode) {
    case 'NotAuthorizedException':
      if (operation === 'refresh' || operation === 'signOut' || /token has been revoked|token has expired/i.test(message)) {
        return make(/expired/i.test(message) ? 'sessionExpired' : 'sessionRevoked');
      }
      if (/attempts exceeded/i.test(message)) return make('limitExceeded');
      if (/already confirmed|current status is CONFIRMED/i.test(message)) return make('alreadyConfirmed');
      if (/session is expired|Invalid session/i.test(message)) return make('expiredCode');
      // Cognito says "Incorrect username or password."; the emulator says "User not authorized" for unknown users.
      if (options.revealUserExistence && /not authorized/i.test(message) && operation === 'signIn') {
        return make('userNotFound');
      }
      return make('invalidCredentials');
    case 'UserNotFoundException':
      if (operation === 'signIn') return make(options.revealUserExistence ? 'userNotFound' : 'invalidCredentials');
      return make('userNotFound');
    case 'InvalidPasswordException': {
      // The emulator answers a wrong password at sign-in with this; in Cognito it only means "breaks the policy".
      if (operation === 'signIn') return make('invalidCredentials');
      // Cognito names the rule that failed ("…policy: Password must have uppercase characters"): pass it on.
      const rule = /policy:\s*(.+)$/i.exec(message)?.[1];
      if (!rule) return make('invalidPassword');
      return new AuthError('invalidPassword', `This password is not allowed: ${rule.replace(/\.?$/, '.')}`, { cognitoCode, cause: err });
    }
    case 'UserNotConfirmedException':
      return make('userNotConfirmed');
    case 'UsernameExistsException':
    case 'AliasExistsException':
      return make('usernameExists');
    case 'CodeMismatchException':
      return make('codeMismatch');
    case 'ExpiredCodeException':
      return make('expiredCode');
    case 'PasswordResetRequiredException':
      return make('passwordResetRequired');
    case 'LimitExceededException':
    case 'CodeDeliveryFailureException':
      return make('limitExceeded');
    case 'TooManyRequestsException':
    case 'TooManyFailedAttemptsException':
      return make('tooManyRequests');
    case 'InvalidParameterException':
      if (/already confirmed/i.test(message)) return make('alreadyConfirmed');
      if (/email/i.test(message)) return make('invalidEmail');
      if (/password/i.test(message)) return make('invalidPassword');
      return make('unknown');
    case 'ResourceNotFoundException':
    case 'InvalidUserPoolConfigurationException':
      return make('invalidConfig');
    case 'Unsupported':
    case 'UnsupportedError':
      return make('unsupported');
    case 'InternalErrorException':
    case 'ServiceUnavailable':
      return make('serviceUnavailable');
    case 'NetworkError':
      return make('network');
    default:
      break;
  }
  if (cognitoCode && /Unsupported/i.test(cognitoCode)) return make('unsupported');
  // fetch rejects with a TypeError when the network is down; the SDK turns that into "Network error".
  if (err instanceof TypeError || /network error|failed to fetch|fetch failed/i.test(message)) return make('network');
  return make('unknown');
}
