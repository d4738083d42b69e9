import type { AuthClient } from './auth-client-api.js';
import type { FlowContext } from './flow-context.js';

type AttributeMethods = 'getUserAttributes' | 'updateUserAttributes' | 'sendAttributeCode' | 'verifyAttribute';

/** The signed-in user's attributes: read, change, verify. A change is followed by a refresh so the id token's claims match. */
export function createAttributeFlow({ transport, withUser, refresh }: FlowContext): Pick<AuthClient, AttributeMethods> {
  return {
    getUserAttributes: () => withUser('userAttributes', (username, tokens) => transport.getUserAttributes(username, tokens)),

    async updateUserAttributes(attributes) {
      const pending = await withUser('userAttributes', (username, tokens) => transport.updateUserAttributes(username, tokens, attributes));
      await refresh();
      return pending;
    },

    sendAttributeCode: (attribute) =>
      withUser('userAttributes', (username, tokens) => transport.sendAttributeCode(username, tokens, attribute)),

    async verifyAttribute({ attribute, code }) {
      await withUser('userAttributes', (username, tokens) => transport.verifyAttribute(username, tokens, attribute, code.trim()));
      await refresh();
    },
  };
}
