import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuthClient, type AuthClient } from '../../src/core/auth-client';
import { createMemoryStorage } from '../../src/core/storage';
import { decodeJwtPayload } from '../../src/core/tokens';
import type { Session } from '../../src/core/types';
import type { AuthFlow } from '../../src/core/config';
import { startEmulatorFixture, strongPassword, type EmulatorFixture } from '../support/emulator-fixture';
import { isRefresh } from '../support/request-log';

let fixture: EmulatorFixture;
beforeAll(async () => {
  fixture = await startEmulatorFixture(4);
});
afterAll(() => fixture?.emulator.stop());

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The client's next session after `current`, from its own change events; rejects after `timeoutMs` (a hung test). */
function nextSession(client: AuthClient, current: Session, timeoutMs: number): Promise<Session> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      off();
      reject(new Error(`no new session within ${timeoutMs} ms (status ${client.getState().status})`));
    }, timeoutMs);
    const off = client.subscribe(() => {
      const { session } = client.getState();
      if (!session || session === current) return;
      clearTimeout(timer);
      off();
      resolve(session);
    });
  });
}

/** An authenticated Cognito call with whatever token the kit hands out, as an app's API call would be. */
async function getUser(accessToken: string) {
  const response = await fetch(fixture.emulator.endpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-amz-json-1.1', 'X-Amz-Target': 'AWSCognitoIdentityProviderService.GetUser' },
    body: JSON.stringify({ AccessToken: accessToken }),
  });
  return response.status;
}

describe.each<AuthFlow>(['USER_SRP_AUTH', 'USER_PASSWORD_AUTH'])('a whole session with %s', (authFlow) => {
  it('sign-up → code → confirm → sign-in → reload → refresh before expiry → sign-out', async () => {
    const { emulator } = fixture;
    const email = fixture.uniqueEmail(authFlow.toLowerCase());
    const storage = createMemoryStorage();
    const config = fixture.config({ short: true, authFlow, storage });
    const client = createAuthClient(config);
    client.start();

    const signUp = await client.signUp({ email, password: strongPassword });
    expect(signUp).toMatchObject({ step: 'confirmSignUp', username: email, delivery: { medium: 'EMAIL' } });
    const code = await emulator.codes.waitFor(email);
    expect(code).toMatch(/^\d{6}$/);
    expect(await client.confirmSignUp({ email, code })).toEqual({ step: 'signIn', username: email });

    emulator.requests.clear();
    const signIn = await client.signIn({ email, password: strongPassword });
    expect(signIn.step).toBe('done');
    // SRP is two round trips (InitiateAuth + PASSWORD_VERIFIER); the password flow one.
    expect(emulator.requests.count({ target: 'InitiateAuth', authFlow })).toBe(1);
    expect(emulator.requests.count({ target: 'RespondToAuthChallenge' })).toBe(authFlow === 'USER_SRP_AUTH' ? 1 : 0);

    const state = client.getState();
    expect(state.status).toBe('signedIn');
    expect(state.session?.user.email).toBe(email);
    // Confirming the emailed code verified the email, as in Cognito.
    expect(state.session?.user.email_verified).toBe(true);
    expect(state.session?.user.sub).toMatch(/^[0-9a-f-]{36}$/);
    const stored = storage.getItem(`rck.${config.clientId}.session`);
    expect(stored).toContain(state.session!.tokens.refreshToken);
    expect(stored).not.toContain(strongPassword);

    // A reload: a new client on the same storage comes up signed in without a request.
    const requestsBefore = emulator.requests.all().length;
    const reloaded = createAuthClient({ ...config, storage });
    expect(reloaded.getState().status).toBe('signedIn');
    expect(reloaded.getState().session?.tokens.accessToken).toBe(state.session!.tokens.accessToken);
    expect(emulator.requests.all().length).toBe(requestsBefore);

    // Use the API continuously past two expiries of the 4-second tokens.
    const firstExp = decodeJwtPayload<{ exp: number }>(state.session!.tokens.accessToken).exp * 1000;
    emulator.requests.clear();
    const statuses: number[] = [];
    const until = Date.now() + 9_000;
    while (Date.now() < until) {
      statuses.push(await getUser(await client.getAccessToken()));
      await sleep(250);
    }
    expect(statuses.every((status) => status === 200)).toBe(true);

    const records = emulator.requests.all();
    const refreshes = records.filter(isRefresh);
    expect(refreshes.length).toBeGreaterThanOrEqual(2);
    expect(refreshes.length).toBeLessThanOrEqual(5);
    expect(refreshes[0]!.at).toBeLessThan(firstExp);
    const withToken = records.filter((r) => r.accessTokenExp !== undefined);
    expect(withToken.length).toBeGreaterThan(10);
    for (const request of withToken) expect(request.accessTokenExp! * 1000).toBeGreaterThan(request.at);
    expect(client.getState().session!.tokens.accessToken).not.toBe(state.session!.tokens.accessToken);

    await client.signOut();
    expect(client.getState()).toMatchObject({ status: 'signedOut', signOutReason: 'user', session: null });
    expect(storage.getItem(`rck.${config.clientId}.session`)).toBeNull();
    client.stop();
    reloaded.stop();
  }, 60_000);
});

describe('stored sessions', () => {
  it('refreshes an expired stored session at start instead of showing it, then signs in', async () => {
    const email = fixture.uniqueEmail('expired');
    await fixture.emulator.admin.signUpConfirmed(fixture.pool.userPoolId, fixture.pool.shortClientId, email, strongPassword);
    const storage = createMemoryStorage();
    const first = fixture.client({ short: true, storage });
    await first.signIn({ email, password: strongPassword });
    await sleep(4_500);
    const reloaded = fixture.client({ short: true, storage });
    expect(reloaded.getState()).toMatchObject({ status: 'loading', session: null });
    const settled = new Promise<void>((resolve) => {
      const off = reloaded.subscribe(() => {
        if (reloaded.getState().status === 'signedIn') {
          off();
          resolve();
        }
      });
    });
    reloaded.start();
    expect(reloaded.getState().status).toBe('refreshing');
    await settled;
    expect(reloaded.getState().session!.expiresAt).toBeGreaterThan(Date.now());
    reloaded.stop();
  }, 20_000);

  it('refreshes by itself ahead of expiry while nobody asks for a token', async () => {
    const email = fixture.uniqueEmail('idle');
    await fixture.emulator.admin.signUpConfirmed(fixture.pool.userPoolId, fixture.pool.shortClientId, email, strongPassword);
    const client = fixture.client({ short: true });
    client.start();
    await client.signIn({ email, password: strongPassword });
    const first = client.getState().session!;
    fixture.emulator.requests.clear();
    const refreshes = () => fixture.emulator.requests.all().filter(isRefresh);

    // Nobody asks for a token: the new session comes from the client's own timer, asked for before expiry.
    const second = await nextSession(client, first, first.expiresAt - Date.now() + 10_000);
    expect(second.expiresAt).toBeGreaterThan(first.expiresAt);
    expect(refreshes()[0]!.at).toBeLessThan(first.expiresAt);
    // Exactly one refresh up to just before the first tokens' expiry. Counted once the new session's own refresh
    // has come back, so that stretch is surely over, however late this test runs.
    await nextSession(client, second, second.expiresAt - Date.now() + 10_000);
    client.stop();
    expect(refreshes().filter((r) => r.at < first.expiresAt - 200)).toHaveLength(1);
  }, 30_000);

  it('makes one refresh request however many callers ask at once', async () => {
    const email = fixture.uniqueEmail('flight');
    await fixture.emulator.admin.signUpConfirmed(fixture.pool.userPoolId, fixture.pool.clientId, email, strongPassword);
    const client = fixture.client();
    await client.signIn({ email, password: strongPassword });
    fixture.emulator.requests.clear();
    const sessions = await Promise.all(Array.from({ length: 10 }, () => client.refresh()));
    expect(new Set(sessions).size).toBe(1);
    expect(fixture.emulator.requests.count({ refresh: true })).toBe(1);
    await client.refresh();
    expect(fixture.emulator.requests.count({ refresh: true })).toBe(2);
  });

  it('global sign-out revokes the refresh token: another device ends "revoked" after one refresh request', async () => {
    const email = fixture.uniqueEmail('revoked');
    await fixture.emulator.admin.signUpConfirmed(fixture.pool.userPoolId, fixture.pool.clientId, email, strongPassword);
    const laptop = fixture.client();
    await laptop.signIn({ email, password: strongPassword });
    const phone = fixture.client({ storage: createMemoryStorage() });
    await phone.signIn({ email, password: strongPassword });
    await laptop.signOut({ global: true });
    expect(laptop.getState()).toMatchObject({ status: 'signedOut', signOutReason: 'user' });
    fixture.emulator.requests.clear();
    await expect(phone.refresh()).rejects.toMatchObject({ code: 'sessionRevoked' });
    expect(phone.getState()).toMatchObject({ status: 'signedOut', signOutReason: 'revoked', session: null });
    expect(fixture.emulator.requests.count({ refresh: true })).toBe(1);
  });

  it('ignores garbage in storage', () => {
    const storage = createMemoryStorage();
    const config = fixture.config({ storage });
    storage.setItem(`rck.${config.clientId}.session`, '{not json');
    expect(createAuthClient(config).getState().status).toBe('signedOut');
  });
});
