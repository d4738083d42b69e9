import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, ConsoleMessage, Page } from 'playwright-core';
import { installTarball, packKit, type QuickstartApp, type QuickstartConfig } from './quickstart-app';

/**
 * A tiny Vite app for the session e2e tests (issue 4): the packed kit, an <AuthProvider> with the given config,
 * the status and email on screen, a "Sign out" button when signed in, the kit's LoginForm and RegisterForm when not.
 *
 * Query parameters pick the variant at run time, so one build serves every test of a file:
 * - `?storage=memory` (or `session`): the AuthConfig `storage`; default `'local'`.
 * - `?locks=none`: an inline script deletes `navigator.locks` before the kit loads (a browser without Web Locks).
 * - `?broadcast=none`: the same for `BroadcastChannel` (the kit then syncs tabs through `storage` events).
 * - `?clientId=…`: another app client of the same pool (e.g. one with long-lived tokens).
 *
 * For the tests, `window.__sessionsApp` reports what the page's client holds (never rendered, never logged).
 */

export interface SessionsAppProbe {
  status(): string;
  accessToken(): string | null;
  tokens(): { idToken: string; accessToken: string; refreshToken: string } | null;
  storageKey(): string;
  crossTab(): boolean;
}

const indexHtml = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <link rel="icon" href="data:," />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <title>Sessions</title>
    <script>
      // A browser without Web Locks and/or BroadcastChannel: gone before any module (the kit) runs.
      (function () {
        var params = new URLSearchParams(location.search);
        if (params.get('locks') === 'none') Object.defineProperty(navigator, 'locks', { value: undefined, configurable: true });
        if (params.get('broadcast') === 'none') Object.defineProperty(window, 'BroadcastChannel', { value: undefined, configurable: true });
      })();
    </script>
  </head>
  <body>
    <div id="root"></div>
    <script type="module" src="/src/main.tsx"></script>
  </body>
</html>
`;

const viteConfig = `import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
});
`;

function mainSource(config: QuickstartConfig): string {
  return `import { StrictMode, useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { AuthProvider, LoginForm, RegisterForm, useAuthClient, useSession, useSignOut, type AuthConfig } from 'react-cognito-kit';
import 'react-cognito-kit/styles.css';

const params = new URLSearchParams(location.search);
const storage = (params.get('storage') ?? 'local') as 'local' | 'session' | 'memory';

const config: AuthConfig = {
  userPoolId: ${JSON.stringify(config.userPoolId)},
  clientId: params.get('clientId') ?? ${JSON.stringify(config.clientId)},
  endpoint: ${JSON.stringify(config.endpoint)},
  storage,
};

declare global {
  interface Window {
    __sessionsApp?: unknown;
  }
}

function Probe() {
  const client = useAuthClient();
  useEffect(() => {
    window.__sessionsApp = {
      status: () => client.getState().status,
      accessToken: () => client.getState().session?.tokens.accessToken ?? null,
      tokens: () => client.getState().session?.tokens ?? null,
      storageKey: () => client.config.storageKey,
      crossTab: () => client.config.crossTab,
    };
  }, [client]);
  return null;
}

function Screen() {
  const { status, isSignedIn, user } = useSession();
  const signOut = useSignOut();
  return (
    <main>
      <p>
        Status: <output data-testid="status">{status}</output>
      </p>
      <p>
        Email: <output data-testid="email">{user?.email ?? ''}</output>
      </p>
      {isSignedIn ? (
        <button type="button" onClick={() => signOut.mutate()}>
          Sign out
        </button>
      ) : status === 'loading' ? null : (
        <>
          <LoginForm />
          <RegisterForm />
        </>
      )}
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AuthProvider config={config}>
      <Probe />
      <Screen />
    </AuthProvider>
  </StrictMode>,
);
`;
}

/**
 * `npm pack`, tried again a few seconds later if it fails: a `npm run build` running at the same time (another
 * terminal) empties dist/ for a moment, and pack then misses files.
 */
async function packWhenDistSettles(destination: string): Promise<string> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await packKit(destination);
    } catch (error) {
      if (attempt >= 4) throw error;
      await new Promise((resolve) => setTimeout(resolve, 5000));
    }
  }
}

/**
 * Writes the app into `appDir` (wiped first; keep it under the repository so react, vite… resolve from its
 * node_modules) with the kit from `npm pack` in its node_modules. Build it with `buildQuickstartApp`.
 */
export async function createSessionsApp(appDir: string, config: QuickstartConfig): Promise<QuickstartApp> {
  await rm(appDir, { recursive: true, force: true });
  await mkdir(join(appDir, 'src'), { recursive: true });
  const tarballDir = await mkdtemp(join(tmpdir(), 'rck-pack-'));
  try {
    await installTarball(await packWhenDistSettles(tarballDir), appDir);
  } finally {
    await rm(tarballDir, { recursive: true, force: true });
  }
  const source = mainSource(config);
  const configFile = join(appDir, 'vite.config.ts');
  await Promise.all([
    writeFile(join(appDir, 'package.json'), JSON.stringify({ name: 'sessions-app', private: true, type: 'module' }, null, 2) + '\n'),
    writeFile(join(appDir, 'index.html'), indexHtml),
    writeFile(join(appDir, 'src', 'main.tsx'), source),
    writeFile(configFile, viteConfig),
  ]);
  return { appDir, configFile, distDir: join(appDir, 'dist'), mainSource: source };
}

// ---------------------------------------------------------------------------------------------------------------
// Reading a page's state

/** The status the page shows (`<output data-testid="status">`). */
export const shownStatus = (page: Page): Promise<string> => page.getByTestId('status').innerText();

/** What the page's auth client holds, through `window.__sessionsApp` (undefined until the app has mounted). */
export function clientAccessToken(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const probe = (window as unknown as { __sessionsApp?: SessionsAppProbe }).__sessionsApp;
    return probe ? probe.accessToken() : null;
  });
}

export function clientTokens(page: Page): Promise<{ idToken: string; accessToken: string; refreshToken: string } | null> {
  return page.evaluate(() => {
    const probe = (window as unknown as { __sessionsApp?: SessionsAppProbe }).__sessionsApp;
    return probe ? probe.tokens() : null;
  });
}

export interface WebStorageSnapshot {
  local: Record<string, string>;
  session: Record<string, string>;
}

export function readWebStorage(page: Page): Promise<WebStorageSnapshot> {
  return page.evaluate(() => {
    const dump = (storage: Storage) => {
      const out: Record<string, string> = {};
      for (let i = 0; i < storage.length; i += 1) {
        const key = storage.key(i);
        if (key !== null) out[key] = storage.getItem(key) ?? '';
      }
      return out;
    };
    return { local: dump(localStorage), session: dump(sessionStorage) };
  });
}

/** The access token in the kit's localStorage entry `rck.<clientId>.session`, or null. */
export async function storedAccessToken(page: Page, clientId: string): Promise<string | null> {
  const raw = await page.evaluate((key) => localStorage.getItem(key), `rck.${clientId}.session`);
  if (!raw) return null;
  return (JSON.parse(raw) as { tokens?: { accessToken?: string } }).tokens?.accessToken ?? null;
}

// ---------------------------------------------------------------------------------------------------------------
// Watching the refresh lock (observation only: the calls go through unchanged)

export interface LockStats {
  /** `navigator.locks.request` calls for a name ending in ".refresh-lock". */
  lockRequests: number;
  /** `Storage#setItem` calls on a key ending in ".refresh-lock" (the storage-lease fallback). */
  leaseWrites: number;
  /** Whether the page has Web Locks at all (after its own scripts ran). */
  hasLocks: boolean;
  hasBroadcastChannel: boolean;
}

/** Counts, in every page of `context`, how often the kit asks for its refresh lock (Web Locks or storage lease). */
export async function watchRefreshLock(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const stats = { lockRequests: 0, leaseWrites: 0 };
    (window as unknown as { __e2eLockStats?: typeof stats }).__e2eLockStats = stats;
    const isLock = (name: unknown) => typeof name === 'string' && name.endsWith('.refresh-lock');
    if (typeof LockManager !== 'undefined') {
      const request = LockManager.prototype.request;
      LockManager.prototype.request = function (this: LockManager, name: string, ...rest: unknown[]) {
        if (isLock(name)) stats.lockRequests += 1;
        return (request as (...args: unknown[]) => Promise<unknown>).call(this, name, ...rest);
      } as typeof request;
    }
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
      if (isLock(key)) stats.leaseWrites += 1;
      return setItem.call(this, key, value);
    };
  });
}

export function lockStats(page: Page): Promise<LockStats> {
  return page.evaluate(() => {
    const stats = (window as unknown as { __e2eLockStats?: { lockRequests: number; leaseWrites: number } }).__e2eLockStats;
    return {
      lockRequests: stats?.lockRequests ?? 0,
      leaseWrites: stats?.leaseWrites ?? 0,
      hasLocks: typeof navigator.locks !== 'undefined' && navigator.locks !== null,
      hasBroadcastChannel: typeof BroadcastChannel !== 'undefined',
    };
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Recording everything a page shows or says (for the leak test)

export interface ConsoleRecord {
  type: string;
  text: string;
  /** Each argument's JSON value where it has one (objects logged as objects), else its string form. */
  args: string[];
}

/** Every console message of every level, with its arguments' values, and uncaught errors as type "pageerror". */
export function recordConsole(page: Page): { messages: ConsoleRecord[]; settle(): Promise<void> } {
  const messages: ConsoleRecord[] = [];
  const pending: Promise<unknown>[] = [];
  page.on('console', (message: ConsoleMessage) => {
    const record: ConsoleRecord = { type: message.type(), text: message.text(), args: [] };
    messages.push(record);
    for (const arg of message.args()) {
      pending.push(
        arg
          .jsonValue()
          .then((value: unknown) => record.args.push(typeof value === 'string' ? value : JSON.stringify(value) ?? String(value)))
          .catch(() => record.args.push(String(arg))),
      );
    }
  });
  page.on('pageerror', (error) => messages.push({ type: 'pageerror', text: `${error.name}: ${error.message}\n${error.stack ?? ''}`, args: [] }));
  return { messages, settle: () => Promise.all(pending).then(() => undefined) };
}

export interface DomSnapshot {
  url: string;
  /** `document.documentElement.outerHTML`. */
  html: string;
  /** Every attribute of every element (also those outside outerHTML's reach: none today, but cheap), "tag@name=value". */
  attributes: string[];
  /** Live `.value` of inputs and textareas that are not password fields (a token typed into a field is a leak too). */
  values: string[];
  title: string;
}

/**
 * Sends a snapshot of the DOM to Node after every batch of mutations, from the first script of every document in
 * `context` on, across reloads. Identical consecutive snapshots are sent once.
 */
export async function recordDom(context: BrowserContext): Promise<DomSnapshot[]> {
  const snapshots: DomSnapshot[] = [];
  await context.exposeBinding('__e2eDomSnapshot', (_source, snapshot: DomSnapshot) => {
    snapshots.push(snapshot);
  });
  await context.addInitScript(() => {
    const send = (window as unknown as { __e2eDomSnapshot: (s: unknown) => Promise<void> }).__e2eDomSnapshot;
    let last = '';
    let queued = false;
    const take = () => {
      queued = false;
      const root = document.documentElement;
      if (!root) return;
      const attributes: string[] = [];
      const values: string[] = [];
      for (const element of Array.from(document.querySelectorAll('*'))) {
        for (const attribute of Array.from(element.attributes)) attributes.push(`${element.tagName.toLowerCase()}@${attribute.name}=${attribute.value}`);
        if ((element instanceof HTMLInputElement && element.type !== 'password') || element instanceof HTMLTextAreaElement) {
          values.push(element.value);
        }
      }
      const html = root.outerHTML;
      const key = html + '\u0000' + values.join('\u0000');
      if (key === last) return;
      last = key;
      void send({ url: location.href, html, attributes, values, title: document.title });
    };
    const schedule = () => {
      if (queued) return;
      queued = true;
      queueMicrotask(take);
    };
    new MutationObserver(schedule).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    // Typing changes `.value` without a mutation.
    document.addEventListener('input', schedule, true);
    addEventListener('load', schedule);
  });
  return snapshots;
}

export interface StorageWrite {
  area: 'local' | 'session';
  op: 'setItem' | 'removeItem' | 'clear';
  key: string;
}

/** Every write to localStorage / sessionStorage in every page of `context` (keys only, never values). */
export async function recordStorageWrites(context: BrowserContext): Promise<StorageWrite[]> {
  const writes: StorageWrite[] = [];
  await context.exposeBinding('__e2eStorageWrite', (_source, write: StorageWrite) => {
    writes.push(write);
  });
  await context.addInitScript(() => {
    const send = (window as unknown as { __e2eStorageWrite: (w: unknown) => Promise<void> }).__e2eStorageWrite;
    const area = (storage: Storage) => (storage === window.sessionStorage ? 'session' : 'local');
    const { setItem, removeItem, clear } = Storage.prototype;
    Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
      void send({ area: area(this), op: 'setItem', key: String(key) });
      return setItem.call(this, key, value);
    };
    Storage.prototype.removeItem = function (this: Storage, key: string) {
      void send({ area: area(this), op: 'removeItem', key: String(key) });
      return removeItem.call(this, key);
    };
    Storage.prototype.clear = function (this: Storage) {
      void send({ area: area(this), op: 'clear', key: '' });
      return clear.call(this);
    };
  });
  return writes;
}

/** Pieces of a secret worth searching for: the whole string, and each dot-separated part of a JWT (≥ 16 chars). */
export function secretNeedles(secret: string): string[] {
  const parts = secret.split('.').filter((part) => part.length >= 16);
  return [...new Set([secret, ...(parts.length > 1 ? parts : [])])];
}

// ---------------------------------------------------------------------------------------------------------------
// Status timeline (diagnostics: what each tab showed, when)

/** Records, in every page of `context`, each change of the shown status with the page's `Date.now()`. */
export async function watchStatusTimeline(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const timeline: Array<[number, string]> = [];
    (window as unknown as { __e2eStatusTimeline?: typeof timeline }).__e2eStatusTimeline = timeline;
    let last: string | undefined;
    const check = () => {
      const text = document.querySelector('[data-testid="status"]')?.textContent ?? undefined;
      if (text !== undefined && text !== last) {
        last = text;
        timeline.push([Date.now(), text]);
      }
    };
    new MutationObserver(check).observe(document, { subtree: true, childList: true, characterData: true });
  });
}

export function statusTimeline(page: Page): Promise<Array<[number, string]>> {
  return page.evaluate(() => (window as unknown as { __e2eStatusTimeline?: Array<[number, string]> }).__e2eStatusTimeline ?? []);
}
