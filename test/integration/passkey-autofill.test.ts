import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createAuthClient } from '../../src/core/auth-client';
import type { AuthConfig } from '../../src/core/config';
import { AUTOFILL_RENEW_MS } from '../../src/core/passkey/passkey-autofill-flow';
import { createMemoryStorage } from '../../src/core/storage';
import { startCognitoEmulator, type CognitoEmulator, type EmulatorPool } from '../support/cognito-emulator';
import { strongPassword } from '../support/emulator-fixture';
import { SoftwareAuthenticator } from '../support/software-authenticator';

// The email field's passkey autofill (conditional mediation) through the kit's client against the harness, which
// verifies every registration and assertion (@simplewebauthn/server). Node has no authenticator and no Web Storage:
// navigator.credentials is scripted with the harness's software authenticator (real P-256 signatures), and
// localStorage is a Map. The browser's own conditional UI runs in Chromium: test/e2e/passkeys.test.ts.

const origin = 'http://localhost:5173';
let emulator: CognitoEmulator;
let pool: EmulatorPool;
let n = 0;
let restore: (() => void) | undefined;

beforeAll(async () => {
  emulator = await startCognitoEmulator();
  pool = await emulator.createPool({ signInPolicy: { allowedFirstAuthFactors: ['PASSWORD', 'EMAIL_OTP', 'WEB_AUTHN'] }, webAuthn: { relyingPartyId: 'localhost' } });
});
afterAll(() => emulator?.stop());
afterEach(() => {
  restore?.();
  vi.useRealTimers();
});

type Get = { mediation?: string; signal?: AbortSignal; publicKey: Parameters<SoftwareAuthenticator['get']>[0] };

/**
 * A browser with conditional mediation: a conditional `get` waits until the test picks the passkey (`pick()`), as the
 * user would in the email field's suggestions, or rejects with AbortError when its signal aborts.
 */
function scriptedBrowser(authenticator: SoftwareAuthenticator, { conditional = true } = {}) {
  const asCredential = (json: Record<string, unknown>) => ({ toJSON: () => json });
  const g = globalThis as Record<string, unknown>;
  const saved = { window: g.window, navigator: Object.getOwnPropertyDescriptor(globalThis, 'navigator'), PublicKeyCredential: g.PublicKeyCredential, localStorage: g.localStorage };
  class PublicKeyCredential {
    static parseCreationOptionsFromJSON = (json: unknown) => json;
    static parseRequestOptionsFromJSON = (json: unknown) => json;
    static isConditionalMediationAvailable = async () => conditional;
  }
  const stored = new Map<string, string>();
  g.localStorage = {
    getItem: (key: string) => stored.get(key) ?? null,
    setItem: (key: string, value: string) => void stored.set(key, value),
    removeItem: (key: string) => void stored.delete(key),
  };
  g.PublicKeyCredential = PublicKeyCredential;
  g.window = globalThis;
  const gets: Get[] = [];
  let picked: (() => void) | undefined;
  let waiting: (() => void) | undefined;
  const credentials = {
    create: async ({ publicKey }: { publicKey: Parameters<SoftwareAuthenticator['create']>[0] }) => asCredential(authenticator.create(publicKey, { origin })),
    get: (options: Get) => {
      gets.push(options);
      if (options.mediation !== 'conditional') return Promise.resolve(asCredential(authenticator.get(options.publicKey, { origin })));
      return new Promise((resolve, reject) => {
        const abort = () => reject(Object.assign(new Error('The operation was aborted.'), { name: 'AbortError' }));
        if (options.signal?.aborted) return abort();
        options.signal?.addEventListener('abort', abort);
        picked = () => resolve(asCredential(authenticator.get(options.publicKey, { origin })));
        waiting?.();
      });
    },
  };
  Object.defineProperty(globalThis, 'navigator', { value: { credentials }, configurable: true });
  restore = () => {
    for (const [name, value] of Object.entries(saved)) if (name !== 'navigator') g[name] = value;
    if (saved.navigator) Object.defineProperty(globalThis, 'navigator', saved.navigator);
    else delete g.navigator;
    restore = undefined;
  };
  return {
    stored,
    gets,
    /** Resolves once a conditional request is pending (the passkey is in the field's suggestions). */
    offered: () => new Promise<void>((resolve) => (gets.some((o) => o.mediation === 'conditional' && !o.signal?.aborted) ? resolve() : (waiting = resolve))),
    pick: () => picked?.(),
  };
}

const storageKey = () => `rck.autofill.${n}`;
const clientFor = (extra: Partial<AuthConfig> = {}) =>
  createAuthClient({
    userPoolId: pool.userPoolId,
    clientId: pool.clientId,
    endpoint: emulator.endpoint,
    storage: createMemoryStorage(),
    storageKey: storageKey(),
    authFlow: 'USER_AUTH',
    ...extra,
  });

async function userWithPasskey(tag: string) {
  const email = `pk.autofill.${tag}.${n++}.${Date.now().toString(36)}@example.com`;
  await emulator.admin.signUpConfirmed(pool.userPoolId, pool.clientId, email, strongPassword);
  const authenticator = new SoftwareAuthenticator();
  const browser = scriptedBrowser(authenticator);
  const client = clientFor();
  await client.signIn({ email, password: strongPassword });
  await client.registerPasskey();
  return { email, authenticator, browser, client };
}

describe('passkey autofill against the harness (scripted navigator.credentials: Node has no authenticator)', () => {
  it('registering a passkey remembers the user; on the next visit the autofill signs in with the picked passkey, nothing typed', async () => {
    const { email, browser, client } = await userWithPasskey('signin');
    const username = client.getState().session!.username;
    expect([...browser.stored]).toEqual([[`${storageKey()}.passkeyUser`, username]]);
    await client.signOut();

    const nextVisit = clientFor();
    emulator.requests.clear();
    const signedIn = nextVisit.signInWithPasskeyAutofill(new AbortController().signal);
    await browser.offered();
    // Waiting in the field's suggestions: no dialog, no session yet.
    expect(nextVisit.getState().status).toBe('signedOut');
    const conditional = browser.gets.at(-1)!;
    expect(conditional.mediation).toBe('conditional');
    browser.pick();
    const session = await signedIn;
    expect(session?.user.email).toBe(email);
    expect(nextVisit.getState().status).toBe('signedIn');
    expect(emulator.requests.all().map((r) => [r.target, r.authFlow ?? r.challengeName])).toEqual([
      ['InitiateAuth', 'USER_AUTH'],
      ['RespondToAuthChallenge', 'WEB_AUTHN'],
    ]);
  });

  it('another sign-in aborts the pending conditional request, which then resolves to null', async () => {
    const { email, browser, client } = await userWithPasskey('abort');
    await client.signOut();
    const other = clientFor();
    const autofill = other.signInWithPasskeyAutofill(new AbortController().signal);
    await browser.offered();
    const conditional = browser.gets.at(-1)!;
    const step = await other.signIn({ email });
    expect(step.step).toBe('selectChallenge');
    expect(conditional.signal?.aborted, 'the conditional request was aborted').toBe(true);
    expect(await autofill).toBeNull();
    // The other sign-in goes on: here with the password.
    expect((await other.answerChallenge({ kind: 'selectChallenge', challenge: 'PASSWORD', password: strongPassword })).step).toBe('done');
  });

  it("the caller's signal aborts it; a fresh challenge replaces Cognito's before its 3 minutes run out", async () => {
    const { browser, client } = await userWithPasskey('renew');
    await client.signOut();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const leaving = new AbortController();
    const next = clientFor();
    const autofill = next.signInWithPasskeyAutofill(leaving.signal);
    await browser.offered();
    const first = browser.gets.at(-1)!;
    vi.advanceTimersByTime(AUTOFILL_RENEW_MS);
    expect(first.signal?.aborted).toBe(true);
    await browser.offered();
    const second = browser.gets.at(-1)!;
    expect(second).not.toBe(first);
    expect(second.publicKey.challenge, 'a new challenge').not.toBe(first.publicKey.challenge);
    leaving.abort();
    expect(await autofill).toBeNull();
    expect(second.signal?.aborted).toBe(true);
    expect(next.getState().status).toBe('signedOut');
  });

  it('deleting the last passkey forgets the user; so does Cognito no longer offering WEB_AUTHN, and deleting the account', async () => {
    const { email, browser, client } = await userWithPasskey('forget');
    const key = `${storageKey()}.passkeyUser`;
    const [passkey] = await client.listPasskeys();
    await client.deletePasskey(passkey!.credentialId);
    expect(browser.stored.has(key)).toBe(false);

    // Remembered from before the passkey went (another device deleted it): the autofill finds no WEB_AUTHN.
    browser.stored.set(key, email);
    await client.signOut();
    expect(await clientFor().signInWithPasskeyAutofill(new AbortController().signal)).toBeNull();
    expect(browser.stored.has(key)).toBe(false);
    expect(browser.gets.filter((g) => g.mediation === 'conditional')).toEqual([]);

    await client.signIn({ email, password: strongPassword });
    await client.registerPasskey();
    expect(browser.stored.get(key)).toBeTruthy();
    await client.deleteUser();
    expect(browser.stored.has(key)).toBe(false);
  });

  it("remembers nothing with storage: 'memory' or rememberPasskeyUser: false; a malformed option is a config error", async () => {
    const email = `pk.autofill.off.${n++}.${Date.now().toString(36)}@example.com`;
    await emulator.admin.signUpConfirmed(pool.userPoolId, pool.clientId, email, strongPassword);
    for (const extra of [{ storage: 'memory' }, { rememberPasskeyUser: false }] as const) {
      restore?.();
      const browser = scriptedBrowser(new SoftwareAuthenticator());
      const client = clientFor(extra);
      await client.signIn({ email, password: strongPassword });
      await client.registerPasskey();
      expect(browser.stored.size, JSON.stringify(extra)).toBe(0);
      expect(await client.signOut().then(() => client.signInWithPasskeyAutofill(new AbortController().signal))).toBeNull();
    }
    const odd = clientFor({ rememberPasskeyUser: 'yes' as unknown as boolean });
    await expect(odd.signInWithPasskeyAutofill(new AbortController().signal)).rejects.toMatchObject({ code: 'invalidConfig', message: expect.stringMatching(/rememberPasskeyUser/) });
  });

  it('offers nothing where the browser has no conditional mediation, or the app signs in without USER_AUTH', async () => {
    const { browser, client } = await userWithPasskey('unsupported');
    await client.signOut();
    expect(await clientFor({ authFlow: 'USER_SRP_AUTH' }).signInWithPasskeyAutofill(new AbortController().signal)).toBeNull();
    restore?.();
    const stored = [...browser.stored];
    const noConditional = scriptedBrowser(new SoftwareAuthenticator(), { conditional: false });
    for (const [k, v] of stored) noConditional.stored.set(k, v);
    emulator.requests.clear();
    expect(await clientFor().signInWithPasskeyAutofill(new AbortController().signal)).toBeNull();
    expect(emulator.requests.count({ target: 'InitiateAuth' }), 'no challenge asked for').toBe(0);
  });
});
