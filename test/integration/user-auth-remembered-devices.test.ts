import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuthClient, type AuthClient } from '../../src/core/auth-client';
import type { AuthConfig } from '../../src/core/config';
import { createMemoryStorage, type StorageAdapter } from '../../src/core/storage';
import type { NextStep } from '../../src/core/types';
import { startCognitoEmulator, type CognitoEmulator, type EmulatorPool } from '../support/cognito-emulator';
import { strongPassword } from '../support/emulator-fixture';

// Remembered devices under choice-based sign-in (USER_AUTH), through the kit's client against the harness over HTTP:
// as under USER_SRP_AUTH (remembered-devices.test.ts), a remembered device proves itself (DEVICE_SRP_AUTH →
// DEVICE_PASSWORD_VERIFIER) and MFA is skipped, whichever way the password went; a passwordless sign-in from a
// remembered device sends its key and gets no new device.

let emulator: CognitoEmulator;
/** "Always remember", remembered devices replace MFA; passwords and email codes as first factors. */
let pool: EmulatorPool;
let n = 0;

beforeAll(async () => {
  emulator = await startCognitoEmulator();
  pool = await emulator.createPool({
    deviceConfiguration: { ChallengeRequiredOnNewDevice: true, DeviceOnlyRememberedOnUserPrompt: false },
    signInPolicy: { allowedFirstAuthFactors: ['PASSWORD', 'EMAIL_OTP'] },
  });
});
afterAll(() => emulator?.stop());

/** One browser: its storage (and so its remembered device) outlives every client made for it. */
function browser(extra: Partial<AuthConfig> = {}) {
  const storage = createMemoryStorage();
  const config: AuthConfig = { userPoolId: pool.userPoolId, clientId: pool.clientId, endpoint: emulator.endpoint, storage, rememberDevice: 'always', authFlow: 'USER_AUTH', ...extra };
  return { storage, client: () => createAuthClient(config) };
}

async function newUser(withSms: boolean): Promise<{ email: string; phone: string }> {
  const email = `ua-device.${Date.now().toString(36)}.${n}@example.com`;
  const phone = `+1555200${String(n++).padStart(4, '0')}`;
  await emulator.admin.signUpConfirmed(pool.userPoolId, pool.clientId, email, strongPassword);
  if (withSms) await emulator.admin.enableSmsMfa(pool.userPoolId, email, phone);
  return { email, phone };
}

/** Answers an SMS MFA step from the inbox; the steps seen, from `first` on. */
async function finish(client: AuthClient, first: NextStep, phone: string, after: number): Promise<string[]> {
  const steps = [first.step];
  if (first.step === 'smsMfa') {
    const code = await emulator.codes.waitFor(phone, { after });
    steps.push((await client.answerChallenge({ kind: 'mfaCode', code })).step);
  }
  return steps;
}

/** Identifier first, then the password way on the choice, then the password. */
async function chooseThePassword(client: AuthClient, email: string, challenge: 'PASSWORD' | 'PASSWORD_SRP'): Promise<NextStep> {
  expect((await client.signIn({ email })).step).toBe('selectChallenge');
  expect((await client.answerChallenge({ kind: 'selectChallenge', challenge })).step).toBe('password');
  return client.answerChallenge({ kind: 'password', password: strongPassword });
}

const storedDevices = (storage: StorageAdapter) => JSON.parse(storage.getItem(`rck.${pool.clientId}.devices`) ?? '[]') as Array<{ deviceKey: string }>;
const sent = (target: string) => emulator.requests.all().filter((r) => r.target === target);
const challengesSent = () => emulator.requests.all().flatMap((r) => (r.challengeName ? [r.challengeName] : []));

describe('remembered devices under USER_AUTH', () => {
  it('the password typed with the email (PASSWORD_SRP): the device proves itself after the password proof, MFA skipped', async () => {
    const { email, phone } = await newUser(true);
    const tab = browser();
    let after = Date.now();
    const first = tab.client();
    expect(await finish(first, await first.signIn({ email, password: strongPassword }), phone, after)).toEqual(['smsMfa', 'done']);
    const [device] = storedDevices(tab.storage);
    expect(device?.deviceKey).toBeDefined();

    emulator.requests.clear();
    after = Date.now();
    const client = tab.client();
    expect(await finish(client, await client.signIn({ email, password: strongPassword }), phone, after)).toEqual(['done']);
    expect(challengesSent()).toEqual(['PASSWORD_VERIFIER', 'DEVICE_SRP_AUTH', 'DEVICE_PASSWORD_VERIFIER']);
    expect(emulator.requests.all().find((r) => r.challengeName === 'PASSWORD_VERIFIER')?.deviceKey).toBe(device?.deviceKey);
    expect(sent('ConfirmDevice')).toHaveLength(0);
  });

  it('the password chosen on SELECT_CHALLENGE, both ways: the device proof follows, MFA skipped', async () => {
    const { email, phone } = await newUser(true);
    const tab = browser();
    const first = tab.client();
    const after = Date.now();
    expect(await finish(first, await chooseThePassword(first, email, 'PASSWORD_SRP'), phone, after)).toEqual(['smsMfa', 'done']);
    const [device] = storedDevices(tab.storage);

    emulator.requests.clear();
    expect((await chooseThePassword(tab.client(), email, 'PASSWORD_SRP')).step).toBe('done');
    expect(challengesSent()).toEqual(['SELECT_CHALLENGE', 'PASSWORD_VERIFIER', 'DEVICE_SRP_AUTH', 'DEVICE_PASSWORD_VERIFIER']);

    // The plain password goes with the choice, and the device key with it (as USER_PASSWORD_AUTH sends it).
    emulator.requests.clear();
    expect((await chooseThePassword(tab.client(), email, 'PASSWORD')).step).toBe('done');
    expect(challengesSent()).toEqual(['SELECT_CHALLENGE', 'DEVICE_SRP_AUTH', 'DEVICE_PASSWORD_VERIFIER']);
    expect(emulator.requests.all().find((r) => r.challengeName === 'SELECT_CHALLENGE')?.deviceKey).toBe(device?.deviceKey);
    expect(sent('ConfirmDevice')).toHaveLength(0);
  });

  it("preferredChallenge 'PASSWORD': DEVICE_KEY on InitiateAuth, then the device proof, MFA skipped", async () => {
    const { email, phone } = await newUser(true);
    const tab = browser({ preferredChallenge: 'PASSWORD' });
    const after = Date.now();
    const first = tab.client();
    expect(await finish(first, await first.signIn({ email, password: strongPassword }), phone, after)).toEqual(['smsMfa', 'done']);
    const [device] = storedDevices(tab.storage);

    emulator.requests.clear();
    expect((await tab.client().signIn({ email, password: strongPassword })).step).toBe('done');
    expect(sent('InitiateAuth').map((r) => [r.authFlow, r.deviceKey])).toEqual([['USER_AUTH', device?.deviceKey]]);
    expect(challengesSent()).toEqual(['DEVICE_SRP_AUTH', 'DEVICE_PASSWORD_VERIFIER']);
  });

  it('an email code from a remembered device: the code goes with the device key, no new device to confirm', async () => {
    const { email } = await newUser(false);
    const tab = browser({ preferredChallenge: 'EMAIL_OTP' });
    const codeSignIn = async () => {
      const client = tab.client();
      const after = Date.now();
      expect((await client.signIn({ email })).step).toBe('emailOtp');
      return client.answerChallenge({ kind: 'mfaCode', code: await emulator.codes.waitFor(email, { after }) });
    };
    expect((await codeSignIn()).step).toBe('done');
    const [device] = storedDevices(tab.storage);
    expect(device?.deviceKey).toBeDefined();

    emulator.requests.clear();
    expect((await codeSignIn()).step).toBe('done');
    expect(emulator.requests.all().find((r) => r.challengeName === 'EMAIL_OTP')?.deviceKey).toBe(device?.deviceKey);
    expect(sent('ConfirmDevice')).toHaveLength(0);
    expect(storedDevices(tab.storage)).toEqual([device]);
  });

  it('a device forgotten elsewhere: the stale key is refused, dropped, the answer goes again without it, and MFA follows', async () => {
    const { email, phone } = await newUser(true);
    const tab = browser();
    const client = tab.client();
    const before = Date.now();
    expect(await finish(client, await client.signIn({ email, password: strongPassword }), phone, before)).toEqual(['smsMfa', 'done']);
    const [stale] = storedDevices(tab.storage);
    await client.forgetDevice(stale?.deviceKey);
    // As if another browser had forgotten it: the key is back in this browser's storage, unknown to Cognito.
    tab.storage.setItem(`rck.${pool.clientId}.devices`, JSON.stringify([stale]));

    emulator.requests.clear();
    const after = Date.now();
    const again = tab.client();
    expect(await finish(again, await chooseThePassword(again, email, 'PASSWORD'), phone, after)).toEqual(['smsMfa', 'done']);
    const choices = emulator.requests.all().filter((r) => r.challengeName === 'SELECT_CHALLENGE');
    expect(choices.map((r) => [r.status, r.deviceKey])).toEqual([[400, stale?.deviceKey], [200, undefined]]);
    expect(storedDevices(tab.storage)[0]?.deviceKey).not.toBe(stale?.deviceKey);
  });
});
