import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createAuthClient, type AuthClient } from '../../src/core/auth-client';
import type { StorageAdapter } from '../../src/core/storage';
import type { AuthState } from '../../src/core/types';
import { startEmulatorFixture, strongPassword, type EmulatorFixture } from '../support/emulator-fixture';

// Storage that fails or lies, and refusals that no retry can fix, against the emulator over HTTP.
let fixture: EmulatorFixture;
const clients: AuthClient[] = [];
beforeAll(async () => {
  fixture = await startEmulatorFixture(4);
});
afterEach(() => {
  for (const client of clients.splice(0)) client.stop();
});
afterAll(async () => {
  await fixture?.emulator.stop();
});

/** Resolves with the first state that passes `check` (now or later); fails after `ms`. */
function stateWhere(client: AuthClient, check: (state: AuthState) => boolean, ms = 20_000): Promise<AuthState> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`no matching state in ${ms} ms; last: ${JSON.stringify(client.getState().status)}`));
    }, ms);
    const look = () => {
      const state = client.getState();
      if (!check(state)) return;
      clearTimeout(timer);
      stop();
      resolve(state);
    };
    const stop = client.subscribe(look);
    look();
  });
}

async function newUser(label: string) {
  const email = fixture.uniqueEmail(label);
  await fixture.emulator.admin.signUpConfirmed(fixture.pool.userPoolId, fixture.pool.shortClientId, email, strongPassword);
  return email;
}

describe('storage whose writes throw', () => {
  it("an app's adapter that throws on write: sign-in succeeds and every refresh's tokens are used", async () => {
    const email = await newUser('quota');
    let writes = 0;
    const full: StorageAdapter = {
      getItem: () => null,
      setItem: () => {
        writes += 1;
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      },
      removeItem: () => undefined,
    };
    const client = createAuthClient(fixture.config({ short: true, storage: full, crossTab: true }));
    clients.push(client);
    client.start();
    const step = await client.signIn({ email, password: strongPassword });
    expect(step.step).toBe('done');
    expect(writes).toBeGreaterThan(0);
    const first = client.getState().session!;

    // Two scheduled refreshes of the 4-second tokens, each answered by Cognito and each taken.
    fixture.emulator.requests.clear();
    const second = (await stateWhere(client, (s) => !!s.session && s.session.tokens.accessToken !== first.tokens.accessToken)).session!;
    const third = (await stateWhere(client, (s) => !!s.session && s.session.tokens.accessToken !== second.tokens.accessToken)).session!;
    expect(client.getState().status).toBe('signedIn');
    expect(third.expiresAt).toBeGreaterThan(first.expiresAt);
    expect(await client.getAccessToken()).toBe(third.tokens.accessToken);
    expect(fixture.emulator.requests.count({ refresh: true })).toBe(2);
  });
});

describe('a refresh Cognito refuses for good', () => {
  it('is not retried: an empty refresh token ends the session at once (revoked), with one request', async () => {
    const email = await newUser('badrefresh');
    const signer = fixture.client({ short: true });
    await signer.signIn({ email, password: strongPassword });
    const tokens = signer.getState().session!.tokens;

    const client = createAuthClient(fixture.config({ short: true }));
    clients.push(client);
    client.start();
    await client.fromTokens({ ...tokens, refreshToken: '' });
    expect(client.getState().status).toBe('signedIn');
    fixture.emulator.requests.clear();
    const refused = await client.refresh().catch((err: unknown) => err);
    expect(refused).toMatchObject({ name: 'AuthError', code: 'sessionRevoked' });
    expect((refused as { cognitoCode?: string }).cognitoCode).toBeTruthy();
    expect(client.getState()).toMatchObject({ status: 'signedOut', signOutReason: 'revoked', session: null });
    expect(fixture.emulator.requests.count({ refresh: true })).toBe(1);
    // Nothing is left to retry: a later request for a token says "not signed in" without calling Cognito.
    await expect(client.getAccessToken()).rejects.toMatchObject({ code: 'notSignedIn' });
    expect(fixture.emulator.requests.count({ refresh: true })).toBe(1);
  });

  it('a refresh token Cognito does not know ends the session too', async () => {
    const email = await newUser('unknownrefresh');
    const signer = fixture.client({ short: true });
    await signer.signIn({ email, password: strongPassword });
    const client = createAuthClient(fixture.config({ short: true }));
    clients.push(client);
    await client.fromTokens({ ...signer.getState().session!.tokens, refreshToken: 'not-a-refresh-token' });
    await expect(client.refresh()).rejects.toMatchObject({ code: expect.stringMatching(/^session(Revoked|Expired)$/) });
    expect(client.getState().status).toBe('signedOut');
  });
});

describe('look-alike identifiers', () => {
  it.each(['admin\u200B@example.com', 'ad\u202Emin@example.com', 'admin@exa\u0007mple.com', '\u3164admin@example.com'])(
    'sign-up refuses %j before asking Cognito, with a message that says what is wrong',
    async (email) => {
      const client = fixture.client();
      fixture.emulator.requests.clear();
      await expect(client.signUp({ email, password: strongPassword })).rejects.toMatchObject({ code: 'invalidCharacters', field: 'email' });
      expect(fixture.emulator.requests.count({ target: 'SignUp' })).toBe(0);
    },
  );

  it('an address with letters of other scripts is not refused', async () => {
    const email = `j\u00fcrgen.${Date.now().toString(36)}@ex\u00e4mple.de`;
    const step = await fixture.client().signUp({ email, password: strongPassword });
    expect(step.step).toBe('confirmSignUp');
  });
});

describe('operations that send an access token', () => {
  it('global sign-out on a restored session whose access token expired: refreshed first, then every refresh token is revoked', async () => {
    const email = await newUser('globalexpired');
    const signer = fixture.client({ short: true });
    await signer.signIn({ email, password: strongPassword });
    const old = signer.getState().session!;
    // The server restores the session after the 4-second access token expired.
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, old.expiresAt - Date.now() + 50)));
    const server = createAuthClient(fixture.config({ short: true }));
    clients.push(server);
    await server.fromTokens(old.tokens);
    const restored = server.getState().session!;
    // Let the refreshed access token expire too, then sign out everywhere.
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, restored.expiresAt - Date.now() + 50)));
    fixture.emulator.requests.clear();
    await server.signOut({ global: true });
    expect(server.getState()).toMatchObject({ status: 'signedOut', signOutReason: 'user' });
    const sent = fixture.emulator.requests.all().map((r) => (r.refresh ? 'refresh' : r.target));
    expect(sent).toEqual(['refresh', 'GlobalSignOut']);
    const globalSignOut = fixture.emulator.requests.all().find((r) => r.target === 'GlobalSignOut')!;
    expect(globalSignOut.status).toBe(200);
    expect(globalSignOut.accessTokenExp! * 1000).toBeGreaterThan(globalSignOut.at);
    // The refresh token is revoked: another holder of it is signed out at its next refresh.
    const other = createAuthClient(fixture.config({ short: true }));
    clients.push(other);
    await expect(other.fromTokens(old.tokens)).rejects.toMatchObject({ code: 'sessionRevoked' });
  });
});
