import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuthClient, type AuthClient } from '../../src/core/auth-client';
import { createMemoryStorage } from '../../src/core/storage';
import { confirmedUser, startEmulatorFixture, strongPassword, type EmulatorFixture } from '../support/emulator-fixture';

let fixture: EmulatorFixture;
beforeAll(async () => {
  fixture = await startEmulatorFixture();
});
afterAll(() => fixture?.emulator.stop());

/** Resolves when `client` reaches signedOut (event-driven: the store's own notification). */
const signedOutOf = (client: AuthClient) =>
  new Promise<void>((resolve) => {
    if (client.getState().status === 'signedOut') return resolve();
    const stop = client.subscribe(() => {
      if (client.getState().status !== 'signedOut') return;
      stop();
      resolve();
    });
  });

describe('client.deleteUser()', () => {
  it('the user is gone: signed out here and in the other tab at once, sign-in refused, another device\'s refresh refused', async () => {
    const email = await confirmedUser(fixture, 'delete');
    const storage = createMemoryStorage();
    const tab = createAuthClient(fixture.config({ storage, crossTab: true }));
    const otherTab = createAuthClient(fixture.config({ storage, crossTab: true }));
    const phone = createAuthClient(fixture.config({ storage: createMemoryStorage() }));
    tab.start();
    otherTab.start();
    try {
      await tab.signIn({ email, password: strongPassword });
      await phone.signIn({ email, password: strongPassword });
      expect(otherTab.getState().status).toBe('signedIn');
      const otherTabOut = signedOutOf(otherTab);
      fixture.emulator.requests.clear();

      await tab.deleteUser();

      expect(fixture.emulator.requests.all().map((r) => r.target)).toEqual(['DeleteUser']);
      expect(tab.getState()).toMatchObject({ status: 'signedOut', signOutReason: 'user', session: null });
      expect(storage.getItem(`rck.${fixture.pool.clientId}.session`)).toBeNull();
      await otherTabOut;
      expect(otherTab.getState()).toMatchObject({ status: 'signedOut', session: null });

      await expect(fixture.client().signIn({ email, password: strongPassword })).rejects.toMatchObject({ code: 'invalidCredentials' });
      await expect(phone.refresh()).rejects.toMatchObject({ code: 'sessionRevoked', cognitoCode: 'UserNotFoundException' });
      expect(phone.getState()).toMatchObject({ status: 'signedOut', signOutReason: 'revoked', session: null });
    } finally {
      tab.stop();
      otherTab.stop();
    }
  });

  it('needs a signed-in user, and keeps the session when Cognito refuses (a revoked access token)', async () => {
    await expect(fixture.client().deleteUser()).rejects.toMatchObject({ code: 'notSignedIn' });
    const email = await confirmedUser(fixture, 'refused');
    const laptop = fixture.client();
    await laptop.signIn({ email, password: strongPassword });
    const other = fixture.client();
    await other.signIn({ email, password: strongPassword });
    await other.signOut({ global: true });
    await expect(laptop.deleteUser()).rejects.toMatchObject({ code: 'sessionRevoked' });
    // The account still exists.
    expect((await fixture.client().signIn({ email, password: strongPassword })).step).toBe('done');
  });
});
