import type { CognitoTransport, MfaPreference } from '../transport-types.js';
import type { MfaFactor } from '../types.js';
import type { Wire } from './wire.js';

const FACTORS: readonly MfaFactor[] = ['SMS_MFA', 'SOFTWARE_TOKEN_MFA', 'EMAIL_OTP'];
const isFactor = (name: unknown): name is MfaFactor => FACTORS.includes(name as MfaFactor);

export function mfaSettingOperations({ call, accessCall }: Wire): Pick<
  CognitoTransport,
  'associateTotp' | 'verifyTotp' | 'setMfaPreference' | 'getMfaPreference'
> {
  return {
    async associateTotp(_username, tokens) {
      return (await accessCall<{ SecretCode: string }>('AssociateSoftwareToken', tokens)).SecretCode;
    },

    async verifyTotp(_username, tokens, code, deviceName) {
      await accessCall('VerifySoftwareToken', tokens, { UserCode: code, FriendlyDeviceName: deviceName });
    },

    async setMfaPreference(_username, tokens, preference) {
      const settings = (value: MfaPreference['totp']) =>
        value === undefined ? null : { Enabled: value !== 'disabled', PreferredMfa: value === 'preferred' };
      // The SDK's setUserMfaPreference knows SMS and TOTP only; email goes in only when asked for, so a request
      // without it stays the SDK's byte for byte.
      await call('SetUserMFAPreference', {
        SMSMfaSettings: settings(preference.sms),
        SoftwareTokenMfaSettings: settings(preference.totp),
        ...(preference.email === undefined ? {} : { EmailMfaSettings: settings(preference.email) }),
        AccessToken: tokens.accessToken,
      });
    },

    async getMfaPreference(_username, tokens) {
      const user = await accessCall<{ UserMFASettingList?: string[]; PreferredMfaSetting?: string }>('GetUser', tokens);
      return {
        enabled: (user.UserMFASettingList ?? []).filter(isFactor),
        preferred: isFactor(user.PreferredMfaSetting) ? user.PreferredMfaSetting : null,
      };
    },
  };
}
