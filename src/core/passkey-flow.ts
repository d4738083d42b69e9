import type { AuthClient } from './auth-client-api.js';
import type { FlowContext } from './flow-context.js';

/** The signed-in user's passkeys and sign-in factors; the operations come in a chunk of their own (wire/passkeys.ts). */
export function createPasskeyFlow({ transport, withUser }: FlowContext): Pick<AuthClient, 'registerPasskey' | 'listPasskeys' | 'deletePasskey' | 'getAuthFactors'> {
  const passwordless = () => transport.passwordless();
  return {
    registerPasskey: () => withUser('passkeys', async (_, tokens) => (await passwordless()).registerPasskey(tokens)),
    listPasskeys: () => withUser('passkeys', async (_, tokens) => (await passwordless()).listPasskeys(tokens)),
    deletePasskey: (credentialId) => withUser('passkeys', async (_, tokens) => (await passwordless()).deletePasskey(tokens, credentialId)),
    getAuthFactors: () => withUser('passkeys', async (_, tokens) => (await passwordless()).getAuthFactors(tokens)),
  };
}
