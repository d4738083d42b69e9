import { createPublicKey, verify, type JsonWebKey, type KeyObject } from 'node:crypto';
import { createRequire } from 'node:module';
import { NotAuthorizedError } from 'cognito-local/lib/errors.js';

export interface AccessTokenClaims {
  readonly sub: string;
  readonly username: string;
  readonly client_id: string;
  readonly token_use: string;
  readonly exp: number;
  readonly iat: number;
  readonly jti: string;
}

/** The payload of a JWT without checking anything; undefined when it is not a JWT. */
export function decodeJwtPayload(token: unknown): Record<string, unknown> | undefined {
  if (typeof token !== 'string') return undefined;
  const payload = token.split('.')[1];
  if (payload === undefined) return undefined;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

let signingKey: KeyObject | undefined;

// The emulator signs every token with one fixed key shipped in its package (JSON, so not importable as ESM).
function emulatorPublicKey(): KeyObject {
  if (!signingKey) {
    const require = createRequire(import.meta.url);
    const { jwk } = require('cognito-local/lib/keys/cognitoLocal.public.json') as { jwk: JsonWebKey };
    signingKey = createPublicKey({ key: jwk, format: 'jwk' });
  }
  return signingKey;
}

/** Checks signature, token_use and expiry the way Cognito does for calls authorised by an access token. */
export function verifyAccessToken(token: string, nowMs: number): AccessTokenClaims {
  const [header, payload, signature] = token.split('.');
  if (header === undefined || payload === undefined || signature === undefined) {
    throw new NotAuthorizedError('Invalid Access Token');
  }
  const valid = verify(
    'sha256',
    Buffer.from(`${header}.${payload}`),
    emulatorPublicKey(),
    Buffer.from(signature, 'base64url'),
  );
  const claims = decodeJwtPayload(token);
  if (!valid || !claims || claims.token_use !== 'access') throw new NotAuthorizedError('Invalid Access Token');
  if (typeof claims.exp !== 'number' || claims.exp * 1000 <= nowMs) {
    throw new NotAuthorizedError('Access Token has expired');
  }
  return claims as unknown as AccessTokenClaims;
}
