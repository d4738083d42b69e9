import type { CognitoTransport, MfaPreference } from '../transport-types.js';
import type { Wire } from './wire.js';

export function mfaSettingOperations({ call, accessCall }: Wire): Pick<CognitoTransport, 'associateTotp' | 'verifyTotp' | 'setMfaPreference'> {
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
      await call('SetUserMFAPreference', {
        SMSMfaSettings: settings(preference.sms),
        SoftwareTokenMfaSettings: settings(preference.totp),
        AccessToken: tokens.accessToken,
      });
    },
  };
}
