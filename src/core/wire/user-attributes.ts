import type { CognitoTransport } from '../transport-types.js';
import { deliveryOf, type Delivery, type Wire } from './wire.js';

export function userAttributeOperations({ call, accessCall }: Wire): Pick<
  CognitoTransport,
  'getUserAttributes' | 'updateUserAttributes' | 'sendAttributeCode' | 'verifyAttribute'
> {
  return {
    async getUserAttributes(_username, tokens) {
      const { UserAttributes = [] } = await accessCall<{ UserAttributes?: Array<{ Name: string; Value: string }> }>('GetUser', tokens);
      return Object.fromEntries(UserAttributes.map((attribute) => [attribute.Name, attribute.Value]));
    },

    async updateUserAttributes(_username, tokens, attributes) {
      const UserAttributes = Object.entries(attributes).map(([Name, Value]) => ({ Name, Value }));
      const result = await call<{ CodeDeliveryDetailsList?: Delivery[] }>('UpdateUserAttributes', { AccessToken: tokens.accessToken, UserAttributes });
      return (result.CodeDeliveryDetailsList ?? []).map((details) => deliveryOf(details)!);
    },

    async sendAttributeCode(_username, tokens, attribute) {
      const result = await call<{ CodeDeliveryDetails?: Delivery }>('GetUserAttributeVerificationCode', { AttributeName: attribute, AccessToken: tokens.accessToken });
      return deliveryOf(result.CodeDeliveryDetails);
    },

    async verifyAttribute(_username, tokens, attribute, code) {
      await call('VerifyUserAttribute', { AttributeName: attribute, Code: code, AccessToken: tokens.accessToken });
    },
  };
}
