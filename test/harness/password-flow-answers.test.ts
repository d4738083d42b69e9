import { afterAll, beforeAll, expect, it } from 'vitest';
import { startCognitoEmulator, type CognitoEmulator, type EmulatorPool } from '../support/cognito-emulator';
import { callCognito } from './sdk-client';

// Cognito's answers in the password flow and ChangePassword where the emulator words them otherwise
// (test/support/password-flow-answers.ts).

const PASSWORD = 'Correct-Horse-7-Battery';
let emulator: CognitoEmulator;
let pool: EmulatorPool;

beforeAll(async () => {
  emulator = await startCognitoEmulator();
  pool = await emulator.createPool();
});
afterAll(() => emulator?.stop());

const call = (target: string, body: unknown) => callCognito(emulator.endpoint, target, body);
const passwordSignIn = (USERNAME: string, PASSWORD_: string) =>
  call('InitiateAuth', { AuthFlow: 'USER_PASSWORD_AUTH', ClientId: pool.clientId, AuthParameters: { USERNAME, PASSWORD: PASSWORD_ } });
const incorrect = { status: 400, body: { __type: 'NotAuthorizedException', message: 'Incorrect username or password.' } };

it('a wrong password at USER_PASSWORD_AUTH is NotAuthorizedException "Incorrect username or password."', async () => {
  await emulator.admin.signUpConfirmed(pool.userPoolId, pool.clientId, 'flow.wrong@example.com', PASSWORD);
  expect(await passwordSignIn('flow.wrong@example.com', 'Wrong-Horse-7-Battery')).toEqual(incorrect);
});

it('an unknown user at USER_PASSWORD_AUTH is UserNotFoundException "User does not exist." (client not hiding users)', async () => {
  expect(await passwordSignIn('flow.nobody@example.com', PASSWORD)).toEqual({ status: 400, body: { __type: 'UserNotFoundException', message: 'User does not exist.' } });
});

it("a wrong PreviousPassword at ChangePassword is NotAuthorizedException, not the policy's InvalidPasswordException", async () => {
  await emulator.admin.signUpConfirmed(pool.userPoolId, pool.clientId, 'flow.change@example.com', PASSWORD);
  const { AccessToken } = (await passwordSignIn('flow.change@example.com', PASSWORD)).body.AuthenticationResult as { AccessToken: string };
  expect(await call('ChangePassword', { AccessToken, PreviousPassword: 'Wrong-Horse-7-Battery', ProposedPassword: 'Other-Horse-8-Battery' })).toEqual(incorrect);
});
