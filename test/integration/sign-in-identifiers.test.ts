import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuthClient } from '../../src/core/auth-client';
import type { AuthConfig } from '../../src/core/config';
import { createMemoryStorage } from '../../src/core/storage';
import { startCognitoEmulator, type CognitoEmulator, type EmulatorPool } from '../support/cognito-emulator';
import { strongPassword } from '../support/emulator-fixture';

// The kit's core against pools that do not sign in by email alone: the phone number as the username, and a username
// pool with email and preferred-username aliases and a custom attribute. One emulator for the file.

let emulator: CognitoEmulator;
let phonePool: EmulatorPool;
let aliasPool: EmulatorPool;
let counter = 0;
beforeAll(async () => {
  emulator = await startCognitoEmulator();
  phonePool = await emulator.createPool({ usernameAttributes: ['phone_number'] });
  aliasPool = await emulator.createPool({ aliasAttributes: ['email', 'preferred_username'], schema: [{ Name: 'plan', AttributeDataType: 'String' }] });
});
afterAll(() => emulator?.stop());

const clientOf = (pool: EmulatorPool, loginMechanisms: AuthConfig['loginMechanisms']) =>
  createAuthClient({ userPoolId: pool.userPoolId, clientId: pool.clientId, endpoint: emulator.endpoint, storage: createMemoryStorage(), authFlow: 'USER_PASSWORD_AUTH', loginMechanisms });
const unique = () => `${Date.now().toString().slice(-6)}${(counter++).toString().padStart(3, '0')}`;

describe('a pool whose username is the phone number', () => {
  it('signs up with an E.164 number, confirms with the texted code, signs in with the number; the username is the sub', async () => {
    const phone = `+4477${unique().slice(-8)}`;
    const kit = clientOf(phonePool, ['phone_number']);
    const step = await kit.signUp({ username: phone, password: strongPassword, attributes: { name: 'Ada' } });
    expect(step).toMatchObject({ step: 'confirmSignUp', username: phone, delivery: { medium: 'SMS', attribute: 'phone_number' } });
    await kit.confirmSignUp({ username: phone, code: await emulator.codes.waitFor(phone) });
    const signedIn = await kit.signIn({ username: phone, password: strongPassword });
    if (signedIn.step !== 'done') throw new Error(`expected done, got ${signedIn.step}`);
    expect(await kit.getUserAttributes()).toMatchObject({ phone_number: phone });
    expect(signedIn.session.username).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('refuses a username that is not a phone number, as Cognito does', async () => {
    await expect(clientOf(phonePool, ['phone_number']).signUp({ username: 'ada', password: strongPassword })).rejects.toMatchObject({
      code: 'invalidAttribute',
      field: 'phone_number',
      cognitoCode: 'InvalidParameterException',
    });
  });

  it('refuses a phone_number attribute with spaces (not E.164) and puts the error on that field', async () => {
    const phone = `+4477${unique().slice(-8)}`;
    await expect(clientOf(phonePool, ['phone_number']).signUp({ username: phone, password: strongPassword, attributes: { phone_number: '+44 7700 900123' } })).rejects.toMatchObject({
      code: 'invalidAttribute',
      field: 'phone_number',
    });
  });
});

describe('a username pool with email and preferred_username aliases', () => {
  it('signs in by username, by the verified email and by the preferred username; the custom attribute is kept', async () => {
    const id = unique();
    const email = `alias.${id}@example.com`;
    const kit = clientOf(aliasPool, ['username', 'email', 'preferred_username']);
    const step = await kit.signUp({ username: `ada${id}`, email, password: strongPassword, attributes: { preferred_username: `lovelace${id}`, 'custom:plan': 'pro' } });
    expect(step).toMatchObject({ step: 'confirmSignUp', username: `ada${id}` });
    await kit.confirmSignUp({ username: `ada${id}`, code: await emulator.codes.waitFor(email) });
    for (const identifier of [`ada${id}`, email, `lovelace${id}`]) {
      const signedIn = await clientOf(aliasPool, ['username', 'email', 'preferred_username']).signIn({ username: identifier, password: strongPassword });
      if (signedIn.step !== 'done') throw new Error(`expected done for ${identifier}, got ${signedIn.step}`);
      expect(signedIn.session.username).toBe(`ada${id}`);
    }
    const reader = clientOf(aliasPool, ['username']);
    await reader.signIn({ username: `ada${id}`, password: strongPassword });
    expect(await reader.getUserAttributes()).toMatchObject({ 'custom:plan': 'pro', preferred_username: `lovelace${id}`, email });
  });

  it('an email not yet verified is no alias: sign-in by it is refused until the code is entered', async () => {
    const id = unique();
    const email = `unverified.${id}@example.com`;
    const kit = clientOf(aliasPool, ['username', 'email']);
    await kit.signUp({ username: `bob${id}`, email, password: strongPassword });
    await expect(kit.signIn({ username: email, password: strongPassword })).rejects.toMatchObject({ code: 'invalidCredentials' });
  });

  it('refuses an email as the username, and a custom attribute the schema lacks, naming it', async () => {
    const kit = clientOf(aliasPool, ['username', 'email']);
    await expect(kit.signUp({ username: `carol.${unique()}@example.com`, password: strongPassword })).rejects.toMatchObject({ cognitoCode: 'InvalidParameterException' });
    await expect(kit.signUp({ username: `carol${unique()}`, email: `carol.${unique()}@example.com`, password: strongPassword, attributes: { 'custom:team': 'x' } })).rejects.toMatchObject({
      code: 'invalidAttribute',
      field: 'custom:team',
    });
  });
});
