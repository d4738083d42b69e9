// `npm run check:size` (part of `npm test`): builds the README quick-start app from src/ with Vite (production,
// deterministic) and fails when the kit's bytes exceed test/bench/budget.json. Then the same app from the packed
// package (dist/, what users install): its first load must be one file too, and within the budget. No browser needed.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { installTarball, packKit, repoRoot } from '../e2e-support/quickstart-app';
import { readBudget } from './budget';
import { weighKit, weighKitSource } from './weight';

const started = performance.now();
const appsDir = join(repoRoot, 'test', '.tmp', 'byte-budget');
const budget = await readBudget();
const newestIn = (dir: string): number =>
  Math.max(...readdirSync(dir, { withFileTypes: true }).map((e) => (e.isDirectory() ? newestIn(join(dir, e.name)) : statSync(join(dir, e.name)).mtimeMs)));
const distEntry = join(repoRoot, 'dist', 'index.js');
let kit: Awaited<ReturnType<typeof weighKitSource>>['kit'];
let packed: typeof kit;
try {
  const source = await weighKitSource(appsDir);
  kit = source.kit;
  // `npm test` builds dist/ just before; run alone after a change in src/, this builds it.
  const sources = Math.max(newestIn(join(repoRoot, 'src')), statSync(join(repoRoot, 'vite.config.ts')).mtimeMs);
  if (!existsSync(distEntry) || statSync(distEntry).mtimeMs < sources) {
    console.log('dist/ is missing or older than src/ or vite.config.ts: npm run build');
    execFileSync('npm', ['run', 'build', '--silent'], { cwd: repoRoot, stdio: 'pipe' });
  }
  const packedDir = join(appsDir, 'packed');
  await installTarball(await packKit(appsDir), packedDir);
  ({ kit: packed } = await weighKit({ kitImport: 'react-cognito-kit', cssImport: 'react-cognito-kit/styles.css', appsDir: packedDir, reactOnly: source.reactOnly }));
} finally {
  await rm(appsDir, { recursive: true, force: true });
}

const checks = [
  { what: "kit's own JS, first load", size: kit.ownJs.brotli, budget: budget.ownJsBrotli },
  { what: "kit's own JS, all chunks", size: kit.ownJsAll.brotli, budget: budget.ownJsAllBrotli },
  { what: "kit's CSS", size: kit.ownCss.brotli, budget: budget.ownCssBrotli },
  { what: 'quick-start share over React (kit + SDK + react-query + CSS)', size: kit.app.share.brotli, budget: budget.shareBrotli },
  { what: "kit's own JS, first load, built from the packed package (dist/)", size: packed.ownJs.brotli, budget: budget.ownJsBrotli + budget.packedFirstLoadMarginBrotli },
];
const over = checks.filter((c) => c.size > c.budget);
// What only a request, a sign-in or a rarer step needs must stay out of the first load (a static import of one
// of these would pull it, and often the SDK, back in without much change in the byte count).
const onDemandOnly =
  /core\/(cognito-transport|wire\/|cognito-errors|srp\/(?!load-srp)|account-flows|attribute-flow|mfa-flow|password-flow|sign-up-confirmation-flow|device-flow|device-store)|react\/(step-messages|account-messages|components\/(ChallengeStepForm|ConfirmSignUpStep|ForgotPasswordForm)\.|fields\/RememberDeviceField|device-messages)/;
const leaked = kit.firstLoadModules.filter((m) => onDemandOnly.test(m));
// One file, not two: a second first-load file costs a request and ~170-270 B of chunk wrapper and import names
// (Rolldown 1.2 leaves a module shared with lazy chunks apart when it sees a cycle; see core/auth-client.ts's imports).
for (const [built, weighed] of [['src/', kit], ['the packed dist/', packed]] as const) {
  if (weighed.firstLoadFiles.length > 1) {
    console.error(`✗ built from ${built}, the first load is ${weighed.firstLoadFiles.length} files, not one: ${weighed.firstLoadFiles.map((f, i) => (i ? `${f.file} (${f.modules.join(', ')})` : f.file)).join('; ')}`);
    process.exitCode = 1;
  }
}
console.log(leaked.length ? `✗ loaded first but meant for later: ${leaked.join(', ')}` : `✓ wire layer, SRP, account flows, rarer steps and their strings stay out of the first load (${kit.ownLazyChunks.length} chunks on demand)`);
for (const c of checks) {
  const verdict = c.size > c.budget ? `OVER by ${c.size - c.budget} B` : `${c.budget - c.size} B left`;
  console.log(`${c.size > c.budget ? '✗' : '✓'} ${c.what}: ${c.size} B brotli, budget ${c.budget} B (${verdict})`);
}
console.log(`byte budget: ${((performance.now() - started) / 1000).toFixed(1)} s`);
if (leaked.length) {
  console.error(`\nThese modules are in the quick-start app's first load: import them through their loaders (core/lazy-transport.ts, core/srp/load-srp.ts, loadAccountFlows in core/auth-client.ts, react/components/load-step-modules.ts).`);
  process.exitCode = 1;
}
if (over.length) {
  console.error(
    `\nThe kit grew past its byte budget (test/bench/budget.json). Make it smaller, or raise the budget on purpose ` +
      `in the same commit and say why.`,
  );
  process.exitCode = 1;
}
