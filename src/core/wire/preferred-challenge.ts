import { AuthError } from '../errors.js';
import type { AuthFlow } from '../config.js';

/**
 * `preferredChallenge` (config or signIn) names one of Cognito's first factors and needs USER_AUTH. Checked as the
 * sign-in starts, in the wire chunk, so the config check of the first load stays as small as it was.
 */
export function checkPreferredChallenge(flow: AuthFlow, preferred: string | undefined): void {
  if (preferred === undefined) return;
  if (flow !== 'USER_AUTH' || !/^(WEB_AUTHN|EMAIL_OTP|SMS_OTP|PASSWORD(_SRP)?)$/.test(preferred)) {
    throw new AuthError(
      'invalidConfig',
      `react-cognito-kit: preferredChallenge "${preferred}" needs authFlow "USER_AUTH" and one of "WEB_AUTHN", "EMAIL_OTP", "SMS_OTP", "PASSWORD", "PASSWORD_SRP".`,
    );
  }
}
