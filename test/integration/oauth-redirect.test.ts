import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/core/config';
import { AuthError } from '../../src/core/errors';
import { createLazyTransport } from '../../src/core/lazy-transport';
import { createOAuthFlows, type BrowserSeams } from '../../src/core/oauth/oauth-flows';
import type { OAuthFlows } from '../../src/core/oauth/oauth-flows-api';
import { createSessionEngine, type SessionEngine } from '../../src/core/session-engine';
import { createMemoryStorage, type StorageAdapter } from '../../src/core/storage';
import { systemTimers } from '../../src/core/timers';
import { startFaultProxy } from '../support/fault-proxy';
import { formAction, formToken, OAuthBrowser } from '../harness/oauth-browser';
import { confirmedUser, startEmulatorFixture, strongPassword, type EmulatorFixture } from '../support/emulator-fixture';

// The kit's OAuth flows (src/core/oauth) against the emulated managed login domain over HTTP: the authorize URL it
// builds is followed through the login page as a browser would; the way back is handed to the flows. One emulator.

const APP = 'http://localhost:5173';
const CALLBACK = `${APP}/auth/callback`;
const SIGNED_OUT = `${APP}/signed-out`;
let fixture: EmulatorFixture;
let domain: string;
let email: string;

beforeAll(async () => {
  fixture = await startEmulatorFixture(3);
  ({ domain } = await fixture.emulator.managedLogin.start({
    userPoolId: fixture.pool.userPoolId,
    clientId: fixture.pool.shortClientId,
    callbackUrls: [CALLBACK],
    logoutUrls: [SIGNED_OUT],
  }));
  email = await confirmedUser(fixture, 'hosted');
});
afterAll(() => fixture?.emulator.stop());

interface Tab {
  engine: SessionEngine;
  flows: OAuthFlows;
  navigated: string[];
  replaced: string[];
  pending: StorageAdapter;
  browser: OAuthBrowser;
}

/**
 * A tab of the app on `page`: the real session engine and OAuth flows, the browser's parts recorded. `endpoint`,
 * `issuer` and `storage`: an app whose Cognito API goes through a backend of its own.
 */
function openTab(
  page = `${APP}/orders?tab=2`,
  browser = new OAuthBrowser(),
  { endpoint, issuer, storage = createMemoryStorage() }: { endpoint?: string; issuer?: string; storage?: StorageAdapter } = {},
): Tab {
  const resolved = resolveConfig(fixture.config({ short: true, storage, ...(endpoint ? { endpoint } : {}) }));
  const engine = createSessionEngine(resolved, systemTimers, createLazyTransport(resolved));
  const navigated: string[] = [];
  const replaced: string[] = [];
  const pending = createMemoryStorage();
  const seams: BrowserSeams = { pendingStorage: pending, location: () => page, navigate: (url) => navigated.push(url), replaceUrl: (path) => replaced.push(path) };
  const flows = createOAuthFlows(engine, { domain, redirectSignIn: CALLBACK, redirectSignOut: SIGNED_OUT, scopes: ['openid', 'email', 'profile'], issuer }, seams);
  return { engine, flows, navigated, replaced, pending, browser };
}

/** Storage whose every key can be listed: to show that nothing was written. */
function listedStorage(): StorageAdapter & { keys(): string[] } {
  const items = new Map<string, string>();
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
    keys: () => [...items.keys()],
  };
}

/** "Continue": the authorize URL the kit built, through the login page (or straight back when signed in there). */
async function throughLoginPage(tab: Tab): Promise<URL> {
  await tab.flows.signInWithRedirect();
  const authorize = tab.navigated.at(-1)!;
  const started = await tab.browser.follow(authorize, CALLBACK);
  if (started.stoppedAt) return started.stoppedAt;
  const page = await started.response.text();
  const posted = await tab.browser.follow(formAction(page, domain), CALLBACK, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ _csrf: formToken(page), username: email, password: strongPassword }),
  });
  if (!posted.stoppedAt) throw new Error(`not sent back: ${posted.response.status}`);
  return posted.stoppedAt;
}

async function refusal(run: Promise<unknown>): Promise<AuthError> {
  const error = await run.then(
    () => new Error('resolved'),
    (e: unknown) => e,
  );
  if (!(error instanceof AuthError)) throw error;
  return error;
}

const refreshGrant = (refreshToken: string) =>
  fetch(`${domain}/oauth2/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'refresh_token', client_id: fixture.pool.shortClientId, refresh_token: refreshToken }),
  });

describe('sign-in by redirect against the managed login domain', () => {
  it('asks with PKCE S256, state and nonce; the way back signs in, cleans the URL and returns to the page it started from', async () => {
    const tab = openTab();
    const callback = await throughLoginPage(tab);
    const authorize = new URL(tab.navigated[0]!).searchParams;
    expect(authorize.get('code_challenge_method')).toBe('S256');
    expect(callback.searchParams.get('state')).toBe(authorize.get('state'));
    const result = await tab.flows.handleRedirectCallback(callback.toString());
    expect(result?.returnTo).toBe('/orders?tab=2');
    expect(result?.session.user.email).toBe(email);
    expect(result?.session.user.nonce).toBe(authorize.get('nonce'));
    expect(tab.engine.store.getState().status).toBe('signedIn');
    expect(tab.replaced).toEqual(['/auth/callback', '/orders?tab=2']);
    expect(tab.flows.getRedirectStatus().status).toBe('done');
  });

  it('refreshes the session from the redirect through the Cognito API, as any sign-in (3 s tokens)', async () => {
    const tab = openTab();
    const first = await tab.flows.handleRedirectCallback((await throughLoginPage(tab)).toString());
    const refreshed = await tab.engine.refresh();
    expect(refreshed.tokens.accessToken).not.toBe(first?.session.tokens.accessToken);
    expect(refreshed.user.email).toBe(email);
  });

  it('sign-out revokes the refresh token at /oauth2/revoke, then leaves through /logout, which ends the managed login session', async () => {
    const tab = openTab();
    const signedIn = await tab.flows.handleRedirectCallback((await throughLoginPage(tab)).toString());
    // Signed in at the managed login: a second "Continue" comes straight back without the login page.
    const again = await tab.browser.follow((await (async () => (await tab.flows.signInWithRedirect(), tab.navigated.at(-1)!))()), CALLBACK);
    expect(again.stoppedAt?.searchParams.get('code')).toBeTruthy();
    await tab.flows.signOut();
    expect(tab.engine.store.getState().status).toBe('signedOut');
    const logout = new URL(tab.navigated.at(-1)!);
    expect(logout.origin + logout.pathname).toBe(`${domain}/logout`);
    expect(Object.fromEntries(logout.searchParams)).toEqual({ client_id: fixture.pool.shortClientId, logout_uri: SIGNED_OUT });
    const refused = await refreshGrant(signedIn!.session.tokens.refreshToken);
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as { error: string }).error).toBe('invalid_grant');
    const left = await tab.browser.follow(logout.toString(), SIGNED_OUT);
    expect(left.stoppedAt?.toString()).toBe(SIGNED_OUT);
    await tab.flows.signInWithRedirect();
    const afterLogout = await tab.browser.follow(tab.navigated.at(-1)!, CALLBACK);
    expect(afterLogout.stoppedAt).toBeUndefined();
    expect(formToken(await afterLogout.response.text())).toBeTruthy();
  });

  it('refuses a tampered state with the possible-CSRF message and exchanges nothing (the code still works after)', async () => {
    const tab = openTab();
    const callback = await throughLoginPage(tab);
    const tampered = new URL(callback);
    tampered.searchParams.set('state', `${callback.searchParams.get('state')!.slice(0, -2)}xx`);
    const error = await refusal(tab.flows.handleRedirectCallback(tampered.toString()));
    expect(error.code).toBe('oauthStateMismatch');
    expect(error.message).toMatch(/nothing was signed in/);
    expect(tab.engine.store.getState().status).toBe('signedOut');
    expect(tab.replaced).toEqual(['/auth/callback']);
    // Codes are single use: had the kit sent it, this exchange would fail.
    const result = await tab.flows.handleRedirectCallback(callback.toString());
    expect(result?.session.user.email).toBe(email);
  });

  it('refuses a replayed code (a fresh, valid state does not make it usable)', async () => {
    const tab = openTab();
    const callback = await throughLoginPage(tab);
    await tab.flows.handleRedirectCallback(callback.toString());
    await tab.flows.signOut({ redirect: false });
    await tab.flows.signInWithRedirect();
    const freshState = new URL(tab.navigated.at(-1)!).searchParams.get('state')!;
    const replay = new URL(callback);
    replay.searchParams.set('state', freshState);
    const error = await refusal(tab.flows.handleRedirectCallback(replay.toString()));
    expect(error.code).toBe('oauthCodeRejected');
    expect(tab.engine.store.getState().status).toBe('signedOut');
  });

  it('refuses the code when the PKCE verifier is not the one its challenge was made from', async () => {
    const tab = openTab();
    const callback = await throughLoginPage(tab);
    const key = `rck.${fixture.pool.shortClientId}.oauth.${callback.searchParams.get('state')}`;
    const stored = JSON.parse(tab.pending.getItem(key)!) as { codeVerifier: string };
    tab.pending.setItem(key, JSON.stringify({ ...stored, codeVerifier: `${stored.codeVerifier.slice(0, -4)}AAAA` }));
    const error = await refusal(tab.flows.handleRedirectCallback(callback.toString()));
    expect(error.code).toBe('oauthCodeRejected');
    expect(tab.engine.store.getState().status).toBe('signedOut');
  });

  it('says the user declined for error=access_denied, with the provider text, and sends nothing', async () => {
    const tab = openTab();
    await tab.flows.signInWithRedirect();
    const state = new URL(tab.navigated[0]!).searchParams.get('state')!;
    const error = await refusal(tab.flows.handleRedirectCallback(`${CALLBACK}?error=access_denied&error_description=User+cancelled&state=${state}`));
    expect(error.code).toBe('oauthDeclined');
    expect(error.message).toMatch(/You declined.*\(User cancelled\)/);
    expect(tab.flows.getRedirectStatus()).toMatchObject({ status: 'error', error: { code: 'oauthDeclined' } });
    // Back where the sign-in started, where the sign-in screen shows the message.
    expect(tab.replaced).toEqual(['/orders?tab=2']);
  });
});

describe('oauth.issuer: an endpoint that proxies Cognito (#15)', () => {
  // The app's backend in front of the Cognito API: tokens still come from the pool, whose issuer is not the proxy.
  let proxy: Awaited<ReturnType<typeof startFaultProxy>>;
  beforeAll(async () => {
    proxy = await startFaultProxy(fixture.emulator.endpoint);
  });
  afterAll(() => proxy?.stop());
  const poolIssuer = () => `${fixture.emulator.endpoint}/${fixture.pool.userPoolId}`;

  it('without oauth.issuer the id token is refused, with the fix in the message, and nothing is stored', async () => {
    const storage = listedStorage();
    const tab = openTab(undefined, undefined, { endpoint: proxy.endpoint, storage });
    const error = await refusal(tab.flows.handleRedirectCallback((await throughLoginPage(tab)).toString()));
    expect(error.code).toBe('oauthTokenRejected');
    expect(error.message).toContain(`issuer "${poolIssuer()}" is not "${proxy.endpoint}/${fixture.pool.userPoolId}": set oauth.issuer`);
    expect(tab.engine.store.getState().status).toBe('signedOut');
    expect(storage.keys()).toEqual([]);
  });

  it("an oauth.issuer that is not the tokens' (AWS's address for a pool the emulator runs) is refused the same way", async () => {
    const storage = listedStorage();
    const aws = `https://cognito-idp.${fixture.pool.userPoolId.split('_')[0]}.amazonaws.com/${fixture.pool.userPoolId}`;
    const tab = openTab(undefined, undefined, { endpoint: proxy.endpoint, storage, issuer: aws });
    const error = await refusal(tab.flows.handleRedirectCallback((await throughLoginPage(tab)).toString()));
    expect(error.code).toBe('oauthTokenRejected');
    expect(error.message).toContain(`issuer "${poolIssuer()}" is not "${aws}"`);
    expect(tab.engine.store.getState().status).toBe('signedOut');
    expect(storage.keys()).toEqual([]);
  });

  it("an oauth.issuer of another pool is refused as the flows start, naming this pool's", () => {
    const other = `${fixture.emulator.endpoint}/${fixture.pool.userPoolId}x`;
    expect(() => openTab(undefined, undefined, { endpoint: proxy.endpoint, issuer: other })).toThrow(
      new RegExp(`oauth\\.issuer "${other.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}" is not the issuer of user pool ${fixture.pool.userPoolId}`),
    );
  });

  it('with oauth.issuer set to the pool, the redirect signs in through the proxy and the session refreshes through it', async () => {
    const tab = openTab(undefined, undefined, { endpoint: proxy.endpoint, issuer: poolIssuer() });
    const result = await tab.flows.handleRedirectCallback((await throughLoginPage(tab)).toString());
    expect(result?.session.user.email).toBe(email);
    expect(tab.engine.store.getState().status).toBe('signedIn');
    proxy.clearLog();
    await tab.engine.refresh();
    expect(proxy.log().some((request) => request.refresh)).toBe(true);
  });
});
