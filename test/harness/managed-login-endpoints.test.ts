import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createAccessTokenVerifier } from '../../example-app/server/verifier';
import { decodeJwtPayload, hasEmulatorSignature } from '../support/access-token';
import { startCognitoEmulator, type CognitoEmulator, type EmulatorPool, type ManagedLoginDomain } from '../support/cognito-emulator';
import { formAction, formToken, OAuthBrowser, pkcePair } from './oauth-browser';
import { callCognito } from './sdk-client';

// The managed login domain (test/support/managed-login/) over HTTP: /oauth2/authorize with the login page,
// /oauth2/token, /oauth2/revoke, /oauth2/userInfo and /logout, with the errors Cognito documents.

const PASSWORD = 'Correct-Horse-7-Battery';
const CALLBACK = 'http://localhost:5173/';
const SIGNED_OUT = 'http://localhost:5173/signed-out';
let emulator: CognitoEmulator;
let pool: EmulatorPool;
let login: ManagedLoginDomain;
let email: string;

beforeAll(async () => {
  emulator = await startCognitoEmulator();
  pool = await emulator.createPool();
  login = await emulator.managedLogin.start({ userPoolId: pool.userPoolId, clientId: pool.clientId, callbackUrls: [CALLBACK], logoutUrls: [SIGNED_OUT] });
  email = 'hosted.user@example.com';
  await emulator.admin.signUpConfirmed(pool.userPoolId, pool.clientId, email, PASSWORD);
});
afterAll(() => emulator?.stop());
afterEach(() => emulator.clock.reset());

function authorizeUrl(params: Record<string, string> = {}): string {
  const url = new URL('/oauth2/authorize', login.domain);
  url.search = new URLSearchParams({ response_type: 'code', client_id: pool.clientId, redirect_uri: CALLBACK, state: 'state-1', ...params }).toString();
  return url.toString();
}

/** Through the login page with the password: the code at the callback. */
async function signInForCode(browser = new OAuthBrowser(), params: Record<string, string> = {}): Promise<{ code: string; verifier: string; callback: URL; browser: OAuthBrowser }> {
  const { verifier, challenge } = pkcePair();
  const started = await browser.follow(authorizeUrl({ code_challenge: challenge, code_challenge_method: 'S256', ...params }), CALLBACK);
  const page = await started.response.text();
  expect(started.response.status).toBe(200);
  const form = new URLSearchParams({ _csrf: formToken(page), username: email, password: PASSWORD });
  const posted = await browser.follow(formAction(page, login.domain), CALLBACK, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: form,
  });
  const callback = posted.stoppedAt;
  if (!callback) throw new Error(`Not sent back: ${posted.response.status} ${await posted.response.text()}`);
  return { code: callback.searchParams.get('code') ?? '', verifier, callback, browser };
}

function token(body: Record<string, string>, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(new URL('/oauth2/token', login.domain), {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(body),
  });
}

const exchange = (code: string, verifier: string, overrides: Record<string, string> = {}) =>
  token({ grant_type: 'authorization_code', client_id: pool.clientId, code, redirect_uri: CALLBACK, code_verifier: verifier, ...overrides });

interface Tokens {
  access_token: string;
  id_token?: string;
  refresh_token?: string;
  token_type: string;
  expires_in: number;
}

describe('authorization code with PKCE through the managed login page', () => {
  it('sends the code and the state back, and the code buys pool tokens the demo API accepts', async () => {
    const { code, verifier, callback } = await signInForCode(undefined, { nonce: 'nonce-1', scope: 'openid email aws.cognito.signin.user.admin' });
    expect(callback.searchParams.get('state')).toBe('state-1');
    const response = await exchange(code, verifier);
    expect(response.status).toBe(200);
    const tokens = (await response.json()) as Tokens;
    expect(tokens.token_type).toBe('Bearer');
    expect(tokens.expires_in).toBe(3600);
    expect(typeof tokens.refresh_token).toBe('string');
    const verified = await createAccessTokenVerifier({ issuer: pool.issuer, clientIds: [pool.clientId] }).verify(tokens.access_token);
    expect(verified.scope).toBe('openid email aws.cognito.signin.user.admin');
    expect(hasEmulatorSignature(tokens.id_token!)).toBe(true);
    expect(decodeJwtPayload(tokens.id_token)).toMatchObject({ nonce: 'nonce-1', aud: pool.clientId, iss: pool.issuer, email, token_use: 'id' });
    // The access token works with the API too: it carries aws.cognito.signin.user.admin.
    const user = await callCognito(emulator.endpoint, 'GetUser', { AccessToken: tokens.access_token });
    expect(user).toMatchObject({ status: 200, body: { Username: verified.username } });
  });

  it('gives no id token without the openid scope, and an access token the API refuses without aws.cognito.signin.user.admin', async () => {
    const { code, verifier } = await signInForCode(undefined, { scope: 'email' });
    const tokens = (await (await exchange(code, verifier)).json()) as Tokens;
    expect(tokens.id_token).toBeUndefined();
    expect(await callCognito(emulator.endpoint, 'GetUser', { AccessToken: tokens.access_token })).toMatchObject({
      status: 400,
      body: { __type: 'NotAuthorizedException', message: 'Access Token does not have required scopes' },
    });
  });

  it('shows the password error on the page, announced', async () => {
    const browser = new OAuthBrowser();
    const started = await browser.follow(authorizeUrl(), CALLBACK);
    const page = await started.response.text();
    const posted = await browser.request(formAction(page, login.domain), {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ _csrf: formToken(page), username: email, password: 'Wrong-password-1' }),
    });
    expect(posted.status).toBe(400);
    expect(await posted.text()).toContain('<p role="alert" id="login-error">Incorrect username or password.</p>');
  });

  it('sends a signed-in browser straight back with a new code (the managed login session)', async () => {
    const { browser } = await signInForCode();
    const again = await browser.follow(authorizeUrl({ state: 'state-2' }), CALLBACK);
    expect(again.stoppedAt?.searchParams.get('state')).toBe('state-2');
    expect(again.stoppedAt?.searchParams.get('code')).toBeTruthy();
  });
});

describe('/oauth2/authorize errors', () => {
  it('shows an error page, redirecting nowhere, for a redirect_uri that is not a callback URL of the client', async () => {
    const response = await fetch(authorizeUrl({ redirect_uri: 'http://localhost:5173/other' }), { redirect: 'manual' });
    expect(response.status).toBe(400);
    expect(response.headers.get('location')).toBeNull();
    expect(await response.text()).toContain('redirect_mismatch');
  });

  it('shows an error page for an unknown client', async () => {
    const response = await fetch(authorizeUrl({ client_id: 'nope' }), { redirect: 'manual' });
    expect(response.status).toBe(400);
    expect(response.headers.get('location')).toBeNull();
  });

  it('redirects error=unauthorized_client for a client whose OAuth settings are off (set with admin.updateOAuthClient)', async () => {
    await emulator.admin.updateOAuthClient(pool.userPoolId, pool.shortClientId, {
      CallbackURLs: [CALLBACK],
      AllowedOAuthFlows: ['code'],
      AllowedOAuthScopes: ['openid'],
      AllowedOAuthFlowsUserPoolClient: false,
    });
    expect(await emulator.admin.oauthClient(pool.shortClientId)).toMatchObject({ CallbackURLs: [CALLBACK], AllowedOAuthFlowsUserPoolClient: false });
    const response = await fetch(authorizeUrl({ client_id: pool.shortClientId }), { redirect: 'manual' });
    expect(response.status).toBe(302);
    expect(new URL(response.headers.get('location')!).searchParams.get('error')).toBe('unauthorized_client');
  });

  it.each([
    [{ code_challenge: pkcePair().challenge, code_challenge_method: 'plain' }, 'invalid_request'],
    [{ scope: 'openid phone' }, 'invalid_scope'],
    [{ response_type: 'id_token' }, 'unsupported_response_type'],
    [{ identity_provider: 'Nobody' }, 'invalid_request'],
  ])('redirects %o back with error=%s and the state', async (params, error) => {
    const response = await fetch(authorizeUrl(params as Record<string, string>), { redirect: 'manual' });
    expect(response.status).toBe(302);
    const location = new URL(response.headers.get('location')!);
    expect(location.origin + location.pathname).toBe(CALLBACK);
    expect(location.searchParams.get('error')).toBe(error);
    expect(location.searchParams.get('state')).toBe('state-1');
    expect(location.searchParams.get('code')).toBeNull();
  });
});

describe('/oauth2/token errors (HTTP 400, JSON)', () => {
  const expectError = async (response: Response, error: string) => {
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: string }).error).toBe(error);
  };

  it('refuses a wrong PKCE verifier, and the code is used up by the attempt', async () => {
    const { code, verifier } = await signInForCode();
    await expectError(await exchange(code, pkcePair().verifier), 'invalid_grant');
    await expectError(await exchange(code, verifier), 'invalid_grant');
  });

  it('refuses a code without its verifier', async () => {
    const { code } = await signInForCode();
    const response = await token({ grant_type: 'authorization_code', client_id: pool.clientId, code, redirect_uri: CALLBACK });
    await expectError(response, 'invalid_grant');
  });

  it('refuses a replayed code', async () => {
    const { code, verifier } = await signInForCode();
    expect((await exchange(code, verifier)).status).toBe(200);
    await expectError(await exchange(code, verifier), 'invalid_grant');
  });

  it('refuses a code after its five minutes', async () => {
    const { code, verifier } = await signInForCode();
    emulator.clock.advance(300_000);
    await expectError(await exchange(code, verifier), 'invalid_grant');
  });

  it('refuses a redirect_uri other than the one the code was issued for', async () => {
    const { code, verifier } = await signInForCode();
    await expectError(await exchange(code, verifier, { redirect_uri: 'http://localhost:5173/other' }), 'invalid_grant');
  });

  it('refuses an unknown client (invalid_client), a client without the code grant (unauthorized_client), an unknown grant type', async () => {
    const { code, verifier } = await signInForCode();
    await expectError(await exchange(code, verifier, { client_id: 'unknown-client' }), 'invalid_client');
    await expectError(await exchange(code, verifier, { client_id: pool.shortClientId }), 'unauthorized_client');
    await expectError(await token({ grant_type: 'password', client_id: pool.clientId }), 'unsupported_grant_type');
    await expectError(await token({ grant_type: 'authorization_code', client_id: pool.clientId, redirect_uri: CALLBACK }), 'invalid_request');
  });

  it('answers a browser preflight from the app origin (CORS)', async () => {
    const response = await fetch(new URL('/oauth2/token', login.domain), {
      method: 'OPTIONS',
      headers: { Origin: 'http://localhost:5173', 'Access-Control-Request-Method': 'POST' },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
  });
});

describe('refresh, revoke, userInfo and logout', () => {
  async function tokens(): Promise<Tokens> {
    const { code, verifier } = await signInForCode(undefined, { scope: 'openid email profile' });
    return (await (await exchange(code, verifier)).json()) as Tokens;
  }
  const userInfo = (accessToken: string) => fetch(new URL('/oauth2/userInfo', login.domain), { headers: { Authorization: `Bearer ${accessToken}` } });
  const revoke = (refreshToken: string) =>
    fetch(new URL('/oauth2/revoke', login.domain), {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ token: refreshToken, client_id: pool.clientId }),
    });

  it('refreshes with the refresh_token grant, keeping the scopes, and through the API as well', async () => {
    const first = await tokens();
    const response = await token({ grant_type: 'refresh_token', client_id: pool.clientId, refresh_token: first.refresh_token! });
    expect(response.status).toBe(200);
    const refreshed = (await response.json()) as Tokens;
    expect(refreshed.refresh_token).toBeUndefined();
    expect(decodeJwtPayload(refreshed.access_token)?.scope).toBe('openid email profile');
    expect(decodeJwtPayload(refreshed.access_token)?.jti).not.toBe(decodeJwtPayload(first.access_token)?.jti);
    const viaApi = await callCognito(emulator.endpoint, 'GetTokensFromRefreshToken', { ClientId: pool.clientId, RefreshToken: first.refresh_token });
    expect(viaApi.status).toBe(200);
    expect(decodeJwtPayload((viaApi.body.AuthenticationResult as { IdToken: string }).IdToken)?.email).toBe(email);
    // The session's scopes stay, however it is refreshed (the emulator alone would say aws.cognito.signin.user.admin).
    expect(decodeJwtPayload((viaApi.body.AuthenticationResult as { AccessToken: string }).AccessToken)?.scope).toBe('openid email profile');
    const viaInitiateAuth = await callCognito(emulator.endpoint, 'InitiateAuth', {
      AuthFlow: 'REFRESH_TOKEN_AUTH',
      ClientId: pool.clientId,
      AuthParameters: { REFRESH_TOKEN: first.refresh_token },
    });
    expect(decodeJwtPayload((viaInitiateAuth.body.AuthenticationResult as { AccessToken: string }).AccessToken)?.scope).toBe('openid email profile');
  });

  it('answers userInfo with the attributes the scopes allow', async () => {
    const { access_token } = await tokens();
    const response = await userInfo(access_token);
    expect(response.status).toBe(200);
    const info = (await response.json()) as Record<string, string>;
    expect(info).toMatchObject({ email, email_verified: 'true' });
    expect(info.sub).toBe(decodeJwtPayload(access_token)?.sub);
    const refused = await userInfo(`${access_token}x`);
    expect(refused.status).toBe(401);
    expect(refused.headers.get('www-authenticate')).toContain('invalid_token');
  });

  it('revokes the refresh token: refresh refused at the token endpoint and the API, userInfo refused', async () => {
    const { refresh_token, access_token } = await tokens();
    const revoked = await revoke(refresh_token!);
    expect(revoked.status).toBe(200);
    const refresh = await token({ grant_type: 'refresh_token', client_id: pool.clientId, refresh_token: refresh_token! });
    expect(refresh.status).toBe(400);
    expect(((await refresh.json()) as { error: string }).error).toBe('invalid_grant');
    expect(await callCognito(emulator.endpoint, 'GetTokensFromRefreshToken', { ClientId: pool.clientId, RefreshToken: refresh_token })).toMatchObject({
      status: 400,
      body: { __type: 'NotAuthorizedException', message: 'Refresh Token has been revoked' },
    });
    expect((await userInfo(access_token)).status).toBe(401);
  });

  it('refuses to revoke an access token (unsupported_token_type)', async () => {
    const { access_token } = await tokens();
    const response = await revoke(access_token);
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: string }).error).toBe('unsupported_token_type');
  });

  it('logs out: only to a listed logout_uri, and the managed login session is over', async () => {
    const { browser } = await signInForCode();
    const logout = (logoutUri: string) => `${login.domain}/logout?${new URLSearchParams({ client_id: pool.clientId, logout_uri: logoutUri }).toString()}`;
    const refused = await browser.request(logout('http://localhost:5173/elsewhere'));
    expect(refused.status).toBe(400);
    expect(refused.headers.get('location')).toBeNull();
    const left = await browser.request(logout(SIGNED_OUT));
    expect(left.status).toBe(302);
    expect(left.headers.get('location')).toBe(SIGNED_OUT);
    // No session any more: the authorize request goes to the login page instead of back with a code.
    const again = await browser.follow(authorizeUrl(), CALLBACK);
    expect(again.stoppedAt).toBeUndefined();
    expect(await again.response.text()).toContain('<h1>Sign in</h1>');
  });
});
