import { describe, expect, it } from 'vitest';
import { AuthError } from '../../src/core/errors';
import { resolveOAuthConfig, type OAuthConfig } from '../../src/core/oauth-config';
import { authorizeUrl, logoutUrl } from '../../src/core/oauth/authorize-url';
import { cleanedUrl, parseCallback } from '../../src/core/oauth/callback-params';
import { checkIdToken, poolIssuer } from '../../src/core/oauth/id-token-checks';
import { safePath } from '../../src/core/oauth/oauth-flows';
import { base64Url, codeChallenge, randomString } from '../../src/core/oauth/pkce';
import { pendingLifetimeMs, savePending, takePending } from '../../src/core/oauth/redirect-state';
import { createMemoryStorage } from '../../src/core/storage';

const base: OAuthConfig = {
  domain: 'my-app.auth.eu-west-1.amazoncognito.com',
  redirectSignIn: 'https://app.example.com/auth/callback',
  redirectSignOut: 'https://app.example.com/',
  scopes: ['openid', 'email'],
};

function thrown(run: () => unknown): AuthError {
  try {
    run();
  } catch (error) {
    if (error instanceof AuthError) return error;
    throw error;
  }
  throw new Error('did not throw');
}

describe('oauth config', () => {
  it('turns a bare host into https and keeps a full URL (emulators, custom domains) without a trailing slash', () => {
    expect(resolveOAuthConfig(base).domain).toBe('https://my-app.auth.eu-west-1.amazoncognito.com');
    expect(resolveOAuthConfig({ ...base, domain: 'http://localhost:9230/' }).domain).toBe('http://localhost:9230');
  });

  it.each([
    [{ ...base, domain: '' }, /oauth\.domain is missing.*Domain/],
    [{ ...base, domain: 'https://auth.example.com/oauth2/authorize' }, /not an endpoint.*keep "auth\.example\.com"/],
    [{ ...base, redirectSignIn: '/auth/callback' }, /redirectSignIn "\/auth\/callback" is not an absolute URL.*https:\/\/app\.example\.com\/auth\/callback/],
    [{ ...base, redirectSignOut: undefined as unknown as string }, /redirectSignOut is missing.*sign-out URLs/],
    [{ ...base, redirectSignIn: 'https://app.example.com/cb#x' }, /#fragment/],
    [{ ...base, scopes: ['email', 'profile'] }, /must include "openid".*id token/],
    [{ ...base, scopes: ['openid email'] }, /list of scope names/],
    [{ ...base, responseType: 'token' as 'code' }, /only "code"/],
    [{ ...base, issuer: 'cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbC' }, /oauth\.issuer "cognito-idp\.eu-west-1\.amazonaws\.com\/eu-west-1_AbC" is not an issuer URL.*"https:\/\/cognito-idp\.eu-west-1\.amazonaws\.com\/eu-west-1_AbC"/],
    [{ ...base, issuer: 'https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbC?x=1' }, /oauth\.issuer .* is not an issuer URL/],
    [{ ...base, issuer: 42 as unknown as string }, /oauth\.issuer 42 is not an issuer URL/],
    [{ ...base, issuer: 'https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_Other' }, /oauth\.issuer ".*eu-west-1_Other" is not the issuer of user pool eu-west-1_AbC.*"https:\/\/cognito-idp\.eu-west-1\.amazonaws\.com\/eu-west-1_AbC"/],
  ])('refuses %j with a message that names the fix', (config, message) => {
    const error = thrown(() => resolveOAuthConfig(config, 'eu-west-1_AbC'));
    expect(error.code).toBe('invalidConfig');
    expect(error.message).toMatch(message);
  });

  it('issuer: without the pool id, the example names its parts', () => {
    expect(thrown(() => resolveOAuthConfig({ ...base, issuer: 'not a url' })).message).toMatch(/"https:\/\/cognito-idp\.<region>\.amazonaws\.com\/<userPoolId>"\.$/);
  });

  it('issuer: none by default (derived from the endpoint as the flows start), a trailing slash dropped', () => {
    expect(resolveOAuthConfig(base, 'eu-west-1_AbC').issuer).toBeUndefined();
    expect(resolveOAuthConfig({ ...base, issuer: 'https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbC/' }, 'eu-west-1_AbC').issuer).toBe(
      'https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbC',
    );
  });
});

describe('PKCE', () => {
  it('computes the S256 challenge of RFC 7636 appendix B', async () => {
    expect(await codeChallenge('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk')).toBe('E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM');
  });

  it('makes URL-safe random strings of the asked length, different each time', () => {
    const verifier = randomString(48);
    expect(verifier).toMatch(/^[A-Za-z0-9_-]{64}$/);
    expect(randomString()).not.toBe(randomString());
    expect(base64Url(new Uint8Array([251, 255]))).toBe('-_8');
  });
});

describe('authorize URL', () => {
  const resolved = resolveOAuthConfig(base);
  const request = { clientId: 'client-1', state: 'state-abc', nonce: 'nonce-abc', codeChallenge: 'challenge-abc' };

  it('asks for a code with PKCE S256, state, nonce, the scopes and the redirect URL', () => {
    const url = new URL(authorizeUrl(resolved, request));
    expect(url.origin + url.pathname).toBe('https://my-app.auth.eu-west-1.amazoncognito.com/oauth2/authorize');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      response_type: 'code',
      client_id: 'client-1',
      redirect_uri: 'https://app.example.com/auth/callback',
      scope: 'openid email',
      state: 'state-abc',
      nonce: 'nonce-abc',
      code_challenge: 'challenge-abc',
      code_challenge_method: 'S256',
    });
  });

  it('names the provider (identity_provider) or an enterprise identifier (idp_identifier), with login_hint and lang', () => {
    const google = new URL(authorizeUrl(resolved, request, { provider: 'Google', loginHint: 'ada@example.com', lang: 'de' })).searchParams;
    expect([google.get('identity_provider'), google.get('login_hint'), google.get('lang'), google.get('idp_identifier')]).toEqual(['Google', 'ada@example.com', 'de', null]);
    const saml = new URL(authorizeUrl(resolved, request, { idpIdentifier: 'example.com' })).searchParams;
    expect([saml.get('identity_provider'), saml.get('idp_identifier')]).toEqual([null, 'example.com']);
  });

  it('leaves through /logout with the client id and the sign-out URL', () => {
    const url = new URL(logoutUrl(resolved, 'client-1'));
    expect(url.pathname).toBe('/logout');
    expect(Object.fromEntries(url.searchParams)).toEqual({ client_id: 'client-1', logout_uri: 'https://app.example.com/' });
  });
});

describe('callback parser', () => {
  const redirect = 'https://app.example.com/auth/callback';

  it('reads code and state on the redirect URL only', () => {
    expect(parseCallback(`${redirect}?code=abc&state=xyz`, redirect)).toEqual({ kind: 'code', code: 'abc', state: 'xyz' });
    expect(parseCallback(`${redirect}/?code=abc&state=xyz`, redirect)).toEqual({ kind: 'code', code: 'abc', state: 'xyz' });
    expect(parseCallback('https://app.example.com/other?code=abc&state=xyz', redirect)).toBeNull();
    expect(parseCallback('https://evil.example.com/auth/callback?code=abc&state=xyz', redirect)).toBeNull();
    // The app's own query on the same page (a promo code, say) is not a callback: Cognito always sends `state` back.
    expect(parseCallback(`${redirect}?code=PROMO`, redirect)).toBeNull();
    expect(parseCallback(`${redirect}?error=oops`, redirect)).toBeNull();
    expect(parseCallback(redirect, redirect)).toBeNull();
  });

  it('reads error and error_description (access_denied when the user declined)', () => {
    expect(parseCallback(`${redirect}?error=access_denied&error_description=User+cancelled&state=xyz`, redirect)).toEqual({
      kind: 'error',
      error: 'access_denied',
      description: 'User cancelled',
      state: 'xyz',
    });
  });

  it('cleans code, state and the error parameters from the URL, keeping the rest', () => {
    expect(cleanedUrl(`${redirect}?code=abc&state=xyz&tab=2#top`)).toBe('/auth/callback?tab=2#top');
    expect(cleanedUrl(`${redirect}?error=access_denied&error_description=x&state=y`)).toBe('/auth/callback');
  });
});

describe('returnTo', () => {
  const origin = 'https://app.example.com';
  it('keeps a path on this origin, and nothing that would lead elsewhere', () => {
    expect(safePath('/orders?tab=2#top', origin)).toBe('/orders?tab=2#top');
    expect(safePath('https://app.example.com/a', origin)).toBe('/a');
    expect(safePath('https://evil.example/a', origin)).toBe('/');
    // Same origin to URL, but "//evil.example/p" is another host to history.replaceState and routers.
    expect(safePath('/x/..//evil.example/p', origin)).toBe('/');
    expect(safePath('https://app.example.com//evil.example/p', origin)).toBe('/');
    expect(safePath(undefined, origin)).toBe('/');
  });
});

describe('one-time state', () => {
  const pending = { state: 'state-0123456789abcdef', nonce: 'n', codeVerifier: 'v', returnTo: '/orders', createdAt: 1000, expiresAt: 1000 + pendingLifetimeMs };

  it('is taken once: the second read of the same state finds nothing', () => {
    const storage = createMemoryStorage();
    savePending(storage, 'rck.x', pending);
    expect(takePending(storage, 'rck.x', pending.state, 2000)).toEqual(pending);
    expect(takePending(storage, 'rck.x', pending.state, 2000)).toBeNull();
  });

  it('refuses a state it never issued, and one past its expiry (which is spent all the same)', () => {
    const storage = createMemoryStorage();
    savePending(storage, 'rck.x', pending);
    expect(takePending(storage, 'rck.x', 'state-0123456789abcdeX', 2000)).toBeNull();
    expect(takePending(storage, 'rck.x', pending.state, pending.expiresAt + 1)).toBeNull();
    expect(takePending(storage, 'rck.x', pending.state, 2000)).toBeNull();
  });
});

describe('id token checks', () => {
  const jwt = (claims: Record<string, unknown>) => `e30.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.sig`;
  const issuer = poolIssuer('https://cognito-idp.eu-west-1.amazonaws.com/', 'eu-west-1_AbC');
  const good = { iss: issuer, aud: 'client-1', nonce: 'n-1', exp: 2000, sub: 's' };
  const expected = { nonce: 'n-1', clientId: 'client-1', issuer, nowSeconds: 1000 };

  it('accepts the pool, this client, the nonce sent and an unexpired token', () => {
    expect(issuer).toBe('https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbC');
    expect(checkIdToken(jwt(good), expected).sub).toBe('s');
  });

  it.each([
    ['iss', { ...good, iss: 'https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_Other' }, /issuer ".*eu-west-1_Other" is not ".*eu-west-1_AbC": set oauth\.issuer/],
    ['aud', { ...good, aud: 'client-2' }, /audience/],
    ['nonce', { ...good, nonce: 'n-2' }, /nonce/],
    ['exp', { ...good, exp: 100 }, /expired/],
  ])('refuses a wrong %s', (_, claims, detail) => {
    const error = thrown(() => checkIdToken(jwt(claims), expected));
    expect(error.code).toBe('oauthTokenRejected');
    expect(error.message).toMatch(detail);
  });
});
