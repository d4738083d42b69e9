import type { CognitoTransport } from '../transport-types.js';
import { deliveryOf, type Delivery, type Wire } from './wire.js';

export function signUpOperations({ clientId: ClientId, call, withContext }: Wire): Pick<CognitoTransport, 'signUp' | 'confirmSignUp' | 'resendCode'> {
  return {
    async signUp(username, password, attributes) {
      const UserAttributes = Object.entries(attributes).map(([Name, Value]) => ({ Name, Value }));
      const params = { ClientId, Username: username, Password: password, UserAttributes, ValidationData: [] };
      const result = await call<{ UserSub: string; UserConfirmed: boolean; CodeDeliveryDetails?: Delivery }>('SignUp', withContext(username, params));
      return { userSub: result.UserSub, userConfirmed: result.UserConfirmed, delivery: deliveryOf(result.CodeDeliveryDetails) };
    },

    async confirmSignUp(username, code) {
      // Cognito answers with a Session under USER_AUTH pools: InitiateAuth USER_AUTH with it signs the user in.
      return (await call<{ Session?: string }>('ConfirmSignUp', withContext(username, { ClientId, ConfirmationCode: code, Username: username, ForceAliasCreation: false }))).Session;
    },

    async resendCode(username) {
      return deliveryOf((await call<{ CodeDeliveryDetails?: Delivery }>('ResendConfirmationCode', { ClientId, Username: username })).CodeDeliveryDetails);
    },
  };
}
