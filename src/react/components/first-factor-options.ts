import { passkeysSupported } from '../../core/passkey/support.js';
import type { FirstFactor } from '../../core/types.js';
import type { PasswordlessMessages } from '../passwordless-messages.js';

/**
 * The ways to offer, as the user sees them: one "password" (SRP when Cognito offers it: the password never leaves
 * the device), and no passkey in a browser without WebAuthn.
 */
export function offeredWays(options: FirstFactor[], supported = passkeysSupported()): FirstFactor[] {
  const password = options.includes('PASSWORD_SRP') ? 'PASSWORD_SRP' : options.includes('PASSWORD') ? 'PASSWORD' : undefined;
  return options.filter((o) => (o === 'WEB_AUTHN' ? supported : o === 'EMAIL_OTP' || o === 'SMS_OTP' || o === password));
}

export const wayLabel = (way: FirstFactor, messages: PasswordlessMessages) =>
  way === 'WEB_AUTHN'
    ? messages.passkeyOption
    : way === 'EMAIL_OTP'
      ? messages.emailCodeOption
      : way === 'SMS_OTP'
        ? messages.smsCodeOption
        : messages.passwordOption;

/** The Cognito name of the way a first-factor step is. */
export const wayOfStep = (step: string): FirstFactor | undefined =>
  step === 'passkey' ? 'WEB_AUTHN' : step === 'emailOtp' ? 'EMAIL_OTP' : step === 'smsOtp' ? 'SMS_OTP' : undefined;
