// `npm run check:webpack`: the packed kit in an app built by webpack 5 (production, no loaders, no config for the
// kit) signs in, and the SRP maths runs in the worker webpack emitted from the kit's
// `new Worker(new URL('./srp-worker.js', import.meta.url), { type: 'module' })`. Not part of `npm test`: installing
// webpack and building with it takes about a minute on 2 cores; Vite, the bundler the quick start uses, is tested
// in CI (test/e2e/srp-worker.test.ts, test/e2e/quickstart-app.test.ts). Exits non-zero when the check fails.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchChromium } from '../e2e-support/chromium';
import { installTarball, packKit, repoRoot } from '../e2e-support/quickstart-app';
import { serveStatic } from '../e2e-support/static-server';
import { startCognitoEmulator } from '../support/cognito-emulator';

const WEBPACK = '5.113.0';
const TOOLS = join(repoRoot, 'test', '.tmp', 'webpack-tools');
const APP = join(repoRoot, 'test', '.tmp', 'webpack-app');
const log = (line: string) => process.stderr.write(`check:webpack: ${line}\n`);

// Plain JavaScript, so webpack needs no loader: what any webpack 5 app hands the kit.
const main = `import { StrictMode, createElement as h, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { AuthProvider, LoginForm, ProtectedRoute, srpEngine, useSession } from 'react-cognito-kit';

const q = new URLSearchParams(location.search);
function SignedIn() {
  const { user } = useSession();
  const [engine, setEngine] = useState('');
  useEffect(() => void srpEngine().then((info) => setEngine(JSON.stringify(info))), []);
  return h('div', null, h('p', null, 'Signed in as ' + user?.email), h('output', { 'aria-label': 'SRP engine' }, engine));
}
const config = { userPoolId: q.get('pool'), clientId: q.get('client'), endpoint: q.get('endpoint'), storage: 'memory' };
createRoot(document.getElementById('root')).render(
  h(StrictMode, null, h(AuthProvider, { config }, h(ProtectedRoute, { fallback: h(LoginForm) }, h(SignedIn)))),
);
`;

if (!existsSync(join(TOOLS, 'node_modules', 'webpack', 'package.json'))) {
  log(`installing webpack@${WEBPACK} into test/.tmp/webpack-tools (once)`);
  execFileSync('npm', ['install', '--no-save', '--no-package-lock', '--no-audit', '--no-fund', '--prefix', TOOLS, `webpack@${WEBPACK}`], { stdio: ['ignore', 2, 2] });
}
await rm(APP, { recursive: true, force: true });
await mkdir(join(APP, 'src'), { recursive: true });
await installTarball(await packKit(), APP);
await writeFile(join(APP, 'src', 'main.js'), main);

log('building with webpack');
const { default: webpack } = (await import(pathToFileURL(join(TOOLS, 'node_modules', 'webpack', 'lib', 'index.js')).href)) as {
  default: (options: object) => { run(done: (error: Error | null, stats?: { hasErrors(): boolean; toString(o: object): string }) => void): void };
};
const dist = join(APP, 'dist');
await new Promise<void>((resolve, reject) =>
  webpack({
    mode: 'production',
    context: APP,
    entry: './src/main.js',
    output: { path: dist, filename: '[name].[contenthash:8].js', publicPath: 'auto', clean: true },
    // React and react-query come from the repository, as a hoisted install would give them.
    resolve: { modules: [join(APP, 'node_modules'), join(repoRoot, 'node_modules')] },
    performance: { hints: false },
  }).run((error, stats) => (error || !stats || stats.hasErrors() ? reject(error ?? new Error(stats?.toString({ all: false, errors: true }))) : resolve())),
);
const entry = (await readdir(dist)).find((file) => /^main\.[\w]+\.js$/.test(file));
await writeFile(join(dist, 'index.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>webpack</title></head><body><div id="root"></div><script src="${entry}"></script></body></html>`);

const emulator = await startCognitoEmulator();
const site = await serveStatic(dist);
const browser = await launchChromium();
let failed = false;
try {
  const pool = await emulator.createPool({ name: 'webpack' });
  const email = `webpack.${Date.now().toString(36)}@example.com`;
  const password = `Webpack-${Date.now().toString(36)}-Secret-9!`;
  await emulator.admin.signUpConfirmed(pool.userPoolId, pool.clientId, email, password);
  const page = await browser.newPage();
  await page.goto(`${site.url}/?pool=${pool.userPoolId}&client=${pool.clientId}&endpoint=${encodeURIComponent(emulator.endpoint)}`);
  await page.getByLabel('Email', { exact: true }).fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.getByText(`Signed in as ${email}`).waitFor({ timeout: 30_000 });
  await page.waitForFunction(() => document.querySelector('output')?.textContent);
  const engine = await page.locator('output').textContent();
  const workers = page.workers().map((worker) => new URL(worker.url()).pathname);
  log(`signed in; srpEngine() = ${engine}; workers: ${workers.join(', ')}`);
  failed = engine !== '{"engine":"worker"}' || workers.length !== 1;
} finally {
  await browser.close();
  await site.close();
  await emulator.stop();
}
console.log(failed ? '✗ webpack 5: the SRP maths did not run in the worker' : `✓ webpack ${WEBPACK}: the kit's worker is emitted as a chunk and the SRP maths runs in it`);
process.exitCode = failed ? 1 : 0;
