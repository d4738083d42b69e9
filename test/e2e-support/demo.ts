import { generateKeyPairSync, sign } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import { appDir, repoRoot, viteConfigFile } from '../../example-app/scripts/demo-stack';

export { appDir, repoRoot };

/** The demo app imports the kit as published: dist/ must exist (the e2e global setup builds it when missing or stale). */
export function assertKitBuilt(): void {
  if (!existsSync(join(repoRoot, 'dist', 'index.js'))) {
    throw new Error('dist/index.js is missing: run `npm run build` before the demo e2e tests');
  }
}

/**
 * `vite build` of example-app into `outDir` with the app's own config file and the given VITE_* variables (set in
 * process.env while the build runs, as a shell would). NODE_ENV is "production" meanwhile, as for `npx vite build`
 * (Vitest sets "test", which would ship React's development build).
 */
export async function buildDemoApp(outDir: string, env: Record<string, string>): Promise<string> {
  const overrides: Record<string, string> = { ...env, NODE_ENV: 'production' };
  const previous = Object.fromEntries(Object.keys(overrides).map((key) => [key, process.env[key]]));
  Object.assign(process.env, overrides);
  try {
    await build({
      root: appDir,
      configFile: viteConfigFile,
      mode: 'production',
      logLevel: 'warn',
      clearScreen: false,
      build: { outDir, emptyOutDir: true },
    });
  } finally {
    for (const [key, value] of Object.entries(previous)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
  return outDir;
}

export interface CognitoTokens {
  AccessToken: string;
  IdToken: string;
  RefreshToken: string;
}

/** USER_PASSWORD_AUTH straight over HTTP: tokens for API tests, without a browser or the kit. */
export async function passwordSignIn(endpoint: string, clientId: string, email: string, password: string): Promise<CognitoTokens> {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-amz-json-1.1', 'X-Amz-Target': 'AWSCognitoIdentityProviderService.InitiateAuth' },
    body: JSON.stringify({ AuthFlow: 'USER_PASSWORD_AUTH', ClientId: clientId, AuthParameters: { USERNAME: email, PASSWORD: password } }),
  });
  const body = (await response.json()) as { AuthenticationResult?: CognitoTokens; message?: string };
  if (!response.ok || !body.AuthenticationResult) throw new Error(`InitiateAuth failed (${response.status}): ${body.message ?? ''}`);
  return body.AuthenticationResult;
}

const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

export function jwtParts(token: string): { header: Record<string, unknown>; payload: Record<string, unknown>; signature: string } {
  const [header = '', payload = '', signature = ''] = token.split('.');
  return {
    header: JSON.parse(Buffer.from(header, 'base64url').toString('utf8')) as Record<string, unknown>,
    payload: JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>,
    signature,
  };
}

/** A JWT with this header and payload, RS256-signed with a fresh RSA key that is not the pool's. */
export function forgeJwt(header: Record<string, unknown>, payload: Record<string, unknown>): string {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const signingInput = `${base64url(header)}.${base64url(payload)}`;
  return `${signingInput}.${sign('sha256', Buffer.from(signingInput), privateKey).toString('base64url')}`;
}

/** The same token with another payload and its original signature (e.g. a group added). */
export function tamperJwt(token: string, changes: Record<string, unknown>): string {
  const [header, , signature] = token.split('.');
  const { payload } = jwtParts(token);
  return `${header}.${base64url({ ...payload, ...changes })}.${signature}`;
}

/**
 * What `collectPageProblems` saw, minus what the demo does on purpose: Chromium prints "Failed to load resource:
 * … status of 403" for every 4xx fetch (the API refusing a normal user), and a full page load aborts the inbox
 * panel's open event stream. Anything else is a real problem.
 */
export function unexpectedProblems(problems: string[], expectedStatuses: number[] = []): string[] {
  return problems.filter(
    (line) =>
      !expectedStatuses.some((status) => line.includes(`the server responded with a status of ${status}`) && line.includes('/api/')) &&
      !/^request failed: GET \S+\/dev\/inbox\/events: net::ERR_ABORTED$/.test(line) &&
      // A module the page was fetching at idle (the wire chunk warmed for the next sign-in, #17) when the test
      // navigated away: the browser cancelled it, nothing failed.
      !/^request failed: GET \S+\.js: net::ERR_ABORTED$/.test(line),
  );
}

/** The dev inbox panel's latest code for `email` (of the kind shown, e.g. "Password reset code", if given). */
export async function codeFromInboxPanel(page: Page, email: string, kind?: string, timeout = 30_000): Promise<string> {
  let items = page.getByRole('complementary', { name: 'Dev inbox' }).getByRole('listitem').filter({ hasText: email });
  if (kind) items = items.filter({ hasText: kind });
  const item = items.first();
  await item.waitFor({ timeout });
  const code = (await item.locator('code').textContent())?.trim() ?? '';
  if (!/^\d{6}$/.test(code)) throw new Error(`The inbox shows "${code}" for ${email}, not a 6-digit code`);
  return code;
}

/** axe-core's WCAG 2.1 A/AA violations on the page as it is now, one line each (rule: targets). */
export async function axeViolations(page: Page): Promise<string[]> {
  const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: axePath });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: unknown) => Promise<AxeResults> } }).axe;
    interface AxeResults {
      violations: Array<{ id: string; nodes: Array<{ target: string[] }> }>;
    }
    const results = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}
