import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoStack, type DemoStack } from '../../example-app/scripts/demo-stack';
import { forgeJwt, jwtParts, passwordSignIn, tamperJwt, type CognitoTokens } from '../e2e-support/demo';

// The demo API on its own: every /api route verifies the Cognito access token with aws-jwt-verify against the
// emulator's issuer and JWKS, and refuses what a real API must refuse.

const TOKEN_SECONDS = 3;

let stack: DemoStack;
let demoTokens: CognitoTokens;
let adminTokens: CognitoTokens;

const get = (path: string, token?: string, headers: Record<string, string> = {}) =>
  fetch(`${stack.apiUrl}${path}`, { headers: { ...headers, ...(token ? { Authorization: `Bearer ${token}` } : {}) } });

async function expectRefused(response: Response, status: number, error: string): Promise<void> {
  const body = (await response.json()) as { error: string; message: string };
  expect({ status: response.status, error: body.error }).toEqual({ status, error });
  expect(body.message).toBeTruthy();
}

beforeAll(async () => {
  // No dataDir: a temporary one, removed by stop(). Short tokens, so one expires during the test.
  stack = await startDemoStack({ devServer: false, accessTokenSeconds: TOKEN_SECONDS });
  const { endpoint, clientId } = stack.cognito;
  const users = stack.users!;
  [demoTokens, adminTokens] = await Promise.all([
    passwordSignIn(endpoint!, clientId, users.demo.email, users.demo.password),
    passwordSignIn(endpoint!, clientId, users.admin.email, users.admin.password),
  ]);
});

afterAll(async () => {
  await stack?.stop();
});

describe('the demo API', () => {
  it('answers /api/me with the verified claims of a valid access token', async () => {
    const response = await get('/api/me', demoTokens.AccessToken);
    expect(response.status).toBe(200);
    const { claims } = (await response.json()) as { claims: Record<string, unknown> };
    const expected = jwtParts(demoTokens.AccessToken).payload;
    expect(claims).toMatchObject({ sub: expected.sub, client_id: stack.cognito.clientId, token_use: 'access', iss: stack.cognito.issuer });
  });

  it('answers 401 without a token, and says how to send one', async () => {
    const response = await get('/api/me');
    expect(response.headers.get('www-authenticate')).toMatch(/^Bearer /);
    await expectRefused(response, 401, 'missing_token');
    await expectRefused(await get('/api/me', undefined, { Authorization: 'Basic ZGVtbzpkZW1v' }), 401, 'missing_token');
  });

  it('answers 401 to a token signed with another key (same kid, same claims)', async () => {
    const { header, payload } = jwtParts(demoTokens.AccessToken);
    const forged = forgeJwt(header, payload);
    const response = await get('/api/me', forged);
    expect(response.headers.get('www-authenticate')).toContain('error="invalid_token"');
    await expectRefused(response, 401, 'invalid_token');
  });

  it('answers 401 to a real token whose payload was changed (admin group added)', async () => {
    const tampered = tamperJwt(demoTokens.AccessToken, { 'cognito:groups': ['admin'] });
    await expectRefused(await get('/api/admin', tampered), 401, 'invalid_token');
  });

  it('answers 401 to an unsigned token (alg "none") and to garbage', async () => {
    const { payload } = jwtParts(demoTokens.AccessToken);
    const unsigned = `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${Buffer.from(JSON.stringify(payload)).toString('base64url')}.`;
    await expectRefused(await get('/api/me', unsigned), 401, 'invalid_token');
    await expectRefused(await get('/api/me', 'not-a-jwt'), 401, 'invalid_token');
  });

  it('answers 401 to an id token: only access tokens open the API', async () => {
    await expectRefused(await get('/api/me', demoTokens.IdToken), 401, 'invalid_token');
  });

  it('answers 403 on /api/admin to a user outside the admin group, 200 to the admin', async () => {
    const denied = await get('/api/admin', demoTokens.AccessToken);
    await expectRefused(denied, 403, 'forbidden');
    const allowed = await get('/api/admin', adminTokens.AccessToken);
    expect(allowed.status).toBe(200);
    expect(((await allowed.json()) as { groups: string[] }).groups).toContain('admin');
  });

  it('answers CORS preflights for a bearer token from any origin (no cookies)', async () => {
    const response = await fetch(`${stack.apiUrl}/api/me`, {
      method: 'OPTIONS',
      headers: { Origin: 'http://127.0.0.1:4173', 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'authorization' },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('authorization');
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('lists the emulator\'s codes on /dev/inbox (dev only)', async () => {
    const email = `inbox.${Date.now().toString(36)}@example.com`;
    await stack.emulator!.admin.signUpConfirmed(stack.cognito.userPoolId, stack.cognito.clientId, email, 'Inbox-password-1');
    const response = await fetch(`${stack.apiUrl}/dev/inbox`);
    const { codes } = (await response.json()) as { codes: Array<{ email: string; code: string; kind: string }> };
    expect(codes[0]).toMatchObject({ email, kind: 'SignUp', code: expect.stringMatching(/^\d{6}$/) });
  });

  it(
    'answers 401 once the access token expired',
    async () => {
      const { exp } = jwtParts(demoTokens.AccessToken).payload as { exp: number };
      const wait = exp * 1000 - Date.now() + 1100;
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      const response = await get('/api/me', demoTokens.AccessToken);
      expect(response.headers.get('www-authenticate')).toContain('expired');
      await expectRefused(response, 401, 'token_expired');
    },
    TOKEN_SECONDS * 1000 + 10_000,
  );
});

describe('the demo pool', () => {
  const cognitoCall = async (target: string, body: unknown) => {
    const response = await fetch(stack.cognito.endpoint!, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-amz-json-1.1', 'X-Amz-Target': `AWSCognitoIdentityProviderService.${target}` },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };

  it('rotates refresh tokens with a 5 s grace period, as a pool made today would; REFRESH_TOKEN_AUTH is refused', async () => {
    const tokens = await passwordSignIn(stack.cognito.endpoint!, stack.cognito.clientId, stack.users!.demo.email, stack.users!.demo.password);
    const described = await cognitoCall('DescribeUserPoolClient', { UserPoolId: stack.cognito.userPoolId, ClientId: stack.cognito.clientId });
    expect(described.body.UserPoolClient).toMatchObject({ RefreshTokenRotation: { Feature: 'ENABLED', RetryGracePeriodSeconds: 5 } });
    const refreshed = await cognitoCall('GetTokensFromRefreshToken', { ClientId: stack.cognito.clientId, RefreshToken: tokens.RefreshToken });
    expect(refreshed.status).toBe(200);
    const rotated = (refreshed.body.AuthenticationResult as { RefreshToken?: string }).RefreshToken;
    expect(rotated).toBeTruthy();
    expect(rotated).not.toBe(tokens.RefreshToken);
    const legacy = await cognitoCall('InitiateAuth', { AuthFlow: 'REFRESH_TOKEN_AUTH', ClientId: stack.cognito.clientId, AuthParameters: { REFRESH_TOKEN: rotated } });
    expect(legacy).toMatchObject({ status: 400, body: { __type: 'InvalidParameterException' } });
  });
});
