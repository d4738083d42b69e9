import { NotAuthorizedError } from 'cognito-local/lib/errors.js';
import type { Context } from 'cognito-local/lib/services/context.js';
import type { Services } from 'cognito-local/lib/services/index.js';
import type { User, UserPoolService } from 'cognito-local/lib/services/userPoolService.js';
import { decodeJwtPayload } from './access-token';

/** A registered passkey, kept on the user's record (so a data dir that persists keeps it too). */
export interface StoredPasskey {
  /** base64url, as the authenticator made it */
  readonly CredentialId: string;
  /** base64url COSE public key */
  readonly PublicKey: string;
  readonly Counter: number;
  readonly Transports: readonly string[];
  readonly AuthenticatorAttachment?: string;
  readonly RelyingPartyId: string;
  readonly FriendlyCredentialName: string;
  /** epoch seconds, as the API's timestamps */
  readonly CreatedAt: number;
}

type UserWithPasskeys = User & { WebAuthnCredentials?: StoredPasskey[] };

export const passkeysOf = (user: User): StoredPasskey[] => (user as UserWithPasskeys).WebAuthnCredentials ?? [];

export async function savePasskeys(ctx: Context, userPool: UserPoolService, user: User, passkeys: StoredPasskey[]): Promise<void> {
  await userPool.saveUser(ctx, { ...user, WebAuthnCredentials: passkeys } as User);
}

/** The user an access token belongs to (the token was checked before the operation runs: access-token-checks.ts). */
export async function tokenUser(
  { cognito }: Pick<Services, 'cognito'>,
  ctx: Context,
  accessToken: unknown,
): Promise<{ clientId: string; userPool: UserPoolService; user: User }> {
  const claims = decodeJwtPayload(accessToken);
  if (typeof claims?.client_id !== 'string' || typeof claims.sub !== 'string') throw new NotAuthorizedError('Invalid Access Token');
  const userPool = await cognito.getUserPoolForClientId(ctx, claims.client_id);
  const user = await userPool.getUserByUsername(ctx, claims.sub);
  if (!user) throw new NotAuthorizedError('User does not exist.');
  return { clientId: claims.client_id, userPool, user };
}
