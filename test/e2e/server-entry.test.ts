import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { decodeJwtPayload } from '../../src/core/tokens';
import type { AuthTokens } from '../../src/core/types';
import { packKit, repoRoot } from '../e2e-support/quickstart-app';
import { startEmulatorFixture, strongPassword, type EmulatorFixture } from '../support/emulator-fixture';

// "The core runs in Node": the kit as `npm pack` ships it, installed into a new Node project with only
// amazon-cognito-identity-js beside it (no react, react-dom or @tanstack/react-query), and a plain `node` script
// that imports react-cognito-kit/core and does what a server does with a user's tokens against the emulator.
//
// The project lives in the OS temp folder, not under test/.tmp: Node looks for packages in every parent folder,
// so anywhere inside the repository `react` would resolve from the repository's own node_modules.

const run = promisify(execFile);

const NEW_PASSWORD = 'Server-Side-8-Changed';

/** The script a server would write (README, "On a server"): configuration and tokens come in by environment. */
const serverScript = `import { createAuthClient, decodeJwtPayload } from 'react-cognito-kit/core';

const env = process.env;
const config = { userPoolId: env.RCK_USER_POOL_ID, clientId: env.RCK_CLIENT_ID, endpoint: env.RCK_ENDPOINT, storage: 'memory' };
const tokens = JSON.parse(env.RCK_TOKENS);
const results = {};

const expired = (token) => decodeJwtPayload(token).exp * 1000 < Date.now();
const failure = (error) => ({ ok: false, name: error?.name, code: error?.code, cognitoCode: error?.cognitoCode, message: error?.message });
async function step(name, work) {
  try {
    results[name] = { ok: true, ...(await work()) };
  } catch (error) {
    results[name] = failure(error);
  }
}
async function until(condition, what) {
  const deadline = Date.now() + 15_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out waiting until ' + what);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

// Nothing of React here: the import fails as it would on any server without it.
await step('reactImport', async () => ({ version: (await import('react')).version }));

const client = createAuthClient(config);
await step('fromTokens', async () => {
  const givenExpired = expired(tokens.accessToken);
  const session = await client.fromTokens(tokens); // expired access token: refreshed first
  return {
    givenExpired,
    email: session.user.email,
    refreshed: session.tokens.accessToken !== tokens.accessToken,
    expired: expired(session.tokens.accessToken),
    status: client.getState().status,
  };
});
await step('getAccessToken', async () => {
  const token = await client.getAccessToken();
  return { usable: !expired(token), sameAsSession: token === client.getState().session?.tokens.accessToken };
});
await step('changePassword', async () => {
  await client.changePassword({ currentPassword: env.RCK_PASSWORD, newPassword: env.RCK_NEW_PASSWORD });
  return {};
});
// A server keeps the session between requests: the access token expires before the user signs out everywhere.
await step('signOutGlobal', async () => {
  const held = client.getState().session?.tokens.accessToken;
  if (held) await until(() => expired(held), 'the held access token expired');
  await client.signOut({ global: true });
  return { heldTokenExpired: held ? expired(held) : null, status: client.getState().status };
});
// Revoked: the old refresh token is refused, and a client that gets it ends its session.
await step('oldRefreshToken', async () => {
  const other = createAuthClient(config);
  await other.fromTokens(tokens);
  await other.refresh();
  return { status: other.getState().status };
});
await step('signInWithNewPassword', async () => {
  const next = await createAuthClient(config).signIn({ email: env.RCK_EMAIL, password: env.RCK_NEW_PASSWORD });
  return { step: next.step };
});

console.log(JSON.stringify(results));
`;

let fixture: EmulatorFixture;
let appDir: string;

// npm settings a child may keep: where packages come from and how to reach it.
const keptNpmSettings = /^npm_config_(registry|cache|userconfig|https?_proxy|proxy|noproxy|strict_ssl|cafile)$/i;

/**
 * The environment of a child process without what `npm test` and Vitest put there: no npm_package_* or
 * npm_config_* (npm_config_local_prefix would point `npm install` at the repository), no NODE_OPTIONS.
 */
const cleanEnv = (extra: Record<string, string> = {}): NodeJS.ProcessEnv => ({
  ...Object.fromEntries(
    Object.entries(process.env).filter(([name]) => (!/^npm_/i.test(name) || keptNpmSettings.test(name)) && !/^(NODE_OPTIONS|NODE_ENV|VITEST.*|INIT_CWD)$/.test(name)),
  ),
  ...extra,
});

const installedVersion = (name: string) =>
  (JSON.parse(readFileSync(join(repoRoot, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;

/** Every import and `import()` in the built module graph from `entry`: files reached, and package specifiers. */
function builtGraph(entry: string): { files: string[]; packages: string[] } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    for (const { fileName } of ts.preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles) {
      if (fileName.startsWith('.')) visit(resolve(dirname(file), fileName));
      else packages.add(fileName);
    }
  };
  visit(entry);
  return { files: [...files], packages: [...packages] };
}

/** The README's "On a server" code block (the one that starts with `// server.mjs`), pointed at the emulator. */
function readmeServerSnippet(config: { userPoolId: string; clientId: string; endpoint: string }): string {
  const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
  const blocks = [...readme.matchAll(/```js\n(\/\/ server\.mjs\n[\s\S]*?)\n```/g)];
  if (blocks.length !== 1) throw new Error(`README.md should hold one \`// server.mjs\` code block; found ${blocks.length}`);
  const placeholder = "{ userPoolId: 'eu-west-1_AbC123xyZ', clientId: 'your-app-client-id', storage: 'memory' }";
  const code = blocks[0]![1]!;
  if (code.split(placeholder).length !== 2) throw new Error(`The README server snippet should contain ${placeholder} once`);
  return code.replace(placeholder, JSON.stringify({ ...config, storage: 'memory' })) + '\n';
}

/** A confirmed user of the short client (tokens live 4 s), signed in elsewhere; resolves once the tokens expired. */
async function expiredTokensOfNewUser(label: string): Promise<{ email: string; tokens: AuthTokens }> {
  const email = fixture.uniqueEmail(label);
  await fixture.emulator.admin.signUpConfirmed(fixture.pool.userPoolId, fixture.pool.shortClientId, email, strongPassword);
  const browser = fixture.client({ short: true });
  expect((await browser.signIn({ email, password: strongPassword })).step).toBe('done');
  const tokens = browser.getState().session!.tokens;
  await waitUntilExpired(tokens);
  return { email, tokens };
}

async function waitUntilExpired(tokens: AuthTokens): Promise<void> {
  const expiresAt = Math.max(...[tokens.accessToken, tokens.idToken].map((t) => decodeJwtPayload<{ exp: number }>(t).exp * 1000));
  await vi.waitFor(
    () => {
      if (expiresAt >= Date.now()) throw new Error(`the tokens expire at ${new Date(expiresAt).toISOString()}`);
    },
    { timeout: 15_000, interval: 100 },
  );
}

beforeAll(async () => {
  fixture = await startEmulatorFixture(4);
  appDir = await mkdtemp(join(tmpdir(), 'rck-server-app-'));
  const tarball = await packKit(appDir);
  await writeFile(
    join(appDir, 'package.json'),
    JSON.stringify(
      {
        name: 'server-app',
        private: true,
        type: 'module',
        // What the README's install line for servers says: the kit and the SDK, nothing of React.
        dependencies: { 'react-cognito-kit': `file:${tarball}`, 'amazon-cognito-identity-js': installedVersion('amazon-cognito-identity-js') },
      },
      null,
      2,
    ) + '\n',
  );
  // A plain `npm install`: optional peers (react, react-dom, react-query) are not installed, so nothing brings React.
  await run('npm', ['install', '--no-package-lock', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], {
    cwd: appDir,
    env: cleanEnv(),
    maxBuffer: 16 * 1024 * 1024,
  });
  await writeFile(join(appDir, 'server.mjs'), serverScript);
}, 180_000);

afterAll(async () => {
  await fixture?.emulator.stop();
  if (appDir && !process.env.KEEP_E2E_APP) await rm(appDir, { recursive: true, force: true });
}, 60_000);

describe('react-cognito-kit/core, packed and installed in a Node project without React', () => {
  it('has no react, react-dom or @tanstack/react-query in the project', async () => {
    const requireFromApp = createRequire(join(appDir, 'server.mjs'));
    for (const name of ['react', 'react-dom', '@tanstack/react-query']) {
      expect(() => requireFromApp.resolve(name), `${name} resolves from ${appDir}`).toThrow(/Cannot find module/);
    }
    expect(await readdir(join(appDir, 'node_modules'))).toEqual(expect.arrayContaining(['react-cognito-kit', 'amazon-cognito-identity-js']));
    expect(requireFromApp.resolve('amazon-cognito-identity-js/lib/Client.js')).toContain(join(appDir, 'node_modules'));
  });

  it('type-checks in a TypeScript server with only the Node types (no DOM lib), declarations included', async () => {
    const file = join(appDir, 'typed-server.ts');
    await writeFile(
      file,
      [
        "import { createAuthClient, createAuthFetch, isAuthError, type AuthClient, type Session } from 'react-cognito-kit/core';",
        "const client: AuthClient = createAuthClient({ userPoolId: 'eu-west-1_AbC123xyZ', clientId: 'client', storage: 'memory' });",
        'const authFetch = createAuthFetch(client);',
        "export const call = (url: string): Promise<Response> => authFetch(url, { method: 'POST' });",
        'export const session = (tokens: Session["tokens"]): Promise<Session> => client.fromTokens(tokens);',
        'export const known = (error: unknown): boolean => isAuthError(error);',
        '',
      ].join('\n'),
    );
    const program = ts.createProgram([file], {
      strict: true,
      noEmit: true,
      skipLibCheck: false,
      lib: ['lib.es2022.d.ts'],
      types: ['node'],
      typeRoots: [join(repoRoot, 'node_modules', '@types')],
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
    });
    const problems = ts.getPreEmitDiagnostics(program).map((d) => `${d.file ? relative(appDir, d.file.fileName) : ''}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`);
    expect(problems).toEqual([]);
  });

  it("imports, lazy chunks included, nothing but its own files and amazon-cognito-identity-js", () => {
    const kitDir = join(appDir, 'node_modules', 'react-cognito-kit');
    const entry = join(kitDir, 'dist', 'core', 'index.js');
    expect(existsSync(entry), 'the packed kit has dist/core/index.js (package.json exports "./core")').toBe(true);
    const graph = builtGraph(entry);
    expect(graph.files.map((file) => relative(kitDir, file)).filter((file) => !file.startsWith(join('dist', 'core')))).toEqual([]);
    // The walk reached the wire layer (a dynamic import), or it proves nothing.
    expect(graph.files.map((file) => relative(kitDir, file))).toContain(join('dist', 'core', 'cognito-transport.js'));
    expect(graph.packages.filter((specifier) => !specifier.startsWith('amazon-cognito-identity-js/'))).toEqual([]);
  });

  it('restores a session from expired tokens, changes the password, signs out everywhere, and the old refresh token is refused', async () => {
    const { userPoolId, shortClientId } = fixture.pool;
    // A user signed in elsewhere; the server gets the tokens once they expired.
    const { email, tokens } = await expiredTokensOfNewUser('server-entry');

    fixture.emulator.requests.clear();
    const { stdout } = await run(process.execPath, ['server.mjs'], {
      cwd: appDir,
      timeout: 90_000,
      env: cleanEnv({
        RCK_ENDPOINT: fixture.emulator.endpoint,
        RCK_USER_POOL_ID: userPoolId,
        RCK_CLIENT_ID: shortClientId,
        RCK_TOKENS: JSON.stringify(tokens),
        RCK_EMAIL: email,
        RCK_PASSWORD: strongPassword,
        RCK_NEW_PASSWORD: NEW_PASSWORD,
      }),
    });
    const results = JSON.parse(stdout.trim().split('\n').at(-1)!) as Record<string, Record<string, unknown>>;

    expect(results.reactImport).toMatchObject({ ok: false, code: 'ERR_MODULE_NOT_FOUND' });
    expect(results.fromTokens).toEqual({ ok: true, givenExpired: true, email, refreshed: true, expired: false, status: 'signedIn' });
    expect(results.getAccessToken).toEqual({ ok: true, usable: true, sameAsSession: true });
    expect(results.changePassword).toEqual({ ok: true });
    expect(results.signOutGlobal).toEqual({ ok: true, heldTokenExpired: true, status: 'signedOut' });
    expect(results.oldRefreshToken).toMatchObject({ ok: false, name: 'AuthError', code: 'sessionRevoked' });
    expect(results.signInWithNewPassword).toEqual({ ok: true, step: 'done' });

    // On the wire: the expired tokens were refreshed before any use, and no request carried an expired access token.
    const requests = fixture.emulator.requests.all();
    expect(requests[0]).toMatchObject({ refresh: true, status: 200 });
    expect(requests.filter((r) => r.target === 'ChangePassword' || r.target === 'GlobalSignOut').map((r) => [r.target, r.status])).toEqual([
      ['ChangePassword', 200],
      ['GlobalSignOut', 200],
    ]);
    const withExpiredAccessToken = requests.filter((r) => r.accessTokenExp !== undefined && r.accessTokenExp * 1000 <= r.at);
    expect(withExpiredAccessToken.map((r) => r.target)).toEqual([]);
  });

  it("runs the README's server snippet as written, but for the config", async () => {
    const { tokens } = await expiredTokensOfNewUser('server-readme');
    await writeFile(
      join(appDir, 'readme-server.mjs'),
      readmeServerSnippet({ userPoolId: fixture.pool.userPoolId, clientId: fixture.pool.shortClientId, endpoint: fixture.emulator.endpoint }),
    );
    fixture.emulator.requests.clear();
    const { stdout, stderr } = await run(process.execPath, ['readme-server.mjs'], {
      cwd: appDir,
      timeout: 90_000,
      env: cleanEnv({ TOKENS: JSON.stringify(tokens), CURRENT_PASSWORD: strongPassword, NEW_PASSWORD }),
    });
    expect({ stdout, stderr }).toEqual({ stdout: '', stderr: '' });
    // The expired tokens refreshed first; a slow machine may refresh once more before the 4 s tokens are due.
    const calls = fixture.emulator.requests.all().map((r) => [r.refresh ? 'refresh' : r.target, r.status]);
    expect(calls[0]).toEqual(['refresh', 200]);
    expect(calls.filter(([call]) => call !== 'refresh')).toEqual([
      ['ChangePassword', 200],
      ['GlobalSignOut', 200],
    ]);
  });
});
