import type { AuthMessages } from './messages.js';

/** The strings of ChangePasswordForm and TotpSetup, shipped only with them. */
export type AccountMessageKey = 'changePasswordTitle' | 'currentPasswordLabel' | 'changePasswordButton' | 'changingPassword' | 'passwordChanged' | 'totpSetupTitle' | 'totpSetupIntro' | 'totpStartButton' | 'totpStarting' | 'totpEnabled' | 'mfaSettingsTitle' | 'mfaSettingsIntro' | 'mfaFactorOn' | 'mfaFactorOff' | 'mfaPreferred' | 'mfaTurnOn' | 'mfaTurnOff' | 'mfaMakePreferred' | 'mfaSaving' | 'mfaSaved' | 'mfaRetry';
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
  totpEnabled: 'Your authenticator app is set up. You will be asked for a code when you sign in.',
  mfaSettingsTitle: 'Two-step verification',
  mfaSettingsIntro: 'A second step after your password keeps your account safe if the password leaks.',
  mfaFactorOn: 'On',
  mfaFactorOff: 'Off',
  mfaPreferred: 'Asked first',
  mfaTurnOn: (factor) => `Turn on ${factor.toLowerCase()}`,
  mfaTurnOff: (factor) => `Turn off ${factor.toLowerCase()}`,
  mfaMakePreferred: (factor) => `Ask for ${factor.toLowerCase()} first`,
  mfaSaving: 'Saving…',
  mfaSaved: 'Your two-step verification settings are saved.',
  mfaRetry: 'Try again',
};
