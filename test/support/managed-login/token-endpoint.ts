import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { CognitoError } from 'cognito-local/lib/errors.js';
import type { Context } from 'cognito-local/lib/services/context.js';
import type { Services } from 'cognito-local/lib/services/index.js';
import type { AuthorizationCodes } from './authorization-codes';
import { authenticatedClient } from './client-authentication';
import { readForm, sendJson } from './http-helpers';
import { allowsCodeGrant } from './oauth-client';
import { OAuthError } from './oauth-errors';
import type { SessionTokens } from './session-tokens';

const pkceChallenge = (verifier: string): string => createHash('sha256').update(verifier).digest('base64url');

// RFC 7636 4.1: 43 to 128 characters of [A-Za-z0-9-._~].
const VALID_VERIFIER = /^[A-Za-z0-9._~-]{43,128}$/;

export interface TokenEndpointDeps {
  services: Pick<Services, 'cognito' | 'clock'>;
  userPoolId: string;
  codes: AuthorizationCodes;
  tokens: SessionTokens;
}

/**
 * POST /oauth2/token for `authorization_code` (with the PKCE check when the code was asked for with a challenge) and
 * `refresh_token`. Errors are HTTP 400 with `{ "error": … }` under the names the developer guide lists.
 */
export async function tokenEndpoint({ services, userPoolId, codes, tokens }: TokenEndpointDeps, ctx: Context, req: IncomingMessage, res: ServerResponse): Promise<void> {
  try {
    if (!(req.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded')) {
      throw new OAuthError('invalid_request', 'Content-Type must be application/x-www-form-urlencoded');
    }
    const form = await readForm(req);
    const grantType = form.get('grant_type');
    if (!grantType) throw new OAuthError('invalid_request', 'grant_type is required');
    if (grantType !== 'authorization_code' && grantType !== 'refresh_token' && grantType !== 'client_credentials') {
      throw new OAuthError('unsupported_grant_type');
    }
    const { client, clientSecret } = await authenticatedClient(services, ctx, userPoolId, req, form);
    if (grantType === 'client_credentials') throw new OAuthError('unauthorized_client', 'Client is not enabled for the client credentials grant');
    if (!allowsCodeGrant(client)) throw new OAuthError('unauthorized_client');

    if (grantType === 'refresh_token') {
      const refreshToken = form.get('refresh_token');
      if (!refreshToken) throw new OAuthError('invalid_request', 'refresh_token is required');
      sendJson(res, 200, await asInvalidGrant(() => tokens.refresh(ctx, client, refreshToken, clientSecret)));
      return;
    }

    const code = form.get('code');
    const redirectUri = form.get('redirect_uri');
    if (!code) throw new OAuthError('invalid_request', 'code is required');
    if (!redirectUri) throw new OAuthError('invalid_request', 'redirect_uri is required');
    const grant = codes.redeem(code, services.clock.get().getTime());
    if (!grant || grant.clientId !== client.ClientId || grant.redirectUri !== redirectUri) throw new OAuthError('invalid_grant');
    if (grant.codeChallenge !== undefined) {
      const verifier = form.get('code_verifier');
      if (!verifier || !VALID_VERIFIER.test(verifier) || pkceChallenge(verifier) !== grant.codeChallenge) throw new OAuthError('invalid_grant');
    }
    const userPool = await services.cognito.getUserPool(ctx, userPoolId);
    const user = await userPool.getUserByUsername(ctx, grant.username);
    if (!user || !user.Enabled) throw new OAuthError('invalid_grant');
    sendJson(res, 200, await tokens.issue(ctx, user, client, grant.scopes, grant.nonce));
  } catch (error) {
    if (!(error instanceof OAuthError)) throw error;
    sendJson(res, error.status, error.body());
  }
}

/** A refresh token the API refuses (revoked, expired, unknown, rotated out) is `invalid_grant` at this endpoint. */
async function asInvalidGrant<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof CognitoError) throw new OAuthError('invalid_grant');
    throw error;
  }
}
