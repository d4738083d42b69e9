import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startCognitoEmulator, type CognitoEmulator, type EmulatorPool } from '../support/cognito-emulator';
import { PASSWORD_ATTEMPTS_EXCEEDED } from '../support/sign-in-lockout';
import { callCognito, sdkPool, sdkUser, signIn } from './sdk-client';

// Cognito's temporary lockout after five failed sign-ins (test/support/sign-in-lockout.ts), with the password flow
// over HTTP and with SRP through amazon-cognito-identity-js. Lockouts end by moving the emulator's clock.

const PASSWORD = 'Correct-Horse-7-Battery';
const WRONG = 'Wrong-Horse-7-Battery';
let emulator: CognitoEmulator;
let pool: EmulatorPool;
let n = 0;

beforeAll(async () => {
  emulator = await startCognitoEmulator();
  pool = await emulator.createPool();
});
afterAll(() => emulator?.stop());
// The first lockout lasts one second: on a busy machine an SRP sign-in can take longer than that in real time.
beforeEach(() => emulator.clock.freeze());
afterEach(() => emulator.clock.reset());

async function newUser(): Promise<string> {
  const address = `lockout.${n++}@example.com`;
  await emulator.admin.signUpConfirmed(pool.userPoolId, pool.clientId, address, PASSWORD);
  return address;
}

const passwordSignIn = (address: string, password: string) =>
  callCognito(emulator.endpoint, 'InitiateAuth', { AuthFlow: 'USER_PASSWORD_AUTH', ClientId: pool.clientId, AuthParameters: { USERNAME: address, PASSWORD: password } });

const refusedWith = (message: string) => ({ status: 400, body: { __type: 'NotAuthorizedException', message } });

describe('temporary lockout', () => {
  it('five wrong passwords are each refused as such; then even the right one is refused "Password attempts exceeded" for a second', async () => {
    const address = await newUser();
    for (let i = 0; i < 5; i += 1) expect((await passwordSignIn(address, WRONG)).status).toBe(400);
    expect(await passwordSignIn(address, PASSWORD)).toMatchObject(refusedWith(PASSWORD_ATTEMPTS_EXCEEDED));
    emulator.clock.advance(1_000);
    expect((await passwordSignIn(address, PASSWORD)).status).toBe(200);
  });

  it('the lockout doubles with each further failure, attempts during it do not extend it, and a success starts afresh', async () => {
    const address = await newUser();
    for (let i = 0; i < 5; i += 1) await passwordSignIn(address, WRONG);
    emulator.clock.advance(1_000);
    // Sixth failure: locked out for 2 s. A try during it is refused and changes nothing.
    expect((await passwordSignIn(address, WRONG)).status).toBe(400);
    emulator.clock.advance(1_500);
    expect(await passwordSignIn(address, PASSWORD)).toMatchObject(refusedWith(PASSWORD_ATTEMPTS_EXCEEDED));
    emulator.clock.advance(500);
    expect((await passwordSignIn(address, PASSWORD)).status).toBe(200);
    // Counting starts again after a success: four failures lock nothing.
    for (let i = 0; i < 4; i += 1) await passwordSignIn(address, WRONG);
    expect((await passwordSignIn(address, PASSWORD)).status).toBe(200);
  });

  it('counts SRP failures (PASSWORD_VERIFIER) the same way, per user', async () => {
    const address = await newUser();
    const other = await newUser();
    const web = sdkPool(emulator.endpoint, pool.userPoolId, pool.clientId);
    for (let i = 0; i < 5; i += 1) await expect(signIn(sdkUser(web, address), WRONG)).rejects.toMatchObject({ code: 'NotAuthorizedException' });
    await expect(signIn(sdkUser(web, address), PASSWORD)).rejects.toMatchObject({ code: 'NotAuthorizedException', message: PASSWORD_ATTEMPTS_EXCEEDED });
    await expect(signIn(sdkUser(web, other), PASSWORD)).resolves.toBeDefined();
  });

  it('fifteen minutes without a failure start the count afresh', async () => {
    const address = await newUser();
    for (let i = 0; i < 4; i += 1) await passwordSignIn(address, WRONG);
    emulator.clock.advance(15 * 60 * 1000);
    await passwordSignIn(address, WRONG);
    expect((await passwordSignIn(address, PASSWORD)).status).toBe(200);
  });
});
