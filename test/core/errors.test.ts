import { describe, expect, it } from 'vitest';
import { toAuthError } from '../../src/core/cognito-errors';
import { AuthError, defaultErrorMessages, type AuthErrorCode, type AuthOperation, type CoreErrorCode } from '../../src/core/errors';

const sdkError = (code: string, message: string) => Object.assign(new Error(message), { code, name: code });

describe('toAuthError', () => {
  const cases: Array<[AuthOperation, string, string, CoreErrorCode]> = [
    ['signIn', 'NotAuthorizedException', 'Incorrect username or password.', 'invalidCredentials'],
    // The emulator's variants (shared/cognito-local.md): same user-facing meaning.
    ['signIn', 'InvalidPasswordException', 'Invalid password', 'invalidCredentials'],
    ['signIn', 'NotAuthorizedException', 'User not authorized', 'invalidCredentials'],
    ['signIn', 'UserNotFoundException', 'User does not exist.', 'invalidCredentials'],
    ['signIn', 'UserNotConfirmedException', 'User is not confirmed.', 'userNotConfirmed'],
    ['signIn', 'NotAuthorizedException', 'Password attempts exceeded', 'limitExceeded'],
    ['signIn', 'PasswordResetRequiredException', 'Password reset required for the user', 'passwordResetRequired'],
    ['signUp', 'UsernameExistsException', 'An account with the given email already exists.', 'usernameExists'],
    ['signUp', 'InvalidPasswordException', 'Password does not meet requirements', 'invalidPassword'],
    ['signUp', 'InvalidParameterException', 'Invalid email address format.', 'invalidEmail'],
    ['confirmSignUp', 'CodeMismatchException', 'Invalid verification code provided, please try again.', 'codeMismatch'],
    ['confirmSignUp', 'ExpiredCodeException', 'Invalid code provided, please request a code again.', 'expiredCode'],
    ['confirmSignUp', 'NotAuthorizedException', 'User cannot be confirmed. Current status is CONFIRMED', 'alreadyConfirmed'],
    ['resendCode', 'InvalidParameterException', 'User is already confirmed.', 'alreadyConfirmed'],
    // An authFlow the app client does not allow, in each of Cognito's wordings: the set-up, not the password.
    ['signIn', 'InvalidParameterException', 'USER_PASSWORD_AUTH flow not enabled for this client', 'invalidConfig'],
    ['signIn', 'InvalidParameterException', 'USER_SRP_AUTH is not enabled for the client.', 'invalidConfig'],
    ['signIn', 'InvalidParameterException', 'USER_AUTH flow not enabled for this client', 'invalidConfig'],
    ['signIn', 'InvalidParameterException', 'Custom auth lambda trigger is not configured for the user pool.', 'invalidConfig'],
    ['resendCode', 'LimitExceededException', 'Attempt limit exceeded, please try after some time.', 'limitExceeded'],
    ['resendCode', 'UserNotFoundException', 'Username/client id combination not found.', 'userNotFound'],
    ['refresh', 'NotAuthorizedException', 'Refresh Token has been revoked', 'sessionRevoked'],
    ['refresh', 'NotAuthorizedException', 'Refresh Token has expired', 'sessionExpired'],
    ['signIn', 'TooManyRequestsException', 'Rate exceeded', 'tooManyRequests'],
    ['signIn', 'NetworkError', 'Network error', 'network'],
    ['signIn', 'Unsupported', 'CognitoLocal#Unsupported', 'unsupported'],
    ['signIn', 'InternalErrorException', 'boom', 'serviceUnavailable'],
    // AWS's common errors: passing trouble, so a refresh retries instead of signing the user out.
    ['refresh', 'InternalFailure', 'The request processing has failed because of an unknown error.', 'serviceUnavailable'],
    ['refresh', 'ServiceUnavailable', 'The request has failed due to a temporary failure of the server.', 'serviceUnavailable'],
    ['refresh', 'ServiceUnavailableException', 'Service unavailable', 'serviceUnavailable'],
    ['refresh', 'ThrottlingException', 'Rate exceeded', 'tooManyRequests'],
    ['refresh', 'RequestTimeoutException', 'Request timed out', 'serviceUnavailable'],
    // A permanent refusal: for a refresh, a revoked session (the refresh then ends it).
    ['refresh', 'InvalidParameterException', 'Missing required parameter REFRESH_TOKEN', 'sessionRevoked'],
    ['refresh', 'RefreshTokenReuseException', 'Refresh token has been invalidated by refresh token rotation', 'sessionRevoked'],
  ];

  it.each(cases)('%s: %s "%s" → %s', (operation, code, message, expected) => {
    const error = toAuthError(sdkError(code, message), operation);
    expect(error).toBeInstanceOf(AuthError);
    expect(error.code).toBe(expected);
    expect(error.cognitoCode).toBe(code);
    expect(error.message).toBe(defaultErrorMessages[expected]);
    expect((error as Error & { cause?: unknown }).cause).toBeInstanceOf(Error);
  });

  it('passes on the password rule Cognito names', () => {
    const error = toAuthError(sdkError('InvalidPasswordException', 'Password did not conform with policy: Password must have uppercase characters'), 'signUp');
    expect(error.code).toBe('invalidPassword');
    expect(error.field).toBe('password');
    expect(error.message).toBe('This password is not allowed: Password must have uppercase characters.');
  });

  it('reveals unknown accounts only when the app opts in', () => {
    const unknown = sdkError('UserNotFoundException', 'User does not exist.');
    expect(toAuthError(unknown, 'signIn').code).toBe('invalidCredentials');
    expect(toAuthError(unknown, 'signIn', { revealUserExistence: true }).code).toBe('userNotFound');
    const emulatorUnknown = sdkError('NotAuthorizedException', 'User not authorized');
    expect(toAuthError(emulatorUnknown, 'signIn', { revealUserExistence: true }).code).toBe('userNotFound');
  });

  it('treats a fetch TypeError as a retryable network error', () => {
    const error = toAuthError(new TypeError('fetch failed'), 'refresh');
    expect(error.code).toBe('network');
    expect(error.retryable).toBe(true);
  });

  it('points field errors at the field', () => {
    expect(toAuthError(sdkError('UsernameExistsException', 'x'), 'signUp').field).toBe('email');
    expect(toAuthError(sdkError('CodeMismatchException', 'x'), 'confirmSignUp').field).toBe('code');
    expect(toAuthError(sdkError('NotAuthorizedException', 'x'), 'signIn').field).toBeUndefined();
  });

  it('has a message for every code', () => {
    for (const [code, message] of Object.entries(defaultErrorMessages)) {
      expect(message, code).toMatch(/\w.*\.$/);
    }
  });
});
