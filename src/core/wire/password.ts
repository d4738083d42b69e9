import type { CognitoTransport } from '../transport-types.js';
import { deliveryOf, type Delivery, type Wire } from './wire.js';

export function passwordOperations({ clientId: ClientId, call, withContext }: Wire): Pick<
  CognitoTransport,
  'forgotPassword' | 'confirmForgotPassword' | 'changePassword'
> {
  return {
    async forgotPassword(username) {
      const result = await call<{ CodeDeliveryDetails?: Delivery }>('ForgotPassword', withContext(username, { ClientId, Username: username }));
      return deliveryOf(result.CodeDeliveryDetails);
    },

    async confirmForgotPassword(username, code, newPassword) {
      const params = { ClientId, Username: username, ConfirmationCode: code, Password: newPassword };
      await call('ConfirmForgotPassword', withContext(username, params));
    },

    async changePassword(_username, tokens, oldPassword, newPassword) {
      await call('ChangePassword', { PreviousPassword: oldPassword, ProposedPassword: newPassword, AccessToken: tokens.accessToken });
    },
  };
}
