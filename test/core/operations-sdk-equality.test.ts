import { createRequire } from 'node:module';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCognitoTransport, type CognitoTransport } from '../../src/core/cognito-transport';
import { encodedDataFor, installAdvancedSecurityData } from '../support/advanced-security-data';
import { sdkMemoryStorage, sdkSessionUser } from '../support/sdk-session-user';
import { unsignedJwt } from '../support/unsigned-jwt';

// Every operation besides sign-in: the SDK's CognitoUser / CognitoUserPool method for it vs the kit's transport,
// against the same fake Cognito. The kit builds these requests itself (it loads only the SDK's Client), so each
// must go out as the SDK sends it — same operation, same JSON byte for byte — and read the same answer.

type Callback = (err: unknown, data?: unknown) => void;
type Request = (operation: string, params: Record<string, unknown>, callback: Callback) => void;
type NodeCallback = (err: unknown, result?: unknown, details?: unknown) => void;
interface Callbacks {
  onSuccess(data?: unknown): void;
  onFailure(err: unknown): void;
  [name: string]: unknown;
}
interface SdkUser {
  setSignInUserSession(session: unknown): void;
  confirmRegistration(code: string, force: boolean, cb: NodeCallback): void;
  resendConfirmationCode(cb: NodeCallback): void;
  forgotPassword(cb: Callbacks): void;
  confirmPassword(code: string, password: string, cb: Callbacks): void;
  changePassword(old: string, proposed: string, cb: NodeCallback): void;
  getUserAttributes(cb: NodeCallback): void;
  updateAttributes(attributes: unknown[], cb: NodeCallback): void;
  getAttributeVerificationCode(name: string, cb: Callbacks): void;
  verifyAttribute(name: string, code: string, cb: Callbacks): void;
  associateSoftwareToken(cb: Callbacks): void;
  verifySoftwareToken(code: string, name: string, cb: Callbacks): void;
  setUserMfaPreference(sms: unknown, totp: unknown, cb: NodeCallback): void;
  getUserData(cb: NodeCallback, params: { bypassCache: boolean }): void;
  globalSignOut(cb: Callbacks): void;
  deleteUser(cb: NodeCallback): void;
  signOut(cb: (err?: unknown) => void): void;
  refreshSession(token: unknown, cb: NodeCallback): void;
}

const require = createRequire(import.meta.url);
const sdk = require('amazon-cognito-identity-js') as {
  CognitoUserPool: new (data: { UserPoolId: string; ClientId: string; endpoint: string; Storage?: unknown }) => {
    client: { constructor: { prototype: { request: Request } } };
    signUp(username: string, password: string, attributes: unknown[], validation: unknown[], cb: NodeCallback): void;
  };
  CognitoUser: new (data: { Username: string; Pool: unknown; Storage?: unknown }) => SdkUser;
  CognitoUserAttribute: new (data: { Name: string; Value: string }) => unknown;
  CognitoUserSession: new (data: Record<string, unknown>) => unknown;
  CognitoIdToken: new (data: { IdToken: string }) => unknown;
  CognitoAccessToken: new (data: { AccessToken: string }) => unknown;
  CognitoRefreshToken: new (data: { RefreshToken: string }) => unknown;
};

const POOL_ID = 'eu-west-1_AbCd1234';
const CLIENT_ID = 'client-abc';
const ENDPOINT = 'http://127.0.0.1:1';
const EMAIL = 'ada@example.com';
const SUB = '6f1c2b9e-1111-4222-8333-944445555666';
const DELIVERY = { Destination: 'a***@e***.com', DeliveryMedium: 'EMAIL', AttributeName: 'email' };

/** Tokens the SDK accepts as a valid session (unexpired), optionally revocable (`origin_jti`). */
function liveTokens(revocable: boolean) {
  const iat = Math.floor(Date.now() / 1000);
  const claims = { sub: SUB, iat, exp: iat + 3600, ...(revocable ? { origin_jti: 'origin-1' } : {}) };
  return {
    idToken: unsignedJwt({ ...claims, email: EMAIL, token_use: 'id' }),
    accessToken: unsignedJwt({ ...claims, username: SUB, token_use: 'access', client_id: CLIENT_ID }),
    refreshToken: 'opaque-refresh-token',
  };
}

const refreshed = liveTokens(false);

/** What the fake Cognito answers, by operation. */
const answers: Record<string, unknown> = {
  InitiateAuth: { AuthenticationResult: { IdToken: refreshed.idToken, AccessToken: refreshed.accessToken } },
  SignUp: { UserConfirmed: false, UserSub: SUB, CodeDeliveryDetails: DELIVERY },
  ConfirmSignUp: {},
  ResendConfirmationCode: { CodeDeliveryDetails: DELIVERY },
  ForgotPassword: { CodeDeliveryDetails: DELIVERY },
  ConfirmForgotPassword: {},
  ChangePassword: {},
  GetUser: { Username: SUB, UserAttributes: [{ Name: 'email', Value: EMAIL }, { Name: 'name', Value: 'Ada' }] },
  UpdateUserAttributes: { CodeDeliveryDetailsList: [DELIVERY] },
  GetUserAttributeVerificationCode: { CodeDeliveryDetails: DELIVERY },
  VerifyUserAttribute: {},
  AssociateSoftwareToken: { SecretCode: 'JBSWY3DPEHPK3PXP' },
  VerifySoftwareToken: { Status: 'SUCCESS' },
  SetUserMFAPreference: {},
  GlobalSignOut: {},
  RevokeToken: {},
};

const pool = new sdk.CognitoUserPool({ UserPoolId: POOL_ID, ClientId: CLIENT_ID, endpoint: ENDPOINT });
const clientPrototype = pool.client.constructor.prototype;
const sent: Array<{ operation: string; body: string }> = [];

// The SDK has no GetTokensFromRefreshToken: the fake Cognito answers it as an endpoint without the operation
// (AWS's answer to an unknown X-Amz-Target, as the SDK's Client reports it), so the kit's refresh falls back to
// REFRESH_TOKEN_AUTH, which is compared with the SDK's. The fallback's first request is that probe.
const unknownOperation = () => Object.assign(new Error('null'), { code: 'UnknownOperationException', name: 'UnknownOperationException' });
const PROBE = 'GetTokensFromRefreshToken';

beforeEach(() => {
  sent.length = 0;
  vi.spyOn(clientPrototype, 'request').mockImplementation((operation, params, callback) => {
    sent.push({ operation, body: JSON.stringify(params) });
    queueMicrotask(() => (operation === PROBE ? callback(unknownOperation()) : callback(null, structuredClone(answers[operation] ?? {}))));
  });
});
afterEach(() => vi.restoreAllMocks());

const memoryStorage = sdkMemoryStorage;

const sdkUser = (tokens?: ReturnType<typeof liveTokens>, Username = EMAIL): SdkUser =>
  sdkSessionUser(sdk, { UserPoolId: POOL_ID, ClientId: CLIENT_ID, endpoint: ENDPOINT }, Username, tokens);

const nodeStyle = (run: (cb: NodeCallback) => void) =>
  new Promise<unknown>((resolve, reject) => run((err, result, details) => (err ? reject(err) : resolve(details ?? result))));
/** `alsoSuccess`: callbacks the SDK calls instead of onSuccess (inputVerificationCode…). */
const callbackStyle = (run: (cb: Callbacks) => void, alsoSuccess: string[] = []) =>
  new Promise<unknown>((resolve, reject) =>
    run({ onSuccess: resolve, onFailure: reject, ...Object.fromEntries(alsoSuccess.map((name) => [name, resolve])) }),
  );

/** Runs the SDK's way, then the kit's, and answers the requests each sent (minus the SDK's cache refills). */
async function compare(sdkWay: () => Promise<unknown>, kitWay: (transport: CognitoTransport) => Promise<unknown>) {
  await sdkWay();
  const bySdk = sent.splice(0);
  const result = await kitWay(createCognitoTransport({ userPoolId: POOL_ID, clientId: CLIENT_ID, endpoint: ENDPOINT }));
  const byKit = sent.splice(0);
  return { bySdk, byKit: byKit[0]?.operation === PROBE ? byKit.slice(1) : byKit, result };
}

describe('every other operation: the SDK method vs the kit transport, byte for byte', () => {
  const tokens = liveTokens(false);
  const attributes = { name: 'Ada Lovelace', 'custom:team': 'engines' };

  it('SignUp (CognitoUserPool.signUp)', async () => {
    const list = Object.entries({ email: EMAIL, ...attributes }).map(([Name, Value]) => new sdk.CognitoUserAttribute({ Name, Value }));
    const { bySdk, byKit, result } = await compare(
      () => nodeStyle((cb) => pool.signUp(EMAIL, 'Pass-word-1', list, [], cb)),
      (t) => t.signUp(EMAIL, 'Pass-word-1', { email: EMAIL, ...attributes }),
    );
    expect(byKit).toEqual(bySdk);
    expect(result).toEqual({ userSub: SUB, userConfirmed: false, delivery: { destination: DELIVERY.Destination, medium: 'EMAIL', attribute: 'email' } });
  });

  it('ConfirmSignUp, ResendConfirmationCode, ForgotPassword, ConfirmForgotPassword', async () => {
    const pairs: Array<[() => Promise<unknown>, (t: CognitoTransport) => Promise<unknown>]> = [
      [() => nodeStyle((cb) => sdkUser().confirmRegistration('123456', false, cb)), (t) => t.confirmSignUp(EMAIL, '123456')],
      [() => nodeStyle((cb) => sdkUser().resendConfirmationCode(cb)), (t) => t.resendCode(EMAIL)],
      [() => callbackStyle((cb) => sdkUser().forgotPassword(cb)), (t) => t.forgotPassword(EMAIL)],
      [() => callbackStyle((cb) => sdkUser().confirmPassword('654321', 'New-pass-2', cb)), (t) => t.confirmForgotPassword(EMAIL, '654321', 'New-pass-2')],
    ];
    const operations: string[] = [];
    for (const [sdkWay, kitWay] of pairs) {
      const { bySdk, byKit } = await compare(sdkWay, kitWay);
      expect(byKit).toEqual(bySdk);
      operations.push(...byKit.map((r) => r.operation));
    }
    expect(operations).toEqual(['ConfirmSignUp', 'ResendConfirmationCode', 'ForgotPassword', 'ConfirmForgotPassword']);
    const delivery = await createCognitoTransport({ userPoolId: POOL_ID, clientId: CLIENT_ID, endpoint: ENDPOINT }).forgotPassword(EMAIL);
    expect(delivery).toEqual({ destination: DELIVERY.Destination, medium: 'EMAIL', attribute: 'email' });
  });

  it('ChangePassword, GetUser, GetUserAttributeVerificationCode, VerifyUserAttribute, GlobalSignOut, DeleteUser', async () => {
    const pairs: Array<[() => Promise<unknown>, (t: CognitoTransport) => Promise<unknown>]> = [
      [() => nodeStyle((cb) => sdkUser(tokens).changePassword('Old-pass-1', 'New-pass-2', cb)), (t) => t.changePassword(EMAIL, tokens, 'Old-pass-1', 'New-pass-2')],
      [() => nodeStyle((cb) => sdkUser(tokens).getUserAttributes(cb)), (t) => t.getUserAttributes(EMAIL, tokens)],
      [
        () => callbackStyle((cb) => sdkUser(tokens).getAttributeVerificationCode('email', cb), ['inputVerificationCode']),
        (t) => t.sendAttributeCode(EMAIL, tokens, 'email'),
      ],
      [() => callbackStyle((cb) => sdkUser(tokens).verifyAttribute('email', '111222', cb)), (t) => t.verifyAttribute(EMAIL, tokens, 'email', '111222')],
      [() => callbackStyle((cb) => sdkUser(tokens).globalSignOut(cb)), (t) => t.globalSignOut(EMAIL, tokens)],
      [() => nodeStyle((cb) => sdkUser(tokens).deleteUser(cb)), (t) => t.deleteUser(EMAIL, tokens)],
    ];
    for (const [sdkWay, kitWay] of pairs) {
      const { bySdk, byKit } = await compare(sdkWay, kitWay);
      expect(byKit).toEqual(bySdk);
    }
    const transport = createCognitoTransport({ userPoolId: POOL_ID, clientId: CLIENT_ID, endpoint: ENDPOINT });
    expect(await transport.getUserAttributes(EMAIL, tokens)).toEqual({ email: EMAIL, name: 'Ada' });
    expect(await transport.sendAttributeCode(EMAIL, tokens, 'email')).toEqual({ destination: DELIVERY.Destination, medium: 'EMAIL', attribute: 'email' });
  });

  it('UpdateUserAttributes: the same update (the SDK then re-reads the user for its cache; the kit does not)', async () => {
    const list = Object.entries(attributes).map(([Name, Value]) => new sdk.CognitoUserAttribute({ Name, Value }));
    const { bySdk, byKit, result } = await compare(
      () => nodeStyle((cb) => sdkUser(tokens).updateAttributes(list, cb)),
      (t) => t.updateUserAttributes(EMAIL, tokens, attributes),
    );
    expect(bySdk.map((r) => r.operation)).toEqual(['UpdateUserAttributes', 'GetUser']);
    expect(byKit).toEqual(bySdk.slice(0, 1));
    expect(result).toEqual([{ destination: DELIVERY.Destination, medium: 'EMAIL', attribute: 'email' }]);
  });

  it('AssociateSoftwareToken, VerifySoftwareToken, SetUserMFAPreference (signed in)', async () => {
    const associate = await compare(
      () => callbackStyle((cb) => sdkUser(tokens).associateSoftwareToken(cb), ['associateSecretCode']),
      (t) => t.associateTotp(EMAIL, tokens),
    );
    expect(associate.byKit).toEqual(associate.bySdk);
    expect(associate.result).toBe('JBSWY3DPEHPK3PXP');
    const verify = await compare(
      () => callbackStyle((cb) => sdkUser(tokens).verifySoftwareToken('123456', 'Phone', cb)),
      (t) => t.verifyTotp(EMAIL, tokens, '123456', 'Phone'),
    );
    expect(verify.byKit).toEqual(verify.bySdk);
    const preference = await compare(
      () => nodeStyle((cb) => sdkUser(tokens).setUserMfaPreference(null, { Enabled: true, PreferredMfa: true }, cb)),
      (t) => t.setMfaPreference(EMAIL, tokens, { totp: 'preferred' }),
    );
    expect(preference.byKit).toEqual(preference.bySdk);
    expect(JSON.parse(preference.byKit[0]!.body)).toMatchObject({ SMSMfaSettings: null, SoftwareTokenMfaSettings: { Enabled: true, PreferredMfa: true } });
  });

  it('MFA settings read as CognitoUser.getUserData reads them (GetUser); email, which the SDK cannot set, only when asked for', async () => {
    const read = await compare(
      () => nodeStyle((cb) => sdkUser(tokens).getUserData(cb, { bypassCache: true })),
      (t) => t.getMfaPreference(EMAIL, tokens),
    );
    expect(read.byKit).toEqual(read.bySdk);
    const both = await compare(
      () => nodeStyle((cb) => sdkUser(tokens).setUserMfaPreference({ Enabled: false, PreferredMfa: false }, { Enabled: true, PreferredMfa: false }, cb)),
      (t) => t.setMfaPreference(EMAIL, tokens, { sms: 'disabled', totp: 'enabled' }),
    );
    expect(both.byKit).toEqual(both.bySdk);
    const withEmail = await compare(
      () => Promise.resolve(),
      (t) => t.setMfaPreference(EMAIL, tokens, { email: 'preferred' }),
    );
    expect(JSON.parse(withEmail.byKit[0]!.body)).toEqual({
      SMSMfaSettings: null,
      SoftwareTokenMfaSettings: null,
      EmailMfaSettings: { Enabled: true, PreferredMfa: true },
      AccessToken: tokens.accessToken,
    });
  });

  it('sign-out revokes the refresh token as CognitoUser.signOut does: only tokens with origin_jti, never throwing', async () => {
    const revocable = liveTokens(true);
    const revoke = await compare(
      () => new Promise<void>((resolve, reject) => sdkUser(revocable).signOut((err) => (err ? reject(err) : resolve()))),
      (t) => t.signOut(EMAIL, revocable),
    );
    expect(revoke.bySdk.map((r) => r.operation)).toEqual(['RevokeToken']);
    expect(revoke.byKit).toEqual(revoke.bySdk);

    const plain = await compare(
      () => new Promise<void>((resolve, reject) => sdkUser(tokens).signOut((err) => (err ? reject(err) : resolve()))),
      (t) => t.signOut(EMAIL, tokens),
    );
    expect(plain.bySdk).toEqual([]);
    expect(plain.byKit).toEqual([]);

    vi.mocked(clientPrototype.request).mockImplementation((operation, params, callback) => {
      sent.push({ operation, body: JSON.stringify(params) });
      queueMicrotask(() => callback(Object.assign(new Error('Network error'), { code: 'NetworkError' })));
    });
    const transport = createCognitoTransport({ userPoolId: POOL_ID, clientId: CLIENT_ID, endpoint: ENDPOINT });
    await expect(transport.signOut(EMAIL, revocable)).resolves.toBeUndefined();
    expect(sent.map((r) => r.operation)).toEqual(['RevokeToken']);
  });
});

describe('refresh: GetTokensFromRefreshToken, and REFRESH_TOKEN_AUTH as the SDK sends it where an endpoint lacks it', () => {
  const tokens = liveTokens(false);
  const transport = () => createCognitoTransport({ userPoolId: POOL_ID, clientId: CLIENT_ID, endpoint: ENDPOINT });

  it('asks GetTokensFromRefreshToken first (ClientId, RefreshToken, DeviceKey when given), keeping a rotated refresh token', async () => {
    vi.mocked(clientPrototype.request).mockImplementation((operation, params, callback) => {
      sent.push({ operation, body: JSON.stringify(params) });
      queueMicrotask(() => callback(null, { AuthenticationResult: { IdToken: refreshed.idToken, AccessToken: refreshed.accessToken, RefreshToken: 'rotated-refresh-token' } }));
    });
    const kit = transport();
    expect(await kit.refresh(SUB, tokens.refreshToken)).toEqual({ ...refreshed, refreshToken: 'rotated-refresh-token' });
    await kit.refresh(SUB, tokens.refreshToken, 'eu-west-1_device-key');
    expect(sent).toEqual([
      { operation: PROBE, body: JSON.stringify({ ClientId: CLIENT_ID, RefreshToken: tokens.refreshToken }) },
      { operation: PROBE, body: JSON.stringify({ ClientId: CLIENT_ID, RefreshToken: tokens.refreshToken, DeviceKey: 'eu-west-1_device-key' }) },
    ]);
  });

  it('without the operation: REFRESH_TOKEN_AUTH byte for byte as CognitoUser.refreshSession, DEVICE_KEY included, and the choice kept', async () => {
    // refreshSession reads the device key the SDK keeps for its LastAuthUser.
    const Storage = memoryStorage();
    Storage.setItem(`CognitoIdentityServiceProvider.${CLIENT_ID}.LastAuthUser`, SUB);
    Storage.setItem(`CognitoIdentityServiceProvider.${CLIENT_ID}.${SUB}.deviceKey`, 'eu-west-1_device-key');
    const userPool = new sdk.CognitoUserPool({ UserPoolId: POOL_ID, ClientId: CLIENT_ID, endpoint: ENDPOINT, Storage });
    const sdkWithDevice = new sdk.CognitoUser({ Username: SUB, Pool: userPool, Storage });
    const { bySdk, byKit, result } = await compare(
      () => nodeStyle((cb) => sdkWithDevice.refreshSession(new sdk.CognitoRefreshToken({ RefreshToken: tokens.refreshToken }), cb)),
      (t) => t.refresh(SUB, tokens.refreshToken, 'eu-west-1_device-key'),
    );
    expect(bySdk.map((r) => r.operation)).toEqual(['InitiateAuth']);
    expect(JSON.parse(bySdk[0]!.body)).toMatchObject({ AuthParameters: { DEVICE_KEY: 'eu-west-1_device-key' } });
    expect(byKit).toEqual(bySdk);
    // No refresh token in the answer (rotation off): the one sent is kept.
    expect(result).toEqual({ ...refreshed, refreshToken: tokens.refreshToken });

    const kit = transport();
    await kit.refresh(SUB, tokens.refreshToken);
    await kit.refresh(SUB, tokens.refreshToken);
    expect(sent.map((r) => r.operation)).toEqual([PROBE, 'InitiateAuth', 'InitiateAuth']);
  });

  it('a refusal of the token is not taken for a missing operation: no fallback', async () => {
    vi.mocked(clientPrototype.request).mockImplementation((operation, params, callback) => {
      sent.push({ operation, body: JSON.stringify(params) });
      queueMicrotask(() => callback(Object.assign(new Error('Refresh Token has been revoked'), { code: 'NotAuthorizedException', name: 'NotAuthorizedException' })));
    });
    await expect(transport().refresh(SUB, tokens.refreshToken)).rejects.toMatchObject({ code: 'NotAuthorizedException' });
    expect(sent.map((r) => r.operation)).toEqual([PROBE]);
  });
});

describe('threat protection: UserContextData where and as the SDK sends it', () => {
  const tokens = liveTokens(false);
  const attributes = { name: 'Ada Lovelace' };
  const ENCODED_EMAIL = { EncodedData: encodedDataFor(EMAIL, POOL_ID, CLIENT_ID) };
  let restoreGlobal = () => {};
  afterEach(() => {
    restoreGlobal();
    restoreGlobal = () => {};
  });

  const fields = (body: string) => JSON.parse(body) as Record<string, unknown>;
  /** Each pair: the SDK's way and the kit's, and the UserContextData both must send with the script on the page. */
  const pairs: Array<[string, () => Promise<unknown>, (t: CognitoTransport) => Promise<unknown>, unknown]> = [
    [
      'SignUp',
      () => nodeStyle((cb) => pool.signUp(EMAIL, 'Pass-word-1', [new sdk.CognitoUserAttribute({ Name: 'email', Value: EMAIL }), new sdk.CognitoUserAttribute({ Name: 'name', Value: 'Ada Lovelace' })], [], cb)),
      (t) => t.signUp(EMAIL, 'Pass-word-1', { email: EMAIL, ...attributes }),
      ENCODED_EMAIL,
    ],
    ['ConfirmSignUp', () => nodeStyle((cb) => sdkUser().confirmRegistration('123456', false, cb)), (t) => t.confirmSignUp(EMAIL, '123456'), ENCODED_EMAIL],
    // CognitoUser.resendConfirmationCode sends none (Cognito would accept one): the kit sends the same request.
    ['ResendConfirmationCode', () => nodeStyle((cb) => sdkUser().resendConfirmationCode(cb)), (t) => t.resendCode(EMAIL), undefined],
    ['ForgotPassword', () => callbackStyle((cb) => sdkUser().forgotPassword(cb)), (t) => t.forgotPassword(EMAIL), ENCODED_EMAIL],
    [
      'ConfirmForgotPassword',
      () => callbackStyle((cb) => sdkUser().confirmPassword('654321', 'New-pass-2', cb)),
      (t) => t.confirmForgotPassword(EMAIL, '654321', 'New-pass-2'),
      ENCODED_EMAIL,
    ],
    // The refresh as CognitoUser.refreshSession sends it, for its LastAuthUser: Cognito's username (here the sub).
    [
      'InitiateAuth',
      () => nodeStyle((cb) => sdkUser(undefined, SUB).refreshSession(new sdk.CognitoRefreshToken({ RefreshToken: tokens.refreshToken }), cb)),
      (t) => t.refresh(SUB, tokens.refreshToken),
      { EncodedData: encodedDataFor(SUB, POOL_ID, CLIENT_ID) },
    ],
    // Signed-in operations carry none, with the SDK as with the kit.
    ['ChangePassword', () => nodeStyle((cb) => sdkUser(tokens).changePassword('Old-pass-1', 'New-pass-2', cb)), (t) => t.changePassword(EMAIL, tokens, 'Old-pass-1', 'New-pass-2'), undefined],
    ['VerifySoftwareToken', () => callbackStyle((cb) => sdkUser(tokens).verifySoftwareToken('123456', 'Phone', cb)), (t) => t.verifyTotp(EMAIL, tokens, '123456', 'Phone'), undefined],
    ['GlobalSignOut', () => callbackStyle((cb) => sdkUser(tokens).globalSignOut(cb)), (t) => t.globalSignOut(EMAIL, tokens), undefined],
  ];

  it('with the collection script: the same requests byte for byte, UserContextData last, for the right user, pool and client', async () => {
    restoreGlobal = installAdvancedSecurityData();
    for (const [operation, sdkWay, kitWay, context] of pairs) {
      const { bySdk, byKit } = await compare(sdkWay, kitWay);
      expect(byKit.map((r) => r.operation)).toEqual([operation]);
      expect(byKit).toEqual(bySdk);
      const body = fields(byKit[0]!.body);
      expect(body.UserContextData, operation).toEqual(context);
      if (context) expect(Object.keys(body).at(-1), operation).toBe('UserContextData');
    }
  });

  it('without it, no UserContextData; where the script answers nothing, none either (the SDK sends an empty one)', async () => {
    for (const [operation, sdkWay, kitWay] of pairs) {
      const { bySdk, byKit } = await compare(sdkWay, kitWay);
      expect(byKit, operation).toEqual(bySdk);
      expect(byKit[0]!.body, operation).not.toContain('UserContextData');
    }

    const getData = vi.fn<(username: string, userPoolId: string, clientId: string) => string | undefined>(() => undefined);
    restoreGlobal = installAdvancedSecurityData(getData);
    for (const [operation, sdkWay, kitWay, context] of pairs) {
      const { bySdk, byKit } = await compare(sdkWay, kitWay);
      // Once more, the kit alone: what it asked the script.
      getData.mockClear();
      await kitWay(createCognitoTransport({ userPoolId: POOL_ID, clientId: CLIENT_ID, endpoint: ENDPOINT }));
      sent.length = 0;
      expect(byKit[0]!.body, operation).not.toContain('UserContextData');
      if (!context) {
        expect(byKit, operation).toEqual(bySdk);
        expect(getData, operation).not.toHaveBeenCalled();
        continue;
      }
      // CognitoUserPool.getUserContextData answers {} when getData answers nothing; Cognito takes either.
      expect(fields(bySdk[0]!.body).UserContextData, operation).toEqual({});
      expect(byKit[0]!.body, operation).toBe(bySdk[0]!.body.replace(',"UserContextData":{}', ''));
      expect(getData.mock.calls, operation).toEqual([[operation === 'InitiateAuth' ? SUB : EMAIL, POOL_ID, CLIENT_ID]]);
    }
  });
});
