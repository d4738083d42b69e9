import { sessionFromTokens } from '../core/tokens.js';
import type { AuthTokens, Session } from '../core/types.js';

export const mockUserPoolId = 'us-east-1_MockPool';
export const mockClientId = 'mock-client-id';

export interface TestSessionOptions {
  /** Default `ada@example.com`. */
  email?: string;
  /** Cognito groups (`cognito:groups`), e.g. `['admin']`. Default none. */
  groups?: readonly string[];
  /** Seconds until the tokens expire (default 3600). 0 or less: already expired, as after a long night. */
  expiresIn?: number;
  /** The user's id; default a UUID derived from the email, so the same email always gets the same `sub`. */
  sub?: string;
  /** Extra id token claims: `{ name: 'Ada', 'custom:plan': 'pro' }`. */
  attributes?: Record<string, unknown>;
  /** The clock the tokens are issued by, in ms since epoch (default `Date.now()`). */
  now?: number;
}

function base64url(value: unknown): string {
  const bytes = new TextEncoder().encode(JSON.stringify(value));
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** A well-formed JWT with `alg: none` and an empty signature: decodable by the kit, verifiable by nobody. */
export function unsignedJwt(payload: Record<string, unknown>): string {
  return `${base64url({ alg: 'none', typ: 'JWT', kid: 'react-cognito-kit-testing' })}.${base64url(payload)}.`;
}

/** A stable UUID-shaped id for an email (FNV-1a), so tests can predict `sub`. */
export function subFor(email: string): string {
  let hex = '';
  for (let round = 0; hex.length < 32; round += 1) {
    let hash = 0x811c9dc5 ^ round;
    for (const char of `${round}:${email}`) {
      hash ^= char.charCodeAt(0);
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
    hex += hash.toString(16).padStart(8, '0');
  }
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** Id, access and refresh tokens shaped like Cognito's (same claims), unsigned. */
export function createTestTokens(options: TestSessionOptions = {}): AuthTokens {
  const email = options.email ?? 'ada@example.com';
  const sub = options.sub ?? subFor(email);
  const iat = Math.floor((options.now ?? Date.now()) / 1000);
  const exp = iat + (options.expiresIn ?? 3600);
  const iss = `https://cognito-idp.us-east-1.amazonaws.com/${mockUserPoolId}`;
  const groups = options.groups && options.groups.length > 0 ? { 'cognito:groups': [...options.groups] } : {};
  const jti = `${sub.slice(0, 8)}-${iat.toString(16)}`;
  const idToken = unsignedJwt({
    sub,
    email,
    email_verified: true,
    ...groups,
    iss,
    'cognito:username': sub,
    aud: mockClientId,
    token_use: 'id',
    auth_time: iat,
    iat,
    exp,
    jti: `id-${jti}`,
    origin_jti: `origin-${jti}`,
    ...options.attributes,
  });
  const accessToken = unsignedJwt({
    sub,
    ...groups,
    iss,
    client_id: mockClientId,
    token_use: 'access',
    scope: 'aws.cognito.signin.user.admin',
    auth_time: iat,
    iat,
    exp,
    jti: `access-${jti}`,
    origin_jti: `origin-${jti}`,
    username: sub,
  });
  return { idToken, accessToken, refreshToken: `mock-refresh-token.${sub}` };
}

/**
 * A signed-in session with well-formed, unsigned tokens: pass it as `session` to `MockAuthProvider` or
 * `createMockAuthClient`, or read `session.tokens` for your own API mocks.
 */
export function createTestSession(options: TestSessionOptions = {}): Session {
  return sessionFromTokens(createTestTokens(options), options.now ?? Date.now());
}
