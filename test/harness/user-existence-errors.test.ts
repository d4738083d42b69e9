import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCognitoEmulator, type CognitoEmulator, type EmulatorPool } from '../support/cognito-emulator';
import { callCognito } from './sdk-client';

// An app client's PreventUserExistenceErrors (test/support/user-existence-errors.ts), over HTTP.

const PASSWORD = 'Correct-Horse-7-Battery';
let emulator: CognitoEmulator;
let hiding: EmulatorPool;
let legacy: EmulatorPool;
let n = 0;

beforeAll(async () => {
  emulator = await startCognitoEmulator();
  hiding = await emulator.createPool({ preventUserExistenceErrors: 'ENABLED' });
  legacy = await emulator.createPool();
});
afterAll(() => emulator?.stop());

const call = (pool: EmulatorPool, target: string, body: Record<string, unknown>) => callCognito(emulator.endpoint, target, { ClientId: pool.clientId, ...body });
const nobody = () => `nobody.${n++}@example.com`;

describe('PreventUserExistenceErrors ENABLED', () => {
  it("sign-in of an unknown user answers Cognito's wrong-password answer; LEGACY tells it apart", async () => {
    const unknownUser = await call(hiding, 'InitiateAuth', { AuthFlow: 'USER_PASSWORD_AUTH', AuthParameters: { USERNAME: nobody(), PASSWORD } });
    expect(unknownUser).toEqual({ status: 400, body: { __type: 'NotAuthorizedException', message: 'Incorrect username or password.' } });
    const told = await call(legacy, 'InitiateAuth', { AuthFlow: 'USER_PASSWORD_AUTH', AuthParameters: { USERNAME: nobody(), PASSWORD } });
    expect(told.body.message).not.toBe('Incorrect username or password.');
  });

  it('ForgotPassword and ResendConfirmationCode answer as if a code was sent (none is), confirming one is a code mismatch', async () => {
    const address = nobody();
    const simulated = { status: 200, body: { CodeDeliveryDetails: { Destination: 'n***@e***', DeliveryMedium: 'EMAIL', AttributeName: 'email' } } };
    expect(await call(hiding, 'ForgotPassword', { Username: address })).toEqual(simulated);
    expect(await call(hiding, 'ResendConfirmationCode', { Username: address })).toEqual(simulated);
    expect(emulator.codes.last(address)).toBeUndefined();
    const mismatch = { status: 400, body: { __type: 'CodeMismatchException' } };
    expect(await call(hiding, 'ConfirmForgotPassword', { Username: address, ConfirmationCode: '123456', Password: PASSWORD })).toMatchObject(mismatch);
    expect(await call(hiding, 'ConfirmSignUp', { Username: address, ConfirmationCode: '123456' })).toMatchObject(mismatch);
  });

  it('changes nothing for a user the pool has: a real code is sent', async () => {
    const known = `known.${n++}@example.com`;
    await emulator.admin.signUpConfirmed(hiding.userPoolId, hiding.clientId, known, PASSWORD);
    expect((await call(hiding, 'ForgotPassword', { Username: known })).status).toBe(200);
    expect(emulator.codes.last(known)).toMatch(/^\d{6}$/);
  });
});

describe('PreventUserExistenceErrors LEGACY (the API default)', () => {
  it('reports an unknown user', async () => {
    expect(await call(legacy, 'ForgotPassword', { Username: nobody() })).toMatchObject({ status: 400, body: { __type: 'UserNotFoundException' } });
    expect(await call(legacy, 'ResendConfirmationCode', { Username: nobody() })).toMatchObject({ status: 400, body: { __type: 'UserNotFoundException' } });
  });
});
