import { describe, expect, it } from 'vitest';
import { createAuthClient } from '../../src/core/auth-client';
import type { AuthClient } from '../../src/core/auth-client-api';
import { AuthError } from '../../src/core/errors';

// The client's account methods come with a chunk of their own, so the client answers for them by name without a
// list (a list cost the first load ~100 B). It used to make a new function on every read, call anything (a typo
// rejected with a raw "… is not a function" TypeError once the chunk came) and say `'resendCode' in client` was
// false. Nothing here is sent: the endpoint has no server, and every refusal below comes before a request.

const client = () => createAuthClient({ userPoolId: 'eu-west-1_AbC123xyZ', clientId: 'client', endpoint: 'http://127.0.0.1:9/', storage: 'memory' });
/** A name the client does not have, as a typo or an older type definition would reach it. */
const loose = (c: AuthClient) => c as unknown as Record<string | symbol, unknown>;

describe('the client object', () => {
  it('gives the same function for a method every time, before and after its chunk is here', async () => {
    const c = client();
    const before = c.resendCode;
    expect(c.resendCode).toBe(before);
    expect(c.changePassword).toBe(c.changePassword);
    expect(c.signIn).toBe(c.signIn);
    await expect(c.changePassword({ currentPassword: 'Same-1!aa', newPassword: 'Same-1!aa' })).rejects.toMatchObject({ code: 'samePassword' });
    expect(c.resendCode).toBe(before);
  });

  it("a name that is no method rejects with invalidConfig naming it, not a TypeError; the client's own methods still work", async () => {
    const c = client();
    const call = (loose(c).resendCodes as () => Promise<unknown>)();
    const error = await call.then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AuthError);
    expect(error).toMatchObject({ code: 'invalidConfig', message: expect.stringContaining('no method resendCodes()') });
    await expect(c.changePassword({ currentPassword: 'Same-1!aa', newPassword: 'Same-1!aa' })).rejects.toMatchObject({ code: 'samePassword' });
  });

  it('`in` knows the methods, the chunk\'s included; it is no promise, and has no iterator', async () => {
    const c = client();
    for (const name of ['resendCode', 'deleteUser', 'getAuthFactors', 'signIn', 'config'] as const) expect(name in c).toBe(true);
    expect('then' in c).toBe(false);
    expect('toJSON' in c).toBe(false);
    expect(Symbol.iterator in c).toBe(false);
    expect(loose(c).then).toBeUndefined();
    expect(loose(c)[Symbol.toPrimitive]).toBeUndefined();
    // Resolving a promise with it must not take it for a thenable.
    expect(await Promise.resolve(c)).toBe(c);
  });
});
