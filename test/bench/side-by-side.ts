// `npm run compare`: the README's side-by-side of the kit's <Authenticator> and Amplify UI's, rendered by the same
// Chromium at a phone width (390 px) and a desktop width (1280 px), signed out, on the sign-in and the create-account
// views. Both are built for production with plain Vite, neither with any styling of the app's. Writes PNGs into
// stories/assets/side-by-side/ (the README links them). A picture to judge, not a test: nothing here asserts taste.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium } from '../e2e-support/chromium';
import { repoRoot } from '../e2e-support/quickstart-app';
import { serveStatic } from '../e2e-support/static-server';
import { apps, BENCH_DIR, buildApp } from './apps';
import { installPeers } from './peers';

const OUT = join(repoRoot, 'stories', 'assets', 'side-by-side');
const WIDTHS = [
  { name: '390', width: 390, height: 844 },
  { name: '1280', width: 1280, height: 800 },
] as const;

/** Each drop-in's own way to its create-account view, as a user would take it. */
const views = {
  kit: {
    signIn: async (page: Page) => page.getByRole('button', { name: 'Sign in', exact: true }).waitFor(),
    register: async (page: Page) => {
      await page.getByRole('link', { name: 'Create an account' }).click();
      await page.getByRole('button', { name: 'Create account' }).waitFor();
    },
  },
  amplify: {
    signIn: async (page: Page) => page.getByRole('button', { name: 'Sign in', exact: true }).waitFor(),
    register: async (page: Page) => {
      await page.getByRole('tab', { name: 'Create Account' }).click();
      await page.getByRole('button', { name: 'Create Account' }).waitFor();
    },
  },
};

const log = (line: string) => process.stderr.write(`compare: ${line}\n`);

log('building the kit (from src) and Amplify UI 6 quick starts with Vite');
const [kit, amplify] = await Promise.all([
  buildApp(apps.kit(join(repoRoot, 'src', 'index.ts'), join(repoRoot, 'src', 'styles.css'), 'kit-side-by-side'), join(BENCH_DIR, 'apps')),
  buildApp(apps.amplify(), join(installPeers(log), 'apps')),
]);
const sites = { kit: await serveStatic(kit.distDir), amplify: await serveStatic(amplify.distDir) };
await mkdir(OUT, { recursive: true });
const browser = await launchChromium();
try {
  for (const size of WIDTHS) {
    for (const who of ['kit', 'amplify'] as const) {
      const context = await browser.newContext({ viewport: { width: size.width, height: size.height }, colorScheme: 'light' });
      const page = await context.newPage();
      await page.goto(sites[who].url);
      await views[who].signIn(page);
      await page.screenshot({ path: join(OUT, `${who}-sign-in-${size.name}.png`) });
      await views[who].register(page);
      await page.screenshot({ path: join(OUT, `${who}-register-${size.name}.png`) });
      await context.close();
      log(`${who} at ${size.name} px`);
    }
  }
} finally {
  await browser.close();
  await Promise.all(Object.values(sites).map((site) => site.close()));
}
log(`written to ${OUT}`);
