import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CognitoEmulator, EmulatorPool } from '../support/cognito-emulator';
import { recordTraffic } from '../e2e-support/chromium';
import {
  clientTokens,
  readWebStorage,
  recordConsole,
  recordDom,
  recordStorageWrites,
  secretNeedles,
  type DomSnapshot,
  type StorageWrite,
  type WebStorageSnapshot,
} from '../e2e-support/sessions-app';
import { startSessionsStack, type SessionsStack } from '../e2e-support/sessions-stack';
import type { StaticServer } from '../e2e-support/static-server';

// Issue 4, "No leaks", in real Chromium: a full flow (register → emailed code → confirm → signed in → reload →
// a refresh → sign out → sign in with the form → a refresh → sign out) with everything the page shows or says
// recorded: console output of every level (with the logged values), every URL requested or navigated to, and the
// DOM after every change (outerHTML, every attribute, the live value of every non-password field). No token
// (id, access, refresh: every one Cognito issued during the flow) and no password may appear in any of them.
// Storage holds only what the chosen adapter should: with 'local' tokens live under `rck.<clientId>.session`
// alone and nothing of the kit survives sign-out; with 'memory' neither localStorage nor sessionStorage is ever
// written.

const PASSWORD = `Leak-${Date.now().toString(36)}-Pass+word/9!`;
const TOKEN_SECONDS = 4;
const UI_TIMEOUT = 30_000;

let emulator: CognitoEmulator;
let pool: EmulatorPool;
let site: StaticServer;
let browser: Browser;

const uniqueEmail = (label: string) => `${label}.${Date.now().toString(36)}.${Math.random().toString(36).slice(2, 7)}@example.com`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

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

/** Waits until the emulator answered one more refresh and the page's client holds the new token. */
async function waitForRefresh(page: Page): Promise<void> {
  const before = emulator.requests.count({ refresh: true });
  const tokenBefore = (await clientTokens(page))?.accessToken;
  const deadline = Date.now() + TOKEN_SECONDS * 1000 * 3;
  while (Date.now() < deadline) {
    if (emulator.requests.count({ refresh: true }) > before) {
      const now = (await clientTokens(page))?.accessToken;
      if (now && now !== tokenBefore) return;
    }
    await sleep(100);
  }
  throw new Error('no refresh happened within three token lifetimes');
}

type Haystack = { where: string; text: string };

/** The places a needle was found, "where: …context…", for a readable failure. */
function findLeaks(haystacks: Haystack[], needles: Array<{ name: string; value: string }>): string[] {
  const found: string[] = [];
  for (const { where, text } of haystacks) {
    for (const { name, value } of needles) {
      const at = text.indexOf(value);
      if (at >= 0) found.push(`${name} in ${where}: …${text.slice(Math.max(0, at - 60), at)}<${name}>…`);
    }
  }
  return found;
}

interface Recording {
  page: Page;
  domSnapshots: DomSnapshot[];
  storageWrites: StorageWrite[];
  consoleLog: ReturnType<typeof recordConsole>;
  traffic: ReturnType<typeof recordTraffic>;
  /** Everything recorded so far, as text to search: console, URLs, DOM snapshots, cookies. */
  haystacks(): Promise<Haystack[]>;
}

/** A new page in `context` with every recorder on, from its first script. */
async function startRecording(context: BrowserContext): Promise<Recording> {
  const domSnapshots = await recordDom(context);
  const storageWrites = await recordStorageWrites(context);
  const contextRequests: string[] = [];
  context.on('request', (request) => contextRequests.push(request.url()));
  const page = await context.newPage();
  const consoleLog = recordConsole(page);
  const traffic = recordTraffic(page);
  const requestedBefore = site.requested.length;
  return {
    page,
    domSnapshots,
    storageWrites,
    consoleLog,
    traffic,
    async haystacks() {
      await consoleLog.settle();
      const cookies = JSON.stringify(await context.cookies()) + (await page.evaluate(() => document.cookie));
      return [
        ...consoleLog.messages.map((m, i) => ({ where: `console.${m.type} #${i}`, text: [m.text, ...m.args].join('\n') })),
        ...traffic.requests.map((r) => ({ where: `request URL (${r.method})`, text: r.url })),
        ...contextRequests.map((url) => ({ where: 'request URL (context)', text: url })),
        ...traffic.navigations.map((url) => ({ where: 'navigation', text: url })),
        ...site.requested.slice(requestedBefore).map((path) => ({ where: 'static server request', text: path })),
        ...domSnapshots.flatMap((snapshot, i) => [
          { where: `DOM #${i} outerHTML`, text: snapshot.html },
          { where: `DOM #${i} attributes`, text: snapshot.attributes.join('\n') },
          { where: `DOM #${i} field values`, text: snapshot.values.join('\n') },
          { where: `DOM #${i} title/url`, text: `${snapshot.title}\n${snapshot.url}` },
        ]),
        { where: 'cookies', text: cookies },
      ];
    },
  };
}

let stack: SessionsStack | undefined;
beforeAll(async () => {
  stack = await startSessionsStack('sessions-leaks', TOKEN_SECONDS);
  ({ emulator, pool, site, browser } = stack);
}, 180_000);

afterAll(() => stack?.stop(), 60_000);

describe('no token or password leaks during a full flow', () => {
  it.each([{ storage: 'local' as const }, { storage: 'memory' as const }])(
    'storage $storage: nothing in console, URLs or DOM; storage holds only what the adapter should',
    async ({ storage }) => {
      const sessionKey = `rck.${pool.shortClientId}.session`;
      const email = uniqueEmail(`leaks-${storage}`);
      const context = await browser.newContext();
      const recording = await startRecording(context);
      const { page, domSnapshots, storageWrites, consoleLog, traffic } = recording;
      // Every token Cognito hands the page, from the responses themselves.
      const issued = { idToken: new Set<string>(), accessToken: new Set<string>(), refreshToken: new Set<string>() };
      const responsesRead: Promise<unknown>[] = [];
      page.on('response', (response) => {
        if (!response.url().startsWith(emulator.endpoint) || response.request().method() !== 'POST') return;
        responsesRead.push(
          response
            .json()
            .then((body: { AuthenticationResult?: { IdToken?: string; AccessToken?: string; RefreshToken?: string } }) => {
              const result = body.AuthenticationResult;
              if (result?.IdToken) issued.idToken.add(result.IdToken);
              if (result?.AccessToken) issued.accessToken.add(result.AccessToken);
              if (result?.RefreshToken) issued.refreshToken.add(result.RefreshToken);
            })
            .catch(() => undefined),
        );
      });

      // Storage and the client's tokens, sampled every 100 ms throughout the flow.
      const storageSamples: Array<{ phase: string; snapshot: WebStorageSnapshot }> = [];
      const clientSamples = new Set<string>();
      let phase = 'start';
      let sampling = true;
      const sampler = (async () => {
        while (sampling) {
          try {
            storageSamples.push({ phase, snapshot: await readWebStorage(page) });
            const tokens = await clientTokens(page);
            if (tokens) for (const token of Object.values(tokens)) clientSamples.add(token);
          } catch {
            // The page was navigating (reload): sample again in a moment.
          }
          await sleep(100);
        }
      })();

      try {
        // Register, confirm with the emailed code: the form signs in by itself.
        phase = 'register';
        await page.goto(`${site.url}/?storage=${storage}`, { waitUntil: 'load' });
        await waitForStatus(page, 'signedOut');
        const register = page.getByRole('form', { name: 'Create an account' });
        await register.getByLabel('Email', { exact: true }).fill(email);
        await register.getByLabel('Password', { exact: true }).fill(PASSWORD);
        await register.getByLabel('Confirm password', { exact: true }).fill(PASSWORD);
        const sentAfter = Date.now();
        await register.getByRole('button', { name: 'Create account', exact: true }).click();
        const codeField = page.getByLabel('Verification code', { exact: true });
        await codeField.waitFor({ timeout: UI_TIMEOUT });
        phase = 'confirm';
        await codeField.fill(await emulator.codes.waitFor(email, { after: sentAfter, timeoutMs: UI_TIMEOUT }));
        await page.getByRole('button', { name: 'Confirm', exact: true }).click();
        await waitForStatus(page, 'signedIn');
        await expect(page.getByTestId('email').innerText()).resolves.toBe(email);

        // Reload: 'local' restores the session; 'memory' kept nothing, so sign in again.
        phase = 'reload';
        await page.reload({ waitUntil: 'load' });
        if (storage === 'local') {
          await waitForStatus(page, 'signedIn');
        } else {
          await waitForStatus(page, 'signedOut');
          await signInWithForm(page, email);
        }

        phase = 'refresh';
        await waitForRefresh(page);

        phase = 'sign-out';
        await page.getByRole('button', { name: 'Sign out', exact: true }).click();
        await waitForStatus(page, 'signedOut');
        await sleep(300);
        const afterFirstSignOut = await readWebStorage(page);

        phase = 'sign-in';
        await signInWithForm(page, email);
        phase = 'refresh-2';
        await waitForRefresh(page);
        phase = 'sign-out-2';
        await page.getByRole('button', { name: 'Sign out', exact: true }).click();
        await waitForStatus(page, 'signedOut');
        // A token lifetime after sign-out: no timer writes anything back.
        await sleep(TOKEN_SECONDS * 1000);
        phase = 'end';
        await sleep(200);
        sampling = false;
        await sampler;
        await consoleLog.settle();
        await Promise.all(responsesRead);
        const finalStorage = await readWebStorage(page);
        const indexedDbs = await page.evaluate(async () => (await indexedDB.databases()).map((db) => db.name));

        // --- What was issued ---
        const tokens = [
          ...[...issued.idToken].map((value) => ({ kind: 'id token', value })),
          ...[...issued.accessToken].map((value) => ({ kind: 'access token', value })),
          ...[...issued.refreshToken].map((value) => ({ kind: 'refresh token', value })),
        ];
        // Sign-up auto sign-in, reload (memory: sign-in), two refreshes, a second sign-in: ≥ 4 access tokens.
        expect(issued.accessToken.size).toBeGreaterThanOrEqual(4);
        expect(issued.idToken.size).toBeGreaterThanOrEqual(4);
        expect(issued.refreshToken.size).toBeGreaterThanOrEqual(2);
        // The client only ever held tokens Cognito issued (so the list of secrets is complete).
        const issuedValues = new Set(tokens.map((t) => t.value));
        expect([...clientSamples].filter((token) => !issuedValues.has(token))).toEqual([]);
        expect(clientSamples.size).toBeGreaterThanOrEqual(3);

        const needles = [
          { name: 'password', value: PASSWORD },
          { name: 'password (URL-encoded)', value: encodeURIComponent(PASSWORD) },
          ...tokens.flatMap(({ kind, value }) => secretNeedles(value).map((needle) => ({ name: kind, value: needle }))),
        ];

        // --- Console, URLs, DOM, cookies ---
        const haystacks = await recording.haystacks();
        expect(findLeaks(haystacks, needles)).toEqual([]);
        // The recorders did record: the flow's DOM states, its requests, its reload.
        expect(domSnapshots.length).toBeGreaterThan(10);
        expect(domSnapshots.some((s) => s.html.includes(email))).toBe(true);
        expect(traffic.requests.some((r) => r.url.startsWith(emulator.endpoint))).toBe(true);
        expect(traffic.navigations.length).toBeGreaterThanOrEqual(2);
        expect(await context.cookies()).toEqual([]);
        await expect(page.evaluate(() => document.cookie)).resolves.toBe('');
        expect(indexedDbs).toEqual([]);

        // The password went over the wire only in SignUp (sign-in is SRP).
        const withPassword = traffic.requests.filter((r) => (r.body ?? '').includes(PASSWORD)).map((r) => r.target);
        expect(withPassword).toEqual(['AWSCognitoIdentityProviderService.SignUp']);

        // --- Storage ---
        const sessionStorageWrites = storageWrites.filter((w) => w.area === 'session');
        expect(sessionStorageWrites).toEqual([]);
        for (const { phase: at, snapshot } of storageSamples) {
          expect(snapshot.session, `sessionStorage during "${at}"`).toEqual({});
          expect(JSON.stringify(snapshot), `password in storage during "${at}"`).not.toContain(PASSWORD);
        }
        if (storage === 'memory') {
          // Nothing ever written to Web Storage, and nothing found there at any sample.
          expect(storageWrites).toEqual([]);
          for (const { phase: at, snapshot } of storageSamples) expect(snapshot.local, `localStorage during "${at}"`).toEqual({});
        } else {
          // Only the kit's one key was ever written; tokens live nowhere else.
          expect([...new Set(storageWrites.map((w) => w.key))]).toEqual([sessionKey]);
          expect(storageSamples.some((s) => s.snapshot.local[sessionKey])).toBe(true);
          for (const { phase: at, snapshot } of storageSamples) {
            const elsewhere = Object.entries(snapshot.local).filter(([key]) => key !== sessionKey);
            expect(findLeaks(elsewhere.map(([key, text]) => ({ where: `localStorage["${key}"] during "${at}"`, text })), needles)).toEqual([]);
          }
        }
        // After sign-out nothing of the kit remains (nothing at all, in fact).
        for (const snapshot of [afterFirstSignOut, finalStorage]) expect(snapshot).toEqual({ local: {}, session: {} });

        const levels = consoleLog.messages.reduce<Record<string, number>>((acc, m) => ({ ...acc, [m.type]: (acc[m.type] ?? 0) + 1 }), {});
        console.info(
          `[sessions-leaks] ${storage}: ${tokens.length} tokens (${issued.accessToken.size} access, ${issued.idToken.size} id, ` +
            `${issued.refreshToken.size} refresh) × ${needles.length - 2} needles + password searched in ${consoleLog.messages.length} console messages ` +
            `${JSON.stringify(levels)}, ${haystacks.filter((h) => /request|navigation/.test(h.where)).length} URLs, ` +
            `${domSnapshots.length} DOM snapshots, ${storageSamples.length} storage samples, ${storageWrites.length} storage writes`,
        );
      } finally {
        sampling = false;
        await sampler;
        await context.close();
      }
    },
  );

  it('the recorders catch a planted leak (console object, DOM attribute, hidden field, URL, storage key)', async () => {
    const email = uniqueEmail('leaks-canary');
    await emulator.admin.signUpConfirmed(pool.userPoolId, pool.shortClientId, email, PASSWORD);
    const context = await browser.newContext();
    try {
      const recording = await startRecording(context);
      const { page } = recording;
      await page.goto(site.url, { waitUntil: 'load' });
      await waitForStatus(page, 'signedOut');
      await signInWithForm(page, email);
      const tokens = (await clientTokens(page))!;
      // What a careless app (or kit) might do, one token per channel.
      await page.evaluate(async ({ accessToken, idToken, refreshToken }) => {
        console.debug('session', { tokens: { refreshToken } });
        document.querySelector('main')!.setAttribute('data-token', accessToken);
        const field = document.createElement('input');
        field.type = 'hidden';
        field.value = idToken.split('.')[2]!;
        document.body.append(field);
        await new Promise((resolve) => setTimeout(resolve, 50));
        history.replaceState(null, '', `?t=${encodeURIComponent(accessToken)}`);
        sessionStorage.setItem('copy', idToken);
      }, tokens);
      await page.waitForTimeout(100);
      const haystacks = await recording.haystacks();
      const leaks = (name: string, value: string) => findLeaks(haystacks, secretNeedles(value).map((needle) => ({ name, value: needle })));
      const places = (name: string, value: string) => [...new Set(leaks(name, value).map((leak) => leak.split(':')[0]!.replace(/ #\d+/, '')))];
      expect(places('refresh token', tokens.refreshToken)).toEqual(['refresh token in console.debug']);
      expect(places('access token', tokens.accessToken)).toEqual(
        expect.arrayContaining(['access token in DOM outerHTML', 'access token in DOM attributes', 'access token in navigation']),
      );
      expect(places('id token', tokens.idToken)).toEqual(expect.arrayContaining(['id token in DOM field values']));
      expect(recording.storageWrites.filter((w) => w.area === 'session')).toEqual([{ area: 'session', op: 'setItem', key: 'copy' }]);
    } finally {
      await context.close();
    }
  });
});
