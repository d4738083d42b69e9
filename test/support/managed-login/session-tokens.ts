import type { Router } from 'cognito-local/lib/server/Router.js';
import type { Context } from 'cognito-local/lib/services/context.js';
import type { Services } from 'cognito-local/lib/services/index.js';
import type { User } from 'cognito-local/lib/services/userPoolService.js';
import { decodeJwtPayload } from '../access-token';
import { GrantedScopes } from './granted-scopes';
import type { OAuthAppClient } from './oauth-client';
import { withClaims } from './pool-jwt';

/** The JSON of /oauth2/token (developer guide, "The token issuer endpoint"). */
export interface TokenResponse {
  access_token: string;
  id_token?: string;
  refresh_token?: string;
  token_type: 'Bearer';
  expires_in: number;
}

interface AuthenticationResult {
  AccessToken: string;
  IdToken: string;
  RefreshToken?: string;
}

const expiresIn = (accessToken: string): number => {
  const claims = decodeJwtPayload(accessToken);
  return typeof claims?.exp === 'number' && typeof claims.iat === 'number' ? claims.exp - claims.iat : 3600;
};

/**
 * Pool tokens for a managed-login session. The emulator issues them (its token generator, its refresh-token store) and
 * hands them out through the gap-filled GetTokensFromRefreshToken, so every rule of the API applies to them too:
 * rotation, revocation, refresh through InitiateAuth or GetTokensFromRefreshToken, access token checks. Then the
 * claims of the OAuth flow are added: the granted `scope` in the access token, `nonce` in the id token.
 */
export class SessionTokens {
  /** refresh token → the first refresh token of its family */
  private readonly familyRoot = new Map<string, string>();
  /** access token jti → the refresh token it came with */
  private readonly originOf = new Map<string, string>();
  private readonly revokedFamilies = new Set<string>();

  constructor(
    private readonly services: Pick<Services, 'cognito' | 'tokenGenerator'>,
    /** Keeps the granted scopes on every refresh (GrantedScopes.keptOnRefresh). */
    private readonly router: Router,
    private readonly scopes: GrantedScopes,
  ) {}

  async issue(ctx: Context, user: User, client: OAuthAppClient, scopes: string[], nonce: string | undefined): Promise<TokenResponse> {
    const userPool = await this.services.cognito.getUserPoolForClientId(ctx, client.ClientId);
    const groups = await userPool.listUserGroupMembership(ctx, user);
    const issued = await this.services.tokenGenerator.generate(ctx, user, groups, client, undefined, 'HostedAuth');
    await userPool.storeRefreshToken(ctx, issued.RefreshToken, user);
    this.familyRoot.set(issued.RefreshToken, issued.RefreshToken);
    this.scopes.grant(issued.RefreshToken, scopes);
    return this.fromRefreshToken(ctx, client, issued.RefreshToken, client.ClientSecret, nonce, true);
  }

  /** The refresh_token grant: errors are the API's (NotAuthorizedException, RefreshTokenReuseException). */
  refresh(ctx: Context, client: OAuthAppClient, refreshToken: string, clientSecret: string | undefined): Promise<TokenResponse> {
    return this.fromRefreshToken(ctx, client, refreshToken, clientSecret, undefined, false);
  }

  private async fromRefreshToken(
    ctx: Context,
    client: OAuthAppClient,
    refreshToken: string,
    clientSecret: string | undefined,
    nonce: string | undefined,
    initial: boolean,
  ): Promise<TokenResponse> {
    const { AuthenticationResult: result } = (await this.router('GetTokensFromRefreshToken')(ctx, {
      ClientId: client.ClientId,
      RefreshToken: refreshToken,
      ...(clientSecret ? { ClientSecret: clientSecret } : {}),
    })) as { AuthenticationResult: AuthenticationResult };
    // The router put the session's scopes in; a sign-in through the API keeps the API's scope, as in Cognito.
    const accessToken = result.AccessToken;
    const scopes = GrantedScopes.ofAccessToken(accessToken);
    const current = result.RefreshToken ?? refreshToken;
    if (result.RefreshToken) this.familyRoot.set(result.RefreshToken, this.familyRoot.get(refreshToken) ?? refreshToken);
    const jti = decodeJwtPayload(accessToken)?.jti;
    if (typeof jti === 'string') this.originOf.set(jti, current);
    return {
      access_token: accessToken,
      // The id token comes only with the openid scope (developer guide, "Scopes, M2M, and resource servers").
      ...(scopes.includes('openid') ? { id_token: nonce === undefined ? result.IdToken : withClaims(result.IdToken, { nonce }) } : {}),
      // The code exchange hands out the session's refresh token; a refresh only a rotated one.
      ...(initial || result.RefreshToken ? { refresh_token: current } : {}),
      token_type: 'Bearer',
      expires_in: expiresIn(accessToken),
    };
  }

  /** /oauth2/revoke took this token's family away: its access tokens fail at /oauth2/userInfo too. */
  revoked(refreshToken: string): void {
    this.revokedFamilies.add(this.familyRoot.get(refreshToken) ?? refreshToken);
  }

  isRevokedAccessToken(jti: string): boolean {
    const origin = this.originOf.get(jti);
    return origin !== undefined && this.revokedFamilies.has(this.familyRoot.get(origin) ?? origin);
  }
}
