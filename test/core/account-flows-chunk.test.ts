import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CognitoTransport } from '../../src/core/cognito-transport';

// Confirming a sign-up, passwords, attributes and MFA come in a chunk of their own (core/account-flows.ts), so a
// first screen does not download them. What a call does when that chunk cannot be fetched is only reachable by
// failing the import: a browser's failed download is simulated, the transport is a stub that counts calls.

const config = { userPoolId: 'eu-west-1_AbC123xyZ', clientId: 'client', endpoint: 'http://127.0.0.1:9/', storage: 'memory' as const };

afterEach(() => {
  vi.doUnmock('../../src/core/account-flows');
  vi.resetModules();
});

describe('the account flows chunk', () => {
  it('mocked (a failed chunk download): a call rejects with `network` and sends nothing; the next call fetches it and goes through', async () => {
    let offline = true;
    vi.doMock('../../src/core/account-flows', async (importOriginal: () => Promise<unknown>) => {
      if (offline) throw new TypeError('Failed to fetch dynamically imported module: /assets/account-flows.js');
      return importOriginal();
    });
    const { createAuthClient } = await import('../../src/core/auth-client');
    const sent: string[] = [];
    const transport = {
      resendCode: async (username: string) => {
        sent.push(username);
        return { destination: 'a***@e***', medium: 'EMAIL' };
      },
    } as unknown as CognitoTransport;
    const client = createAuthClient(config, { transport });

    await expect(client.resendCode('ada@example.com')).rejects.toMatchObject({ name: 'AuthError', code: 'network', retryable: true });
    expect(sent).toEqual([]);

    offline = false;
    await expect(client.resendCode(' ada@example.com ')).resolves.toEqual({
      step: 'confirmSignUp',
      username: 'ada@example.com',
      delivery: { destination: 'a***@e***', medium: 'EMAIL' },
    });
    expect(sent).toEqual(['ada@example.com']);
  });

  it('is not part of what creating a client loads: nothing of it runs until a flow is called', async () => {
    const loaded = vi.fn();
    vi.doMock('../../src/core/account-flows', async (importOriginal: () => Promise<Record<string, unknown>>) => {
      loaded();
      return importOriginal();
    });
    const { createAuthClient } = await import('../../src/core/auth-client');
    const client = createAuthClient(config, { transport: {} as CognitoTransport });
    client.start();
    await client.signOut();
    expect(loaded).not.toHaveBeenCalled();
    await expect(client.changePassword({ currentPassword: 'Same-1!aa', newPassword: 'Same-1!aa' })).rejects.toMatchObject({ code: 'samePassword' });
    expect(loaded).toHaveBeenCalledTimes(1);
    client.stop();
  });
});
