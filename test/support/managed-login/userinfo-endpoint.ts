import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Context } from 'cognito-local/lib/services/context.js';
import type { Services } from 'cognito-local/lib/services/index.js';
import { signedAccessTokenClaims } from '../access-token';
import { sendJson } from './http-helpers';
import type { SessionTokens } from './session-tokens';

// Which attributes each scope releases (OpenID Connect Core 5.4; Cognito's userInfo follows it).
const EMAIL_ATTRIBUTES = new Set(['email', 'email_verified']);
const PHONE_ATTRIBUTES = new Set(['phone_number', 'phone_number_verified']);

function released(name: string, scopes: string[]): boolean {
  if (name === 'sub') return true;
  if (EMAIL_ATTRIBUTES.has(name)) return scopes.includes('email') || scopes.includes('aws.cognito.signin.user.admin');
  if (PHONE_ATTRIBUTES.has(name)) return scopes.includes('phone') || scopes.includes('aws.cognito.signin.user.admin');
  return scopes.includes('profile') || scopes.includes('aws.cognito.signin.user.admin');
}

/**
 * GET (or POST) /oauth2/userInfo with `Authorization: Bearer <access token>`: the user's attributes as the scopes of
 * the token allow, values as strings, as Cognito answers. The token must carry `openid`. A token that fails is 401 with
 * `WWW-Authenticate: Bearer error="invalid_token"` (RFC 6750).
 */
export async function userInfoEndpoint(
  deps: { services: Pick<Services, 'cognito' | 'clock'>; issuer: () => string; userPoolId: string; tokens: SessionTokens },
  ctx: Context,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const refuse = (description: string) =>
    sendJson(res, 401, { error: 'invalid_token', error_description: description }, { 'WWW-Authenticate': `Bearer error="invalid_token", error_description="${description}"` });
  const header = req.headers.authorization ?? '';
  const token = header.startsWith('Bearer ') ? header.slice(7).trim() : undefined;
  if (!token) {
    sendJson(res, 401, { error: 'invalid_request', error_description: 'Bearer token is required' }, { 'WWW-Authenticate': 'Bearer' });
    return;
  }
  const claims = signedAccessTokenClaims(token);
  if (!claims || claims.iss !== deps.issuer()) return refuse('Invalid access token');
  if (claims.exp * 1000 <= deps.services.clock.get().getTime()) return refuse('Access token is expired');
  if (deps.tokens.isRevokedAccessToken(claims.jti)) return refuse('Access token has been revoked');
  const scopes = (claims.scope ?? '').split(' ');
  if (!scopes.includes('openid')) return refuse('Access token does not have the openid scope');
  const userPool = await deps.services.cognito.getUserPool(ctx, deps.userPoolId);
  const user = await userPool.getUserByUsername(ctx, claims.username);
  if (!user) return refuse('User does not exist');
  const attributes = Object.fromEntries(user.Attributes.filter((a) => a.Value !== undefined && released(a.Name, scopes)).map((a) => [a.Name, a.Value!]));
  sendJson(res, 200, { ...attributes, username: user.Username });
}
