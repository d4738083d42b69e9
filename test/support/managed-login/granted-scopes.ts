import type { Route, Router } from 'cognito-local/lib/server/Router.js';
import type { Context } from 'cognito-local/lib/services/context.js';
import { decodeJwtPayload } from '../access-token';
import { withClaims } from './pool-jwt';

interface RefreshRequest {
  AuthFlow?: string;
  AuthParameters?: { REFRESH_TOKEN?: string };
  RefreshToken?: string;
}
interface RefreshResponse {
  AuthenticationResult?: { AccessToken?: string; RefreshToken?: string };
}

/**
 * The scopes each managed-login session was granted, by refresh token. Cognito keeps them in every access token of
 * the session, however it is refreshed: /oauth2/token, or the API's GetTokensFromRefreshToken or REFRESH_TOKEN_AUTH
 * (the emulator would put `aws.cognito.signin.user.admin` alone there).
 */
export class GrantedScopes {
  private readonly byRefreshToken = new Map<string, string[]>();

  grant(refreshToken: string, scopes: string[]): void {
    this.byRefreshToken.set(refreshToken, scopes);
  }

  of(refreshToken: string): string[] | undefined {
    return this.byRefreshToken.get(refreshToken);
  }

  /** The router with every refresh of a managed-login session answering with the session's scopes. */
  keptOnRefresh(router: Router): Router {
    return (target): Route => {
      const route = router(target);
      if (target !== 'GetTokensFromRefreshToken' && target !== 'InitiateAuth') return route;
      return async (ctx: Context, req: RefreshRequest) => {
        const response = (await route(ctx, req)) as RefreshResponse;
        const refreshToken = req.RefreshToken ?? (req.AuthFlow?.startsWith('REFRESH_TOKEN') ? req.AuthParameters?.REFRESH_TOKEN : undefined);
        const scopes = refreshToken === undefined ? undefined : this.of(refreshToken);
        const result = response?.AuthenticationResult;
        if (!scopes || !result?.AccessToken) return response;
        if (result.RefreshToken) this.grant(result.RefreshToken, scopes);
        return { ...response, AuthenticationResult: { ...result, AccessToken: withClaims(result.AccessToken, { scope: scopes.join(' ') }) } };
      };
    };
  }

  /** The scope of an access token as issued. */
  static ofAccessToken(accessToken: string): string[] {
    return String(decodeJwtPayload(accessToken)?.scope ?? '').split(' ').filter(Boolean);
  }
}
