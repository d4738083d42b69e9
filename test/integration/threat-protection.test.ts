import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { encodedDataFor, installAdvancedSecurityData, type GetData } from '../support/advanced-security-data';
import { startEmulatorFixture, strongPassword, type EmulatorFixture } from '../support/emulator-fixture';

// Threat protection (Plus plan) over HTTP: with AWS's collection script on the page (a stand-in here, whose
// EncodedData names the user, pool and client it was asked for), each request the SDK would send it on carries
// `UserContextData.EncodedData`, for the right user; without the script, or when it answers nothing, none does.

let fixture: EmulatorFixture;
beforeAll(async () => {
  fixture = await startEmulatorFixture();
});
afterAll(() => fixture?.emulator.stop());

let restoreGlobal = () => {};
afterEach(() => {
  restoreGlobal();
  restoreGlobal = () => {};
});

/** Sign-up, a new code, confirmation, SRP sign-in, a refresh, a signed-in call, then a password reset. */
async function wholeJourney(label: string) {
  const { emulator } = fixture;
  const email = fixture.uniqueEmail(label);
  emulator.requests.clear();
  const client = fixture.client();
  expect(await client.signUp({ email, password: strongPassword })).toMatchObject({ step: 'confirmSignUp' });
  await emulator.codes.waitFor(email);
  const resentAt = Date.now();
  await client.resendCode(email);
  const code = await emulator.codes.waitFor(email, { after: resentAt });
  await client.confirmSignUp({ email, code });
  const signedIn = await client.signIn({ email, password: strongPassword });
  if (signedIn.step !== 'done') throw new Error(`expected done, got ${signedIn.step}`);
  await client.refresh();
  await client.getUserAttributes();
  const resetAt = Date.now();
  await fixture.client().forgotPassword(email);
  const resetCode = await emulator.codes.waitFor(email, { after: resetAt });
  await fixture.client().confirmForgotPassword({ email, code: resetCode, newPassword: 'Reset-Password-8' });
  const records = emulator.requests.all().map(({ target, authFlow, status, encodedData }) => ({ target, authFlow, status, encodedData }));
  return { email, username: signedIn.session.username, records };
}

describe('threat protection context over HTTP', () => {
  it('with the collection script: each request the SDK sends it on carries the EncodedData for its user, pool and client', async () => {
    restoreGlobal = installAdvancedSecurityData();
    const { email, username, records } = await wholeJourney('asf');
    const { userPoolId, clientId } = fixture.pool;
    const byEmail = encodedDataFor(email, userPoolId, clientId);
    // After SRP's first step Cognito names the user (USER_ID_FOR_SRP); the SDK then asks for that one, as the kit does.
    expect(username).not.toBe(email);
    const byUsername = encodedDataFor(username, userPoolId, clientId);
    expect(records).toEqual([
      { target: 'SignUp', authFlow: undefined, status: 200, encodedData: byEmail },
      { target: 'ResendConfirmationCode', authFlow: undefined, status: 200, encodedData: undefined },
      { target: 'ConfirmSignUp', authFlow: undefined, status: 200, encodedData: byEmail },
      { target: 'InitiateAuth', authFlow: 'USER_SRP_AUTH', status: 200, encodedData: byEmail },
      { target: 'RespondToAuthChallenge', authFlow: undefined, status: 200, encodedData: byUsername },
      // The refresh: GetTokensFromRefreshToken has no UserContextData member (API reference), so none is sent.
      // (Where an endpoint lacks the operation, the REFRESH_TOKEN_AUTH fallback carries it as the SDK's does:
      // test/core/operations-sdk-equality.test.ts.)
      { target: 'GetTokensFromRefreshToken', authFlow: undefined, status: 200, encodedData: undefined },
      { target: 'GetUser', authFlow: undefined, status: 200, encodedData: undefined },
      { target: 'ForgotPassword', authFlow: undefined, status: 200, encodedData: byEmail },
      { target: 'ConfirmForgotPassword', authFlow: undefined, status: 200, encodedData: byEmail },
    ]);
  });

  it.each<[string, GetData | undefined]>([
    ['without the script', undefined],
    ['with a script that answers nothing', () => undefined],
  ])('%s: the same requests, none with a context', async (_name, getData) => {
    if (getData) restoreGlobal = installAdvancedSecurityData(getData);
    const { records } = await wholeJourney('plain');
    expect(records.map((r) => r.target)).toEqual([
      'SignUp',
      'ResendConfirmationCode',
      'ConfirmSignUp',
      'InitiateAuth',
      'RespondToAuthChallenge',
      'GetTokensFromRefreshToken',
      'GetUser',
      'ForgotPassword',
      'ConfirmForgotPassword',
    ]);
    expect(records.every((r) => r.status === 200 && r.encodedData === undefined)).toBe(true);
  });
});
