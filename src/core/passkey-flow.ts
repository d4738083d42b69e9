import type { AuthClient } from './auth-client-api.js';
import type { FlowContext } from './flow-context.js';

// Fetched with the first passkey change: imported statically here, it would be one more file every page preloads.
const passkeyUser = async (config: FlowContext['config']) => (await import('./passkey/remembered-passkey-user.js')).rememberedPasskeyUser(config);

/**
 * The signed-in user's passkeys and sign-in factors; the operations come in a chunk of their own (wire/passkeys.ts).
 * Adding a passkey remembers the user for the email field's autofill; deleting the last one forgets them.
 */
export function createPasskeyFlow(context: FlowContext): Pick<AuthClient, 'registerPasskey' | 'listPasskeys' | 'deletePasskey' | 'getAuthFactors' | 'signInWithPasskeyAutofill'> {
  const { transport, withUser, config } = context;
  const passwordless = () => transport.passwordless();
  return {
    registerPasskey: () =>
      withUser('passkeys', async (username, tokens) => {
        await (await passwordless()).registerPasskey(tokens);
        (await passkeyUser(config)).remember(username);
      }),
    listPasskeys: () => withUser('passkeys', async (_, tokens) => (await passwordless()).listPasskeys(tokens)),
    deletePasskey: (credentialId) =>
      withUser('passkeys', async (_, tokens) => {
        const operations = await passwordless();
        await operations.deletePasskey(tokens, credentialId);
        if ((await operations.listPasskeys(tokens)).length === 0) (await passkeyUser(config)).forget();
      }),
    getAuthFactors: () => withUser('passkeys', async (_, tokens) => (await passwordless()).getAuthFactors(tokens)),
    // Its own chunk: fetched when a sign-in form mounts, under USER_AUTH only.
    signInWithPasskeyAutofill: async (signal) => (await import('./passkey/passkey-autofill-flow.js')).signInWithPasskeyAutofill(context, signal),
  };
}
