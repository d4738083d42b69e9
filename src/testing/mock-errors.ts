import { toAuthError } from '../core/cognito-errors.js';
import { AuthError, type AuthErrorCode, type AuthOperation } from '../core/errors.js';
import type { MockFailure, MockMethod } from './scripts.js';

/** What Cognito (through amazon-cognito-identity-js) answers for each kit error code. */
const cognitoErrors: Partial<Record<AuthErrorCode, [name: string, message: string]>> = {
  invalidCredentials: ['NotAuthorizedException', 'Incorrect username or password.'],
  userNotFound: ['UserNotFoundException', 'User does not exist.'],
  userNotConfirmed: ['UserNotConfirmedException', 'User is not confirmed.'],
  usernameExists: ['UsernameExistsException', 'An account with the given email already exists.'],
  invalidPassword: ['InvalidPasswordException', 'Password did not conform with policy: Password must have symbol characters'],
  invalidEmail: ['InvalidParameterException', 'Invalid email address format.'],
  codeMismatch: ['CodeMismatchException', 'Invalid verification code provided, please try again.'],
  expiredCode: ['ExpiredCodeException', 'Invalid code provided, please request a code again.'],
  alreadyConfirmed: ['NotAuthorizedException', 'User cannot be confirmed. Current status is CONFIRMED'],
  passwordResetRequired: ['PasswordResetRequiredException', 'Password reset required for the user'],
  limitExceeded: ['LimitExceededException', 'Attempt limit exceeded, please try after some time.'],
  tooManyRequests: ['TooManyRequestsException', 'Rate exceeded'],
  sessionExpired: ['NotAuthorizedException', 'Refresh Token has expired'],
  sessionRevoked: ['NotAuthorizedException', 'Refresh Token has been revoked'],
  network: ['NetworkError', 'Network error'],
  serviceUnavailable: ['InternalErrorException', 'An internal error occurred.'],
  invalidConfig: ['ResourceNotFoundException', 'User pool client does not exist.'],
};

/** Which operation the client reports for a transport method (the mapping of some exceptions depends on it). */
const operationOf: Partial<Record<MockMethod, string>> = {
  signIn: 'signIn',
  signUp: 'signUp',
  confirmSignUp: 'confirmSignUp',
  resendCode: 'resendCode',
  refresh: 'refresh',
  signOut: 'signOut',
  globalSignOut: 'signOut',
  deleteUser: 'deleteUser',
  answerChallenge: 'answerChallenge',
  forgotPassword: 'forgotPassword',
  confirmForgotPassword: 'confirmForgotPassword',
  changePassword: 'changePassword',
  getUserAttributes: 'userAttributes',
  updateUserAttributes: 'userAttributes',
  sendAttributeCode: 'userAttributes',
  verifyAttribute: 'userAttributes',
  associateTotp: 'totp',
  verifyTotp: 'totp',
  setMfaPreference: 'totp',
};

/** The error object the SDK rejects with: an Error whose `code` and `name` are the exception name. */
export function cognitoError(name: string, message: string): Error & { code: string } {
  return Object.assign(new Error(message), { name, code: name });
}

function isKitCode(value: string): value is AuthErrorCode {
  return !/Exception$|^NetworkError$/.test(value) && /^[a-z]/.test(value);
}

/**
 * Builds what a scripted failure throws. A kit code becomes the error the SDK would give when the kit's own
 * mapping turns it into that code for this call (so `cognitoCode` and `cause` look real); otherwise, or for
 * codes Cognito never sends (`samePassword`…), the `AuthError` itself.
 */
export function buildFailure(failure: MockFailure, method: MockMethod, message?: string): unknown {
  if (typeof failure !== 'string') return failure;
  if (!isKitCode(failure)) return cognitoError(failure, message ?? failure);
  const code = failure;
  const template = cognitoErrors[code];
  if (template) {
    const sdkError = cognitoError(template[0], message ?? template[1]);
    const operation = (operationOf[method] ?? 'other') as AuthOperation;
    if (toAuthError(sdkError, operation).code === code) return sdkError;
  }
  return new AuthError(code, undefined, template ? { cognitoCode: template[0] } : {});
}
