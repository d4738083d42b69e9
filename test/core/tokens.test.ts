import { describe, expect, it } from 'vitest';
import { decodeJwtPayload, sessionFromTokens } from '../../src/core/tokens';
import { refreshDueAt } from '../../src/core/refresh-scheduler';
import { tokensFor, unsignedJwt } from '../support/unsigned-jwt';

describe('tokens', () => {
  it('decodes base64url payloads with non-ASCII text', () => {
    const token = unsignedJwt({ name: 'Zoë Ærø', sub: 'x' });
    expect(decodeJwtPayload<{ name: string }>(token).name).toBe('Zoë Ærø');
  });

  it('rejects things that are not JWTs', () => {
    expect(() => decodeJwtPayload('nope')).toThrow(/Not a JWT/);
  });

  it('builds a session with groups and a drift-corrected expiry', () => {
    const iat = 1_800_000_000;
    const tokens = tokensFor({ iat, lifetime: 3600, groups: ['admin'] });
    // The device clock runs 5 minutes ahead of Cognito's.
    const receivedAt = (iat + 300) * 1000;
    const session = sessionFromTokens(tokens, receivedAt);
    expect(session.groups).toEqual(['admin']);
    expect(session.user.email).toBe('ada@example.com');
    expect(session.clockDriftMs).toBe(300_000);
    expect(session.expiresAt).toBe((iat + 3600 + 300) * 1000);
  });

  it('refreshes `margin` before expiry, but no later than half-way for short tokens', () => {
    const iat = 1_800_000_000;
    const long = sessionFromTokens(tokensFor({ iat, lifetime: 3600 }), iat * 1000);
    expect(refreshDueAt(long, 60_000)).toBe((iat + 3600 - 60) * 1000);
    const short = sessionFromTokens(tokensFor({ iat, lifetime: 4 }), iat * 1000);
    expect(refreshDueAt(short, 60_000)).toBe((iat + 2) * 1000);
  });
});
