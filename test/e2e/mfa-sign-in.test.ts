import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { TOTP } from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCognitoEmulator, type CognitoEmulator, type EmulatorPool } from '../support/cognito-emulator';
import { collectPageProblems, launchChromium } from '../e2e-support/chromium';
import { buildQuickstartApp, createQuickstartApp, repoRoot } from '../e2e-support/quickstart-app';
import { serveStatic, type StaticServer } from '../e2e-support/static-server';

// The README quick start (LoginForm, nothing else) against a pool that requires MFA and offers an authenticator
// app and email, in Debian's Chromium: email MFA with the code read from the harness inbox, and MFA set-up at
// sign-in with a TOTP code this test computes from the key the page shows.

const APP_DIR = join(repoRoot, 'test', '.tmp', 'mfa-sign-in-app');
const PASSWORD = `Mfa-${Date.now().toString(36)}-Secret-9!`;
const UI_TIMEOUT = 20_000;

let emulator: CognitoEmulator;
let pool: EmulatorPool;
let browser: Browser;
let site: StaticServer;

const uniqueEmail = (label: string) => `${label}.${Date.now().toString(36)}.${Math.random().toString(36).slice(2, 7)}@example.com`;

async function signIn(email: string): Promise<{ page: Page; problems: ReturnType<typeof collectPageProblems> }> {
  const page = await (await browser.newContext()).newPage();
  const problems = collectPageProblems(page);
  await page.goto(site.url, { waitUntil: 'load' });
  const form = page.getByRole('form', { name: 'Sign in' });
  await form.waitFor({ timeout: UI_TIMEOUT });
  await form.getByLabel('Email', { exact: true }).fill(email);
  await form.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await form.getByRole('button', { name: 'Sign in' }).click();
  return { page, problems };
}

beforeAll(async () => {
  emulator = await startCognitoEmulator();
  pool = await emulator.createPool({ name: 'mfa-sign-in', mfa: { configuration: 'ON', email: true } });
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

describe('MFA in the quick start, in Chromium', () => {
  it('email MFA: the code from the inbox signs in', async () => {
    const email = uniqueEmail('e2e-email-mfa');
    await emulator.admin.signUpConfirmed(pool.userPoolId, pool.clientId, email, PASSWORD);
    await emulator.admin.setMfaPreference(pool.userPoolId, email, { email: { enabled: true, preferred: true } });
    const before = Date.now();
    const { page, problems } = await signIn(email);
    const code = page.getByLabel('Verification code');
    await code.waitFor({ timeout: UI_TIMEOUT });
    await expect(page.locator('form[data-step="emailMfa"] .rck-description').textContent()).resolves.toBe('Enter the code we emailed to e***@e***.');
    await code.fill(await emulator.codes.waitFor(email, { after: before }));
    await page.getByRole('button', { name: 'Verify' }).click();
    await page.getByText(`Signed in as ${email}`).waitFor({ timeout: UI_TIMEOUT });
    expect(emulator.requests.count({ target: 'RespondToAuthChallenge' })).toBeGreaterThanOrEqual(2);
    expect(problems.all()).toEqual([]);
  }, 60_000);

  it('MFA set-up at sign-in: choose the authenticator app, the code computed from the key on screen signs in', async () => {
    const email = uniqueEmail('e2e-setup');
    await emulator.admin.signUpConfirmed(pool.userPoolId, pool.clientId, email, PASSWORD);
    const { page, problems } = await signIn(email);
    const choice = page.getByRole('group', { name: 'How do you want to get your codes?' });
    await choice.waitFor({ timeout: UI_TIMEOUT });
    await choice.getByLabel('Authenticator app').check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('img', { name: 'QR code to scan with your authenticator app' }).waitFor({ timeout: UI_TIMEOUT });
    const secret = ((await page.locator('.rck-secret code').textContent()) ?? '').replace(/\s/g, '');
    expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
    await page.getByLabel('Verification code').fill(new TOTP({ secret, digits: 6, period: 30, algorithm: 'SHA1' }).generate());
    await page.getByRole('button', { name: 'Verify' }).click();
    await page.getByText(`Signed in as ${email}`).waitFor({ timeout: UI_TIMEOUT });
    // Nothing secret leaves the page: the key is shown, never put in the URL or in storage.
    expect(page.url()).not.toContain(secret);
    expect(await page.evaluate(() => JSON.stringify({ ...localStorage, ...sessionStorage }))).not.toContain(secret);
    expect(problems.all()).toEqual([]);
  }, 60_000);
});
