import { afterEach, describe, expect, it } from 'vitest';
import { tokensFor } from '../support/unsigned-jwt';

// react-cognito-kit/core in Node: no window, document or Web Storage, and none of them looked up at import.
// (test/core/ssr.test.tsx covers the React entry; test/e2e/server-entry.test.ts runs the packed entry in Node.)

const browserGlobals = ['window', 'document', 'self', 'localStorage', 'sessionStorage', 'navigator', 'location'] as const;

/** Getters on globalThis for the browser globals Node lacks: each lookup is recorded, and reads as undefined. */
function watchBrowserGlobals(): { touched: string[]; restore(): void } {
  const touched: string[] = [];
  const trapped = browserGlobals.filter((name) => !(name in globalThis));
  for (const name of trapped) {
    Object.defineProperty(globalThis, name, {
      configurable: true,
      get: () => {
        touched.push(name);
        return undefined;
      },
    });
  }
  return { touched, restore: () => trapped.forEach((name) => delete (globalThis as Record<string, unknown>)[name]) };
}

let watch: ReturnType<typeof watchBrowserGlobals> | undefined;
afterEach(() => watch?.restore());

describe('react-cognito-kit/core in Node', () => {
  it('imports without touching window, document or Web Storage, and exports what a server needs', async () => {
    expect(typeof (globalThis as { window?: unknown }).window).toBe('undefined');
    watch = watchBrowserGlobals();
    const core = await import('../../src/core/index');
    expect(watch.touched).toEqual([]);
    expect(Object.keys(core)).toEqual(expect.arrayContaining([
      'AuthError',
      'createAuthClient',
      'createAuthFetch',
      'createMemoryStorage',
      'decodeJwtPayload',
      'defaultErrorMessages',
      'isAuthError',
      'localStorageAdapter',
      'sessionStorageAdapter',
    ]));
  });

  it("restores a session from tokens with storage 'memory' and hands out its tokens, with no window or Web Storage", async () => {
    watch = watchBrowserGlobals();
    const { createAuthClient } = await import('../../src/core/index');
    const tokens = tokensFor({ email: 'ada@example.com', iat: Math.floor(Date.now() / 1000), lifetime: 3600 });
    const client = createAuthClient({ userPoolId: 'eu-west-1_AbC123xyZ', clientId: 'client', storage: 'memory' });
    const session = await client.fromTokens(tokens);
    expect(session.user.email).toBe('ada@example.com');
    expect(client.getState().status).toBe('signedIn');
    await expect(client.getAccessToken()).resolves.toBe(tokens.accessToken);
    await expect(client.getIdToken()).resolves.toBe(tokens.idToken);
    // Only a guarded `globalThis.navigator?.locks` (Web Locks for the refresh lock, absent in Node 20); 'memory'
    // never looks at Web Storage.
    expect(watch.touched.filter((name) => name !== 'navigator')).toEqual([]);
  });
});
