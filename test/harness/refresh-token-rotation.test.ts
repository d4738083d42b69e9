import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ACCESS_TOKEN_MESSAGES } from '../support/access-token-checks';
import { startCognitoEmulator, type CognitoEmulator, type EmulatorPool } from '../support/cognito-emulator';
import { REFRESH_TOKEN_MESSAGES } from '../support/refresh-token-revocation';
import { REFRESH_TOKEN_AUTH_WITH_ROTATION } from '../support/refresh-token-rotation';
import { callCognito } from './sdk-client';

// GetTokensFromRefreshToken and the app client's RefreshTokenRotation (test/support/refresh-token-rotation.ts), over
// HTTP as the kit meets them. Time-bound rules (the grace period) are reached by moving the emulator's clock.

const PASSWORD = 'Correct-Horse-7-Battery';
let emulator: CognitoEmulator;
/** Rotation off: the pool as every earlier test knows it. */
let plain: EmulatorPool;
/** Rotation on, grace period 0: the old token is spent the moment the new one is handed out. */
let strict: EmulatorPool;
/** Rotation on, grace period 10 s. */
let lenient: EmulatorPool;
let n = 0;

interface AuthenticationResult {
  AccessToken: string;
  IdToken: string;
  RefreshToken?: string;
}

beforeAll(async () => {
  emulator = await startCognitoEmulator();
  plain = await emulator.createPool();
  strict = await emulator.createPool({ refreshTokenRotation: { Feature: 'ENABLED', RetryGracePeriodSeconds: 0 } });
  lenient = await emulator.createPool({ refreshTokenRotation: { Feature: 'ENABLED', RetryGracePeriodSeconds: 10 } });
});
afterAll(() => emulator?.stop());
afterEach(() => emulator.clock.reset());

const call = (target: string, body: unknown) => callCognito(emulator.endpoint, target, body);

async function signedIn(on: EmulatorPool): Promise<AuthenticationResult> {
  const address = `rotation.${n++}@example.com`;
  await emulator.admin.signUpConfirmed(on.userPoolId, on.clientId, address, PASSWORD);
  const answer = await call('InitiateAuth', { AuthFlow: 'USER_PASSWORD_AUTH', ClientId: on.clientId, AuthParameters: { USERNAME: address, PASSWORD } });
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  return answer.body.AuthenticationResult as AuthenticationResult;
}

const getTokens = (on: EmulatorPool, RefreshToken: string, extra: Record<string, unknown> = {}) =>
  call('GetTokensFromRefreshToken', { ClientId: on.clientId, RefreshToken, ...extra });

const resultOf = (answer: { status: number; body: Record<string, unknown> }): AuthenticationResult => {
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  return answer.body.AuthenticationResult as AuthenticationResult;
};

describe('GetTokensFromRefreshToken with rotation off', () => {
  it('issues new id and access tokens and no refresh token; the same refresh token goes on working', async () => {
    const tokens = await signedIn(plain);
    const first = resultOf(await getTokens(plain, tokens.RefreshToken!));
    expect(first.AccessToken).not.toBe(tokens.AccessToken);
    expect(first.IdToken).toMatch(/^ey/);
    expect(first.RefreshToken).toBeUndefined();
    resultOf(await getTokens(plain, tokens.RefreshToken!));
    // REFRESH_TOKEN_AUTH still works too on such a client.
    const legacy = await call('InitiateAuth', { AuthFlow: 'REFRESH_TOKEN_AUTH', ClientId: plain.clientId, AuthParameters: { REFRESH_TOKEN: tokens.RefreshToken } });
    expect(legacy.status).toBe(200);
  });

  it('refuses a refresh token it never issued, and a request without one', async () => {
    expect(await getTokens(plain, 'not-a-token')).toMatchObject({ status: 400, body: { __type: 'NotAuthorizedException', message: 'Invalid Refresh Token' } });
    expect(await call('GetTokensFromRefreshToken', { ClientId: plain.clientId })).toMatchObject({ status: 400, body: { __type: 'InvalidParameterException' } });
  });

  it('is counted as a refresh by the request log, with the device key it carried', async () => {
    const tokens = await signedIn(plain);
    emulator.requests.clear();
    resultOf(await getTokens(plain, tokens.RefreshToken!, { DeviceKey: 'eu-west-1_device-1' }));
    await call('InitiateAuth', { AuthFlow: 'REFRESH_TOKEN_AUTH', ClientId: plain.clientId, AuthParameters: { REFRESH_TOKEN: tokens.RefreshToken, DEVICE_KEY: 'eu-west-1_device-2' } });
    await call('GetUser', { AccessToken: tokens.AccessToken });
    expect(emulator.requests.count({ refresh: true })).toBe(2);
    expect(emulator.requests.count({ refresh: false })).toBe(1);
    expect(emulator.requests.all().filter((r) => r.refresh).map((r) => r.deviceKey)).toEqual(['eu-west-1_device-1', 'eu-west-1_device-2']);
  });
});

describe('GetTokensFromRefreshToken with rotation on', () => {
  it('hands out a new refresh token each time; with grace 0 the old one is refused with RefreshTokenReuseException', async () => {
    const tokens = await signedIn(strict);
    const second = resultOf(await getTokens(strict, tokens.RefreshToken!));
    expect(second.RefreshToken).toMatch(/^ey/);
    expect(second.RefreshToken).not.toBe(tokens.RefreshToken);
    expect(await getTokens(strict, tokens.RefreshToken!)).toMatchObject({ status: 400, body: { __type: 'RefreshTokenReuseException' } });
    const third = resultOf(await getTokens(strict, second.RefreshToken!));
    expect(third.RefreshToken).not.toBe(second.RefreshToken);
    // The access tokens it hands out are good ones.
    expect((await call('GetUser', { AccessToken: third.AccessToken })).status).toBe(200);
  });

  it('keeps the old token working for the grace period after it was first rotated, then refuses it', async () => {
    const tokens = await signedIn(lenient);
    const rotated = resultOf(await getTokens(lenient, tokens.RefreshToken!));
    emulator.clock.advance(9_000);
    // A retry within the grace period: new tokens again.
    const retried = resultOf(await getTokens(lenient, tokens.RefreshToken!));
    expect(retried.RefreshToken).not.toBe(rotated.RefreshToken);
    // The grace period runs from the first rotation, not the retry.
    emulator.clock.advance(1_000);
    expect(await getTokens(lenient, tokens.RefreshToken!)).toMatchObject({ status: 400, body: { __type: 'RefreshTokenReuseException' } });
    resultOf(await getTokens(lenient, rotated.RefreshToken!));
  });

  it('refuses REFRESH_TOKEN_AUTH for the client', async () => {
    const tokens = await signedIn(strict);
    const answer = await call('InitiateAuth', { AuthFlow: 'REFRESH_TOKEN_AUTH', ClientId: strict.clientId, AuthParameters: { REFRESH_TOKEN: tokens.RefreshToken } });
    expect(answer).toMatchObject({ status: 400, body: { __type: 'InvalidParameterException', message: REFRESH_TOKEN_AUTH_WITH_ROTATION } });
  });

  it('RevokeToken of the newest token revokes the whole family, and the access tokens issued from it', async () => {
    const tokens = await signedIn(lenient);
    const second = resultOf(await getTokens(lenient, tokens.RefreshToken!));
    const third = resultOf(await getTokens(lenient, second.RefreshToken!));
    expect((await call('RevokeToken', { ClientId: lenient.clientId, Token: third.RefreshToken })).status).toBe(200);
    for (const token of [tokens.RefreshToken!, second.RefreshToken!, third.RefreshToken!]) {
      expect(await getTokens(lenient, token)).toMatchObject({ status: 400, body: { __type: 'NotAuthorizedException', message: REFRESH_TOKEN_MESSAGES.revoked } });
    }
    expect(await call('GetUser', { AccessToken: second.AccessToken })).toMatchObject({ status: 400, body: { message: ACCESS_TOKEN_MESSAGES.revoked } });
  });

  it('GlobalSignOut revokes every rotated token of the user', async () => {
    const tokens = await signedIn(strict);
    const second = resultOf(await getTokens(strict, tokens.RefreshToken!));
    expect((await call('GlobalSignOut', { AccessToken: second.AccessToken })).status).toBe(200);
    expect(await getTokens(strict, second.RefreshToken!)).toMatchObject({ status: 400, body: { message: REFRESH_TOKEN_MESSAGES.revoked } });
  });

  it('a rotated token expires like any other (RefreshTokenValidity)', async () => {
    const tokens = await signedIn(strict);
    const second = resultOf(await getTokens(strict, tokens.RefreshToken!));
    // The pool's client keeps refresh tokens 30 days.
    emulator.clock.advance(31 * 24 * 3600 * 1000);
    expect(await getTokens(strict, second.RefreshToken!)).toMatchObject({ status: 400, body: { message: REFRESH_TOKEN_MESSAGES.expired } });
  });
});

describe('the RefreshTokenRotation setting', () => {
  it('is kept by CreateUserPoolClient / UpdateUserPoolClient and shown by DescribeUserPoolClient', async () => {
    const created = await call('CreateUserPoolClient', {
      UserPoolId: plain.userPoolId,
      ClientName: `rotating-${n++}`,
      ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH'],
      RefreshTokenRotation: { Feature: 'ENABLED', RetryGracePeriodSeconds: 5 },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(200);
    const client = created.body.UserPoolClient as { ClientId: string; RefreshTokenRotation: unknown };
    expect(client.RefreshTokenRotation).toEqual({ Feature: 'ENABLED', RetryGracePeriodSeconds: 5 });
    await call('UpdateUserPoolClient', { UserPoolId: plain.userPoolId, ClientId: client.ClientId, RefreshTokenRotation: { Feature: 'DISABLED' } });
    const described = await call('DescribeUserPoolClient', { UserPoolId: plain.userPoolId, ClientId: client.ClientId });
    expect(described.body.UserPoolClient).toMatchObject({ RefreshTokenRotation: { Feature: 'DISABLED', RetryGracePeriodSeconds: 0 } });
  });

  it('refuses a grace period outside 0–60 and an unknown feature state', async () => {
    for (const RefreshTokenRotation of [{ Feature: 'ENABLED', RetryGracePeriodSeconds: 61 }, { Feature: 'ON' }]) {
      const answer = await call('CreateUserPoolClient', { UserPoolId: plain.userPoolId, ClientName: `bad-${n++}`, RefreshTokenRotation });
      expect(answer).toMatchObject({ status: 400, body: { __type: 'InvalidParameterException' } });
    }
  });
});
