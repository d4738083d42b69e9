import type { AuthClient } from './auth-client-api.js';
import { AuthError } from './errors.js';
import type { FlowContext } from './flow-context.js';
import type { NextStep } from './types.js';

/** A forgotten password reset with an emailed code, and a signed-in user's change of password. */
export function createPasswordFlow({ transport, fail, withUser, signIn }: FlowContext): Pick<AuthClient, 'forgotPassword' | 'confirmForgotPassword' | 'changePassword'> {
  return {
    forgotPassword(email) {
      const username = email.trim();
      return transport.forgotPassword(username).then(
        (delivery): NextStep => ({ step: 'resetPassword', username, delivery }),
        fail('forgotPassword'),
      );
    },

    async confirmForgotPassword(input) {
      const username = (input.username ?? input.email).trim();
      const { code, newPassword, signIn: thenSignIn = false } = input;
      await transport.confirmForgotPassword(username, code.trim(), newPassword).catch(fail('confirmForgotPassword'));
      return thenSignIn ? signIn({ username, password: newPassword }) : { step: 'signIn', username };
    },

    changePassword({ currentPassword, newPassword }) {
      if (currentPassword === newPassword) return Promise.reject(new AuthError('samePassword'));
      return withUser('changePassword', (username, tokens) => transport.changePassword(username, tokens, currentPassword, newPassword));
    },
  };
}
