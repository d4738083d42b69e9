import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { build, createServer, type ViteDevServer } from 'vite';

const run = promisify(execFile);

export const repoRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)));

/** The config object the README's quick start shows; a test swaps exactly this for the emulator's. */
export const README_PLACEHOLDER_CONFIG = "{ userPoolId: 'eu-west-1_AbC123xyZ', clientId: 'your-app-client-id' }";

export interface QuickstartConfig {
  userPoolId: string;
  clientId: string;
  endpoint: string;
}

/** The code block between `<!-- quickstart:start -->` and `<!-- quickstart:end -->` in README.md, as written. */
export async function readQuickstartFromReadme(readmePath = join(repoRoot, 'README.md')): Promise<string> {
  const readme = await readFile(readmePath, 'utf8');
  const section = /<!--\s*quickstart:start\s*-->([\s\S]*?)<!--\s*quickstart:end\s*-->/.exec(readme)?.[1];
  if (section === undefined) throw new Error(`${readmePath} has no <!-- quickstart:start --> … <!-- quickstart:end --> section`);
  const fences = [...section.matchAll(/```(?:tsx|jsx|ts|js)?[^\n]*\n([\s\S]*?)\n```/g)];
  if (fences.length !== 1) throw new Error(`The README quick start should hold exactly one code block; found ${fences.length}`);
  return fences[0]![1]! + '\n';
}

/** The quick start with only its config object replaced: everything else is the README's text. */
export function pointQuickstartAt(quickstart: string, config: QuickstartConfig): string {
  const occurrences = quickstart.split(README_PLACEHOLDER_CONFIG).length - 1;
  if (occurrences !== 1) {
    throw new Error(
      `The README quick start should contain the config ${README_PLACEHOLDER_CONFIG} exactly once (found ${occurrences}); ` +
        'update test/e2e-support/quickstart-app.ts if the README changed on purpose.',
    );
  }
  const literal = `{ userPoolId: ${JSON.stringify(config.userPoolId)}, clientId: ${JSON.stringify(config.clientId)}, endpoint: ${JSON.stringify(config.endpoint)} }`;
  return quickstart.replace(README_PLACEHOLDER_CONFIG, literal);
}

/** `npm pack` of the repository, as published (needs a build: the e2e global setup makes one). Returns the tarball's path. */
export async function packKit(destination?: string): Promise<string> {
  if (!existsSync(join(repoRoot, 'dist', 'index.js'))) {
    throw new Error('dist/index.js is missing: run `npm run build` before the e2e tests');
  }
  const dir = destination ?? (await mkdtemp(join(tmpdir(), 'rck-pack-')));
  const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', dir], {
    cwd: repoRoot,
    maxBuffer: 16 * 1024 * 1024,
    env: { ...process.env, npm_config_loglevel: 'error', npm_config_fund: 'false', npm_config_update_notifier: 'false' },
  });
  // npm prints the JSON report last; anything a lifecycle script printed comes before it.
  const report = JSON.parse(stdout.slice(stdout.indexOf('['))) as Array<{ filename: string }>;
  const filename = report[0]?.filename;
  if (!filename) throw new Error(`npm pack reported no tarball: ${stdout}`);
  return join(dir, filename.replace(/^@/, '').replace(/\//, '-'));
}

/** Unpacks the tarball into `<appDir>/node_modules/react-cognito-kit`, as `npm install <tarball>` would place it. */
export async function installTarball(tarball: string, appDir: string): Promise<string> {
  const target = join(appDir, 'node_modules', 'react-cognito-kit');
  await rm(target, { recursive: true, force: true });
  await mkdir(target, { recursive: true });
  await run('tar', ['-xzf', tarball, '-C', target, '--strip-components=1']);
  return target;
}

export interface QuickstartApp {
  appDir: string;
  configFile: string;
  distDir: string;
  /** The src/main.tsx that was written: the README block with the emulator's config. */
  mainSource: string;
}

const indexHtml = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <link rel="icon" href="data:," />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <title>Quick start</title>
  </head>
  <body>
    <div id="root"></div>
    <script type="module" src="/src/main.tsx"></script>
  </body>
</html>
`;

// What `npm create vite` gives a React app, minus the template's extras: the React plugin and nothing else.
const viteConfig = `import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
});
`;

/**
 * A new, plain Vite + React app in `appDir` (wiped first) whose src/main.tsx is the README quick start pointed
 * at `config`, with the packed kit installed in its node_modules. react, react-dom, vite, @tanstack/react-query
 * and amazon-cognito-identity-js resolve from the repository's node_modules, so `appDir` must be inside it.
 */
export async function createQuickstartApp(appDir: string, config: QuickstartConfig): Promise<QuickstartApp> {
  await rm(appDir, { recursive: true, force: true });
  await mkdir(join(appDir, 'src'), { recursive: true });
  const tarballDir = await mkdtemp(join(tmpdir(), 'rck-pack-'));
  try {
    await installTarball(await packKit(tarballDir), appDir);
  } finally {
    await rm(tarballDir, { recursive: true, force: true });
  }
  const mainSource = pointQuickstartAt(await readQuickstartFromReadme(), config);
  const configFile = join(appDir, 'vite.config.ts');
  await Promise.all([
    writeFile(join(appDir, 'package.json'), JSON.stringify({ name: 'quickstart-app', private: true, type: 'module' }, null, 2) + '\n'),
    writeFile(join(appDir, 'index.html'), indexHtml),
    writeFile(join(appDir, 'src', 'main.tsx'), mainSource),
    writeFile(configFile, viteConfig),
  ]);
  return { appDir, configFile, distDir: join(appDir, 'dist'), mainSource };
}

/**
 * `vite build` through Vite's JS API with the app's own config file. NODE_ENV is "production" while it runs,
 * as for `npx vite build` in a terminal (Vitest sets it to "test", which would ship React's development build).
 */
export async function buildQuickstartApp(app: QuickstartApp): Promise<string> {
  const previous = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ root: app.appDir, configFile: app.configFile, mode: 'production', logLevel: 'warn', clearScreen: false });
  } finally {
    if (previous === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = previous;
  }
  return app.distDir;
}

/** `vite` (the dev server, dependency pre-bundling and all) on 127.0.0.1 and a free port. */
export async function startQuickstartDevServer(app: QuickstartApp): Promise<{ url: string; server: ViteDevServer }> {
  const server = await createServer({
    root: app.appDir,
    configFile: app.configFile,
    logLevel: 'warn',
    clearScreen: false,
    server: { host: '127.0.0.1', port: 0, strictPort: false },
  });
  await server.listen();
  const address = server.httpServer?.address() as AddressInfo | null;
  if (!address) throw new Error('The Vite dev server is not listening');
  return { url: `http://127.0.0.1:${address.port}`, server };
}
