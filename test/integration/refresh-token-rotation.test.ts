import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createAuthClient, type AuthClient } from '../../src/core/auth-client';
import type { AuthConfig } from '../../src/core/config';
import { resolveConfig } from '../../src/core/config';
import { createCognitoTransport } from '../../src/core/cognito-transport';
import { createMemoryStorage, type StorageAdapter } from '../../src/core/storage';
import { systemTimers, type Timers } from '../../src/core/timers';
import type { AuthStatus } from '../../src/core/types';
import { callCognito } from '../harness/sdk-client';
import type { EmulatorPool } from '../support/cognito-emulator';
import { startEmulatorFixture, strongPassword, type EmulatorFixture } from '../support/emulator-fixture';
import { startFaultProxy, type FaultProxy } from '../support/fault-proxy';
import { isRefresh } from '../support/request-log';

// Refresh with GetTokensFromRefreshToken against the harness (test/support/refresh-token-rotation.ts): rotation on and
// off, the REFRESH_TOKEN_AUTH fallback for an endpoint without the operation, the device key, and clients sharing one
// storage (tabs) racing with a refresh token that only works once.

let fixture: EmulatorFixture;
let proxy: FaultProxy;
/** Rotation on, no grace period: a refresh token works exactly once. */
let rotating: EmulatorPool;
/** Rotation on, 5 s grace period. */
let lenient: EmulatorPool;
const clients: AuthClient[] = [];

beforeAll(async () => {
  fixture = await startEmulatorFixture();
  rotating = await fixture.emulator.createPool({ refreshTokenRotation: { Feature: 'ENABLED', RetryGracePeriodSeconds: 0 } });
  lenient = await fixture.emulator.createPool({ refreshTokenRotation: { Feature: 'ENABLED', RetryGracePeriodSeconds: 5 } });
  proxy = await startFaultProxy(fixture.emulator.endpoint);
});
afterEach(() => {
  for (const client of clients.splice(0)) client.stop();
  proxy.clear();
  proxy.clearLog();
  fixture.emulator.clock.reset();
});
afterAll(async () => {
  await proxy?.stop();
  await fixture?.emulator.stop();
});

const configFor = (pool: EmulatorPool, overrides: Partial<AuthConfig> = {}): AuthConfig => ({
  userPoolId: pool.userPoolId,
  clientId: pool.clientId,
  endpoint: fixture.emulator.endpoint,
  storage: createMemoryStorage(),
  ...overrides,
});

function clientOn(pool: EmulatorPool, overrides: Partial<AuthConfig> = {}): AuthClient {
  const client = createAuthClient(configFor(pool, overrides));
  clients.push(client);
  return client;
}

async function signedInOn(pool: EmulatorPool, overrides: Partial<AuthConfig> = {}): Promise<AuthClient> {
  const email = fixture.uniqueEmail('rotation');
  await fixture.emulator.admin.signUpConfirmed(pool.userPoolId, pool.clientId, email, strongPassword);
  const client = clientOn(pool, overrides);
  await client.signIn({ email, password: strongPassword });
  return client;
}

const refreshTokenOf = (client: AuthClient) => client.getState().session!.tokens.refreshToken;
const refreshes = () => fixture.emulator.requests.all().filter(isRefresh);
const getTokens = (pool: EmulatorPool, RefreshToken: string) =>
  callCognito(fixture.emulator.endpoint, 'GetTokensFromRefreshToken', { ClientId: pool.clientId, RefreshToken });

/** Every status the client goes through from now on. */
function statusesOf(client: AuthClient): AuthStatus[] {
  const seen: AuthStatus[] = [client.getState().status];
  client.subscribe(() => seen.push(client.getState().status));
  return seen;
}

describe('refresh with rotation on', () => {
  it('asks GetTokensFromRefreshToken and keeps the new refresh token, in state and in storage; the old one is spent', async () => {
    const storage = createMemoryStorage();
    const client = await signedInOn(rotating, { storage });
    const first = refreshTokenOf(client);
    fixture.emulator.requests.clear();
    await client.refresh();
    const second = refreshTokenOf(client);
    expect(second).not.toBe(first);
    expect(storage.getItem(`rck.${rotating.clientId}.session`)).toContain(second);
    expect(refreshes().map((r) => [r.target, r.status])).toEqual([['GetTokensFromRefreshToken', 200]]);
    expect(await getTokens(rotating, first)).toMatchObject({ status: 400, body: { __type: 'RefreshTokenReuseException' } });
  });

  it('three refreshes in a row each use the newest token; never REFRESH_TOKEN_AUTH, which the client refuses', async () => {
    const client = await signedInOn(rotating);
    const seen = new Set([refreshTokenOf(client)]);
    fixture.emulator.requests.clear();
    for (let i = 0; i < 3; i += 1) {
      await client.refresh();
      seen.add(refreshTokenOf(client));
    }
    expect(seen.size).toBe(4);
    expect(client.getState().status).toBe('signedIn');
    expect(refreshes().map((r) => r.status)).toEqual([200, 200, 200]);
    expect(fixture.emulator.requests.count({ authFlow: 'REFRESH_TOKEN_AUTH' })).toBe(0);
  });

  it('another device still holding the rotated-out token: works within the grace period, ends "revoked" after it', async () => {
    const laptop = await signedInOn(lenient);
    const { tokens } = laptop.getState().session!;
    await laptop.refresh();
    // A copy of the old tokens (another device that restored them), refreshing within the 5 s grace period.
    const phone = clientOn(lenient);
    await phone.fromTokens(tokens);
    await phone.refresh();
    expect(phone.getState().status).toBe('signedIn');
    // Past the grace period: Cognito refuses the spent token, and there is no other tab to take tokens from.
    fixture.emulator.clock.advance(5_000);
    const tablet = clientOn(lenient);
    await tablet.fromTokens(tokens);
    await expect(tablet.refresh()).rejects.toMatchObject({ code: 'sessionRevoked', cognitoCode: 'RefreshTokenReuseException' });
    expect(tablet.getState()).toMatchObject({ status: 'signedOut', signOutReason: 'revoked' });
    expect(laptop.getState().status).toBe('signedIn');
  });
});

describe('refresh with rotation off', () => {
  it('asks GetTokensFromRefreshToken; no new refresh token comes back, and the one kept goes on working', async () => {
    const client = await signedInOn(fixture.pool);
    const first = refreshTokenOf(client);
    fixture.emulator.requests.clear();
    await client.refresh();
    await client.refresh();
    expect(refreshTokenOf(client)).toBe(first);
    expect(refreshes().map((r) => [r.target, r.status])).toEqual([
      ['GetTokensFromRefreshToken', 200],
      ['GetTokensFromRefreshToken', 200],
    ]);
  });
});

describe('an endpoint without GetTokensFromRefreshToken', () => {
  it.each([
    ["AWS's answer to an unknown operation", 400, '{"__type":"com.amazon.coral.service#UnknownOperationException","message":null}'],
    ["cognito-local's", 500, '{"__type":"CognitoLocal#Unsupported","message":"Cognito Local unsupported feature: Unsupported x-amz-target header"}'],
  ])('(%s): falls back to REFRESH_TOKEN_AUTH once, and asks that from then on', async (_, status, body) => {
    const client = await signedInOn(fixture.pool, { endpoint: proxy.endpoint });
    const first = client.getState().session!;
    proxy.set([{ target: 'GetTokensFromRefreshToken', fault: { kind: 'status', status, body } }]);
    proxy.clearLog();
    await client.refresh();
    await client.refresh();
    expect(client.getState().session!.tokens.accessToken).not.toBe(first.tokens.accessToken);
    expect(client.getState().session!.tokens.refreshToken).toBe(first.tokens.refreshToken);
    expect(proxy.log().map((r) => r.authFlow ?? r.target)).toEqual(['GetTokensFromRefreshToken', 'REFRESH_TOKEN_AUTH', 'REFRESH_TOKEN_AUTH']);
  });

  it('a refusal of the token itself is not taken for a missing operation: the session ends, no fallback', async () => {
    const client = await signedInOn(fixture.pool, { endpoint: proxy.endpoint });
    proxy.set([
      { target: 'GetTokensFromRefreshToken', fault: { kind: 'status', status: 400, body: '{"__type":"NotAuthorizedException","message":"Refresh Token has been revoked"}' } },
    ]);
    proxy.clearLog();
    await expect(client.refresh()).rejects.toMatchObject({ code: 'sessionRevoked' });
    expect(client.getState()).toMatchObject({ status: 'signedOut', signOutReason: 'revoked' });
    expect(proxy.log().map((r) => r.target)).toEqual(['GetTokensFromRefreshToken']);
  });
});

describe('the device key', () => {
  it('is sent with the refresh when one is given: DeviceKey, or DEVICE_KEY on the fallback', async () => {
    const signedIn = await signedInOn(fixture.pool);
    const { tokens, username } = signedIn.getState().session!;
    for (const endpoint of [fixture.emulator.endpoint, proxy.endpoint]) {
      const transport = createCognitoTransport(resolveConfig(configFor(fixture.pool, { endpoint })));
      proxy.set([{ target: 'GetTokensFromRefreshToken', fault: { kind: 'status', status: 400, body: '{"__type":"UnknownOperationException"}' } }]);
      fixture.emulator.requests.clear();
      await transport.refresh(username, tokens.refreshToken, 'eu-west-1_0a1b2c3d-device');
      const [sent] = refreshes();
      expect(sent).toMatchObject({ status: 200, deviceKey: 'eu-west-1_0a1b2c3d-device' });
      expect(sent!.target).toBe(endpoint === proxy.endpoint ? 'InitiateAuth' : 'GetTokensFromRefreshToken');
    }
  });

  it('is not sent when there is none (the default)', async () => {
    const client = await signedInOn(fixture.pool);
    fixture.emulator.requests.clear();
    await client.refresh();
    expect(refreshes()).toHaveLength(1);
    expect(refreshes()[0]!.deviceKey).toBeUndefined();
  });
});

/** The same storage, except for the refresh lock: a tab that does not see the other's lock (as across processes). */
function withPrivateLocks(storage: StorageAdapter): StorageAdapter {
  const privateLocks = new Map<string, string>();
  return {
    getItem: (key) => (key.includes('refresh-lock') ? (privateLocks.get(key) ?? null) : storage.getItem(key)),
    setItem: (key, value) => (key.includes('refresh-lock') ? void privateLocks.set(key, value) : storage.setItem(key, value)),
    removeItem: (key) => (key.includes('refresh-lock') ? void privateLocks.delete(key) : storage.removeItem(key)),
  };
}

describe('tabs sharing one storage, rotation on with no grace period', () => {
  it('two tabs refreshing at once: one request, both signed in on the same new tokens', async () => {
    const storage = createMemoryStorage();
    const first = await signedInOn(rotating, { storage, crossTab: true });
    const second = clientOn(rotating, { storage, crossTab: true });
    first.start();
    second.start();
    expect(second.getState().status).toBe('signedIn');
    const statuses = [statusesOf(first), statusesOf(second)];
    fixture.emulator.requests.clear();
    const [a, b] = await Promise.all([first.refresh(), second.refresh()]);
    expect(refreshes()).toHaveLength(1);
    expect(a.tokens.refreshToken).toBe(b.tokens.refreshToken);
    expect(storage.getItem(`rck.${rotating.clientId}.session`)).toContain(a.tokens.refreshToken);
    for (const seen of statuses) expect(seen).not.toContain('signedOut');
  });

  it('a tab that loses the race (refused: the token is spent) takes the winner\'s tokens and is not signed out', async () => {
    const storage = createMemoryStorage();
    // The loser does not see the winner's lock (as when storage reaches another process late) and its request
    // reaches Cognito 400 ms later: it sends the token the winner has just spent.
    const loserStorage = withPrivateLocks(storage);
    const winner = await signedInOn(rotating, { storage, crossTab: true });
    const loser = clientOn(rotating, { storage: loserStorage, crossTab: true, endpoint: proxy.endpoint });
    winner.start();
    loser.start();
    const statuses = [statusesOf(winner), statusesOf(loser)];
    proxy.set([{ refresh: true, fault: { kind: 'delay', ms: 400 } }]);
    fixture.emulator.requests.clear();
    const [won, lost] = await Promise.all([winner.refresh(), loser.refresh()]);
    expect(refreshes().map((r) => r.status)).toEqual([200, 400]);
    expect(fixture.emulator.requests.all().find((r) => r.status === 400)).toBeDefined();
    expect(lost.tokens).toEqual(won.tokens);
    expect(loser.getState()).toMatchObject({ status: 'signedIn', lastRefreshError: null });
    expect(winner.getState().status).toBe('signedIn');
    expect(storage.getItem(`rck.${rotating.clientId}.session`)).toContain(won.tokens.refreshToken);
    for (const seen of statuses) expect(seen).not.toContain('signedOut');
    // And the adopted tokens work: the next refresh, from the loser, rotates them.
    await loser.refresh();
    expect(refreshTokenOf(loser)).not.toBe(won.tokens.refreshToken);
  });

  it("a tab that slept through another tab's rotation refreshes with the stored, newest token: no refusal", async () => {
    const storage = createMemoryStorage();
    const awake = await signedInOn(rotating, { storage, crossTab: true });
    // Never started, so it hears no cross-tab message (a frozen tab), and its clock is 59.5 minutes on (the tokens
    // live an hour, the refresh margin is a minute): every stored session, the newest included, is due when it wakes,
    // so it cannot simply take the stored one.
    const ahead: Timers = { ...systemTimers, now: () => Date.now() + 59.5 * 60_000 };
    const asleep = createAuthClient(configFor(rotating, { storage, crossTab: true }), { timers: ahead });
    clients.push(asleep);
    const held = refreshTokenOf(asleep);
    await awake.refresh();
    expect(refreshTokenOf(awake)).not.toBe(held);
    fixture.emulator.requests.clear();
    const session = await asleep.refresh();
    expect(refreshes().map((r) => r.status)).toEqual([200]);
    expect(session.tokens.refreshToken).not.toBe(held);
    expect(asleep.getState()).toMatchObject({ status: 'signedIn', signOutReason: null });
  });

  it("a refusal that arrives before the winner's tokens: the loser waits for them instead of signing out", async () => {
    const storage = createMemoryStorage();
    const loserStorage = withPrivateLocks(storage);
    // The winner's refresh takes 600 ms; the loser is told at once that its token is spent (as when the winner's
    // request reached Cognito first but its answer is still on the way).
    const slow = await startFaultProxy(fixture.emulator.endpoint);
    try {
      const winner = await signedInOn(rotating, { storage, crossTab: true, endpoint: slow.endpoint });
      const loser = clientOn(rotating, { storage: loserStorage, crossTab: true, endpoint: proxy.endpoint });
      winner.start();
      loser.start();
      const statuses = [statusesOf(winner), statusesOf(loser)];
      slow.set([{ refresh: true, fault: { kind: 'delay', ms: 600 } }]);
      proxy.set([
        {
          refresh: true,
          fault: { kind: 'status', status: 400, body: '{"__type":"RefreshTokenReuseException","message":"Refresh token has been invalidated by refresh token rotation"}' },
        },
      ]);
      const [won, lost] = await Promise.all([winner.refresh(), loser.refresh()]);
      expect(proxy.log().filter((r) => r.refresh).map((r) => r.fault)).toEqual(['status']);
      expect(lost.tokens).toEqual(won.tokens);
      expect(loser.getState()).toMatchObject({ status: 'signedIn', lastRefreshError: null });
      expect(winner.getState().status).toBe('signedIn');
      for (const seen of statuses) expect(seen).not.toContain('signedOut');
    } finally {
      await slow.stop();
    }
  });
});
