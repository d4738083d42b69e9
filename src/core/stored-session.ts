import { decodeJwtPayload, sessionFromTokens } from './tokens.js';
import type { AuthTokens, Session } from './types.js';

/**
 * The session as it is stored and sent to other tabs: the tokens and the measured clock drift, nothing
 * derived. Everything else (user, groups, expiry) is read from the tokens again, so a stored value can never
 * disagree with its tokens. `v` changes with the format: an entry of another version is discarded (the user
 * signs in again) instead of being misread.
 */
export interface StoredSession {
  v: 1;
  tokens: AuthTokens;
  clockDriftMs: number;
}

export const toStoredSession = ({ tokens, clockDriftMs }: Session): StoredSession => ({ v: 1, tokens, clockDriftMs });

// What every session has (sessionFromTokens leaves out optional claims of the wrong type).
const idClaims = { sub: 'string', iss: 'string', exp: 'number', iat: 'number' };
const accessClaims = { exp: 'number', iat: 'number' };

const fit = (claims: Record<string, unknown>, types: Record<string, string>) => Object.entries(types).every(([name, type]) => typeof claims[name] === type);

/** A session from a stored or received value, or null for anything that is not a sound one. Never throws. */
export function sessionFromStored(value: unknown): Session | null {
  try {
    // A Cognito session is a few KB; anything far larger is not one, and is not worth parsing.
    const stored = (typeof value === 'string' ? value.length < 1e5 && JSON.parse(value) : value) as StoredSession;
    const { idToken, accessToken, refreshToken } = stored.tokens;
    if (stored.v !== 1 || !refreshToken || typeof refreshToken !== 'string' || typeof stored.clockDriftMs !== 'number') return null;
    const session = sessionFromTokens({ idToken, accessToken, refreshToken }, 0, stored.clockDriftMs);
    return fit(session.user, idClaims) &&
      fit(decodeJwtPayload(accessToken), accessClaims) &&
      typeof session.username === 'string' &&
      Number.isFinite(session.expiresAt)
      ? session
      : null;
  } catch {
    return null;
  }
}
