import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCognitoEmulator, type CognitoEmulator, type EmulatorPool } from '../support/cognito-emulator';
import { callCognito, confirmSignUp, failureOf, resendCode, sdkPool, sdkUser, signIn, signInSession, signUp } from './sdk-client';

// Cognito's username case rule (test/support/username-case.ts): one user whatever the case in a pool created with
// CaseSensitive false (the harness's default, as the console makes pools), distinct users when it is true.

const PASSWORD = 'Correct-Horse-7-Battery';
let emulator: CognitoEmulator;
let insensitive: EmulatorPool;
let sensitive: EmulatorPool;
let n = 0;
/** A fresh address in mixed case, e.g. "Ada.Case.3@Example.com". */
const mixedCase = (label: string) => `${label}.Case.${n++}@Example.com`;

const passwordAuth = (pool: EmulatorPool, username: string, password = PASSWORD) =>
  callCognito(emulator.endpoint, 'InitiateAuth', {
    AuthFlow: 'USER_PASSWORD_AUTH',
    ClientId: pool.clientId,
    AuthParameters: { USERNAME: username, PASSWORD: password },
  });
const adminGetUser = (pool: EmulatorPool, username: string) =>
  callCognito(emulator.endpoint, 'AdminGetUser', { UserPoolId: pool.userPoolId, Username: username });
const emailOf = (body: Record<string, unknown>) =>
  (body.UserAttributes as { Name: string; Value: string }[] | undefined)?.find((a) => a.Name === 'email')?.Value;

beforeAll(async () => {
  emulator = await startCognitoEmulator();
  insensitive = await emulator.createPool({ name: 'case-insensitive' });
  sensitive = await emulator.createPool({ name: 'case-sensitive', caseSensitive: true });
});

afterAll(async () => {
  await emulator?.stop();
});

describe('a case-insensitive pool (the harness default)', () => {
  it('signs in with SRP and with USER_PASSWORD_AUTH whatever the case of the email', async () => {
    const typed = mixedCase('ada');
    const { sub } = await emulator.admin.signUpConfirmed(insensitive.userPoolId, insensitive.clientId, typed, PASSWORD);
    const pool = sdkPool(emulator.endpoint, insensitive.userPoolId, insensitive.clientId);

    for (const variant of [typed.toLowerCase(), typed.toUpperCase()]) {
      const session = await signInSession(sdkUser(pool, variant), PASSWORD);
      expect(session.getAccessToken().decodePayload().sub).toBe(sub);
      const answer = await passwordAuth(insensitive, variant);
      expect(answer.status).toBe(200);
      expect(answer.body.AuthenticationResult).toBeDefined();
    }
    // The case of the password still matters.
    expect((await failureOf(signIn(sdkUser(pool, typed.toLowerCase()), PASSWORD.toLowerCase()))).code).toBe(
      'NotAuthorizedException',
    );
  });

  it('refuses a second sign-up with the same email in another case', async () => {
    const typed = mixedCase('bob');
    const pool = sdkPool(emulator.endpoint, insensitive.userPoolId, insensitive.clientId);
    await signUp(pool, typed, PASSWORD);
    expect((await failureOf(signUp(pool, typed.toLowerCase(), PASSWORD))).code).toBe('UsernameExistsException');
    expect((await failureOf(signUp(pool, typed.toUpperCase(), PASSWORD))).code).toBe('UsernameExistsException');
  });

  it('resends and confirms the sign-up code for the email in another case', async () => {
    const typed = mixedCase('cy');
    const pool = sdkPool(emulator.endpoint, insensitive.userPoolId, insensitive.clientId);
    await signUp(pool, typed, PASSWORD);
    const since = Date.now();
    const sent = await resendCode(sdkUser(pool, typed.toUpperCase()));
    // The code goes to the address as it was typed at sign-up.
    expect(sent.CodeDeliveryDetails).toMatchObject({ Destination: typed });
    const code = await emulator.codes.waitFor(typed, { after: since });

    await confirmSignUp(sdkUser(pool, typed.toLowerCase()), code);
    expect(await signInSession(sdkUser(pool, typed), PASSWORD)).toBeDefined();
  });

  it('resets a forgotten password for the email in another case', async () => {
    const typed = mixedCase('dee');
    await emulator.admin.signUpConfirmed(insensitive.userPoolId, insensitive.clientId, typed, PASSWORD);
    const since = Date.now();
    const forgot = await callCognito(emulator.endpoint, 'ForgotPassword', {
      ClientId: insensitive.clientId,
      Username: typed.toUpperCase(),
    });
    expect(forgot.status).toBe(200);
    const code = await emulator.codes.waitFor(typed, { after: since });
    const confirmed = await callCognito(emulator.endpoint, 'ConfirmForgotPassword', {
      ClientId: insensitive.clientId,
      Username: typed.toLowerCase(),
      ConfirmationCode: code,
      Password: 'Another-Horse-8',
    });
    expect(confirmed).toEqual({ status: 200, body: {} });
    expect((await passwordAuth(insensitive, typed, 'Another-Horse-8')).status).toBe(200);
  });

  it('finds the user for admin calls in any case, and keeps the email as it was typed', async () => {
    const typed = mixedCase('eve');
    const { sub } = await emulator.admin.signUpConfirmed(insensitive.userPoolId, insensitive.clientId, typed, PASSWORD);
    const found = await adminGetUser(insensitive, typed.toUpperCase());
    expect(found.status).toBe(200);
    expect(found.body.Username).toBe(sub);
    expect(emailOf(found.body)).toBe(typed);

    const setPassword = await callCognito(emulator.endpoint, 'AdminSetUserPassword', {
      UserPoolId: insensitive.userPoolId,
      Username: typed.toLowerCase(),
      Password: 'Admin-Set-Horse-9',
      Permanent: true,
    });
    expect(setPassword.status).toBe(200);
    expect((await passwordAuth(insensitive, typed, 'Admin-Set-Horse-9')).status).toBe(200);
  });
});

describe('a case-sensitive pool', () => {
  it('keeps users whose emails differ only in case apart', async () => {
    const typed = mixedCase('fay');
    const lower = typed.toLowerCase();
    const pool = sdkPool(emulator.endpoint, sensitive.userPoolId, sensitive.clientId);
    const first = await emulator.admin.signUpConfirmed(sensitive.userPoolId, sensitive.clientId, typed, PASSWORD);

    expect((await failureOf(signIn(sdkUser(pool, lower), PASSWORD))).code).toBe('NotAuthorizedException');
    // The password flow of a client that does not hide users says so (PreventUserExistenceErrors LEGACY).
    expect((await passwordAuth(sensitive, lower)).body.__type).toBe('UserNotFoundException');
    expect((await adminGetUser(sensitive, lower)).body.__type).toBe('UserNotFoundException');

    const second = await emulator.admin.signUpConfirmed(sensitive.userPoolId, sensitive.clientId, lower, 'Second-Horse-8');
    expect(second.sub).not.toBe(first.sub);
    expect((await signInSession(sdkUser(pool, typed), PASSWORD)).getAccessToken().decodePayload().sub).toBe(first.sub);
    expect((await signInSession(sdkUser(pool, lower), 'Second-Horse-8')).getAccessToken().decodePayload().sub).toBe(
      second.sub,
    );
  });

  it('is what CreateUserPool makes when UsernameConfiguration is left out (the API default is case-sensitive)', async () => {
    const created = await callCognito(emulator.endpoint, 'CreateUserPool', {
      PoolName: 'api-default',
      UsernameAttributes: ['email'],
      AutoVerifiedAttributes: ['email'],
    });
    const userPoolId = (created.body.UserPool as { Id: string }).Id;
    const client = await callCognito(emulator.endpoint, 'CreateUserPoolClient', {
      UserPoolId: userPoolId,
      ClientName: 'api-default-client',
      ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
    });
    const clientId = (client.body.UserPoolClient as { ClientId: string }).ClientId;
    const typed = mixedCase('gus');
    await emulator.admin.signUpConfirmed(userPoolId, clientId, typed, PASSWORD);

    const auth = (username: string) =>
      callCognito(emulator.endpoint, 'InitiateAuth', {
        AuthFlow: 'USER_PASSWORD_AUTH',
        ClientId: clientId,
        AuthParameters: { USERNAME: username, PASSWORD },
      });
    expect((await auth(typed)).status).toBe(200);
    expect((await auth(typed.toLowerCase())).body.__type).toBe('UserNotFoundException');
  });
});
