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
  forgotPasswordTitle: string;
  forgotPasswordIntro: string;
  passwordResetRequiredIntro: string;
  sendCodeButton: string;
  sendingCode: string;
  resetPasswordTitle: string;
  resetPasswordButton: string;
  resettingPassword: string;
  backToSignIn: string;
  changePasswordTitle: string;
  currentPasswordLabel: string;
  changePasswordButton: string;
  changingPassword: string;
  passwordChanged: string;
  newPasswordTitle: string;
  newPasswordIntro: string;
  setPasswordButton: string;
  settingPassword: string;
  attributeLabel: (attribute: string) => string;
  attributeRequired: (attribute: string) => string;
  mfaTitle: string;
  mfaCodeLabel: string;
  smsCodeHint: (destination: string | undefined) => string;
  totpCodeHint: string;
  verifyButton: string;
  verifying: string;
  selectMfaTitle: string;
  selectMfaLegend: string;
  smsOption: string;
  totpOption: string;
  selectMfaRequired: string;
  continueButton: string;
  totpSetupTitle: string;
  totpSetupIntro: string;
  totpStartButton: string;
  totpStarting: string;
  totpQrLabel: string;
  totpSecretLabel: string;
  totpEnabled: string;
  unsupportedStep: string;
  errors: Record<AuthErrorCode, string>;
}

const attributeNames: Record<string, string> = {
  name: 'Full name',
  given_name: 'First name',
  family_name: 'Last name',
  phone_number: 'Phone number',
  birthdate: 'Date of birth',
  preferred_username: 'Username',
  nickname: 'Nickname',
  address: 'Address',
  locale: 'Language',
};

const labelOf = (attribute: string) => attributeNames[attribute] ?? attribute.replace(/^custom:/, '').replace(/_/g, ' ');

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
  forgotPasswordTitle: 'Reset your password',
  forgotPasswordIntro: 'Enter your email and we will send you a code to reset your password.',
  passwordResetRequiredIntro: 'You need to choose a new password before you can sign in. We will email you a code.',
  sendCodeButton: 'Send code',
  sendingCode: 'Sending…',
  resetPasswordTitle: 'Choose a new password',
  resetPasswordButton: 'Reset password',
  resettingPassword: 'Resetting…',
  backToSignIn: 'Back to sign in',
  changePasswordTitle: 'Change password',
  currentPasswordLabel: 'Current password',
  changePasswordButton: 'Change password',
  changingPassword: 'Changing…',
  passwordChanged: 'Your password was changed.',
  newPasswordTitle: 'Choose a new password',
  newPasswordIntro: 'Your account has a temporary password. Choose your own to continue.',
  setPasswordButton: 'Set password and sign in',
  settingPassword: 'Saving…',
  attributeLabel: labelOf,
  attributeRequired: (attribute) => `Enter your ${labelOf(attribute).toLowerCase()}.`,
  mfaTitle: 'Two-step verification',
  mfaCodeLabel: 'Verification code',
  smsCodeHint: (destination) => (destination ? `Enter the code we texted to ${destination}.` : 'Enter the code we texted you.'),
  totpCodeHint: 'Enter the 6-digit code from your authenticator app.',
  verifyButton: 'Verify',
  verifying: 'Verifying…',
  selectMfaTitle: 'Two-step verification',
  selectMfaLegend: 'How do you want to get your code?',
  smsOption: 'Text message',
  totpOption: 'Authenticator app',
  selectMfaRequired: 'Choose how to get your code.',
  continueButton: 'Continue',
  totpSetupTitle: 'Authenticator app',
  totpSetupIntro: 'Add an authenticator app (such as 1Password, Google Authenticator or Authy) as a second step when you sign in.',
  totpStartButton: 'Set up authenticator app',
  totpStarting: 'Starting…',
  totpQrLabel: 'QR code to scan with your authenticator app',
  totpSecretLabel: 'Or enter this key by hand:',
  totpEnabled: 'Your authenticator app is set up. You will be asked for a code when you sign in.',
  unsupportedStep: 'This account needs a sign-in step this form does not support.',
  errors: defaultErrorMessages,
};

/** Deep enough merge: `errors` is the only nested map. */
export type MessageOverrides = Partial<Omit<AuthMessages, 'errors'>> & { errors?: Partial<Record<AuthErrorCode, string>> };

export function mergeMessages(base: AuthMessages, overrides: MessageOverrides | undefined): AuthMessages {
  if (!overrides) return base;
  return { ...base, ...overrides, errors: { ...base.errors, ...overrides.errors } } as AuthMessages;
}
