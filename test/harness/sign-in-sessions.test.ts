import { describe, expect, it } from 'vitest';
import { SESSION_EXPIRED, SESSION_VALIDITY_MS, SignInSessions } from '../support/sign-in-sessions';

// The harness's sign-in sessions on a clock the test moves (the emulator runs them on its own clock): Cognito's
// default AuthSessionValidity is 3 minutes.

const state = { clientId: 'client-a', username: 'user-1', expects: 'EMAIL_OTP', code: '123456' } as const;

describe('SignInSessions', () => {
  it('a session lives 3 minutes, then is refused as expired but still recognised as one the harness issued', () => {
    let now = 1_000_000;
    const sessions = new SignInSessions(() => now);
    const id = sessions.open(state);
    expect(sessions.get(id, 'client-a')).toMatchObject(state);
    now += SESSION_VALIDITY_MS - 1;
    expect(sessions.get(id, 'client-a')).toMatchObject(state);
    now += 1;
    expect(() => sessions.get(id, 'client-a')).toThrow(SESSION_EXPIRED);
    expect(sessions.isOurs(id)).toBe(true);
  });

  it('only for the app client it was issued to; closed, unknown and non-string ids refused', () => {
    const sessions = new SignInSessions(() => 0);
    const id = sessions.open(state);
    expect(() => sessions.get(id, 'client-b')).toThrow(SESSION_EXPIRED);
    expect(sessions.get(id)).toMatchObject(state);
    sessions.close(id);
    expect(() => sessions.get(id, 'client-a')).toThrow(SESSION_EXPIRED);
    expect(() => sessions.get('not-issued', 'client-a')).toThrow(SESSION_EXPIRED);
    expect(() => sessions.get(undefined, 'client-a')).toThrow(SESSION_EXPIRED);
    expect(sessions.isOurs('not-issued')).toBe(false);
  });

  it('ids are long, opaque and never repeat', () => {
    const sessions = new SignInSessions(() => 0);
    const ids = new Set(Array.from({ length: 50 }, () => sessions.open(state)));
    expect(ids.size).toBe(50);
    for (const id of ids) expect(id.length).toBeGreaterThan(100);
  });
});
