import { createPrivateKey, sign, type KeyObject } from 'node:crypto';
import { createRequire } from 'node:module';
import { decodeJwtPayload } from '../access-token';

let privateKey: KeyObject | undefined;

// cognito-local signs every pool's tokens with this one key (kid CognitoLocal), published at each pool's JWKS.
function emulatorPrivateKey(): KeyObject {
  if (!privateKey) {
    const require = createRequire(import.meta.url);
    const { pem } = require('cognito-local/lib/keys/cognitoLocal.private.json') as { pem: string };
    privateKey = createPrivateKey(pem);
  }
  return privateKey;
}

const part = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');

/** A JWT signed as the emulator signs its pool tokens (RS256, kid CognitoLocal): its JWKS and aws-jwt-verify accept it. */
export function signPoolJwt(payload: Record<string, unknown>): string {
  const signingInput = `${part({ alg: 'RS256', typ: 'JWT', kid: 'CognitoLocal' })}.${part(payload)}`;
  return `${signingInput}.${sign('sha256', Buffer.from(signingInput), emulatorPrivateKey()).toString('base64url')}`;
}

/**
 * The emulator's token with claims added (or replaced), signed again. `jti`, `iat`, `exp`, `iss` and `aud` stay as they
 * were, so what the harness recorded about the token (revocation by jti, its refresh token) still holds.
 */
export function withClaims(token: string, claims: Record<string, unknown>): string {
  const payload = decodeJwtPayload(token);
  if (!payload) throw new Error('Not a JWT');
  return signPoolJwt({ ...payload, ...claims });
}
