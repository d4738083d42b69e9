// `npx tsx test/bench/profile-sign-in.ts` (after `npm run build`): where the main thread's time goes during the
// kit's first sign-in after a page load, the bench's page at Chromium's CPU throttling. For each run, every task
// from the click on longer than BENCH_TASK_MS (default 16), with what the trace says it held and the JS functions
// the V8 sampling profiler caught in it. BENCH_RUNS (default 3), BENCH_CPU (default 4). Not a measure for the
// README table (that is `npm run bench`): a tool to find what to move. BENCH_COMPARE_DIR=<a dist/ of this page
// built before a change, kept from test/.tmp/bench/browser-apps/signin-kit/dist>: runs alternate between the two
// (the same machine load for both) and the summary compares them. BENCH_SAMPLER=0 leaves the V8 sampling profiler
// out (it adds 10-20 ms to the tasks it samples): the figures are then the bench's, without the JS functions.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { installTarball, packKit } from '../e2e-support/quickstart-app';
import { startCognitoEmulator } from '../support/cognito-emulator';
import { BENCH_DIR } from './apps';
import { startBrowserBench, PRESS_MARK, type SignInRun } from './browser';
import { markTime, rendererTasks, taskBreakdown, taskFunctions } from './trace-tasks';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const CPU = Number(process.env.BENCH_CPU ?? 4);
const OVER_MS = Number(process.env.BENCH_TASK_MS ?? 16);
const COMPARE_DIR = process.env.BENCH_COMPARE_DIR;
const SAMPLER = process.env.BENCH_SAMPLER !== '0';
const out = (line: string) => process.stdout.write(`${line}\n`);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;
const ms = (value: number) => `${value.toFixed(1)} ms`;

await mkdir(BENCH_DIR, { recursive: true });
await installTarball(await packKit(BENCH_DIR), BENCH_DIR);
const emulator = await startCognitoEmulator();
try {
  const pool = await emulator.createPool({ name: 'profile' });
  let users = 0;
  const newUser = async () => {
    const email = `profile.${Date.now().toString(36)}.${(users++).toString(36)}@example.com`;
    await emulator.admin.signUpConfirmed(pool.userPoolId, pool.clientId, email, 'Bench-Password-1!');
    return { email, password: 'Bench-Password-1!' };
  };
  const browser = await startBrowserBench({ emulator, pool, newUser, appsDir: join(BENCH_DIR, 'browser-apps'), compareDistDir: COMPARE_DIR });
  const summary = new Map<string, Array<SignInRun & { clickTaskCpuMs: number; maxTaskCpuMs: number }>>();
  try {
    await browser.profileKit(1); // the emulator's and the static server's first requests
    for (let i = 1; i <= RUNS; i++) {
      for (const compare of COMPARE_DIR ? [true, false] : [false]) {
        const label = compare ? 'before' : 'this build';
        const { run, events } = await browser.profileKit(CPU, compare, SAMPLER);
        const tasks = rendererTasks(events, markTime(events, PRESS_MARK));
        // Thread time: what a loaded machine inflates least. The click's own task, and the most of any task after it.
        const cpu = { clickTaskCpuMs: tasks[0]?.cpuMs ?? 0, maxTaskCpuMs: Math.max(0, ...tasks.map((t) => t.cpuMs)) };
        summary.set(label, [...(summary.get(label) ?? []), { ...run, ...cpu }]);
        out(
          `\n${label}, run ${i} at ${CPU}×: longest task ${ms(run.longestTaskMs)} (CPU ${ms(run.longestTaskCpuMs)}), posted-task wait ${ms(run.postedWaitMs)}, ` +
            `frame gap ${ms(run.frameGapMs)}, submit → signed in ${ms(run.signInMs)}, ${tasks.length} tasks after the click`,
        );
        const first = tasks[0]?.start ?? 0;
        for (const task of tasks.filter((t) => t.wallMs > OVER_MS)) {
          out(`  task at +${ms((task.start - first) / 1000)}: ${ms(task.wallMs)} wall, ${ms(task.cpuMs)} CPU`);
          for (const [what, time] of taskBreakdown(events, task).slice(0, 8)) out(`      ${ms(time).padStart(9)}  ${what}`);
          out('    JS, self time (sampled):');
          for (const [what, time] of taskFunctions(events, task).slice(0, 12)) out(`      ${ms(time).padStart(9)}  ${what}`);
        }
      }
    }
    out(`\nmedian (max) of ${RUNS} runs at ${CPU}×:`);
    const keys = ['longestTaskMs', 'longestTaskCpuMs', 'maxTaskCpuMs', 'clickTaskCpuMs', 'postedWaitMs', 'frameGapMs', 'signInMs'] as const;
    for (const [label, runs] of summary) {
      out(`  ${label}: ${keys.map((k) => `${k} ${Math.round(median(runs.map((r) => r[k])))} (${Math.round(Math.max(...runs.map((r) => r[k])))})`).join(', ')}`);
    }
  } finally {
    await browser.close();
  }
} finally {
  await emulator.stop();
}
