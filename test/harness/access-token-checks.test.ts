import { createPrivateKey, sign, type JsonWebKey } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { decodeJwtPayload } from '../support/access-token';
import { ACCESS_TOKEN_MESSAGES, ACCESS_TOKEN_OPERATIONS } from '../support/access-token-checks';
import { startCognitoEmulator, type CognitoEmulator, type EmulatorPool } from '../support/cognito-emulator';
import { REFRESH_TOKEN_MESSAGES } from '../support/refresh-token-revocation';
import { callCognito } from './sdk-client';

// Cognito's checks of the access token of every token-authorized operation (test/support/access-token-checks.ts):
// the emulator alone only decodes the token, so expired, forged, foreign and revoked tokens all worked.

const PASSWORD = 'Correct-Horse-7-Battery';
const NEW_PASSWORD = 'Battery-Staple-8-Horse';
let emulator: CognitoEmulator;
let pool: EmulatorPool;
/** Access and id tokens live 1 s on its short client: expiry within a test. */
let shortPool: EmulatorPool;
let n = 0;
const email = (label: string) => `${label}.${n++}@example.com`;

interface AuthenticationResult {
  AccessToken: string;
  IdToken: string;
  RefreshToken?: string;
}

const call = (target: string, body: unknown) => callCognito(emulator.endpoint, target, body);

async function signedIn(on: EmulatorPool, clientId: string, address: string): Promise<AuthenticationResult> {
  const answer = await callCognito(emulator.endpoint, 'InitiateAuth', {
    AuthFlow: 'USER_PASSWORD_AUTH',
    ClientId: clientId,
    AuthParameters: { USERNAME: address, PASSWORD },
  });
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  return answer.body.AuthenticationResult as AuthenticationResult;
}

async function newUser(on: EmulatorPool = pool, clientId = on.clientId): Promise<{ address: string; tokens: AuthenticationResult }> {
  const address = email('user');
  await emulator.admin.signUpConfirmed(on.userPoolId, clientId, address, PASSWORD);
  return { address, tokens: await signedIn(on, clientId, address) };
}

const refreshed = async (clientId: string, refreshToken: string) =>
  call('InitiateAuth', { AuthFlow: 'REFRESH_TOKEN_AUTH', ClientId: clientId, AuthParameters: { REFRESH_TOKEN: refreshToken } });

/** Until the emulator's clock (the wall clock) is past the token's `exp`. */
async function untilExpired(token: string): Promise<void> {
  const exp = decodeJwtPayload(token)?.exp;
  if (typeof exp !== 'number') throw new Error('not a JWT with exp');
  await vi.waitFor(
    () => {
      if (Date.now() < exp * 1000) throw new Error('not expired yet');
    },
    { timeout: 5_000, interval: 50 },
  );
}

const refusal = (message: string) => ({ status: 400, body: { __type: 'NotAuthorizedException', message } });

// What an attacker holding the emulator's published key material could not do on AWS, done here to reach the checks
// behind the signature: a token signed with the emulator's own private key (shipped in its package).
function signedByEmulator(claims: Record<string, unknown>): string {
  const require = createRequire(import.meta.url);
  const { jwk } = require('cognito-local/lib/keys/cognitoLocal.private.json') as { jwk: JsonWebKey };
  const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const signingInput = `${encode({ alg: 'RS256', typ: 'JWT', kid: 'CognitoLocal' })}.${encode(claims)}`;
  const signature = sign('sha256', Buffer.from(signingInput), createPrivateKey({ key: jwk, format: 'jwk' }));
  return `${signingInput}.${signature.toString('base64url')}`;
}

/** The same header and signature, another payload. */
function withPayload(token: string, change: (claims: Record<string, unknown>) => Record<string, unknown>): string {
  const [header, , signature] = token.split('.');
  const claims = decodeJwtPayload(token) ?? {};
  return `${header}.${Buffer.from(JSON.stringify(change(claims))).toString('base64url')}.${signature}`;
}

/** A request each operation would accept with a good token (a token check aside, the emulator's own answer). */
const requests: Record<string, (accessToken: string) => Record<string, unknown>> = {
  GetUser: (AccessToken) => ({ AccessToken }),
  UpdateUserAttributes: (AccessToken) => ({ AccessToken, UserAttributes: [{ Name: 'name', Value: 'Changed' }] }),
  DeleteUserAttributes: (AccessToken) => ({ AccessToken, UserAttributeNames: ['name'] }),
  ChangePassword: (AccessToken) => ({ AccessToken, PreviousPassword: PASSWORD, ProposedPassword: NEW_PASSWORD }),
  GetUserAttributeVerificationCode: (AccessToken) => ({ AccessToken, AttributeName: 'email' }),
  VerifyUserAttribute: (AccessToken) => ({ AccessToken, AttributeName: 'email', Code: '123456' }),
  AssociateSoftwareToken: (AccessToken) => ({ AccessToken }),
  VerifySoftwareToken: (AccessToken) => ({ AccessToken, UserCode: '123456' }),
  SetUserMFAPreference: (AccessToken) => ({ AccessToken, SoftwareTokenMfaSettings: { Enabled: false } }),
  SetUserSettings: (AccessToken) => ({ AccessToken, MFAOptions: [] }),
  ListDevices: (AccessToken) => ({ AccessToken }),
  GetUserAuthFactors: (AccessToken) => ({ AccessToken }),
  GlobalSignOut: (AccessToken) => ({ AccessToken }),
  DeleteUser: (AccessToken) => ({ AccessToken }),
};
const operations = Object.keys(requests);

beforeAll(async () => {
  emulator = await startCognitoEmulator();
  pool = await emulator.createPool({ name: 'access-tokens' });
  shortPool = await emulator.createPool({ name: 'access-tokens-short', shortTokenSeconds: 1 });
});

afterAll(async () => {
  await emulator?.stop();
});

describe('the operations checked', () => {
  it('covers every operation the emulator routes whose request reads an AccessToken', () => {
    const require = createRequire(import.meta.url);
    const targetsDir = join(dirname(require.resolve('cognito-local/package.json')), 'lib', 'targets');
    const readingAccessToken = readdirSync(targetsDir)
      .filter((file) => file.endsWith('.js') && /\breq\.AccessToken\b/.test(readFileSync(join(targetsDir, file), 'utf8')))
      .map((file) => file.replace(/\.js$/, '').replace(/^./, (c) => c.toUpperCase()));
    expect(readingAccessToken.length).toBeGreaterThanOrEqual(10);
    for (const target of readingAccessToken) expect(ACCESS_TOKEN_OPERATIONS).toContain(target);
    // And the harness's own (GlobalSignOut) and what the emulator does not route (still refused before "unsupported").
    for (const target of operations) expect(ACCESS_TOKEN_OPERATIONS).toContain(target);
  });
});

describe('a valid access token', () => {
  it('is accepted: the operations run as the emulator runs them', async () => {
    const { tokens } = await newUser();
    const user = await call('GetUser', requests.GetUser!(tokens.AccessToken));
    expect(user.status).toBe(200);
    expect(user.body.Username).toBe(decodeJwtPayload(tokens.AccessToken)?.username);
    expect((await call('UpdateUserAttributes', requests.UpdateUserAttributes!(tokens.AccessToken))).status).toBe(200);
    expect((await call('SetUserMFAPreference', requests.SetUserMFAPreference!(tokens.AccessToken))).status).toBe(200);
    expect((await call('AssociateSoftwareToken', requests.AssociateSoftwareToken!(tokens.AccessToken))).status).toBe(200);
    // Past the token check: the emulator's own answer to a wrong code.
    expect((await call('VerifySoftwareToken', requests.VerifySoftwareToken!(tokens.AccessToken))).body.__type).toBe(
      'CodeMismatchException',
    );
    // Past the token check: the harness's device tracking (no device yet) and its passkeys (none yet).
    expect((await call('ListDevices', requests.ListDevices!(tokens.AccessToken))).body).toEqual({ Devices: [] });
    expect((await call('ListWebAuthnCredentials', { AccessToken: tokens.AccessToken })).body).toEqual({ Credentials: [] });
    expect((await call('ChangePassword', requests.ChangePassword!(tokens.AccessToken))).status).toBe(200);
    expect((await call('GlobalSignOut', requests.GlobalSignOut!(tokens.AccessToken))).status).toBe(200);
  });
});

describe('an expired access token', () => {
  // One user per operation (DeleteUser, GlobalSignOut, ChangePassword must not touch the others), signed in on the
  // client of 1 s tokens; one wait until the last of them has expired.
  const users = new Map<string, { address: string; tokens: AuthenticationResult }>();
  beforeAll(async () => {
    for (const operation of operations) users.set(operation, await newUser(shortPool, shortPool.shortClientId));
    await untilExpired(users.get(operations.at(-1)!)!.tokens.AccessToken);
  });

  it.each(operations)('%s refuses it: NotAuthorizedException "Access Token has expired"', async (operation) => {
    const { address, tokens } = users.get(operation)!;
    expect(await call(operation, requests[operation]!(tokens.AccessToken))).toEqual(refusal(ACCESS_TOKEN_MESSAGES.expired));
    // Nothing happened: the user is still there with the old password (signed in on the client of 1 h tokens, which
    // cannot expire before the next call), and its refresh token still works.
    const again = await signedIn(shortPool, shortPool.clientId, address);
    expect((await call('GetUser', { AccessToken: again.AccessToken })).status).toBe(200);
    expect((await refreshed(shortPool.shortClientId, tokens.RefreshToken!)).status).toBe(200);
  });

  it('is refused even when its payload is changed to a later exp: the signature no longer matches', async () => {
    const { tokens } = users.get('GetUser')!;
    const prolonged = withPayload(tokens.AccessToken, (claims) => ({ ...claims, exp: Math.floor(Date.now() / 1000) + 3600 }));
    expect(await call('GetUser', { AccessToken: prolonged })).toEqual(refusal(ACCESS_TOKEN_MESSAGES.invalid));
  });
});

describe('a token that is not an access token of this user pool', () => {
  it('refuses a forged one (another user in the payload, the signature kept)', async () => {
    const victim = await newUser();
    const attacker = await newUser();
    const victimClaims = decodeJwtPayload(victim.tokens.AccessToken)!;
    const forged = withPayload(attacker.tokens.AccessToken, (claims) => ({
      ...claims,
      sub: victimClaims.sub,
      username: victimClaims.username,
    }));
    for (const operation of ['GetUser', 'UpdateUserAttributes', 'DeleteUser', 'GlobalSignOut']) {
      expect(await call(operation, requests[operation]!(forged))).toEqual(refusal(ACCESS_TOKEN_MESSAGES.invalid));
    }
    expect((await call('GetUser', { AccessToken: victim.tokens.AccessToken })).status).toBe(200);
  });

  it('refuses an id token in its place', async () => {
    const { tokens } = await newUser();
    for (const operation of ['GetUser', 'ChangePassword', 'SetUserMFAPreference']) {
      expect(await call(operation, requests[operation]!(tokens.IdToken))).toEqual(refusal(ACCESS_TOKEN_MESSAGES.invalid));
    }
  });

  it('refuses something that is not a JWT, and an unsigned JWT', async () => {
    const { tokens } = await newUser();
    const [, payload] = tokens.AccessToken.split('.');
    const unsigned = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${payload}.`;
    for (const token of ['not-a-token', 'a.b.c', unsigned]) {
      expect(await call('GetUser', { AccessToken: token })).toEqual(refusal(ACCESS_TOKEN_MESSAGES.invalid));
    }
  });

  it('refuses a token of a user pool at another Cognito (another emulator: same key, another issuer)', async () => {
    const elsewhere = await startCognitoEmulator();
    try {
      const otherPool = await elsewhere.createPool({ name: 'elsewhere' });
      const address = email('elsewhere');
      await elsewhere.admin.signUpConfirmed(otherPool.userPoolId, otherPool.clientId, address, PASSWORD);
      const answer = await callCognito(elsewhere.endpoint, 'InitiateAuth', {
        AuthFlow: 'USER_PASSWORD_AUTH',
        ClientId: otherPool.clientId,
        AuthParameters: { USERNAME: address, PASSWORD },
      });
      const foreign = (answer.body.AuthenticationResult as AuthenticationResult).AccessToken;
      expect((await callCognito(elsewhere.endpoint, 'GetUser', { AccessToken: foreign })).status).toBe(200);
      expect(await call('GetUser', { AccessToken: foreign })).toEqual(refusal(ACCESS_TOKEN_MESSAGES.invalid));
    } finally {
      await elsewhere.stop();
    }
  });

  it('refuses a token whose issuer is not the user pool of its app client', async () => {
    const { tokens } = await newUser(shortPool);
    const claims = decodeJwtPayload(tokens.AccessToken)!;
    expect(claims.iss).toBe(shortPool.issuer);
    // Signed with the emulator's key, but claiming this pool's client under another pool's issuer.
    const crossed = signedByEmulator({ ...claims, iss: pool.issuer });
    expect(await call('GetUser', { AccessToken: crossed })).toEqual(refusal(ACCESS_TOKEN_MESSAGES.invalid));
    // The same claims under the right issuer pass, so it is the issuer that was refused.
    expect((await call('GetUser', { AccessToken: signedByEmulator(claims) })).status).toBe(200);
  });

  it('refuses an access token without the aws.cognito.signin.user.admin scope', async () => {
    const { tokens } = await newUser();
    const claims = decodeJwtPayload(tokens.AccessToken)!;
    expect(claims.scope).toBe('aws.cognito.signin.user.admin');
    const narrow = signedByEmulator({ ...claims, scope: 'openid email' });
    expect(await call('GetUser', { AccessToken: narrow })).toEqual(refusal(ACCESS_TOKEN_MESSAGES.scope));
  });
});

describe('a revoked access token', () => {
  it('GlobalSignOut revokes every access token of the user, on every device; a later sign-in works', async () => {
    const { address, tokens: laptop } = await newUser();
    const phone = await signedIn(pool, pool.clientId, address);
    const phoneRefreshed = (await refreshed(pool.clientId, phone.RefreshToken!)).body.AuthenticationResult as AuthenticationResult;
    const other = await newUser();

    expect(await call('GlobalSignOut', { AccessToken: laptop.AccessToken })).toEqual({ status: 200, body: {} });
    for (const token of [laptop.AccessToken, phone.AccessToken, phoneRefreshed.AccessToken]) {
      for (const operation of ['GetUser', 'UpdateUserAttributes', 'ChangePassword', 'GlobalSignOut']) {
        expect(await call(operation, requests[operation]!(token))).toEqual(refusal(ACCESS_TOKEN_MESSAGES.revoked));
      }
    }
    // Issued after the sign-out (often within the same second): accepted. Other users are not affected.
    const later = await signedIn(pool, pool.clientId, address);
    expect((await call('GetUser', { AccessToken: later.AccessToken })).status).toBe(200);
    expect((await call('GetUser', { AccessToken: other.tokens.AccessToken })).status).toBe(200);
  });

  it('RevokeToken revokes the access tokens issued with that refresh token and refreshed from it, no others', async () => {
    const { address, tokens: first } = await newUser();
    const second = await signedIn(pool, pool.clientId, address);
    const firstRefreshed = (await refreshed(pool.clientId, first.RefreshToken!)).body.AuthenticationResult as AuthenticationResult;

    expect(await call('RevokeToken', { ClientId: pool.clientId, Token: first.RefreshToken })).toEqual({ status: 200, body: {} });
    for (const token of [first.AccessToken, firstRefreshed.AccessToken]) {
      expect(await call('GetUser', { AccessToken: token })).toEqual(refusal(ACCESS_TOKEN_MESSAGES.revoked));
    }
    expect((await call('GetUser', { AccessToken: second.AccessToken })).status).toBe(200);
  });
});

describe('the order of the checks', () => {
  it("reports the API's parameter constraints before the token, and the token before the password policy", async () => {
    const { tokens } = await newUser(shortPool, shortPool.shortClientId);
    await untilExpired(tokens.AccessToken);
    const padded = await call('ChangePassword', { AccessToken: tokens.AccessToken, PreviousPassword: PASSWORD, ProposedPassword: ` ${NEW_PASSWORD}` });
    expect(padded.body.__type).toBe('InvalidParameterException');
    const weak = await call('ChangePassword', { AccessToken: tokens.AccessToken, PreviousPassword: PASSWORD, ProposedPassword: 'weak' });
    expect(weak).toEqual(refusal(ACCESS_TOKEN_MESSAGES.expired));
  });

  it('leaves a request without an AccessToken to the operation (AssociateSoftwareToken may take a Session)', async () => {
    const answer = await call('AssociateSoftwareToken', { Session: 'a-session' });
    expect(answer.body.message).not.toMatch(/Access Token/);
  });
});

describe('refresh token expiry (RefreshTokenValidity, TokenValidityUnits)', () => {
  it('refuses REFRESH_TOKEN_AUTH with NotAuthorizedException "Refresh Token has expired" once it has expired', async () => {
    const created = await call('CreateUserPoolClient', {
      UserPoolId: pool.userPoolId,
      ClientName: 'short-refresh',
      ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
      RefreshTokenValidity: 2,
      TokenValidityUnits: { AccessToken: 'hours', IdToken: 'hours', RefreshToken: 'seconds' },
    });
    const clientId = (created.body.UserPoolClient as { ClientId: string }).ClientId;
    const { address } = await newUser(pool, clientId);
    const tokens = await signedIn(pool, clientId, address);
    const exp = decodeJwtPayload(tokens.RefreshToken)?.exp as number;
    expect(exp - (decodeJwtPayload(tokens.RefreshToken)?.iat as number)).toBe(2);

    expect((await refreshed(clientId, tokens.RefreshToken!)).status).toBe(200);
    await untilExpired(tokens.RefreshToken!);
    expect(await refreshed(clientId, tokens.RefreshToken!)).toEqual(refusal(REFRESH_TOKEN_MESSAGES.expired));
    // The app client's other refresh tokens (days) are unaffected.
    const { tokens: daily } = await newUser();
    expect((await refreshed(pool.clientId, daily.RefreshToken!)).status).toBe(200);
  });
});
