import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuthClient } from '../../src/core/auth-client';
import { createMemoryStorage } from '../../src/core/storage';
import type { CognitoEmulator, EmulatorPool } from '../support/cognito-emulator';
import { startCognitoEmulator } from '../support/cognito-emulator';
import { strongPassword } from '../support/emulator-fixture';

// The kit against an app client that hides which users exist (PreventUserExistenceErrors ENABLED, the console's
// default): nothing it shows tells an unknown email apart, whatever `revealUserExistence` says.

let emulator: CognitoEmulator;
let pool: EmulatorPool;
beforeAll(async () => {
  emulator = await startCognitoEmulator();
  pool = await emulator.createPool({ preventUserExistenceErrors: 'ENABLED' });
});
afterAll(() => emulator?.stop());

const client = () =>
  createAuthClient({ userPoolId: pool.userPoolId, clientId: pool.clientId, endpoint: emulator.endpoint, storage: createMemoryStorage(), revealUserExistence: true, authFlow: 'USER_PASSWORD_AUTH' });

describe('an app client with PreventUserExistenceErrors ENABLED', () => {
  it('sign-in of an unknown email reads as incorrect credentials, even with revealUserExistence', async () => {
    await expect(client().signIn({ email: 'nobody.signs.in@example.com', password: strongPassword })).rejects.toMatchObject({ code: 'invalidCredentials' });
  });

  it('a reset for an unknown email shows the code step with a masked address; any code is then a mismatch', async () => {
    const kit = client();
    const step = await kit.forgotPassword('nobody.resets@example.com');
    expect(step).toMatchObject({ step: 'resetPassword', delivery: { destination: 'n***@e***', medium: 'EMAIL' } });
    await expect(kit.confirmForgotPassword({ email: 'nobody.resets@example.com', code: '123456', newPassword: 'New-Password-9!' })).rejects.toMatchObject({
      code: 'codeMismatch',
    });
  });
});
