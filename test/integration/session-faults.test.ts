import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createAuthClient, type AuthClient } from '../../src/core/auth-client';
import { createAuthFetch } from '../../src/core/auth-fetch';
import { createMemoryStorage } from '../../src/core/storage';
import { systemTimers, type Timers } from '../../src/core/timers';
import { decodeJwtPayload } from '../../src/core/tokens';
import type { AuthStatus } from '../../src/core/types';
import type { EmulatorPool } from '../support/cognito-emulator';
import { startEmulatorFixture, strongPassword, type EmulatorFixture } from '../support/emulator-fixture';
import { startFaultProxy, type FaultProxy } from '../support/fault-proxy';
import { isRefresh } from '../support/request-log';
import { startTokenCheckingApi } from '../support/token-checking-api';

// The fault matrix of issue 4: real HTTP through a fault-injecting proxy in front of the emulator.
let fixture: EmulatorFixture;
let proxy: FaultProxy;
const clients: AuthClient[] = [];
beforeAll(async () => {
  fixture = await startEmulatorFixture(4);
  proxy = await startFaultProxy(fixture.emulator.endpoint);
});
afterEach(() => {
  proxy.clear();
  for (const client of clients.splice(0)) client.stop();
});
afterAll(async () => {
  await proxy?.stop();
  await fixture?.emulator.stop();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const refreshFlow = { refresh: true };

async function signedIn(options: { short?: boolean } = {}) {
  const email = fixture.uniqueEmail('fault');
  await fixture.emulator.admin.signUpConfirmed(fixture.pool.userPoolId, fixture.pool.shortClientId, email, strongPassword);
  const client = createAuthClient(fixture.config({ short: options.short ?? true, endpoint: proxy.endpoint, storage: createMemoryStorage() }));
  clients.push(client);
  client.start();
  await client.signIn({ email, password: strongPassword });
  return client;
}

async function until(check: () => boolean, timeoutMs: number) {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await sleep(50);
  }
}

/**
 * Resolves with `Date.now()` when the client's status becomes `status` (at once if it is), from its own change
 * events; rejects after `timeoutMs`, a deadline that only bounds a hung test.
 */
function statusReached(client: AuthClient, status: AuthStatus, timeoutMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    if (client.getState().status === status) return resolve(Date.now());
    const timer = setTimeout(() => {
      off();
      reject(new Error(`status ${status} not reached within ${timeoutMs} ms (status ${client.getState().status})`));
    }, timeoutMs);
    const off = client.subscribe(() => {
      if (client.getState().status !== status) return;
      clearTimeout(timer);
      off();
      resolve(Date.now());
    });
  });
}

describe('fault matrix', () => {
  it('network down during refresh: the session is kept (offline once expired), and recovers when the network is back', async () => {
    const client = await signedIn();
    const first = client.getState().session!;
    const statuses: AuthStatus[] = [];
    const off = client.subscribe(() => statuses.push(client.getState().status));
    proxy.set([{ ...refreshFlow, fault: { kind: 'drop' } }]);
    // `offline` comes with the first failed try after the tokens ran out, however late a busy machine runs it.
    const offlineAt = await statusReached(client, 'offline', first.expiresAt - Date.now() + 15_000);
    expect(offlineAt).toBeGreaterThanOrEqual(first.expiresAt);
    expect(statuses).not.toContain('signedOut');
    expect(client.getState().session).toBe(first);
    expect(client.getState().lastRefreshError?.code).toBe('network');
    expect(proxy.log().filter(isRefresh).length).toBeGreaterThanOrEqual(2);
    proxy.clear();
    await statusReached(client, 'signedIn', 15_000);
    off();
    expect(statuses).not.toContain('signedOut');
    expect(client.getState().session!.expiresAt).toBeGreaterThan(Date.now());
  }, 45_000);

  it('signed out while a refresh is out, and then that refresh fails: the client stays signed out', async () => {
    const client = await signedIn();
    proxy.set([{ ...refreshFlow, fault: { kind: 'dropAfter', ms: 400 } }]);
    const refreshing = client.refresh().catch((error: unknown) => error);
    await until(() => proxy.log().some((r) => r.fault === 'dropAfter'), 5_000);
    await client.signOut();
    expect(client.getState().status).toBe('signedOut');
    await expect(refreshing).resolves.toMatchObject({ code: 'notSignedIn' });
    await sleep(100);
    expect(client.getState()).toMatchObject({ status: 'signedOut', session: null, lastRefreshError: null });
  }, 30_000);

  it('a stored session that expired while the app was closed, reopened offline: kept as offline, then recovered', async () => {
    const storage = createMemoryStorage();
    const email = fixture.uniqueEmail('reopened');
    await fixture.emulator.admin.signUpConfirmed(fixture.pool.userPoolId, fixture.pool.shortClientId, email, strongPassword);
    const config = fixture.config({ short: true, endpoint: proxy.endpoint, storage });
    await createAuthClient(config).signIn({ email, password: strongPassword });
    await sleep(4_300);
    proxy.set([{ ...refreshFlow, fault: { kind: 'drop' } }]);
    const reopened = createAuthClient(config);
    clients.push(reopened);
    reopened.start();
    await until(() => reopened.getState().status === 'offline', 5_000);
    expect(reopened.getState().session?.user.email).toBe(email);
    proxy.clear();
    await until(() => reopened.getState().status === 'signedIn', 10_000);
    expect(reopened.getState().session!.expiresAt).toBeGreaterThan(Date.now());
  }, 25_000);

  it('a connection cut off mid-answer counts as a network error, not a sign-out', async () => {
    const client = await signedIn({ short: false });
    proxy.set([{ ...refreshFlow, fault: { kind: 'reset' }, times: 1 }]);
    await expect(client.refresh()).rejects.toMatchObject({ code: 'network', retryable: true });
    expect(client.getState().status).toBe('signedIn');
    const session = await client.refresh();
    expect(session.expiresAt).toBeGreaterThan(Date.now());
  });

  it('500s from a gateway: retried with growing backoff, then success', async () => {
    const client = await signedIn({ short: false });
    proxy.clearLog();
    proxy.set([{ ...refreshFlow, fault: { kind: 'status', status: 500 }, times: 3 }]);
    await expect(client.refresh()).rejects.toMatchObject({ code: 'network' });
    await until(() => proxy.log().filter((r) => isRefresh(r) && r.fault === 'pass').length === 1, 20_000);
    await until(() => client.getState().lastRefreshError === null, 5_000);
    const attempts = proxy.log().filter(isRefresh);
    expect(attempts.map((a) => a.fault)).toEqual(['status', 'status', 'status', 'pass']);
    const gaps = attempts.slice(1).map((a, i) => a.at - attempts[i]!.at);
    // Backoff 1 s, 2 s, 4 s, each with jitter between half and all of it.
    expect(gaps[0]).toBeGreaterThanOrEqual(450);
    expect(gaps[1]).toBeGreaterThanOrEqual(950);
    expect(gaps[2]).toBeGreaterThanOrEqual(1950);
    expect(client.getState().status).toBe('signedIn');
    expect(client.getState().lastRefreshError).toBeNull();
  }, 30_000);

  it('a slow network delays the refresh but never lets an expired token out', async () => {
    const client = await signedIn();
    const api = await startTokenCheckingApi();
    proxy.set([{ ...refreshFlow, fault: { kind: 'delay', ms: 1_500 } }]);
    const authFetch = createAuthFetch(client);
    const end = Date.now() + 7_000;
    while (Date.now() < end) {
      expect((await authFetch(api.url)).status).toBe(200);
      await sleep(200);
    }
    await api.stop();
  }, 20_000);

  describe('device clock off', () => {
    // Tokens of 12 s, refreshed half-way (6 s before they run out): seconds of room on both sides of the refresh,
    // which a busy machine's slow sign-in or late timer cannot eat (the 4-second tokens left well under one).
    let clockPool: EmulatorPool;
    beforeAll(async () => {
      clockPool = await fixture.emulator.createPool({ shortTokenSeconds: 12 });
    });

    it.each([
      ['5 minutes ahead', 5 * 60_000],
      ['5 minutes behind', -5 * 60_000],
    ])('device clock %s of Cognito: refreshes before the real expiry', async (_label, skewMs) => {
      const skewed: Timers = { ...systemTimers, now: () => Date.now() + skewMs };
      const email = fixture.uniqueEmail('clock');
      await fixture.emulator.admin.signUpConfirmed(clockPool.userPoolId, clockPool.shortClientId, email, strongPassword);
      const config = { userPoolId: clockPool.userPoolId, clientId: clockPool.shortClientId, endpoint: proxy.endpoint, storage: createMemoryStorage() };
      const client = createAuthClient(config, { timers: skewed });
      clients.push(client);
      client.start();
      fixture.emulator.requests.clear();
      const before = Date.now();
      await client.signIn({ email, password: strongPassword });
      const after = Date.now();
      const session = client.getState().session!;
      const { iat, exp } = decodeJwtPayload<{ iat: number; exp: number }>(session.tokens.accessToken);

      // All the device can know: the tokens were issued during the sign-in, in the second their `iat` names. So
      // the estimate may be off by at most the time from the start of that second to the end of the sign-in.
      expect(iat * 1000).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000);
      expect(Math.abs(session.clockDriftMs - skewMs)).toBeLessThanOrEqual(after - iat * 1000);

      await until(() => fixture.emulator.requests.count({ refresh: true }) >= 1, exp * 1000 - Date.now() + 10_000);
      const refreshAt = fixture.emulator.requests.all().find(isRefresh)!.at;
      // Before the real expiry, and not at once (as a device that trusted its own clock ahead would).
      expect(refreshAt).toBeLessThan(exp * 1000);
      expect(refreshAt).toBeGreaterThan(after + 3_000);
    }, 30_000);
  });

  it('a sign-out while a refresh is on the wire wins: the late tokens are dropped, not stored', async () => {
    const storage = createMemoryStorage();
    const email = fixture.uniqueEmail('late');
    await fixture.emulator.admin.signUpConfirmed(fixture.pool.userPoolId, fixture.pool.clientId, email, strongPassword);
    const client = createAuthClient(fixture.config({ endpoint: proxy.endpoint, storage }));
    clients.push(client);
    await client.signIn({ email, password: strongPassword });
    proxy.set([{ ...refreshFlow, fault: { kind: 'delay', ms: 800 } }]);
    const refreshing = client.refresh();
    // On the wire (held by the proxy), not merely started: that is the race this test is about.
    await until(() => proxy.log().some((r) => r.fault === 'delay'), 5_000);
    await client.signOut();
    await expect(refreshing).rejects.toMatchObject({ code: 'notSignedIn' });
    await sleep(100);
    expect(client.getState()).toMatchObject({ status: 'signedOut', session: null, signOutReason: 'user' });
    expect(storage.getItem(`rck.${fixture.pool.clientId}.session`)).toBeNull();
  });

  it('twenty requests that all get 401 cause exactly one refresh, then all succeed', async () => {
    const client = await signedIn({ short: false });
    const api = await startTokenCheckingApi();
    api.reject(client.getState().session!.tokens.accessToken);
    fixture.emulator.requests.clear();
    const authFetch = createAuthFetch(client);
    const responses = await Promise.all(Array.from({ length: 20 }, () => authFetch(api.url)));
    expect(responses.map((r) => r.status)).toEqual(Array(20).fill(200));
    expect(fixture.emulator.requests.count({ refresh: true })).toBe(1);
    expect(api.seen().filter((s) => s.status === 401)).toHaveLength(20);
    await api.stop();
  });

  it('a retry that still gets 401 is returned as is, without a loop', async () => {
    const client = await signedIn({ short: false });
    const api = await startTokenCheckingApi();
    const realRefresh = client.refresh;
    api.reject(client.getState().session!.tokens.accessToken);
    const authFetch = createAuthFetch({ ...client, refresh: async () => {
      const session = await realRefresh();
      api.reject(session.tokens.accessToken);
      return session;
    } });
    expect((await authFetch(api.url)).status).toBe(401);
    expect(api.seen()).toHaveLength(2);
    await api.stop();
  });

  it('the id token can be the bearer instead', async () => {
    const client = await signedIn({ short: false });
    const seen: string[] = [];
    const authFetch = createAuthFetch(client, {
      token: 'id',
      fetch: async (input) => {
        seen.push((input as Request).headers.get('Authorization') ?? '');
        return new Response('{}');
      },
    });
    await authFetch('http://127.0.0.1:9/never', { method: 'POST', body: 'payload' });
    expect(seen).toEqual([`Bearer ${client.getState().session!.tokens.idToken}`]);
  });
});
