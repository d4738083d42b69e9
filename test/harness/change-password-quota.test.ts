import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { ATTEMPT_LIMIT_EXCEEDED } from '../support/change-password-quota';
import { startCognitoEmulator, type CognitoEmulator, type EmulatorPool } from '../support/cognito-emulator';
import { callCognito } from './sdk-client';

// Cognito's per-user quota on ChangePassword (test/support/change-password-quota.ts): five calls an hour.

const PASSWORDS = ['Correct-Horse-7-Battery', 'Correct-Horse-8-Battery'];
let emulator: CognitoEmulator;
let pool: EmulatorPool;

beforeAll(async () => {
  emulator = await startCognitoEmulator();
  pool = await emulator.createPool({ accessTokenSeconds: 3 * 3600 });
});
afterAll(() => emulator?.stop());
afterEach(() => emulator.clock.reset());

const call = (target: string, body: unknown) => callCognito(emulator.endpoint, target, body);

it('the sixth ChangePassword of a user within an hour gets LimitExceededException; an hour later it works again', async () => {
  const address = 'quota@example.com';
  await emulator.admin.signUpConfirmed(pool.userPoolId, pool.clientId, address, PASSWORDS[0]!);
  const signedIn = await call('InitiateAuth', { AuthFlow: 'USER_PASSWORD_AUTH', ClientId: pool.clientId, AuthParameters: { USERNAME: address, PASSWORD: PASSWORDS[0] } });
  const { AccessToken } = signedIn.body.AuthenticationResult as { AccessToken: string };
  const change = (i: number) => call('ChangePassword', { AccessToken, PreviousPassword: PASSWORDS[i % 2], ProposedPassword: PASSWORDS[(i + 1) % 2] });
  for (let i = 0; i < 5; i += 1) expect((await change(i)).status).toBe(200);
  expect(await change(5)).toEqual({ status: 400, body: { __type: 'LimitExceededException', message: ATTEMPT_LIMIT_EXCEEDED } });
  emulator.clock.advance(60 * 60 * 1000);
  expect((await change(5)).status).toBe(200);
});
