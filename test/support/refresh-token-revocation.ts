import { InvalidParameterError, NotAuthorizedError, UserNotFoundError } from 'cognito-local/lib/errors.js';
import type { Services } from 'cognito-local/lib/services/index.js';
import type { Context } from 'cognito-local/lib/services/context.js';
import { signedAccessTokenClaims } from './access-token';
import type { AccessTokenRevocations } from './access-token-checks';

export interface GlobalSignOutRequest {
  AccessToken?: string;
}

/**
 * Refresh tokens taken away by GlobalSignOut or RevokeToken. The emulator only forgets them, which makes a later
 * refresh fail with a generic message; Cognito says why.
 */
export class RevokedRefreshTokens {
  private readonly tokens = new Set<string>();

  add(tokens: Iterable<string>): void {
    for (const token of tokens) this.tokens.add(token);
  }

  has(token: string): boolean {
    return this.tokens.has(token);
  }

  assertUsable(token: string | undefined): void {
    if (token !== undefined && this.tokens.has(token)) throw new NotAuthorizedError('Refresh Token has been revoked');
  }
}

/**
 * GlobalSignOut: every refresh token of the user stops working, and so does every access token issued to the user
 * until now. The access token itself was checked before this runs (withAccessTokenChecks).
 */
export const globalSignOut =
  (
    { cognito, clock }: Pick<Services, 'cognito' | 'clock'>,
    revoked: RevokedRefreshTokens,
    accessTokens: AccessTokenRevocations,
  ) =>
  async (ctx: Context, req: GlobalSignOutRequest): Promise<Record<string, never>> => {
    if (!req.AccessToken) throw new InvalidParameterError('Missing required parameter AccessToken');
    const claims = signedAccessTokenClaims(req.AccessToken);
    if (!claims) throw new NotAuthorizedError('Invalid Access Token');
    const userPool = await cognito.getUserPoolForClientId(ctx, claims.client_id);
    const user = await userPool.getUserByUsername(ctx, claims.username);
    if (!user) throw new UserNotFoundError();
    revoked.add(user.RefreshTokens ?? []);
    accessTokens.signOutEverywhere(claims, clock.get().getTime());
    await userPool.saveUser(ctx, { ...user, RefreshTokens: [], UserLastModifiedDate: clock.get() });
    return {};
  };
