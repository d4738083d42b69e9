// `npm start` at the repository root: the kit built if needed, the Cognito emulator with the demo pool and users
// (kept in .cognito-data/), the token-checking API and the app's Vite dev server. Ctrl-C stops everything.
//
// With VITE_COGNITO_USER_POOL_ID and VITE_COGNITO_CLIENT_ID set (environment or example-app/.env.local), no
// emulator: the app and the API use that pool.
//
// Knobs (environment): DEMO_WEB_PORT (5173), DEMO_API_PORT (8787), DEMO_COGNITO_PORT (9229), DEMO_LOGIN_PORT (9230,
// the managed login domain), DEMO_IDP_PORT (9231, the Example IdP), 0 = any free port;
// DEMO_ACCESS_TOKEN_SECONDS (120, for a new pool); DEMO_DATA_DIR (.cognito-data); DEMO_SKIP_BUILD=1 (use dist/
// as it is); DEMO_VERBOSE=1 (log every API request).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { loadEnv } from 'vite';
import type { DeliveredCode } from '../../test/support/cognito-emulator';
import { appDir, repoRoot, startDemoStack, type DemoStack, type RealPool } from './demo-stack';

const out = (line = '') => process.stdout.write(`${line}\n`);
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

const numberFromEnv = (name: string, fallback: number): number => {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name}="${raw}" is not a whole number`);
  return value;
};

async function newestMtime(dir: string): Promise<number> {
  let newest = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? await newestMtime(path) : (await stat(path)).mtimeMs);
  }
  return newest;
}

// performance.now() counts from the start of this Node process.

/** The app imports the kit as published (dist/); build it when missing or older than src/. */
async function ensureKitBuilt(): Promise<void> {
  const builtFile = join(repoRoot, 'dist', 'index.js');
  const stale = !existsSync(builtFile) || (await newestMtime(join(repoRoot, 'src'))) > (await stat(builtFile)).mtimeMs;
  if (!stale) return;
  out('Building the kit (npm run build)…');
  const started = performance.now();
  await new Promise<void>((resolve, reject) => {
    const child = spawn('npm', ['run', '--silent', 'build'], { cwd: repoRoot, stdio: ['ignore', 'ignore', 'inherit'] });
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`npm run build failed (exit code ${code})`))));
  });
  out(`Built dist/ in ${seconds(performance.now() - started)}.`);
}

function realPoolFromEnv(): RealPool | undefined {
  const env = loadEnv('development', appDir, 'VITE_COGNITO_');
  const userPoolId = env.VITE_COGNITO_USER_POOL_ID;
  const clientId = env.VITE_COGNITO_CLIENT_ID;
  if (!userPoolId && !clientId) return undefined;
  if (!userPoolId || !clientId) {
    throw new Error('Set both VITE_COGNITO_USER_POOL_ID and VITE_COGNITO_CLIENT_ID (and VITE_COGNITO_REGION) to use a real pool, or neither for the emulator.');
  }
  return { userPoolId, clientId, region: env.VITE_COGNITO_REGION || undefined };
}

const printCode = ({ kind, email, code }: DeliveredCode) => out(`[inbox] ${kind} code for ${email}: ${code}`);

/** The first page load compiles the app and pre-bundles its dependencies; do it before saying "ready". */
async function warmUp(url: string): Promise<void> {
  for (const path of ['', 'src/main.tsx']) {
    const response = await fetch(new URL(path, url));
    await response.arrayBuffer();
  }
}

async function main(): Promise<void> {
  if (process.env.DEMO_SKIP_BUILD !== '1') await ensureKitBuilt();
  const realPool = realPoolFromEnv();
  const verbose = process.env.DEMO_VERBOSE === '1';
  const stack: DemoStack = await startDemoStack({
    realPool,
    dataDir: process.env.DEMO_DATA_DIR || join(repoRoot, '.cognito-data'),
    cognitoPort: numberFromEnv('DEMO_COGNITO_PORT', 9229),
    apiPort: numberFromEnv('DEMO_API_PORT', 8787),
    webPort: numberFromEnv('DEMO_WEB_PORT', 5173),
    loginPort: numberFromEnv('DEMO_LOGIN_PORT', 9230),
    idpPort: numberFromEnv('DEMO_IDP_PORT', 9231),
    accessTokenSeconds: numberFromEnv('DEMO_ACCESS_TOKEN_SECONDS', 120),
    onCode: printCode,
    onApiRequest: verbose ? (line) => out(`[api] ${line}`) : undefined,
    log: (line) => out(line),
  });

  // Ctrl-C reaches every process of the terminal's group, and tsx relays it (npm may add a SIGTERM): one press
  // can arrive here twice. Signals within 2 s of the first are that same press; a later one stops at once.
  let stoppingSince: number | undefined;
  const shutdown = (signal: NodeJS.Signals) => {
    if (stoppingSince !== undefined) {
      if (Date.now() - stoppingSince > 2000) process.exit(130);
      return;
    }
    stoppingSince = Date.now();
    out(`\n${signal}: stopping the demo…`);
    setTimeout(() => {
      console.error('The demo did not stop within 10 s; exiting anyway.');
      process.exit(1);
    }, 10_000).unref();
    stack.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
  process.on('SIGHUP', shutdown);

  await warmUp(stack.url!);

  const { cognito, users } = stack;
  const dataDirLabel = process.env.DEMO_DATA_DIR || '.cognito-data/';
  if (stack.emulator && users) {
    out(
      `Cognito emulator ${cognito.endpoint} · pool ${cognito.userPoolId}${stack.createdPool ? ' (new)' : ''} · app client ${cognito.clientId} · data in ${dataDirLabel} (delete it to start over)`,
    );
    out(`Demo user:  ${users.demo.email} / ${users.demo.password}`);
    out(`Admin user: ${users.admin.email} / ${users.admin.password} (group "admin")`);
    if (stack.managedLogin) {
      const { domain, idpIssuer, idpUser } = stack.managedLogin;
      out(`Managed login ${domain} · Example IdP ${idpIssuer}`);
      out(`Example IdP user: ${idpUser.email} / ${idpUser.password} ("Continue with Example IdP")`);
    }
    out('Confirmation codes appear below and in the app\'s inbox panel.');
    out(`Passkeys and sign-in codes: ${new URL('sign-in/passwordless', stack.url!.replace('//127.0.0.1:', '//localhost:'))} (passkeys need the host name localhost)`);
  } else {
    out(`Cognito pool ${cognito.userPoolId} (${cognito.region}) · no emulator`);
  }
  out(`Demo ready at ${stack.url} in ${seconds(performance.now())} (API ${stack.apiUrl}) · Ctrl-C to stop`);
}

main().catch((error: unknown) => {
  console.error(`npm start failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
