import { afterEach, describe, expect, it } from 'vitest';
import { createAuthClient, type AuthClient } from '../../src/core/auth-client';
import type { CognitoTransport } from '../../src/core/cognito-transport';
import { createMemoryStorage } from '../../src/core/storage';
import { sessionFromStored, toStoredSession } from '../../src/core/stored-session';
import { sessionFromTokens } from '../../src/core/tokens';
import { tokensFor, unsignedJwt } from '../support/unsigned-jwt';

// What a tab reads from storage, or receives from another tab, is user-writable and may come from another
// release: nothing there may throw out of the kit, and only a sound session of this format is taken.

const config = { userPoolId: 'eu-west-1_Abc123', clientId: 'robust', endpoint: 'http://127.0.0.1:9/' };
const key = 'rck.robust.session';
const now = () => Math.floor(Date.now() / 1000);
const clients: AuthClient[] = [];
afterEach(() => {
  for (const client of clients.splice(0)) client.stop();
});

function good() {
  const tokens = tokensFor({ iat: now(), lifetime: 3600, groups: ['admin'] });
  return toStoredSession(sessionFromTokens(tokens, Date.now()));
}

/** Starts a client on storage holding `raw`; every error that escapes fails the test. */
function clientOn(raw: string) {
  const storage = createMemoryStorage();
  storage.setItem(key, raw);
  const client = createAuthClient({ ...config, storage, crossTab: false });
  clients.push(client);
  client.start();
  return { client, storage };
}

const withClaims = (id: Record<string, unknown>, access: Record<string, unknown> = {}) => {
  const base = good();
  const iat = now();
  return {
    ...base,
    tokens: {
      ...base.tokens,
      idToken: unsignedJwt({ sub: 's-1', iss: 'https://issuer', iat, exp: iat + 3600, ...id }),
      accessToken: unsignedJwt({ sub: 's-1', username: 's-1', iat, exp: iat + 3600, ...access }),
    },
  };
};

const malformed: Array<[string, unknown]> = [
  ['null', null],
  ['an array', []],
  ['a number', 42],
  ['a string', 'hello'],
  ['true', true],
  ['an empty object', {}],
  ['no version (the format before versions)', { ...good(), v: undefined }],
  ['accessToken not a JWT', { ...good(), tokens: { ...good().tokens, accessToken: 'not-a-jwt' } }],
  ['idToken not a JWT', { ...good(), tokens: { ...good().tokens, idToken: 'a.b.c' } }],
  ['idToken payload null', { ...good(), tokens: { ...good().tokens, idToken: `x.${Buffer.from('null').toString('base64url')}.y` } }],
  ['idToken payload not base64', { ...good(), tokens: { ...good().tokens, idToken: 'x.%%%.y' } }],
  ['empty refresh token', { ...good(), tokens: { ...good().tokens, refreshToken: '' } }],
  ['refresh token a number', { ...good(), tokens: { ...good().tokens, refreshToken: 7 } }],
  ['tokens null', { ...good(), tokens: null }],
  ['tokens an array', { ...good(), tokens: [] }],
  ['clockDriftMs a string', { ...good(), clockDriftMs: '0' }],
  ['clockDriftMs NaN (null in JSON)', { ...good(), clockDriftMs: null }],
  ['sub missing', withClaims({ sub: undefined })],
  ['sub a number', withClaims({ sub: 5 })],
  ['exp a string', withClaims({ exp: '1' })],
  ['access token iat missing', withClaims({}, { iat: undefined })],
  ['access token exp a string', withClaims({}, { exp: '99999999999' })],
  ['username an object', withClaims({}, { username: {} })],
];

describe('stored and received sessions', () => {
  it('takes a sound session of this format, and derives user, groups and expiry from its tokens', () => {
    const stored = good();
    const session = sessionFromStored(JSON.stringify(stored));
    expect(session?.groups).toEqual(['admin']);
    expect(session?.user.email).toBe('ada@example.com');
    expect(session?.tokens).toEqual(stored.tokens);
    // Derived fields written into storage by hand are not believed.
    const lying = { ...stored, user: null, groups: 'admin', expiresAt: 'never', username: 5 };
    expect(sessionFromStored(JSON.stringify(lying))?.groups).toEqual(['admin']);
  });

  it.each(malformed)('discards %s: signed out once, the entry removed, nothing thrown', (_, value) => {
    expect(sessionFromStored(JSON.stringify(value))).toBeNull();
    const { client, storage } = clientOn(JSON.stringify(value) ?? 'undefined');
    const seen: string[] = [];
    client.subscribe(() => seen.push(client.getState().status));
    expect(client.getState()).toMatchObject({ status: 'signedOut', session: null, signOutReason: null });
    expect(storage.getItem(key)).toBeNull();
    expect(seen).toEqual([]);
  });

  it('leaves out claims of the wrong type and keeps the session: what sign-in accepted, a reload accepts too', () => {
    const odd = withClaims({ 'cognito:groups': ['admin', { x: 1 }], email: { a: 1 }, email_verified: 'true', name: 7, plan: 'gold' });
    const session = sessionFromStored(JSON.stringify(odd));
    expect(session).not.toBeNull();
    expect(session!.groups).toEqual(['admin']);
    expect(session!.user['cognito:groups']).toEqual(['admin']);
    expect(session!.user.email).toBeUndefined();
    expect(session!.user.name).toBeUndefined();
    expect(session!.user.email_verified).toBe(true);
    // Claims the kit does not type pass as they are.
    expect(session!.user.plan).toBe('gold');
    expect(sessionFromStored(JSON.stringify(withClaims({ 'cognito:groups': 'admin' })))!.groups).toEqual([]);
    // The same session as sign-in builds from those tokens.
    expect(sessionFromTokens(odd.tokens, 0, odd.clockDriftMs)).toEqual(session);
  });

  it("leaves another release's entry (a newer format) in storage, and starts signed out", () => {
    const newer = JSON.stringify({ ...good(), v: 2 });
    const { client, storage } = clientOn(newer);
    expect(client.getState().status).toBe('signedOut');
    expect(storage.getItem(key)).toBe(newer);
  });

  it('discards garbage text and megabytes without parsing them', () => {
    for (const raw of ['{not json', '', 'undefined', '\u0000\u0001', '{"v":1', `{"v":1,"x":"${'a'.repeat(2_000_000)}"}`]) {
      const { client, storage } = clientOn(raw);
      expect(client.getState().status).toBe('signedOut');
      expect(storage.getItem(key)).toBeNull();
    }
  });

  it('fuzz: 2,000 mutations of a sound stored session never throw, and anything accepted is a usable session', () => {
    // A small deterministic generator, so a failure can be replayed.
    let seed = 12345;
    const random = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
    const pick = <T,>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
    const junk = (): unknown => pick([null, 0, -1, 1e308, '', 'x', [], {}, true, ['a'], { a: { b: [] } }, 'a.b.c', NaN]);
    const mutate = (value: unknown, depth: number): unknown => {
      if (depth > 3 || random() < 0.2) return junk();
      if (Array.isArray(value)) return value.map((item) => (random() < 0.3 ? mutate(item, depth + 1) : item));
      if (value && typeof value === 'object') {
        const out: Record<string, unknown> = {};
        for (const [k, v] of Object.entries(value)) {
          if (random() < 0.1) continue;
          out[k] = random() < 0.3 ? mutate(v, depth + 1) : v;
        }
        return out;
      }
      if (typeof value === 'string' && value.includes('.')) {
        // A JWT: damage one part, or swap its payload for junk.
        const parts = value.split('.');
        const i = Math.floor(random() * parts.length);
        parts[i] = random() < 0.5 ? Buffer.from(JSON.stringify(junk())).toString('base64url') : (parts[i] ?? '').slice(1);
        return parts.join('.');
      }
      return junk();
    };
    let accepted = 0;
    for (let i = 0; i < 2000; i += 1) {
      const text = random() < 0.1 ? JSON.stringify(good()).slice(0, Math.floor(random() * 400)) : JSON.stringify(mutate(good(), 0));
      const session = sessionFromStored(text);
      if (session) {
        accepted += 1;
        expect(typeof session.user.sub).toBe('string');
        expect(Array.isArray(session.groups)).toBe(true);
        expect(Number.isFinite(session.expiresAt)).toBe(true);
      }
      const storage = createMemoryStorage();
      if (text !== undefined) storage.setItem(key, text);
      const client = createAuthClient({ ...config, storage, crossTab: false });
      client.start();
      expect(['signedOut', 'signedIn', 'loading']).toContain(client.getState().status);
      client.stop();
    }
    // The generator must also produce sound sessions, or the loop proves only the refusals.
    expect(accepted).toBeGreaterThan(0);
  });

  it('messages from another tab are checked the same way: junk is ignored, a sound session is taken', async () => {
    const storage = createMemoryStorage();
    const client = createAuthClient({ ...config, storage, crossTab: true });
    clients.push(client);
    client.start();
    const other = new BroadcastChannel(`rck:rck.robust`);
    const junkMessages: unknown[] = [null, 42, 'session', { type: 'session' }, { type: 'session', session: { v: 1 } }, { type: 'signedOut', reason: 'nope' }, { type: 'x' }];
    for (const message of [...junkMessages, ...malformed.map(([, session]) => ({ type: 'session', session }))]) other.postMessage(message);
    const sound = good();
    other.postMessage({ type: 'session', session: sound });
    await new Promise<void>((resolve) => {
      const stop = client.subscribe(() => {
        stop();
        resolve();
      });
    });
    // The first change is the sound session: none of the junk before it moved the client.
    expect(client.getState().status).toBe('signedIn');
    expect(client.getState().session?.tokens.accessToken).toBe(sound.tokens.accessToken);
    other.postMessage({ type: 'signedOut', reason: 'revoked' });
    await new Promise<void>((resolve) => {
      const stop = client.subscribe(() => {
        stop();
        resolve();
      });
    });
    expect(client.getState()).toMatchObject({ status: 'signedOut', signOutReason: 'revoked' });
    other.close();
  });

  it('a stub transport (the tokens a pre-token-generation trigger shapes): sign-in with an odd claim, then every refresh is taken', async () => {
    const iat = now();
    const odd = (n: number) => ({
      ...withClaims({ email_verified: 'yes', 'cognito:groups': 'admin', iat: iat + n }).tokens,
      refreshToken: 'refresh-token',
    });
    let refreshes = 0;
    const transport = {
      signIn: async () => ({ kind: 'tokens' as const, tokens: odd(0) }),
      refresh: async () => {
        refreshes += 1;
        return odd(refreshes);
      },
    } as unknown as CognitoTransport;
    const client = createAuthClient({ ...config, storage: createMemoryStorage(), crossTab: true }, { transport });
    clients.push(client);
    await client.signIn({ email: 'ada@example.com', password: 'Irrelevant-1!' });
    const first = client.getState().session!;
    expect(first.user.email_verified).toBeUndefined();
    const refreshed = await client.refresh();
    expect(refreshed.tokens.idToken).not.toBe(first.tokens.idToken);
    expect(client.getState()).toMatchObject({ status: 'signedIn', session: refreshed });
    expect(refreshes).toBe(1);
  });
});
