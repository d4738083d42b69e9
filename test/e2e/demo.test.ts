import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoStack, type DemoStack } from '../../example-app/scripts/demo-stack';
import { collectPageProblems, launchChromium, recordTraffic, secretSeenInDom, watchDomForSecret } from '../e2e-support/chromium';
import { assertKitBuilt, axeViolations, buildDemoApp, codeFromInboxPanel, unexpectedProblems } from '../e2e-support/demo';
import { serveStatic } from '../e2e-support/static-server';
import { isRefresh } from '../support/request-log';

// The demo as `npm start` runs it (same start code: emulator + demo pool and users, token-checking API, Vite dev
// server), with free ports, a temporary data directory and 8-second access tokens, driven in real Chromium. Then
// the production build of the same app, served as static files, against the same API.

const TOKEN_SECONDS = 8;
// Refresh 1 s before expiry: one refresh per 7 s, so "exactly one refresh" has a wide window to be checked in.
const REFRESH_MARGIN_SECONDS = 1;
const UI_TIMEOUT = 30_000;
const PASSWORD = `Demo-e2e-${Date.now().toString(36)}-Secret-9!`;
const NEW_PASSWORD = `Changed-${Date.now().toString(36)}-Secret-8!`;
const RESET_PASSWORD = `Reset-${Date.now().toString(36)}-Secret-7!`;

let stack: DemoStack;
let browser: Browser;

const uniqueEmail = (label: string) => `${label}.${Date.now().toString(36)}.${Math.random().toString(36).slice(2, 7)}@example.com`;
const refreshRequests = () => stack.emulator!.requests.count({ refresh: true });
const h1 = (page: Page, name: string) => page.getByRole('heading', { level: 1, name, exact: true });
const API_REGION = 'The API, with your token';
const path = (page: Page) => new URL(page.url()).pathname;
const nav = (page: Page, name: string) => page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name }).click();

async function waitForPath(page: Page, pathname: string): Promise<void> {
  await page.waitForURL((url) => url.pathname === pathname, { timeout: UI_TIMEOUT });
}

/**
 * Clicks "Call <path> again" in `region` and waits for the new answer on screen (its time changes). Returns the
 * statuses of every response the page got for that path meanwhile (a 401, then the retry's answer, …).
 */
async function callApiAgain(page: Page, regionName: string, apiPath: string): Promise<{ statuses: number[]; body: Record<string, unknown> }> {
  const region = page.getByRole('region', { name: regionName });
  const answeredAt = region.getByRole('status').locator('time');
  const before = await answeredAt.getAttribute('datetime');
  const responses: Response[] = [];
  const onResponse = (response: Response) => {
    if (new URL(response.url()).pathname === apiPath && response.request().method() === 'GET') responses.push(response);
  };
  page.on('response', onResponse);
  try {
    await region.getByRole('button', { name: `Call ${apiPath} again` }).click();
    await expect.poll(() => answeredAt.getAttribute('datetime'), { timeout: UI_TIMEOUT }).not.toBe(before);
  } finally {
    page.off('response', onResponse);
  }
  const last = responses.at(-1);
  if (!last) throw new Error(`No response for ${apiPath}`);
  return { statuses: responses.map((r) => r.status()), body: (await last.json()) as Record<string, unknown> };
}

async function signIn(page: Page, email: string, password: string): Promise<void> {
  const form = page.getByRole('form', { name: 'Sign in' });
  await form.getByLabel('Email', { exact: true }).fill(email);
  await form.getByLabel('Password', { exact: true }).fill(password);
  await form.getByRole('button', { name: 'Sign in', exact: true }).click();
}

async function expectNoPasswordStored(page: Page, password: string): Promise<void> {
  const storage = await page.evaluate(() => JSON.stringify({ local: { ...localStorage }, session: { ...sessionStorage } }));
  expect(storage).not.toContain(password);
  expect(await page.evaluate(() => document.documentElement.outerHTML)).not.toContain(password);
  expect(await secretSeenInDom(page), 'the password appeared in the DOM at some point').toBeUndefined();
}

beforeAll(async () => {
  assertKitBuilt();
  [stack, browser] = await Promise.all([
    startDemoStack({ accessTokenSeconds: TOKEN_SECONDS, refreshMarginSeconds: REFRESH_MARGIN_SECONDS }),
    launchChromium(),
  ]);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
}, 60_000);

describe('the demo app (npm start), in Chromium', () => {
  it(
    'register → inbox code → confirm → dashboard → API across a refresh → admin denied → change password → sign out → back to sign-in → forgot password → admin allowed',
    async () => {
      const context = await browser.newContext();
      try {
        for (const secret of [PASSWORD, NEW_PASSWORD, RESET_PASSWORD]) await watchDomForSecret(context, secret);
        const page = await context.newPage();
        const problems = collectPageProblems(page);
        const traffic = recordTraffic(page);
        const accessibility: string[] = [];
        const checkAccessibility = async (label: string) => {
          for (const violation of await axeViolations(page)) accessibility.push(`${label}: ${violation}`);
        };
        const email = uniqueEmail('journey');
        const count = (target: string, authFlow?: string) => stack.emulator!.requests.count({ target, ...(authFlow ? { authFlow } : {}) });

        await page.goto(stack.url!, { waitUntil: 'load' });
        await h1(page, 'Amazon Cognito in a React app, without Amplify').waitFor({ timeout: 60_000 });
        await checkAccessibility('home');

        // Register: the code arrives in the dev inbox panel, the same one the terminal prints.
        await page.getByRole('banner').getByRole('link', { name: 'Create account' }).click();
        const register = page.getByRole('form', { name: 'Create an account' });
        await register.waitFor({ timeout: UI_TIMEOUT });
        await checkAccessibility('register');
        await register.getByLabel('Email', { exact: true }).fill(email);
        await register.getByLabel('Password', { exact: true }).fill(PASSWORD);
        await register.getByLabel('Confirm password', { exact: true }).fill(PASSWORD);
        await register.getByRole('button', { name: 'Create account', exact: true }).click();
        const codeField = page.getByLabel('Verification code', { exact: true });
        await codeField.waitFor({ timeout: UI_TIMEOUT });
        const code = await codeFromInboxPanel(page, email, 'Sign-up code');
        expect(code).toBe(stack.emulator!.codes.last(email));
        await checkAccessibility('confirm sign-up');
        await codeField.fill(code);
        await page.getByRole('button', { name: 'Confirm', exact: true }).click();

        // Confirmed, signed in with SRP by the form, and on the dashboard.
        await h1(page, 'Dashboard').waitFor({ timeout: UI_TIMEOUT });
        expect(path(page)).toBe('/dashboard');
        expect(count('InitiateAuth', 'USER_SRP_AUTH')).toBe(1);
        expect(count('InitiateAuth', 'USER_PASSWORD_AUTH')).toBe(0);
        await expect(page.getByRole('main').getByText(`Signed in as ${email}`).count()).resolves.toBe(1);

        // /api/me answers with the claims the API verified.
        const apiStatus = page.getByRole('region', { name: API_REGION }).getByRole('status');
        await apiStatus.getByText('200 OK').waitFor({ timeout: UI_TIMEOUT });
        const expiresAt = Date.parse(
          (await page.getByRole('region', { name: 'Access token' }).locator('time').getAttribute('datetime')) ?? '',
        );
        expect(expiresAt).toBeGreaterThan(Date.now());
        expect(refreshRequests()).toBe(0);
        await checkAccessibility('dashboard');

        // Past the first access token's expiry: the kit refreshed it once, ahead of time, and the API still answers.
        await page.waitForTimeout(Math.max(0, expiresAt - Date.now() + 500));
        const afterExpiry = await callApiAgain(page, API_REGION, '/api/me');
        expect(afterExpiry.statuses).toEqual([200]);
        expect((afterExpiry.body.claims as { exp: number }).exp * 1000).toBeGreaterThan(expiresAt);
        expect(refreshRequests()).toBe(1);
        await expect(page.getByRole('list', { name: 'Refresh events' }).getByRole('listitem').count()).resolves.toBe(1);

        // A 401 from the API: one refresh between the 401 and the retry, and the retry's answer on screen.
        const meCalls: number[] = [];
        await page.route('**/api/me', async (route) => {
          meCalls.push(Date.now());
          if (meCalls.length === 1) await route.fulfill({ status: 401, json: { error: 'token_expired', message: 'test: pretend it expired' } });
          else await route.continue();
        });
        const afterRetry = await callApiAgain(page, API_REGION, '/api/me');
        await page.unroute('**/api/me');
        expect(afterRetry.statuses).toEqual([401, 200]);
        await apiStatus.getByText('200 OK').waitFor({ timeout: UI_TIMEOUT });
        expect(meCalls).toHaveLength(2);
        const [at401, atRetry] = meCalls as [number, number];
        const refreshesBetween = stack.emulator!.requests
          .all()
          .filter((r) => isRefresh(r) && r.at >= at401 && r.at <= atRetry);
        expect(refreshesBetween).toHaveLength(1);

        // A normal user: the admin page says no, and so does the API.
        await nav(page, 'Admin');
        await h1(page, 'Access denied').waitFor({ timeout: UI_TIMEOUT });
        await page.getByRole('main').getByText('403 Forbidden').waitFor({ timeout: UI_TIMEOUT });
        await checkAccessibility('admin, denied');

        // Change the password on the account page.
        await nav(page, 'Account');
        await h1(page, 'Account').waitFor({ timeout: UI_TIMEOUT });
        await page.getByRole('form', { name: 'Edit your details' }).waitFor({ timeout: UI_TIMEOUT });
        await checkAccessibility('account');
        const change = page.getByRole('form', { name: 'Change password' });
        await change.getByLabel('Current password', { exact: true }).fill(PASSWORD);
        await change.getByLabel('New password', { exact: true }).fill(NEW_PASSWORD);
        await change.getByLabel('Confirm password', { exact: true }).fill(NEW_PASSWORD);
        await change.getByRole('button', { name: 'Change password', exact: true }).click();
        await change.getByText('Your password was changed.').waitFor({ timeout: UI_TIMEOUT });
        expect(count('ChangePassword')).toBe(1);

        // Sign out: home, with a notice; the stored session is gone (the device the pool tracks stays: it outlives sessions).
        await page.getByRole('banner').getByRole('button', { name: 'Sign out' }).click();
        await page.getByRole('status').getByText('You are signed out.').waitFor({ timeout: UI_TIMEOUT });
        expect(path(page)).toBe('/');
        const kept = await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('rck.')));
        expect(kept).toEqual([expect.stringMatching(/^rck\.[^.]+\.devices$/)]);

        // A protected URL sends to sign-in; signing in (with the new password) comes back to it.
        await page.goto(new URL('account', stack.url).href, { waitUntil: 'load' });
        await waitForPath(page, '/sign-in');
        await page.getByText('Sign in to continue to /account.').waitFor({ timeout: UI_TIMEOUT });
        await checkAccessibility('sign-in');
        await signIn(page, email, NEW_PASSWORD);
        await h1(page, 'Account').waitFor({ timeout: UI_TIMEOUT });
        expect(path(page)).toBe('/account');

        // Sign out everywhere (GlobalSignOut).
        await page.getByRole('main').getByRole('button', { name: 'Sign out everywhere' }).click();
        await page.getByRole('status').getByText('You are signed out on every device.').waitFor({ timeout: UI_TIMEOUT });
        expect(count('GlobalSignOut')).toBe(1);

        // Forgot password, on the way to the dashboard: the reset code from the inbox, then straight back there.
        await page.goto(new URL('dashboard', stack.url).href, { waitUntil: 'load' });
        await waitForPath(page, '/sign-in');
        await page.getByRole('link', { name: 'Forgot your password?' }).click();
        await h1(page, 'Forgot your password?').waitFor({ timeout: UI_TIMEOUT });
        await checkAccessibility('forgot password');
        const forgot = page.getByRole('form', { name: 'Reset your password' });
        await forgot.getByLabel('Email', { exact: true }).fill(email);
        await forgot.getByRole('button', { name: 'Send code', exact: true }).click();
        const reset = page.getByRole('form', { name: 'Choose a new password' });
        await reset.waitFor({ timeout: UI_TIMEOUT });
        await reset.getByLabel('Verification code', { exact: true }).fill(await codeFromInboxPanel(page, email, 'Password reset code'));
        await reset.getByLabel('New password', { exact: true }).fill(RESET_PASSWORD);
        await reset.getByLabel('Confirm password', { exact: true }).fill(RESET_PASSWORD);
        await reset.getByRole('button', { name: 'Reset password', exact: true }).click();
        await h1(page, 'Dashboard').waitFor({ timeout: UI_TIMEOUT });
        expect(path(page)).toBe('/dashboard');
        expect(count('ConfirmForgotPassword')).toBe(1);

        // The admin: signed out, /admin sends to sign-in, and back on /admin the page and the API say yes.
        await page.getByRole('banner').getByRole('button', { name: 'Sign out' }).click();
        await page.getByRole('status').getByText('You are signed out.').waitFor({ timeout: UI_TIMEOUT });
        await page.goto(new URL('admin', stack.url).href, { waitUntil: 'load' });
        await waitForPath(page, '/sign-in');
        await page.getByText('Sign in to continue to /admin.').waitFor({ timeout: UI_TIMEOUT });
        const admin = stack.users!.admin;
        await signIn(page, admin.email, admin.password);
        await h1(page, 'Admin').waitFor({ timeout: UI_TIMEOUT });
        expect(path(page)).toBe('/admin');
        await page.getByRole('main').getByText('200 OK').waitFor({ timeout: UI_TIMEOUT });
        await checkAccessibility('admin, allowed');

        // Signed out, a protected URL is the sign-in form again.
        await page.getByRole('banner').getByRole('button', { name: 'Sign out' }).click();
        await page.getByRole('status').getByText('You are signed out.').waitFor({ timeout: UI_TIMEOUT });
        await page.goto(new URL('account', stack.url).href, { waitUntil: 'load' });
        await waitForPath(page, '/sign-in');
        await page.getByRole('form', { name: 'Sign in' }).waitFor({ timeout: UI_TIMEOUT });

        // No secret in storage, the DOM or any URL; "where to go back" lived in history state, not the URL.
        for (const secret of [PASSWORD, NEW_PASSWORD, RESET_PASSWORD]) await expectNoPasswordStored(page, secret);
        const urls = [...traffic.requests.map((r) => r.url), ...traffic.navigations];
        for (const secret of [PASSWORD, NEW_PASSWORD, RESET_PASSWORD, admin.password]) {
          expect(urls.filter((url) => url.includes(secret) || url.includes(encodeURIComponent(secret)))).toEqual([]);
        }
        expect(traffic.navigations.filter((url) => new URL(url).pathname === '/sign-in' && new URL(url).search !== '')).toEqual([]);
        expect(unexpectedProblems(problems.all(), [401, 403])).toEqual([]);
        expect(accessibility).toEqual([]);
      } finally {
        await context.close();
      }
    },
    180_000,
  );

  it(
    'the production build (vite build), served as static files, signs in and calls the API across origins',
    async () => {
      const outDir = await mkdtemp(join(tmpdir(), 'rck-demo-dist-'));
      const context = await browser.newContext();
      try {
        // A deployment's settings: the API's absolute URL, and no dev inbox.
        await buildDemoApp(outDir, { ...stack.appEnv(stack.apiUrl), VITE_DEMO_INBOX: '' });
        const scripts = (await readdir(join(outDir, 'assets'))).filter((file) => file.endsWith('.js'));
        const bundle = (await Promise.all(scripts.map((file) => readFile(join(outDir, 'assets', file), 'utf8')))).join('\n');
        expect(bundle.includes(stack.apiUrl), 'the API URL is built in').toBe(true);
        expect(bundle.includes('/dev/inbox'), 'the dev inbox is left out of a production build').toBe(false);

        const site = await serveStatic(outDir);
        try {
          const page = await context.newPage();
          const problems = collectPageProblems(page);
          const { demo } = stack.users!;

          await page.goto(new URL('dashboard', site.url).href, { waitUntil: 'load' });
          await waitForPath(page, '/sign-in');
          await signIn(page, demo.email, demo.password);
          await h1(page, 'Dashboard').waitFor({ timeout: UI_TIMEOUT });
          expect(path(page)).toBe('/dashboard');
          await page.getByRole('region', { name: API_REGION }).getByText('200 OK').waitFor({ timeout: UI_TIMEOUT });
          await expect(page.getByRole('complementary', { name: 'Dev inbox' }).count()).resolves.toBe(0);

          // A reload keeps the session (deep link served by the SPA fallback).
          await page.reload({ waitUntil: 'load' });
          await h1(page, 'Dashboard').waitFor({ timeout: UI_TIMEOUT });

          await nav(page, 'Admin');
          await page.getByRole('main').getByText('403 Forbidden').waitFor({ timeout: UI_TIMEOUT });

          await page.getByRole('banner').getByRole('button', { name: 'Sign out' }).click();
          await page.getByRole('status').getByText('You are signed out.').waitFor({ timeout: UI_TIMEOUT });
          await page.goto(new URL('dashboard', site.url).href, { waitUntil: 'load' });
          await waitForPath(page, '/sign-in');
          expect(unexpectedProblems(problems.all(), [403])).toEqual([]);
        } finally {
          await site.close();
        }
      } finally {
        await context.close();
        await rm(outDir, { recursive: true, force: true });
      }
    },
    180_000,
  );

  it(
    'passwordless (page on localhost, virtual authenticator): account page adds a passkey → "Sign in without a password" with it, then with an emailed code',
    async () => {
      const context = await browser.newContext();
      try {
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        await cdp.send('WebAuthn.enable');
        await cdp.send('WebAuthn.addVirtualAuthenticator', {
          options: { protocol: 'ctap2', transport: 'internal', hasResidentKey: true, hasUserVerification: true, isUserVerified: true, automaticPresenceSimulation: true },
        });
        const problems = collectPageProblems(page);
        const email = uniqueEmail('passwordless');
        await stack.emulator!.admin.signUpConfirmed(stack.cognito.userPoolId, stack.cognito.clientId, email, PASSWORD);
        // The pool's relying party is "localhost": the same dev server, under that host name.
        const site = stack.url!.replace('//127.0.0.1:', '//localhost:');

        await page.goto(new URL('sign-in', site).href, { waitUntil: 'load' });
        await signIn(page, email, PASSWORD);
        await h1(page, 'Dashboard').waitFor({ timeout: UI_TIMEOUT });
        await nav(page, 'Account');
        const passkeys = page.getByRole('region', { name: 'Passkeys' });
        await passkeys.getByRole('button', { name: 'Add a passkey' }).click();
        await passkeys.getByText('Passkey added. You can sign in with it next time.').waitFor({ timeout: UI_TIMEOUT });

        const passwordless = async () => {
          await page.getByRole('banner').getByRole('button', { name: 'Sign out' }).click();
          await page.getByRole('status').getByText('You are signed out.').waitFor({ timeout: UI_TIMEOUT });
          await page.goto(new URL('sign-in', site).href, { waitUntil: 'load' });
          await page.getByRole('link', { name: 'Sign in without a password' }).click();
          await h1(page, 'Sign in without a password').waitFor({ timeout: UI_TIMEOUT });
          const form = page.getByRole('form', { name: 'Sign in' });
          await form.getByLabel('Email', { exact: true }).fill(email);
          await form.getByRole('button', { name: 'Continue', exact: true }).click();
          const choose = page.getByRole('form', { name: 'Choose how to sign in' });
          await choose.waitFor({ timeout: UI_TIMEOUT });
          return choose;
        };

        let choose = await passwordless();
        await choose.getByRole('radio', { name: 'A passkey' }).check();
        await choose.getByRole('button', { name: 'Continue', exact: true }).click();
        await page.getByRole('button', { name: 'Use passkey', exact: true }).click();
        // The app's own client holds the session: the API answers, and a reload keeps it.
        await h1(page, 'Dashboard').waitFor({ timeout: UI_TIMEOUT });
        await page.getByRole('region', { name: API_REGION }).getByText('200 OK').waitFor({ timeout: UI_TIMEOUT });
        await page.reload({ waitUntil: 'load' });
        await h1(page, 'Dashboard').waitFor({ timeout: UI_TIMEOUT });

        choose = await passwordless();
        await choose.getByRole('radio', { name: 'A code by email' }).check();
        const code = stack.emulator!.codes.waitFor(email, { after: Date.now() });
        await choose.getByRole('button', { name: 'Continue', exact: true }).click();
        const codeForm = page.getByRole('form', { name: 'Enter your sign-in code' });
        await codeForm.getByLabel('Verification code', { exact: true }).fill(await code);
        await codeForm.getByRole('button', { name: 'Sign in', exact: true }).click();
        await h1(page, 'Dashboard').waitFor({ timeout: UI_TIMEOUT });
        expect(unexpectedProblems(problems.all(), [])).toEqual([]);
      } finally {
        await context.close();
      }
    },
    180_000,
  );
});
