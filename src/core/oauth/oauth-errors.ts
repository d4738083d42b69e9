import { AuthError, type OAuthErrorCode } from '../errors.js';

/** English defaults; the React layer shows its own (overridable) strings from oauth-messages.ts. */
export const oauthErrorMessages: Record<OAuthErrorCode, string> = {
  oauthDeclined: 'You declined to sign in with that account. Choose another way to sign in.',
  oauthStateMismatch: 'This sign-in link was not started here, or was used already. For your safety nothing was signed in: start again.',
  oauthCodeRejected: 'This sign-in has expired or was already used. Start again.',
  oauthProviderError: 'The sign-in provider reported a problem. Try again or choose another way to sign in.',
  oauthTokenRejected: 'The sign-in answer did not pass its checks. Start again.',
};

export function oauthError(code: OAuthErrorCode, options: { detail?: string; cause?: unknown } = {}): AuthError {
  // The provider's own text (error_description) is shown after ours: it often names the fix (a missing attribute…).
  const message = options.detail ? `${oauthErrorMessages[code]} (${options.detail})` : oauthErrorMessages[code];
  return new AuthError(code, message, { cause: options.cause });
}
