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

// A Cognito session is a few KB; anything far larger is not one, and is not worth parsing.
const maxStoredLength = 100_000;

export const toStoredSession = ({ tokens, clockDriftMs }: Session): StoredSession => ({ v: 1, tokens, clockDriftMs });

const isString = (value: unknown): value is string => typeof value === 'string';
const isTime = (value: unknown) => typeof value === 'number' && Number.isFinite(value);
const optional = (value: unknown, check: (v: unknown) => boolean) => value === undefined || check(value);

/** The claims the kit and its users read, checked for the types `UserClaims` promises. */
function claimsAreSound(session: Session): boolean {
  const { user } = session;
  const access = decodeJwtPayload(session.tokens.accessToken);
  return (
    isTime(access.exp) &&
    isTime(access.iat) &&
    optional(access.username, isString) &&
    isString(user.sub) &&
    user.sub !== '' &&
    isString(user.iss) &&
    isTime(user.exp) &&
    isTime(user.iat) &&
    optional(user.email, isString) &&
    optional(user.email_verified, (v) => typeof v === 'boolean') &&
    optional(user.name, isString) &&
    optional(user['cognito:username'], isString) &&
    optional(user['cognito:groups'], (v) => Array.isArray(v) && v.every(isString)) &&
    optional(user.aud, isString) &&
    optional(user.auth_time, isTime) &&
    isString(session.username) &&
    Number.isFinite(session.expiresAt)
  );
}

/** A session from a stored or received value, or null for anything that is not a sound one. Never throws. */
export function sessionFromStored(value: unknown): Session | null {
  try {
    const stored = (isString(value) ? (value.length > maxStoredLength ? null : JSON.parse(value)) : value) as Partial<StoredSession> | null;
    if (!stored || stored.v !== 1 || !isTime(stored.clockDriftMs)) return null;
    const { tokens } = stored;
    if (!tokens || ![tokens.idToken, tokens.accessToken, tokens.refreshToken].every((t) => isString(t) && t !== '')) return null;
    const session = sessionFromTokens({ idToken: tokens.idToken, accessToken: tokens.accessToken, refreshToken: tokens.refreshToken }, 0, stored.clockDriftMs);
    return claimsAreSound(session) ? session : null;
  } catch {
    return null;
  }
}
