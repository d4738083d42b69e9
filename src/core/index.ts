export { createAuthClient } from './auth-client.js';
export { createAuthFetch } from './auth-fetch.js';
export type { AuthFetch, AuthFetchOptions } from './auth-fetch.js';
export type {
  AuthClient,
  AuthClientOptions,
  SignInInput,
  SignUpInput,
  ConfirmSignUpInput,
  ConfirmForgotPasswordInput,
  ChangePasswordInput,
  VerifyAttributeInput,
  TotpSetupStart,
  SignOutOptions,
} from './auth-client.js';
export type { ChallengeAnswer, CognitoTransport, MfaPreference, SignInOutcome, SignUpOutcome } from './cognito-transport.js';
export type { AuthConfig, AuthFlow } from './config.js';
export { AuthError, isAuthError, defaultErrorMessages } from './errors.js';
export type { AuthErrorCode, AuthErrorField } from './errors.js';
export { createMemoryStorage, localStorageAdapter, sessionStorageAdapter } from './storage.js';
export type { StorageAdapter, StorageOption } from './storage.js';
export type { Timers } from './timers.js';
export { decodeJwtPayload } from './tokens.js';
export type * from './types.js';
