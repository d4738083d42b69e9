import { decodeJwtPayload } from '../tokens.js';
import type { UserClaims } from '../types.js';
import { oauthError } from './oauth-errors.js';

export interface IdTokenExpectations {
  nonce: string;
  clientId: string;
  issuer: string;
  /** Now, in seconds since the epoch, on this device's clock. */
  nowSeconds: number;
  /** Clock skew allowed on `exp`. */
  leewaySeconds?: number;
}

/**
 * The checks OpenID Connect asks of a client that received the id token straight from the token endpoint over
 * TLS (Core 1.0 §3.1.3.7): `iss` is the pool, `aud` is this client, `nonce` is the one sent, `exp` is ahead.
 * The signature is not checked here: the token came from the pool over TLS, and servers verify it anyway.
 */
export function checkIdToken(idToken: string, expected: IdTokenExpectations): UserClaims {
  let claims: UserClaims;
  try {
    claims = decodeJwtPayload<UserClaims>(idToken);
  } catch (cause) {
    throw oauthError('oauthTokenRejected', { detail: 'not a JWT', cause });
  }
  const audiences = Array.isArray(claims.aud) ? (claims.aud as unknown[]) : [claims.aud];
  if (claims.iss !== expected.issuer) {
    // The usual cause is an `endpoint` that proxies Cognito: the fix is `oauth.issuer`.
    throw oauthError('oauthTokenRejected', { detail: `issuer ${JSON.stringify(claims.iss)} is not ${JSON.stringify(expected.issuer)}: set oauth.issuer to the pool's issuer` });
  }
  if (!audiences.includes(expected.clientId)) throw oauthError('oauthTokenRejected', { detail: 'audience' });
  if (claims.nonce !== expected.nonce) throw oauthError('oauthTokenRejected', { detail: 'nonce' });
  if (typeof claims.exp !== 'number' || claims.exp + (expected.leewaySeconds ?? 300) <= expected.nowSeconds) {
    throw oauthError('oauthTokenRejected', { detail: 'expired' });
  }
  return claims;
}

/** The pool's issuer: `https://cognito-idp.<region>.amazonaws.com/<poolId>`, or the emulator's endpoint + pool id. */
export function poolIssuer(endpoint: string, userPoolId: string): string {
  return `${endpoint.replace(/\/+$/, '')}/${userPoolId}`;
}
