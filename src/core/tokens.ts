import type { Session, AuthTokens, UserClaims } from './types.js';

/** Decodes a JWT payload. No signature check: the browser cannot trust itself anyway; servers verify. */
export function decodeJwtPayload<T = Record<string, unknown>>(token: string): T {
  const part = token.split('.')[1];
  if (!part) throw new TypeError('Not a JWT: expected three dot-separated parts');
  const base64 = part.replace(/-/g, '+').replace(/_/g, '/');
  const padded = base64 + '='.repeat((4 - (base64.length % 4)) % 4);
  // The UTF-8 read with escape() and decodeURIComponent: TextDecoder's first use (and Uint8Array.from's per-byte
  // callback) cost about 15 ms at 4× CPU throttling, in the task the tokens of a sign-in arrive in (issue #17).
  return JSON.parse(decodeURIComponent(escape(atob(padded)))) as T;
}

const typedClaims = { email: 'string', email_verified: 'boolean', name: 'string', 'cognito:username': 'string', aud: 'string', auth_time: 'number' };

interface AccessClaims {
  exp: number;
  iat: number;
  username?: string;
  sub: string;
}

/**
 * Builds a session from fresh tokens. `receivedAt` is this device's clock when they arrived:
 * `iat` is Cognito's clock at the same moment, so the difference is the drift to correct expiry by.
 * Tokens of unknown age (handed over from elsewhere) must pass `knownDriftMs` instead.
 */
export function sessionFromTokens(tokens: AuthTokens, receivedAt: number, knownDriftMs?: number): Session {
  const user: UserClaims = { ...decodeJwtPayload<UserClaims>(tokens.idToken) };
  const access = decodeJwtPayload<AccessClaims>(tokens.accessToken);
  const clockDriftMs = knownDriftMs ?? receivedAt - access.iat * 1000;
  // A claim `UserClaims` types, of another type (a pre-token-generation trigger can set any JSON): left out, not
  // handed on, so an app never meets a string where it reads a list. The same at sign-in and on every load.
  const verified: unknown = user.email_verified;
  if (verified === 'true' || verified === 'false') user.email_verified = verified === 'true';
  for (const [claim, type] of Object.entries(typedClaims)) if (user[claim] !== undefined && typeof user[claim] !== type) delete user[claim];
  const listed = user['cognito:groups'];
  const groups = Array.isArray(listed) ? listed.filter((group): group is string => typeof group === 'string') : [];
  if (listed !== undefined) user['cognito:groups'] = groups;
  return {
    tokens,
    username: access.username ?? user['cognito:username'] ?? user.sub,
    user,
    groups,
    // The earlier of the two expiries, in device time (from the payloads decoded above: decoding is the cost here).
    expiresAt: Math.min(access.exp, user.exp) * 1000 + clockDriftMs,
    clockDriftMs,
  };
}
