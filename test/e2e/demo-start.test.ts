import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_IDP_USER } from '../../example-app/scripts/demo-managed-login';
import { DEMO_USERS } from '../../example-app/scripts/demo-stack';
import { assertKitBuilt, passwordSignIn, repoRoot } from '../e2e-support/demo';

// `npm start` itself, as a person runs it: one "ready" line with the URL, credentials, codes printed as they
// arrive, users kept between runs in the data directory, a real pool instead of the emulator when configured,
// and everything stopped by Ctrl-C (SIGINT to the terminal's process group).

interface Started {
  child: ChildProcess;
  output: () => string;
  readyLine: string;
  url: string;
  msToReady: number;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

let dataDir: string;

beforeAll(async () => {
  assertKitBuilt();
  dataDir = await mkdtemp(join(tmpdir(), 'rck-demo-start-'));
});

afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

async function npmStart(env: Record<string, string> = {}): Promise<Started> {
  const started = performance.now();
  const child = spawn('npm', ['start', '--silent'], {
    cwd: repoRoot,
    // Its own process group, like a terminal's foreground job: Ctrl-C reaches every process in it.
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      NODE_ENV: 'development',
      DEMO_SKIP_BUILD: '1', // `npm test` built dist/ already; never rebuild it under other tests' feet
      DEMO_DATA_DIR: dataDir,
      DEMO_WEB_PORT: '0',
      DEMO_API_PORT: '0',
      DEMO_COGNITO_PORT: '0',
      DEMO_LOGIN_PORT: '0',
      DEMO_IDP_PORT: '0',
      npm_config_update_notifier: 'false',
      ...env,
    },
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    // 'close': the process ended and its output is all read (the demo's last lines come from a grandchild).
    child.once('close', (code, signal) => resolve({ code, signal })),
  );
  const readyLine = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`npm start was not ready within 60 s:\n${output}`)), 60_000);
    const check = () => {
      const line = output.split('\n').find((l) => l.startsWith('Demo ready at '));
      if (line) {
        clearTimeout(timer);
        resolve(line);
      }
    };
    child.stdout!.on('data', check);
    void exited.then(({ code, signal }) => {
      clearTimeout(timer);
      reject(new Error(`npm start exited (${code ?? signal}) before it was ready:\n${output}`));
    });
  });
  const url = /^Demo ready at (\S+)/.exec(readyLine)![1]!;
  return { child, output: () => output, readyLine, url, msToReady: performance.now() - started, exited };
}

const groupAlive = (pgid: number): boolean => {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
};

function killGroup(started: Started): void {
  if (groupAlive(started.child.pid!)) process.kill(-started.child.pid!, 'SIGKILL');
}

/**
 * Ctrl-C in a terminal: SIGINT to the whole foreground process group (npm, its shell, tsx, node). Resolves once
 * every process of the group is gone, with what the demo printed meanwhile.
 */
async function ctrlC(started: Started): Promise<void> {
  const pgid = started.child.pid!;
  process.kill(-pgid, 'SIGINT');
  const deadline = Date.now() + 15_000;
  while (groupAlive(pgid)) {
    if (Date.now() > deadline) {
      killGroup(started);
      throw new Error(`npm start was still running 15 s after Ctrl-C:\n${started.output()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  // npm ends by the signal, as after any Ctrl-C (a shell shows 130); the demo itself exits 0 after cleaning up.
  const { code, signal } = await started.exited;
  expect(code === 0 || signal === 'SIGINT', `npm start ended with ${code ?? signal}`).toBe(true);
  // npm may pass the press on as SIGTERM; whichever arrives first is the one the demo names.
  expect(started.output(), started.output()).toMatch(/(SIGINT|SIGTERM): stopping the demo/);
  expect(started.output()).not.toMatch(/error/i);
}

async function isListening(url: string): Promise<boolean> {
  try {
    await fetch(url, { signal: AbortSignal.timeout(2000) });
    return true;
  } catch {
    return false;
  }
}

const emulatorEndpoint = (output: string) => /^Cognito emulator (\S+)/m.exec(output)?.[1];

describe('npm start', () => {
  it(
    'prints credentials and one ready line, serves the app, prints codes as they arrive, and stops on Ctrl-C',
    async () => {
      const first = await npmStart();
      let stopped = false;
      try {
        const output = first.output();
        console.info(`npm start: ready in ${(first.msToReady / 1000).toFixed(1)} s (new pool, warm dist/)`);
        expect(output.split('\n').filter((line) => line.includes(first.url))).toEqual([first.readyLine]);
        expect(output).toContain(`${DEMO_USERS.demo.email} / ${DEMO_USERS.demo.password}`);
        expect(output).toContain(`${DEMO_USERS.admin.email} / ${DEMO_USERS.admin.password}`);
        expect(output).toContain(`${DEMO_IDP_USER.email} / ${DEMO_IDP_USER.password}`);
        expect(output).toMatch(/pool \S+ \(new\)/);

        const page = await fetch(first.url);
        expect(page.status).toBe(200);
        expect(await page.text()).toContain('<div id="root"></div>');

        // A sign-up's code shows up in the terminal.
        const endpoint = emulatorEndpoint(output)!;
        const email = `start.${Date.now().toString(36)}@example.com`;
        // The dev server proxies /api and /dev to the API.
        expect((await fetch(new URL('api/health', first.url))).status).toBe(200);
        expect((await fetch(new URL('api/me', first.url))).status).toBe(401);
        expect((await fetch(new URL('dev/inbox', first.url))).status).toBe(200);
        const pool = poolIds(output);
        const signUp = await fetch(endpoint, {
          method: 'POST',
          headers: { 'Content-Type': 'application/x-amz-json-1.1', 'X-Amz-Target': 'AWSCognitoIdentityProviderService.SignUp' },
          body: JSON.stringify({ ClientId: pool.clientId, Username: email, Password: 'Start-password-1', UserAttributes: [{ Name: 'email', Value: email }] }),
        });
        expect(signUp.status).toBe(200);
        await expect.poll(() => first.output(), { timeout: 10_000 }).toMatch(new RegExp(`\\[inbox\\] SignUp code for ${email.replace(/\./g, '\\.')}: \\d{6}`));

        await ctrlC(first);
        stopped = true;
        expect(await isListening(first.url)).toBe(false);
        expect(await isListening(endpoint)).toBe(false);
      } finally {
        if (!stopped) killGroup(first);
      }

      // Second run, same data directory: the pool and users are still there.
      const second = await npmStart();
      try {
        console.info(`npm start: ready in ${(second.msToReady / 1000).toFixed(1)} s (existing pool)`);
        const output = second.output();
        expect(output).not.toMatch(/pool \S+ \(new\)/);
        const endpoint = emulatorEndpoint(output)!;
        const pool = poolIds(output);
        const tokens = await passwordSignIn(endpoint, pool.clientId, DEMO_USERS.demo.email, DEMO_USERS.demo.password);
        expect(tokens.AccessToken).toBeTruthy();
      } finally {
        await ctrlC(second);
      }
    },
    150_000,
  );

  it(
    'with VITE_COGNITO_USER_POOL_ID / _CLIENT_ID / _REGION set, starts no emulator and points the app at that pool',
    async () => {
      const realDataDir = join(dataDir, 'must-stay-empty');
      const started = await npmStart({
        DEMO_DATA_DIR: realDataDir,
        VITE_COGNITO_USER_POOL_ID: 'eu-west-1_AbC123xyZ',
        VITE_COGNITO_CLIENT_ID: 'example-client-id',
        VITE_COGNITO_REGION: 'eu-west-1',
      });
      try {
        const output = started.output();
        expect(output).toContain('Cognito pool eu-west-1_AbC123xyZ (eu-west-1) · no emulator');
        expect(output).not.toContain('Cognito emulator');
        expect(output).not.toContain('Demo user');
        expect(existsSync(realDataDir)).toBe(false);
        // The app's config module, as the dev server serves it, carries that pool and no emulator endpoint.
        const configModule = await (await fetch(new URL('src/config.ts', started.url))).text();
        expect(configModule).toContain('eu-west-1_AbC123xyZ');
        expect((await fetch(new URL('dev/inbox', started.url))).status).toBe(404);
      } finally {
        await ctrlC(started);
      }
    },
    90_000,
  );
});

/** The demo pool's ids, as the start line prints them. */
function poolIds(output: string): { userPoolId: string; clientId: string } {
  const match = /· pool (\S+).* · app client (\S+) ·/.exec(output);
  if (!match) throw new Error(`No pool and app client in the output:\n${output}`);
  return { userPoolId: match[1]!, clientId: match[2]! };
}
