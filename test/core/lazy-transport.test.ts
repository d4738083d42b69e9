import { afterEach, describe, expect, it, vi } from 'vitest';

const config = { userPoolId: 'eu-west-1_AbC123xyZ', clientId: 'client', endpoint: 'http://127.0.0.1:9/' };

afterEach(() => {
  vi.doUnmock('../../src/core/cognito-wire');
  vi.resetModules();
});

describe('the lazily loaded wire layer', () => {
  it('is not a thenable, so awaiting or returning the transport from an async function hands back the transport', async () => {
    const { createLazyTransport } = await import('../../src/core/lazy-transport');
    const transport = createLazyTransport(config);
    expect((transport as unknown as { then?: unknown }).then).toBeUndefined();
    await expect(Promise.resolve(transport)).resolves.toBe(transport);
    expect(typeof transport.signIn).toBe('function');
  });

  it('maps what a request failed with once the wire chunk is loaded; AuthErrors pass through as they are', async () => {
    const { toAuthErrorLoaded } = await import('../../src/core/lazy-transport');
    const { AuthError } = await import('../../src/core/errors');
    const wrongPassword = Object.assign(new Error('Incorrect username or password.'), { code: 'NotAuthorizedException' });
    await expect(toAuthErrorLoaded(wrongPassword, 'signIn')).resolves.toMatchObject({ code: 'invalidCredentials', cause: wrongPassword });
    const own = new AuthError('samePassword');
    await expect(toAuthErrorLoaded(own, 'changePassword')).resolves.toBe(own);
  });

  it('mocked (a browser failing to fetch the chunk; the real one runs in the e2e suite): a request and its error both become `network`, and the next request fetches again', async () => {
    let fail = true;
    vi.doMock('../../src/core/cognito-wire', async (importOriginal) => {
      if (fail) throw new TypeError('Failed to fetch dynamically imported module: /assets/cognito-wire.js');
      return importOriginal();
    });
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
});
