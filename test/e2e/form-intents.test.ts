import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCognitoEmulator, type CognitoEmulator, type EmulatorPool } from '../support/cognito-emulator';
import { collectPageProblems, launchChromium, watchDomForSecret, secretSeenInDom } from '../e2e-support/chromium';
import { buildQuickstartApp, createQuickstartApp, repoRoot } from '../e2e-support/quickstart-app';
import { serveStatic, type StaticServer } from '../e2e-support/static-server';

// The README quick start, built with plain Vite from the packed kit, in Debian's Chromium with real events:
//  - submits that arrive several in one task (a script clicking three times, a bouncing mouse) send one request
//    per intent, counted at the emulator, and the form ends where one submit would have left it;
//  - a reload on the code step comes back to it with the email, and the code from the inbox confirms the account.

const APP_DIR = join(repoRoot, 'test', '.tmp', 'form-intents-app');
const PASSWORD = `Fi-${Date.now().toString(36)}-Secret-9!`;
const UI_TIMEOUT = 30_000;

let emulator: CognitoEmulator;
let pool: EmulatorPool;
let browser: Browser;
let site: StaticServer;

const uniqueEmail = (label: string) => `${label}.${Date.now().toString(36)}.${Math.random().toString(36).slice(2, 7)}@example.com`;
const signInForm = (page: Page) => page.getByRole('form', { name: 'Sign in' });
const registerForm = (page: Page) => page.getByRole('form', { name: 'Create an account' });

/** Cognito requests per operation since this call, as the emulator received them. */
function requestsSince() {
  const before = emulator.requests.all().length;
  return (target: string) => emulator.requests.all().slice(before).filter((r) => r.target === target).length;
}

/** The first submit button under `scope`, clicked three times in one task: `button.click()` ×3 in the page. */
const clickThrice = (page: Page, scope: string) =>
  page.evaluate((selector) => {
    const button = document.querySelector<HTMLButtonElement>(`${selector} button[type=submit]`)!;
    button.click();
    button.click();
    button.click();
  }, scope);

async function openQuickStart(context: BrowserContext): Promise<{ page: Page; problems: ReturnType<typeof collectPageProblems> }> {
  const page = await context.newPage();
  const problems = collectPageProblems(page);
  await page.goto(site.url, { waitUntil: 'load' });
  await signInForm(page).waitFor({ timeout: UI_TIMEOUT });
  return { page, problems };
}

/** The quick start is one <Authenticator>: sign-in first, "Create an account" (a link) switches the card to sign-up. */
async function fillRegister(page: Page, email: string) {
  await page.getByRole('link', { name: 'Create an account' }).click();
  const form = registerForm(page);
  await form.getByLabel('Email', { exact: true }).fill(email);
  await form.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await form.getByLabel('Confirm password', { exact: true }).fill(PASSWORD);
}

/** The kit's storage of this origin, both kinds: never the password. */
async function expectNoPasswordStored(page: Page) {
  const stored = await page.evaluate(() => JSON.stringify({ local: { ...localStorage }, session: { ...sessionStorage } }));
  expect(stored).not.toContain(PASSWORD);
}

// UsernameExistsException on a duplicate sign-up is a 400 from the emulator: anything else on the console is a problem.
const unexpectedProblems = (problems: string[]) => problems.filter((p) => !(p.includes('status of 400') && p.includes(new URL(emulator.endpoint).origin)));

beforeAll(async () => {
  emulator = await startCognitoEmulator();
  pool = await emulator.createPool({ name: 'form-intents' });
  const app = await createQuickstartApp(APP_DIR, { userPoolId: pool.userPoolId, clientId: pool.clientId, endpoint: emulator.endpoint });
  site = await serveStatic(await buildQuickstartApp(app));
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await emulator?.stop();
  if (!process.env.KEEP_E2E_APP) await rm(APP_DIR, { recursive: true, force: true });
}, 60_000);

describe('one request per intent, in Chromium', () => {
  it('sign-up: three clicks in one task send one SignUp; the code step follows, never "already exists"; three Confirms confirm once and sign in', async () => {
    const context = await browser.newContext();
    try {
      const { page, problems } = await openQuickStart(context);
      const email = uniqueEmail('triple-signup');
      await fillRegister(page, email);
      const count = requestsSince();
      const sentAfter = Date.now();
      await clickThrice(page, 'form[data-step="register"]');

      const codeField = page.getByLabel('Verification code', { exact: true });
      await codeField.waitFor({ timeout: UI_TIMEOUT });
      expect(count('SignUp')).toBe(1);
      await expect(page.getByText('already exists', { exact: false }).count()).resolves.toBe(0);
      await expect(page.locator('form[data-step="confirmSignUp"] [role="alert"]').textContent()).resolves.toBe('');

      await codeField.fill(await emulator.codes.waitFor(email, { after: sentAfter, timeoutMs: UI_TIMEOUT }));
      await clickThrice(page, 'form[data-step="confirmSignUp"]');
      await page.getByText(`Signed in as ${email}`).waitFor({ timeout: UI_TIMEOUT });
      expect(count('ConfirmSignUp')).toBe(1);
      expect(count('InitiateAuth')).toBe(1);
      expect(count('RespondToAuthChallenge')).toBe(1);
      expect(count('SignUp')).toBe(1);
      await expectNoPasswordStored(page);
      expect(problems.all()).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it.each([
    ['button.click() ×3', (page: Page) => clickThrice(page, 'form[data-step="signIn"]')],
    [
      'form.requestSubmit() ×3',
      (page: Page) =>
        page.evaluate(() => {
          const form = document.querySelector<HTMLFormElement>('form[data-step="signIn"]')!;
          form.requestSubmit();
          form.requestSubmit();
          form.requestSubmit();
        }),
    ],
  ])('sign-in, %s: one InitiateAuth and one RespondToAuthChallenge, then signed in', async (_how, submitThrice) => {
    const email = uniqueEmail('triple-signin');
    await emulator.admin.signUpConfirmed(pool.userPoolId, pool.clientId, email, PASSWORD);
    const context = await browser.newContext();
    try {
      const { page, problems } = await openQuickStart(context);
      const form = signInForm(page);
      await form.getByLabel('Email', { exact: true }).fill(email);
      await form.getByLabel('Password', { exact: true }).fill(PASSWORD);
      // As the brief's script has it: the first submit button of the page is the sign-in form's.
      expect(await page.evaluate(() => document.querySelector('button[type=submit]')?.closest('form')?.dataset.step)).toBe('signIn');
      const count = requestsSince();
      await submitThrice(page);
      await page.getByText(`Signed in as ${email}`).waitFor({ timeout: UI_TIMEOUT });
      // Let any late duplicate arrive before counting.
      await page.waitForTimeout(300);
      expect(count('InitiateAuth')).toBe(1);
      expect(count('RespondToAuthChallenge')).toBe(1);
      expect(problems.all()).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('a reload on the code step, in Chromium', () => {
  it('comes back to the code step with the email; the code from the inbox confirms, the password signs in', async () => {
    const context = await browser.newContext();
    await watchDomForSecret(context, PASSWORD);
    try {
      const { page, problems } = await openQuickStart(context);
      const email = uniqueEmail('reload');
      await fillRegister(page, email);
      const sentAfter = Date.now();
      await registerForm(page).getByRole('button', { name: 'Create account', exact: true }).click();
      const step = page.locator('form[data-step="confirmSignUp"]');
      await step.getByLabel('Verification code', { exact: true }).waitFor({ timeout: UI_TIMEOUT });
      const hint = await step.locator('.rck-description').textContent();
      expect(hint).toMatch(/^We sent a code to .+\.$/);
      await expectNoPasswordStored(page);
      const signUps = emulator.requests.count({ target: 'SignUp' });

      await page.reload({ waitUntil: 'load' });
      await step.getByLabel('Verification code', { exact: true }).waitFor({ timeout: UI_TIMEOUT });
      await expect(step.getByLabel('Email', { exact: true }).inputValue()).resolves.toBe(email);
      await expect(step.locator('.rck-description').textContent()).resolves.toBe(hint);
      // What the reload kept: the email, where the code went and when, under the pool's client; nothing else.
      const kept = await page.evaluate((key) => sessionStorage.getItem(key), `rck.${pool.clientId}.pendingStep`);
      expect(JSON.parse(kept ?? 'null')).toEqual({ form: 'register', username: email, destination: expect.any(String), medium: 'EMAIL', at: expect.any(Number) });
      await expectNoPasswordStored(page);
      // The card came back on the sign-up's code step (the view that opened it), not on sign-in.
      await expect(signInForm(page).count()).resolves.toBe(0);

      await step.getByLabel('Verification code', { exact: true }).fill(await emulator.codes.waitFor(email, { after: sentAfter, timeoutMs: UI_TIMEOUT }));
      await step.getByRole('button', { name: 'Confirm', exact: true }).click();
      const confirmed = page.getByRole('form', { name: 'Email confirmed' });
      await confirmed.getByText('Your email is confirmed. Enter your password to sign in.').waitFor({ timeout: UI_TIMEOUT });
      await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('autocomplete')), { timeout: UI_TIMEOUT }).toBe('current-password');
      await expect(page.evaluate(() => Object.keys(sessionStorage).filter((key) => key.endsWith('.pendingStep')))).resolves.toEqual([]);

      await confirmed.getByLabel('Password', { exact: true }).fill(PASSWORD);
      await confirmed.getByRole('button', { name: 'Sign in', exact: true }).click();
      await page.getByText(`Signed in as ${email}`).waitFor({ timeout: UI_TIMEOUT });
      // Never registered twice, never told the account exists.
      expect(emulator.requests.count({ target: 'SignUp' })).toBe(signUps);
      await expectNoPasswordStored(page);
      expect(await secretSeenInDom(page), 'the password appeared in the DOM at some point').toBeUndefined();
      expect(unexpectedProblems(problems.all())).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
