import type { IncomingMessage, ServerResponse } from 'node:http';
import { CognitoError } from 'cognito-local/lib/errors.js';
import type { Router } from 'cognito-local/lib/server/Router.js';
import type { Context } from 'cognito-local/lib/services/context.js';
import type { Services } from 'cognito-local/lib/services/index.js';
import { decodeJwtPayload } from '../access-token';
import { authenticatedClient } from './client-authentication';
import { readForm, sendJson } from './http-helpers';
import { OAuthError } from './oauth-errors';
import type { SessionTokens } from './session-tokens';

/**
 * POST /oauth2/revoke: the refresh token and every token of its family stop working, through the API's RevokeToken
 * (so a refresh through /oauth2/token or the API fails afterwards). Only refresh tokens are revocable here
 * (`unsupported_token_type` for an access or id token); a token the pool does not know is answered 200 as RFC 7009 asks.
 */
export async function revokeEndpoint(
  deps: { services: Pick<Services, 'cognito'>; router: Router; userPoolId: string; tokens: SessionTokens },
  ctx: Context,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  try {
    const form = await readForm(req);
    const token = form.get('token');
    if (!token) throw new OAuthError('invalid_request', 'token is required');
    const { client, clientSecret } = await authenticatedClient(deps.services, ctx, deps.userPoolId, req, form);
    const tokenUse = decodeJwtPayload(token)?.token_use;
    if (tokenUse === 'access' || tokenUse === 'id') throw new OAuthError('unsupported_token_type');
    try {
      await deps.router('RevokeToken')(ctx, { ClientId: client.ClientId, Token: token, ...(clientSecret ? { ClientSecret: clientSecret } : {}) });
    } catch (error) {
      if (!(error instanceof CognitoError)) throw error;
    }
    deps.tokens.revoked(token);
    res.writeHead(200, { 'Cache-Control': 'no-store' });
    res.end();
  } catch (error) {
    if (!(error instanceof OAuthError)) throw error;
    sendJson(res, error.status, error.body());
  }
}
