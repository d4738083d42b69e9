import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../e2e-support/chromium';
import { repoRoot } from '../e2e-support/quickstart-app';
import { serveStatic } from '../e2e-support/static-server';
import type { CognitoEmulator, RequestRecord } from '../support/cognito-emulator';
import { PASSWORDLESS_POOL } from '../support/passwordless-pool';
import { SoftwareAuthenticator } from '../support/software-authenticator';
import { buildApp, type AppSource } from './apps';

// In Chromium, through LoginForm, against the emulator: the Cognito requests and the time a user waits for each way
// to sign in — the password with SRP (USER_SRP_AUTH), and under USER_AUTH the password, an emailed code and a passkey.

export const SIGN_IN_METHODS = ['password SRP (USER_SRP_AUTH)', 'password under USER_AUTH', 'email code (USER_AUTH EMAIL_OTP)', 'passkey (USER_AUTH WEB_AUTHN)'] as const;
export type SignInMethod = (typeof SIGN_IN_METHODS)[number];

export interface MethodRun {
  /** The sum, over the user's clicks, of click → the next screen (the next step, or signed in), ms. */
  waitMs: number;
  /** Each click's wait, in order, ms. */
  stepsMs: number[];
  /** Every Cognito request from the first click to signed in, as the emulator logged them. */
  requests: Array<Pick<RequestRecord, 'target' | 'challengeName' | 'authFlow' | 'status'>>;
}

export type MethodRuns = Record<SignInMethod, MethodRun[]>;

/** LoginForm from the kit's source, with the auth flow from the query string; signed in: "Signed in as …". */
const methodsApp = (): AppSource => {
  const src = JSON.stringify(join(repoRoot, 'src', 'index.ts'));
  return {
    name: 'sign-in-methods',
    main: `import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AuthProvider, LoginForm, ProtectedRoute, useSession } from ${src};
import ${JSON.stringify(join(repoRoot, 'src', 'styles.css'))};

const q = new URLSearchParams(location.search);

function SignedIn() {
  const { user } = useSession();
  return <p>Signed in as {user?.email}</p>;
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AuthProvider config={{ userPoolId: q.get('pool')!, clientId: q.get('client')!, endpoint: q.get('endpoint')!, storage: 'memory', authFlow: q.get('flow') as 'USER_SRP_AUTH' | 'USER_AUTH' }}>
      <ProtectedRoute fallback={<LoginForm />}>
        <SignedIn />
      </ProtectedRoute>
    </AuthProvider>
  </StrictMode>,
);
`,
  };
};

/**
 * `runs` sign-ins per method, the methods taking turns so all see the same machine load, after one warm-up each
 * (not counted). Every run is a new user on a new page: each is the first sign-in after a load.
 */
export async function measureSignInMethods(options: { emulator: CognitoEmulator; appsDir: string; runs: number }): Promise<{ results: MethodRuns; chromiumVersion: string }> {
  const { emulator, appsDir, runs } = options;
  const pool = await emulator.createPool({ ...PASSWORDLESS_POOL, name: 'bench-methods' });
  const app = await buildApp(methodsApp(), appsDir);
  const site = await serveStatic(app.distDir);
  // The pool's relying party is "localhost": WebAuthn refuses an IP address as RP id.
  const origin = site.url.replace('127.0.0.1', 'localhost');
  const browser = await launchChromium();
  const password = 'Bench-Methods-Password-1!';
  let users = 0;

  /** Runs `flow` on a new page; `click` performs one user action and adds the wait for `next` to appear. */
  async function measure(flowName: 'USER_SRP_AUTH' | 'USER_AUTH', flow: (page: Page, email: string, click: (action: () => Promise<void>, next: () => Promise<void>) => Promise<void>) => Promise<void>, prepare?: (context: BrowserContext, page: Page, email: string) => Promise<void>): Promise<MethodRun> {
    const email = `methods.${Date.now().toString(36)}.${(users++).toString(36)}@example.com`;
    await emulator.admin.signUpConfirmed(pool.userPoolId, pool.clientId, email, password);
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      await prepare?.(context, page, email);
      const query = new URLSearchParams({ pool: pool.userPoolId, client: pool.clientId, endpoint: emulator.endpoint, flow: flowName });
      await page.goto(`${origin}/?${query}`);
      await page.getByRole('form', { name: 'Sign in' }).waitFor();
      const stepsMs: number[] = [];
      let first = true;
      const click = async (action: () => Promise<void>, next: () => Promise<void>) => {
        if (first) emulator.requests.clear();
        first = false;
        const started = performance.now();
        await action();
        await next();
        stepsMs.push(performance.now() - started);
      };
      await flow(page, email, click);
      // Anything the page sends right after signing in belongs to the sign-in too.
      await page.waitForTimeout(200);
      const requests = emulator.requests.all().map(({ target, challengeName, authFlow, status }) => ({ target, challengeName, authFlow, status }));
      if (errors.length) throw new Error(`The bench page failed: ${errors.join('; ')}`);
      return { waitMs: stepsMs.reduce((a, b) => a + b, 0), stepsMs, requests };
    } finally {
      await context.close();
    }
  }

  const signedIn = (page: Page, email: string) => () => page.getByText(`Signed in as ${email}`).waitFor({ timeout: 60_000 });
  const form = (page: Page, name: string) => page.getByRole('form', { name });
  const waitForm = (page: Page, name: string) => () => form(page, name).waitFor({ timeout: 30_000 });

  /** Identifier first (USER_AUTH): the email, then a way on Cognito's choice. */
  async function choose(page: Page, email: string, click: Parameters<Parameters<typeof measure>[1]>[2], way: string, next: string) {
    await form(page, 'Sign in').getByLabel('Email', { exact: true }).fill(email);
    await click(() => form(page, 'Sign in').getByRole('button', { name: 'Continue', exact: true }).click(), waitForm(page, 'Choose how to sign in'));
    await form(page, 'Choose how to sign in').getByRole('radio', { name: way }).check();
    await click(() => form(page, 'Choose how to sign in').getByRole('button', { name: 'Continue', exact: true }).click(), waitForm(page, next));
  }

  const methods: Record<SignInMethod, () => Promise<MethodRun>> = {
    'password SRP (USER_SRP_AUTH)': () =>
      measure('USER_SRP_AUTH', async (page, email, click) => {
        const signIn = form(page, 'Sign in');
        await signIn.getByLabel('Email', { exact: true }).fill(email);
        await signIn.getByLabel('Password', { exact: true }).fill(password);
        await click(() => signIn.getByRole('button', { name: 'Sign in', exact: true }).click(), signedIn(page, email));
      }),
    'password under USER_AUTH': () =>
      measure('USER_AUTH', async (page, email, click) => {
        await choose(page, email, click, 'My password', 'Enter your password');
        const step = form(page, 'Enter your password');
        await step.getByLabel('Password', { exact: true }).fill(password);
        await click(() => step.getByRole('button', { name: 'Sign in', exact: true }).click(), signedIn(page, email));
      }),
    'email code (USER_AUTH EMAIL_OTP)': () =>
      measure('USER_AUTH', async (page, email, click) => {
        // The sign-up sent a code already: only one sent from now on counts.
        const code = emulator.codes.waitFor(email, { after: Date.now() });
        await choose(page, email, click, 'A code by email', 'Enter your sign-in code');
        const step = form(page, 'Enter your sign-in code');
        await step.getByLabel('Verification code', { exact: true }).fill(await code);
        await click(() => step.getByRole('button', { name: 'Sign in', exact: true }).click(), signedIn(page, email));
      }),
    'passkey (USER_AUTH WEB_AUTHN)': () =>
      measure(
        'USER_AUTH',
        async (page, email, click) => {
          await choose(page, email, click, 'A passkey', 'Sign in with a passkey');
          await click(() => form(page, 'Sign in with a passkey').getByRole('button', { name: 'Use passkey', exact: true }).click(), signedIn(page, email));
        },
        // The same passkey in the harness (registered without the ceremony) and in Chromium's virtual authenticator.
        async (context, page, email) => {
          const passkey = new SoftwareAuthenticator();
          await emulator.admin.addPasskey(pool.userPoolId, email, passkey);
          const cdp = await context.newCDPSession(page);
          await cdp.send('WebAuthn.enable');
          const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
            options: { protocol: 'ctap2', transport: 'internal', hasResidentKey: true, hasUserVerification: true, isUserVerified: true, automaticPresenceSimulation: true },
          });
          await cdp.send('WebAuthn.addCredential', {
            authenticatorId,
            credential: { credentialId: passkey.credentialId.toString('base64'), isResidentCredential: false, rpId: 'localhost', privateKey: passkey.privateKeyPkcs8(), signCount: passkey.signCount },
          });
        },
      ),
  };

  try {
    for (const method of SIGN_IN_METHODS) await methods[method]();
    const results = Object.fromEntries(SIGN_IN_METHODS.map((m) => [m, [] as MethodRun[]])) as MethodRuns;
    for (let i = 0; i < runs; i++) for (const method of SIGN_IN_METHODS) results[method].push(await methods[method]());
    return { results, chromiumVersion: browser.version() };
  } finally {
    await browser.close();
    await site.close();
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** "InitiateAuth USER_AUTH, RespondToAuthChallenge SELECT_CHALLENGE, …": one run's requests, in order. */
const describeRequests = (requests: MethodRun['requests']) =>
  requests.map((r) => `${r.target}${r.authFlow ? ` ${r.authFlow}` : r.challengeName ? ` ${r.challengeName}` : ''}${r.status === 200 ? '' : ` (${r.status})`}`).join(', ');

/** The bench table's rows (group, measure, kit, peer, target, ✓) for each method. */
export function methodRows(results: MethodRuns, runs: number): string[][] {
  return SIGN_IN_METHODS.map((method) => {
    const all = results[method];
    const counts = [...new Set(all.map((r) => r.requests.length))].join(' or ');
    const waits = all.map((r) => r.waitMs);
    const clicks = (all[0]?.stepsMs ?? []).map((_, i) => Math.round(median(all.map((r) => r.stepsMs[i] ?? NaN))));
    return [
      'sign-in methods',
      `${method}: Cognito requests · wait (clicks → next screen, summed), median of ${runs} (max; per click)`,
      `${counts}: ${describeRequests(all[0]?.requests ?? [])} · ${Math.round(median(waits))} ms (max ${Math.round(Math.max(...waits))}; ${clicks.join(' + ')})`,
      '',
      '',
      '',
    ];
  });
}
