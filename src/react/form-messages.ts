import { defaultErrorMessages } from '../core/errors.js';
import type { AuthMessages } from './messages.js';

/** The strings of the sign-in and sign-up forms, ProtectedRoute and every error: what a page shows first. */
export type FormMessageKey = 'emailLabel' | 'passwordLabel' | 'newPasswordLabel' | 'confirmPasswordLabel' | 'showPassword' | 'hidePassword' | 'signInTitle' | 'signInButton' | 'signingIn' | 'continueButton' | 'registerTitle' | 'registerButton' | 'registering' | 'registerLink' | 'signInLink' | 'forgotPasswordLink' | 'signedInAs' | 'loading' | 'forbiddenTitle' | 'forbidden' | 'emailRequired' | 'passwordRequired' | 'confirmPasswordRequired' | 'errors';
export type FormMessages = Pick<AuthMessages, FormMessageKey>;

export const formMessages: FormMessages = {
  emailLabel: 'Email',
  passwordLabel: 'Password',
  newPasswordLabel: 'New password',
  confirmPasswordLabel: 'Confirm password',

  showPassword: 'Show password',
  hidePassword: 'Hide password',
  signInTitle: 'Sign in',
  signInButton: 'Sign in',
  signingIn: 'Signing in…',
  continueButton: 'Continue',
  registerTitle: 'Create an account',
  registerButton: 'Create account',
  registering: 'Creating account…',
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
  errors: defaultErrorMessages,
};
