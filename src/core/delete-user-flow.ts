import type { AuthClient } from './auth-client-api.js';
import type { FlowContext } from './flow-context.js';

/**
 * Deleting the signed-in user's own account. Once Cognito has deleted it, the session ends here and in the other
 * tabs without a sign-out request: the user and every token of it are gone, so there is nothing left to revoke.
 * The passkey autofill forgets it too.
 */
export function createDeleteUserFlow({ transport, withUser, endSession, config }: FlowContext): Pick<AuthClient, 'deleteUser'> {
  return {
    async deleteUser() {
      await withUser('deleteUser', (username, tokens) => transport.deleteUser(username, tokens));
      endSession('user');
      // Fetched only now (a static import would be one more file every page preloads); the account is gone either way.
      await import('./passkey/remembered-passkey-user.js').then((m) => m.rememberedPasskeyUser(config).forget()).catch(() => undefined);
    },
  };
}
