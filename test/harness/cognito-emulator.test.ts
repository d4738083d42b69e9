import { generate as totpCode } from 'cognito-local/lib/services/totp.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCognitoEmulator, type CognitoEmulator, type EmulatorPool } from '../support/cognito-emulator';
import { freshCode } from '../support/resend-confirmation-code';
import {
  callCognito,
  completeNewPassword,
  confirmSignUp,
  failureOf,
  globalSignOut,
  refresh,
  resendCode,
  sdkPool,
  sdkUser,
  sendTotp,
  setUpTotp,
  signIn,
  signInSession,
  signUp,
} from './sdk-client';

const PASSWORD = 'Correct-Horse-7-Battery';
let emulator: CognitoEmulator;
let pool: EmulatorPool;
let n = 0;
const email = (label: string) => `${label}.${n++}@example.com`;
const webPool = () => sdkPool(emulator.endpoint, pool.userPoolId, pool.clientId);
const shortPool = () => sdkPool(emulator.endpoint, pool.userPoolId, pool.shortClientId);

beforeAll(async () => {
  emulator = await startCognitoEmulator();
  pool = await emulator.createPool({ name: 'harness' });
});

afterAll(async () => {
  await emulator?.stop();
});

describe('sign-up and SRP sign-in with the real SDK', () => {
  it('signs up, captures the code, confirms and signs in with USER_SRP_AUTH', async () => {
    const address = email('ada');
    const { userSub } = await signUp(webPool(), address, PASSWORD);
    const code = await emulator.codes.waitFor(address);
    expect(code).toMatch(/^\d{6}$/);
    expect(emulator.codes.all().at(-1)).toMatchObject({ email: address, code, kind: 'SignUp' });

    const user = sdkUser(webPool(), address);
    await confirmSignUp(user, code);
    emulator.requests.clear();
    const session = await signInSession(user, PASSWORD);

    const access = session.getAccessToken().decodePayload();
    expect(access).toMatchObject({ sub: userSub, username: userSub, iss: pool.issuer, token_use: 'access' });
    expect(session.getIdToken().decodePayload()).toMatchObject({ email: address, aud: pool.clientId });
    expect(session.getRefreshToken().getToken()).not.toBe('');
    expect(user.getUsername()).toBe(userSub);
    expect(emulator.requests.all().map((r) => [r.target, r.authFlow, r.status])).toEqual([
      ['InitiateAuth', 'USER_SRP_AUTH', 200],
      ['RespondToAuthChallenge', undefined, 200],
    ]);
  });

  it('answers a wrong password with NotAuthorizedException', async () => {
    const address = email('wrong');
    await emulator.admin.signUpConfirmed(pool.userPoolId, pool.clientId, address, PASSWORD);
    expect(await failureOf(signIn(sdkUser(webPool(), address), 'Correct-Horse-7-Batterz'))).toEqual({
      code: 'NotAuthorizedException',
      message: 'Incorrect username or password.',
    });
  });

  it('answers an unknown user with NotAuthorizedException', async () => {
    const failure = await failureOf(signIn(sdkUser(webPool(), 'nobody@example.com'), PASSWORD));
    expect(failure.code).toBe('NotAuthorizedException');
  });

  it('answers an unconfirmed user with the right password with UserNotConfirmedException', async () => {
    const address = email('unconfirmed');
    await signUp(webPool(), address, PASSWORD);
    expect((await failureOf(signIn(sdkUser(webPool(), address), PASSWORD))).code).toBe('UserNotConfirmedException');
    expect((await failureOf(signIn(sdkUser(webPool(), address), 'not-it'))).code).toBe('NotAuthorizedException');
  });

  it('accepts a PASSWORD_VERIFIER answer only once', async () => {
    const address = email('replay');
    await emulator.admin.signUpConfirmed(pool.userPoolId, pool.clientId, address, PASSWORD);
    const realFetch = globalThis.fetch;
    const bodies: string[] = [];
    globalThis.fetch = (input: Parameters<typeof fetch>[0], init?: RequestInit) => {
      if (typeof init?.body === 'string') bodies.push(init.body);
      return realFetch(input, init);
    };
    try {
      await signInSession(sdkUser(webPool(), address), PASSWORD);
    } finally {
      globalThis.fetch = realFetch;
    }
    const answer = bodies.find((b) => b.includes('PASSWORD_VERIFIER'));
    const replay = await callCognito(emulator.endpoint, 'RespondToAuthChallenge', answer);
    expect(replay).toMatchObject({ status: 400, body: { __type: 'NotAuthorizedException' } });
  });
});

describe('ResendConfirmationCode', () => {
  it('replaces the code: the old one is rejected, the new one confirms', async () => {
    const address = email('resend');
    await signUp(webPool(), address, PASSWORD);
    const first = await emulator.codes.waitFor(address);
    const user = sdkUser(webPool(), address);

    const since = Date.now();
    const sent = await resendCode(user);
    expect(sent.CodeDeliveryDetails).toEqual({ AttributeName: 'email', DeliveryMedium: 'EMAIL', Destination: address });
    const second = await emulator.codes.waitFor(address, { after: since });
    expect(emulator.codes.all().at(-1)).toMatchObject({ email: address, kind: 'ResendCode' });

    expect(second).not.toBe(first);
    expect((await failureOf(confirmSignUp(user, first))).code).toBe('CodeMismatchException');
    await confirmSignUp(user, second);
    expect(await signInSession(user, PASSWORD)).toBeDefined();
  });

  it('never sends the same code again, even when the generator repeats it', () => {
    const generated = ['123456', '123456', '123456', '654321'];
    const otp = () => generated.shift() ?? '000000';
    expect(freshCode(otp, '123456')).toBe('654321');
    expect(freshCode(() => '111111', undefined)).toBe('111111');
  });

  it('refuses confirmed and unknown users', async () => {
    const address = email('confirmed');
    await emulator.admin.signUpConfirmed(pool.userPoolId, pool.clientId, address, PASSWORD);
    expect(await failureOf(resendCode(sdkUser(webPool(), address)))).toEqual({
      code: 'InvalidParameterException',
      message: 'User is already confirmed.',
    });
    expect((await failureOf(resendCode(sdkUser(webPool(), 'nobody@example.com')))).code).toBe('UserNotFoundException');
  });
});

describe('refresh tokens', () => {
  it('refreshes with the short client: one REFRESH_TOKEN_AUTH, a later exp', async () => {
    const address = email('refresh');
    await emulator.admin.signUpConfirmed(pool.userPoolId, pool.shortClientId, address, PASSWORD);
    const user = sdkUser(shortPool(), address);
    const first = await signInSession(user, PASSWORD);
    const firstExp = first.getAccessToken().getExpiration();
    expect(firstExp - first.getAccessToken().getIssuedAt()).toBe(4);

    await new Promise((resolve) => setTimeout(resolve, 1100));
    emulator.requests.clear();
    const next = await refresh(user, first);

    expect(next.getAccessToken().getExpiration()).toBeGreaterThan(firstExp);
    expect(emulator.requests.count({ target: 'InitiateAuth', authFlow: 'REFRESH_TOKEN_AUTH' })).toBe(1);
    expect(emulator.requests.count()).toBe(1);
  });

  it('GlobalSignOut revokes every refresh token of the user', async () => {
    const address = email('global');
    await emulator.admin.signUpConfirmed(pool.userPoolId, pool.clientId, address, PASSWORD);
    const laptop = sdkUser(webPool(), address);
    const phone = sdkUser(webPool(), address);
    const laptopSession = await signInSession(laptop, PASSWORD);
    const phoneSession = await signInSession(phone, PASSWORD);

    emulator.requests.clear();
    await globalSignOut(laptop);
    expect(emulator.requests.all()).toEqual([
      expect.objectContaining({
        target: 'GlobalSignOut',
        status: 200,
        accessTokenExp: laptopSession.getAccessToken().getExpiration(),
      }),
    ]);

    // The SDK's refreshSession retries every error with backoff: 6 attempts over about 6 s.
    expect(await failureOf(refresh(laptop, laptopSession))).toEqual({
      code: 'NotAuthorizedException',
      message: 'Refresh Token has been revoked',
    });
    expect(emulator.requests.count({ authFlow: 'REFRESH_TOKEN_AUTH' })).toBe(6);
    expect(emulator.requests.all().every((r) => r.target !== 'InitiateAuth' || r.status === 400)).toBe(true);

    const phoneRefresh = await callCognito(emulator.endpoint, 'InitiateAuth', {
      AuthFlow: 'REFRESH_TOKEN_AUTH',
      ClientId: pool.clientId,
      AuthParameters: { REFRESH_TOKEN: phoneSession.getRefreshToken().getToken() },
    });
    expect(phoneRefresh).toEqual({
      status: 400,
      body: { __type: 'NotAuthorizedException', message: 'Refresh Token has been revoked' },
    });
    expect(phone.getUsername()).toBe(laptop.getUsername());
  });

  it('says why a refresh token taken back by RevokeToken no longer works', async () => {
    const address = email('revoke');
    await emulator.admin.signUpConfirmed(pool.userPoolId, pool.clientId, address, PASSWORD);
    const session = await signInSession(sdkUser(webPool(), address), PASSWORD);
    const token = session.getRefreshToken().getToken();

    expect(await callCognito(emulator.endpoint, 'RevokeToken', { ClientId: pool.clientId, Token: token })).toEqual({
      status: 200,
      body: {},
    });
    const refreshed = await callCognito(emulator.endpoint, 'InitiateAuth', {
      AuthFlow: 'REFRESH_TOKEN_AUTH',
      ClientId: pool.clientId,
      AuthParameters: { REFRESH_TOKEN: token },
    });
    expect(refreshed.body).toEqual({ __type: 'NotAuthorizedException', message: 'Refresh Token has been revoked' });
  });

  it('stores the refresh token issued after NEW_PASSWORD_REQUIRED (admin-created user)', async () => {
    const address = email('invited');
    const { username } = await emulator.admin.createUser(pool.userPoolId, address, 'Temp-Pass-1');
    const user = sdkUser(webPool(), address);

    expect((await failureOf(signIn(user, 'Temp-Pass-2'))).code).toBe('NotAuthorizedException');
    const passwordAuth = (password: string) =>
      callCognito(emulator.endpoint, 'InitiateAuth', {
        AuthFlow: 'USER_PASSWORD_AUTH',
        ClientId: pool.clientId,
        AuthParameters: { USERNAME: address, PASSWORD: password },
      });
    // USER_PASSWORD_AUTH checks the temporary password too (the emulator alone would challenge any password).
    expect(await passwordAuth('Temp-Pass-2')).toEqual({
      status: 400,
      body: { __type: 'NotAuthorizedException', message: 'Incorrect username or password.' },
    });
    expect((await passwordAuth('Temp-Pass-1')).body.ChallengeName).toBe('NEW_PASSWORD_REQUIRED');
    const challenge = await signIn(user, 'Temp-Pass-1');
    expect(challenge).toMatchObject({ type: 'newPasswordRequired', userAttributes: { email: address } });

    const done = await completeNewPassword(user, PASSWORD);
    if (done.type !== 'session') throw new Error(`expected a session, got ${done.type}`);
    expect(done.session.getAccessToken().decodePayload().username).toBe(username);
    expect((await refresh(user, done.session)).getAccessToken().getJwtToken()).not.toBe('');
    expect(await signInSession(sdkUser(webPool(), address), PASSWORD)).toBeDefined();
  });

  it('gives the emulator TOTP challenge after SRP and keeps the refresh token it issues', async () => {
    const address = email('totp');
    await emulator.admin.signUpConfirmed(pool.userPoolId, pool.clientId, address, PASSWORD);
    let secret = '';
    const user = sdkUser(webPool(), address);
    await signInSession(user, PASSWORD);
    await setUpTotp(user, (s) => {
      secret = s;
      return totpCode(s);
    });

    const again = sdkUser(webPool(), address);
    expect(await signIn(again, PASSWORD)).toEqual({ type: 'totpRequired' });
    const session = await sendTotp(again, totpCode(secret));
    expect((await refresh(again, session)).getAccessToken().getJwtToken()).not.toBe('');
  });
});

describe('discovery and keys', () => {
  it('reports the real port in openid-configuration and serves the JWKS', async () => {
    const discovery = await (await fetch(`${pool.issuer}/.well-known/openid-configuration`)).json();
    expect(discovery).toMatchObject({ issuer: pool.issuer, jwks_uri: pool.jwksUri });
    expect(pool.issuer.startsWith(emulator.endpoint)).toBe(true);
    expect(emulator.endpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(emulator.endpoint.endsWith(':0')).toBe(false);

    const jwks = await (await fetch(pool.jwksUri)).json();
    expect(jwks.keys).toEqual([expect.objectContaining({ kid: 'CognitoLocal', alg: 'RS256' })]);
  });

  it('finds a pool by name', async () => {
    expect(await emulator.findPool('harness')).toEqual(pool);
    expect(await emulator.findPool('no such pool')).toBeUndefined();
  });
});
