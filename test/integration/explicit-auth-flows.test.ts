import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuthClient } from '../../src/core/auth-client';
import type { AuthFlow } from '../../src/core/config';
import { createMemoryStorage } from '../../src/core/storage';
import { startCognitoEmulator, type CognitoEmulator, type CreatePoolOptions, type EmulatorPool, type ExplicitAuthFlow } from '../support/cognito-emulator';
import { strongPassword } from '../support/emulator-fixture';
import { isRefresh } from '../support/request-log';

// The kit asks Cognito only for the flow it is configured with (and refreshes, which every client allows):
// each works end to end on an app client that allows that flow alone, as a production client is set up, against a
// harness that refuses the others as Cognito does (test/support/auth-flow-policy.ts).

let emulator: CognitoEmulator;
let n = 0;

beforeAll(async () => {
  emulator = await startCognitoEmulator();
});
afterAll(() => emulator?.stop());

const cases: Array<[AuthFlow | undefined, ExplicitAuthFlow, CreatePoolOptions]> = [
  [undefined, 'ALLOW_USER_SRP_AUTH', {}],
  ['USER_PASSWORD_AUTH', 'ALLOW_USER_PASSWORD_AUTH', {}],
  ['USER_AUTH', 'ALLOW_USER_AUTH', { signInPolicy: { allowedFirstAuthFactors: ['PASSWORD', 'EMAIL_OTP'] } }],
];

describe.each(cases)('authFlow %s on a client with only %s and ALLOW_REFRESH_TOKEN_AUTH', (authFlow, allowed, poolOptions) => {
  let pool: EmulatorPool;
  beforeAll(async () => {
    pool = await emulator.createPool({ ...poolOptions, explicitAuthFlows: [allowed, 'ALLOW_REFRESH_TOKEN_AUTH'] });
  });

  it('sign-up → confirm → sign-in → refresh → sign-out, with no other flow asked for', async () => {
    const email = `flows.${n++}@example.com`;
    const client = createAuthClient({ userPoolId: pool.userPoolId, clientId: pool.clientId, endpoint: emulator.endpoint, storage: createMemoryStorage(), ...(authFlow ? { authFlow } : {}) });
    client.start();
    emulator.requests.clear();

    expect((await client.signUp({ email, password: strongPassword })).step).toBe('confirmSignUp');
    const confirmed = await client.confirmSignUp({ email, code: await emulator.codes.waitFor(email) });
    // Under USER_AUTH the confirmation's Session signs in at once; otherwise the password does.
    if (confirmed.step !== 'done') expect((await client.signIn({ email, password: strongPassword })).step).toBe('done');
    expect(client.getState().status).toBe('signedIn');
    const before = client.getState().session;
    const after = await client.refresh();
    expect(after).not.toBe(before);
    await client.signOut();

    const requests = emulator.requests.all();
    const signIns = new Set(requests.filter((r) => r.target === 'InitiateAuth' && !isRefresh(r)).map((r) => r.authFlow));
    expect(signIns).toEqual(new Set([authFlow ?? 'USER_SRP_AUTH']));
    expect(requests.some(isRefresh)).toBe(true);
    expect(requests.filter((r) => r.status !== 200)).toEqual([]);
    client.stop();
  });
});

it('an authFlow the app client does not allow is invalidConfig (the set-up), not a password error', async () => {
  const pool = await emulator.createPool({ explicitAuthFlows: ['ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'] });
  const email = `flows.${n++}@example.com`;
  await emulator.admin.signUpConfirmed(pool.userPoolId, pool.clientId, email, strongPassword);
  const client = createAuthClient({ userPoolId: pool.userPoolId, clientId: pool.clientId, endpoint: emulator.endpoint, storage: createMemoryStorage(), authFlow: 'USER_PASSWORD_AUTH' });
  await expect(client.signIn({ email, password: strongPassword })).rejects.toMatchObject({ code: 'invalidConfig', cognitoCode: 'InvalidParameterException' });
});
