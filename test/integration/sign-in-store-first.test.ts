import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuthClient } from '../../src/core/auth-client';
import { createMemoryStorage } from '../../src/core/storage';
import { startEmulatorFixture, strongPassword, type EmulatorFixture } from '../support/emulator-fixture';

// Issue #17: in the task the tokens arrive in, only what the UI needs (the store); storage and the other tabs a
// task later, before signIn resolves, and never for a session that ended meanwhile.
let fixture: EmulatorFixture;
let email: string;
beforeAll(async () => {
  fixture = await startEmulatorFixture();
  email = fixture.uniqueEmail('store-first');
  await fixture.emulator.admin.signUpConfirmed(fixture.pool.userPoolId, fixture.pool.clientId, email, strongPassword);
});
afterAll(() => fixture?.emulator.stop());

describe('a sign-in against the emulator', () => {
  it('is in the store before it is stored; stored, and told to another tab, by the time signIn resolves', async () => {
    const storage = createMemoryStorage();
    // Memory storage each, as two tabs that share nothing but the BroadcastChannel (Node has one too).
    const client = createAuthClient(fixture.config({ storage, crossTab: true }));
    const otherTab = createAuthClient(fixture.config({ storage: createMemoryStorage(), crossTab: true }));
    client.start();
    otherTab.start();
    const entry = `${client.config.storageKey}.session`;
    let storedWhenShown: string | null | undefined;
    let otherTabWhenShown: string | undefined;
    const off = client.subscribe(() => {
      if (client.getState().status !== 'signedIn' || storedWhenShown !== undefined) return;
      storedWhenShown = storage.getItem(entry);
      otherTabWhenShown = otherTab.getState().status;
    });
    try {
      const step = await client.signIn({ email, password: strongPassword });
      expect(step.step).toBe('done');
      expect(storedWhenShown).toBeNull();
      expect(otherTabWhenShown).toBe('signedOut');
      expect(storage.getItem(entry)).toContain('"v":1');
      // BroadcastChannel delivers in a task of its own.
      await expect.poll(() => otherTab.getState().session?.user.email).toBe(email);
    } finally {
      off();
      client.stop();
      otherTab.stop();
    }
  });

  it('a sign-out between the two wins: the session is not stored afterwards', async () => {
    const storage = createMemoryStorage();
    const client = createAuthClient(fixture.config({ storage }));
    client.start();
    const off = client.subscribe(() => {
      if (client.getState().status === 'signedIn') void client.signOut();
    });
    try {
      await client.signIn({ email, password: strongPassword });
      expect(client.getState().status).toBe('signedOut');
      expect(storage.getItem(`${client.config.storageKey}.session`)).toBeNull();
    } finally {
      off();
      client.stop();
    }
  });
});
