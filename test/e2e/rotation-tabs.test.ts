import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { collectPageProblems } from '../e2e-support/chromium';
import { clientTokens, statusTimeline, watchStatusTimeline } from '../e2e-support/sessions-app';
import { startSessionsStack, type SessionsStack } from '../e2e-support/sessions-stack';
import type { StaticServer } from '../e2e-support/static-server';
import type { CognitoEmulator, EmulatorPool } from '../support/cognito-emulator';
import { isRefresh, isRefreshPost } from '../support/request-log';

// Refresh-token rotation in real Chromium (#13 item 1): the app client rotates refresh tokens with no grace period,
// so each refresh token works exactly once and a second refresher holding it would be refused. Two tabs of one origin
// share the session over several token lifetimes: exactly one refresh per lifetime across both tabs, every one
// answered 200 (a tab that raced with the old token would show as a refusal), both tabs signed in throughout on the
// newest tokens, never signed out.

const PASSWORD = `Rotation-${Date.now().toString(36)}-Secret-9!`;
const TOKEN_SECONDS = 4;
/** The kit refreshes at half-life (its margin is capped there). */
const REFRESH_EVERY_MS = (TOKEN_SECONDS * 1000) / 2;
const EXPIRIES = 3;

let stack: SessionsStack | undefined;
let emulator: CognitoEmulator;
let pool: EmulatorPool;
let site: StaticServer;
let browser: Browser;

beforeAll(async () => {
  stack = await startSessionsStack('rotation-tabs', TOKEN_SECONDS, { refreshTokenRotation: { Feature: 'ENABLED', RetryGracePeriodSeconds: 0 } });
  ({ emulator, pool, site, browser } = stack);
}, 180_000);
afterAll(() => stack?.stop(), 60_000);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitForStatus(page: Page, status: string): Promise<void> {
  await page.waitForFunction((want) => document.querySelector('[data-testid="status"]')?.textContent === want, status, { timeout: 30_000, polling: 'raf' });
}

async function openTab(context: BrowserContext, refreshesSent: string[], name: string): Promise<Page> {
  const page = await context.newPage();
  page.on('request', (request) => {
    if (isRefreshPost(request.headers()['x-amz-target'], request.postData())) refreshesSent.push(name);
  });
  await page.goto(`${site.url}/`, { waitUntil: 'load' });
  await waitForStatus(page, 'signedOut');
  return page;
}

it('two tabs, rotation on with grace period 0: one refresh per token lifetime, both tabs signed in throughout on the newest tokens', async () => {
  const email = `rotation.${Date.now().toString(36)}@example.com`;
  await emulator.admin.signUpConfirmed(pool.userPoolId, pool.shortClientId, email, PASSWORD);
  const context = await browser.newContext();
  await watchStatusTimeline(context);
  const sentBy: string[] = [];
  const a = await openTab(context, sentBy, 'A');
  const b = await openTab(context, sentBy, 'B');
  const problems = [collectPageProblems(a), collectPageProblems(b)];
  try {
    const form = a.getByRole('form', { name: 'Sign in' });
    await form.getByLabel('Email', { exact: true }).fill(email);
    await form.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await form.getByRole('button', { name: 'Sign in', exact: true }).click();
    await waitForStatus(a, 'signedIn');
    await waitForStatus(b, 'signedIn');
    const startedAt = Date.now();
    const first = await clientTokens(a);
    expect(first?.refreshToken).toBeTruthy();
    const refreshLog = () => emulator.requests.all().filter((r) => isRefresh(r) && r.at >= startedAt);

    // Both tabs' tokens every 100 ms until EXPIRIES refreshes happened, then half a lifetime more (a second refresh
    // of the last lifetime would show), never longer than the deadline.
    const refreshTokensSeen = new Set<string>([first!.refreshToken]);
    const deadline = startedAt + (EXPIRIES + 3) * REFRESH_EVERY_MS + 8_000;
    let settleUntil = Infinity;
    while (Date.now() < Math.min(deadline, settleUntil)) {
      const [tokensA, tokensB] = await Promise.all([clientTokens(a), clientTokens(b)]);
      if (!tokensA || !tokensB) throw new Error('a tab lost the session during the refreshes');
      refreshTokensSeen.add(tokensA.refreshToken).add(tokensB.refreshToken);
      if (settleUntil === Infinity && refreshLog().length >= EXPIRIES) settleUntil = Date.now() + REFRESH_EVERY_MS / 2;
      await sleep(100);
    }

    const refreshes = refreshLog();
    const gaps = refreshes.slice(1).map((r, i) => r.at - refreshes[i]!.at);
    console.info(`[rotation-tabs] ${refreshes.length} refreshes (${sentBy.join('')}), gaps ${gaps.join(', ')} ms, ${refreshTokensSeen.size} refresh tokens seen`);
    expect(refreshes.length).toBeGreaterThanOrEqual(EXPIRIES);
    // Every one GetTokensFromRefreshToken, and none refused: no tab ever sent a spent token.
    expect(refreshes.map((r) => `${r.target} ${r.status}`)).toEqual(refreshes.map(() => 'GetTokensFromRefreshToken 200'));
    // One per lifetime: a half-life apart (a second refresh of the same tokens would follow within milliseconds).
    for (const gap of gaps) {
      expect(gap).toBeGreaterThan(REFRESH_EVERY_MS * 0.75);
      expect(gap).toBeLessThan(TOKEN_SECONDS * 1000);
    }
    // Each refresh rotated the refresh token, and both tabs hold the newest one.
    expect(refreshTokensSeen.size).toBe(refreshes.length + 1);
    const [lastA, lastB] = await Promise.all([clientTokens(a), clientTokens(b)]);
    expect(lastB).toEqual(lastA);
    const stored = await a.evaluate((key) => localStorage.getItem(key), `rck.${pool.shortClientId}.session`);
    expect(stored).toContain(lastA!.refreshToken);
    // Signed in throughout, in both tabs: never signed out, let alone "revoked".
    for (const page of [a, b]) {
      const shown = (await statusTimeline(page)).map(([, status]) => status);
      expect(shown.slice(shown.indexOf('signedIn'))).toEqual(['signedIn']);
    }
    // And rotation is really on: the first refresh token is spent.
    const reused = await fetch(emulator.endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-amz-json-1.1', 'X-Amz-Target': 'AWSCognitoIdentityProviderService.GetTokensFromRefreshToken' },
      body: JSON.stringify({ ClientId: pool.shortClientId, RefreshToken: first!.refreshToken }),
    });
    expect(((await reused.json()) as { __type?: string }).__type).toBe('RefreshTokenReuseException');
    expect(problems.flatMap((p) => p.all())).toEqual([]);
  } finally {
    await context.close();
  }
}, 60_000);
