// `npm run check:size` (part of `npm test`): builds the README quick-start app from src/ with Vite (production,
// deterministic) and fails when the kit's bytes exceed test/bench/budget.json. No dist/ or browser needed.
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { repoRoot } from '../e2e-support/quickstart-app';
import { readBudget } from './budget';
import { weighKitSource } from './weight';

const started = performance.now();
const appsDir = join(repoRoot, 'test', '.tmp', 'byte-budget');
const budget = await readBudget();
let kit: Awaited<ReturnType<typeof weighKitSource>>['kit'];
try {
  ({ kit } = await weighKitSource(appsDir));
} finally {
  await rm(appsDir, { recursive: true, force: true });
}

const checks = [
  { what: "kit's own JS, first load", size: kit.ownJs.brotli, budget: budget.ownJsBrotli },
  { what: "kit's own JS, all chunks", size: kit.ownJsAll.brotli, budget: budget.ownJsAllBrotli },
  { what: "kit's CSS", size: kit.ownCss.brotli, budget: budget.ownCssBrotli },
  { what: 'quick-start share over React (kit + SDK + react-query + CSS)', size: kit.app.share.brotli, budget: budget.shareBrotli },
];
const over = checks.filter((c) => c.size > c.budget);
// What only a request, a sign-in or a rarer step needs must stay out of the first load (a static import of one
// of these would pull it, and often the SDK, back in without much change in the byte count).
const onDemandOnly =
  /core\/(cognito-transport|wire\/|cognito-errors|srp\/(?!load-srp)|account-flows|attribute-flow|mfa-flow|password-flow|sign-up-confirmation-flow|device-flow|device-store)|react\/(step-messages|account-messages|components\/(ChallengeStepForm|ConfirmSignUpStep|ForgotPasswordForm)\.|fields\/RememberDeviceField|device-messages)/;
const leaked = kit.firstLoadModules.filter((m) => onDemandOnly.test(m));
// One file, not two: a second first-load file costs a request and ~170-270 B of chunk wrapper and import names
// (Rolldown 1.2 leaves a module shared with lazy chunks apart when it sees a cycle; see core/auth-client.ts's imports).
if (kit.firstLoadFiles.length > 1) {
  console.error(`✗ the first load is ${kit.firstLoadFiles.length} files, not one: ${kit.firstLoadFiles.map((f, i) => (i ? `${f.file} (${f.modules.join(', ')})` : f.file)).join('; ')}`);
  process.exitCode = 1;
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
