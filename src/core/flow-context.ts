import type { NextStep, Session, AuthTokens, SignOutReason } from './types.js';
import type { CognitoTransport } from './cognito-transport.js';
import type { ResolvedConfig } from './config.js';
import type { AuthOperation } from './errors.js';
import type { AuthStore } from './auth-store.js';
import type { SignInInput } from './auth-client-api.js';

/**
 * What a flow (sign-up confirmation, passwords, attributes, MFA…) may use of the session engine: a flow never
 * touches the store, storage or other tabs itself.
 */
export interface FlowContext {
  readonly config: ResolvedConfig;
  readonly transport: CognitoTransport;
  /** Maps whatever a request failed with to an AuthError for `operation`, and rejects with it. */
  fail(operation: AuthOperation): (err: unknown) => Promise<never>;
  /** Runs an operation that needs the signed-in user's tokens, refreshed first if due. */
  withUser<T>(operation: AuthOperation, run: (username: string, tokens: AuthTokens) => Promise<T>): Promise<T>;
  /** The session, refreshed first if due; rejects with `notSignedIn` when there is none. */
  usableSession(): Promise<Session>;
  refresh(): Promise<Session>;
  /** `session`: ConfirmSignUp's, to sign a new user in under USER_AUTH with nothing typed again. */
  signIn(input: SignInInput, session?: string): Promise<NextStep>;
  /** To watch, never to change: the session engine alone dispatches. */
  readonly store: Pick<AuthStore, 'getState' | 'subscribe'>;
  /** Makes tokens obtained by a sign-in the session (stored, shared with the other tabs, refreshed). */
  establish(tokens: AuthTokens): Promise<Session>;
  /** Ends the session here and in the other tabs, with no request to Cognito. */
  endSession(reason: SignOutReason | null): void;
}
