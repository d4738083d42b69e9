import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuthClient } from '../../src/core/auth-client';
import { createAuthFetch } from '../../src/core/auth-fetch';
import { createMemoryStorage } from '../../src/core/storage';
import { systemTimers, type Timers } from '../../src/core/timers';
import { startEmulatorFixture, strongPassword, type EmulatorFixture } from '../support/emulator-fixture';
import { startFaultProxy } from '../support/fault-proxy';
import { startTokenCheckingApi } from '../support/token-checking-api';
import { isRefresh } from '../support/request-log';

// A laptop lid closed past expiry: timers do not fire while asleep (the fake part: only the timers sleep;
// the clock, the network and the emulator are real). On wake the browser fires visibilitychange/focus.
let fixture: EmulatorFixture;
beforeAll(async () => {
  fixture = await startEmulatorFixture(3);
});
afterAll(() => fixture?.emulator.stop());

const asleep: Timers = { now: systemTimers.now, setTimeout: () => 0, clearTimeout: () => undefined };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(check: () => boolean, timeoutMs: number, what: string) {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await sleep(20);
  }
}

/** A client whose timers slept past its tokens' expiry; `endpoint` defaults to the emulator's. */
async function sleptPastExpiry(endpoint = fixture.emulator.endpoint) {
  const email = fixture.uniqueEmail('sleeper');
  await fixture.emulator.admin.signUpConfirmed(fixture.pool.userPoolId, fixture.pool.shortClientId, email, strongPassword);
  const client = createAuthClient(fixture.config({ short: true, endpoint, storage: createMemoryStorage() }), { timers: asleep });
  client.start();
  await client.signIn({ email, password: strongPassword });
  fixture.emulator.requests.clear();
  await sleep(client.getState().session!.expiresAt - Date.now() + 300);
  expect(fixture.emulator.requests.count({ refresh: true })).toBe(0);
  return client;
}

async function refreshedOnWake(client: Awaited<ReturnType<typeof sleptPastExpiry>>, wake: () => void) {
  const api = await startTokenCheckingApi();
  wake();
  // No request of the app's yet: the wake alone must bring the refresh (else the app's request below would).
  await until(() => fixture.emulator.requests.count({ refresh: true }) > 0, 10_000, 'a refresh on wake');
  const response = await createAuthFetch(client)(api.url);
  expect(response.status).toBe(200);
  const refresh = fixture.emulator.requests.all().filter(isRefresh);
  expect(refresh).toHaveLength(1);
  // The refresh went out on wake, before the app's request, and the app's request carried a live token.
  expect(refresh[0]!.at).toBeLessThanOrEqual(api.seen()[0]!.at);
  expect(api.seen().map((s) => s.status)).toEqual([200]);
  client.stop();
  await api.stop();
}

describe('waking from sleep', () => {
  it('visibilitychange to visible refreshes at once', async () => {
    const client = await sleptPastExpiry();
    await refreshedOnWake(client, () => {
      Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
      document.dispatchEvent(new Event('visibilitychange'));
    });
  }, 15_000);

  it('focus and online do the same', async () => {
    await refreshedOnWake(await sleptPastExpiry(), () => window.dispatchEvent(new Event('focus')));
    await refreshedOnWake(await sleptPastExpiry(), () => window.dispatchEvent(new Event('online')));
  }, 20_000);

  it('stop() removes the listeners: a stopped client does nothing on wake', async () => {
    // A running client beside it, behind a pass-through proxy: its refresh on the same wake takes the longer way
    // round, so once its new session is in, a refresh of the stopped client would be in the log already.
    const proxy = await startFaultProxy(fixture.emulator.endpoint);
    const [client, witness] = await Promise.all([sleptPastExpiry(), sleptPastExpiry(proxy.endpoint)]);
    client.stop();
    const before = witness.getState().session;
    window.dispatchEvent(new Event('focus'));
    await until(() => witness.getState().session !== before, 10_000, "the running client's refresh on wake");
    expect(proxy.log().filter(isRefresh)).toHaveLength(1);
    expect(fixture.emulator.requests.count({ refresh: true })).toBe(1);
    witness.stop();
    await proxy.stop();
  }, 20_000);
});
