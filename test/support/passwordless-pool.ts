import type { CreatePoolOptions } from './emulator-admin';

/**
 * A pool for choice-based sign-in: passwords, email and SMS codes and passkeys as first factors, passkeys for pages on
 * http://localhost (any port; browsers treat localhost as a secure context, and the RP id may not be an IP address).
 */
export const PASSWORDLESS_POOL: CreatePoolOptions = {
  signInPolicy: { allowedFirstAuthFactors: ['PASSWORD', 'EMAIL_OTP', 'SMS_OTP', 'WEB_AUTHN'] },
  webAuthn: { relyingPartyId: 'localhost' },
};
