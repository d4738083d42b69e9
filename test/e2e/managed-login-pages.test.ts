import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCognitoEmulator, type CognitoEmulator, type EmulatorPool, type ManagedLoginDomain } from '../support/cognito-emulator';
import { startExampleIdp, type ExampleIdp } from '../support/example-idp';
import { launchChromium } from '../e2e-support/chromium';
import { axeViolations } from '../e2e-support/demo';

// The harness's own pages in Chromium, as the kit's e2e tests will meet them: the Example IdP's sign-in page and the
// managed login page, axe-clean and driven by their labels; cookies of three localhost ports side by side (the app,
// the domain, the IdP); the managed login session kept, then ended by /logout. No kit here: the app is a stub page.

const IDP_USER = { email: 'browser.person@example.org', password: 'idp-password-1' };
const POOL_PASSWORD = 'Correct-Horse-7-Battery';
let emulator: CognitoEmulator;
let idp: ExampleIdp;
let pool: EmulatorPool;
let login: ManagedLoginDomain;
let app: Server;
let appOrigin: string;
let browser: Browser;
let poolEmail: string;

beforeAll(async () => {
  app = createServer((_req, res) => res.writeHead(200, { 'Content-Type': 'text/html' }).end('<!doctype html><title>App</title><h1>App</h1>'));
  await new Promise<void>((resolve) => app.listen(0, '127.0.0.1', resolve));
  appOrigin = `http://localhost:${(app.address() as AddressInfo).port}`;
  [emulator, idp, browser] = await Promise.all([startCognitoEmulator(), startExampleIdp({ users: [IDP_USER] }), launchChromium()]);
  pool = await emulator.createPool();
  poolEmail = 'pool.person@example.com';
  await emulator.admin.signUpConfirmed(pool.userPoolId, pool.clientId, poolEmail, POOL_PASSWORD);
  login = await emulator.managedLogin.start({
    userPoolId: pool.userPoolId,
    clientId: pool.clientId,
    callbackUrls: [`${appOrigin}/`],
    logoutUrls: [`${appOrigin}/`],
    identityProviders: [idp.asIdentityProvider('ExampleIdP')],
  });
});
afterAll(async () => {
  await browser?.close();
  await emulator?.stop();
  await idp?.stop();
  await new Promise((resolve) => app?.close(resolve));
});

const authorize = (params: Record<string, string> = {}) =>
  `${login.domain}/oauth2/authorize?${new URLSearchParams({ response_type: 'code', client_id: pool.clientId, redirect_uri: `${appOrigin}/`, state: 'st', ...params }).toString()}`;

async function backAtApp(page: Page): Promise<URL> {
  await page.waitForURL((url) => url.origin === appOrigin);
  return new URL(page.url());
}

describe('managed login pages in Chromium', () => {
  it('signs in at the Example IdP, keeps the managed login session, and ends it with /logout', async () => {
    const page = await browser.newPage();
    await page.goto(authorize({ identity_provider: 'ExampleIdP' }));
    await expect.poll(() => page.getByRole('heading', { name: 'Example IdP' }).isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Email address').fill(IDP_USER.email);
    await page.getByLabel('Password').fill(IDP_USER.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    const back = await backAtApp(page);
    expect(back.searchParams.get('state')).toBe('st');
    expect(back.searchParams.get('code')).toBeTruthy();

    // Signed in at the domain: straight back with a new code, no page in between.
    await page.goto(authorize({ state: 'again' }));
    expect((await backAtApp(page)).searchParams.get('state')).toBe('again');

    await page.goto(`${login.domain}/logout?${new URLSearchParams({ client_id: pool.clientId, logout_uri: `${appOrigin}/` }).toString()}`);
    await backAtApp(page);
    await page.goto(authorize());
    await expect.poll(() => page.getByRole('heading', { name: 'Sign in' }).isVisible()).toBe(true);
    await page.close();
  });

  it('shows the managed login page accessibly: a wrong password announced, then the pool user signed in', async () => {
    const page = await browser.newPage();
    await page.goto(authorize());
    expect(await axeViolations(page)).toEqual([]);
    await expect.poll(() => page.getByRole('link', { name: 'Continue with ExampleIdP' }).isVisible()).toBe(true);
    await page.getByLabel('Email').fill(poolEmail);
    await page.getByLabel('Password').fill('Wrong-password-9');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toBe('Incorrect username or password.');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('username');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Password').fill(POOL_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    expect((await backAtApp(page)).searchParams.get('code')).toBeTruthy();
    await page.close();
  });
});
