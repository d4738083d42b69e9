import { InvalidParameterError, NotAuthorizedError, UserNotFoundError } from 'cognito-local/lib/errors.js';
import type { Services } from 'cognito-local/lib/services/index.js';
import type { Context } from 'cognito-local/lib/services/context.js';
import { verifyAccessToken } from './access-token';

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

  assertUsable(token: string | undefined): void {
    if (token !== undefined && this.tokens.has(token)) throw new NotAuthorizedError('Refresh Token has been revoked');
  }
}

/** GlobalSignOut: the caller's access token must be valid; every refresh token of that user stops working. */
export const globalSignOut =
  ({ cognito, clock }: Pick<Services, 'cognito' | 'clock'>, revoked: RevokedRefreshTokens) =>
  async (ctx: Context, req: GlobalSignOutRequest): Promise<Record<string, never>> => {
    if (!req.AccessToken) throw new InvalidParameterError('Missing required parameter AccessToken');
    const claims = verifyAccessToken(req.AccessToken, clock.get().getTime());
    const userPool = await cognito.getUserPoolForClientId(ctx, claims.client_id);
    const user = await userPool.getUserByUsername(ctx, claims.username);
    if (!user) throw new UserNotFoundError();
    revoked.add(user.RefreshTokens ?? []);
    await userPool.saveUser(ctx, { ...user, RefreshTokens: [], UserLastModifiedDate: clock.get() });
    return {};
  };
