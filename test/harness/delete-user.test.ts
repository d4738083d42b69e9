import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCESS_TOKEN_MESSAGES } from '../support/access-token-checks';
import { startCognitoEmulator, type CognitoEmulator, type EmulatorPool } from '../support/cognito-emulator';
import { DELETED_USER_MESSAGE } from '../support/deleted-users';
import { callCognito } from './sdk-client';

// DeleteUser as Cognito answers it (test/support/deleted-users.ts): the user and every session of it are gone.

const PASSWORD = 'Correct-Horse-7-Battery';
let emulator: CognitoEmulator;
let pool: EmulatorPool;
let n = 0;
const email = (label: string) => `${label}.${n++}@example.com`;
const call = (target: string, body: unknown) => callCognito(emulator.endpoint, target, body);

interface AuthenticationResult {
  AccessToken: string;
  RefreshToken: string;
}

async function signIn(address: string): Promise<AuthenticationResult> {
  const answer = await call('InitiateAuth', { AuthFlow: 'USER_PASSWORD_AUTH', ClientId: pool.clientId, AuthParameters: { USERNAME: address, PASSWORD } });
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  return answer.body.AuthenticationResult as AuthenticationResult;
}

beforeAll(async () => {
  emulator = await startCognitoEmulator();
  pool = await emulator.createPool({ shortTokenSeconds: 2 });
});
afterAll(() => emulator?.stop());

describe('DeleteUser', () => {
  it('deletes the user: sign-in refused, and every session of it (this one and another device\'s) answers "User does not exist."', async () => {
    const address = email('gone');
    await emulator.admin.signUpConfirmed(pool.userPoolId, pool.clientId, address, PASSWORD);
    const here = await signIn(address);
    const elsewhere = await signIn(address);

    const deleted = await call('DeleteUser', { AccessToken: here.AccessToken });
    expect(deleted).toEqual({ status: 200, body: {} });

    const signInAgain = await call('InitiateAuth', { AuthFlow: 'USER_PASSWORD_AUTH', ClientId: pool.clientId, AuthParameters: { USERNAME: address, PASSWORD } });
    expect(signInAgain.status).toBe(400);
    expect(signInAgain.body.__type).toMatch(/NotAuthorizedException|UserNotFoundException/);

    for (const token of [here.AccessToken, elsewhere.AccessToken]) {
      const getUser = await call('GetUser', { AccessToken: token });
      expect(getUser).toMatchObject({ status: 400, body: { __type: 'UserNotFoundException', message: DELETED_USER_MESSAGE } });
    }
    for (const token of [here.RefreshToken, elsewhere.RefreshToken]) {
      const refresh = await call('InitiateAuth', { AuthFlow: 'REFRESH_TOKEN_AUTH', ClientId: pool.clientId, AuthParameters: { REFRESH_TOKEN: token } });
      expect(refresh).toMatchObject({ status: 400, body: { __type: 'UserNotFoundException', message: DELETED_USER_MESSAGE } });
      const rotated = await call('GetTokensFromRefreshToken', { ClientId: pool.clientId, RefreshToken: token });
      expect(rotated).toMatchObject({ status: 400, body: { __type: 'UserNotFoundException', message: DELETED_USER_MESSAGE } });
    }
    const again = await call('DeleteUser', { AccessToken: elsewhere.AccessToken });
    expect(again).toMatchObject({ status: 400, body: { __type: 'UserNotFoundException' } });
  });

  it('checks the access token first: a revoked one is refused and nobody is deleted', async () => {
    const address = email('kept');
    await emulator.admin.signUpConfirmed(pool.userPoolId, pool.clientId, address, PASSWORD);
    const session = await signIn(address);
    expect((await call('GlobalSignOut', { AccessToken: session.AccessToken })).status).toBe(200);
    const refused = await call('DeleteUser', { AccessToken: session.AccessToken });
    expect(refused).toMatchObject({ status: 400, body: { __type: 'NotAuthorizedException', message: ACCESS_TOKEN_MESSAGES.revoked } });
    const stillThere = await signIn(address);
    expect((await call('GetUser', { AccessToken: stillThere.AccessToken })).status).toBe(200);
  });

  it('a user signed up again with the same email is a new user, untouched by the old deletion', async () => {
    const address = email('again');
    await emulator.admin.signUpConfirmed(pool.userPoolId, pool.clientId, address, PASSWORD);
    const old = await signIn(address);
    expect((await call('DeleteUser', { AccessToken: old.AccessToken })).status).toBe(200);
    await emulator.admin.signUpConfirmed(pool.userPoolId, pool.clientId, address, PASSWORD);
    const fresh = await signIn(address);
    expect((await call('GetUser', { AccessToken: fresh.AccessToken })).status).toBe(200);
    expect((await call('InitiateAuth', { AuthFlow: 'REFRESH_TOKEN_AUTH', ClientId: pool.clientId, AuthParameters: { REFRESH_TOKEN: fresh.RefreshToken } })).status).toBe(200);
  });
});
