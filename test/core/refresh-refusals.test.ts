import { afterEach, describe, expect, it } from 'vitest';
import { createAuthClient, type AuthClient } from '../../src/core/auth-client';
import type { CognitoTransport } from '../../src/core/cognito-transport';
import { createMemoryStorage } from '../../src/core/storage';
import { tokensFor } from '../support/unsigned-jwt';

// Which refresh failures end a session. Real refusals (an empty or unknown refresh token, a revoked one) are
// tested against the emulator (test/integration/session-robustness.test.ts); the emulator cannot produce a trigger
// Lambda's timeout, a WAF rule or a proxy's odd answer, so a stub transport (mocked: named so) throws them here
// as the SDK's Client reports them.

const config = { userPoolId: 'eu-west-1_Abc123', clientId: 'refusals', endpoint: 'http://127.0.0.1:9/', storage: createMemoryStorage() };
const clients: AuthClient[] = [];
afterEach(() => {
  for (const client of clients.splice(0)) client.stop();
});

const sdkError = (code: string, message: string) => Object.assign(new Error(message), { code, name: code });

async function refreshFailingWith(error: unknown) {
  const transport = {
    refresh: async () => {
      throw error;
    },
  } as unknown as CognitoTransport;
  const client = createAuthClient({ ...config, storage: createMemoryStorage() }, { transport });
  clients.push(client);
  const iat = Math.floor(Date.now() / 1000);
  await client.fromTokens(tokensFor({ iat, lifetime: 3600 }));
  const failure = await client.refresh().catch((err: unknown) => err);
  return { client, failure };
}

describe('mocked transport: a refresh that fails', () => {
  it.each([
    ['a trigger Lambda that timed out', sdkError('UnexpectedLambdaException', 'PreTokenGeneration failed with error Task timed out after 5.01 seconds.')],
    ['an invalid Lambda response', sdkError('InvalidLambdaResponseException', 'Invalid lambda response')],
    ['a WAF rule', sdkError('ForbiddenException', 'Request not allowed due to WAF block.')],
    ['too many attempts', sdkError('LimitExceededException', 'Attempt limit exceeded, please try after some time.')],
    ['throttling', sdkError('TooManyRequestsException', 'Rate exceeded')],
    ['a 5xx', sdkError('InternalErrorException', 'Internal error')],
    ['not an answer of Cognito at all', new Error('Cognito returned no tokens')],
    ['the network', new TypeError('Failed to fetch')],
  ])('keeps the session through %s (and tries again later)', async (_, error) => {
    const { client, failure } = await refreshFailingWith(error);
    expect(failure).toMatchObject({ name: 'AuthError' });
    expect(client.getState().status).toBe('signedIn');
    expect(client.getState().lastRefreshError).toBe(failure);
  });

  it.each([
    ['a revoked refresh token', sdkError('NotAuthorizedException', 'Refresh Token has been revoked'), 'revoked', 'sessionRevoked'],
    ['an expired refresh token', sdkError('NotAuthorizedException', 'Refresh Token has expired'), 'expired', 'sessionExpired'],
    ['a refresh token Cognito calls invalid', sdkError('InvalidParameterException', 'Missing required parameter REFRESH_TOKEN'), 'revoked', 'sessionRevoked'],
    ['a deleted app client', sdkError('ResourceNotFoundException', 'User pool client does not exist.'), 'revoked', 'sessionRevoked'],
    ['a deleted user', sdkError('UserNotFoundException', 'User does not exist.'), 'revoked', 'sessionRevoked'],
    // With no other tab to take newer tokens from (memory storage), a refresh token spent by rotation is final too.
    ['a refresh token rotated out elsewhere', sdkError('RefreshTokenReuseException', 'Refresh token has been invalidated by refresh token rotation'), 'revoked', 'sessionRevoked'],
  ])('ends the session at once for %s', async (_, error, reason, code) => {
    const { client, failure } = await refreshFailingWith(error);
    expect(failure).toMatchObject({ code });
    expect(client.getState()).toMatchObject({ status: 'signedOut', signOutReason: reason });
  });
});
