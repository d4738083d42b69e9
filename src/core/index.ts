// react-cognito-kit/core: the client without React, for servers (Node) and headless use. Nothing imported from
// here may reach React or react-query (test/core/layering.test.ts walks the graph); src/index.ts re-exports it all.
export { createAuthClient } from './auth-client.js';
export { createAuthFetch } from './auth-fetch.js';
export type { AuthFetch, AuthFetchOptions } from './auth-fetch.js';
export type * from './auth-client-api.js';
export type { AuthFactors, ChallengeAnswer, CognitoTransport, Device, Passkey, PasswordlessTransport, UserAuthOptions, UserDevices, MfaPreference, MfaSettings, SignInOutcome, SignUpOutcome } from './cognito-transport.js';
export { passkeysSupported } from './passkey/support.js';
export type { AuthConfig, AuthFlow, LoginMechanism, RememberDevice, ResolvedConfig } from './config.js';
export type { OAuthConfig } from './oauth-config.js';
export type { OAuthFlows, RedirectResult, RedirectStatus, SignInWithRedirectInput, SocialProvider } from './oauth/oauth-flows-api.js';
export { AuthError, isAuthError, defaultErrorMessages } from './errors.js';
export type { AttributeName, AuthErrorCode, AuthErrorField, AuthErrorOptions, CoreErrorCode, ErrorMessages, OAuthErrorCode, PasskeyErrorCode } from './errors.js';
export { createMemoryStorage, localStorageAdapter, sessionStorageAdapter } from './storage.js';
export type { StorageAdapter, StorageOption } from './storage.js';
export type { Timers } from './timers.js';
export { decodeJwtPayload } from './tokens.js';
export { checkPassword, cognitoPasswordSymbols, defaultPasswordPolicy, resolvePasswordPolicy } from './password-policy.js';
export type { PasswordPolicy, PasswordRule, PasswordRuleResult } from './password-policy.js';
export type * from './types.js';
export { srpEngine } from './srp/srp-engine-status.js';
export type { SrpEngineInfo } from './srp/srp-engine.js';
