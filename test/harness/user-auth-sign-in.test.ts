import { createHmac } from 'node:crypto';
import { createRequire } from 'node:module';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startCognitoEmulator, type CognitoEmulator, type EmulatorPool } from '../support/cognito-emulator';
import { SESSION_VALIDITY_MS } from '../support/sign-in-sessions';
import { callCognito } from './sdk-client';

// Choice-based sign-in (InitiateAuth USER_AUTH, SELECT_CHALLENGE, one-time codes as the first factor, ConfirmSignUp's
// Session, passwordless SignUp, GetUserAuthFactors) as the harness answers it over HTTP (test/support/user-auth-flow.ts).

const PASSWORD = 'Correct-Horse-7-Battery';
let emulator: CognitoEmulator;
/** Passwords, email and SMS codes and passkeys as first factors. */
let choice: EmulatorPool;
/** The same, with email MFA offered. */
let choiceWithMfa: EmulatorPool;
/** No SignInPolicy: passwords only, clients without ALLOW_USER_AUTH. */
let classic: EmulatorPool;
let n = 0;
const email = (label: string) => `${label}.${n++}@example.com`;

type Body = Record<string, unknown>;
const call = async (target: string, body: unknown): Promise<Body> => {
  const answer = await callCognito(emulator.endpoint, target, body);
  if (answer.status !== 200) throw new Error(`${String(answer.body.__type)}: ${String(answer.body.message)}`);
  return answer.body;
};
const failure = async (target: string, body: unknown) => {
  const answer = await callCognito(emulator.endpoint, target, body);
  expect(answer.status).toBe(400);
  return { type: String(answer.body.__type), message: String(answer.body.message) };
};

async function user(on: EmulatorPool, label: string): Promise<string> {
  const address = email(label);
  await emulator.admin.signUpConfirmed(on.userPoolId, on.clientId, address, PASSWORD);
  return address;
}

const userAuth = (on: EmulatorPool, AuthParameters: Record<string, string>) => call('InitiateAuth', { AuthFlow: 'USER_AUTH', ClientId: on.clientId, AuthParameters });
const respond = (on: EmulatorPool, ChallengeName: string, Session: unknown, ChallengeResponses: Record<string, string>) =>
  call('RespondToAuthChallenge', { ClientId: on.clientId, ChallengeName, Session, ChallengeResponses });
const accessTokenOf = (answer: Body): string => (answer.AuthenticationResult as { AccessToken: string }).AccessToken;

beforeAll(async () => {
  emulator = await startCognitoEmulator();
  const signInPolicy = { allowedFirstAuthFactors: ['PASSWORD', 'EMAIL_OTP', 'SMS_OTP', 'WEB_AUTHN'] as const };
  choice = await emulator.createPool({ signInPolicy: { allowedFirstAuthFactors: [...signInPolicy.allowedFirstAuthFactors] }, webAuthn: { relyingPartyId: 'localhost' } });
  choiceWithMfa = await emulator.createPool({ signInPolicy: { allowedFirstAuthFactors: ['PASSWORD', 'EMAIL_OTP'] }, mfa: { configuration: 'OPTIONAL', email: true } });
  classic = await emulator.createPool();
});
afterEach(() => emulator.clock.reset());
afterAll(() => emulator.stop());

describe('InitiateAuth USER_AUTH', () => {
  it('is refused for an app client without ALLOW_USER_AUTH', async () => {
    const address = await user(classic, 'classic');
    expect(await failure('InitiateAuth', { AuthFlow: 'USER_AUTH', ClientId: classic.clientId, AuthParameters: { USERNAME: address } })).toEqual({
      type: 'InvalidParameterException',
      message: 'USER_AUTH flow not enabled for this client',
    });
  });

  it('offers SELECT_CHALLENGE with only what the pool allows and the user can use: a verified phone adds SMS_OTP', async () => {
    const address = await user(choice, 'select');
    const first = await userAuth(choice, { USERNAME: address });
    expect(first).toMatchObject({ ChallengeName: 'SELECT_CHALLENGE', AvailableChallenges: ['PASSWORD', 'PASSWORD_SRP', 'EMAIL_OTP'] });
    expect(typeof first.Session).toBe('string');

    await emulator.admin.setPhoneNumber(choice.userPoolId, address, '+15555550100', false);
    expect((await userAuth(choice, { USERNAME: address })).AvailableChallenges).toEqual(['PASSWORD', 'PASSWORD_SRP', 'EMAIL_OTP']);
    await emulator.admin.setPhoneNumber(choice.userPoolId, address, '+15555550100');
    expect((await userAuth(choice, { USERNAME: address })).AvailableChallenges).toEqual(['PASSWORD', 'PASSWORD_SRP', 'EMAIL_OTP', 'SMS_OTP']);
  });

  it('an unknown user is UserNotFoundException, an unconfirmed one UserNotConfirmedException; a missing USERNAME and an unknown PREFERRED_CHALLENGE are refused', async () => {
    const unconfirmed = email('unconfirmed');
    await call('SignUp', { ClientId: choice.clientId, Username: unconfirmed, Password: PASSWORD, UserAttributes: [{ Name: 'email', Value: unconfirmed }] });
    expect(await failure('InitiateAuth', { AuthFlow: 'USER_AUTH', ClientId: choice.clientId, AuthParameters: { USERNAME: unconfirmed } })).toEqual({
      type: 'UserNotConfirmedException',
      message: 'User is not confirmed.',
    });
    expect(await failure('InitiateAuth', { AuthFlow: 'USER_AUTH', ClientId: choice.clientId, AuthParameters: { USERNAME: 'nobody@example.com' } })).toEqual({
      type: 'UserNotFoundException',
      message: 'User does not exist.',
    });
    expect((await failure('InitiateAuth', { AuthFlow: 'USER_AUTH', ClientId: choice.clientId, AuthParameters: {} })).type).toBe('InvalidParameterException');
    const address = await user(choice, 'bad-preference');
    expect((await failure('InitiateAuth', { AuthFlow: 'USER_AUTH', ClientId: choice.clientId, AuthParameters: { USERNAME: address, PREFERRED_CHALLENGE: 'TOTP' } })).type).toBe(
      'InvalidParameterException',
    );
  });

  it('a preferred challenge the user cannot use (a passkey they do not have) falls back to SELECT_CHALLENGE', async () => {
    const address = await user(choice, 'no-passkey');
    const answer = await userAuth(choice, { USERNAME: address, PREFERRED_CHALLENGE: 'WEB_AUTHN' });
    expect(answer).toMatchObject({ ChallengeName: 'SELECT_CHALLENGE', AvailableChallenges: ['PASSWORD', 'PASSWORD_SRP', 'EMAIL_OTP'] });
  });
});

describe('SELECT_CHALLENGE', () => {
  it('ANSWER PASSWORD with the password signs in; a wrong one is refused as a password sign-in is', async () => {
    const address = await user(choice, 'password');
    const select = await userAuth(choice, { USERNAME: address });
    const wrong = await failure('RespondToAuthChallenge', {
      ClientId: choice.clientId,
      ChallengeName: 'SELECT_CHALLENGE',
      Session: select.Session,
      ChallengeResponses: { USERNAME: address, ANSWER: 'PASSWORD', PASSWORD: 'Wrong-Horse-7-Battery' },
    });
    expect(wrong).toEqual({ type: 'NotAuthorizedException', message: 'Incorrect username or password.' });
    const again = await userAuth(choice, { USERNAME: address });
    const signedIn = await respond(choice, 'SELECT_CHALLENGE', again.Session, { USERNAME: address, ANSWER: 'PASSWORD', PASSWORD });
    const me = await call('GetUser', { AccessToken: accessTokenOf(signedIn) });
    expect(me.UserAttributes).toEqual(expect.arrayContaining([{ Name: 'email', Value: address }]));
  });

  it('an ANSWER that was not offered is refused, and the session is single use', async () => {
    const address = await user(choice, 'not-offered');
    const select = await userAuth(choice, { USERNAME: address });
    const notOffered = await failure('RespondToAuthChallenge', {
      ClientId: choice.clientId,
      ChallengeName: 'SELECT_CHALLENGE',
      Session: select.Session,
      ChallengeResponses: { USERNAME: address, ANSWER: 'SMS_OTP' },
    });
    expect(notOffered.type).toBe('InvalidParameterException');
    await respond(choice, 'SELECT_CHALLENGE', select.Session, { USERNAME: address, ANSWER: 'PASSWORD', PASSWORD });
    const reused = await failure('RespondToAuthChallenge', {
      ClientId: choice.clientId,
      ChallengeName: 'SELECT_CHALLENGE',
      Session: select.Session,
      ChallengeResponses: { USERNAME: address, ANSWER: 'PASSWORD', PASSWORD },
    });
    expect(reused).toEqual({ type: 'NotAuthorizedException', message: 'Invalid session for the user, session is expired.' });
  });

  it('ANSWER PASSWORD_SRP with SRP_A leads to PASSWORD_VERIFIER, answered with the SDK SRP maths', async () => {
    const address = await user(choice, 'srp');
    const select = await userAuth(choice, { USERNAME: address });
    const helper = new AuthenticationHelper(choice.userPoolId.split('_')[1] ?? '');
    const verifier = await respond(choice, 'SELECT_CHALLENGE', select.Session, { USERNAME: address, ANSWER: 'PASSWORD_SRP', SRP_A: helper.largeAValue.toString(16) });
    expect(verifier.ChallengeName).toBe('PASSWORD_VERIFIER');
    expect(typeof verifier.Session).toBe('string');
    const params = verifier.ChallengeParameters as Record<string, string>;
    const signedIn = await respond(choice, 'PASSWORD_VERIFIER', verifier.Session, await passwordClaim(helper, choice, params, PASSWORD));
    expect(typeof accessTokenOf(signedIn)).toBe('string');
  });

  it('an app client with ALLOW_USER_AUTH alone: PASSWORD and PASSWORD_SRP sign in through SELECT_CHALLENGE, USER_SRP_AUTH itself is refused', async () => {
    const created = await call('CreateUserPoolClient', { UserPoolId: choice.userPoolId, ClientName: 'user-auth-only', ExplicitAuthFlows: ['ALLOW_USER_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'] });
    const only = { ...choice, clientId: (created.UserPoolClient as { ClientId: string }).ClientId };
    const address = await user(choice, 'user-auth-only');
    const helper = new AuthenticationHelper(choice.userPoolId.split('_')[1] ?? '');
    expect(await failure('InitiateAuth', { AuthFlow: 'USER_SRP_AUTH', ClientId: only.clientId, AuthParameters: { USERNAME: address, SRP_A: helper.largeAValue.toString(16) } })).toEqual({
      type: 'InvalidParameterException',
      message: 'USER_SRP_AUTH is not enabled for the client.',
    });

    const select = await userAuth(only, { USERNAME: address });
    const verifier = await respond(only, 'SELECT_CHALLENGE', select.Session, { USERNAME: address, ANSWER: 'PASSWORD_SRP', SRP_A: helper.largeAValue.toString(16) });
    expect(verifier.ChallengeName).toBe('PASSWORD_VERIFIER');
    const params = verifier.ChallengeParameters as Record<string, string>;
    expect(typeof accessTokenOf(await respond(only, 'PASSWORD_VERIFIER', verifier.Session, await passwordClaim(helper, choice, params, PASSWORD)))).toBe('string');

    const again = await userAuth(only, { USERNAME: address });
    expect(typeof accessTokenOf(await respond(only, 'SELECT_CHALLENGE', again.Session, { USERNAME: address, ANSWER: 'PASSWORD', PASSWORD }))).toBe('string');
  });

  it('a password first factor is followed by the user MFA; email codes are then not offered as a first factor', async () => {
    const address = await user(choiceWithMfa, 'mfa');
    const select = await userAuth(choiceWithMfa, { USERNAME: address });
    expect(select.AvailableChallenges).toEqual(['PASSWORD', 'PASSWORD_SRP', 'EMAIL_OTP']);
    const signedIn = await respond(choiceWithMfa, 'SELECT_CHALLENGE', select.Session, { USERNAME: address, ANSWER: 'PASSWORD', PASSWORD });
    await call('SetUserMFAPreference', { AccessToken: accessTokenOf(signedIn), EmailMfaSettings: { Enabled: true, PreferredMfa: true } });

    const withMfa = await userAuth(choiceWithMfa, { USERNAME: address });
    expect(withMfa.AvailableChallenges).toEqual(['PASSWORD', 'PASSWORD_SRP']);
    const before = Date.now();
    const mfa = await respond(choiceWithMfa, 'SELECT_CHALLENGE', withMfa.Session, { USERNAME: address, ANSWER: 'PASSWORD', PASSWORD });
    expect(mfa.ChallengeName).toBe('EMAIL_OTP');
    const code = await emulator.codes.waitFor(address, { after: before });
    const done = await respond(choiceWithMfa, 'EMAIL_OTP', mfa.Session, { USERNAME: address, EMAIL_OTP_CODE: code });
    expect(typeof accessTokenOf(done)).toBe('string');
  });
});

describe('one-time codes as the first factor', () => {
  it('EMAIL_OTP: a code to the inbox, masked destination; a wrong code ends the session; the right one signs in without MFA', async () => {
    const address = await user(choice, 'email-code');
    const before = Date.now();
    const challenge = await userAuth(choice, { USERNAME: address, PREFERRED_CHALLENGE: 'EMAIL_OTP' });
    expect(challenge).toMatchObject({ ChallengeName: 'EMAIL_OTP', ChallengeParameters: { CODE_DELIVERY_DELIVERY_MEDIUM: 'EMAIL', CODE_DELIVERY_DESTINATION: 'e***@e***' } });
    const code = await emulator.codes.waitFor(address, { after: before });
    const wrongCode = code === '000000' ? '111111' : '000000';
    expect(
      await failure('RespondToAuthChallenge', { ClientId: choice.clientId, ChallengeName: 'EMAIL_OTP', Session: challenge.Session, ChallengeResponses: { USERNAME: address, EMAIL_OTP_CODE: wrongCode } }),
    ).toEqual({ type: 'CodeMismatchException', message: 'Invalid code or auth state for the user.' });
    expect(
      await failure('RespondToAuthChallenge', { ClientId: choice.clientId, ChallengeName: 'EMAIL_OTP', Session: challenge.Session, ChallengeResponses: { USERNAME: address, EMAIL_OTP_CODE: code } }),
    ).toEqual({ type: 'NotAuthorizedException', message: 'Invalid session for the user, session is expired.' });

    const select = await userAuth(choice, { USERNAME: address });
    const after = Date.now();
    const fresh = await respond(choice, 'SELECT_CHALLENGE', select.Session, { USERNAME: address, ANSWER: 'EMAIL_OTP' });
    expect(fresh.ChallengeName).toBe('EMAIL_OTP');
    const freshCode = await emulator.codes.waitFor(address, { after });
    const signedIn = await respond(choice, 'EMAIL_OTP', fresh.Session, { USERNAME: address, EMAIL_OTP_CODE: freshCode });
    expect(signedIn.ChallengeName).toBeUndefined();
    expect(typeof accessTokenOf(signedIn)).toBe('string');
  });

  it('a code is refused once the sign-in session has expired', async () => {
    const address = await user(choice, 'expired-code');
    const before = Date.now();
    const challenge = await userAuth(choice, { USERNAME: address, PREFERRED_CHALLENGE: 'EMAIL_OTP' });
    const code = await emulator.codes.waitFor(address, { after: before });
    emulator.clock.advance(SESSION_VALIDITY_MS);
    expect(
      await failure('RespondToAuthChallenge', { ClientId: choice.clientId, ChallengeName: 'EMAIL_OTP', Session: challenge.Session, ChallengeResponses: { USERNAME: address, EMAIL_OTP_CODE: code } }),
    ).toEqual({ type: 'NotAuthorizedException', message: 'Invalid session for the user, session is expired.' });
  });

  it('SMS_OTP: the code goes to the verified phone, findable in the inbox by the number', async () => {
    const address = await user(choice, 'sms-code');
    const phone = '+15555550123';
    await emulator.admin.setPhoneNumber(choice.userPoolId, address, phone);
    const before = Date.now();
    const challenge = await userAuth(choice, { USERNAME: address, PREFERRED_CHALLENGE: 'SMS_OTP' });
    expect(challenge).toMatchObject({ ChallengeName: 'SMS_OTP', ChallengeParameters: { CODE_DELIVERY_DELIVERY_MEDIUM: 'SMS', CODE_DELIVERY_DESTINATION: '+*******0123' } });
    const code = await emulator.codes.waitFor(phone, { after: before });
    const signedIn = await respond(choice, 'SMS_OTP', challenge.Session, { USERNAME: address, SMS_OTP_CODE: code });
    expect(typeof accessTokenOf(signedIn)).toBe('string');
  });
});

describe('sign-in right after sign-up', () => {
  async function signUpAndConfirm(on: EmulatorPool, address: string, password?: string): Promise<Body> {
    const before = Date.now();
    const signedUp = await call('SignUp', { ClientId: on.clientId, Username: address, ...(password ? { Password: password } : {}), UserAttributes: [{ Name: 'email', Value: address }] });
    const code = await emulator.codes.waitFor(address, { after: before });
    // SignUp's Session goes with ConfirmSignUp (API reference: "the optional session ID from a SignUp API request").
    return call('ConfirmSignUp', { ClientId: on.clientId, Username: address, ConfirmationCode: code, ...(signedUp.Session ? { Session: signedUp.Session } : {}) });
  }

  it("ConfirmSignUp answers with a Session only when it carries its SignUp's Session", async () => {
    const address = email('no-signup-session');
    const before = Date.now();
    const signedUp = await call('SignUp', { ClientId: choice.clientId, Username: address, Password: PASSWORD, UserAttributes: [{ Name: 'email', Value: address }] });
    expect(typeof signedUp.Session).toBe('string');
    const code = await emulator.codes.waitFor(address, { after: before });
    const confirmed = await call('ConfirmSignUp', { ClientId: choice.clientId, Username: address, ConfirmationCode: code });
    expect(confirmed.Session).toBeUndefined();
  });

  it('ConfirmSignUp returns a Session that InitiateAuth USER_AUTH redeems once for tokens, for that user only', async () => {
    const address = email('new-user');
    const confirmed = await signUpAndConfirm(choice, address, PASSWORD);
    expect(typeof confirmed.Session).toBe('string');
    const other = await user(choice, 'someone-else');
    expect(
      await failure('InitiateAuth', { AuthFlow: 'USER_AUTH', ClientId: choice.clientId, AuthParameters: { USERNAME: other }, Session: confirmed.Session }),
    ).toEqual({ type: 'NotAuthorizedException', message: 'Invalid session for the user.' });

    const again = email('new-user');
    const second = await signUpAndConfirm(choice, again, PASSWORD);
    const signedIn = await call('InitiateAuth', { AuthFlow: 'USER_AUTH', ClientId: choice.clientId, AuthParameters: { USERNAME: again }, Session: second.Session });
    expect(signedIn.ChallengeName).toBeUndefined();
    const me = await call('GetUser', { AccessToken: accessTokenOf(signedIn) });
    expect(me.UserAttributes).toEqual(expect.arrayContaining([{ Name: 'email', Value: again }]));
    expect(
      await failure('InitiateAuth', { AuthFlow: 'USER_AUTH', ClientId: choice.clientId, AuthParameters: { USERNAME: again }, Session: second.Session }),
    ).toEqual({ type: 'NotAuthorizedException', message: 'Invalid session for the user, session is expired.' });
  });

  it('the Session expires with the sign-in session lifetime; a client without USER_AUTH gets none', async () => {
    const address = email('late');
    const confirmed = await signUpAndConfirm(choice, address, PASSWORD);
    emulator.clock.advance(SESSION_VALIDITY_MS);
    expect(
      (await failure('InitiateAuth', { AuthFlow: 'USER_AUTH', ClientId: choice.clientId, AuthParameters: { USERNAME: address }, Session: confirmed.Session })).message,
    ).toBe('Invalid session for the user, session is expired.');
    emulator.clock.reset();
    const plain = await signUpAndConfirm(classic, email('classic-new'), PASSWORD);
    expect(plain.Session).toBeUndefined();
  });

  it('SignUp without a password where email codes are a first factor: only codes sign that user in; refused elsewhere', async () => {
    const address = email('passwordless');
    const confirmed = await signUpAndConfirm(choice, address);
    const select = await userAuth(choice, { USERNAME: address });
    expect(select.AvailableChallenges).toEqual(['EMAIL_OTP']);
    expect(
      await failure('InitiateAuth', { AuthFlow: 'USER_PASSWORD_AUTH', ClientId: choice.clientId, AuthParameters: { USERNAME: address, PASSWORD: '' } }),
    ).toMatchObject({ type: 'NotAuthorizedException' });
    const signedIn = await call('InitiateAuth', { AuthFlow: 'USER_AUTH', ClientId: choice.clientId, AuthParameters: { USERNAME: address }, Session: confirmed.Session });
    const factors = await call('GetUserAuthFactors', { AccessToken: accessTokenOf(signedIn) });
    expect(factors).toMatchObject({ ConfiguredUserAuthFactors: ['EMAIL_OTP'] });

    const refused = await failure('SignUp', { ClientId: classic.clientId, Username: email('no-password'), UserAttributes: [] });
    expect(refused.type).toBe('InvalidParameterException');
  });
});

describe('GetUserAuthFactors and AdminInitiateAuth', () => {
  it('lists the first factors the user has set up among those allowed, and the MFA settings', async () => {
    const address = await user(choiceWithMfa, 'factors');
    const signedIn = await userAuth(choiceWithMfa, { USERNAME: address, PREFERRED_CHALLENGE: 'PASSWORD', PASSWORD });
    const token = accessTokenOf(signedIn);
    const plain = await call('GetUserAuthFactors', { AccessToken: token });
    expect(plain).toEqual({ Username: expect.any(String), ConfiguredUserAuthFactors: ['PASSWORD', 'EMAIL_OTP'] });
    await call('SetUserMFAPreference', { AccessToken: token, EmailMfaSettings: { Enabled: true, PreferredMfa: true } });
    expect(await call('GetUserAuthFactors', { AccessToken: token })).toMatchObject({ PreferredMfaSetting: 'EMAIL_OTP', UserMFASettingList: ['EMAIL_OTP'] });
    expect((await failure('GetUserAuthFactors', { AccessToken: 'not-a-token' })).type).toBe('NotAuthorizedException');
  });

  it('AdminInitiateAuth / AdminRespondToAuthChallenge USER_AUTH answer as InitiateAuth / RespondToAuthChallenge', async () => {
    const address = await user(choice, 'admin');
    const answer = await call('AdminInitiateAuth', { AuthFlow: 'USER_AUTH', UserPoolId: choice.userPoolId, ClientId: choice.clientId, AuthParameters: { USERNAME: address } });
    expect(answer).toMatchObject({ ChallengeName: 'SELECT_CHALLENGE', AvailableChallenges: ['PASSWORD', 'PASSWORD_SRP', 'EMAIL_OTP'] });
    const signedIn = await call('AdminRespondToAuthChallenge', {
      UserPoolId: choice.userPoolId,
      ClientId: choice.clientId,
      ChallengeName: 'SELECT_CHALLENGE',
      Session: answer.Session,
      ChallengeResponses: { USERNAME: address, ANSWER: 'PASSWORD', PASSWORD },
    });
    expect(typeof accessTokenOf(signedIn)).toBe('string');
  });

  it('a user with a temporary password is offered the password only, which leads to NEW_PASSWORD_REQUIRED', async () => {
    const address = email('temporary');
    await emulator.admin.createUser(choice.userPoolId, address, 'Temporary-Horse-7-Battery');
    const select = await userAuth(choice, { USERNAME: address });
    expect(select.AvailableChallenges).toEqual(['PASSWORD', 'PASSWORD_SRP']);
    const next = await respond(choice, 'SELECT_CHALLENGE', select.Session, { USERNAME: address, ANSWER: 'PASSWORD', PASSWORD: 'Temporary-Horse-7-Battery' });
    expect(next.ChallengeName).toBe('NEW_PASSWORD_REQUIRED');
  });
});

// The SDK's own SRP client maths (jsbn BigInteger, untyped internals), loaded from its CommonJS build.
interface SdkBigInteger {
  toString(radix: number): string;
}
interface SdkAuthenticationHelper {
  largeAValue: SdkBigInteger;
  getPasswordAuthenticationKey(username: string, password: string, serverB: SdkBigInteger, salt: SdkBigInteger, callback: (error: unknown, key: Buffer) => void): void;
}
const require = createRequire(import.meta.url);
const { default: AuthenticationHelper } = require('amazon-cognito-identity-js/lib/AuthenticationHelper.js') as { default: new (poolName: string) => SdkAuthenticationHelper };
const { default: BigInteger } = require('amazon-cognito-identity-js/lib/BigInteger.js') as { default: new (hex: string, radix: number) => SdkBigInteger };

/** PASSWORD_VERIFIER's answer, as CognitoUser.authenticateUserDefaultAuth computes it. */
async function passwordClaim(helper: SdkAuthenticationHelper, on: EmulatorPool, params: Record<string, string>, password: string): Promise<Record<string, string>> {
  const poolName = on.userPoolId.split('_')[1] ?? '';
  const userId = params.USER_ID_FOR_SRP ?? '';
  const key = await new Promise<Buffer>((resolve, reject) => {
    helper.getPasswordAuthenticationKey(userId, password, new BigInteger(params.SRP_B ?? '', 16), new BigInteger(params.SALT ?? '', 16), (error, hkdf) =>
      error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve(hkdf),
    );
  });
  const timestamp = 'Tue Dec 1 06:00:00 UTC 2026';
  const signature = createHmac('sha256', key)
    .update(Buffer.concat([Buffer.from(poolName), Buffer.from(userId), Buffer.from(params.SECRET_BLOCK ?? '', 'base64'), Buffer.from(timestamp)]))
    .digest('base64');
  return { USERNAME: userId, PASSWORD_CLAIM_SECRET_BLOCK: params.SECRET_BLOCK ?? '', PASSWORD_CLAIM_SIGNATURE: signature, TIMESTAMP: timestamp };
}
