import { afterEach, describe, expect, it, vi } from 'vitest';

const config = { userPoolId: 'eu-west-1_AbC123xyZ', clientId: 'client', endpoint: 'http://127.0.0.1:9/' };

afterEach(() => {
  vi.doUnmock('../../src/core/cognito-transport');
  vi.doUnmock('../../src/core/cognito-errors');
  vi.resetModules();
});

describe('the lazily loaded wire layer', () => {
  it('answers only its methods: awaiting it hands back the transport, JSON and strings do not fetch anything', async () => {
    const { createLazyTransport } = await import('../../src/core/lazy-transport');
    const transport = createLazyTransport(config);
    expect((transport as unknown as { then?: unknown }).then).toBeUndefined();
    await expect(Promise.resolve(transport)).resolves.toBe(transport);
    expect(JSON.stringify(transport)).toBe('{}');
    expect(typeof transport.signIn).toBe('function');
    expect('signIn' in transport && 'setMfaPreference' in transport).toBe(true);
    expect('toJSON' in transport).toBe(false);
  });

  it('maps what a request failed with once the wire chunk is loaded; AuthErrors pass through as they are', async () => {
    const { toAuthErrorLoaded } = await import('../../src/core/lazy-transport');
    const { AuthError } = await import('../../src/core/errors');
    const wrongPassword = Object.assign(new Error('Incorrect username or password.'), { code: 'NotAuthorizedException' });
    await expect(toAuthErrorLoaded(wrongPassword, 'signIn')).resolves.toMatchObject({ code: 'invalidCredentials', cause: wrongPassword });
    const own = new AuthError('samePassword');
    await expect(toAuthErrorLoaded(own, 'changePassword')).resolves.toBe(own);
  });

  it('mocked (a browser failing to fetch the chunks; the real one runs in the e2e suite): a request and its error both become `network`, and the next request fetches again', async () => {
    let fail = true;
    const offline = (chunk: string) => async (importOriginal: () => Promise<unknown>) => {
      if (fail) throw new TypeError(`Failed to fetch dynamically imported module: /assets/${chunk}.js`);
      return importOriginal();
    };
    vi.doMock('../../src/core/cognito-transport', offline('cognito-transport'));
    vi.doMock('../../src/core/cognito-errors', offline('cognito-errors'));
    const { createLazyTransport, toAuthErrorLoaded } = await import('../../src/core/lazy-transport');
    const transport = createLazyTransport(config);
    const failure = await transport.forgotPassword('someone@example.com').catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(Error); // vitest wraps the factory's TypeError in its own
    expect(failure).not.toHaveProperty('code');
    await expect(toAuthErrorLoaded(failure, 'forgotPassword')).resolves.toMatchObject({ code: 'network', retryable: true, cause: failure });

    fail = false;
    vi.resetModules();
    // Nothing listens on port 9: the wire chunk loads now, and the request itself fails as a network error.
    const error = await transport.forgotPassword('someone@example.com').catch((e: unknown) => e);
    expect(String(error)).not.toMatch(/mocking a module/);
    await expect(toAuthErrorLoaded(error, 'forgotPassword')).resolves.toMatchObject({ code: 'network' });
  });

  it('mocked (the wire chunk failing to fetch): signing out still ends the session, with no unhandled rejection from the best-effort revocation', async () => {
    vi.doMock('../../src/core/cognito-transport', () => {
      throw new TypeError('Failed to fetch dynamically imported module: /assets/cognito-transport.js');
    });
    const { createAuthClient } = await import('../../src/core/auth-client');
    const { loadCognitoTransport } = await import('../../src/core/lazy-transport');
    const { tokensFor } = await import('../support/unsigned-jwt');
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      const client = createAuthClient({ ...config, storage: 'memory' });
      await client.fromTokens(tokensFor({ email: 'someone@example.com', iat: Math.floor(Date.now() / 1000), lifetime: 3600 }));
      expect(client.getState().status).toBe('signedIn');
      await client.signOut();
      expect(client.getState().status).toBe('signedOut');
      // The revocation's download of the wire chunk is shared with this one (or over, and this is the next
      // try): once it has failed, so has the revocation's. A turn of the event loop later, Node has reported
      // whatever was left unhandled.
      await expect(loadCognitoTransport()).rejects.toThrow();
      await new Promise((resolve) => setImmediate(resolve));
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });
});
