import { defaultErrorMessages, type AuthErrorCode } from '../core/errors.js';

/** Every string the components show. Override any of them through `messages` on AuthProvider or a form. */
export interface AuthMessages {
  emailLabel: string;
  passwordLabel: string;
  newPasswordLabel: string;
  confirmPasswordLabel: string;
  passwordHint: string;
  codeLabel: string;
  codeHint: (destination: string | undefined) => string;
  showPassword: string;
  hidePassword: string;
  signInTitle: string;
  signInButton: string;
  signingIn: string;
  registerTitle: string;
  registerButton: string;
  registering: string;
  confirmTitle: string;
  confirmButton: string;
  confirming: string;
  resendCode: string;
  resendingCode: string;
  codeResent: (destination: string | undefined) => string;
  notConfirmedIntro: string;
  registerLink: string;
  signInLink: string;
  forgotPasswordLink: string;
  signedInAs: (email: string) => string;
  loading: string;
  forbiddenTitle: string;
  forbidden: string;
  emailRequired: string;
  passwordRequired: string;
  confirmPasswordRequired: string;
  codeRequired: string;
  errors: Record<AuthErrorCode, string>;
}

export const defaultMessages: AuthMessages = {
  emailLabel: 'Email',
  passwordLabel: 'Password',
  newPasswordLabel: 'New password',
  confirmPasswordLabel: 'Confirm password',
  passwordHint: 'At least 8 characters, with upper and lower case letters, a number and a symbol.',
  codeLabel: 'Verification code',
  codeHint: (destination) => (destination ? `We sent a code to ${destination}.` : 'We sent a code to your email.'),
  showPassword: 'Show password',
  hidePassword: 'Hide password',
  signInTitle: 'Sign in',
  signInButton: 'Sign in',
  signingIn: 'Signing in…',
  registerTitle: 'Create an account',
  registerButton: 'Create account',
  registering: 'Creating account…',
  confirmTitle: 'Confirm your email',
  confirmButton: 'Confirm',
  confirming: 'Confirming…',
  resendCode: 'Send a new code',
  resendingCode: 'Sending…',
  codeResent: (destination) => (destination ? `A new code is on its way to ${destination}.` : 'A new code is on its way.'),
  notConfirmedIntro: 'Your account is not confirmed yet. Enter the code from your email, or ask for a new one.',
  registerLink: 'Create an account',
  signInLink: 'I already have an account',
  forgotPasswordLink: 'Forgot your password?',
  signedInAs: (email) => `Signed in as ${email}`,
  loading: 'Checking your session…',
  forbiddenTitle: 'Access denied',
  forbidden: 'Your account does not have access to this page.',
  emailRequired: 'Enter your email address.',
  passwordRequired: 'Enter your password.',
  confirmPasswordRequired: 'Enter your password again to confirm it.',
  codeRequired: 'Enter the code from your email.',
  errors: defaultErrorMessages,
};

/** Deep enough merge: `errors` is the only nested map. */
export type MessageOverrides = Partial<Omit<AuthMessages, 'errors'>> & { errors?: Partial<Record<AuthErrorCode, string>> };

export function mergeMessages(base: AuthMessages, overrides: MessageOverrides | undefined): AuthMessages {
  if (!overrides) return base;
  return { ...base, ...overrides, errors: { ...base.errors, ...overrides.errors } } as AuthMessages;
}
