import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCognitoEmulator, type CognitoEmulator, type EmulatorPool } from '../support/cognito-emulator';
import { callCognito } from './sdk-client';

// InitiateAuth / AdminInitiateAuth against the app client's ExplicitAuthFlows, over HTTP, with Cognito's texts
// (test/support/auth-flow-policy.ts).

const require = createRequire(import.meta.url);
const { default: AuthenticationHelper } = require('amazon-cognito-identity-js/lib/AuthenticationHelper') as {
  default: new (poolName: string) => { largeAValue: { toString(radix: number): string } };
};

const PASSWORD = 'Correct-Horse-7-Battery';
let emulator: CognitoEmulator;
let pool: EmulatorPool;
let choice: EmulatorPool;
let n = 0;

type Body = Record<string, unknown>;
const call = (target: string, body: unknown) => callCognito(emulator.endpoint, target, body);

beforeAll(async () => {
  emulator = await startCognitoEmulator();
  pool = await emulator.createPool();
  choice = await emulator.createPool({ signInPolicy: { allowedFirstAuthFactors: ['PASSWORD', 'EMAIL_OTP'] } });
});
afterAll(() => emulator?.stop());

/** A new app client of `on`'s pool with exactly these ExplicitAuthFlows (none given: the request names none). */
async function client(on: EmulatorPool, explicitAuthFlows?: string[]): Promise<string> {
  const created = await call('CreateUserPoolClient', {
    UserPoolId: on.userPoolId,
    ClientName: `flows-${n++}`,
    ...(explicitAuthFlows ? { ExplicitAuthFlows: explicitAuthFlows } : {}),
  });
  expect(created.status).toBe(200);
  return (created.body.UserPoolClient as { ClientId: string }).ClientId;
}

async function user(on: EmulatorPool = pool): Promise<string> {
  const address = `flows.${n++}@example.com`;
  await emulator.admin.signUpConfirmed(on.userPoolId, on.clientId, address, PASSWORD);
  return address;
}

const srpA = (on: EmulatorPool) => new AuthenticationHelper(on.userPoolId.split('_')[1] ?? '').largeAValue.toString(16);

/** Each flow as a request for a user of `on`. */
const requests = {
  USER_PASSWORD_AUTH: (on: EmulatorPool, ClientId: string, USERNAME: string) =>
    call('InitiateAuth', { AuthFlow: 'USER_PASSWORD_AUTH', ClientId, AuthParameters: { USERNAME, PASSWORD } }),
  USER_SRP_AUTH: (on: EmulatorPool, ClientId: string, USERNAME: string) =>
    call('InitiateAuth', { AuthFlow: 'USER_SRP_AUTH', ClientId, AuthParameters: { USERNAME, SRP_A: srpA(on) } }),
  CUSTOM_AUTH: (on: EmulatorPool, ClientId: string, USERNAME: string) => call('InitiateAuth', { AuthFlow: 'CUSTOM_AUTH', ClientId, AuthParameters: { USERNAME } }),
  ADMIN_USER_PASSWORD_AUTH: (on: EmulatorPool, ClientId: string, USERNAME: string) =>
    call('AdminInitiateAuth', { UserPoolId: on.userPoolId, AuthFlow: 'ADMIN_USER_PASSWORD_AUTH', ClientId, AuthParameters: { USERNAME, PASSWORD } }),
  USER_AUTH: (on: EmulatorPool, ClientId: string, USERNAME: string) =>
    call('InitiateAuth', { AuthFlow: 'USER_AUTH', ClientId, AuthParameters: { USERNAME, PREFERRED_CHALLENGE: 'PASSWORD', PASSWORD } }),
};

const refused = (message: string) => ({ status: 400, body: { __type: 'InvalidParameterException', message } });
const signedIn = (answer: { status: number; body: Body }) => {
  expect(answer.status).toBe(200);
  expect(typeof (answer.body.AuthenticationResult as { AccessToken?: unknown } | undefined)?.AccessToken).toBe('string');
};

describe('a flow the app client does not allow is InvalidParameterException with Cognito’s text', () => {
  it.each([
    ['USER_PASSWORD_AUTH', ['ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'], 'USER_PASSWORD_AUTH flow not enabled for this client'],
    ['USER_SRP_AUTH', ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'], 'USER_SRP_AUTH is not enabled for the client.'],
    ['CUSTOM_AUTH', ['ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'], 'CUSTOM_AUTH is not enabled for the client.'],
    ['ADMIN_USER_PASSWORD_AUTH', ['ALLOW_USER_SRP_AUTH', 'ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'], 'Auth flow not enabled for this client'],
    ['USER_AUTH', ['ALLOW_USER_SRP_AUTH', 'ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'], 'USER_AUTH flow not enabled for this client'],
  ] as const)('%s without its ALLOW_ value', async (flow, flows, message) => {
    const on = flow === 'USER_AUTH' ? choice : pool;
    expect(await requests[flow](on, await client(on, [...flows]), await user(on))).toEqual(refused(message));
  });

  it('USER_PASSWORD_AUTH and ADMIN_USER_PASSWORD_AUTH on a client created without ExplicitAuthFlows (AWS default: SRP, custom, refresh)', async () => {
    const clientId = await client(pool);
    const address = await user();
    expect(await requests.USER_PASSWORD_AUTH(pool, clientId, address)).toEqual(refused('USER_PASSWORD_AUTH flow not enabled for this client'));
    expect(await requests.ADMIN_USER_PASSWORD_AUTH(pool, clientId, address)).toEqual(refused('Auth flow not enabled for this client'));
  });

  it('before the user is looked at: an unknown user meets the same refusal', async () => {
    const clientId = await client(pool, ['ALLOW_USER_SRP_AUTH']);
    expect(await requests.USER_PASSWORD_AUTH(pool, clientId, 'flows.nobody@example.com')).toEqual(refused('USER_PASSWORD_AUTH flow not enabled for this client'));
  });

  it('an unknown app client is still ResourceNotFoundException', async () => {
    const answer = await requests.USER_PASSWORD_AUTH(pool, 'no-such-client', 'flows.nobody@example.com');
    expect(answer.body.__type).toBe('ResourceNotFoundException');
  });

  it('a legacy list: USER_PASSWORD_AUTH allows that flow beside SRP; CUSTOM_AUTH_FLOW_ONLY refuses SRP', async () => {
    const address = await user();
    const legacy = await client(pool, ['USER_PASSWORD_AUTH']);
    signedIn(await requests.USER_PASSWORD_AUTH(pool, legacy, address));
    expect((await requests.USER_SRP_AUTH(pool, legacy, address)).body.ChallengeName).toBe('PASSWORD_VERIFIER');
    expect(await requests.ADMIN_USER_PASSWORD_AUTH(pool, legacy, address)).toEqual(refused('Auth flow not enabled for this client'));
    const customOnly = await client(pool, ['CUSTOM_AUTH_FLOW_ONLY']);
    expect(await requests.USER_SRP_AUTH(pool, customOnly, address)).toEqual(refused('USER_SRP_AUTH is not enabled for the client.'));
  });
});

describe('a flow the app client allows goes ahead', () => {
  it('USER_PASSWORD_AUTH with ALLOW_USER_PASSWORD_AUTH alone, and REFRESH_TOKEN_AUTH with no ALLOW_ value for it', async () => {
    const clientId = await client(pool, ['ALLOW_USER_PASSWORD_AUTH']);
    const answer = await requests.USER_PASSWORD_AUTH(pool, clientId, await user());
    signedIn(answer);
    const REFRESH_TOKEN = (answer.body.AuthenticationResult as { RefreshToken: string }).RefreshToken;
    signedIn(await call('InitiateAuth', { AuthFlow: 'REFRESH_TOKEN_AUTH', ClientId: clientId, AuthParameters: { REFRESH_TOKEN } }));
  });

  it('USER_SRP_AUTH on a client created without ExplicitAuthFlows', async () => {
    const answer = await requests.USER_SRP_AUTH(pool, await client(pool), await user());
    expect(answer.status).toBe(200);
    expect(answer.body.ChallengeName).toBe('PASSWORD_VERIFIER');
  });

  it('ADMIN_USER_PASSWORD_AUTH with ALLOW_ADMIN_USER_PASSWORD_AUTH', async () => {
    signedIn(await requests.ADMIN_USER_PASSWORD_AUTH(pool, await client(pool, ['ALLOW_ADMIN_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH']), await user()));
  });

  it('USER_AUTH with ALLOW_USER_AUTH alone', async () => {
    signedIn(await requests.USER_AUTH(choice, await client(choice, ['ALLOW_USER_AUTH']), await user(choice)));
  });

  it('CUSTOM_AUTH with ALLOW_CUSTOM_AUTH (or by default) then needs the pool’s Lambda triggers, which the harness has none of', async () => {
    const address = await user();
    const expected = refused('Custom auth lambda trigger is not configured for the user pool.');
    expect(await requests.CUSTOM_AUTH(pool, await client(pool, ['ALLOW_CUSTOM_AUTH']), address)).toEqual(expected);
    expect(await requests.CUSTOM_AUTH(pool, await client(pool), address)).toEqual(expected);
  });
});
