import { TOTP } from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCognitoEmulator, type CognitoEmulator, type EmulatorPool } from '../support/cognito-emulator';
import { callCognito } from './sdk-client';

// Email MFA (EMAIL_OTP) and MFA set-up at sign-in (MFA_SETUP) as the harness answers them over HTTP
// (test/support/mfa-sign-in.ts): the emulator alone refused both.

const PASSWORD = 'Correct-Horse-7-Battery';
let emulator: CognitoEmulator;
/** MFA optional, TOTP and email offered. */
let optional: EmulatorPool;
/** MFA required, TOTP and email offered. */
let required: EmulatorPool;
/** MFA required, TOTP only. */
let requiredTotp: EmulatorPool;
let n = 0;
const email = (label: string) => `${label}.${n++}@example.com`;

type Body = Record<string, unknown>;
const call = async (target: string, body: unknown): Promise<Body> => {
  const answer = await callCognito(emulator.endpoint, target, body);
  if (answer.status !== 200) throw Object.assign(new Error(String(answer.body.message)), { type: answer.body.__type, body: answer.body });
  return answer.body;
};
const failure = async (target: string, body: unknown) => {
  const answer = await callCognito(emulator.endpoint, target, body);
  expect(answer.status).toBe(400);
  return { type: String(answer.body.__type ?? answer.body.code), message: String(answer.body.message) };
};
const totpCode = (secret: string, at = Date.now()) => new TOTP({ secret, digits: 6, period: 30, algorithm: 'SHA1' }).generate({ timestamp: at });

async function user(on: EmulatorPool, label: string): Promise<string> {
  const address = email(label);
  await emulator.admin.signUpConfirmed(on.userPoolId, on.clientId, address, PASSWORD);
  return address;
}

const initiate = (on: EmulatorPool, address: string, password = PASSWORD) =>
  call('InitiateAuth', { AuthFlow: 'USER_PASSWORD_AUTH', ClientId: on.clientId, AuthParameters: { USERNAME: address, PASSWORD: password } });

const respond = (on: EmulatorPool, ChallengeName: string, Session: unknown, ChallengeResponses: Record<string, string>) =>
  call('RespondToAuthChallenge', { ClientId: on.clientId, ChallengeName, Session, ChallengeResponses });

beforeAll(async () => {
  emulator = await startCognitoEmulator();
  optional = await emulator.createPool({ mfa: { configuration: 'OPTIONAL', email: true } });
  required = await emulator.createPool({ mfa: { configuration: 'ON', email: true } });
  requiredTotp = await emulator.createPool({ mfa: { configuration: 'ON' } });
});
afterAll(() => emulator.stop());

describe('email MFA (EMAIL_OTP)', () => {
  it('SetUserMFAPreference turns it on; GetUser lists it; sign-in mails a code that signs in, masked destination', async () => {
    const address = await user(optional, 'email-mfa');
    const { AuthenticationResult } = (await initiate(optional, address)) as { AuthenticationResult: { AccessToken: string } };
    await call('SetUserMFAPreference', { AccessToken: AuthenticationResult.AccessToken, EmailMfaSettings: { Enabled: true, PreferredMfa: true } });
    const me = await call('GetUser', { AccessToken: AuthenticationResult.AccessToken });
    expect(me).toMatchObject({ UserMFASettingList: ['EMAIL_OTP'], PreferredMfaSetting: 'EMAIL_OTP' });

    const before = Date.now();
    const challenge = await initiate(optional, address);
    expect(challenge.ChallengeName).toBe('EMAIL_OTP');
    expect(challenge.ChallengeParameters).toMatchObject({ CODE_DELIVERY_DELIVERY_MEDIUM: 'EMAIL', CODE_DELIVERY_DESTINATION: 'e***@e***' });
    expect(typeof challenge.Session).toBe('string');
    const code = await emulator.codes.waitFor(address, { after: before });

    const wrong = await failure('RespondToAuthChallenge', {
      ClientId: optional.clientId,
      ChallengeName: 'EMAIL_OTP',
      Session: challenge.Session,
      ChallengeResponses: { USERNAME: address, EMAIL_OTP_CODE: code === '000000' ? '111111' : '000000' },
    });
    expect(wrong).toEqual({ type: 'CodeMismatchException', message: 'Invalid code or auth state for the user.' });
    // A wrong code ends the session: the right code is refused on it.
    const afterWrong = await failure('RespondToAuthChallenge', {
      ClientId: optional.clientId,
      ChallengeName: 'EMAIL_OTP',
      Session: challenge.Session,
      ChallengeResponses: { USERNAME: address, EMAIL_OTP_CODE: code },
    });
    expect(afterWrong).toEqual({ type: 'NotAuthorizedException', message: 'Invalid session for the user, session is expired.' });

    // A new sign-in mails a new code; the right one signs in, once.
    const again = Date.now();
    const second = await initiate(optional, address);
    const newCode = await emulator.codes.waitFor(address, { after: again });
    const done = await respond(optional, 'EMAIL_OTP', second.Session, { USERNAME: address, EMAIL_OTP_CODE: newCode });
    expect(done.AuthenticationResult).toMatchObject({ AccessToken: expect.any(String), RefreshToken: expect.any(String) });
    const reused = await failure('RespondToAuthChallenge', {
      ClientId: optional.clientId,
      ChallengeName: 'EMAIL_OTP',
      Session: second.Session,
      ChallengeResponses: { USERNAME: address, EMAIL_OTP_CODE: newCode },
    });
    expect(reused.type).toBe('NotAuthorizedException');
  });

  it('a session that is not Cognito\'s is refused; so is a wrong password before any code is sent', async () => {
    const address = await user(optional, 'email-mfa-bad');
    await emulator.admin.setMfaPreference(optional.userPoolId, address, { email: { enabled: true } });
    expect(
      await failure('RespondToAuthChallenge', {
        ClientId: optional.clientId,
        ChallengeName: 'EMAIL_OTP',
        Session: 'made-up',
        ChallengeResponses: { USERNAME: address, EMAIL_OTP_CODE: '123456' },
      }),
    ).toEqual({ type: 'NotAuthorizedException', message: 'Invalid session for the user, session is expired.' });
    const sent = emulator.codes.all().length;
    // The refusal itself is the emulator's (its wording is another gap's business); no code may go out.
    await failure('InitiateAuth', {
      AuthFlow: 'USER_PASSWORD_AUTH',
      ClientId: optional.clientId,
      AuthParameters: { USERNAME: address, PASSWORD: 'Wrong-Horse-7-Battery' },
    });
    expect(emulator.codes.all().length).toBe(sent);
  });

  it('with TOTP and email on and none preferred, SELECT_MFA_TYPE lists both; EMAIL_OTP chosen mails the code', async () => {
    const address = await user(optional, 'select');
    const signedIn = (await initiate(optional, address)) as { AuthenticationResult: { AccessToken: string } };
    const { SecretCode } = (await call('AssociateSoftwareToken', { AccessToken: signedIn.AuthenticationResult.AccessToken })) as { SecretCode: string };
    await call('VerifySoftwareToken', { AccessToken: signedIn.AuthenticationResult.AccessToken, UserCode: totpCode(SecretCode) });
    await emulator.admin.setMfaPreference(optional.userPoolId, address, { totp: { enabled: true }, email: { enabled: true } });

    const select = await initiate(optional, address);
    expect(select.ChallengeName).toBe('SELECT_MFA_TYPE');
    expect(JSON.parse(String((select.ChallengeParameters as Body).MFAS_CAN_CHOOSE))).toEqual(['SOFTWARE_TOKEN_MFA', 'EMAIL_OTP']);
    const before = Date.now();
    const asked = await respond(optional, 'SELECT_MFA_TYPE', select.Session, { USERNAME: address, ANSWER: 'EMAIL_OTP' });
    expect(asked.ChallengeName).toBe('EMAIL_OTP');
    const code = await emulator.codes.waitFor(address, { after: before });
    expect((await respond(optional, 'EMAIL_OTP', asked.Session, { USERNAME: address, EMAIL_OTP_CODE: code })).AuthenticationResult).toBeDefined();
  });

  it('TOTP too: a session Cognito never issued is refused, a wrong code ends the real one (the emulator accepted any)', async () => {
    const address = await user(optional, 'totp-session');
    const signedIn = (await initiate(optional, address)) as { AuthenticationResult: { AccessToken: string } };
    const { SecretCode } = (await call('AssociateSoftwareToken', { AccessToken: signedIn.AuthenticationResult.AccessToken })) as { SecretCode: string };
    await call('VerifySoftwareToken', { AccessToken: signedIn.AuthenticationResult.AccessToken, UserCode: totpCode(SecretCode) });
    await emulator.admin.setMfaPreference(optional.userPoolId, address, { totp: { enabled: true, preferred: true } });
    const challenge = await initiate(optional, address);
    expect(challenge.ChallengeName).toBe('SOFTWARE_TOKEN_MFA');
    const answer = (Session: unknown, code: string) => ({
      ClientId: optional.clientId,
      ChallengeName: 'SOFTWARE_TOKEN_MFA',
      Session,
      ChallengeResponses: { USERNAME: address, SOFTWARE_TOKEN_MFA_CODE: code },
    });
    expect((await failure('RespondToAuthChallenge', answer('0f8fad5b-d9cb-469f-a165-70867728950e', totpCode(SecretCode)))).type).toBe('NotAuthorizedException');
    expect((await failure('RespondToAuthChallenge', answer(challenge.Session, totpCode(SecretCode, Date.now() - 10 * 60_000)))).type).toBe('CodeMismatchException');
    expect((await failure('RespondToAuthChallenge', answer(challenge.Session, totpCode(SecretCode)))).type).toBe('NotAuthorizedException');
    const next = await initiate(optional, address);
    expect((await respond(optional, 'SOFTWARE_TOKEN_MFA', next.Session, { USERNAME: address, SOFTWARE_TOKEN_MFA_CODE: totpCode(SecretCode) })).AuthenticationResult).toBeDefined();
  });

  it('email MFA cannot be turned on in a pool that does not offer it', async () => {
    const address = await user(requiredTotp, 'no-email');
    const { type, message } = await failure('AdminSetUserMFAPreference', {
      UserPoolId: requiredTotp.userPoolId,
      Username: address,
      EmailMfaSettings: { Enabled: true, PreferredMfa: true },
    });
    expect(type).toBe('InvalidParameterException');
    expect(message).toMatch(/email mfa/i);
  });
});

describe('MFA set-up at sign-in (MFA_SETUP)', () => {
  it('a pool that requires MFA asks a user without a factor to set one up, listing what the pool offers', async () => {
    const address = await user(required, 'setup-list');
    const challenge = await initiate(required, address);
    expect(challenge.ChallengeName).toBe('MFA_SETUP');
    expect(JSON.parse(String((challenge.ChallengeParameters as Body).MFAS_CAN_SETUP))).toEqual(['SOFTWARE_TOKEN_MFA', 'EMAIL_OTP']);
    const totpOnly = await initiate(requiredTotp, await user(requiredTotp, 'setup-totp-only'));
    expect(JSON.parse(String((totpOnly.ChallengeParameters as Body).MFAS_CAN_SETUP))).toEqual(['SOFTWARE_TOKEN_MFA']);
  });

  it('TOTP: AssociateSoftwareToken and VerifySoftwareToken on the Session, then MFA_SETUP signs in; next sign-in asks for TOTP', async () => {
    const address = await user(required, 'setup-totp');
    const challenge = await initiate(required, address);
    const associated = await call('AssociateSoftwareToken', { Session: challenge.Session });
    const secret = String(associated.SecretCode);
    expect(associated.Session).not.toBe(challenge.Session);

    // Not verified yet: MFA_SETUP cannot finish.
    expect((await failure('RespondToAuthChallenge', { ClientId: required.clientId, ChallengeName: 'MFA_SETUP', Session: associated.Session, ChallengeResponses: { USERNAME: address } })).type).toBe(
      'InvalidParameterException',
    );
    const wrong = await failure('VerifySoftwareToken', { Session: associated.Session, UserCode: totpCode(secret, Date.now() - 10 * 60_000) });
    expect(wrong).toEqual({ type: 'EnableSoftwareTokenMFAException', message: 'Code mismatch' });
    const verified = await call('VerifySoftwareToken', { Session: associated.Session, UserCode: totpCode(secret), FriendlyDeviceName: 'Phone' });
    expect(verified.Status).toBe('SUCCESS');
    const done = await respond(required, 'MFA_SETUP', verified.Session, { USERNAME: address });
    expect(done.AuthenticationResult).toMatchObject({ AccessToken: expect.any(String) });

    const next = await initiate(required, address);
    expect(next.ChallengeName).toBe('SOFTWARE_TOKEN_MFA');
    expect((await respond(required, 'SOFTWARE_TOKEN_MFA', next.Session, { USERNAME: address, SOFTWARE_TOKEN_MFA_CODE: totpCode(secret) })).AuthenticationResult).toBeDefined();
  });

  it('email: MFA_SETUP with EMAIL mails a code to that address (EMAIL_OTP); the code signs in and makes it the verified email', async () => {
    const address = await user(required, 'setup-email');
    const challenge = await initiate(required, address);
    const target = email('new-address');
    expect((await failure('RespondToAuthChallenge', { ClientId: required.clientId, ChallengeName: 'MFA_SETUP', Session: challenge.Session, ChallengeResponses: { USERNAME: address, EMAIL: 'not-an-address' } })).type).toBe(
      'InvalidParameterException',
    );
    const before = Date.now();
    const asked = await respond(required, 'MFA_SETUP', challenge.Session, { USERNAME: address, EMAIL: target });
    expect(asked.ChallengeName).toBe('EMAIL_OTP');
    expect((asked.ChallengeParameters as Body).CODE_DELIVERY_DESTINATION).toBe('n***@e***');
    const code = await emulator.codes.waitFor(target, { after: before });
    const done = (await respond(required, 'EMAIL_OTP', asked.Session, { USERNAME: address, EMAIL_OTP_CODE: code })) as { AuthenticationResult: { AccessToken: string } };
    const me = await call('GetUser', { AccessToken: done.AuthenticationResult.AccessToken });
    expect(me.UserMFASettingList).toEqual(['EMAIL_OTP']);
    expect(me.UserAttributes).toEqual(expect.arrayContaining([{ Name: 'email', Value: target }, { Name: 'email_verified', Value: 'true' }]));
  });

  it('a pool that offers only TOTP refuses an email set-up', async () => {
    const address = await user(requiredTotp, 'setup-email-refused');
    const challenge = await initiate(requiredTotp, address);
    const refused = await failure('RespondToAuthChallenge', {
      ClientId: requiredTotp.clientId,
      ChallengeName: 'MFA_SETUP',
      Session: challenge.Session,
      ChallengeResponses: { USERNAME: address, EMAIL: email('x') },
    });
    expect(refused.type).toBe('InvalidParameterException');
  });
});
