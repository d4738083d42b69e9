import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createAuthClient } from '../../src/core/auth-client';
import { createMemoryStorage } from '../../src/core/storage';
import { startCognitoEmulator, type CognitoEmulator, type EmulatorPool } from '../support/cognito-emulator';
import { strongPassword } from '../support/emulator-fixture';
import { SoftwareAuthenticator } from '../support/software-authenticator';

// Passkeys through the kit's client and its ceremony module against the harness, which verifies every registration
// and assertion (@simplewebauthn/server). Node has no WebAuthn: the browser's navigator.credentials is stood in for
// by the harness's software authenticator (mocked browser; the real one runs in Chromium with a virtual authenticator).

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
afterEach(() => restore?.());

/** navigator.credentials as a browser with `toJSON` and `parse*FromJSON` has it, backed by `authenticator`. */
function browserWith(authenticator: SoftwareAuthenticator, ceremony = { origin }) {
  const asCredential = (json: Record<string, unknown>) => ({ toJSON: () => json });
  const g = globalThis as Record<string, unknown>;
  const saved = { window: g.window, navigator: Object.getOwnPropertyDescriptor(globalThis, 'navigator'), PublicKeyCredential: g.PublicKeyCredential };
  class PublicKeyCredential {
    static parseCreationOptionsFromJSON = (json: unknown) => json;
    static parseRequestOptionsFromJSON = (json: unknown) => json;
  }
  g.PublicKeyCredential = PublicKeyCredential;
  g.window = globalThis;
  const credentials = {
    create: async ({ publicKey }: { publicKey: Parameters<SoftwareAuthenticator['create']>[0] }) => asCredential(authenticator.create(publicKey, ceremony)),
    get: async ({ publicKey }: { publicKey: Parameters<SoftwareAuthenticator['get']>[0] }) => asCredential(authenticator.get(publicKey, ceremony)),
  };
  Object.defineProperty(globalThis, 'navigator', { value: { credentials }, configurable: true });
  restore = () => {
    g.PublicKeyCredential = saved.PublicKeyCredential;
    g.window = saved.window;
    if (saved.navigator) Object.defineProperty(globalThis, 'navigator', saved.navigator);
    else delete g.navigator;
    restore = undefined;
  };
}

const clientFor = () =>
  createAuthClient({ userPoolId: pool.userPoolId, clientId: pool.clientId, endpoint: emulator.endpoint, storage: createMemoryStorage(), authFlow: 'USER_AUTH' });

describe('passkeys against the harness (mocked browser: Node has no WebAuthn)', () => {
  it('registers, lists, signs in with it, deletes it; then sign-in no longer offers it', async () => {
    const email = `pk.passkey.${n++}.${Date.now().toString(36)}@example.com`;
    await emulator.admin.signUpConfirmed(pool.userPoolId, pool.clientId, email, strongPassword);
    const authenticator = new SoftwareAuthenticator();
    browserWith(authenticator);
    const client = clientFor();
    expect((await client.signIn({ email, password: strongPassword })).step).toBe('done');
    await client.registerPasskey();
    const [passkey, ...others] = await client.listPasskeys();
    expect(others).toEqual([]);
    expect(passkey).toMatchObject({ relyingPartyId: 'localhost' });
    expect((await client.getAuthFactors()).signIn).toContain('WEB_AUTHN');
    await client.signOut();

    const step = await client.signIn({ email, preferredChallenge: 'WEB_AUTHN' });
    expect(step).toMatchObject({ step: 'passkey' });
    const done = await client.answerChallenge({ kind: 'passkey' });
    expect(done.step).toBe('done');

    await client.deletePasskey(passkey!.credentialId);
    expect(await client.listPasskeys()).toEqual([]);
    await client.signOut();
    const after = await client.signIn({ email });
    expect(after.step).toBe('selectChallenge');
    expect(after.step === 'selectChallenge' && after.options).not.toContain('WEB_AUTHN');
  });

  it('an assertion from another origin is refused by the harness, and the kit names the relying-party fix', async () => {
    const email = `pk.origin.${n++}.${Date.now().toString(36)}@example.com`;
    await emulator.admin.signUpConfirmed(pool.userPoolId, pool.clientId, email, strongPassword);
    const authenticator = new SoftwareAuthenticator();
    await emulator.admin.addPasskey(pool.userPoolId, email, authenticator);
    browserWith(authenticator, { origin: 'https://evil.example' });
    const client = clientFor();
    expect(await client.signIn({ email, preferredChallenge: 'WEB_AUTHN' })).toMatchObject({ step: 'passkey' });
    const refused = await client.answerChallenge({ kind: 'passkey' }).catch((error: unknown) => error);
    expect(refused).toMatchObject({ code: 'passkeyRelyingParty', cognitoCode: 'WebAuthnOriginNotAllowedException' });
    expect(client.getState().status).not.toBe('signedIn');
  });
});
