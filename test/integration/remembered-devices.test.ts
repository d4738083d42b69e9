import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuthClient, type AuthClient } from '../../src/core/auth-client';
import type { AuthConfig, RememberDevice } from '../../src/core/config';
import { createMemoryStorage, type StorageAdapter } from '../../src/core/storage';
import type { NextStep } from '../../src/core/types';
import { startCognitoEmulator, type CognitoEmulator, type EmulatorPool } from '../support/cognito-emulator';
import { strongPassword } from '../support/emulator-fixture';
import { startFaultProxy } from '../support/fault-proxy';

// Remembered devices against the harness's device tracking (test/support/device-tracking.ts), over HTTP: the kit
// confirms the device with its own SRP maths, and the harness checks the device's proof against that verifier.

let emulator: CognitoEmulator;
/** "Always remember"; remembered devices replace MFA. */
let always: EmulatorPool;
/** "User opt-in"; remembered devices replace MFA. */
let optIn: EmulatorPool;
let n = 0;

beforeAll(async () => {
  emulator = await startCognitoEmulator();
  always = await emulator.createPool({ deviceConfiguration: { ChallengeRequiredOnNewDevice: true, DeviceOnlyRememberedOnUserPrompt: false } });
  optIn = await emulator.createPool({ deviceConfiguration: { ChallengeRequiredOnNewDevice: true, DeviceOnlyRememberedOnUserPrompt: true } });
});
afterAll(() => emulator?.stop());

interface Browser {
  storage: StorageAdapter;
  client(): AuthClient;
}

/** One browser: its storage outlives every client made for it (a reload, a sign-out). */
function browser(pool: EmulatorPool, rememberDevice: RememberDevice, extra: Partial<AuthConfig> = {}): Browser {
  const storage = createMemoryStorage();
  const config: AuthConfig = { userPoolId: pool.userPoolId, clientId: pool.clientId, endpoint: emulator.endpoint, storage, rememberDevice, ...extra };
  return { storage, client: () => createAuthClient(config) };
}

async function userWithSms(pool: EmulatorPool): Promise<{ email: string; phone: string }> {
  const email = `device.${Date.now().toString(36)}.${n}@example.com`;
  const phone = `+1555100${String(n++).padStart(4, '0')}`;
  await emulator.admin.signUpConfirmed(pool.userPoolId, pool.clientId, email, strongPassword);
  await emulator.admin.enableSmsMfa(pool.userPoolId, email, phone);
  return { email, phone };
}

/** Signs in; an SMS step is answered from the inbox (with the "remember" answer). Resolves to the steps seen. */
async function signIn(client: AuthClient, email: string, phone: string, rememberDevice?: boolean): Promise<string[]> {
  const after = Date.now();
  const steps: string[] = [];
  let step: NextStep = await client.signIn({ email, password: strongPassword });
  steps.push(step.step);
  if (step.step === 'smsMfa') {
    const code = await emulator.codes.waitFor(phone, { after });
    step = await client.answerChallenge({ kind: 'mfaCode', code, rememberDevice });
    steps.push(step.step);
  }
  return steps;
}

const storedDevices = (storage: StorageAdapter, pool: EmulatorPool) =>
  JSON.parse(storage.getItem(`rck.${pool.clientId}.devices`) ?? '[]') as Array<{ deviceKey: string; secret: string }>;
const sent = (target: string) => emulator.requests.all().filter((r) => r.target === target);
const challengesSent = () => emulator.requests.all().flatMap((r) => (r.challengeName ? [r.challengeName] : []));

describe("rememberDevice: 'always'", () => {
  it('confirms the device after MFA; after sign-out the next sign-in proves the device and skips MFA', async () => {
    const { email, phone } = await userWithSms(always);
    const tab = browser(always, 'always');
    const client = tab.client();
    emulator.requests.clear();
    expect(await signIn(client, email, phone)).toEqual(['smsMfa', 'done']);
    expect(sent('ConfirmDevice')).toHaveLength(1);
    const [device] = storedDevices(tab.storage, always);
    expect(device?.deviceKey).toMatch(/^[\w-]+_[0-9a-f-]{36}$/);
    // The secret is never sent anywhere: only its verifier went to ConfirmDevice.
    expect(JSON.stringify(emulator.requests.all())).not.toContain(device?.secret);

    const { devices, currentDeviceKey } = await client.listDevices();
    expect(currentDeviceKey).toBe(device?.deviceKey);
    expect(devices).toEqual([expect.objectContaining({ deviceKey: device?.deviceKey, current: true, remembered: true })]);
    expect(devices[0]?.lastAuthenticatedAt).toBeInstanceOf(Date);

    await client.signOut();
    expect(storedDevices(tab.storage, always)).toEqual([device]);
    emulator.requests.clear();
    expect(await signIn(tab.client(), email, phone)).toEqual(['done']);
    expect(challengesSent()).toEqual(['PASSWORD_VERIFIER', 'DEVICE_SRP_AUTH', 'DEVICE_PASSWORD_VERIFIER']);
    expect(emulator.requests.all().find((r) => r.challengeName === 'PASSWORD_VERIFIER')?.deviceKey).toBe(device?.deviceKey);
    expect(sent('ConfirmDevice')).toHaveLength(0);
  });

  it('with USER_PASSWORD_AUTH too: DEVICE_KEY on InitiateAuth, then the device proof', async () => {
    const { email, phone } = await userWithSms(always);
    const tab = browser(always, 'always', { authFlow: 'USER_PASSWORD_AUTH' });
    expect(await signIn(tab.client(), email, phone)).toEqual(['smsMfa', 'done']);
    emulator.requests.clear();
    expect(await signIn(tab.client(), email, phone)).toEqual(['done']);
    expect(challengesSent()).toEqual(['DEVICE_SRP_AUTH', 'DEVICE_PASSWORD_VERIFIER']);
  });

  it('forgetDevice(): Cognito forgets it, this browser drops key and secret, and MFA is asked again', async () => {
    const { email, phone } = await userWithSms(always);
    const tab = browser(always, 'always');
    const client = tab.client();
    await signIn(client, email, phone);
    await client.forgetDevice();
    expect(storedDevices(tab.storage, always)).toEqual([]);
    expect((await client.listDevices()).devices).toEqual([]);
    expect(await signIn(tab.client(), email, phone)).toEqual(['smsMfa', 'done']);
  });

  it('a device forgotten elsewhere: the stale key is refused, dropped, and the sign-in goes on with MFA', async () => {
    const { email, phone } = await userWithSms(always);
    const tab = browser(always, 'always');
    await signIn(tab.client(), email, phone);
    const [stale] = storedDevices(tab.storage, always);
    const elsewhere = browser(always, 'never').client();
    await signIn(elsewhere, email, phone);
    await elsewhere.forgetDevice(stale?.deviceKey);

    emulator.requests.clear();
    expect(await signIn(tab.client(), email, phone)).toEqual(['smsMfa', 'done']);
    const refused = emulator.requests.all().filter((r) => r.status !== 200);
    expect(refused).toEqual([expect.objectContaining({ challengeName: 'PASSWORD_VERIFIER', deviceKey: stale?.deviceKey })]);
    const [fresh] = storedDevices(tab.storage, always);
    expect(fresh?.deviceKey).toBeDefined();
    expect(fresh?.deviceKey).not.toBe(stale?.deviceKey);
  });

  it('a stale key with USER_PASSWORD_AUTH: InitiateAuth is refused, sent again without it, and MFA follows', async () => {
    const { email, phone } = await userWithSms(always);
    const tab = browser(always, 'always', { authFlow: 'USER_PASSWORD_AUTH' });
    const client = tab.client();
    await signIn(client, email, phone);
    const [stale] = storedDevices(tab.storage, always);
    await client.forgetDevice(stale?.deviceKey);
    // As if another browser had forgotten it: the key is back in this browser's storage, unknown to Cognito.
    tab.storage.setItem(`rck.${always.clientId}.devices`, JSON.stringify([stale]));
    emulator.requests.clear();
    expect(await signIn(tab.client(), email, phone)).toEqual(['smsMfa', 'done']);
    const initiates = sent('InitiateAuth');
    expect(initiates.map((r) => [r.status, r.deviceKey])).toEqual([[400, stale?.deviceKey], [200, undefined]]);
    expect(storedDevices(tab.storage, always)[0]?.deviceKey).not.toBe(stale?.deviceKey);
  });

  it('a refresh sends the remembered device key', async () => {
    const { email, phone } = await userWithSms(always);
    const tab = browser(always, 'always', { clientId: always.shortClientId });
    const client = tab.client();
    await signIn(client, email, phone);
    const [device] = storedDevices(tab.storage, { ...always, clientId: always.shortClientId });
    emulator.requests.clear();
    await client.refresh();
    expect(emulator.requests.all().filter((r) => r.refresh)).toEqual([
      expect.objectContaining({ target: 'GetTokensFromRefreshToken', deviceKey: device?.deviceKey, status: 200 }),
    ]);
  });
});

describe('a device forgotten elsewhere, at refresh', () => {
  // Mocked answer (a fault proxy): AWS documents no answer for a forgotten device's key on a refresh, so the proxy
  // gives the one Cognito gives at sign-in; the harness itself does not check DeviceKey on refresh.
  it('(mocked answer) ResourceNotFoundException "Device does not exist.": the key is dropped, the refresh goes again without it', async () => {
    const proxy = await startFaultProxy(emulator.endpoint);
    try {
      const { email, phone } = await userWithSms(always);
      const tab = browser(always, 'always', { endpoint: proxy.endpoint });
      const client = tab.client();
      await signIn(client, email, phone);
      const [device] = storedDevices(tab.storage, always);
      expect(device?.deviceKey).toBeTruthy();
      const body = '{"__type":"ResourceNotFoundException","message":"Device does not exist."}';
      proxy.set([{ refresh: true, times: 1, fault: { kind: 'status', status: 400, body } }]);
      emulator.requests.clear();
      await client.refresh();
      expect(proxy.log().filter((r) => r.refresh).map((r) => r.fault)).toEqual(['status', 'pass']);
      const reached = emulator.requests.all().filter((r) => r.refresh);
      expect(reached.map((r) => [r.status, r.deviceKey])).toEqual([[200, undefined]]);
      expect(client.getState()).toMatchObject({ status: 'signedIn', signOutReason: null });
      expect(storedDevices(tab.storage, always)).toEqual([]);
    } finally {
      await proxy.stop();
    }
  });
});

describe("rememberDevice: 'never'", () => {
  it('confirms nothing and keeps nothing: MFA every time', async () => {
    const { email, phone } = await userWithSms(always);
    const tab = browser(always, 'never');
    emulator.requests.clear();
    expect(await signIn(tab.client(), email, phone)).toEqual(['smsMfa', 'done']);
    expect(await signIn(tab.client(), email, phone)).toEqual(['smsMfa', 'done']);
    expect(sent('ConfirmDevice')).toHaveLength(0);
    expect(emulator.requests.all().some((r) => r.deviceKey)).toBe(false);
    expect(tab.storage.getItem(`rck.${always.clientId}.devices`)).toBeNull();
  });
});

describe("rememberDevice: 'ask' (a user opt-in pool)", () => {
  it('unchecked: the device is confirmed but not remembered, so MFA is asked again (with the device key)', async () => {
    const { email, phone } = await userWithSms(optIn);
    const tab = browser(optIn, 'ask');
    const client = tab.client();
    expect(await signIn(client, email, phone, false)).toEqual(['smsMfa', 'done']);
    expect((await client.listDevices()).devices).toEqual([expect.objectContaining({ current: true, remembered: false })]);
    emulator.requests.clear();
    expect(await signIn(tab.client(), email, phone)).toEqual(['smsMfa', 'done']);
    expect(sent('ConfirmDevice')).toHaveLength(0);
    expect(emulator.requests.all().filter((r) => r.challengeName === 'SMS_MFA').map((r) => r.deviceKey)).toEqual([
      storedDevices(tab.storage, optIn)[0]?.deviceKey,
    ]);

    // Remembered later from the account page: the next sign-in skips MFA.
    await client.rememberDevice();
    expect(await signIn(tab.client(), email, phone)).toEqual(['done']);
  });

  it('checked: remembered at once (UpdateDeviceStatus), the next sign-in skips MFA', async () => {
    const { email, phone } = await userWithSms(optIn);
    const tab = browser(optIn, 'ask');
    emulator.requests.clear();
    expect(await signIn(tab.client(), email, phone, true)).toEqual(['smsMfa', 'done']);
    expect(sent('UpdateDeviceStatus')).toHaveLength(1);
    expect(await signIn(tab.client(), email, phone)).toEqual(['done']);
  });

  it('with no device of this browser, rememberDevice() rejects and sends nothing', async () => {
    const { email, phone } = await userWithSms(optIn);
    const client = browser(optIn, 'never').client();
    await signIn(client, email, phone);
    emulator.requests.clear();
    await expect(client.rememberDevice()).rejects.toMatchObject({ code: 'unsupported' });
    expect(sent('UpdateDeviceStatus')).toHaveLength(0);
  });
});
