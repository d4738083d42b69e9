import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../e2e-support/chromium';
import { repoRoot } from '../e2e-support/quickstart-app';
import { serveStatic, type StaticServer } from '../e2e-support/static-server';
import type { CognitoEmulator, EmulatorPool } from '../support/cognito-emulator';
import { buildApp, type AppSource } from './apps';
import { longestTask, markTime, parseTrace, rendererTasks, type TraceEvent } from './trace-tasks';

// In Chromium (Debian's): the main thread during one SRP sign-in through LoginForm vs the bare SDK, and how
// often a sibling useSession consumer re-renders.

/**
 * Records every long task (> 50 ms) from the first script on; and, between __gaps.start() and __gaps.stop(), how
 * long a posted message waits for its turn (a MessageChannel ping-pong: what React's scheduler posts) and the
 * longest gap between two animation frames (a spinner that freezes).
 */
const LONGTASK_OBSERVER = `<script>
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  (() => {
    const gaps = (window.__gaps = { active: false, postedWait: 0, frameGap: 0, start, stop });
    const channel = new MessageChannel();
    let postedAt = 0;
    let lastFrame = 0;
    const post = () => { postedAt = performance.now(); channel.port2.postMessage(null); };
    channel.port1.onmessage = () => {
      if (!gaps.active) return;
      gaps.postedWait = Math.max(gaps.postedWait, performance.now() - postedAt);
      post();
    };
    const frame = (now) => {
      if (!gaps.active) return;
      if (lastFrame) gaps.frameGap = Math.max(gaps.frameGap, now - lastFrame);
      lastFrame = now;
      requestAnimationFrame(frame);
    };
    function start() {
      Object.assign(gaps, { active: true, postedWait: 0, frameGap: 0 });
      lastFrame = 0;
      post();
      requestAnimationFrame(frame);
    }
    function stop() {
      gaps.active = false;
      return { postedWait: gaps.postedWait, frameGap: gaps.frameGap };
    }
  })();
</script>`;

interface BenchWindow {
  __longTasks: Array<{ start: number; duration: number }>;
  __gaps: { start(): void; stop(): { postedWait: number; frameGap: number } };
  __submitAt?: number;
  __signedInAt?: number;
  sdkSignIn?: (
    config: { pool: string; client: string; endpoint: string },
    email: string,
    password: string,
  ) => Promise<{ start: number; end: number; gaps: { postedWait: number; frameGap: number } }>;
  __gapsAtSignIn?: { postedWait: number; frameGap: number };
  __bench?: { sessionRenders: number; contextValues: unknown[]; client?: { refresh(): Promise<unknown> } };
}

/** The kit's LoginForm, from the packed package, pointed at the emulator through the query string. */
export const kitSignInApp = (): AppSource => ({
  name: 'signin-kit',
  head: LONGTASK_OBSERVER,
  main: `import { StrictMode, useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { AuthProvider, LoginForm, ProtectedRoute, useSession } from 'react-cognito-kit';
import 'react-cognito-kit/styles.css';

const q = new URLSearchParams(location.search);
const w = window as unknown as { __submitAt?: number; __signedInAt?: number; __gapsAtSignIn?: unknown };
// The mark puts the press in the trace: only tasks from the user's press on are measured.
document.addEventListener('pointerdown', () => performance.mark('rck-bench:press'), true);
document.addEventListener('submit', () => { w.__submitAt = performance.now(); }, true);

function SignedIn() {
  const { user } = useSession();
  useEffect(() => {
    w.__signedInAt = performance.now();
    w.__gapsAtSignIn = (window as unknown as { __gaps: { stop(): unknown } }).__gaps.stop();
  }, []);
  return <p>Signed in as {user?.email}</p>;
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AuthProvider config={{ userPoolId: q.get('pool')!, clientId: q.get('client')!, endpoint: q.get('endpoint')!, storage: 'memory' }}>
      <ProtectedRoute fallback={<LoginForm />}>
        <SignedIn />
      </ProtectedRoute>
    </AuthProvider>
  </StrictMode>,
);
`,
});

/** The SDK alone: CognitoUser.authenticateUser with its default flow (USER_SRP_AUTH). */
const sdkSignInApp = (): AppSource => ({
  name: 'signin-sdk',
  head: LONGTASK_OBSERVER,
  define: { global: 'globalThis' },
  main: `import { AuthenticationDetails, CognitoUser, CognitoUserPool } from 'amazon-cognito-identity-js';

(window as unknown as { sdkSignIn: unknown }).sdkSignIn = (config: { pool: string; client: string; endpoint: string }, email: string, password: string) =>
  new Promise((resolve, reject) => {
    const start = performance.now();
    performance.mark('rck-bench:press');
    const pool = new CognitoUserPool({ UserPoolId: config.pool, ClientId: config.client, endpoint: config.endpoint });
    const user = new CognitoUser({ Username: email, Pool: pool });
    user.authenticateUser(new AuthenticationDetails({ Username: email, Password: password }), {
      onSuccess: () => resolve({ start, end: performance.now(), gaps: (window as unknown as { __gaps: { stop(): unknown } }).__gaps.stop() }),
      onFailure: reject,
    });
  });
`,
});

/** From the kit's source (the context object is internal): counts renders of a sibling useSession consumer. */
const rendersApp = (): AppSource => {
  const src = (path: string) => JSON.stringify(join(repoRoot, 'src', path));
  return {
    name: 'renders',
    main: `import { StrictMode, useContext, useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { AuthProvider, LoginForm, ProtectedRoute, useAuthClient, useSession } from ${src('index.ts')};
import { AuthContext } from ${src('react/AuthContext.ts')};

const q = new URLSearchParams(location.search);
const bench = ((window as unknown as { __bench: unknown }).__bench = { sessionRenders: 0, contextValues: [] as unknown[], client: undefined as unknown });

/** A sibling of the form that reads the session: the component that must not re-render while the user types. */
function SessionBadge() {
  const { status, user } = useSession();
  bench.sessionRenders++;
  return <output>{status} {user?.email}</output>;
}

function ContextProbe() {
  const value = useContext(AuthContext);
  if (!bench.contextValues.includes(value)) bench.contextValues.push(value);
  return null;
}

function ExposeClient() {
  const client = useAuthClient();
  useEffect(() => { bench.client = client; }, [client]);
  return null;
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AuthProvider config={{ userPoolId: q.get('pool')!, clientId: q.get('client')!, endpoint: q.get('endpoint')!, storage: 'memory' }}>
      <SessionBadge />
      <ContextProbe />
      <ExposeClient />
      <ProtectedRoute fallback={<LoginForm />}>
        <p>Signed in</p>
      </ProtectedRoute>
    </AuthProvider>
  </StrictMode>,
);
`,
  };
};

export interface SignInRun {
  /** Longest main-thread task between submit and signed in (Chromium trace, RunTask on CrRendererMain), ms. */
  longestTaskMs: number;
  /** The thread (CPU) time of the longest task by that measure: what a busy machine does not inflate. */
  longestTaskCpuMs: number;
  /** Tasks over 50 ms the page's own PerformanceObserver('longtask') saw. */
  longTasks: number;
  /** Submit to signed in, ms (in-page clock). */
  signInMs: number;
  /** The longest a posted message (MessageChannel) waited for its turn between the click and signed in, ms. */
  postedWaitMs: number;
  /** The longest gap between two animation frames between the click and signed in, ms. */
  frameGapMs: number;
}

export interface MainThreadRuns {
  /** SRP in the kit's Web Worker. */
  kit: SignInRun[];
  /** The same page under a CSP that allows no worker: SRP in slices on the main thread. */
  kitMainThread: SignInRun[];
  sdk: SignInRun[];
}

/** The same sign-ins at full speed and with the CPU throttled 4× (DevTools' Emulation.setCPUThrottlingRate). */
export interface MainThreadResult {
  unthrottled: MainThreadRuns;
  throttled4x: MainThreadRuns;
}

export interface RendersResult {
  whileTyping20: number;
  signIn: number;
  oneRefresh: number;
  contextIdentities: number;
}

let traceCount = 0;
// user_timing: the page's mark at the press, so tasks before it (Playwright's own steps) are not counted.
export const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', 'blink.user_timing'];
export const PRESS_MARK = 'rck-bench:press';
/** How long the bench holds the mouse button down: a quick human click (they take 50–150 ms). */
export const PRESS_MS = 80;

/** The longest RunTask on the renderer's main thread from the press on (or, with no mark, in the whole trace). */
export function longestRendererTask(trace: Buffer | TraceEvent[]): { wall: number; cpu: number } {
  const events = Array.isArray(trace) ? trace : parseTrace(trace);
  return longestTask(rendererTasks(events, markTime(events, PRESS_MARK)));
}

async function traced<T>(
  browser: Browser,
  page: Page,
  work: () => Promise<T>,
  categories = TRACE_CATEGORIES,
): Promise<{ result: T; longestTaskMs: number; longestTaskCpuMs: number; events: TraceEvent[] }> {
  await browser.startTracing(page, { categories });
  let result: T;
  try {
    result = await work();
  } catch (error) {
    await browser.stopTracing().catch(() => undefined);
    throw error;
  }
  const trace = await browser.stopTracing();
  // BENCH_TRACE_DIR=… keeps every trace (open in DevTools' Performance panel or chrome://tracing).
  if (process.env.BENCH_TRACE_DIR) {
    await mkdir(process.env.BENCH_TRACE_DIR, { recursive: true });
    await writeFile(join(process.env.BENCH_TRACE_DIR, `trace-${Date.now()}-${++traceCount}.json`), trace);
  }
  const events = parseTrace(trace);
  const longest = longestRendererTask(events);
  return { result, longestTaskMs: longest.wall, longestTaskCpuMs: longest.cpu, events };
}

export interface BrowserBench {
  mainThread(runs: number): Promise<MainThreadResult>;
  /**
   * One kit sign-in (a new page) at `cpuRate`, its trace with the V8 sampling profile: for ./profile-sign-in.ts.
   * `compare`: the page built earlier that `compareDistDir` names (the kit before a change), served the same way.
   */
  profileKit(cpuRate: number, compare?: boolean, sampler?: boolean): Promise<{ run: SignInRun; events: TraceEvent[] }>;
  renders(): Promise<RendersResult>;
  chromiumVersion: string;
  close(): Promise<void>;
}

const longTasksSince = (page: Page, since: number) =>
  page.evaluate((t) => (window as unknown as BenchWindow).__longTasks.filter((task) => task.start + task.duration >= t).length, since);

/** Builds the three pages, serves them, launches Chromium. `kitDir` holds node_modules/react-cognito-kit. */
export async function startBrowserBench(options: {
  emulator: CognitoEmulator;
  pool: EmulatorPool;
  newUser: () => Promise<{ email: string; password: string }>;
  appsDir: string;
  /** A kit sign-in page built before (its dist/), to profile side by side with this one. */
  compareDistDir?: string;
}): Promise<BrowserBench> {
  const { emulator, pool, newUser, appsDir } = options;
  const [kitApp, sdkApp, renders] = await Promise.all([
    buildApp(kitSignInApp(), appsDir),
    buildApp(sdkSignInApp(), appsDir),
    buildApp(rendersApp(), appsDir),
  ]);
  const servers: StaticServer[] = await Promise.all([kitApp, sdkApp, renders].map((app) => serveStatic(app.distDir)));
  const [kitSite, sdkSite, rendersSite] = servers as [StaticServer, StaticServer, StaticServer];
  // The same kit page under a Content-Security-Policy that allows no worker: the sliced main-thread fallback. Inline
  // scripts are allowed for the page's monitors; workers fall under child-src before script-src.
  const csp = `default-src 'self'; script-src 'self' 'unsafe-inline'; connect-src 'self' ${new URL(emulator.endpoint).origin}; style-src 'self' 'unsafe-inline'; img-src 'self' data:; child-src 'none'`;
  const kitNoWorkerSite = await serveStatic(kitApp.distDir, { headers: { 'Content-Security-Policy': csp } });
  servers.push(kitNoWorkerSite);
  const compareSite = options.compareDistDir ? await serveStatic(options.compareDistDir) : undefined;
  if (compareSite) servers.push(compareSite);
  const query = `?pool=${encodeURIComponent(pool.userPoolId)}&client=${encodeURIComponent(pool.clientId)}&endpoint=${encodeURIComponent(emulator.endpoint)}`;
  const browser = await launchChromium();

  async function withPage<T>(url: string, run: (page: Page) => Promise<T>, cpuRate = 1): Promise<T> {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      // From before the page loads: the first sign-in after a load (code not yet compiled) is the one measured.
      if (cpuRate !== 1) await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: cpuRate });
      await page.goto(url);
      const result = await run(page);
      if (errors.length) throw new Error(`The bench page failed: ${errors.join('; ')}`);
      return result;
    } finally {
      await context.close();
    }
  }

  async function kitSignInTraced(cpuRate: number, site = kitSite, categories = TRACE_CATEGORIES): Promise<{ run: SignInRun; events: TraceEvent[] }> {
    const { email, password } = await newUser();
    return withPage(
      `${site.url}/${query}`,
      async (page) => {
        const form = page.getByRole('form', { name: 'Sign in' });
        await form.getByLabel('Email', { exact: true }).fill(email);
        await form.getByLabel('Password', { exact: true }).fill(password);
        // As a user who takes a moment to type: the page's own start-up work (chunks, the SRP worker) is done.
        await page.waitForTimeout(300 * cpuRate);
        // A plain mouse click where the button is, as a user's: Playwright's own click checks the hit target with
        // a listener of its own inside the click's task (elementsFromPoint & co.), which counted against the kit.
        const box = await form.getByRole('button', { name: 'Sign in', exact: true }).boundingBox();
        if (!box) throw new Error('The Sign in button is not on screen');
        // The pointer reaches the button first, as a user's does well before pressing it: else the hover's events
        // (pointerover, mouseover…) are dispatched in the click's task.
        await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
        await page.waitForTimeout(100 * cpuRate);
        const { longestTaskMs, longestTaskCpuMs, events } = await traced(
          browser,
          page,
          async () => {
            await page.evaluate(() => (window as unknown as BenchWindow).__gaps.start());
            // Pressed, held as a person holds a button, released: Playwright's click sends both at once, and
            // Chromium ran the press (focus leaving the password field, its change event) and the release in one
            // task, which no hand does. Every task from the press on counts.
            await page.mouse.down();
            await page.waitForTimeout(PRESS_MS);
            await page.mouse.up();
            await page.getByText(`Signed in as ${email}`).waitFor({ timeout: 60_000 });
          },
          categories,
        );
        const { submitAt, signedInAt, gaps } = await page.evaluate(() => {
          const w = window as unknown as BenchWindow;
          return { submitAt: w.__submitAt ?? NaN, signedInAt: w.__signedInAt ?? NaN, gaps: w.__gapsAtSignIn ?? { postedWait: NaN, frameGap: NaN } };
        });
        const run = {
          longestTaskMs,
          longestTaskCpuMs,
          longTasks: await longTasksSince(page, submitAt),
          signInMs: signedInAt - submitAt,
          postedWaitMs: gaps.postedWait,
          frameGapMs: gaps.frameGap,
        };
        return { run, events };
      },
      cpuRate,
    );
  }

  const kitSignIn = async (cpuRate: number, site = kitSite): Promise<SignInRun> => (await kitSignInTraced(cpuRate, site)).run;

  async function sdkSignIn(cpuRate: number): Promise<SignInRun> {
    const { email, password } = await newUser();
    return withPage(
      `${sdkSite.url}/`,
      async (page) => {
        await page.waitForFunction(() => typeof (window as unknown as BenchWindow).sdkSignIn === 'function');
        await page.waitForTimeout(300 * cpuRate);
        const since = await page.evaluate(() => performance.now());
        const config = { pool: pool.userPoolId, client: pool.clientId, endpoint: emulator.endpoint };
        const { result, longestTaskMs, longestTaskCpuMs } = await traced(browser, page, () =>
          page.evaluate(([c, e, p]) => {
            const w = window as unknown as BenchWindow;
            w.__gaps.start();
            return w.sdkSignIn!(c, e, p);
          }, [config, email, password] as const),
        );
        return {
          longestTaskMs,
          longestTaskCpuMs,
          longTasks: await longTasksSince(page, since),
          signInMs: result.end - result.start,
          postedWaitMs: result.gaps.postedWait,
          frameGapMs: result.gaps.frameGap,
        };
      },
      cpuRate,
    );
  }

  async function runs(count: number, cpuRate: number): Promise<MainThreadRuns> {
    const kit: SignInRun[] = [];
    const kitMainThread: SignInRun[] = [];
    const sdk: SignInRun[] = [];
    // Alternate so all see the same machine load. Every run is a new page: each is the first sign-in after a load.
    for (let i = 0; i < count; i++) {
      kit.push(await kitSignIn(cpuRate));
      kitMainThread.push(await kitSignIn(cpuRate, kitNoWorkerSite));
      sdk.push(await sdkSignIn(cpuRate));
    }
    return { kit, kitMainThread, sdk };
  }

  return {
    chromiumVersion: browser.version(),

    async mainThread(count) {
      // One warm-up each (the emulator's and the static server's first requests), not counted.
      await kitSignIn(1);
      await sdkSignIn(1);
      return { unthrottled: await runs(count, 1), throttled4x: await runs(count, 4) };
    },

    profileKit: (cpuRate, compare, sampler = true) =>
      kitSignInTraced(cpuRate, (compare && compareSite) || kitSite, sampler ? [...TRACE_CATEGORIES, 'disabled-by-default-v8.cpu_profiler'] : TRACE_CATEGORIES),

    async renders() {
      const { email, password } = await newUser();
      return withPage(`${rendersSite.url}/${query}`, async (page) => {
        const bench = () => page.evaluate(() => (window as unknown as BenchWindow).__bench!.sessionRenders);
        const form = page.getByRole('form', { name: 'Sign in' });
        const emailField = form.getByLabel('Email', { exact: true });
        await emailField.waitFor();
        await page.waitForTimeout(200);
        const beforeTyping = await bench();
        const typed = email.length >= 20 ? email.slice(0, 20) : email.padEnd(20, 'x');
        await emailField.pressSequentially(typed);
        await page.waitForTimeout(200);
        const afterTyping = await bench();
        await emailField.fill(email);
        await form.getByLabel('Password', { exact: true }).fill(password);
        const beforeSignIn = await bench();
        await form.getByRole('button', { name: 'Sign in', exact: true }).click();
        await page.getByText('Signed in', { exact: true }).waitFor({ timeout: 30_000 });
        await page.waitForTimeout(200);
        const afterSignIn = await bench();
        await page.evaluate(() => (window as unknown as BenchWindow).__bench!.client!.refresh());
        await page.waitForTimeout(300);
        const afterRefresh = await bench();
        const contextIdentities = await page.evaluate(() => (window as unknown as BenchWindow).__bench!.contextValues.length);
        return {
          whileTyping20: afterTyping - beforeTyping,
          signIn: afterSignIn - beforeSignIn,
          oneRefresh: afterRefresh - afterSignIn,
          contextIdentities,
        };
      });
    },

    async close() {
      await browser.close();
      await Promise.all(servers.map((s) => s.close()));
    },
  };
}
