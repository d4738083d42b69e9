// react-cognito-kit/core: the client without React, for servers (Node) and headless use. Nothing imported from
// here may reach React or react-query (test/core/layering.test.ts walks the graph); src/index.ts re-exports it all.
export { createAuthClient } from './auth-client.js';
export { createAuthFetch } from './auth-fetch.js';
export type { AuthFetch, AuthFetchOptions } from './auth-fetch.js';
export type * from './auth-client-api.js';
export type { ChallengeAnswer, CognitoTransport, Device, UserDevices, MfaPreference, MfaSettings, SignInOutcome, SignUpOutcome } from './cognito-transport.js';
export type { AuthConfig, AuthFlow, RememberDevice, ResolvedConfig } from './config.js';
export { AuthError, isAuthError, defaultErrorMessages } from './errors.js';
export type { AuthErrorCode, AuthErrorField, AuthErrorOptions } from './errors.js';
export { createMemoryStorage, localStorageAdapter, sessionStorageAdapter } from './storage.js';
export type { StorageAdapter, StorageOption } from './storage.js';
export type { Timers } from './timers.js';
export { decodeJwtPayload } from './tokens.js';
export { checkPassword, cognitoPasswordSymbols, defaultPasswordPolicy, resolvePasswordPolicy } from './password-policy.js';
export type { PasswordPolicy, PasswordRule, PasswordRuleResult } from './password-policy.js';
export type * from './types.js';
