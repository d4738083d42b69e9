import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { startCognitoEmulator, type CognitoEmulator, type CreatePoolOptions, type EmulatorPool } from '../support/cognito-emulator';
import { launchChromium } from './chromium';
import { buildQuickstartApp, repoRoot } from './quickstart-app';
import { createSessionsApp } from './sessions-app';
import { serveStatic, type StaticServer } from './static-server';

export interface SessionsStack {
  emulator: CognitoEmulator;
  pool: EmulatorPool;
  site: StaticServer;
  browser: Browser;
  stop(): Promise<void>;
}

/**
 * What every sessions browser test starts from: the emulator with a short-token pool, the sessions app built
 * from the packed kit (dist/, which the e2e global setup rebuilds when stale) and served, and Chromium. `name`
 * names the pool and the app folder under test/.tmp; `poolOptions` sets the pool up further (e.g. refresh-token rotation).
 */
export async function startSessionsStack(name: string, tokenSeconds: number, poolOptions: CreatePoolOptions = {}): Promise<SessionsStack> {
  const appDir = join(repoRoot, 'test', '.tmp', `${name}-app`);
  const emulator = await startCognitoEmulator();
  const pool = await emulator.createPool({ ...poolOptions, name, shortTokenSeconds: tokenSeconds });
  const app = await createSessionsApp(appDir, { userPoolId: pool.userPoolId, clientId: pool.shortClientId, endpoint: emulator.endpoint });
  const site = await serveStatic(await buildQuickstartApp(app));
  const browser = await launchChromium();
  return {
    emulator,
    pool,
    site,
    browser,
    async stop() {
      await browser.close();
      await site.close();
      await emulator.stop();
      if (!process.env.KEEP_E2E_APP) await rm(appDir, { recursive: true, force: true });
    },
  };
}
