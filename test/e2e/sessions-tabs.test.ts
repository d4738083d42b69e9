import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CognitoEmulator, EmulatorPool } from '../support/cognito-emulator';
import { collectPageProblems, type PageProblems } from '../e2e-support/chromium';
import {
  clientAccessToken,
  lockStats,
  shownStatus,
  statusTimeline,
  storedAccessToken,
  watchRefreshLock,
  watchStatusTimeline,
} from '../e2e-support/sessions-app';
import { startSessionsStack, type SessionsStack } from '../e2e-support/sessions-stack';
import type { StaticServer } from '../e2e-support/static-server';
import { isRefresh, isRefreshPost } from '../support/request-log';

// Issue 4 in real Chromium: two tabs of one origin (one browser context, two pages) share one session.
// Sign-in and sign-out reach the other tab without a reload (sign-out within a second), and however many tabs
// are open, each token lifetime costs exactly one refresh request: with Web Locks, and with the
// storage-lease fallback in a page whose `navigator.locks` was deleted before the kit loaded (and with the
// storage-event fallback for BroadcastChannel). Also: sign-in reaches the other tab every time (1 h tokens, so
// no refresh heals a missed message), a sign-out during an in-flight refresh is not undone by its answer, and
// tabs opened on expired tokens share one refresh.

const PASSWORD = `Tabs-${Date.now().toString(36)}-Secret-9!`;
/** Access and id tokens of the short client live this long; the kit refreshes at half-life (its margin is capped there). */
const TOKEN_SECONDS = 4;
const REFRESH_EVERY_MS = (TOKEN_SECONDS * 1000) / 2;
/** Token lifetimes to watch in each refresh test (the issue asks for at least 3). */
const EXPIRIES = 4;
const UI_TIMEOUT = 30_000;
const SIGN_OUT_BUDGET_MS = 1000;

let emulator: CognitoEmulator;
let pool: EmulatorPool;
let site: StaticServer;
let browser: Browser;

const uniqueEmail = (label: string) => `${label}.${Date.now().toString(36)}.${Math.random().toString(36).slice(2, 7)}@example.com`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function newUser(label: string): Promise<string> {
  const email = uniqueEmail(label);
  await emulator.admin.signUpConfirmed(pool.userPoolId, pool.shortClientId, email, PASSWORD);
  return email;
}

async function waitForStatus(page: Page, status: string, timeout = UI_TIMEOUT): Promise<void> {
  await page.waitForFunction((want) => document.querySelector('[data-testid="status"]')?.textContent === want, status, {
    timeout,
    polling: 'raf',
  });
}

async function signInWithForm(page: Page, email: string): Promise<void> {
  const form = page.getByRole('form', { name: 'Sign in' });
  await form.getByLabel('Email', { exact: true }).fill(email);
  await form.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await form.getByRole('button', { name: 'Sign in', exact: true }).click();
  await waitForStatus(page, 'signedIn');
}

interface Tab {
  page: Page;
  problems: PageProblems;
  /** Main-frame navigations after the first load (a reload would show here). */
  navigations: string[];
  /** Refresh requests this tab sent, by time. */
  refreshesSent: number[];
}

async function openTab(context: BrowserContext, query: string): Promise<Tab> {
  const page = await context.newPage();
  const tab: Tab = { page, problems: collectPageProblems(page), navigations: [], refreshesSent: [] };
  page.on('request', (request) => {
    if (isRefreshPost(request.headers()['x-amz-target'], request.postData())) tab.refreshesSent.push(Date.now());
  });
  await page.goto(`${site.url}/${query}`, { waitUntil: 'load' });
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) tab.navigations.push(frame.url());
  });
  await waitForStatus(page, 'signedOut');
  return tab;
}

/** One browser context (one origin, shared localStorage), two pages of the app. */
async function openTwoTabs(query = ''): Promise<{ context: BrowserContext; a: Tab; b: Tab }> {
  const context = await browser.newContext();
  await watchRefreshLock(context);
  await watchStatusTimeline(context);
  const a = await openTab(context, query);
  const b = await openTab(context, query);
  return { context, a, b };
}

/** Arms a watcher in `page` that notes the page's `Date.now()` when the shown status first becomes `status`. */
async function armStatusWatch(page: Page, status: string): Promise<void> {
  await page.evaluate((want) => {
    const w = window as unknown as { __e2eStatusAt?: number };
    delete w.__e2eStatusAt;
    const output = document.querySelector('[data-testid="status"]')!;
    const observer = new MutationObserver(() => {
      if (output.textContent === want && w.__e2eStatusAt === undefined) {
        w.__e2eStatusAt = Date.now();
        observer.disconnect();
      }
    });
    observer.observe(output, { subtree: true, childList: true, characterData: true });
  }, status);
}

async function statusSeenAt(page: Page, status: string): Promise<number> {
  await waitForStatus(page, status, 10_000);
  const at = await page.evaluate(() => (window as unknown as { __e2eStatusAt?: number }).__e2eStatusAt);
  expect(at, `the watcher did not see "${status}"`).toBeTypeOf('number');
  return at!;
}

/**
 * Runs `act` (which returns the acting page's `Date.now()` when it started) and resolves to the milliseconds until
 * `page` showed `status`. Both clocks are this machine's wall clock.
 */
async function measureUntilStatus(page: Page, status: string, act: () => Promise<number>): Promise<number> {
  await armStatusWatch(page, status);
  const startedAt = await act();
  return (await statusSeenAt(page, status)) - startedAt;
}

/** Signs in with the form in `from`; resolves to how long after `from` showed "signedIn" the tab `to` did. */
async function signInPropagation(from: Page, to: Page, email: string): Promise<number> {
  await Promise.all([armStatusWatch(from, 'signedIn'), armStatusWatch(to, 'signedIn')]);
  await signInWithForm(from, email);
  return (await statusSeenAt(to, 'signedIn')) - (await statusSeenAt(from, 'signedIn'));
}

/** Clicks "Sign out" from inside the page, returning the page's `Date.now()` just before the click. */
const clickSignOut = (page: Page) =>
  page.evaluate(() => {
    const button = Array.from(document.querySelectorAll('button')).find((b) => b.textContent === 'Sign out');
    if (!button) throw new Error('no "Sign out" button');
    const startedAt = Date.now();
    button.click();
    return startedAt;
  });

const kitKeys = (page: Page) => page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('rck.')));

let stack: SessionsStack | undefined;
beforeAll(async () => {
  stack = await startSessionsStack('sessions-tabs', TOKEN_SECONDS);
  ({ emulator, pool, site, browser } = stack);
}, 180_000);

afterAll(() => stack?.stop(), 60_000);

describe('two tabs of one origin', () => {
  it.each([
    { variant: 'BroadcastChannel', query: '' },
    { variant: 'storage-event fallback (BroadcastChannel deleted)', query: '?broadcast=none' },
  ])('$variant: sign-in in one tab reaches the other without a reload; sign-out within a second, both ways', async ({ query }) => {
    const email = await newUser('tabs-sync');
    const { context, a, b } = await openTwoTabs(query);
    try {
      for (const tab of [a, b]) expect((await lockStats(tab.page)).hasBroadcastChannel).toBe(query === '');

      // Sign in in tab A: tab B follows, with no reload.
      const signInAtoB = await signInPropagation(a.page, b.page, email);
      await expect(b.page.getByTestId('email').innerText()).resolves.toBe(email);
      expect(b.navigations).toEqual([]);
      expect(await clientAccessToken(b.page)).toBe(await clientAccessToken(a.page));

      // Sign out in tab A: tab B is signed out within a second.
      const signOutAtoB = await measureUntilStatus(b.page, 'signedOut', () => clickSignOut(a.page));
      await waitForStatus(a.page, 'signedOut');
      expect(await kitKeys(a.page)).toEqual([]);
      expect(await clientAccessToken(b.page)).toBeNull();
      await expect(b.page.getByTestId('email').innerText()).resolves.toBe('');
      await b.page.getByRole('form', { name: 'Sign in' }).waitFor({ timeout: UI_TIMEOUT });

      // And the other way round: sign in in B, A follows; sign out in B, A is signed out.
      const signInBtoA = await signInPropagation(b.page, a.page, email);
      await expect(a.page.getByTestId('email').innerText()).resolves.toBe(email);
      const signOutBtoA = await measureUntilStatus(a.page, 'signedOut', () => clickSignOut(b.page));

      // Once more A → B, with tab B brought to front this time.
      await b.page.bringToFront();
      const signInAtoBBackground = await signInPropagation(a.page, b.page, email);
      const signOutAtoBBackground = await measureUntilStatus(b.page, 'signedOut', () => clickSignOut(a.page));

      console.info(
        `[sessions-tabs] ${query || 'BroadcastChannel'}: sign-in propagation A→B ${signInAtoB} ms, B→A ${signInBtoA} ms, A→B (B in front) ${signInAtoBBackground} ms; ` +
          `sign-out propagation: A→B ${signOutAtoB} ms, B→A ${signOutBtoA} ms, A→B (B in front) ${signOutAtoBBackground} ms`,
      );
      const timelines = async () => {
        const t0 = (await statusTimeline(a.page))[0]?.[0] ?? 0;
        const show = (timeline: Array<[number, string]>) => timeline.map(([at, status]) => `${at - t0} ${status}`).join(', ');
        const refreshes = emulator.requests.all().filter((r) => isRefresh(r) && r.at >= t0);
        return `A: ${show(await statusTimeline(a.page))}\nB: ${show(await statusTimeline(b.page))}\nrefreshes: ${refreshes.map((r) => `${r.at - t0} (${r.status})`).join(', ')}`;
      };
      if ([signOutAtoB, signOutBtoA, signOutAtoBBackground, signInAtoB, signInBtoA, signInAtoBBackground].some((ms) => ms >= SIGN_OUT_BUDGET_MS)) {
        console.error(`[sessions-tabs] status timelines (ms since A's first status):\n${await timelines()}`);
      }
      for (const ms of [signOutAtoB, signOutBtoA, signOutAtoBBackground]) expect(ms).toBeLessThan(SIGN_OUT_BUDGET_MS);
      for (const ms of [signInAtoB, signInBtoA, signInAtoBBackground]) expect(ms).toBeLessThan(SIGN_OUT_BUDGET_MS);

      // Signed out everywhere: no tab keeps refreshing.
      const refreshesBefore = emulator.requests.count({ refresh: true });
      await sleep(TOKEN_SECONDS * 1000);
      expect(emulator.requests.count({ refresh: true })).toBe(refreshesBefore);
      expect(await kitKeys(a.page)).toEqual([]);
      expect([...a.navigations, ...b.navigations]).toEqual([]);
      expect([...a.problems.all(), ...b.problems.all()]).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it.each([
    { variant: 'Web Locks', query: '', expectLocks: true },
    { variant: 'storage-lease fallback (navigator.locks deleted)', query: '?locks=none', expectLocks: false },
    {
      variant: 'storage lease and storage events (navigator.locks and BroadcastChannel deleted)',
      query: '?locks=none&broadcast=none',
      expectLocks: false,
    },
  ])(
    'both tabs visible, $variant: exactly one refresh per token lifetime across both tabs, over several lifetimes',
    async ({ query, expectLocks }) => {
      const email = await newUser('tabs-refresh');
      const { context, a, b } = await openTwoTabs(query);
      try {
        for (const tab of [a, b]) {
          const stats = await lockStats(tab.page);
          expect(stats.hasLocks).toBe(expectLocks);
          // Headless pages of one context are all "visible": every tab's timers run.
          await expect(tab.page.evaluate(() => document.visibilityState)).resolves.toBe('visible');
        }

        await signInWithForm(a.page, email);
        await waitForStatus(b.page, 'signedIn');
        const startedAt = Date.now();
        const firstToken = await storedAccessToken(a.page, pool.shortClientId);
        expect(firstToken).toBeTruthy();
        const refreshLog = () =>
          emulator.requests.all().filter((r) => isRefresh(r) && r.at >= startedAt);

        // Watch storage and both clients every 100 ms until EXPIRIES refreshes happened, then a little longer
        // (well short of the next one) so a second refresh for the last lifetime would be seen.
        const seenInStorage = new Set<string>([firstToken!]);
        const deadline = startedAt + (EXPIRIES + 3) * REFRESH_EVERY_MS + 10_000;
        let settleUntil = Infinity;
        let divergences = 0;
        while (Date.now() < Math.min(deadline, settleUntil)) {
          const [stored, tokenA, tokenB] = await Promise.all([
            storedAccessToken(a.page, pool.shortClientId),
            clientAccessToken(a.page),
            clientAccessToken(b.page),
          ]);
          if (stored) seenInStorage.add(stored);
          if (!(stored && tokenA && tokenB)) throw new Error('a tab lost the session during the refreshes');
          if (tokenA !== tokenB) divergences += 1;
          if (settleUntil === Infinity && refreshLog().length >= EXPIRIES) settleUntil = Date.now() + REFRESH_EVERY_MS / 2;
          await sleep(100);
        }
        const refreshes = refreshLog();
        const gaps = refreshes.slice(1).map((r, i) => r.at - refreshes[i]!.at);
        const [statsA, statsB] = await Promise.all([lockStats(a.page), lockStats(b.page)]);

        // Both tabs end on the same, fresh token: the one in storage.
        const [stored, tokenA, tokenB] = await Promise.all([
          storedAccessToken(a.page, pool.shortClientId),
          clientAccessToken(a.page),
          clientAccessToken(b.page),
        ]);
        const exp = (JSON.parse(Buffer.from(stored!.split('.')[1]!, 'base64url').toString('utf8')) as { exp: number }).exp;

        console.info(
          `[sessions-tabs] ${query || 'web locks'}: ${refreshes.length} refreshes in ${Date.now() - startedAt} ms ` +
            `(tab A sent ${a.refreshesSent.filter((t) => t >= startedAt).length}, tab B ${b.refreshesSent.filter((t) => t >= startedAt).length}); ` +
            `gaps ${gaps.join(', ')} ms; ${seenInStorage.size - 1} new tokens stored; ` +
            `lock requests A ${statsA.lockRequests} B ${statsB.lockRequests}, lease writes A ${statsA.leaseWrites} B ${statsB.leaseWrites}; ` +
            `polls with the tabs on different tokens: ${divergences}`,
        );

        expect(refreshes.length).toBeGreaterThanOrEqual(EXPIRIES);
        expect(refreshes.every((r) => r.status === 200)).toBe(true);
        // One refresh per lifetime: consecutive refreshes are a half-life apart (a second refresh of the same
        // tokens would follow within milliseconds), and each came before the tokens expired.
        for (const gap of gaps) {
          expect(gap).toBeGreaterThan(REFRESH_EVERY_MS * 0.75);
          expect(gap).toBeLessThan(TOKEN_SECONDS * 1000);
        }
        // Every refresh's tokens went to storage, and no refresh's tokens were lost by being overwritten.
        expect(seenInStorage.size - 1).toBe(refreshes.length);
        const stale = 'a tab still holds earlier tokens: it missed the last refresh (its cross-tab message came before localStorage showed the new value?)';
        expect(tokenA, stale).toBe(stored);
        expect(tokenB, stale).toBe(stored);
        expect(exp * 1000).toBeGreaterThan(Date.now());

        // Both tabs took part (each asked for the lock at about every expiry), so one refresh is not for lack of a rival.
        const asked = (s: typeof statsA) => (expectLocks ? s.lockRequests : s.leaseWrites);
        if (expectLocks) expect(statsA.leaseWrites + statsB.leaseWrites).toBe(0);
        else expect(statsA.lockRequests + statsB.lockRequests).toBe(0);
        expect(asked(statsA)).toBeGreaterThanOrEqual(refreshes.length - 1);
        expect(asked(statsB)).toBeGreaterThanOrEqual(refreshes.length - 1);

        expect([...a.navigations, ...b.navigations]).toEqual([]);
        expect([...a.problems.all(), ...b.problems.all()]).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );
  it('sign-in reaches the other tab every time: 10 rounds with 1 h tokens (no refresh to paper over a missed message)', async () => {
    // With 4 s tokens a missed sign-in message is healed by the next refresh 2 s later; with real lifetimes the
    // other tab would stay signed out for up to an hour.
    const email = await newUser('tabs-rounds');
    const { context, a, b } = await openTwoTabs(`?clientId=${pool.clientId}`);
    try {
      const rounds: Array<number | 'missed'> = [];
      for (let round = 0; round < 10; round += 1) {
        await armStatusWatch(b.page, 'signedIn');
        await signInWithForm(a.page, email);
        const signedInAt = (await statusTimeline(a.page)).at(-1)![0];
        const seen = await b.page
          .waitForFunction(() => document.querySelector('[data-testid="status"]')?.textContent === 'signedIn', undefined, { timeout: 1500 })
          .then(() => true, () => false);
        const at = await b.page.evaluate(() => (window as unknown as { __e2eStatusAt?: number }).__e2eStatusAt);
        rounds.push(seen && at !== undefined ? at - signedInAt : 'missed');
        await clickSignOut(a.page);
        await Promise.all([waitForStatus(a.page, 'signedOut'), waitForStatus(b.page, 'signedOut')]);
      }
      console.info(`[sessions-tabs] sign-in A→B over 10 rounds (ms, 1 h tokens): ${rounds.join(', ')}`);
      expect(
        rounds.filter((r) => r === 'missed' || r >= SIGN_OUT_BUDGET_MS),
        'tab B did not show the sign-in within a second (the BroadcastChannel message came before localStorage showed the session?)',
      ).toEqual([]);
      expect([...a.problems.all(), ...b.problems.all()]).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it.each([
    { variant: 'in the tab whose refresh is in flight', sameTab: true },
    { variant: 'in the other tab', sameTab: false },
  ])('sign-out while a refresh is in flight ($variant) stays signed out in both tabs', async ({ sameTab }) => {
    const email = await newUser('tabs-race');
    const context = await browser.newContext();
    await watchStatusTimeline(context);
    // Hold every refresh 1.5 s on its way to Cognito, noting which page sent it.
    let refresher: Page | undefined;
    let refreshStarted!: () => void;
    const firstRefresh = new Promise<void>((resolve) => (refreshStarted = resolve));
    await context.route(
      (url) => url.href.startsWith(emulator.endpoint),
      async (route) => {
        if (isRefreshPost(route.request().headers()['x-amz-target'], route.request().postData())) {
          refresher ??= route.request().frame().page();
          refreshStarted();
          await sleep(1500);
        }
        await route.continue();
      },
    );
    try {
      const a = await openTab(context, '');
      const b = await openTab(context, '');
      await signInWithForm(a.page, email);
      await waitForStatus(b.page, 'signedIn');
      await firstRefresh;
      const actor = sameTab ? refresher! : refresher === a.page ? b.page : a.page;
      await clickSignOut(actor);
      await Promise.all([waitForStatus(a.page, 'signedOut'), waitForStatus(b.page, 'signedOut')]);
      const signedOutAt = Date.now();
      // The held refresh answers after this; then a whole token lifetime passes.
      await sleep(1500 + TOKEN_SECONDS * 1000);
      const statuses = await Promise.all([shownStatus(a.page), shownStatus(b.page)]);
      const keys = await kitKeys(a.page);
      if (statuses.some((s) => s !== 'signedOut') || keys.length > 0) {
        const show = async (page: Page) =>
          (await statusTimeline(page)).map(([at, status]) => `${at - signedOutAt} ${status}`).join(', ');
        console.error(
          `[sessions-tabs] sign-out during a refresh (${sameTab ? 'same tab' : 'other tab'}) came undone; ms since both showed signedOut:\n` +
            `A: ${await show(a.page)}\nB: ${await show(b.page)}\nlocalStorage keys: ${keys.join(', ')}`,
        );
      }
      expect(statuses).toEqual(['signedOut', 'signedOut']);
      expect(keys).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('three tabs opened after the stored tokens expired: one refresh for all of them, all on its tokens', async () => {
    const email = await newUser('tabs-expired');
    const context = await browser.newContext();
    await watchRefreshLock(context);
    try {
      const first = await openTab(context, '');
      await signInWithForm(first.page, email);
      await first.page.close();
      // No tab open: nothing refreshes, and the stored tokens expire.
      await sleep(TOKEN_SECONDS * 1000 + 1000);
      const startedAt = Date.now();
      const pages = await Promise.all([0, 1, 2].map(() => context.newPage()));
      await Promise.all(pages.map((page) => page.goto(site.url, { waitUntil: 'load' })));
      await Promise.all(pages.map((page) => waitForStatus(page, 'signedIn')));
      await sleep(500);
      const all = emulator.requests.all().filter((r) => isRefresh(r) && r.at >= startedAt);
      // The scheduled refresh of the new tokens comes a half-life later; anything before that is a duplicate.
      const refreshes = all.filter((r) => r.at < all[0]!.at + REFRESH_EVERY_MS * 0.75);
      const tokens = await Promise.all(pages.map((page) => clientAccessToken(page)));
      const stored = await storedAccessToken(pages[0]!, pool.shortClientId);
      console.info(`[sessions-tabs] 3 tabs opened on expired tokens: ${refreshes.length} refreshes, all signed in ${Date.now() - startedAt - 500} ms after opening`);
      expect(refreshes.length).toBe(1);
      expect(new Set([...tokens, stored])).toEqual(new Set([stored]));
    } finally {
      await context.close();
    }
  });
});
