import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoStack, type DemoStack } from '../../example-app/scripts/demo-stack';
import { collectPageProblems, launchChromium } from '../e2e-support/chromium';
import { assertKitBuilt, unexpectedProblems } from '../e2e-support/demo';

// Remembered devices in the demo (npm start's stack: the pool remembers devices on the user's say-so, the app asks
// with rememberDevice: 'ask'), in real Chromium: the kit's device verifier and proof against the harness's checks.

const UI_TIMEOUT = 30_000;
const PASSWORD = `Device-e2e-${Date.now().toString(36)}-Secret-9!`;
const PHONE = '+15550009876';

let stack: DemoStack;
let browser: Browser;

const h1 = (page: Page, name: string) => page.getByRole('heading', { level: 1, name, exact: true });
const challenges = () => stack.emulator!.requests.all().flatMap((r) => (r.challengeName ? [r.challengeName] : []));

/** Password form; resolves once the dashboard or the MFA step shows, saying which. */
async function signIn(page: Page, email: string): Promise<'dashboard' | 'mfa'> {
  await page.goto(new URL('/sign-in', stack.url!).href);
  const form = page.getByRole('form', { name: 'Sign in' });
  await form.getByLabel('Email', { exact: true }).fill(email);
  await form.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await form.getByRole('button', { name: 'Sign in', exact: true }).click();
  const mfa = page.getByRole('heading', { name: 'Two-step verification' });
  await Promise.race([h1(page, 'Dashboard').waitFor({ timeout: UI_TIMEOUT }), mfa.waitFor({ timeout: UI_TIMEOUT })]);
  return (await mfa.count()) > 0 ? 'mfa' : 'dashboard';
}

async function answerSms(page: Page, after: number, remember: boolean): Promise<void> {
  const box = page.getByRole('checkbox', { name: 'Remember this device (no code needed here next time)' });
  if (remember) await box.check();
  await page.getByLabel('Verification code', { exact: true }).fill(await stack.emulator!.codes.waitFor(PHONE, { after, timeoutMs: UI_TIMEOUT }));
  await page.getByRole('button', { name: 'Verify', exact: true }).click();
  await h1(page, 'Dashboard').waitFor({ timeout: UI_TIMEOUT });
}

async function signOut(page: Page): Promise<void> {
  await page.getByRole('banner').getByRole('button', { name: 'Sign out' }).click();
  await page.getByRole('banner').getByRole('link', { name: 'Sign in' }).waitFor({ timeout: UI_TIMEOUT });
}

beforeAll(async () => {
  assertKitBuilt();
  [stack, browser] = await Promise.all([startDemoStack({}), launchChromium()]);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
}, 60_000);

describe('remembered devices in the demo, in Chromium', () => {
  it('MFA with "Remember this device" → the next sign-in skips MFA → forgotten on the account page → MFA again', { timeout: 90_000 }, async () => {
    const email = `device.${Date.now().toString(36)}@example.com`;
    const { userPoolId, clientId } = stack.cognito;
    await stack.emulator!.admin.signUpConfirmed(userPoolId, clientId, email, PASSWORD);
    await stack.emulator!.admin.enableSmsMfa(userPoolId, email, PHONE);
    const page = await browser.newPage();
    const problems = collectPageProblems(page);

    let after = Date.now();
    expect(await signIn(page, email)).toBe('mfa');
    await answerSms(page, after, true);
    const stored = await page.evaluate(() => Object.entries(localStorage).find(([key]) => key.endsWith('.devices'))?.[1] ?? null);
    const [device] = JSON.parse(stored ?? '[]') as Array<{ deviceKey: string; secret: string }>;
    expect(device?.deviceKey).toBeTruthy();
    expect(await page.evaluate(() => document.documentElement.outerHTML)).not.toContain(device?.secret);
    await signOut(page);

    // The device survives sign-out and proves itself: no code asked for.
    stack.emulator!.requests.clear();
    expect(await signIn(page, email)).toBe('dashboard');
    expect(challenges()).toEqual(['PASSWORD_VERIFIER', 'DEVICE_SRP_AUTH', 'DEVICE_PASSWORD_VERIFIER']);

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Account' }).click();
    const devices = page.getByRole('list', { name: 'Your devices' });
    await devices.waitFor({ timeout: UI_TIMEOUT });
    await expect(devices.getByRole('listitem').filter({ hasText: '(This device)' }).count()).resolves.toBe(1);
    await devices.getByRole('button', { name: /^Forget / }).click();
    await page.getByRole('button', { name: 'Forget device', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'is forgotten.' }).waitFor({ timeout: UI_TIMEOUT });
    expect(await page.evaluate(() => Object.keys(localStorage).some((key) => key.endsWith('.devices')))).toBe(false);
    await signOut(page);

    after = Date.now();
    expect(await signIn(page, email)).toBe('mfa');
    await answerSms(page, after, false);
    expect(unexpectedProblems(problems.all())).toEqual([]);
  });
});
