import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CognitoEmulator, EmulatorPool } from '../support/cognito-emulator';
import { collectPageProblems } from '../e2e-support/chromium';
import { clientAccessToken, shownStatus } from '../e2e-support/sessions-app';
import { startSessionsStack, type SessionsStack } from '../e2e-support/sessions-stack';
import type { StaticServer } from '../e2e-support/static-server';
import { isRefreshPost } from '../support/request-log';

// Issue 12 in real Chromium: storage that refuses writes (a full quota, private modes) and storage that holds
// something the kit did not write. The page must keep working in both: no blank app, no refresh thrown away.

const PASSWORD = `Quota-${Date.now().toString(36)}-Secret-9!`;
const TOKEN_SECONDS = 4;

let stack: SessionsStack;
let emulator: CognitoEmulator;
let pool: EmulatorPool;
let site: StaticServer;
let browser: Browser;

beforeAll(async () => {
  stack = await startSessionsStack('storage-faults', TOKEN_SECONDS);
  ({ emulator, pool, site, browser } = stack);
}, 180_000);

afterAll(() => stack?.stop(), 60_000);

const uniqueEmail = (label: string) => `${label}.${Date.now().toString(36)}.${Math.random().toString(36).slice(2, 7)}@example.com`;

async function waitForStatus(page: Page, status: string, timeout = 30_000) {
  await page.waitForFunction((want) => document.querySelector('[data-testid="status"]')?.textContent === want, status, { timeout });
}

/** Every `setItem` on Web Storage throws, as Safari's and full-quota browsers' do; reads work. */
const quotaExceeded = () => {
  Storage.prototype.setItem = function setItem() {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  };
};

describe('storage that fails or lies, in Chromium', () => {
  it('setItem throws: sign-in works, each refresh Cognito answers is used, and the page never shows a dead session', async () => {
    const email = uniqueEmail('quota');
    await emulator.admin.signUpConfirmed(pool.userPoolId, pool.shortClientId, email, PASSWORD);
    const context: BrowserContext = await browser.newContext();
    await context.addInitScript(quotaExceeded);
    const page = await context.newPage();
    const problems = collectPageProblems(page);
    const refreshes: number[] = [];
    page.on('response', (response) => {
      const request = response.request();
      if (isRefreshPost(request.headers()['x-amz-target'], request.postData()) && response.status() === 200) refreshes.push(Date.now());
    });
    await page.goto(site.url, { waitUntil: 'load' });
    await waitForStatus(page, 'signedOut');
    const form = page.getByRole('form', { name: 'Sign in' });
    await form.getByLabel('Email', { exact: true }).fill(email);
    await form.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await form.getByRole('button', { name: 'Sign in', exact: true }).click();
    await waitForStatus(page, 'signedIn');
    const first = await clientAccessToken(page);

    // Past two refreshes (tokens live 4 s, refreshed at half-life) and the first token's expiry.
    await expect.poll(() => refreshes.length, { timeout: 20_000, interval: 200 }).toBeGreaterThanOrEqual(2);
    const now = await clientAccessToken(page);
    expect(now).not.toBe(first);
    const exp = JSON.parse(Buffer.from(now!.split('.')[1]!, 'base64url').toString()).exp as number;
    expect(exp * 1000).toBeGreaterThan(Date.now());
    expect(await shownStatus(page)).toBe('signedIn');
    // Nothing of the session reached the storage that refused it, so nothing stale is left there either.
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.endsWith('.session')))).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });

  it.each([
    ['an access token that is not a JWT', () => JSON.stringify({ v: 1, tokens: { idToken: 'x', accessToken: 'not-a-jwt', refreshToken: 'r' }, clockDriftMs: 0 })],
    ['the format before versions, user null', () => JSON.stringify({ tokens: { idToken: 'a.b.c', accessToken: 'not-a-jwt', refreshToken: 'r' }, user: null, groups: 'x', expiresAt: 1, clockDriftMs: 0 })],
    ['not a session at all', () => '42'],
    ['garbage', () => '{"v":1,'],
  ])('a stored session with %s: the sign-in form shows, the entry is removed, nothing is thrown', async (_, value) => {
    const context = await browser.newContext();
    const key = `rck.${pool.shortClientId}.session`;
    await context.addInitScript(
      ([k, v]) => {
        if (!sessionStorage.getItem('seeded')) {
          localStorage.setItem(k, v);
          sessionStorage.setItem('seeded', '1');
        }
      },
      [key, value()] as const,
    );
    const page = await context.newPage();
    const problems = collectPageProblems(page);
    await page.goto(site.url, { waitUntil: 'load' });
    await waitForStatus(page, 'signedOut');
    expect(await page.getByRole('form', { name: 'Sign in' }).isVisible()).toBe(true);
    expect(await page.evaluate((k) => localStorage.getItem(k), key)).toBeNull();
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });
});
