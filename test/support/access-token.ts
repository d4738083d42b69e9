import { createPublicKey, verify, type JsonWebKey, type KeyObject } from 'node:crypto';
import { createRequire } from 'node:module';

export interface AccessTokenClaims {
  readonly sub: string;
  readonly username: string;
  readonly client_id: string;
  readonly iss: string;
  readonly token_use: string;
  readonly scope?: string;
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

/** True when `token` is a JWT signed (RS256) with the emulator's key, whatever it claims. */
export function hasEmulatorSignature(token: string): boolean {
  const parts = token.split('.');
  if (parts.length !== 3) return false;
  const [header, payload, signature] = parts as [string, string, string];
  return verify('sha256', Buffer.from(`${header}.${payload}`), emulatorPublicKey(), Buffer.from(signature, 'base64url'));
}

/** The claims of a token that is signed by the emulator and has the shape of an access token; else undefined. */
export function signedAccessTokenClaims(token: unknown): AccessTokenClaims | undefined {
  if (typeof token !== 'string' || !hasEmulatorSignature(token)) return undefined;
  const claims = decodeJwtPayload(token);
  if (!claims || claims.token_use !== 'access') return undefined;
  const strings = ['sub', 'username', 'client_id', 'iss', 'jti'] as const;
  const numbers = ['exp', 'iat'] as const;
  if (strings.some((name) => typeof claims[name] !== 'string')) return undefined;
  if (numbers.some((name) => typeof claims[name] !== 'number')) return undefined;
  return claims as unknown as AccessTokenClaims;
}
