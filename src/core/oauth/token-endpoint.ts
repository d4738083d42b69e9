import { AuthError } from '../errors.js';
import type { AuthTokens } from '../types.js';
import { oauthError } from './oauth-errors.js';

interface TokenResponse {
  id_token?: string;
  access_token?: string;
  refresh_token?: string;
  error?: string;
  error_description?: string;
}

const form = { 'Content-Type': 'application/x-www-form-urlencoded' };

async function post(url: string, body: Record<string, string>): Promise<Response> {
  try {
    return await fetch(url, { method: 'POST', headers: form, body: new URLSearchParams(body) });
  } catch (cause) {
    throw new AuthError('network', undefined, { cause });
  }
}

/**
 * `POST /oauth2/token` with `grant_type=authorization_code` and the PKCE verifier. Cognito answers a code that
 * expired, was used already, or whose verifier does not match with `invalid_grant`.
 */
export async function exchangeCode(
  domain: string,
  request: { clientId: string; code: string; redirectUri: string; codeVerifier: string },
): Promise<AuthTokens> {
  const response = await post(`${domain}/oauth2/token`, {
    grant_type: 'authorization_code',
    client_id: request.clientId,
    code: request.code,
    redirect_uri: request.redirectUri,
    code_verifier: request.codeVerifier,
  });
  const body = (await response.json().catch(() => ({}))) as TokenResponse;
  if (!response.ok) {
    if (response.status >= 500) throw new AuthError('serviceUnavailable', undefined, { cognitoCode: body.error });
    if (body.error === 'invalid_grant') throw oauthError('oauthCodeRejected', { cause: body });
    if (body.error === 'invalid_client' || body.error === 'unauthorized_client' || body.error === 'unsupported_grant_type') {
      throw new AuthError('invalidConfig', `react-cognito-kit: Cognito refused the app client at /oauth2/token (${body.error}). Enable "Authorization code grant" for it and add oauth.redirectSignIn to its callback URLs.`, { cognitoCode: body.error });
    }
    throw oauthError('oauthProviderError', { detail: body.error_description ?? body.error, cause: body });
  }
  if (!body.id_token || !body.access_token) throw oauthError('oauthTokenRejected', { detail: 'no id token: is "openid" among the app client\'s allowed scopes?' });
  return { idToken: body.id_token, accessToken: body.access_token, refreshToken: body.refresh_token ?? '' };
}

/** `POST /oauth2/revoke`: the refresh token and the access tokens issued with it stop working. */
export async function revokeToken(domain: string, clientId: string, token: string): Promise<void> {
  const response = await post(`${domain}/oauth2/revoke`, { token, client_id: clientId });
  if (!response.ok) throw new AuthError(response.status >= 500 ? 'serviceUnavailable' : 'unknown', undefined, { cognitoCode: String(response.status) });
}
