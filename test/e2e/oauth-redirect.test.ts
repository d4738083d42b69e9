import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectPageProblems, launchChromium } from '../e2e-support/chromium';
import { createOAuthApp } from '../e2e-support/oauth-app';
import { buildQuickstartApp, repoRoot } from '../e2e-support/quickstart-app';
import { serveStatic, type StaticServer } from '../e2e-support/static-server';
import { startCognitoEmulator, type CognitoEmulator, type EmulatorPool } from '../support/cognito-emulator';
import { startExampleIdp, type ExampleIdp } from '../support/example-idp';

// Sign-in by redirect in Chromium (#15): "Continue with Example IdP" → the IdP's own page (oidc-provider) → the
// managed login domain → back on the app, signed in, URL clean, route restored; refresh, a second tab, sign-out
// through /oauth2/revoke and /logout. Refused with their messages, nothing exchanged: tampered state, replayed code,
// wrong PKCE verifier, access_denied. One emulator, one IdP, one browser, one built app for the file.

const TOKEN_SECONDS = 4;
const IDP_USER = { email: `fed.${Date.now().toString(36)}@example.org`, password: 'idp-password-1', name: 'Fed Person' };
const appDir = join(repoRoot, 'test', '.tmp', 'oauth-redirect-app');
let emulator: CognitoEmulator;
let idp: ExampleIdp;
let pool: EmulatorPool;
let site: StaticServer;
let browser: Browser;
let domain: string;

beforeAll(async () => {
  [emulator, idp, browser] = await Promise.all([startCognitoEmulator(), startExampleIdp({ users: [IDP_USER] }), launchChromium()]);
  pool = await emulator.createPool({ name: 'oauth-redirect', shortTokenSeconds: TOKEN_SECONDS });
  site = await serveStatic(await buildQuickstartApp(await createOAuthApp(appDir)));
  ({ domain } = await emulator.managedLogin.start({
    userPoolId: pool.userPoolId,
    clientId: pool.shortClientId,
    callbackUrls: [`${site.url}/auth/callback`],
    logoutUrls: [`${site.url}/signed-out`],
    identityProviders: [idp.asIdentityProvider('ExampleIdP')],
  }));
  const config = {
    userPoolId: pool.userPoolId,
    clientId: pool.shortClientId,
    endpoint: emulator.endpoint,
    oauth: { domain, redirectSignIn: `${site.url}/auth/callback`, redirectSignOut: `${site.url}/signed-out`, scopes: ['openid', 'email', 'profile'] },
  };
  await writeFile(join(appDir, 'dist', 'config.json'), JSON.stringify(config));
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await site?.close();
  await idp?.stop();
  await emulator?.stop();
  if (!process.env.KEEP_E2E_APP) await rm(appDir, { recursive: true, force: true });
}, 60_000);

const status = (page: Page, want: string) =>
  page.waitForFunction((w) => document.querySelector('[data-testid="status"]')?.textContent === w, want, { timeout: 15_000, polling: 'raf' });

/** Every POST to the managed login's token and revoke endpoints a page sends. */
function oauthPosts(context: BrowserContext): string[] {
  const seen: string[] = [];
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (request.method() === 'POST' && url.origin === domain) seen.push(url.pathname);
  });
  return seen;
}

/** "Continue with Example IdP", then the IdP's page when it asks (its own session may skip it). */
async function continueWithIdp(page: Page, answer: 'Sign in' | 'Cancel' = 'Sign in'): Promise<void> {
  await page.getByRole('button', { name: 'Continue with Example IdP' }).click();
  await page.waitForURL((url) => url.origin === idp.issuer || url.origin === site.url, { timeout: 15_000 });
  if (new URL(page.url()).origin !== idp.issuer) return;
  await page.getByRole('heading', { name: 'Example IdP' }).waitFor();
  if (answer === 'Sign in') {
    await page.getByLabel('Email address').fill(IDP_USER.email);
    await page.getByLabel('Password').fill(IDP_USER.password);
  }
  await page.getByRole('button', { name: answer }).click();
}

// Runs before the kit on every page: on the way back, records the callback URL and the tab's pending redirect and,
// when asked, tampers with the state in the URL or the PKCE verifier in sessionStorage (as an attacker or a bug would).
const tamperScript = `(() => {
  const mode = sessionStorage.getItem('e2e.tamper');
  if (!mode || location.pathname !== '/auth/callback' || !location.search.includes('state=')) return;
  sessionStorage.removeItem('e2e.tamper');
  const url = new URL(location.href);
  const key = Object.keys(sessionStorage).find((k) => k.endsWith('.oauth.' + url.searchParams.get('state')));
  sessionStorage.setItem('e2e.callback', url.href);
  sessionStorage.setItem('e2e.pending', JSON.stringify([key, sessionStorage.getItem(key)]));
  if (mode === 'state') {
    url.searchParams.set('state', url.searchParams.get('state').slice(0, -3) + 'abc');
    history.replaceState(null, '', url);
  }
  if (mode === 'verifier') {
    const pending = JSON.parse(sessionStorage.getItem(key));
    sessionStorage.setItem(key, JSON.stringify({ ...pending, codeVerifier: pending.codeVerifier.slice(0, -4) + 'AAAA' }));
  }
})();`;

async function continueTampered(page: Page, mode: 'state' | 'verifier' | 'capture'): Promise<{ callback: string; pending: [string, string] }> {
  await page.evaluate((m) => sessionStorage.setItem('e2e.tamper', m), mode);
  await continueWithIdp(page);
  await page.waitForURL((url) => url.origin === site.url && url.pathname !== '/login', { timeout: 15_000 });
  await page.waitForFunction(() => sessionStorage.getItem('e2e.callback') !== null, undefined, { timeout: 15_000 });
  return page.evaluate(() => ({ callback: sessionStorage.getItem('e2e.callback')!, pending: JSON.parse(sessionStorage.getItem('e2e.pending')!) as [string, string] }));
}

describe('sign-in by redirect (Chromium)', () => {
  it('Continue with Example IdP → the IdP → back signed in, URL clean, route restored; refreshes; a second tab has it; sign-out revokes and ends the managed login session', async () => {
    const context = await browser.newContext();
    const posts = oauthPosts(context);
    const page = await context.newPage();
    const problems = collectPageProblems(page);
    await page.goto(`${site.url}/orders?tab=2`, { waitUntil: 'load' });
    await status(page, 'signedOut');
    await continueWithIdp(page);
    await status(page, 'signedIn');
    expect(page.url()).toBe(`${site.url}/orders?tab=2`);
    await expect.poll(() => page.getByTestId('path').innerText()).toBe('/orders?tab=2');
    expect(await page.getByTestId('email').innerText()).toBe(IDP_USER.email);
    expect(await page.getByTestId('identities').innerText()).toBe('ExampleIdP');
    expect(posts).toEqual(['/oauth2/token']);

    const tokens = () => page.evaluate(() => (window as unknown as { __oauthApp: { tokens(): { accessToken: string; refreshToken: string } | null } }).__oauthApp.tokens());
    const first = (await tokens())!;
    await page.waitForFunction((old) => (window as unknown as { __oauthApp: { tokens(): { accessToken: string } | null } }).__oauthApp.tokens()?.accessToken !== old, first.accessToken, { timeout: TOKEN_SECONDS * 1000 + 5000 });

    const second = await context.newPage();
    await second.goto(`${site.url}/`, { waitUntil: 'load' });
    await status(second, 'signedIn');
    expect(await second.getByTestId('email').innerText()).toBe(IDP_USER.email);
    await second.close();

    const managedLoginCookie = async () => (await context.cookies(domain)).filter((c) => c.name === `cognito-managed-login-${new URL(domain).port}`);
    expect(await managedLoginCookie()).toHaveLength(1);
    const latest = (await tokens())!;
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(`${site.url}/signed-out`, { timeout: 15_000 });
    await status(page, 'signedOut');
    expect(posts).toContain('/oauth2/revoke');
    expect(await managedLoginCookie()).toEqual([]);
    const refused = await fetch(`${domain}/oauth2/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'refresh_token', client_id: pool.shortClientId, refresh_token: latest.refreshToken }),
    });
    expect(refused.status).toBe(400);
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });

  it('refuses, each with its message and nothing exchanged: access_denied, a tampered state, a wrong PKCE verifier, a replayed code', async () => {
    const context = await browser.newContext();
    await context.addInitScript(tamperScript);
    const posts = oauthPosts(context);
    const page = await context.newPage();
    await page.goto(`${site.url}/login`, { waitUntil: 'load' });
    await status(page, 'signedOut');

    await continueWithIdp(page, 'Cancel');
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'You declined' }).count(), { timeout: 15_000 }).toBe(1);
    expect(new URL(page.url()).search).toBe('');
    expect(posts).toEqual([]);

    await page.goto(`${site.url}/login`, { waitUntil: 'load' });
    await continueTampered(page, 'state');
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'nothing was signed in' }).count(), { timeout: 15_000 }).toBe(1);
    expect(page.url()).toBe(`${site.url}/auth/callback`);
    expect(posts).toEqual([]);

    await page.goto(`${site.url}/login`, { waitUntil: 'load' });
    await continueTampered(page, 'verifier');
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'expired or was already used' }).count(), { timeout: 15_000 }).toBe(1);
    await status(page, 'signedOut');
    expect(posts).toEqual(['/oauth2/token']);

    await page.goto(`${site.url}/login`, { waitUntil: 'load' });
    const replay = await continueTampered(page, 'capture');
    await status(page, 'signedIn');
    await page.evaluate(([key, value]) => {
      localStorage.clear();
      sessionStorage.setItem(key, value);
    }, replay.pending);
    await page.goto(replay.callback, { waitUntil: 'load' });
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'expired or was already used' }).count(), { timeout: 15_000 }).toBe(1);
    await status(page, 'signedOut');
    expect(posts).toEqual(['/oauth2/token', '/oauth2/token', '/oauth2/token']);
    await context.close();
  });
});
