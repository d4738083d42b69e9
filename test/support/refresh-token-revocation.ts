import { InvalidParameterError, NotAuthorizedError, UserNotFoundError } from 'cognito-local/lib/errors.js';
import type { Services } from 'cognito-local/lib/services/index.js';
import type { Context } from 'cognito-local/lib/services/context.js';
import { decodeJwtPayload, signedAccessTokenClaims } from './access-token';
import type { AccessTokenRevocations } from './access-token-checks';

export interface GlobalSignOutRequest {
  AccessToken?: string;
}

/**
 * Cognito's answers to REFRESH_TOKEN_AUTH with a refresh token it no longer accepts (NotAuthorizedException).
 * "Refresh Token has been revoked": real Cognito quoted in aws/aws-sdk-net#1936 and
 * aws/aws-sdk-net-extensions-cognito#24. "Refresh Token has expired": real Cognito as quoted by users hitting
 * RefreshTokenValidity (e.g. errornotes.dev, "Fix AWS Cognito Refresh Token has expired"); no AWS page states either.
 */
export const REFRESH_TOKEN_MESSAGES = {
  revoked: 'Refresh Token has been revoked',
  expired: 'Refresh Token has expired',
} as const;

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

  /**
   * Revoked, then expired. The emulator's refresh tokens are JWTs whose `exp` it sets from the app client's
   * RefreshTokenValidity and TokenValidityUnits when it issues them, but it never looks at it again.
   */
  assertUsable(token: string | undefined, nowMs: number): void {
    if (token === undefined) return;
    if (this.tokens.has(token)) throw new NotAuthorizedError(REFRESH_TOKEN_MESSAGES.revoked);
    const exp = decodeJwtPayload(token)?.exp;
    if (typeof exp === 'number' && exp * 1000 <= nowMs) throw new NotAuthorizedError(REFRESH_TOKEN_MESSAGES.expired);
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
