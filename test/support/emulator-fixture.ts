import { createAuthClient, type AuthClient } from '../../src/core/auth-client';
import type { AuthConfig } from '../../src/core/config';
import { createMemoryStorage, type StorageAdapter } from '../../src/core/storage';
import { startCognitoEmulator, type CognitoEmulator, type CreatePoolOptions, type EmulatorPool } from './cognito-emulator';

export interface EmulatorFixture {
  emulator: CognitoEmulator;
  pool: EmulatorPool;
  /** A client config for the pool; `short` uses the client whose tokens live a few seconds. */
  config(options?: Partial<AuthConfig> & { short?: boolean }): AuthConfig;
  client(options?: Partial<AuthConfig> & { short?: boolean }): AuthClient;
  uniqueEmail(label?: string): string;
}

let counter = 0;

/**
 * One emulator per test file: started in beforeAll, stopped in afterAll. `poolOptions` shape its pool (e.g.
 * PASSWORDLESS_POOL from passwordless-pool.ts for choice-based sign-in and passkeys).
 */
export async function startEmulatorFixture(shortTokenSeconds = 4, poolOptions: CreatePoolOptions = {}): Promise<EmulatorFixture> {
  const emulator = await startCognitoEmulator();
  const pool = await emulator.createPool({ ...poolOptions, shortTokenSeconds });
  const config = ({ short = false, ...overrides }: Partial<AuthConfig> & { short?: boolean } = {}): AuthConfig => ({
    userPoolId: pool.userPoolId,
    clientId: short ? pool.shortClientId : pool.clientId,
    endpoint: emulator.endpoint,
    storage: createMemoryStorage(),
    ...overrides,
  });
  return {
    emulator,
    pool,
    config,
    client: (options) => createAuthClient(config(options)),
    uniqueEmail: (label = 'user') => `${label}.${Date.now().toString(36)}.${(counter++).toString(36)}@example.com`,
  };
}

export const strongPassword = 'Correct-Horse-7-Battery';

/** Sign-up + confirm through the kit's own client, reading the code the emulator delivered. */
export async function registerConfirmed(fixture: EmulatorFixture, email: string, password = strongPassword) {
  const client = fixture.client();
  const step = await client.signUp({ email, password });
  if (step.step !== 'confirmSignUp') throw new Error(`expected confirmSignUp, got ${step.step}`);
  const code = await fixture.emulator.codes.waitFor(email);
  await client.confirmSignUp({ email, code });
}

/** A confirmed user of the pool (admin-created, no code round trip), for tests that start signed out. */
export async function confirmedUser(fixture: EmulatorFixture, label: string, password = strongPassword): Promise<string> {
  const email = fixture.uniqueEmail(label);
  await fixture.emulator.admin.signUpConfirmed(fixture.pool.userPoolId, fixture.pool.clientId, email, password);
  return email;
}

/** A client (memory storage) signed in as `email`. */
export async function signedInClient(fixture: EmulatorFixture, email: string, password = strongPassword): Promise<AuthClient> {
  const client = createAuthClient(fixture.config({ storage: createMemoryStorage() }));
  await client.signIn({ email, password });
  return client;
}

export type { StorageAdapter };
