import { chromium, type Browser, type BrowserContext, type ConsoleMessage, type Page } from 'playwright-core';

/**
 * Debian's Chromium (apt package `chromium`), never a downloaded browser. These flags are the ones this
 * machine needs: no sandbox as root, no GPU, and no background connections (the network is closed, and
 * Chromium's own calls home would be refused many at a time).
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // A page that is not the front tab gets one animation frame a second once it has been idle for a second. Every
  // Playwright click waits two frames for the element to be stable, and `polling: 'raf'` waits on frames, so each
  // action in a second tab took 2 s (sessions-tabs spent 20 s of its 10 rounds on it). Frames stay at 60 a second.
  '--disable-frame-rate-limit',
] as const;

/**
 * Launches Chromium headless. `chromium.launch` always starts it with a fresh, empty profile of its own
 * (a new temporary --user-data-dir, removed on close); Playwright refuses a --user-data-dir in `args`.
 */
export async function launchChromium(): Promise<Browser> {
  try {
    return await chromium.launch({
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: [...CHROMIUM_ARGS],
      timeout: 60_000,
    });
  } catch (error) {
    throw new Error(
      `Could not start Chromium at ${CHROMIUM_PATH} (set CHROMIUM_PATH, or install Debian's "chromium" package): ${String(error)}`,
      { cause: error },
    );
  }
}

export interface PageProblems {
  /** Uncaught exceptions in the page ("pageerror"), as "Name: message". */
  pageErrors: string[];
  /** console.error messages, and failed resource loads Chromium reports on the console. */
  consoleErrors: string[];
  /** Requests that failed at the network level (refused, aborted, …). */
  failedRequests: string[];
  /** Everything above, one line each; empty when the page behaved. */
  all(): string[];
}

/** Records what would show up red in the DevTools console, so a test can assert there was none. */
export function collectPageProblems(page: Page): PageProblems {
  const pageErrors: string[] = [];
  const consoleErrors: string[] = [];
  const failedRequests: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(`${error.name}: ${error.message}`));
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() === 'error') {
      const { url, lineNumber } = message.location();
      consoleErrors.push(`${message.text()}${url ? ` (${url}:${lineNumber})` : ''}`);
    }
  });
  page.on('requestfailed', (request) => {
    failedRequests.push(`${request.method()} ${request.url()}: ${request.failure()?.errorText ?? 'failed'}`);
  });
  return {
    pageErrors,
    consoleErrors,
    failedRequests,
    all: () => [
      ...pageErrors.map((e) => `pageerror: ${e}`),
      ...consoleErrors.map((e) => `console.error: ${e}`),
      ...failedRequests.map((e) => `request failed: ${e}`),
    ],
  };
}

export interface SeenRequest {
  method: string;
  url: string;
  /** The X-Amz-Target header for Cognito API calls, e.g. "AWSCognitoIdentityProviderService.InitiateAuth". */
  target: string | undefined;
  body: string | undefined;
}

/** Every request the page makes (any origin), with its body, and every URL the main frame navigates to. */
export function recordTraffic(page: Page): { requests: SeenRequest[]; navigations: string[] } {
  const requests: SeenRequest[] = [];
  const navigations: string[] = [];
  page.on('request', (request) => {
    requests.push({
      method: request.method(),
      url: request.url(),
      target: request.headers()['x-amz-target'],
      body: request.postData() ?? undefined,
    });
  });
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) navigations.push(frame.url());
  });
  return { requests, navigations };
}

/**
 * Watches the DOM from the first script on: flags `window.__e2eSecretInDom` if the serialized document ever
 * contains `secret` (attribute or text; an <input>'s live value is not serialized and is not counted).
 * The secret stays in the init script's closure, not on `window`.
 */
export async function watchDomForSecret(context: BrowserContext | Page, secret: string): Promise<void> {
  await context.addInitScript((needle: string) => {
    const w = window as unknown as { __e2eSecretInDom?: string };
    const check = () => {
      const html = document.documentElement?.outerHTML ?? '';
      if (!w.__e2eSecretInDom && html.includes(needle)) {
        const at = html.indexOf(needle);
        w.__e2eSecretInDom = html.slice(Math.max(0, at - 120), at).replace(needle, '<secret>') + '<secret>';
      }
    };
    new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  }, secret);
}

/** What `watchDomForSecret` saw: undefined if the secret never appeared, else the markup just before it. */
export function secretSeenInDom(page: Page): Promise<string | undefined> {
  return page.evaluate(() => (window as unknown as { __e2eSecretInDom?: string }).__e2eSecretInDom);
}
