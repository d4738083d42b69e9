// react-cognito-kit/testing: the real client and store over a scripted Cognito, for app tests and Storybook.
// Never imported by the main entry.
export { createMockAuthClient } from './mock-auth-client.js';
export type { MockAuthClient, MockAuthClientOptions } from './mock-auth-client.js';
export type { MockOAuthCall, MockOAuthOptions } from './mock-oauth.js';
export { MockAuthProvider } from './MockAuthProvider.js';
export type { MockAuthProviderProps } from './MockAuthProvider.js';
export { createTestSession, createTestTokens, unsignedJwt } from './test-session.js';
export type { TestSessionOptions } from './test-session.js';
export { createScriptedTransport, maskEmail, mockDevices, mockPasskey, mockTotpSecret } from './scripted-transport.js';
export type { MockCall, ScriptedTransport, ScriptedTransportOptions } from './scripted-transport.js';
export { cognitoError } from './mock-errors.js';
export { failWith, hang, resolveWith } from './scripts.js';
export type { MockArgs, MockCalls, MockFailure, MockMethod, MockResult, MockScripts, MockSignInResult, Script, ScriptStep } from './scripts.js';
