import type { AuthErrorCode, ErrorMessages } from '../core/errors.js';
import { accountMessages } from './account-messages.js';
import { deviceMessages } from './device-messages.js';
import { fieldMessages, type FieldMessages } from './field-messages.js';
import { formMessages } from './form-messages.js';
import { oauthMessages } from './oauth-messages.js';
import { settingsMessages, type SettingsMessages } from './settings-messages.js';
import { passkeyMessages } from './passkey-messages.js';
import { passwordlessMessages } from './passwordless-messages.js';
import { passwordRuleMessages } from './password-rule-messages.js';
import { stepMessages } from './step-messages.js';

/** Every string the components show. Override any of them through `messages` on AuthProvider or a form. */
export interface AuthMessages extends SettingsMessages, FieldMessages {
  emailLabel: string;
  passwordLabel: string;
  newPasswordLabel: string;
  confirmPasswordLabel: string;
  /** The lead-in of the password checklist under new-password fields (password-rule-messages.ts). */
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
  /** The code steps' way back, e.g. after a typo in the email (the step otherwise survives a reload). */
  changeEmail: string;
  confirmedTitle: string;
  /** After a reload on the code step the password is gone: the confirmed user types it once more. */
  confirmedSignIn: string;
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
  /**
   * The code steps' words when the code went by text message (Cognito's CodeDeliveryDetails say SMS, or the user
   * signs in with a phone number): in place of confirmTitle, codeHint, changeEmail, confirmedTitle, confirmedSignIn,
   * notConfirmedIntro and codeRequired.
   */
  confirmPhoneTitle: string;
  phoneCodeHint: (destination: string | undefined) => string;
  changePhone: string;
  confirmedPhoneTitle: string;
  confirmedPhoneSignIn: string;
  notConfirmedPhoneIntro: string;
  phoneCodeRequired: string;
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
  /** Email MFA: where the code went. */
  emailCodeHint: (destination: string | undefined) => string;
  emailOption: string;
  /** MFA set-up at sign-in (the pool requires MFA). */
  mfaSetupTitle: string;
  mfaSetupIntro: string;
  mfaSetupLegend: string;
  totpSetupStepIntro: string;
  /** The app's name as an authenticator app lists it, for the QR code shown at sign-in. */
  totpIssuer: string;
  emailSetupTitle: string;
  emailSetupIntro: string;
  /** MfaSettings. */
  mfaSettingsTitle: string;
  mfaSettingsIntro: string;
  mfaFactorOn: string;
  mfaFactorOff: string;
  mfaPreferred: string;
  mfaTurnOn: (factor: string) => string;
  mfaTurnOff: (factor: string) => string;
  mfaMakePreferred: (factor: string) => string;
  mfaSaving: string;
  mfaSaved: string;
  mfaRetry: string;
  unsupportedStep: string;
  /** The MFA step's checkbox with `rememberDevice: 'ask'`. */
  rememberDeviceLabel: string;
  devicesTitle: string;
  devicesLoading: string;
  devicesEmpty: string;
  devicesRetry: string;
  /** Shown for a device confirmed without a name. */
  deviceUnnamed: string;
  thisDevice: string;
  deviceRemembered: string;
  deviceNotRemembered: string;
  deviceLastUsed: (date: Date) => string;
  forgetDevice: string;
  forgetDeviceConfirm: (name: string) => string;
  forgetDeviceYes: string;
  forgettingDevice: string;
  forgetDeviceCancel: string;
  deviceForgotten: (name: string) => string;
  /** The Forget button's accessible name, with the device's name. */
  forgetDeviceLabel: (name: string) => string;
  rememberThisDevice: string;
  rememberingDevice: string;
  deviceNowRemembered: string;
  /** Sign-in by redirect (oauth-messages.ts). */
  oauthDivider: string;
  oauthButtonsLabel: string;
  oauthContinueWith: (provider: string) => string;
  oauthRedirecting: string;
  oauthFinishing: string;
  oauthErrorDeclined: string;
  oauthErrorStateMismatch: string;
  oauthErrorCodeRejected: string;
  oauthErrorProvider: string;
  oauthErrorTokenRejected: string;
  /** Choice-based sign-in (USER_AUTH) steps. */
  selectChallengeTitle: string;
  selectChallengeLegend: string;
  passkeyOption: string;
  emailCodeOption: string;
  smsCodeOption: string;
  passwordOption: string;
  otherWaysLabel: string;
  /** A switch to another way, e.g. "Sign in with a code by email instead" (`way` is one of the option labels). */
  useOtherWay: (way: string) => string;
  signInCodeTitle: string;
  emailSignInCodeHint: (destination: string | undefined) => string;
  smsSignInCodeHint: (destination: string | undefined) => string;
  passkeyTitle: string;
  passkeyIntro: string;
  usePasskey: string;
  usingPasskey: string;
  passwordStepTitle: string;
  /** LoginForm's `offerPasskey`: after a password or code sign-in. */
  offerPasskeyTitle: string;
  offerPasskeyIntro: string;
  offerPasskeyYes: string;
  offerPasskeyNo: string;
  /** PasskeyManager. */
  passkeysTitle: string;
  passkeysLoading: string;
  passkeysEmpty: string;
  passkeysRetry: string;
  passkeyUnnamed: string;
  passkeyCreated: (date: Date) => string;
  addPasskey: string;
  addingPasskey: string;
  passkeyAdded: string;
  deletePasskey: string;
  deletePasskeyLabel: (name: string) => string;
  deletingPasskey: string;
  passkeyDeleted: (name: string) => string;
  passkeysUnsupported: string;
  /** The password checklist: one line per rule of the pool's policy. */
  passwordRuleLength: (length: number) => string;
  passwordRuleLowercase: string;
  passwordRuleUppercase: string;
  passwordRuleNumber: string;
  passwordRuleSymbol: string;
  /** What a screen reader hears for one rule, in the list and when the rule changes as the user types. */
  passwordRuleState: (rule: string, met: boolean) => string;
  passwordRulesAllMet: string;
  /**
   * The pack's writing direction, for the app to set as `dir` on its page (or any ancestor of the forms): the forms
   * inherit it, and their CSS uses logical properties only, so 'rtl' mirrors them.
   */
  direction?: 'ltr' | 'rtl';
  /** The pack's BCP 47 language tag, for `lang` beside `dir` (screen readers pick their voice by it). */
  language?: string;
  /** By error code; the passkey and OAuth codes' defaults come with their own code (the error's own message). */
  errors: ErrorMessages;
}

/** Every default string, for apps that want to read or extend them. The components each load only their own. */
export const defaultMessages: AuthMessages = {
  ...formMessages,
  ...stepMessages,
  ...accountMessages,
  ...deviceMessages,
  ...oauthMessages,
  ...settingsMessages,
  ...fieldMessages,
  ...passwordlessMessages,
  ...passkeyMessages,
  ...passwordRuleMessages,
};

/** Any strings to replace; `errors` by error code. */
export type MessageOverrides = Partial<Omit<AuthMessages, 'errors'>> & { errors?: Partial<Record<AuthErrorCode, string>> };
