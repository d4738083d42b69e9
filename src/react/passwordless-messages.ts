import type { AuthMessages } from './messages.js';

// The strings of choice-based sign-in's steps (USER_AUTH): they travel with those steps (step-modules.ts).
export type PasswordlessMessageKey =
  | 'selectChallengeTitle'
  | 'selectChallengeLegend'
  | 'passkeyOption'
  | 'emailCodeOption'
  | 'smsCodeOption'
  | 'passwordOption'
  | 'otherWaysLabel'
  | 'useOtherWay'
  | 'signInCodeTitle'
  | 'emailSignInCodeHint'
  | 'smsSignInCodeHint'
  | 'passkeyTitle'
  | 'passkeyIntro'
  | 'usePasskey'
  | 'usingPasskey'
  | 'passwordStepTitle'
  | 'offerPasskeyTitle'
  | 'offerPasskeyIntro'
  | 'offerPasskeyYes'
  | 'offerPasskeyNo';
export type PasswordlessMessages = Pick<AuthMessages, PasswordlessMessageKey>;

export const passwordlessMessages: PasswordlessMessages = {
  selectChallengeTitle: 'Choose how to sign in',
  selectChallengeLegend: 'Sign in with',
  passkeyOption: 'A passkey',
  emailCodeOption: 'A code by email',
  smsCodeOption: 'A code by text message',
  passwordOption: 'My password',
  otherWaysLabel: 'Other ways to sign in',
  useOtherWay: (way) => `Sign in with ${way.toLowerCase()} instead`,
  signInCodeTitle: 'Enter your sign-in code',
  emailSignInCodeHint: (destination) => (destination ? `We emailed a sign-in code to ${destination}.` : 'We emailed you a sign-in code.'),
  smsSignInCodeHint: (destination) => (destination ? `We texted a sign-in code to ${destination}.` : 'We texted you a sign-in code.'),
  passkeyTitle: 'Sign in with a passkey',
  passkeyIntro: 'Use the passkey saved on this device or a security key.',
  usePasskey: 'Use passkey',
  usingPasskey: 'Waiting for your passkey…',
  passwordStepTitle: 'Enter your password',
  offerPasskeyTitle: 'Add a passkey for next time?',
  offerPasskeyIntro: 'Sign in with your fingerprint, face or screen lock instead of a password or code.',
  offerPasskeyYes: 'Add a passkey',
  offerPasskeyNo: 'Not now',
};
