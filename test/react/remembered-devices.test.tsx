import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuthClient } from '../../src/core/auth-client';
import type { AuthConfig, RememberDevice } from '../../src/core/config';
import { createMemoryStorage, type StorageAdapter } from '../../src/core/storage';
import { DeviceList } from '../../src/react/components/DeviceList';
import { LoginForm } from '../../src/react/components/LoginForm';
import { startCognitoEmulator, type CognitoEmulator, type EmulatorPool } from '../support/cognito-emulator';
import { strongPassword } from '../support/emulator-fixture';
import { renderWithBadge, renderWithKit } from './render-with-kit';

// LoginForm's "Remember this device" and DeviceList against the harness's device tracking (one emulator, two
// pools: user opt-in and always-remember).

let emulator: CognitoEmulator;
let optIn: EmulatorPool;
let always: EmulatorPool;
let n = 0;
beforeAll(async () => {
  emulator = await startCognitoEmulator();
  optIn = await emulator.createPool({ deviceConfiguration: { ChallengeRequiredOnNewDevice: true, DeviceOnlyRememberedOnUserPrompt: true } });
  always = await emulator.createPool({ deviceConfiguration: { ChallengeRequiredOnNewDevice: true, DeviceOnlyRememberedOnUserPrompt: false } });
});
afterAll(() => emulator?.stop());

const configFor = (pool: EmulatorPool, rememberDevice: RememberDevice, storage: StorageAdapter): AuthConfig => ({
  userPoolId: pool.userPoolId,
  clientId: pool.clientId,
  endpoint: emulator.endpoint,
  storage,
  rememberDevice,
});

async function userWithSms(pool: EmulatorPool) {
  const email = `ui.device.${Date.now().toString(36)}.${n}@example.com`;
  const phone = `+1555200${String(n++).padStart(4, '0')}`;
  await emulator.admin.signUpConfirmed(pool.userPoolId, pool.clientId, email, strongPassword);
  await emulator.admin.enableSmsMfa(pool.userPoolId, email, phone);
  return { email, phone };
}

async function passwordStep(email: string) {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText('Email'), email);
  await user.type(screen.getByLabelText('Password'), strongPassword);
  const after = Date.now();
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
  return { user, after };
}

/** The device entry of one browser's storage, carried into a new storage as after a reload with the session gone. */
function devicesOnly(from: StorageAdapter, pool: EmulatorPool): StorageAdapter {
  const to = createMemoryStorage();
  const value = from.getItem(`rck.${pool.clientId}.devices`);
  if (value) to.setItem(`rck.${pool.clientId}.devices`, value);
  return to;
}

describe("LoginForm with rememberDevice: 'ask'", () => {
  it('the MFA step asks; ticked, the next sign-in in this browser needs no code', async () => {
    const { email, phone } = await userWithSms(optIn);
    const storage = createMemoryStorage();
    const first = renderWithBadge(<LoginForm />, { config: configFor(optIn, 'ask', storage) });
    const { user, after } = await passwordStep(email);
    const box = await screen.findByRole('checkbox', { name: /Remember this device/ });
    expect(box).not.toBeChecked();
    await user.click(box);
    await user.type(screen.getByLabelText('Verification code'), await emulator.codes.waitFor(phone, { after }));
    await user.click(screen.getByRole('button', { name: 'Verify' }));
    await waitFor(() => expect(screen.getByTestId('session')).toHaveTextContent(`signedIn: ${email}`));
    first.unmount();

    renderWithBadge(<LoginForm />, { config: configFor(optIn, 'ask', devicesOnly(storage, optIn)) });
    await passwordStep(email);
    await waitFor(() => expect(screen.getByTestId('session')).toHaveTextContent(`signedIn: ${email}`));
    expect(screen.queryByLabelText('Verification code')).toBeNull();
  });

  it("with 'never' the MFA step has no checkbox", async () => {
    const { email } = await userWithSms(optIn);
    renderWithKit(<LoginForm />, { config: configFor(optIn, 'never', createMemoryStorage()) });
    await passwordStep(email);
    await screen.findByLabelText('Verification code');
    expect(screen.queryByRole('checkbox')).toBeNull();
  });
});

describe('DeviceList', () => {
  it('shows this device; Forget asks first, Cancel goes back, Forget device forgets it and says so', async () => {
    const { email, phone } = await userWithSms(always);
    const storage = createMemoryStorage();
    const client = createAuthClient(configFor(always, 'always', storage));
    const after = Date.now();
    const step = await client.signIn({ email, password: strongPassword });
    expect(step.step).toBe('smsMfa');
    await client.answerChallenge({ kind: 'mfaCode', code: await emulator.codes.waitFor(phone, { after }) });

    renderWithKit(<DeviceList />, { client });
    const list = await screen.findByRole('list', { name: 'Your devices' });
    const [row] = within(list).getAllByRole('listitem');
    expect(row).toHaveTextContent('(This device)');
    expect(row).toHaveTextContent('Remembered');
    expect(row).toHaveTextContent(/Last used/);

    const user = userEvent.setup();
    const forgetButton = within(row!).getByRole('button', { name: /^Forget / });
    await user.click(forgetButton);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Forget device' })).toHaveFocus());
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.getByRole('button', { name: /^Forget / })).toHaveFocus());

    await user.click(screen.getByRole('button', { name: /^Forget / }));
    await user.click(await screen.findByRole('button', { name: 'Forget device' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('is forgotten.'));
    expect(screen.getByRole('heading', { name: 'Your devices' })).toHaveFocus();
    await screen.findByText('No devices are remembered for your account.');
    expect(storage.getItem(`rck.${always.clientId}.devices`)).toBeNull();
  });
});
