import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_IDP_USER, DEMO_SIGN_IN_PATHS, DEMO_SIGN_OUT_PATHS } from '../../example-app/scripts/demo-managed-login';
import { startDemoStack, type DemoStack } from '../../example-app/scripts/demo-stack';
import { OAuthBrowser, pkcePair } from './oauth-browser';

// The demo's managed login (example-app/scripts/demo-managed-login.ts) without a browser or the app: the Example IdP
// user signs in through the demo pool's domain, and the demo API accepts the federated access token.

const APP_ORIGIN = 'http://127.0.0.1:5999';
let stack: DemoStack;

beforeAll(async () => {
  stack = await startDemoStack({ devServer: false });
  await stack.managedLogin!.allowAppOrigin(APP_ORIGIN);
});
afterAll(() => stack?.stop());

describe('npm start: managed login and the Example IdP', () => {
  it('hands the app the domain and the provider, and allows the app origin on localhost and 127.0.0.1', async () => {
    const login = stack.managedLogin!;
    expect(stack.appEnv()).toMatchObject({ VITE_OAUTH_DOMAIN: login.domain, VITE_OAUTH_PROVIDER: 'ExampleIdP', VITE_OAUTH_PROVIDER_LABEL: 'Example IdP' });
    const client = await stack.emulator!.admin.oauthClient(stack.cognito.clientId);
    for (const origin of ['http://localhost:5999', APP_ORIGIN]) {
      expect(client.CallbackURLs).toEqual(expect.arrayContaining(DEMO_SIGN_IN_PATHS.map((p) => `${origin}${p}`)));
      expect(client.LogoutURLs).toEqual(expect.arrayContaining(DEMO_SIGN_OUT_PATHS.map((p) => `${origin}${p}`)));
    }
    expect(client).toMatchObject({ AllowedOAuthFlows: ['code'], AllowedOAuthFlowsUserPoolClient: true, SupportedIdentityProviders: ['COGNITO', 'ExampleIdP'] });
  });

  it('signs the Example IdP user in, and the demo API accepts the access token', async () => {
    const login = stack.managedLogin!;
    const callback = `${APP_ORIGIN}/`;
    const browser = new OAuthBrowser();
    const { verifier, challenge } = pkcePair();
    const authorize = new URL('/oauth2/authorize', login.domain);
    authorize.search = new URLSearchParams({
      response_type: 'code',
      client_id: stack.cognito.clientId,
      redirect_uri: callback,
      identity_provider: 'ExampleIdP',
      state: 's',
      code_challenge: challenge,
      code_challenge_method: 'S256',
    }).toString();
    const page = await browser.follow(authorize.toString(), callback);
    const action = /<form method="post" action="([^"]+)"/.exec(await page.response.text())?.[1];
    expect(action).toBeTruthy();
    const back = await browser.follow(new URL(action!, login.idpIssuer).toString(), callback, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ action: 'login', email: DEMO_IDP_USER.email, password: DEMO_IDP_USER.password }),
    });
    const code = back.stoppedAt?.searchParams.get('code');
    expect(code).toBeTruthy();
    const tokens = (await (
      await fetch(new URL('/oauth2/token', login.domain), {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ grant_type: 'authorization_code', client_id: stack.cognito.clientId, code: code!, redirect_uri: callback, code_verifier: verifier }),
      })
    ).json()) as { access_token: string };
    const me = await fetch(`${stack.apiUrl}/api/me`, { headers: { Authorization: `Bearer ${tokens.access_token}` } });
    expect(me.status).toBe(200);
    const { claims } = (await me.json()) as { claims: { username: string; scope: string } };
    expect(claims.username).toMatch(/^ExampleIdP_/);
    expect(claims.scope.split(' ')).toContain('openid');
  });
});
