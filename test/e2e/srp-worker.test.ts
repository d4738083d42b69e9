import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type BuiltApp } from '../bench/apps';
import { collectPageProblems, launchChromium, recordTraffic } from '../e2e-support/chromium';
import { installTarball, packKit, repoRoot } from '../e2e-support/quickstart-app';
import { serveStatic, type StaticServer } from '../e2e-support/static-server';
import { startCognitoEmulator, type CognitoEmulator, type EmulatorPool } from '../support/cognito-emulator';

// Where the SRP maths of a sign-in runs in a browser: in the Web Worker (an app built with plain Vite from the
// packed kit), and on the main thread when a Content-Security-Policy allows no worker (child-src 'none' and no
// worker-src, so workers fall under child-src), with the reason srpEngine() gives.

const APP_DIR = join(repoRoot, 'test', '.tmp', 'srp-worker-app');
const PASSWORD = `Worker-${Date.now().toString(36)}-Secret-9!`;

/** LoginForm from the packed kit; once signed in it shows where the SRP maths ran, as srpEngine() says. */
const app = {
  name: 'srp-worker',
  main: `import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { AuthProvider, LoginForm, ProtectedRoute, srpEngine, useSession } from 'react-cognito-kit';
import 'react-cognito-kit/styles.css';

const q = new URLSearchParams(location.search);

function SignedIn() {
  const { user } = useSession();
  const [engine, setEngine] = useState('');
  useEffect(() => void srpEngine().then((info) => setEngine(JSON.stringify(info))), []);
  return <><p>Signed in as {user?.email}</p><output aria-label="SRP engine">{engine}</output></>;
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
};

/** Counts what the page posts to any Worker, by operation (the password is never kept). */
const COUNT_WORKER_MESSAGES = () => {
  const counts: Record<string, number> = {};
  (window as unknown as { __workerOps: Record<string, number> }).__workerOps = counts;
  const post = Worker.prototype.postMessage;
  Worker.prototype.postMessage = function (this: Worker, message: unknown, ...rest: unknown[]) {
    const op = typeof message === 'object' && message !== null ? String((message as { op?: unknown }).op) : String(message);
    counts[op] = (counts[op] ?? 0) + 1;
    return (post as (...args: unknown[]) => void).call(this, message, ...rest);
  } as typeof post;
};

let emulator: CognitoEmulator;
let pool: EmulatorPool;
let built: BuiltApp;
let browser: Browser;

beforeAll(async () => {
  const [started] = await Promise.all([
    startCognitoEmulator(),
    (async () => {
      await rm(APP_DIR, { recursive: true, force: true });
      await installTarball(await packKit(), APP_DIR);
      built = await buildApp(app, APP_DIR);
    })(),
  ]);
  emulator = started;
  pool = await emulator.createPool({ name: 'srp-worker' });
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await emulator?.stop();
  if (!process.env.KEEP_E2E_APP) await rm(APP_DIR, { recursive: true, force: true });
}, 60_000);

async function signIn(site: StaticServer) {
  const email = `worker.${Date.now().toString(36)}.${Math.random().toString(36).slice(2, 7)}@example.com`;
  await emulator.admin.signUpConfirmed(pool.userPoolId, pool.clientId, email, PASSWORD);
  const context = await browser.newContext();
  await context.addInitScript(COUNT_WORKER_MESSAGES);
  const page: Page = await context.newPage();
  const problems = collectPageProblems(page);
  const traffic = recordTraffic(page);
  const query = new URLSearchParams({ pool: pool.userPoolId, client: pool.clientId, endpoint: emulator.endpoint });
  await page.goto(`${site.url}/?${query}`);
  const form = page.getByRole('form', { name: 'Sign in' });
  await form.getByLabel('Email', { exact: true }).fill(email);
  await form.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await form.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.getByText(`Signed in as ${email}`).waitFor({ timeout: 30_000 });
  const engineText = page.getByRole('status', { name: 'SRP engine' }).or(page.getByLabel('SRP engine'));
  await expect.poll(() => engineText.textContent(), { timeout: 10_000 }).not.toBe('');
  const engine = JSON.parse((await engineText.textContent())!) as { engine: string; reason?: string };
  const workerOps = await page.evaluate(() => (window as unknown as { __workerOps: Record<string, number> }).__workerOps);
  const targets = traffic.requests.map((r) => r.target?.split('.')[1]).filter(Boolean);
  const initiate = traffic.requests.find((r) => r.target?.endsWith('.InitiateAuth'));
  await context.close();
  return { engine, workerOps, targets, initiate, problems: problems.all() };
}

describe('the SRP maths of a sign-in, in Chromium', () => {
  it('runs in the Web Worker of an app built with plain Vite: A and the signature come from it', async () => {
    expect(built.workers.map((w) => w.fileName), 'Vite emitted the kit’s worker as a file of its own').toEqual([expect.stringMatching(/srp-worker-[\w-]+\.js$/)]);
    const site = await serveStatic(built.distDir);
    try {
      const run = await signIn(site);
      expect(run.engine).toEqual({ engine: 'worker' });
      expect(run.workerOps).toEqual({ session: 1, signature: 1 });
      expect(site.requested.some((path) => /srp-worker-[\w-]+\.js$/.test(path))).toBe(true);
      expect(site.requested.some((path) => path.includes('main-thread-engine')), 'the main-thread maths is never downloaded').toBe(false);
      expect(run.targets).toEqual(['InitiateAuth', 'RespondToAuthChallenge']);
      expect(JSON.parse(run.initiate!.body!).AuthParameters.SRP_A).toMatch(/^[0-9a-f]{700,}$/);
      expect(run.problems).toEqual([]);
    } finally {
      await site.close();
    }
  });

  it('falls back to the main thread under a CSP that allows no worker, still signs in, and says why', async () => {
    const csp = `default-src 'self'; connect-src 'self' ${new URL(emulator.endpoint).origin}; style-src 'self' 'unsafe-inline'; img-src 'self' data:; child-src 'none'`;
    const site = await serveStatic(built.distDir, { headers: { 'Content-Security-Policy': csp } });
    try {
      const run = await signIn(site);
      expect(run.engine.engine).toBe('main-thread');
      // Chromium reports the effective directive (worker-src) though the policy refused it through child-src.
      expect(run.engine.reason).toBe("the SRP worker did not start: Content-Security-Policy refused it (worker-src; allow it with worker-src 'self')");
      expect(site.requested.some((path) => path.includes('main-thread-engine'))).toBe(true);
      expect(run.workerOps, 'nothing was posted to a worker').toEqual({});
      expect(run.targets).toEqual(['InitiateAuth', 'RespondToAuthChallenge']);
      // The only console error is Chromium's report of the refused worker.
      expect(run.problems.filter((p) => !/Content Security Policy/i.test(p))).toEqual([]);
    } finally {
      await site.close();
    }
  });
});
