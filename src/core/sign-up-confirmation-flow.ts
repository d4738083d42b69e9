import type { AuthClient } from './auth-client-api.js';
import type { FlowContext } from './flow-context.js';
import type { NextStep } from './types.js';

/** After sign-up: the emailed code, a new one, and signing in right after with the password from sign-up. */
export function createSignUpConfirmationFlow({ config, transport, fail, signIn }: FlowContext): Pick<AuthClient, 'confirmSignUp' | 'resendCode'> {
  return {
    async confirmSignUp(input) {
      const username = (input.username ?? input.email).trim();
      const { code, password } = input;
      const session = await transport.confirmSignUp(username, code.trim()).catch(fail('confirmSignUp'));
      // The session first: the confirmed code signs the user in, no password goes out again (and an empty one never).
      if (session && config.authFlow === 'USER_AUTH') return signIn({ username }, session);
      if (password) return signIn({ username, password });
      return { step: 'signIn', username };
    },

    resendCode(email) {
      const username = email.trim();
      return transport.resendCode(username).then(
        (delivery): NextStep => ({ step: 'confirmSignUp', username, delivery }),
        fail('resendCode'),
      );
    },
  };
}
