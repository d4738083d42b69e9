import { createHash, randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCognitoTransport, type SignInOutcome } from '../../src/core/cognito-transport';
import { SRP_N } from '../../src/core/srp/srp-math';
import { sha256 } from '../../src/core/srp/sha256';
import { startSrpSession } from '../../src/core/srp/srp-session';
import { encodedDataFor, installAdvancedSecurityData } from '../support/advanced-security-data';
import { passwordClaimSignature, passwordVerifier, randomSaltHex, signaturesMatch, startServerSession } from '../support/srp-verifier';
import { tokensFor } from '../support/unsigned-jwt';

// The kit's SRP (native BigInt, src/core/srp/) against amazon-cognito-identity-js's own on the same inputs:
// same a → same SRP_A; same a, salt, B, password → same HKDF key and the same PASSWORD_CLAIM_SIGNATURE; and
// whole sign-ins through CognitoUser.authenticateUser vs the kit's transport send identical requests.

interface SdkBigInteger {
  toString(radix: number): string;
}
interface SdkHelper {
  smallAValue: SdkBigInteger;
  largeAValue: SdkBigInteger | undefined;
  getLargeAValue(callback: (err: unknown, A: SdkBigInteger) => void): void;
  getPasswordAuthenticationKey(user: string, password: string, B: SdkBigInteger, salt: SdkBigInteger, cb: (err: unknown, key: Uint8Array) => void): void;
}
interface SdkCallbacks {
  onSuccess(session: unknown): void;
  onFailure(err: unknown): void;
  [name: string]: unknown;
}
type Request = (operation: string, params: Record<string, unknown>, callback: (err: unknown, data?: unknown) => void) => void;

const require = createRequire(import.meta.url);
const sdk = require('amazon-cognito-identity-js') as {
  AuthenticationHelper: (new (poolName: string) => SdkHelper) & { prototype: { calculateA(...args: unknown[]): void } };
  AuthenticationDetails: new (data: { Username: string; Password: string }) => unknown;
  CognitoUserPool: new (data: { UserPoolId: string; ClientId: string; endpoint: string }) => { client: { constructor: { prototype: { request: Request } } } };
  CognitoUser: new (data: { Username: string; Pool: unknown; Storage?: unknown }) => {
    setAuthenticationFlowType(flow: string): void;
    authenticateUser(details: unknown, callbacks: SdkCallbacks): void;
  };
  DateHelper: { prototype: { getNowString(): string } };
  WordArray: { prototype: { random(n: number): { toString(): string } } };
};
const { default: BigInteger } = require('amazon-cognito-identity-js/lib/BigInteger.js') as {
  default: new (hex: string, radix: number) => SdkBigInteger;
};

const POOL_ID = 'eu-west-1_AbCd1234';
const POOL_NAME = 'AbCd1234';
const CLIENT_ID = 'client-abc';
const EMAIL = 'ada@example.com';
const USER_ID = '6f1c2b9e-1111-4222-8333-944445555666';
const PASSWORD = 'Correct-Horse-9 ünïcødé';
// A one-digit day and hours: the SDK writes the day unpadded and the time padded.
const TIME = new Date('2026-11-03T09:05:07Z');
const TIMESTAMP = 'Tue Nov 3 09:05:07 UTC 2026';
const SECRET_BLOCK = randomBytes(64).toString('base64');

const nodeSha256 = (data: Uint8Array) => new Uint8Array(createHash('sha256').update(data).digest());
const sdkHash = (sdk.AuthenticationHelper.prototype as unknown as { hash(d: Uint8Array): string }).hash;
const sdkSha256 = (data: Uint8Array) => new Uint8Array(Buffer.from(sdkHash(data), 'hex'));

/** The SDK helper with its secret `a` replaced by ours (its constructor drew a random one). */
function sdkHelperWith(smallAHex: string): Promise<{ helper: SdkHelper; A: string }> {
  const helper = new sdk.AuthenticationHelper(POOL_NAME);
  helper.smallAValue = new BigInteger(smallAHex, 16);
  helper.largeAValue = undefined;
  return new Promise((resolve, reject) => helper.getLargeAValue((err, A) => (err ? reject(err) : resolve({ helper, A: A.toString(16) }))));
}

describe('SRP maths: the kit and the SDK on the same a, salt, B and password', () => {
  it('same A, same HKDF key, same signature (9 random draws, the three hash implementations)', { timeout: 60_000 }, async () => {
    for (let i = 0; i < 9; i++) {
      const smallA = randomBytes(128).toString('hex');
      const salt = randomSaltHex();
      const { helper, A } = await sdkHelperWith(smallA);
      const server = startServerSession(BigInt(`0x${A}`), passwordVerifier(POOL_NAME, USER_ID, PASSWORD, salt));
      const srpB = server.B.toString(16);

      const kit = await startSrpSession({ sha256: [sdkSha256, nodeSha256, sha256][i % 3]!, randomHex: () => smallA });
      expect(kit.srpA).toBe(A);

      // computehkdf answers a 16-byte Uint8Array.
      const sdkKey = await new Promise<Buffer>((resolve, reject) =>
        helper.getPasswordAuthenticationKey(USER_ID, PASSWORD, new BigInteger(srpB, 16), new BigInteger(salt, 16), (err, key) =>
          err ? reject(err) : resolve(Buffer.from(key)),
        ),
      );
      const challenge = { SRP_B: srpB, SALT: salt, SECRET_BLOCK };
      const kitKey = await kit.passwordKey(POOL_NAME, USER_ID, PASSWORD, challenge);
      expect(Buffer.from(kitKey).toString('hex')).toBe(sdkKey.toString('hex'));
      expect(Buffer.from(kitKey).equals(server.key)).toBe(true);

      const signature = await kit.passwordClaimSignature(POOL_NAME, USER_ID, PASSWORD, challenge, TIMESTAMP);
      expect(signature).toBe(passwordClaimSignature(sdkKey, POOL_NAME, USER_ID, SECRET_BLOCK, TIMESTAMP));
    }
  });

  it('a wrong password gives a signature the verifier refuses', async () => {
    const salt = randomSaltHex();
    const kit = await startSrpSession({ sha256: nodeSha256, randomHex: (n) => randomBytes(n).toString('hex') });
    const server = startServerSession(BigInt(`0x${kit.srpA}`), passwordVerifier(POOL_NAME, USER_ID, PASSWORD, salt));
    const challenge = { SRP_B: server.B.toString(16), SALT: salt, SECRET_BLOCK };
    const expected = passwordClaimSignature(server.key, POOL_NAME, USER_ID, SECRET_BLOCK, TIMESTAMP);
    expect(signaturesMatch(expected, await kit.passwordClaimSignature(POOL_NAME, USER_ID, PASSWORD, challenge, TIMESTAMP))).toBe(true);
    expect(signaturesMatch(expected, await kit.passwordClaimSignature(POOL_NAME, USER_ID, `${PASSWORD}x`, challenge, TIMESTAMP))).toBe(false);
  });

  it('refuses B ≡ 0 mod N as the SDK does', async () => {
    const kit = await startSrpSession({ sha256: nodeSha256, randomHex: (n) => randomBytes(n).toString('hex') });
    await expect(kit.passwordKey(POOL_NAME, USER_ID, PASSWORD, { SALT: '01', SRP_B: '0' })).rejects.toThrow('B cannot be zero.');
    await expect(kit.passwordKey(POOL_NAME, USER_ID, PASSWORD, { SALT: '01', SRP_B: SRP_N.toString(16) })).rejects.toThrow('B cannot be zero.');
  });
});

describe('whole sign-ins: CognitoUser.authenticateUser vs the kit transport, request for request', () => {
  const clientPrototype = new sdk.CognitoUserPool({ UserPoolId: POOL_ID, ClientId: CLIENT_ID, endpoint: 'http://127.0.0.1:1' }).client.constructor
    .prototype;
  const sent: Array<{ operation: string; params: Record<string, unknown> }> = [];
  let smallA = '';
  let salt = '';
  let server: ReturnType<typeof startServerSession> | undefined;
  const tokens = tokensFor({ sub: USER_ID, email: EMAIL, iat: 1_800_000_000, lifetime: 3600 });

  // A Cognito that speaks SRP with the test's verifier: the same B for the same A, so both clients can be compared.
  const fakeCognito: Request = (operation, params, callback) => {
    sent.push({ operation, params: JSON.parse(JSON.stringify(params)) as Record<string, unknown> });
    const result = { AuthenticationResult: { IdToken: tokens.idToken, AccessToken: tokens.accessToken, RefreshToken: tokens.refreshToken } };
    queueMicrotask(() => {
      if (operation === 'InitiateAuth' && params.AuthFlow === 'USER_PASSWORD_AUTH') return callback(null, result);
      if (operation === 'InitiateAuth') {
        const A = BigInt(`0x${(params.AuthParameters as { SRP_A: string }).SRP_A}`);
        server ??= startServerSession(A, passwordVerifier(POOL_NAME, USER_ID, PASSWORD, salt));
        return callback(null, {
          ChallengeName: 'PASSWORD_VERIFIER',
          Session: 'session-1',
          ChallengeParameters: { USER_ID_FOR_SRP: USER_ID, SRP_B: server.B.toString(16), SALT: salt, SECRET_BLOCK, USERNAME: USER_ID },
        });
      }
      const answer = params.ChallengeResponses as Record<string, string>;
      const expected = passwordClaimSignature(server!.key, POOL_NAME, USER_ID, SECRET_BLOCK, answer.TIMESTAMP!);
      if (!signaturesMatch(expected, answer.PASSWORD_CLAIM_SIGNATURE!)) {
        return callback(Object.assign(new Error('Incorrect username or password.'), { code: 'NotAuthorizedException' }));
      }
      return callback(null, result);
    });
  };

  beforeEach(() => {
    sent.length = 0;
    server = undefined;
    smallA = randomBytes(128).toString('hex');
    salt = randomSaltHex();
    vi.spyOn(clientPrototype, 'request').mockImplementation(fakeCognito);
    // One clock for both: the kit writes TIMESTAMP itself, and must write it as the SDK's DateHelper does.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(TIME);
    // The same secret `a` for both: the SDK draws it through its WordArray, the kit through crypto.getRandomValues.
    const realRandom = sdk.WordArray.prototype.random;
    vi.spyOn(sdk.WordArray.prototype, 'random').mockImplementation(function (this: unknown, n: number) {
      return n === 128 ? { toString: () => smallA } : realRandom.call(this, n);
    });
    const realGetRandomValues = crypto.getRandomValues.bind(crypto);
    vi.spyOn(crypto, 'getRandomValues').mockImplementation(<T extends ArrayBufferView | null>(array: T): T => {
      if (array instanceof Uint8Array && array.length === 128) array.set(Buffer.from(smallA, 'hex'));
      else realGetRandomValues(array as Uint8Array);
      return array;
    });
  });
  let restoreGlobal = () => {};
  afterEach(() => {
    vi.restoreAllMocks();
    vi.useRealTimers();
    restoreGlobal();
    restoreGlobal = () => {};
  });

  const sdkSignIn = (flow: string, password = PASSWORD) =>
    new Promise<unknown>((resolve, reject) => {
      const pool = new sdk.CognitoUserPool({ UserPoolId: POOL_ID, ClientId: CLIENT_ID, endpoint: 'http://127.0.0.1:1' });
      const user = new sdk.CognitoUser({ Username: EMAIL, Pool: pool });
      user.setAuthenticationFlowType(flow);
      user.authenticateUser(new sdk.AuthenticationDetails({ Username: EMAIL, Password: password }), { onSuccess: resolve, onFailure: reject });
    });
  const kitTransport = () => createCognitoTransport({ userPoolId: POOL_ID, clientId: CLIENT_ID, endpoint: 'http://127.0.0.1:1' });

  it('USER_SRP_AUTH: identical InitiateAuth and RespondToAuthChallenge, accepted by the verifier', { timeout: 30_000 }, async () => {
    await sdkSignIn('USER_SRP_AUTH');
    const bySdk = sent.splice(0);
    const outcome: SignInOutcome = await kitTransport().signIn(EMAIL, PASSWORD, 'USER_SRP_AUTH');
    expect(outcome).toEqual({ kind: 'tokens', tokens });
    expect(bySdk.map((r) => r.operation)).toEqual(['InitiateAuth', 'RespondToAuthChallenge']);
    expect(sent).toEqual(bySdk);
  });

  it('USER_SRP_AUTH with a wrong password: the same refused claim, the same error', { timeout: 30_000 }, async () => {
    const bySdk = await sdkSignIn('USER_SRP_AUTH', 'wrong').catch((e: unknown) => e);
    const sdkRequests = sent.splice(0);
    const byKit = await kitTransport().signIn(EMAIL, 'wrong', 'USER_SRP_AUTH').catch((e: unknown) => e);
    expect(byKit).toMatchObject({ code: 'NotAuthorizedException' });
    expect(byKit).toEqual(bySdk);
    expect(sent).toEqual(sdkRequests);
  });

  it('USER_PASSWORD_AUTH: the same single request, and no SRP A computed at all', async () => {
    await sdkSignIn('USER_PASSWORD_AUTH');
    const bySdk = sent.splice(0);
    const calculateA = vi.spyOn(sdk.AuthenticationHelper.prototype, 'calculateA');
    const random = vi.mocked(crypto.getRandomValues);
    random.mockClear();
    expect(await kitTransport().signIn(EMAIL, PASSWORD, 'USER_PASSWORD_AUTH')).toEqual({ kind: 'tokens', tokens });
    expect(sent).toEqual(bySdk);
    expect(calculateA).not.toHaveBeenCalled();
    expect(random).not.toHaveBeenCalled();
  });

  const bytes = (requests: typeof sent) => requests.map((r) => `${r.operation} ${JSON.stringify(r.params)}`);
  const contexts = (requests: typeof sent) => requests.map((r) => r.params.UserContextData);

  it('threat protection: with the collection script both flows send UserContextData byte for byte as the SDK, for the typed name then USER_ID_FOR_SRP', { timeout: 30_000 }, async () => {
    restoreGlobal = installAdvancedSecurityData();
    await sdkSignIn('USER_SRP_AUTH');
    const srpBySdk = sent.splice(0);
    expect(await kitTransport().signIn(EMAIL, PASSWORD, 'USER_SRP_AUTH')).toEqual({ kind: 'tokens', tokens });
    expect(bytes(sent)).toEqual(bytes(srpBySdk));
    expect(contexts(sent)).toEqual([{ EncodedData: encodedDataFor(EMAIL, POOL_ID, CLIENT_ID) }, { EncodedData: encodedDataFor(USER_ID, POOL_ID, CLIENT_ID) }]);
    expect(sent.map((r) => Object.keys(r.params).at(-1))).toEqual(['UserContextData', 'UserContextData']);

    sent.length = 0;
    await sdkSignIn('USER_PASSWORD_AUTH');
    const passwordBySdk = sent.splice(0);
    await kitTransport().signIn(EMAIL, PASSWORD, 'USER_PASSWORD_AUTH');
    expect(bytes(sent)).toEqual(bytes(passwordBySdk));
    expect(contexts(sent)).toEqual([{ EncodedData: encodedDataFor(EMAIL, POOL_ID, CLIENT_ID) }]);
  });

  it('threat protection: no UserContextData without the script, nor where it answers nothing', { timeout: 30_000 }, async () => {
    await kitTransport().signIn(EMAIL, PASSWORD, 'USER_SRP_AUTH');
    restoreGlobal = installAdvancedSecurityData(() => undefined);
    await kitTransport().signIn(EMAIL, PASSWORD, 'USER_SRP_AUTH');
    expect(sent.map((r) => r.operation)).toEqual(['InitiateAuth', 'RespondToAuthChallenge', 'InitiateAuth', 'RespondToAuthChallenge']);
    expect(sent.every((r) => !('UserContextData' in r.params))).toBe(true);
  });

  it('USER_SRP_AUTH never runs the SDK jsbn modPow (no AuthenticationHelper built)', async () => {
    const calculateA = vi.spyOn(sdk.AuthenticationHelper.prototype, 'calculateA');
    await kitTransport().signIn(EMAIL, PASSWORD, 'USER_SRP_AUTH');
    expect(calculateA).not.toHaveBeenCalled();
  });
});
