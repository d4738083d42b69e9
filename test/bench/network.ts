import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AuthenticationDetails, CognitoUser, CognitoUserPool, type CognitoUserSession } from 'amazon-cognito-identity-js';
import { createAuthClient } from '../../src/core/auth-client';
import { createMemoryStorage } from '../../src/core/storage';
import type { CognitoEmulator, EmulatorPool } from '../support/cognito-emulator';

// Cognito requests, counted by the emulator's request log (every API call that reached its HTTP endpoint).

export interface NetworkResult {
  kit: { srpSignIn: number; refresh: number; concurrent401s: number | 'pending'; retriedOk: number };
  sdk: { srpSignIn: number; refresh: number; concurrentGetSession: number };
}

const CONCURRENT = 20;

/** An API that answers 401 to one bearer token (the "expired" one) and 200 to any other. */
async function apiRejecting(staleToken: () => string | undefined) {
  const server = createServer((req, res) => {
    const token = req.headers.authorization?.replace(/^Bearer /, '');
    res.writeHead(token && token !== staleToken() ? 200 : 401).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export async function measureNetwork(options: {
  emulator: CognitoEmulator;
  pool: EmulatorPool;
  newUser: () => Promise<{ email: string; password: string }>;
}): Promise<NetworkResult> {
  const { emulator, pool, newUser } = options;
  const cognitoCalls = async (work: () => Promise<unknown>) => {
    emulator.requests.clear();
    await work();
    return emulator.requests.all().length;
  };
  const refreshes = () => emulator.requests.count({ refresh: true });

  // The kit (its core, as every React hook uses it).
  const { email, password } = await newUser();
  const client = createAuthClient({ userPoolId: pool.userPoolId, clientId: pool.clientId, endpoint: emulator.endpoint, storage: createMemoryStorage() });
  let kitConcurrent: number | 'pending' = 'pending';
  let retriedOk = 0;
  let srpSignIn: number;
  let refresh: number;
  try {
    srpSignIn = await cognitoCalls(() => client.signIn({ email, password }));
    refresh = await cognitoCalls(() => client.refresh());
    const core = (await import('../../src/core/index')) as Record<string, unknown>;
    const createAuthFetch = core.createAuthFetch as
      | ((c: typeof client) => (input: string, init?: RequestInit) => Promise<Response>)
      | undefined;
    if (createAuthFetch) {
      const stale = client.getState().session?.tokens.accessToken;
      const api = await apiRejecting(() => stale);
      try {
        const authFetch = createAuthFetch(client);
        emulator.requests.clear();
        const responses = await Promise.all(Array.from({ length: CONCURRENT }, () => authFetch(api.url)));
        kitConcurrent = refreshes();
        retriedOk = responses.filter((r) => r.status === 200).length;
      } finally {
        await api.close();
      }
    }
  } finally {
    client.stop();
  }

  // The bare SDK, same pool: authenticateUser (SRP), refreshSession, and 20 callers asking getSession for a
  // session whose tokens expired (the short-token client): it has no single flight.
  const sdkPool = new CognitoUserPool({ UserPoolId: pool.userPoolId, ClientId: pool.shortClientId, endpoint: emulator.endpoint });
  const sdkUser = await newUser();
  const user = new CognitoUser({ Username: sdkUser.email, Pool: sdkPool });
  let session!: CognitoUserSession;
  const sdkSignIn = await cognitoCalls(
    () =>
      new Promise<void>((resolve, reject) =>
        user.authenticateUser(new AuthenticationDetails({ Username: sdkUser.email, Password: sdkUser.password }), {
          onSuccess: (s) => resolve(void (session = s)),
          onFailure: reject,
        }),
      ),
  );
  const sdkRefresh = await cognitoCalls(
    () => new Promise<void>((resolve, reject) => user.refreshSession(session.getRefreshToken(), (err) => (err ? reject(err) : resolve()))),
  );
  const expiresAt = user.getSignInUserSession()!.getAccessToken().getExpiration() * 1000;
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, expiresAt - Date.now()) + 1500));
  emulator.requests.clear();
  await Promise.all(
    Array.from({ length: CONCURRENT }, () => new Promise<void>((resolve, reject) => user.getSession((err: unknown) => (err ? reject(err) : resolve())))),
  );
  const sdkConcurrent = refreshes();

  return {
    kit: { srpSignIn, refresh, concurrent401s: kitConcurrent, retriedOk },
    sdk: { srpSignIn: sdkSignIn, refresh: sdkRefresh, concurrentGetSession: sdkConcurrent },
  };
}
