import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeJwtPayload } from '../support/access-token';
import { startCognitoEmulator, type CognitoEmulator, type EmulatorPool, type ManagedLoginDomain } from '../support/cognito-emulator';
import { startExampleIdp, type ExampleIdp } from '../support/example-idp';
import { OAuthBrowser, pkcePair } from './oauth-browser';
import { callCognito } from './sdk-client';

// Federation through the managed login domain to a real OpenID provider (oidc-provider, test/support/example-idp.ts):
// the IdP's own sign-in page, /oauth2/idpresponse, the pool user `ExampleIdP_<sub>` with the identities claim.

const CALLBACK = 'http://localhost:5173/';
const IDP_USER = { email: 'federated.person@example.org', password: 'idp-password-1', name: 'Fed Person' };
let emulator: CognitoEmulator;
let pool: EmulatorPool;
let idp: ExampleIdp;
let login: ManagedLoginDomain;

beforeAll(async () => {
  [emulator, idp] = await Promise.all([startCognitoEmulator(), startExampleIdp({ users: [IDP_USER] })]);
  pool = await emulator.createPool();
  login = await emulator.managedLogin.start({
    userPoolId: pool.userPoolId,
    clientId: pool.clientId,
    callbackUrls: [CALLBACK],
    logoutUrls: [CALLBACK],
    identityProviders: [{ ...idp.asIdentityProvider('ExampleIdP'), idpIdentifiers: ['example.org'] }],
  });
});
afterAll(async () => {
  await emulator?.stop();
  await idp?.stop();
});

function authorizeUrl(params: Record<string, string>): string {
  const url = new URL('/oauth2/authorize', login.domain);
  url.search = new URLSearchParams({ response_type: 'code', client_id: pool.clientId, redirect_uri: CALLBACK, state: 'fed-state', ...params }).toString();
  return url.toString();
}

/** Authorize, then the IdP's page: its form action and the browser holding its cookies. */
async function atIdpPage(params: Record<string, string>) {
  const browser = new OAuthBrowser();
  const { response } = await browser.follow(authorizeUrl(params), CALLBACK);
  const html = await response.text();
  const action = /<form method="post" action="([^"]+)"/.exec(html)?.[1];
  if (!action) throw new Error(`Not at the IdP's page:\n${html}`);
  return { browser, html, action: new URL(action, idp.issuer).toString() };
}

async function submitAtIdp(params: Record<string, string>, form: Record<string, string>) {
  const { browser, action } = await atIdpPage(params);
  return browser.follow(action, CALLBACK, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(form),
  });
}

async function federatedTokens(nonce: string) {
  const { verifier, challenge } = pkcePair();
  const back = await submitAtIdp(
    { identity_provider: 'ExampleIdP', code_challenge: challenge, code_challenge_method: 'S256', nonce },
    { action: 'login', email: IDP_USER.email, password: IDP_USER.password },
  );
  expect(back.stoppedAt?.searchParams.get('state')).toBe('fed-state');
  const code = back.stoppedAt?.searchParams.get('code');
  expect(code).toBeTruthy();
  const response = await fetch(new URL('/oauth2/token', login.domain), {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'authorization_code', client_id: pool.clientId, code: code!, redirect_uri: CALLBACK, code_verifier: verifier }),
  });
  expect(response.status).toBe(200);
  return (await response.json()) as { access_token: string; id_token: string; refresh_token: string };
}

describe('sign-in through the Example IdP', () => {
  it('shows the IdP its own sign-in page, then links the user into the pool with the identities claim', async () => {
    const tokens = await federatedTokens('fed-nonce');
    const id = decodeJwtPayload(tokens.id_token)!;
    const [identity] = id.identities as Array<Record<string, unknown>>;
    expect(identity).toMatchObject({ providerName: 'ExampleIdP', providerType: 'OIDC', primary: 'true', issuer: null });
    expect(id['cognito:username']).toBe(`ExampleIdP_${String(identity!.userId)}`);
    expect(id).toMatchObject({ email: IDP_USER.email, nonce: 'fed-nonce', aud: pool.clientId, iss: pool.issuer });
    expect(id['cognito:groups']).toEqual([`${pool.userPoolId}_ExampleIdP`]);
    expect(decodeJwtPayload(tokens.access_token)?.username).toBe(id['cognito:username']);
    // A refresh through the Cognito API keeps the federated identity.
    const refreshed = await callCognito(emulator.endpoint, 'GetTokensFromRefreshToken', { ClientId: pool.clientId, RefreshToken: tokens.refresh_token });
    expect(refreshed.status).toBe(200);
    const refreshedId = decodeJwtPayload((refreshed.body.AuthenticationResult as { IdToken: string }).IdToken)!;
    expect(refreshedId.identities).toEqual(id.identities);
  });

  it('links a second sign-in to the same pool user', async () => {
    const first = decodeJwtPayload((await federatedTokens('n1')).id_token)!;
    const second = decodeJwtPayload((await federatedTokens('n2')).id_token)!;
    expect(second.sub).toBe(first.sub);
    expect(second['cognito:username']).toBe(first['cognito:username']);
  });

  it('passes login_hint on to the IdP, whose page fills it in', async () => {
    const { html } = await atIdpPage({ identity_provider: 'ExampleIdP', login_hint: IDP_USER.email });
    expect(html).toContain(`value="${IDP_USER.email}"`);
  });

  it('goes to the IdP for its idp_identifier too', async () => {
    const { html } = await atIdpPage({ idp_identifier: 'example.org' });
    expect(html).toContain('<h1>Example IdP</h1>');
  });

  it('offers the IdP on the managed login page, with the username filled from login_hint', async () => {
    const response = await fetch(authorizeUrl({ login_hint: 'hinted@example.com' }).replace('/oauth2/authorize', '/login'));
    const html = await response.text();
    expect(html).toContain('>Continue with ExampleIdP</a>');
    expect(html).toContain('value="hinted@example.com"');
  });

  it('sends error=access_denied back to the app when the user cancels at the IdP, with the state and no code', async () => {
    const back = await submitAtIdp({ identity_provider: 'ExampleIdP' }, { action: 'cancel', email: '' });
    expect(back.stoppedAt?.searchParams.get('error')).toBe('access_denied');
    expect(back.stoppedAt?.searchParams.get('state')).toBe('fed-state');
    expect(back.stoppedAt?.searchParams.get('code')).toBeNull();
  });

  it('keeps a wrong IdP password on the IdP page, announced', async () => {
    const back = await submitAtIdp({ identity_provider: 'ExampleIdP' }, { action: 'login', email: IDP_USER.email, password: 'nope' });
    expect(back.stoppedAt).toBeUndefined();
    expect(back.response.status).toBe(400);
    expect(await back.response.text()).toContain('role="alert"');
  });

  it('describes the identity provider through the API as created', async () => {
    const described = await callCognito(emulator.endpoint, 'DescribeIdentityProvider', { UserPoolId: pool.userPoolId, ProviderName: 'ExampleIdP' });
    expect(described).toMatchObject({
      status: 200,
      body: { IdentityProvider: { ProviderType: 'OIDC', ProviderDetails: { oidc_issuer: idp.issuer, client_id: idp.clientId, attributes_request_method: 'GET' } } },
    });
    const duplicate = await callCognito(emulator.endpoint, 'CreateIdentityProvider', {
      UserPoolId: pool.userPoolId,
      ProviderName: 'ExampleIdP',
      ProviderType: 'OIDC',
      ProviderDetails: { client_id: 'x', authorize_scopes: 'openid', oidc_issuer: idp.issuer, attributes_request_method: 'GET' },
    });
    expect(duplicate).toMatchObject({ status: 400, body: { __type: 'DuplicateProviderException' } });
  });
});
