import type { AuthError, OAuthErrorCode } from '../core/errors.js';
import type { AuthMessages } from './messages.js';
import type { OAuthMessageKey, OAuthMessages } from './oauth-messages.js';

const errorKeys: Record<OAuthErrorCode, OAuthMessageKey> = {
  oauthDeclined: 'oauthErrorDeclined',
  oauthStateMismatch: 'oauthErrorStateMismatch',
  oauthCodeRejected: 'oauthErrorCodeRejected',
  oauthProviderError: 'oauthErrorProvider',
  oauthTokenRejected: 'oauthErrorTokenRejected',
};

/** The text for a failed way back: the (overridable) OAuth message, else the app's override or the error's own. */
export function redirectErrorText(messages: OAuthMessages & Pick<AuthMessages, 'errors'>, error: AuthError): string {
  const key = errorKeys[error.code as OAuthErrorCode];
  return key ? (messages[key] as string) : (messages.errors[error.code] ?? error.message);
}
