import type { AuthClient } from './auth-client-api.js';
import type { FlowContext } from './flow-context.js';

/** The signed-in user's MFA: TOTP set-up with an authenticator app, and which factor is preferred. */
export function createMfaFlow({ transport, fail, withUser, usableSession }: FlowContext): Pick<AuthClient, 'startTotpSetup' | 'completeTotpSetup' | 'setMfaPreference'> {
  return {
    async startTotpSetup({ issuer = 'react-cognito-kit' } = {}) {
      const session = await usableSession();
      const secret = await transport.associateTotp(session.username, session.tokens).catch(fail('totp'));
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
  };
}
