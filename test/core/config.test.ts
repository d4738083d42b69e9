import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/core/config';
import { AuthError } from '../../src/core/errors';

describe('resolveConfig', () => {
  it('accepts a real-looking pool and derives region and endpoint', () => {
    const config = resolveConfig({ userPoolId: 'eu-west-1_AbC123xyZ', clientId: '1example23456789', storage: 'memory' });
    expect(config.region).toBe('eu-west-1');
    expect(config.endpoint).toBe('https://cognito-idp.eu-west-1.amazonaws.com/');
    expect(config.authFlow).toBe('USER_SRP_AUTH');
    expect(config.refreshMarginMs).toBe(60_000);
  });

  it('keeps a custom endpoint and flow', () => {
    const config = resolveConfig({ userPoolId: 'local_abc', clientId: 'x', endpoint: 'http://127.0.0.1:9229', authFlow: 'USER_PASSWORD_AUTH' });
    expect(config.endpoint).toBe('http://127.0.0.1:9229');
    expect(config.authFlow).toBe('USER_PASSWORD_AUTH');
  });

  it.each([
    [{ userPoolId: '', clientId: 'x' }, /userPoolId is missing/],
    [{ userPoolId: 'my pool', clientId: 'x' }, /"my pool" is not a user pool id.*eu-west-1_AbC123xyZ/],
    [{ userPoolId: 'arn:aws:cognito-idp:eu-west-1:123:userpool/eu-west-1_abc', clientId: 'x' }, /not a user pool id/],
    [{ userPoolId: 'eu-west-1_abc', clientId: '' }, /clientId is missing/],
    [{ userPoolId: 'eu-west-1_abc', clientId: 'has space' }, /contains whitespace/],
    [{ userPoolId: 'eu-west-1_abc', clientId: 'x', authFlow: 'CUSTOM' as never }, /authFlow "CUSTOM" is not supported/],
    [{ userPoolId: 'eu-west-1_abc', clientId: 'x', refreshMarginSeconds: -1 }, /refreshMarginSeconds/],
    [{ userPoolId: 'eu-west-1_abc', clientId: 'x', endpoint: 'cognito.local' }, /must be an http\(s\) URL/],
  ])('rejects %j with a message that says the fix', (config, message) => {
    let thrown: unknown;
    try {
      resolveConfig(config);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(AuthError);
    expect((thrown as AuthError).code).toBe('invalidConfig');
    expect((thrown as AuthError).message).toMatch(message);
  });
});
