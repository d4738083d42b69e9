import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startCognitoEmulator, type CognitoEmulator, type EmulatorPool } from '../support/cognito-emulator';
import { CODE_LIFETIMES_MS } from '../support/code-expiry';
import { callCognito } from './sdk-client';

// Emailed codes expire as Cognito's do (test/support/code-expiry.ts): a sign-up code after 24 hours, a password reset
// code after one hour. Reached by moving the emulator's clock.

const PASSWORD = 'Correct-Horse-7-Battery';
let emulator: CognitoEmulator;
let pool: EmulatorPool;
let n = 0;

beforeAll(async () => {
  emulator = await startCognitoEmulator();
  pool = await emulator.createPool();
});
afterAll(() => emulator?.stop());
afterEach(() => emulator.clock.reset());

const call = (target: string, body: Record<string, unknown>) => callCognito(emulator.endpoint, target, { ClientId: pool.clientId, ...body });
const expired = { status: 400, body: { __type: 'ExpiredCodeException', message: 'Invalid code provided, please request a code again.' } };

async function signedUp(): Promise<{ address: string; code: string }> {
  const address = `expiry.${n++}@example.com`;
  expect((await call('SignUp', { Username: address, Password: PASSWORD, UserAttributes: [{ Name: 'email', Value: address }] })).status).toBe(200);
  return { address, code: emulator.codes.last(address)! };
}

describe('sign-up codes', () => {
  it('work until 24 hours after they were sent, then ExpiredCodeException; a new code works again', async () => {
    const { address, code } = await signedUp();
    emulator.clock.advance(CODE_LIFETIMES_MS.signUp);
    expect(await call('ConfirmSignUp', { Username: address, ConfirmationCode: code })).toMatchObject(expired);
    // A wrong code is still a mismatch, not "expired".
    expect(await call('ConfirmSignUp', { Username: address, ConfirmationCode: code === '000000' ? '111111' : '000000' })).toMatchObject({
      status: 400,
      body: { __type: 'CodeMismatchException' },
    });
    expect((await call('ResendConfirmationCode', { Username: address })).status).toBe(200);
    emulator.clock.advance(CODE_LIFETIMES_MS.signUp - 60_000);
    expect((await call('ConfirmSignUp', { Username: address, ConfirmationCode: emulator.codes.last(address) })).status).toBe(200);
  });
});

describe('password reset codes', () => {
  it('work for an hour, then ExpiredCodeException', async () => {
    const address = `reset.${n++}@example.com`;
    await emulator.admin.signUpConfirmed(pool.userPoolId, pool.clientId, address, PASSWORD);
    expect((await call('ForgotPassword', { Username: address })).status).toBe(200);
    const code = emulator.codes.last(address)!;
    emulator.clock.advance(CODE_LIFETIMES_MS.forgotPassword);
    expect(await call('ConfirmForgotPassword', { Username: address, ConfirmationCode: code, Password: 'New-Horse-8-Battery' })).toMatchObject(expired);
    expect((await call('ForgotPassword', { Username: address })).status).toBe(200);
    emulator.clock.advance(CODE_LIFETIMES_MS.forgotPassword - 60_000);
    expect((await call('ConfirmForgotPassword', { Username: address, ConfirmationCode: emulator.codes.last(address), Password: 'New-Horse-8-Battery' })).status).toBe(200);
  });
});
