import { onDemand } from '../on-demand.js';
import type { AuthFactors, Passkey, PasswordlessTransport } from '../transport-types.js';
import type { FirstFactor, MfaFactor } from '../types.js';
import type { Wire } from './wire.js';

interface WebAuthnCredential {
  CredentialId: string;
  FriendlyCredentialName?: string;
  RelyingPartyId: string;
  AuthenticatorAttachment?: string;
  AuthenticatorTransports?: string[];
  CreatedAt?: number;
}

/**
 * The signed-in user's passkeys (StartWebAuthnRegistration → the browser → CompleteWebAuthnRegistration,
 * ListWebAuthnCredentials, DeleteWebAuthnCredential) and GetUserAuthFactors. A chunk of its own: most visits never
 * manage passkeys, and the browser's side (../passkey/ceremony.ts) comes only with a registration.
 */
const loadCeremony = onDemand(() => import('../passkey/ceremony.js'));

export function passwordlessOperations({ accessCall }: Wire): PasswordlessTransport {
  return {
    async registerPasskey(tokens) {
      const [started, ceremony] = await Promise.all([
        accessCall<{ CredentialCreationOptions: Record<string, unknown> }>('StartWebAuthnRegistration', tokens),
        loadCeremony(),
      ]);
      const Credential = await ceremony.createPasskey(started.CredentialCreationOptions);
      await accessCall('CompleteWebAuthnRegistration', tokens, { Credential });
    },

    async listPasskeys(tokens) {
      const found: Passkey[] = [];
      let NextToken: string | undefined;
      do {
        const page: { Credentials?: WebAuthnCredential[]; NextToken?: string } = await accessCall('ListWebAuthnCredentials', tokens, {
          MaxResults: 20,
          ...(NextToken ? { NextToken } : {}),
        });
        for (const c of page.Credentials ?? []) {
          found.push({
            credentialId: c.CredentialId,
            name: c.FriendlyCredentialName,
            relyingPartyId: c.RelyingPartyId,
            attachment: c.AuthenticatorAttachment,
            transports: c.AuthenticatorTransports ?? [],
            createdAt: typeof c.CreatedAt === 'number' ? new Date(c.CreatedAt * 1000) : undefined,
          });
        }
        NextToken = page.NextToken;
      } while (NextToken);
      return found;
    },

    async deletePasskey(tokens, CredentialId) {
      try {
        await accessCall('DeleteWebAuthnCredential', tokens, { CredentialId });
      } catch (err) {
        // Deleted already (another tab, an admin): what was asked for is done.
        if ((err as { code?: string } | null)?.code !== 'ResourceNotFoundException') throw err;
      }
    },

    async getAuthFactors(tokens) {
      const result = await accessCall<{ ConfiguredUserAuthFactors?: string[]; UserMFASettingList?: string[]; PreferredMfaSetting?: string }>(
        'GetUserAuthFactors',
        tokens,
      );
      return {
        signIn: (result.ConfiguredUserAuthFactors ?? []) as AuthFactors['signIn'] & FirstFactor[],
        mfa: (result.UserMFASettingList ?? []) as MfaFactor[],
        preferredMfa: (result.PreferredMfaSetting as MfaFactor | undefined) ?? null,
      };
    },
  };
}
