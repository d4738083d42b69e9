import type { ChallengeAnswer, CognitoTransport, PasswordlessTransport, SignInOutcome } from '../core/cognito-transport.js';
import type { AuthError, AuthErrorCode } from '../core/errors.js';
import type { AuthTokens, ChallengeStep, Session } from '../core/types.js';

/**
 * What a scripted sign-in (or challenge answer) resolves with: a challenge step to show next
 * (`{ step: 'totpMfa' }`), tokens or a session (from `createTestSession`), or `undefined` for a session of
 * the email that signed in.
 */
export type MockSignInResult = ChallengeStep | AuthTokens | Session | SignInOutcome | undefined;

/** The transport's methods, passkeys' and sign-in factors' (`passwordless()`) included, by name. */
type AllTransport = Omit<CognitoTransport, 'passwordless'> & PasswordlessTransport;

type TransportCalls = {
  [M in keyof AllTransport]: {
    args: Parameters<AllTransport[M]>;
    result: M extends 'signIn' ? MockSignInResult : Awaited<ReturnType<AllTransport[M]>>;
  };
};

/** Every call a script can answer: the Cognito transport's methods, plus the answer to a sign-in challenge. */
export type MockCalls = TransportCalls & {
  answerChallenge: { args: [answer: ChallengeAnswer, step: ChallengeStep]; result: MockSignInResult };
};

export type MockMethod = keyof MockCalls;
export type MockResult<M extends MockMethod> = MockCalls[M]['result'];
export type MockArgs<M extends MockMethod> = MockCalls[M]['args'];

/**
 * A failure: a kit code (`'invalidCredentials'`, `'codeMismatch'`, `'network'`…), a Cognito exception name
 * (`'NotAuthorizedException'`: the kit's own mapping decides what it means), an `AuthError`, or any error.
 */
export type MockFailure = AuthErrorCode | `${string}Exception` | 'NetworkError' | AuthError | Error | { code: string; message?: string };

interface StepTiming {
  /** Milliseconds before the call settles; default the client's `delay`. */
  delay?: number;
}

/** One scripted answer. Plain objects, so they fit in Storybook parameters: `{ fail: 'codeMismatch' }`. */
export type ScriptStep<T> = StepTiming &
  (
    | { resolve: T }
    | { fail: MockFailure; /** The SDK error's message, for Cognito exception names. */ message?: string }
    | { hang: true }
  );

/**
 * How a method answers: one step for every call, a list (call n takes step n, the last one repeats), or a
 * function of the call's arguments.
 */
export type Script<M extends MockMethod> =
  | ScriptStep<MockResult<M>>
  | readonly ScriptStep<MockResult<M>>[]
  | ((...args: MockArgs<M>) => ScriptStep<MockResult<M>>);

export type MockScripts = { [M in MockMethod]?: Script<M> };

/** Resolve with `value` (after `delay` ms). */
export function resolveWith<T>(value: T, options: StepTiming = {}): ScriptStep<T> {
  return { resolve: value, ...options };
}

/** Fail with a kit error code, a Cognito exception name, or an error (after `delay` ms). */
export function failWith(failure: MockFailure, options: StepTiming & { message?: string } = {}): ScriptStep<never> {
  return { fail: failure, ...options };
}

/** Never settle: the UI stays in its pending state ("Signing in…"). */
export function hang(options: StepTiming = {}): ScriptStep<never> {
  return { hang: true, ...options };
}
