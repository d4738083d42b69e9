import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCognitoTransport, type CognitoTransport } from '../../src/core/cognito-transport';
import { createDeviceStore } from '../../src/core/device-store';
import { createMemoryStorage } from '../../src/core/storage';
import { SRP_G, SRP_N, modPow } from '../../src/core/srp/srp-math';
import { sdkMemoryStorage, sdkSessionUser } from '../support/sdk-session-user';
import { tokensFor } from '../support/unsigned-jwt';

// Remembered devices on the wire: amazon-cognito-identity-js's own methods (listDevices, setDeviceStatusRemembered /
// NotRemembered, forgetSpecificDevice, authenticateUser with a cached device, ConfirmDevice after NewDeviceMetadata)
// vs the kit's transport against the same fake Cognito, with the same randomness and clock: byte for byte.

type Request = (operation: string, params: Record<string, unknown>, callback: (err: unknown, data?: unknown) => void) => void;
interface Callbacks {
  onSuccess(data?: unknown): void;
  onFailure(err: unknown): void;
  [name: string]: unknown;
}
interface SdkUser {
  setSignInUserSession(session: unknown): void;
  setAuthenticationFlowType(flow: string): void;
  authenticateUser(details: unknown, callbacks: Callbacks): void;
  listDevices(limit: number, token: string | null, cb: Callbacks): void;
  setDeviceStatusRemembered(cb: Callbacks): void;
  setDeviceStatusNotRemembered(cb: Callbacks): void;
  forgetSpecificDevice(key: string, cb: Callbacks): void;
  deviceKey: string | null;
}

const require = createRequire(import.meta.url);
const sdk = require('amazon-cognito-identity-js') as {
  AuthenticationDetails: new (data: { Username: string; Password: string }) => unknown;
  CognitoUserPool: new (data: { UserPoolId: string; ClientId: string; endpoint: string; Storage?: unknown }) => {
    client: { constructor: { prototype: { request: Request } } };
  };
  CognitoUser: new (data: { Username: string; Pool: unknown; Storage?: unknown }) => SdkUser;
  CognitoUserSession: new (data: Record<string, unknown>) => unknown;
  CognitoIdToken: new (data: { IdToken: string }) => unknown;
  CognitoAccessToken: new (data: { AccessToken: string }) => unknown;
  CognitoRefreshToken: new (data: { RefreshToken: string }) => unknown;
  WordArray: { prototype: { random(n: number): { toString(): string } } };
};

const POOL_ID = 'eu-west-1_AbCd1234';
const CLIENT_ID = 'client-abc';
const ENDPOINT = 'http://127.0.0.1:1';
const EMAIL = 'ada@example.com';
const SUB = '6f1c2b9e-1111-4222-8333-944445555666';
const PASSWORD = 'Correct-Horse-9';
const DEVICE = { deviceKey: 'eu-west-1_0f6e5d4c-3b2a-4190-8877-665544332211', deviceGroupKey: '-a1B2c3D4e', secret: 'c2VjcmV0LW9mLXRoZS1kZXZpY2U=' };
const TIME = new Date('2026-11-03T09:05:07Z');
const now = Math.floor(TIME.getTime() / 1000);
const tokens = tokensFor({ sub: SUB, email: EMAIL, iat: now, lifetime: 3600 });

const clientPrototype = new sdk.CognitoUserPool({ UserPoolId: POOL_ID, ClientId: CLIENT_ID, endpoint: ENDPOINT }).client.constructor.prototype;
const sent: Array<{ operation: string; body: string }> = [];
let answer: (operation: string, params: Record<string, unknown>) => unknown = () => ({});

/** Deterministic "random" bytes, different per length: the SDK and the kit draw the same lengths in the same order. */
const fixedBytes = (n: number) => Buffer.from(Array.from({ length: n }, (_, i) => (i * 37 + n * 11 + 1) % 256));

beforeEach(async () => {
  sent.length = 0;
  vi.spyOn(clientPrototype, 'request').mockImplementation((operation, params, callback) => {
    sent.push({ operation, body: JSON.stringify(params) });
    queueMicrotask(() => callback(null, structuredClone(answer(operation, params))));
  });
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(TIME);
  vi.spyOn(sdk.WordArray.prototype, 'random').mockImplementation((n: number) => ({ toString: () => fixedBytes(n).toString('hex') }));
  vi.spyOn(crypto, 'getRandomValues').mockImplementation(<T extends ArrayBufferView | null>(array: T): T => {
    if (array instanceof Uint8Array) array.set(fixedBytes(array.length));
    return array;
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

const memoryStorage = sdkMemoryStorage;
const POOL = { UserPoolId: POOL_ID, ClientId: CLIENT_ID, endpoint: ENDPOINT };

const sdkUser = (Username: string, storage = memoryStorage(), signedIn = true): SdkUser =>
  sdkSessionUser(sdk, POOL, Username, signedIn ? tokens : undefined, storage);

/** A kit transport whose storage remembers DEVICE for the user. */
function kitTransport(remembered = true): { transport: CognitoTransport; storage: ReturnType<typeof createMemoryStorage> } {
  const storage = createMemoryStorage();
  if (remembered) createDeviceStore(storage, 'rck').save({ ...DEVICE, names: [SUB, EMAIL] });
  return { transport: createCognitoTransport({ userPoolId: POOL_ID, clientId: CLIENT_ID, endpoint: ENDPOINT, storage, storageKey: 'rck', rememberDevice: 'always' }), storage };
}

const callbacks = (resolve: (v: unknown) => void, reject: (e: unknown) => void): Callbacks => ({ onSuccess: resolve, onFailure: reject });
const sdkCall = (run: (cb: Callbacks) => void) => new Promise((resolve, reject) => run(callbacks(resolve, reject)));

describe('device operations: the SDK methods vs the kit transport', () => {
  it('ListDevices, UpdateDeviceStatus (both ways), ForgetDevice: the same requests byte for byte', async () => {
    answer = (operation) =>
      operation === 'ListDevices'
        ? {
            Devices: [
              {
                DeviceKey: DEVICE.deviceKey,
                DeviceAttributes: [
                  { Name: 'device_name', Value: 'Firefox on Linux' },
                  { Name: 'dev:device_remembered_status', Value: 'remembered' },
                ],
                DeviceCreateDate: now - 86_400,
                DeviceLastAuthenticatedDate: now,
                DeviceLastModifiedDate: now - 60,
              },
            ],
          }
        : {};
    const user = sdkUser(SUB);
    user.deviceKey = DEVICE.deviceKey;
    await sdkCall((cb) => user.listDevices(60, null, cb));
    await sdkCall((cb) => user.setDeviceStatusRemembered(cb));
    await sdkCall((cb) => user.setDeviceStatusNotRemembered(cb));
    await sdkCall((cb) => user.forgetSpecificDevice(DEVICE.deviceKey, cb));
    const bySdk = sent.splice(0);

    const { transport, storage } = kitTransport();
    const listed = await transport.listDevices(SUB, tokens);
    await transport.setDeviceRemembered(SUB, tokens, true);
    await transport.setDeviceRemembered(SUB, tokens, false);
    await transport.forgetDevice(SUB, tokens);
    expect(sent).toEqual(bySdk);
    expect(listed).toEqual({
      currentDeviceKey: DEVICE.deviceKey,
      devices: [
        {
          deviceKey: DEVICE.deviceKey,
          name: 'Firefox on Linux',
          remembered: true,
          current: true,
          createdAt: new Date((now - 86_400) * 1000),
          lastAuthenticatedAt: TIME,
          lastModifiedAt: new Date((now - 60) * 1000),
        },
      ],
    });
    // Forgetting this browser's device drops its key and secret.
    expect(storage.getItem('rck.devices')).toBeNull();
  });
});

describe('sign-in with a remembered device: CognitoUser.authenticateUser vs the kit transport', () => {
  it('USER_SRP_AUTH → PASSWORD_VERIFIER with DEVICE_KEY → DEVICE_SRP_AUTH → DEVICE_PASSWORD_VERIFIER: identical requests', { timeout: 30_000 }, async () => {
    const b = (await modPow(SRP_G, 12345n, SRP_N)).toString(16);
    const challenge = { SRP_B: b, SALT: 'a1b2c3d4e5f6', SECRET_BLOCK: randomBytes(64).toString('base64') };
    answer = (operation, params) => {
      if (operation === 'InitiateAuth') return { ChallengeName: 'PASSWORD_VERIFIER', ChallengeParameters: { ...challenge, USERNAME: SUB, USER_ID_FOR_SRP: SUB } };
      if (params.ChallengeName === 'PASSWORD_VERIFIER') return { ChallengeName: 'DEVICE_SRP_AUTH', Session: 'session-device', ChallengeParameters: { USERNAME: SUB } };
      if (params.ChallengeName === 'DEVICE_SRP_AUTH') return { ChallengeName: 'DEVICE_PASSWORD_VERIFIER', Session: 'session-verifier', ChallengeParameters: { ...challenge, USERNAME: SUB } };
      return { AuthenticationResult: { IdToken: tokens.idToken, AccessToken: tokens.accessToken, RefreshToken: tokens.refreshToken } };
    };
    const storage = memoryStorage();
    const prefix = `CognitoIdentityServiceProvider.${CLIENT_ID}.${SUB}`;
    storage.setItem(`${prefix}.deviceKey`, DEVICE.deviceKey);
    storage.setItem(`${prefix}.randomPasswordKey`, DEVICE.secret);
    storage.setItem(`${prefix}.deviceGroupKey`, DEVICE.deviceGroupKey);
    const user = sdkUser(EMAIL, storage, false);
    await new Promise((resolve, reject) => user.authenticateUser(new sdk.AuthenticationDetails({ Username: EMAIL, Password: PASSWORD }), callbacks(resolve, reject)));
    const bySdk = sent.splice(0);
    expect(bySdk.map((r) => JSON.parse(r.body).ChallengeName ?? r.operation)).toEqual(['InitiateAuth', 'PASSWORD_VERIFIER', 'DEVICE_SRP_AUTH', 'DEVICE_PASSWORD_VERIFIER']);

    const outcome = await kitTransport().transport.signIn(EMAIL, PASSWORD, 'USER_SRP_AUTH');
    expect(outcome).toEqual({ kind: 'tokens', tokens });
    expect(sent).toEqual(bySdk);
  });

  it('USER_PASSWORD_AUTH with a device that is only tracked: DEVICE_KEY on InitiateAuth and on the SMS_MFA answer, as the SDK sends them', async () => {
    answer = (operation, params) =>
      operation === 'InitiateAuth'
        ? { ChallengeName: 'SMS_MFA', Session: 'session-sms', ChallengeParameters: { CODE_DELIVERY_DESTINATION: '+*******4567', CODE_DELIVERY_DELIVERY_MEDIUM: 'SMS', USER_ID_FOR_SRP: SUB } }
        : params.ChallengeName === 'SMS_MFA'
          ? { AuthenticationResult: { IdToken: tokens.idToken, AccessToken: tokens.accessToken, RefreshToken: tokens.refreshToken } }
          : {};
    const storage = memoryStorage();
    const prefix = `CognitoIdentityServiceProvider.${CLIENT_ID}.${EMAIL}`;
    storage.setItem(`${prefix}.deviceKey`, DEVICE.deviceKey);
    storage.setItem(`${prefix}.randomPasswordKey`, DEVICE.secret);
    storage.setItem(`${prefix}.deviceGroupKey`, DEVICE.deviceGroupKey);
    const user = sdkUser(EMAIL, storage, false);
    user.setAuthenticationFlowType('USER_PASSWORD_AUTH');
    await new Promise((resolve, reject) =>
      user.authenticateUser(new sdk.AuthenticationDetails({ Username: EMAIL, Password: PASSWORD }), {
        ...callbacks(resolve, reject),
        mfaRequired: () => (user as unknown as { sendMFACode(code: string, cb: Callbacks, type: string): void }).sendMFACode('123456', callbacks(resolve, reject), 'SMS_MFA'),
      }),
    );
    const bySdk = sent.splice(0);

    const outcome = await kitTransport().transport.signIn(EMAIL, PASSWORD, 'USER_PASSWORD_AUTH');
    if (outcome.kind !== 'challenge') throw new Error('expected the SMS step');
    expect(await outcome.answer({ kind: 'mfaCode', code: '123456' })).toEqual({ kind: 'tokens', tokens });
    expect(bySdk.map((r) => JSON.parse(r.body).ChallengeName ?? r.operation)).toEqual(['InitiateAuth', 'SMS_MFA']);
    expect(bySdk.every((r) => r.body.includes(DEVICE.deviceKey))).toBe(true);
    expect(sent).toEqual(bySdk);
  });

  it('NewDeviceMetadata: the same ConfirmDevice (verifier from the same device secret and salt), the device kept for the next sign-in', { timeout: 30_000 }, async () => {
    answer = (operation) =>
      operation === 'ConfirmDevice'
        ? { UserConfirmationNecessary: false }
        : { AuthenticationResult: { IdToken: tokens.idToken, AccessToken: tokens.accessToken, RefreshToken: tokens.refreshToken, NewDeviceMetadata: { DeviceKey: DEVICE.deviceKey, DeviceGroupKey: DEVICE.deviceGroupKey } } };
    const sdkStorage = memoryStorage();
    const user = sdkUser(EMAIL, sdkStorage, false);
    user.setAuthenticationFlowType('USER_PASSWORD_AUTH');
    await new Promise((resolve, reject) => user.authenticateUser(new sdk.AuthenticationDetails({ Username: EMAIL, Password: PASSWORD }), callbacks(resolve, reject)));
    const bySdk = sent.splice(0);

    const { transport, storage } = kitTransport(false);
    const outcome = await transport.signIn(EMAIL, PASSWORD, 'USER_PASSWORD_AUTH');
    expect(outcome).toEqual({ kind: 'tokens', tokens, newDevice: { deviceKey: DEVICE.deviceKey, deviceGroupKey: DEVICE.deviceGroupKey } });
    expect(bySdk.map((r) => r.operation)).toEqual(['InitiateAuth', 'ConfirmDevice']);
    expect(sent).toEqual(bySdk);
    const secret = [...sdkStorage.items].find(([k]) => k.endsWith('.randomPasswordKey'))?.[1];
    expect(createDeviceStore(storage, 'rck').find(EMAIL)).toEqual({ ...DEVICE, secret, names: [SUB, EMAIL] });
  });
});
