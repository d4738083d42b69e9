import type { AuthMessages } from './messages.js';

/** The strings of ChangePasswordForm and TotpSetup, shipped only with them. */
export type AccountMessageKey = 'changePasswordTitle' | 'currentPasswordLabel' | 'changePasswordButton' | 'changingPassword' | 'passwordChanged' | 'totpSetupTitle' | 'totpSetupIntro' | 'totpStartButton' | 'totpStarting' | 'totpQrLabel' | 'totpSecretLabel' | 'totpEnabled';
export type AccountMessages = Pick<AuthMessages, AccountMessageKey>;

export const accountMessages: AccountMessages = {
  changePasswordTitle: 'Change password',
  currentPasswordLabel: 'Current password',
  changePasswordButton: 'Change password',
  changingPassword: 'Changing…',
  passwordChanged: 'Your password was changed.',
  totpSetupTitle: 'Authenticator app',
  totpSetupIntro: 'Add an authenticator app (such as 1Password, Google Authenticator or Authy) as a second step when you sign in.',
  totpStartButton: 'Set up authenticator app',
  totpStarting: 'Starting…',
  totpQrLabel: 'QR code to scan with your authenticator app',
  totpSecretLabel: 'Or enter this key by hand:',
  totpEnabled: 'Your authenticator app is set up. You will be asked for a code when you sign in.',
};
