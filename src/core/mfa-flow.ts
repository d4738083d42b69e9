import type { AuthClient } from './auth-client-api.js';
import type { FlowContext } from './flow-context.js';

/** The signed-in user's MFA: TOTP set-up with an authenticator app, which factors are on and which is preferred. */
export function createMfaFlow({ transport, fail, withUser, usableSession }: FlowContext): Pick<
  AuthClient,
  'startTotpSetup' | 'completeTotpSetup' | 'setMfaPreference' | 'getMfaPreference'
> {
  return {
    async startTotpSetup({ issuer = 'react-cognito-kit' } = {}) {
      const session = await usableSession();
      const secret = await transport.associateTotp(session.username, session.tokens).catch(fail('totp'));
      // Also in totp-uri.ts, for the set-up at sign-in: one module for both would be a chunk of its own, and a
      // preload list in the first load.
      const account = session.user.email ?? session.username;
      const label = `${encodeURIComponent(issuer)}:${encodeURIComponent(account)}`;
      return { secret, uri: `otpauth://totp/${label}?secret=${secret}&issuer=${encodeURIComponent(issuer)}` };
    },

    completeTotpSetup: ({ code, deviceName = 'Authenticator' }) =>
      withUser('totp', async (username, tokens) => {
        await transport.verifyTotp(username, tokens, code.replace(/\s/g, ''), deviceName);
        await transport.setMfaPreference(username, tokens, { totp: 'preferred' });
      }),

    setMfaPreference: (preference) => withUser('totp', (username, tokens) => transport.setMfaPreference(username, tokens, preference)),

    getMfaPreference: () => withUser('totp', (username, tokens) => transport.getMfaPreference(username, tokens)),
  };
}
