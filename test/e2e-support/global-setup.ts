// Global setup of the e2e project: the browser tests run the kit as published (dist/, through `npm pack`), so
// build it first when it is missing or older than its sources. Without this, `vitest run --project e2e` after an
// edit in src/ tests whatever an earlier build left in dist/. `npm test` builds before Vitest: then dist/ is newer
// than every source and nothing is built twice.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';

const repoRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const distDir = join(repoRoot, 'dist');

/** What `npm run build` reads: a newer one means dist/ is stale. */
const buildInputs = ['src', 'vite.config.ts', 'tsconfig.json', 'tsconfig.build.json'].map((path) => join(repoRoot, path));

/** What the tests need from a build: Vite's two entries and the declarations tsc writes after them. */
const buildOutputs = ['index.js', 'index.d.ts', 'testing/index.js', 'testing/index.d.ts'].map((path) => join(distDir, path));

interface Stamp {
  path: string;
  mtimeMs: number;
}

/** Every file and folder under `path` (a folder's mtime changes when a file in it is deleted or renamed). */
async function stamps(path: string, withFolders: boolean): Promise<Stamp[]> {
  const info = await stat(path);
  if (!info.isDirectory()) return [{ path, mtimeMs: info.mtimeMs }];
  const entries = await readdir(path);
  const inside = await Promise.all(entries.map((entry) => stamps(join(path, entry), withFolders)));
  return [...(withFolders ? [{ path, mtimeMs: info.mtimeMs }] : []), ...inside.flat()];
}

/**
 * Why dist/ must be built again, or undefined when it is up to date. Compared with the oldest file of dist/: a
 * build empties dist/ and writes every file, so that is when the last build started, and a source saved while it
 * ran counts as newer.
 */
export async function whyKitIsStale(): Promise<string | undefined> {
  const missing = buildOutputs.find((path) => !existsSync(path));
  if (missing) return `${relative(repoRoot, missing)} is missing`;
  const built = Math.min(...(await stamps(distDir, false)).map((s) => s.mtimeMs));
  const sources = (await Promise.all(buildInputs.filter((path) => existsSync(path)).map((path) => stamps(path, true)))).flat();
  const newest = sources.reduce((a, b) => (b.mtimeMs > a.mtimeMs ? b : a));
  if (newest.mtimeMs > built) return `${relative(repoRoot, newest.path) || '.'} changed after dist/ was built`;
  return undefined;
}

function npmRunBuild(): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    // Vitest sets NODE_ENV=test, which would make Vite emit React's development JSX runtime (jsxDEV) into dist/.
    const env = { ...process.env, NODE_ENV: 'production' };
    const child = spawn('npm', ['run', '--silent', 'build'], { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code === 0) resolvePromise();
      else reject(new Error(`The e2e tests need a build of the kit, and \`npm run build\` failed (exit code ${code}):\n${output.slice(-4000)}`));
    });
  });
}

const lockDir = join(repoRoot, 'test', '.tmp', 'kit-build.lock');

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * One build at a time between e2e runs started together (two terminals): the lock is a folder holding the
 * builder's pid; a lock whose process is gone is taken over. Waits for the other build with a deadline.
 */
async function withBuildLock<T>(work: () => Promise<T>): Promise<T> {
  await mkdir(join(lockDir, '..'), { recursive: true });
  const deadline = Date.now() + 5 * 60_000;
  for (;;) {
    try {
      await mkdir(lockDir);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number(await readFile(join(lockDir, 'pid'), 'utf8').catch(() => ''));
      if (owner && !isRunning(owner)) {
        await rm(lockDir, { recursive: true, force: true });
        continue;
      }
      if (Date.now() > deadline) throw new Error(`Another e2e run has been building dist/ for 5 minutes (lock ${lockDir}, pid ${owner || 'unknown'})`);
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  try {
    await writeFile(join(lockDir, 'pid'), String(process.pid));
    return await work();
  } finally {
    await rm(lockDir, { recursive: true, force: true });
  }
}

/** Builds dist/ (`npm run build`) when it is missing or stale; returns why it built, or undefined. */
export async function ensureKitBuilt(log: (line: string) => void = (line) => console.info(line)): Promise<string | undefined> {
  if ((await whyKitIsStale()) === undefined) return undefined;
  return withBuildLock(async () => {
    // Checked again under the lock: another run may have just built it.
    const reason = await whyKitIsStale();
    if (reason === undefined) return undefined;
    log(`e2e: building the kit (npm run build): ${reason}…`);
    const started = performance.now();
    await npmRunBuild();
    log(`e2e: built dist/ in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
    return reason;
  });
}

export default async function setup(project: TestProject): Promise<void> {
  await ensureKitBuilt();
  // Watch mode: a rerun after an edit in src/ builds again first.
  project.onTestsRerun(async () => {
    await ensureKitBuilt();
  });
}
