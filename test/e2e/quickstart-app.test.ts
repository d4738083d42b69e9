import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuthClient } from '../../src/core/auth-client';
import { startCognitoEmulator, type CognitoEmulator, type EmulatorPool } from '../support/cognito-emulator';
import { collectPageProblems, launchChromium, recordTraffic, secretSeenInDom, watchDomForSecret } from '../e2e-support/chromium';
import {
  buildQuickstartApp,
  createQuickstartApp,
  repoRoot,
  startQuickstartDevServer,
  type QuickstartApp,
} from '../e2e-support/quickstart-app';
import { serveStatic, type StaticServer } from '../e2e-support/static-server';

// "The README quick start, pasted into a new Vite app pointed at the emulator, signs a user in", and
// "an app built with plain Vite works with no extra define": the kit as `npm pack` ships it, the README's code
// block as written (only the config object swapped), a vite.config with @vitejs/plugin-react and nothing else.

const APP_DIR = join(repoRoot, 'test', '.tmp', 'quickstart-app');
const PASSWORD = `Qs-${Date.now().toString(36)}-Secret-9!`;
const UI_TIMEOUT = 30_000;

let emulator: CognitoEmulator;
let pool: EmulatorPool;
let app: QuickstartApp;
let browser: Browser;

const signInForm = (page: Page) => page.getByRole('form', { name: 'Sign in' });
const registerForm = (page: Page) => page.getByRole('form', { name: 'Create an account' });
/** The quick start is one <Authenticator>: sign-in first, "Create an account" (a link) switches the card to sign-up. */
async function openRegisterForm(page: Page) {
  await page.getByRole('link', { name: 'Create an account' }).click();
  await registerForm(page).waitFor({ timeout: UI_TIMEOUT });
  return registerForm(page);
}
const uniqueEmail = (label: string) => `${label}.${Date.now().toString(36)}.${Math.random().toString(36).slice(2, 7)}@example.com`;

async function expectNoPasswordInStorage(page: Page): Promise<void> {
  const storage = await page.evaluate(() => JSON.stringify({ local: { ...localStorage }, session: { ...sessionStorage } }));
  expect(storage).not.toContain(PASSWORD);
}

async function expectNoPasswordInDom(page: Page): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.outerHTML)).not.toContain(PASSWORD);
  expect(await secretSeenInDom(page), 'the password appeared in the DOM at some point').toBeUndefined();
}

async function signInWithLoginForm(page: Page, email: string): Promise<void> {
  const form = signInForm(page);
  await form.getByLabel('Email', { exact: true }).fill(email);
  await form.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await expectNoPasswordInDom(page);
  await form.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.getByText(`Signed in as ${email}`).waitFor({ timeout: UI_TIMEOUT });
}

beforeAll(async () => {
  emulator = await startCognitoEmulator();
  pool = await emulator.createPool({ name: 'quickstart' });
  app = await createQuickstartApp(APP_DIR, { userPoolId: pool.userPoolId, clientId: pool.clientId, endpoint: emulator.endpoint });
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await emulator?.stop();
  // Leftovers under test/ would be type-checked by `npm run typecheck`; keep them only on request.
  if (!process.env.KEEP_E2E_APP) await rm(APP_DIR, { recursive: true, force: true });
}, 60_000);

describe('the README quick start in a new Vite app', () => {
  it('is the README code block, unchanged but for the config', () => {
    expect(app.mainSource).toContain(`userPoolId: "${pool.userPoolId}"`);
    expect(app.mainSource).toContain(`endpoint: "${emulator.endpoint}"`);
    expect(app.mainSource).not.toMatch(/global/);
  });

  it(
    'built with plain `vite build`, signs up, confirms, survives a reload, signs out and signs in again',
    async () => {
      const distDir = await buildQuickstartApp(app);
      const site: StaticServer = await serveStatic(distDir);
      const context = await browser.newContext();
      try {
        await watchDomForSecret(context, PASSWORD);
        const page = await context.newPage();
        const problems = collectPageProblems(page);
        const traffic = recordTraffic(page);
        const email = uniqueEmail('quickstart');

        await page.goto(site.url, { waitUntil: 'load' });
        await signInForm(page).waitFor({ timeout: UI_TIMEOUT });
        expect(problems.all()).toEqual([]);

        // Create an account: the card switches in place, focus on its first field.
        const register = await openRegisterForm(page);
        await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('name')), { timeout: UI_TIMEOUT }).toBe('email');
        await register.getByLabel('Email', { exact: true }).fill(email);
        await register.getByLabel('Password', { exact: true }).fill(PASSWORD);
        await register.getByLabel('Confirm password', { exact: true }).fill(PASSWORD);
        await expectNoPasswordInDom(page);
        const sentAfter = Date.now();
        await register.getByRole('button', { name: 'Create account', exact: true }).click();

        // The code step: the code the emulator "emailed".
        const codeField = page.getByLabel('Verification code', { exact: true });
        await codeField.waitFor({ timeout: UI_TIMEOUT });
        const code = await emulator.codes.waitFor(email, { after: sentAfter, timeoutMs: UI_TIMEOUT });
        await codeField.fill(code);
        await page.getByRole('button', { name: 'Confirm', exact: true }).click();

        // Confirmed, then signed in by the form itself.
        await page.getByText(`Signed in as ${email}`).waitFor({ timeout: UI_TIMEOUT });
        await expect(signInForm(page).count()).resolves.toBe(0);
        await expectNoPasswordInStorage(page);
        await expectNoPasswordInDom(page);

        // A reload restores the session from localStorage.
        await page.reload({ waitUntil: 'load' });
        await page.getByText(`Signed in as ${email}`).waitFor({ timeout: UI_TIMEOUT });
        await expect(signInForm(page).count()).resolves.toBe(0);
        await expectNoPasswordInStorage(page);

        // Sign out: the forms are back, and the stored session is gone.
        await page.getByRole('button', { name: 'Sign out', exact: true }).click();
        await signInForm(page).waitFor({ timeout: UI_TIMEOUT });
        const keysAfterSignOut = await page.evaluate(() => Object.keys(localStorage));
        expect(keysAfterSignOut.filter((key) => key.startsWith(`rck.${pool.clientId}`))).toEqual([]);

        // Sign in again, this time with the LoginForm.
        const loginsBefore = emulator.requests.count({ target: 'InitiateAuth', authFlow: 'USER_SRP_AUTH' });
        await signInWithLoginForm(page, email);
        expect(emulator.requests.count({ target: 'InitiateAuth', authFlow: 'USER_SRP_AUTH' })).toBeGreaterThan(loginsBefore);
        await expectNoPasswordInStorage(page);
        await expectNoPasswordInDom(page);

        // SRP (the README config's default flow): after SignUp, the password never went over the wire.
        const cognitoCalls = traffic.requests.filter((r) => r.target?.startsWith('AWSCognitoIdentityProviderService.'));
        const targets = cognitoCalls.map((r) => r.target!.split('.')[1]);
        expect(targets).toContain('SignUp');
        expect(targets).toContain('ConfirmSignUp');
        expect(targets).toContain('InitiateAuth');
        const initiateAuthBodies = cognitoCalls.filter((r) => r.target!.endsWith('.InitiateAuth')).map((r) => r.body ?? '');
        for (const body of initiateAuthBodies) expect(body).toContain('"USER_SRP_AUTH"');
        const leaked = cognitoCalls.filter((r) => !r.target!.endsWith('.SignUp') && (r.body ?? '').includes(PASSWORD));
        expect(leaked.map((r) => r.target)).toEqual([]);

        // No URL ever held the password (or its encoded form).
        const urls = [...traffic.requests.map((r) => r.url), ...traffic.navigations, ...site.requested];
        for (const secret of [PASSWORD, encodeURIComponent(PASSWORD)]) {
          expect(urls.filter((url) => url.includes(secret))).toEqual([]);
        }

        expect(problems.all()).toEqual([]);
      } finally {
        await context.close();
        await site.close();
      }
    },
    120_000,
  );

  it(
    'built: the wire layer, SRP and the rarer steps load only when needed; a chunk that cannot be fetched is a network error on the form, with what was typed kept',
    async () => {
      const email = uniqueEmail('chunks');
      const kit = createAuthClient({ userPoolId: pool.userPoolId, clientId: pool.clientId, endpoint: emulator.endpoint, storage: 'memory' });
      await kit.signUp({ email, password: PASSWORD }); // unconfirmed: signing in asks for the code step
      const distDir = await buildQuickstartApp(app);
      const site: StaticServer = await serveStatic(distDir);
      const context = await browser.newContext();
      // As if offline (or a new deploy removed the files) for these chunks until a test step lets them through.
      const blocked = new Set(['cognito-transport', 'cognito-errors', 'srp-client', 'step-modules']);
      await context.route(/\/assets\/[\w-]+\.js$/, (route) => {
        const name = /\/assets\/(.+)-[\w-]{8}\.js$/.exec(route.request().url())?.[1] ?? '';
        return blocked.has(name) ? route.abort('internetdisconnected') : route.continue();
      });
      try {
        const page = await context.newPage();
        const problems = collectPageProblems(page);
        const traffic = recordTraffic(page);
        const fetched = (chunk: string) => traffic.requests.filter((r) => new RegExp(`/assets/${chunk}-[\\w-]{8}\\.js$`).test(r.url)).length;

        await page.goto(site.url, { waitUntil: 'load' });
        const form = signInForm(page);
        await form.waitFor({ timeout: UI_TIMEOUT });
        // LoginForm asks for what "Sign in" needs as it mounts; nothing asks for the steps chunk yet.
        await expect.poll(() => fetched('cognito-transport') && fetched('cognito-errors') && fetched('srp-client'), { timeout: UI_TIMEOUT }).toBeGreaterThan(0);
        expect(fetched('step-modules')).toBe(0);

        const signInsBefore = emulator.requests.count({ target: 'InitiateAuth' });
        await form.getByLabel('Email', { exact: true }).fill(email);
        await form.getByLabel('Password', { exact: true }).fill(PASSWORD);
        await form.getByRole('button', { name: 'Sign in', exact: true }).click();
        const alert = form.getByRole('alert');
        await expect.poll(() => alert.textContent(), { timeout: UI_TIMEOUT }).toBe('Cannot reach the sign-in service. Check your connection and try again.');
        await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('role')), { timeout: UI_TIMEOUT }).toBe('alert');
        await expect(form.getByLabel('Email', { exact: true }).inputValue()).resolves.toBe(email);
        await expect(form.getByLabel('Password', { exact: true }).inputValue()).resolves.toBe(PASSWORD);
        expect(emulator.requests.count({ target: 'InitiateAuth' })).toBe(signInsBefore);

        // Back online for the wire layer: Cognito answers "not confirmed", but the code step cannot be fetched.
        for (const chunk of ['cognito-transport', 'cognito-errors', 'srp-client']) blocked.delete(chunk);
        await form.getByRole('button', { name: 'Sign in', exact: true }).click();
        await expect.poll(() => emulator.requests.count({ target: 'InitiateAuth' }), { timeout: UI_TIMEOUT }).toBeGreaterThan(signInsBefore);
        await expect.poll(() => fetched('step-modules'), { timeout: UI_TIMEOUT }).toBeGreaterThan(0);
        await expect.poll(() => alert.textContent(), { timeout: UI_TIMEOUT }).toBe('Cannot reach the sign-in service. Check your connection and try again.');
        await expect(form.getByLabel('Email', { exact: true }).inputValue()).resolves.toBe(email);

        // Another password is another press: it goes to Cognito, and the step kept for the first one is dropped.
        const signIns = () => emulator.requests.count({ target: 'InitiateAuth' });
        const settled = () => form.getByRole('button', { name: 'Sign in', exact: true }).isEnabled({ timeout: UI_TIMEOUT });
        for (const password of [`${PASSWORD}-other`, PASSWORD]) {
          const before = signIns();
          await form.getByLabel('Password', { exact: true }).fill(password);
          await form.getByRole('button', { name: 'Sign in', exact: true }).click();
          await expect.poll(signIns, { timeout: UI_TIMEOUT }).toBe(before + 1);
          await expect.poll(settled, { timeout: UI_TIMEOUT }).toBe(true);
        }
        await expect.poll(() => alert.textContent(), { timeout: UI_TIMEOUT }).toBe('Cannot reach the sign-in service. Check your connection and try again.');

        // All back: the same click reaches the code step Cognito asked for, without asking again.
        const signInsAnswered = emulator.requests.count({ target: 'InitiateAuth' });
        blocked.clear();
        await form.getByRole('button', { name: 'Sign in', exact: true }).click();
        await page.getByLabel('Verification code', { exact: true }).waitFor({ timeout: UI_TIMEOUT });
        expect(emulator.requests.count({ target: 'InitiateAuth' })).toBe(signInsAnswered);
        await expect(page.getByText('Your account is not confirmed yet.', { exact: false }).isVisible()).resolves.toBe(true);

        // Only the blocked chunk downloads failed, and Cognito said 400 (UserNotConfirmedException): nothing uncaught.
        expect(problems.pageErrors).toEqual([]);
        const emulatorOrigin = new URL(emulator.endpoint).origin;
        const expected = (p: string) =>
          /(cognito-transport|cognito-errors|srp-client|step-modules)-[\w-]{8}\.js|ERR_INTERNET_DISCONNECTED/.test(p) || (p.includes('status of 400') && p.includes(emulatorOrigin));
        const unexpected = problems.all().filter((p) => !expected(p));
        expect(unexpected).toEqual([]);
      } finally {
        await context.close();
        await site.close();
      }
    },
    120_000,
  );

  it(
    'built: a sign-up whose code step cannot be fetched opens that step on the next press, without signing up twice',
    async () => {
      const email = uniqueEmail('register-offline');
      const distDir = await buildQuickstartApp(app);
      const site: StaticServer = await serveStatic(distDir);
      const context = await browser.newContext();
      let stepsOffline = true;
      await context.route(/\/assets\/step-modules-[\w-]{8}\.js$/, (route) => (stepsOffline ? route.abort('internetdisconnected') : route.continue()));
      try {
        const page = await context.newPage();
        await page.goto(site.url, { waitUntil: 'load' });
        const register = await openRegisterForm(page);
        await register.getByLabel('Email', { exact: true }).fill(email);
        await register.getByLabel('Password', { exact: true }).fill(PASSWORD);
        await register.getByLabel('Confirm password', { exact: true }).fill(PASSWORD);
        const signUpsBefore = emulator.requests.count({ target: 'SignUp' });
        await register.getByRole('button', { name: 'Create account', exact: true }).click();
        await expect
          .poll(() => register.getByRole('alert').textContent(), { timeout: UI_TIMEOUT })
          .toBe('Cannot reach the sign-in service. Check your connection and try again.');
        expect(emulator.requests.count({ target: 'SignUp' })).toBe(signUpsBefore + 1);
        await expect(register.getByLabel('Email', { exact: true }).inputValue()).resolves.toBe(email);

        stepsOffline = false;
        await register.getByRole('button', { name: 'Create account', exact: true }).click();
        await page.getByLabel('Verification code', { exact: true }).waitFor({ timeout: UI_TIMEOUT });
        expect(emulator.requests.count({ target: 'SignUp' })).toBe(signUpsBefore + 1);
      } finally {
        await context.close();
        await site.close();
      }
    },
    120_000,
  );

  it(
    "built: the theme's colours survive Vite's CSS minifier (Lightning CSS lowers light-dark()), light, dark and pinned",
    async () => {
      const distDir = await buildQuickstartApp(app);
      const site: StaticServer = await serveStatic(distDir);
      const colours = async (colorScheme: 'light' | 'dark', pin?: 'light' | 'dark') => {
        const context = await browser.newContext({ colorScheme });
        try {
          const page = await context.newPage();
          await page.goto(site.url, { waitUntil: 'load' });
          if (pin) await page.evaluate((theme) => document.documentElement.setAttribute('data-theme', theme), pin);
          const button = signInForm(page).getByRole('button', { name: 'Sign in', exact: true });
          await button.waitFor({ timeout: UI_TIMEOUT });
          return await button.evaluate((b) => {
            const style = getComputedStyle(b);
            return { background: style.backgroundColor, text: style.color };
          });
        } finally {
          await context.close();
        }
      };
      try {
        const light = { background: 'rgb(29, 78, 216)', text: 'rgb(255, 255, 255)' };
        const dark = { background: 'rgb(147, 197, 253)', text: 'rgb(11, 18, 32)' };
        expect(await colours('light')).toEqual(light);
        expect(await colours('dark')).toEqual(dark);
        expect(await colours('light', 'dark')).toEqual(dark);
        expect(await colours('dark', 'light')).toEqual(light);
      } finally {
        await site.close();
      }
    },
    120_000,
  );

  it(
    'runs on the plain Vite dev server (dependency pre-bundling, no define) and signs in, the SRP maths in the worker',
    async () => {
      const email = uniqueEmail('dev');
      await emulator.admin.signUpConfirmed(pool.userPoolId, pool.clientId, email, PASSWORD);
      const dev = await startQuickstartDevServer(app);
      const context = await browser.newContext();
      try {
        const page = await context.newPage();
        const problems = collectPageProblems(page);

        const requested: string[] = [];
        page.on('request', (request) => requested.push(request.url()));
        await page.goto(dev.url, { waitUntil: 'load' });
        await signInForm(page).waitFor({ timeout: 60_000 });
        await page.getByRole('link', { name: 'Create an account' }).waitFor({ timeout: UI_TIMEOUT });
        expect(problems.all()).toEqual([]);

        await signInWithLoginForm(page, email);
        // Vite's dev server serves the kit's worker from the pre-bundled package (`?worker_file`): the maths ran
        // there, so the main-thread fallback was never fetched.
        expect(page.workers().map((w) => w.url())).toEqual([expect.stringMatching(/\/srp-worker\.js\?worker_file/)]);
        expect(requested.filter((url) => url.includes('main-thread-engine'))).toEqual([]);
        await expectNoPasswordInStorage(page);
        expect(problems.all()).toEqual([]);
      } finally {
        await context.close();
        await dev.server.close();
      }
    },
    120_000,
  );
});
