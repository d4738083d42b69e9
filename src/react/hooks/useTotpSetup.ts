'use client';
import type { TotpSetupStart } from '../../core/auth-client.js';
import { useAuthMutation, type AuthMutationOptions } from './useAuthMutation.js';

export interface TotpSetupOptions {
  /** The app's name as the authenticator app shows it. */
  issuer?: string;
}

/**
 * TOTP setup in two mutations: `start` (associate: the secret and `otpauth://` URI for a QR code) and `verify`
 * (the first code from the app; TOTP becomes the preferred MFA).
 */
export function useTotpSetup(
  { issuer }: TotpSetupOptions = {},
  options?: { start?: AuthMutationOptions<TotpSetupStart, void>; verify?: AuthMutationOptions<void, { code: string; deviceName?: string }> },
) {
  const start = useAuthMutation<TotpSetupStart, void>('useTotpSetup.start', (client) => client.startTotpSetup({ issuer }), options?.start);
  const verify = useAuthMutation<void, { code: string; deviceName?: string }>(
    'useTotpSetup.verify',
    (client, input) => client.completeTotpSetup(input),
    options?.verify,
  );
  return { start, verify };
}
