import type { CognitoTransport } from '../transport-types.js';
import { deliveryOf, type Delivery, type Wire } from './wire.js';

export function signUpOperations({ clientId: ClientId, call, withContext }: Wire): Pick<CognitoTransport, 'signUp' | 'confirmSignUp' | 'resendCode'> {
  // SignUp's Session, for the ConfirmSignUp of the same user (USER_AUTH app clients): ConfirmSignUp then answers with
  // a Session that signs the new user in. Memory only: after a reload the user signs in as usual.
  const signUpSessions = new Map<string, string>();
  return {
    async signUp(username, password, attributes) {
      const UserAttributes = Object.entries(attributes).map(([Name, Value]) => ({ Name, Value }));
      const params = { ClientId, Username: username, Password: password, UserAttributes, ValidationData: [] };
      const result = await call<{ UserSub: string; UserConfirmed: boolean; CodeDeliveryDetails?: Delivery; Session?: string }>('SignUp', withContext(username, params));
      if (result.Session) signUpSessions.set(username, result.Session);
      return { userSub: result.UserSub, userConfirmed: result.UserConfirmed, delivery: deliveryOf(result.CodeDeliveryDetails) };
    },

    async confirmSignUp(username, code) {
      // With SignUp's Session, Cognito answers with one: InitiateAuth USER_AUTH with it signs the user in.
      const Session = signUpSessions.get(username);
      const params = { ClientId, ConfirmationCode: code, Username: username, ForceAliasCreation: false, ...(Session ? { Session } : {}) };
      const confirmed = await call<{ Session?: string }>('ConfirmSignUp', withContext(username, params));
      signUpSessions.delete(username);
      return confirmed.Session;
    },

    async resendCode(username) {
      return deliveryOf((await call<{ CodeDeliveryDetails?: Delivery }>('ResendConfirmationCode', { ClientId, Username: username })).CodeDeliveryDetails);
    },
  };
}
