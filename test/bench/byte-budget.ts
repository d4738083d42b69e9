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
  { what: "kit's own JS", size: kit.ownJs.brotli, budget: budget.ownJsBrotli },
  { what: "kit's CSS", size: kit.ownCss.brotli, budget: budget.ownCssBrotli },
  { what: 'quick-start share over React (kit + SDK + react-query + CSS)', size: kit.app.share.brotli, budget: budget.shareBrotli },
];
const over = checks.filter((c) => c.size > c.budget);
for (const c of checks) {
  const verdict = c.size > c.budget ? `OVER by ${c.size - c.budget} B` : `${c.budget - c.size} B left`;
  console.log(`${c.size > c.budget ? '✗' : '✓'} ${c.what}: ${c.size} B brotli, budget ${c.budget} B (${verdict})`);
}
console.log(`byte budget: ${((performance.now() - started) / 1000).toFixed(1)} s`);
if (over.length) {
  console.error(
    `\nThe kit grew past its byte budget (test/bench/budget.json). Make it smaller, or raise the budget on purpose ` +
      `in the same commit and say why.`,
  );
  process.exitCode = 1;
}
