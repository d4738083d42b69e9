import type { AuthMessages } from './messages.js';

// The strings of the steps most visits never reach (codes, MFA, a new password, a reset). They travel with
// those steps (react/components/step-modules.ts), not with the first forms.
export type StepMessageKey = 'codeLabel' | 'codeHint' | 'confirmTitle' | 'confirmButton' | 'confirming' | 'resendCode' | 'resendingCode' | 'codeResent' | 'notConfirmedIntro' | 'changeEmail' | 'confirmedTitle' | 'confirmedSignIn' | 'codeRequired' | 'forgotPasswordTitle' | 'forgotPasswordIntro' | 'passwordResetRequiredIntro' | 'sendCodeButton' | 'sendingCode' | 'resetPasswordTitle' | 'resetPasswordButton' | 'resettingPassword' | 'backToSignIn' | 'newPasswordTitle' | 'newPasswordIntro' | 'setPasswordButton' | 'settingPassword' | 'attributeLabel' | 'attributeRequired' | 'mfaTitle' | 'mfaCodeLabel' | 'smsCodeHint' | 'totpCodeHint' | 'verifyButton' | 'verifying' | 'selectMfaTitle' | 'selectMfaLegend' | 'smsOption' | 'totpOption' | 'selectMfaRequired' | 'continueButton' | 'unsupportedStep' | 'rememberDeviceLabel';
export type StepMessages = Pick<AuthMessages, StepMessageKey>;

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

export const stepMessages: StepMessages = {
  codeLabel: 'Verification code',
  codeHint: (destination) => (destination ? `We sent a code to ${destination}.` : 'We sent a code to your email.'),
  confirmTitle: 'Confirm your email',
  confirmButton: 'Confirm',
  confirming: 'Confirming…',
  resendCode: 'Send a new code',
  resendingCode: 'Sending…',
  codeResent: (destination) => (destination ? `A new code is on its way to ${destination}.` : 'A new code is on its way.'),
  notConfirmedIntro: 'Your account is not confirmed yet. Enter the code from your email, or ask for a new one.',
  changeEmail: 'Use a different email',
  confirmedTitle: 'Email confirmed',
  confirmedSignIn: 'Your email is confirmed. Enter your password to sign in.',
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
  unsupportedStep: 'This account needs a sign-in step this form does not support.',
  rememberDeviceLabel: 'Remember this device (no code needed here next time)',
};
