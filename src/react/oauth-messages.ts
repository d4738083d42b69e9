import type { AuthMessages } from './messages.js';

/** The strings of sign-in by redirect (SocialButtons, AuthCallback), shipped only with them. */
export type OAuthMessageKey =
  | 'oauthDivider'
  | 'oauthButtonsLabel'
  | 'oauthContinueWith'
  | 'oauthRedirecting'
  | 'oauthFinishing'
  | 'oauthErrorDeclined'
  | 'oauthErrorStateMismatch'
  | 'oauthErrorCodeRejected'
  | 'oauthErrorProvider'
  | 'oauthErrorTokenRejected';
export type OAuthMessages = Pick<AuthMessages, OAuthMessageKey>;

export const oauthMessages: OAuthMessages = {
  oauthDivider: 'or',
  oauthButtonsLabel: 'Other ways to sign in',
  oauthContinueWith: (provider) => `Continue with ${provider}`,
  oauthRedirecting: 'Taking you to sign in…',
  oauthFinishing: 'Signing you in…',
  oauthErrorDeclined: 'You declined to sign in with that account. Choose another way to sign in.',
  oauthErrorStateMismatch: 'This sign-in was not started here, or was used already. For your safety nothing was signed in: start again.',
  oauthErrorCodeRejected: 'This sign-in has expired or was already used. Start again.',
  oauthErrorProvider: 'The sign-in provider reported a problem. Try again or choose another way to sign in.',
  oauthErrorTokenRejected: 'The sign-in answer did not pass its checks. Start again.',
};
